/**
 * The one way the commitments module keeps a throw from escaping: a state read back from storage
 * may be damaged, and a JavaScript caller may pass options of the wrong type.
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type DecideError, invalidInputAt } from "../../core/errors.js";
import { checkWork } from "../../core/limits.js";
import { EVENTS_LIMIT } from "../limits.js";
import type { LedgerState } from "../reducer.js";

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

/**
 * Checks what a caller passed as a ledger state before any function reads it, so that an error
 * speaks of the state (path `state`) rather than of whatever failed to be computed from it: an
 * object with an `order` array (no holes, at most the ceiling of the limit on events, since every
 * state built by `replay` has fewer commitments than events) and a `commitments` object.
 *
 * @internal
 */
export const checkState = (state: unknown): E.Either<DecideError, LedgerState> => {
  const record = state as { order?: unknown; commitments?: unknown } | null;
  if (
    typeof state !== "object" ||
    record === null ||
    !Array.isArray(record.order) ||
    typeof record.commitments !== "object" ||
    record.commitments === null
  ) {
    return E.left(
      invalidInputAt(
        "state",
        "invalid_type",
        "expected a ledger state (the result of replay, replayFrom or apply)",
      ),
    );
  }
  const order = record.order;
  const within = checkWork(EVENTS_LIMIT, order.length, EVENTS_LIMIT.ceiling);
  if (E.isLeft(within)) return within;
  for (let i = 0; i < order.length; i++) {
    if (!(i in order)) {
      return E.left(
        invalidInputAt(
          `state.order[${i}]`,
          "hole",
          "no commitment id here (a hole in a sparse array)",
        ),
      );
    }
  }
  return E.right(state as LedgerState);
};
