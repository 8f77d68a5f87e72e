/**
 * The one way the commitments module keeps a throw from escaping: a state read back from storage
 * may be damaged, and a JavaScript caller may pass options of the wrong type.
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type DecideError, invalidInputAt } from "../../core/errors.js";

/**
 * Runs `compute` and turns anything it throws into an `InvalidInput` (`unreadable`) saying that
 * `what` could not be computed.
 *
 * @internal
 */
export const guarded = <A>(
  what: string,
  compute: () => E.Either<DecideError, A>,
): E.Either<DecideError, A> => {
  try {
    return compute();
  } catch (cause) {
    return E.left(
      invalidInputAt(
        "",
        "unreadable",
        `${what} could not be computed (${cause instanceof Error ? cause.message : "unknown cause"})`,
      ),
    );
  }
};

/**
 * A report's title: the one given, which must be text, or the default.
 *
 * @internal
 */
export const titleOf = (options: unknown, fallback: string): E.Either<DecideError, string> => {
  const title: unknown = (options as { title?: unknown } | null | undefined)?.title;
  if (title === undefined) return E.right(fallback);
  return typeof title === "string"
    ? E.right(title)
    : E.left(invalidInputAt("title", "invalid_type", "expected the title as text"));
};
