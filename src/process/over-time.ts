/**
 * `assessOverTime`: the assessment of a process as a monthly time series, so an app can chart a
 * process across its two years. Each point is exactly what `assessProcess` gives at that date.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { formatDay, parseIsoDay } from "../commitments/dates.js";
import { type DecideError, invalidInputAt } from "../core/errors.js";
import { checkWork, defineLimit, resolveLimit, type WorkLimit } from "../core/limits.js";
import {
  type Assessment,
  type AssessOptions,
  addMonths,
  assessChecked,
  checkOptions,
} from "./assess.js";
import type { JointProcess } from "./model.js";

/**
 * The work limit of {@link assessOverTime}: points in the series (each is one full assessment).
 * The default, 120 (ten years of months), keeps a typical process under a couple of seconds.
 *
 * @category limits
 */
export const POINTS_LIMIT: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "assessOverTime.points",
  unit: "points",
  default: 120,
  ceiling: 1200,
  option: "options.maxPoints",
});

/**
 * Options of {@link assessOverTime}: those of `assessProcess` except `asOf`, and the range.
 *
 * @category process
 */
export interface OverTimeOptions extends Omit<AssessOptions, "asOf"> {
  /** The first day of the series. */
  readonly from: string;
  /** The last day the series may reach (inclusive). */
  readonly to: string;
  /** The step; only `"month"` for now. */
  readonly every: "month";
  /** The most points accepted (see {@link POINTS_LIMIT}). */
  readonly maxPoints?: number;
}

/**
 * One point of the series.
 *
 * @category process
 */
export interface AssessmentPoint {
  /** The day assessed. */
  readonly asOf: string;
  /** The assessment at that day, equal to `assessProcess(process, { ...options, asOf })`. */
  readonly assessment: Assessment;
}

/**
 * Assesses a process at `from` and then every calendar month after it, up to `to`.
 *
 * @remarks
 * The k-th point is `from` plus k calendar months (a 31st becomes the last day of a shorter
 * month, counted from `from` each time so that days do not drift). Each point is computed by the
 * same code as {@link assessProcess} with the same options (thresholds, seed, resamples), so a
 * point equals `assessProcess` at its date (a property test checks it). Errors: those of
 * `assessProcess`; `InvalidInput` for a bad `from` / `to` (`from`, `to`), `to` before `from`, or an
 * `every` other than `"month"`; `Unsupported` (`work_limit`) past {@link POINTS_LIMIT} (default
 * 120 points, `options.maxPoints` up to 1,200), before any point is computed. O(points × one
 * assessment). Never throws.
 *
 * @example Two years, month by month
 * ```ts
 * import { assessOverTime } from "co-decide/process";
 *
 * assessOverTime(process, { from: "2024-01-31", to: "2024-04-30", every: "month" });
 * // => right([{ asOf: "2024-01-31", ... }, { asOf: "2024-02-29", ... },
 * //    { asOf: "2024-03-31", ... }, { asOf: "2024-04-30", ... }])
 * ```
 *
 * @category process
 */
export const assessOverTime = (
  process: JointProcess,
  options: OverTimeOptions,
): E.Either<DecideError, readonly AssessmentPoint[]> => {
  try {
    if (typeof options !== "object" || options === null) {
      return E.left(
        invalidInputAt("options", "invalid_type", "expected an object with from and to"),
      );
    }
    const from = typeof options.from === "string" ? parseIsoDay(options.from) : undefined;
    if (from === undefined)
      return E.left(invalidInputAt("from", "invalid_date", "expected an ISO date"));
    const to = typeof options.to === "string" ? parseIsoDay(options.to) : undefined;
    if (to === undefined)
      return E.left(invalidInputAt("to", "invalid_date", "expected an ISO date"));
    if (to < from) return E.left(invalidInputAt("to", "before_from", "to is before from"));
    if (options.every !== "month") {
      return E.left(invalidInputAt("every", "invalid_value", 'expected "month"'));
    }
    const allowed = resolveLimit(POINTS_LIMIT, options.maxPoints);
    if (E.isLeft(allowed)) return allowed;
    const days: number[] = [];
    for (let k = 0; ; k++) {
      const day = addMonths(from, k);
      if (day > to) break;
      days.push(day);
      if (days.length > allowed.right) break;
    }
    const sized = checkWork(POINTS_LIMIT, days.length, allowed.right);
    if (E.isLeft(sized)) return sized;
    const points: AssessmentPoint[] = [];
    for (const day of days) {
      const { from: _from, to: _to, every: _every, maxPoints: _max, ...rest } = options;
      const asOf = formatDay(day);
      const checked = checkOptions(process, { ...rest, asOf });
      if (E.isLeft(checked)) return checked;
      const assessment = assessChecked(process, checked.right);
      if (E.isLeft(assessment)) return assessment;
      points.push({ asOf, assessment: assessment.right });
    }
    return E.right(points);
  } catch (cause) {
    return E.left(
      invalidInputAt(
        "",
        "unreadable",
        `the process could not be read (${cause instanceof Error ? cause.message : "unknown cause"}); pass a process from parseProcess`,
      ),
    );
  }
};
