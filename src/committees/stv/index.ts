/**
 * The single transferable vote by the rule books in use (`scottish`, `ers97`, `wigm`, `meek`,
 * `meek-prf`, `warren`), one shared count per family (`gregory.ts`, `meek.ts`; ERS97's batches,
 * deferred surpluses and group exclusions in `ers97.ts`) with a table of what each rule changes (`rules.ts`, `MEEK_RULES`); and CPO-STV.
 *
 * @module
 */

export {
  type CpoStvOptions,
  CpoStvOptionsSchema,
  type CpoStvOutcome,
  cpoStv,
  cpoStvMethod,
} from "./cpo-stv.js";
export type {
  StvAction,
  StvOptions,
  StvOutcome,
  StvQuota,
  StvRound,
  StvRule,
} from "./shared.js";
export { StvOptionsSchema, stv, stvFromBlt, stvMethod } from "./stv.js";
