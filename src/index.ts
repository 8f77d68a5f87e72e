/**
 * co-decide: decision-process primitives for joint, participatory decision-making.
 *
 * The root re-exports every module; each is also its own subpath (`co-decide/core`,
 * `co-decide/ballots`, `co-decide/voting`, `co-decide/committees`, `co-decide/deliberation`, `co-decide/power`, `co-decide/commitments`, `co-decide/render`).
 *
 * @module co-decide
 */
export * from "./ballots/index.js";
export * from "./commitments/index.js";
export * from "./committees/index.js";
export { isLeft, isRight, match } from "./core/either.js";
// core's types come through its index; its values come from the files that define them. Every core
// file is also used by the other modules, so the core index itself has no code of its own: had the
// root entry imported it as a value, the bundler would have given that index (shared by the root and
// the `co-decide/core` entries) a chunk of its own, empty, in dist/. tests/package/layout.test.ts
// checks that this list and core's index agree.
export {
  formatDecideError,
  integrityError,
  invalidInput,
  invalidInputAt,
  invalidTransition,
  isDecideError,
  MAX_LISTED_ISSUES,
  parseError,
  shorten,
  unknownMethod,
  unsupported,
} from "./core/errors.js";
export { step } from "./core/explanation.js";
export type * from "./core/index.js";
export { checkWork, defineLimit, resolveLimit, workLimitError } from "./core/limits.js";
export { createPrng, shuffled } from "./core/prng.js";
/** Arithmetic on exact rationals: `rationals.add(a, b)`, `rationals.toFixed(r, 5, "truncate")`, ... */
export * as rationals from "./core/rational.js";
export { parseRational, rational } from "./core/rational.js";
export { createTieBreaker } from "./core/tie-break.js";
export { describeValue, formatPath, toInputIssues, validate } from "./core/validation.js";
export * from "./deliberation/index.js";
export * from "./power/index.js";
export * from "./render/index.js";
export * from "./voting/index.js";
