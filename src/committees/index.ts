/**
 * Committees: multi-seat elections (STV and its rule books, block and limited voting, approval
 * committees), apportionment of seats to parties, and participatory budgeting (DESIGN.md 3.5).
 *
 * Multi-seat methods run through the same `decide` as single-winner ones (with `seats`); the
 * registry that spans both lives in `co-decide/voting`. Apportionment (`apportion`) and budgeting
 * (`allocate`) have boundaries of their own, since their input is not a ballot profile.
 *
 * @module co-decide/committees
 */

export type { CommitteeProperty } from "../counting/method.js";
export {
  APPROVAL_COMMITTEE_METHODS,
  type ApprovalCommitteeOptions,
  type ApprovalCommitteeOutcome,
  av,
  avMethod,
  type CheckResult,
  type CheckWitness,
  COMMITTEE_CHECK_WORK,
  COMMITTEE_WORK,
  type CommitteeCheckOptions,
  type CommitteeRuleOptions,
  cc,
  ccMethod,
  checkCommittee,
  consensus,
  consensusMethod,
  type GeomOptions,
  geom,
  geom2Method,
  geomMethod,
  lexCc,
  lexCcMethod,
  leximaxPhragmen,
  leximaxPhragmenMethod,
  lexMinimaxAv,
  lexMinimaxAvMethod,
  maximinSupport,
  maximinSupportMethod,
  minimaxAv,
  minimaxAvMethod,
  minimaxPhragmen,
  minimaxPhragmenMethod,
  monroe,
  monroeMethod,
  pav,
  pavMethod,
  phragmenEnestroem,
  phragmenEnestroemMethod,
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
} from "./approval/index.js";
export { COMMITTEE_METHODS } from "./registry.js";
