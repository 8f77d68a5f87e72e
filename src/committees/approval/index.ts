/**
 * Approval committees: the Thiele rules (AV, SAV, PAV, SLAV, CC, lex-CC, p-geometric), their
 * sequential and reverse variants, and the proportionality checks of Lackner and Skowron (2023).
 *
 * @module
 */

export {
  type EqualSharesCommitteeCompletion,
  type EqualSharesCommitteeOptions,
  equalSharesCommittee,
  equalSharesMethod,
  seqPhragmenCommittee,
  seqPhragmenMethod,
} from "./budget-rules.js";
export {
  type CheckResult,
  type CheckWitness,
  COMMITTEE_CHECK_WORK,
  type CommitteeCheckOptions,
  type CommitteePriceSystem,
  checkCommittee,
  checkCommitteeAsync,
} from "./checks.js";
export { consensus, consensusMethod } from "./consensus.js";
export type { CommitteeRuleOptions } from "./counts.js";
export { greedyMonroe, greedyMonroeMethod } from "./greedy-monroe.js";
export { maximinSupport, maximinSupportMethod } from "./maximin-support.js";
export { APPROVAL_COMMITTEE_METHODS } from "./methods.js";
export { lexMinimaxAv, lexMinimaxAvMethod, minimaxAv, minimaxAvMethod } from "./minimax-av.js";
export { monroe, monroeMethod } from "./monroe.js";
export {
  leximaxPhragmen,
  leximaxPhragmenMethod,
  minimaxPhragmen,
  minimaxPhragmenMethod,
  phragmenEnestroem,
  phragmenEnestroemMethod,
} from "./phragmen.js";
export {
  type ApprovalCommitteeOptions,
  type ApprovalCommitteeOutcome,
  COMMITTEE_WORK,
} from "./shared.js";
export {
  av,
  avMethod,
  cc,
  ccMethod,
  type GeomOptions,
  geom,
  geom2Method,
  geomMethod,
  lexCc,
  lexCcMethod,
  pav,
  pavMethod,
  revSeqPav,
  revSeqPavMethod,
  sav,
  savMethod,
  seqCc,
  seqCcMethod,
  seqPav,
  seqPavMethod,
  seqSlav,
  seqSlavMethod,
  slav,
  slavMethod,
} from "./thiele.js";
