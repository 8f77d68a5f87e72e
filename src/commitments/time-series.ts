/**
 * A monthly series of the follow-through metrics, so a group can watch trust being built.
 *
 * Groups often need up to two years to build the confidence to feel collective control; a single
 * rate hides whether things are getting better. Each point is {@link metrics} as of the last day
 * of a month (the last point is as of `to` itself), overall.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type DecideError, invalidInputAt } from "../core/errors.js";
import { checkWork, resolveLimit } from "../core/limits.js";
import { civilFromDay, dayFromCivil, endOfMonth, formatDay, parseIsoDay } from "./dates.js";
import { checkState, guarded } from "./internal/guard.js";
import { COMMITMENT_MONTHS_LIMIT, MONTHS_LIMIT } from "./limits.js";
import { type CommitmentMetrics, checkOptions, overallAtDays } from "./metrics.js";
import type { LedgerState } from "./reducer.js";

/**
 * Options of {@link monthlySeries}.
 *
 * @category metrics
 */
export interface MonthlySeriesOptions {
  /** The last date of the series (its month is the last point, as of this day). */
  readonly to: string;
  /** The first month (any date in it); default: the month of the first event. */
  readonly from?: string;
  /** As in `metrics`; default 90. */
  readonly staleAfterDays?: number;
  /** The most months computed; default 12,000, at most 120,000: {@link MONTHS_LIMIT}. */
  readonly maxMonths?: number;
  /**
   * The most commitment-months (months × commitments) computed; default 500,000, at most
   * 50,000,000: {@link COMMITMENT_MONTHS_LIMIT}.
   */
  readonly maxCommitmentMonths?: number;
}

/**
 * One month of the series: the overall metrics at its end.
 *
 * @category metrics
 */
export interface MonthlyPoint {
  /** `YYYY-MM`. */
  readonly month: string;
  /** The day the point is computed at: the month's last day, or `to` for the last month. */
  readonly asOf: string;
  readonly total: number;
  readonly due: number;
  readonly delivered: number;
  readonly followThroughRate: number | null;
  readonly onTimeRate: number | null;
  readonly overdue: number;
  readonly broken: number;
  readonly renegotiationRate: number | null;
  readonly verifiedShare: number | null;
  readonly stale: number;
  readonly medianSlip: number | null;
}

/**
 * The follow-through metrics month by month, from the first event (or `from`) to `to`.
 *
 * @remarks
 * Each point is {@link metrics} overall as of the month's last day (UTC), the last one as of
 * `to`. One walk through each commitment's history for the whole series: O(events + months ×
 * commitments) in time, and memory for each month's overdue and stale lists. Two limits are
 * checked before any month is computed, each refused as `Unsupported` (reason `work_limit`): the
 * months (default 12,000; `options.maxMonths` up to 120,000; {@link MONTHS_LIMIT}), so that a
 * series over the years 1 to 9999 is refused at once, and months × commitments (default
 * 500,000, e.g. 24 months of 20,000 commitments; `options.maxCommitmentMonths` up to
 * 50,000,000; {@link COMMITMENT_MONTHS_LIMIT}).
 * Returns `InvalidInput` for bad dates or `from` after `to`, or a `state` that is not a ledger
 * state; an empty series for an empty ledger without `from`.
 *
 * @example
 * ```ts
 * import { monthlySeries } from "co-decide/commitments";
 *
 * monthlySeries(state, { to: "2025-03-15" });
 * // => right([{ month: "2025-01", asOf: "2025-01-31", ... }, { month: "2025-02", ... },
 * //           { month: "2025-03", asOf: "2025-03-15", ... }])
 * ```
 *
 * @category metrics
 */
export const monthlySeries = (
  state: LedgerState,
  options: MonthlySeriesOptions,
): E.Either<DecideError, MonthlyPoint[]> =>
  guarded("the monthly series", () => {
    const valid = checkState(state);
    if (E.isLeft(valid)) return valid;
    const checked = checkOptions({
      asOf: options?.to,
      ...(options?.staleAfterDays === undefined ? {} : { staleAfterDays: options.staleAfterDays }),
    });
    if (E.isLeft(checked)) {
      const error = checked.left;
      return error._tag === "InvalidInput" && error.issues[0]?.path === "asOf"
        ? E.left(invalidInputAt("to", "invalid_date", error.issues[0].message))
        : checked;
    }
    const { day: last, staleAfterDays } = checked.right;
    const allowedMonths = resolveLimit(MONTHS_LIMIT, options.maxMonths);
    if (E.isLeft(allowedMonths)) return allowedMonths;
    const allowed = resolveLimit(COMMITMENT_MONTHS_LIMIT, options.maxCommitmentMonths);
    if (E.isLeft(allowed)) return allowed;
    let first: number | undefined;
    if (options.from !== undefined) {
      first = parseIsoDay(options.from);
      if (first === undefined) {
        return E.left(
          invalidInputAt("from", "invalid_date", "expected a valid ISO date (YYYY-MM-DD)"),
        );
      }
    } else {
      for (const id of state.order) {
        const event = state.commitments[id]?.history[0];
        if (event === undefined) continue;
        const day = parseIsoDay(event.at) as number;
        if (first === undefined || day < first) first = day;
      }
    }
    if (first === undefined) return E.right([]);
    if (first > last) {
      return E.left(invalidInputAt("from", "too_big", "the series starts after its end (to)"));
    }
    const [startYear, startMonth] = civilFromDay(first);
    const [endYear, endMonth] = civilFromDay(last);
    const monthCount = (endYear - startYear) * 12 + (endMonth - startMonth) + 1;
    const fewEnough = checkWork(MONTHS_LIMIT, monthCount, allowedMonths.right);
    if (E.isLeft(fewEnough)) return fewEnough;
    const within = checkWork(
      COMMITMENT_MONTHS_LIMIT,
      monthCount * Math.max(1, state.order.length),
      allowed.right,
    );
    if (E.isLeft(within)) return within;
    const months: number[] = [];
    for (let k = 0; ; k++) {
      const monthIndex = startMonth - 1 + k;
      const monthStart = dayFromCivil(
        startYear + Math.floor(monthIndex / 12),
        (monthIndex % 12) + 1,
        1,
      );
      if (monthStart > last) break;
      months.push(monthStart);
    }
    const ends = months.map((monthStart) => Math.min(endOfMonth(monthStart), last));
    const overall = overallAtDays(state, ends, staleAfterDays);
    const points = months.map((monthStart, k): MonthlyPoint => {
      const m = overall[k] as CommitmentMetrics;
      return {
        month: formatDay(monthStart).slice(0, 7),
        asOf: formatDay(ends[k] as number),
        total: m.total,
        due: m.due,
        delivered: m.delivered,
        followThroughRate: m.followThroughRate,
        onTimeRate: m.onTimeRate,
        overdue: m.overdue.length,
        broken: m.broken.length,
        renegotiationRate: m.renegotiationRate,
        verifiedShare: m.verifiedShare,
        stale: m.stale.length,
        medianSlip: m.slip.median,
      };
    });
    return E.right(points);
  });
