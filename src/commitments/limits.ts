/**
 * The work limits of the commitments module (see `defineLimit` in `co-decide/core`): every
 * function whose cost grows with its input checks the input's size against one of these before it
 * starts, and refuses a larger one with an `Unsupported` error (reason `"work_limit"`) naming the
 * limit, the size and the option that raises it.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type InvalidInput, invalidInputAt, type Unsupported } from "../core/errors.js";
import { checkWork, defineLimit, resolveLimit, type WorkLimit } from "../core/limits.js";

/**
 * The most events one call reads: `replay`, `replayFrom`, `verifyLedger` and `fromJsonLines` (its
 * non-blank lines). Each is `O(events)`; at the default of 1,000,000 events (the scale the module
 * is benchmarked at, `bench/results/commitments.md`) a replay took 1.5 s and a chain check 2.7 s on
 * a small two-core machine under load (about 1 s and 1.7 s when it is quiet). `options.maxEvents`
 * raises it, up to 20,000,000. The length is checked before any event is read, so a sparse array
 * of length `2^32 - 1` is refused at once.
 *
 * @category limits
 */
export const EVENTS_LIMIT: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "commitments.events",
  unit: "events",
  default: 1_000_000,
  ceiling: 20_000_000,
  option: "options.maxEvents",
});

/**
 * The most events one call writes: `linkEvents` and `toJsonLines`, which build a new object or a
 * line of canonical JSON per event and are slower per event than a replay (1,000,000 events took
 * 7.2 s and 8.1 s on a small two-core machine under load). Default 250,000 (about 2 s);
 * `options.maxEvents` raises it, up to 20,000,000.
 *
 * @category limits
 */
export const WRITTEN_EVENTS_LIMIT: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "commitments.eventsWritten",
  unit: "events",
  default: 250_000,
  ceiling: 20_000_000,
  option: "options.maxEvents",
});

/**
 * The most months one `monthlySeries` call computes. Each month costs a fixed amount of work (its
 * metrics are summarised: medians, lists) besides its commitments: about 80 µs on a small two-core
 * machine under load, so the default of 12,000 months (a thousand years) stays near 1 s however
 * small the ledger. `options.maxMonths` raises it, up to 120,000 (the years 1 to 9999).
 *
 * @category limits
 */
export const MONTHS_LIMIT: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "monthlySeries.months",
  unit: "months",
  default: 12_000,
  ceiling: 120_000,
  option: "options.maxMonths",
});

/**
 * The most commitment-months (months × commitments) one `monthlySeries` call computes: the series
 * costs `O(events + months × commitments)` in time, and memory for each month's lists of overdue
 * and stale commitments. The default, 500,000 (24 months of 20,000 commitments, or 5 months of
 * 100,000), keeps a call near 2 s on a small two-core machine under load: 1.3 µs per
 * commitment-month for 10,000 commitments, up to 5 µs for 100,000 (each month's lists grow too);
 * `options.maxCommitmentMonths` raises it, up to 50,000,000.
 *
 * @category limits
 */
export const COMMITMENT_MONTHS_LIMIT: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "monthlySeries.commitmentMonths",
  unit: "commitment-months (months × commitments)",
  default: 500_000,
  ceiling: 50_000_000,
  option: "options.maxCommitmentMonths",
});

/**
 * The options argument of a function that takes a list of events: `undefined` or an object (else
 * `InvalidInput` at `options`); returns the limit on events it sets.
 *
 * @internal
 */
export const eventsLimitOf = (
  options: unknown,
  limit: WorkLimit = EVENTS_LIMIT,
): E.Either<InvalidInput, number> => {
  if (options === undefined) return E.right(limit.default);
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    return E.left(invalidInputAt("options", "invalid_type", "expected an object of options"));
  }
  return resolveLimit(limit, (options as { maxEvents?: unknown }).maxEvents);
};

/**
 * Checks a list of events before any is read: an array (else `InvalidInput` at `label`), no
 * longer than the limit in force (else `Unsupported`, `"work_limit"`).
 *
 * @internal
 */
export const checkEventList = (
  events: unknown,
  options: unknown,
  which: WorkLimit = EVENTS_LIMIT,
): E.Either<InvalidInput | Unsupported, readonly unknown[]> => {
  const limit = eventsLimitOf(options, which);
  if (E.isLeft(limit)) return limit;
  if (!Array.isArray(events)) {
    return E.left(invalidInputAt("events", "invalid_type", "expected an array of events"));
  }
  const within = checkWork(which, events.length, limit.right);
  return E.isLeft(within) ? within : E.right(events);
};

/**
 * The error for a hole of a sparse array of events (no value at that index).
 *
 * @internal
 */
export const holeAt = (path: string): InvalidInput =>
  invalidInputAt(path, "hole", "no event here (a hole in a sparse array)");
