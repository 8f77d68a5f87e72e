/**
 * Shared foundations: errors as values (and the `Either` helpers to read them), the zod-to-Either bridge, exact rationals, the seeded
 * generator, tie-break policies, and the outcome and explanation types.
 *
 * @module co-decide/core
 */

export { type Either, isLeft, isRight, match } from "./either.js";
export {
  type DecideError,
  type DecideErrorTag,
  formatDecideError,
  type InputIssue,
  type IntegrityError,
  type InvalidInput,
  type InvalidTransition,
  integrityError,
  invalidInput,
  invalidInputAt,
  invalidTransition,
  isDecideError,
  MAX_ISSUES,
  MAX_LISTED_ISSUES,
  type ParseError,
  parseError,
  shorten,
  type UnknownMethod,
  type Unsupported,
  unknownMethod,
  unsupported,
} from "./errors.js";
export { type Explanation, type ExplanationStep, step } from "./explanation.js";
export {
  checkWork,
  defineLimit,
  type LimitDetails,
  resolveLimit,
  type WorkLimit,
  workLimitError,
} from "./limits.js";
export type { ExactValue, Outcome, Round } from "./outcome.js";
export { createPrng, type Prng, shuffled } from "./prng.js";
/**
 * Arithmetic on exact rationals: `rationals.add(a, b)`, `rationals.toFixed(r, 5, "truncate")`, ...
 *
 * @category rationals
 */
export * as rationals from "./rational.js";
export { parseRational, type Rational, type Rounding, rational } from "./rational.js";
export {
  createTieBreaker,
  type RoundHistory,
  type RoundScore,
  type TieBreaker,
  type TieBreakPolicy,
  type TieBreakRecord,
  type TiePurpose,
} from "./tie-break.js";
export { describeValue, formatPath, toInputIssues, validate } from "./validation.js";
