/**
 * The simple multi-seat rules: SNTV, block voting, limited voting and bloc Borda.
 *
 * @module
 */
export { type BlockOptions, block, blockMethod } from "./block.js";
export {
  type BlockBordaMethodOptions,
  type BlockBordaOptions,
  blockBorda,
  blockBordaMethod,
} from "./block-borda.js";
export {
  type LimitedMethodOptions,
  type LimitedOptions,
  LimitedOptionsSchema,
  limited,
  limitedMethod,
} from "./limited.js";
export { type CommitteeOutcome, MAX_COMMITTEES } from "./shared.js";
export { type SntvOptions, sntv, sntvMethod } from "./sntv.js";
