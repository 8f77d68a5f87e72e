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
export { PRICEABILITY_LP_SIZE, PRICEABILITY_WORK } from "../counting/price-system.js";
export {
  APPORTION_WORK_LIMIT,
  APPORTIONMENT_METHODS,
  type Apportionment,
  type ApportionmentMethod,
  type ApportionmentSpec,
  apportion,
  MAX_ALTERNATIVES,
  MAX_QUOTIENT_CELLS,
  type QuotientRow,
} from "./apportionment/index.js";
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
  type CommitteePriceSystem,
  type CommitteeRuleOptions,
  cc,
  ccMethod,
  checkCommittee,
  checkCommitteeAsync,
  consensus,
  consensusMethod,
  type EqualSharesCommitteeCompletion,
  type EqualSharesCommitteeOptions,
  equalSharesCommittee,
  equalSharesMethod,
  type GeomOptions,
  geom,
  geom2Method,
  geomMethod,
  greedyMonroe,
  greedyMonroeMethod,
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
  seqPhragmenCommittee,
  seqPhragmenMethod,
  seqSlav,
  seqSlavMethod,
  slav,
  slavMethod,
} from "./approval/index.js";
export {
  ALLOCATE_BALLOTS_LIMIT,
  allocate,
  BUDGET_METHODS,
  budgetElection,
} from "./budget/allocate.js";
export {
  BUDGET_CHECKS_LIMIT,
  type BudgetChecks,
  type BudgetChecksOptions,
  type BudgetPriceability,
  type BudgetPriceSystem,
  budgetChecks,
  budgetChecksAsync,
  type EjrResult,
} from "./budget/checks.js";
export {
  COMPLETION_STEPS_LIMIT,
  type EqualSharesCompletion,
  type EqualSharesOptions,
  equalShares,
} from "./budget/equal-shares.js";
export { type GreedyOptions, greedy } from "./budget/greedy.js";
export type {
  Allocation,
  AllocationRound,
  BudgetBallot,
  BudgetBallotKind,
  BudgetBallotSpec,
  BudgetElection,
  BudgetInstance,
  BudgetProject,
  BudgetProjectSpec,
  BudgetSatisfaction,
  BudgetTie,
  CompletionStep,
} from "./budget/instance.js";
export {
  MAX_WELFARE_WORK_LIMIT,
  type MaxWelfareOptions,
  maxWelfare,
} from "./budget/max-welfare.js";
export {
  allocateAsync,
  MAX_WELFARE_MIP_LIMIT,
  type MaxWelfareAsyncOptions,
  maxWelfareAsync,
} from "./budget/max-welfare-async.js";
export { parsePabulib } from "./budget/pabulib.js";
export { type SeqPhragmenOptions, seqPhragmen } from "./budget/seq-phragmen.js";
export {
  type BlockBordaMethodOptions,
  type BlockBordaOptions,
  type BlockOptions,
  block,
  blockBorda,
  blockBordaMethod,
  blockMethod,
  type CommitteeOutcome,
  type LimitedMethodOptions,
  type LimitedOptions,
  LimitedOptionsSchema,
  limited,
  limitedMethod,
  MAX_COMMITTEES,
  type SntvOptions,
  sntv,
  sntvMethod,
} from "./multi-seat/index.js";
export { COMMITTEE_METHODS } from "./registry.js";
export type {
  StvAction,
  StvOptions,
  StvOutcome,
  StvQuota,
  StvRound,
  StvRule,
} from "./stv/index.js";
export {
  type CpoStvOptions,
  CpoStvOptionsSchema,
  type CpoStvOutcome,
  cpoStv,
  cpoStvMethod,
  StvOptionsSchema,
  stv,
  stvFromBlt,
  stvMethod,
} from "./stv/index.js";
