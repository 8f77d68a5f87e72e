/**
 * The few `Either` helpers a caller needs to read a result, re-exported from fp-ts so that an app
 * can start without importing fp-ts itself. They are fp-ts's own functions (values made by either
 * side work with both), and fp-ts remains the place for everything else (`pipe`, `map`,
 * `flatMap`, ...).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";

/**
 * A result that is either an error (`Left`, with `left`) or a value (`Right`, with `right`): what
 * every boundary function of co-decide returns. fp-ts's `Either`.
 *
 * @category either
 */
export type Either<L, R> = E.Either<L, R>;

/**
 * True when a result is an error; narrows it so that `result.left` is typed. fp-ts's `isLeft`.
 *
 * @example
 * ```ts
 * import { decide, formatDecideError, isLeft } from "co-decide";
 *
 * const result = decide({ method: "nope", candidates: ["a"], ballots: [] });
 * if (isLeft(result)) console.error(formatDecideError(result.left));
 * // => logs 'Unknown method "nope". ...'
 * ```
 *
 * @category either
 */
export const isLeft: <L, R>(result: Either<L, R>) => result is E.Left<L> = E.isLeft;

/**
 * True when a result is a value; narrows it so that `result.right` is typed. fp-ts's `isRight`.
 *
 * @example
 * ```ts
 * import { decide, isRight } from "co-decide";
 *
 * const result = decide({ method: "irv", candidates: ["a", "b"], ballots: ["a>b", "a>b", "b>a"] });
 * isRight(result) && result.right.winners; // => ["a"]
 * ```
 *
 * @category either
 */
export const isRight: <L, R>(result: Either<L, R>) => result is E.Right<R> = E.isRight;

/**
 * Turns a result into one value, with one function for each side: `match(onLeft, onRight)(result)`.
 * fp-ts's `match` (data-last, so it also fits in `pipe`).
 *
 * @example
 * ```ts
 * import { decide, formatDecideError, match } from "co-decide";
 *
 * const say = match(formatDecideError, (outcome: { winners: readonly string[] }) =>
 *   `Elected: ${outcome.winners.join(", ")}`,
 * );
 * say(decide({ method: "plurality", candidates: ["a", "b"], ballots: ["a>b", "b>a", "a"] }));
 * // => "Elected: a"
 * ```
 *
 * @category either
 */
export const match: <L, R, B>(
  onLeft: (left: L) => B,
  onRight: (right: R) => B,
) => (result: Either<L, R>) => B = E.match;
