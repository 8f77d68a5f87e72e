/**
 * The multi-seat methods that `decide` knows (STV, block and limited voting, approval committees),
 * listed here so that the voting registry, which spans both modules, can take them in one place.
 *
 * @module
 */
import { pure } from "../core/internal/pure.js";
import type { AnyMethodDefinition } from "../counting/method.js";
import { APPROVAL_COMMITTEE_METHODS } from "./approval/methods.js";
import { blockMethod } from "./multi-seat/block.js";
import { blockBordaMethod } from "./multi-seat/block-borda.js";
import { limitedMethod } from "./multi-seat/limited.js";
import { sntvMethod } from "./multi-seat/sntv.js";
import { cpoStvMethod } from "./stv/cpo-stv.js";
import { stvMethod } from "./stv/stv.js";

/**
 * Every registered multi-seat method, in the order the facilitators' guide lists them.
 *
 * @category registry
 */
export const COMMITTEE_METHODS: readonly AnyMethodDefinition[] = /* @__PURE__ */ pure(() => [
  sntvMethod as AnyMethodDefinition,
  blockMethod as AnyMethodDefinition,
  limitedMethod as AnyMethodDefinition,
  blockBordaMethod as AnyMethodDefinition,
  stvMethod as AnyMethodDefinition,
  cpoStvMethod as AnyMethodDefinition,
  ...APPROVAL_COMMITTEE_METHODS,
]);
