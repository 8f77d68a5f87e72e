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
