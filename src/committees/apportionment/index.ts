/**
 * Apportionment: seats shared among parties (or states) in proportion to votes (or population).
 *
 * @module
 */
export {
  APPORTION_WORK_LIMIT,
  type Apportionment,
  type ApportionmentSpec,
  apportion,
  MAX_ALTERNATIVES,
  MAX_QUOTIENT_CELLS,
  type QuotientRow,
} from "./apportion.js";
export { APPORTIONMENT_METHODS, type ApportionmentMethod } from "./methods.js";
