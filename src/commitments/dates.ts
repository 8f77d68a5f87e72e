/**
 * The ledger's dates: strict ISO 8601 days, read by `core/internal/dates.ts` (moved there so that
 * the render module's timeline reads them the same way without importing from commitments).
 *
 * @internal
 * @module
 */
export {
  civilFromDay,
  dayFromCivil,
  endOfMonth,
  formatDay,
  isIsoDate,
  isIsoDateOrDateTime,
  monthOf,
  parseIsoDay,
} from "../core/internal/dates.js";
