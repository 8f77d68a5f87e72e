/**
 * The checks every inequality measure runs on its input, so that each returns an error value
 * instead of `NaN` or a throw.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import {
  type InputIssue,
  type InvalidInput,
  invalidInput,
  invalidInputAt,
  type Unsupported,
} from "../../core/errors.js";
import { checkWork, defineLimit, resolveLimit, type WorkLimit } from "../../core/limits.js";
import { amountsArray } from "./input.js";

/**
 * Options every inequality measure accepts.
 *
 * @category inequality
 */
export interface InequalityOptions {
  /**
   * The most values accepted (default 1,000,000; at most 50,000,000): see {@link VALUES_LIMIT}.
   */
  readonly maxValues?: number;
}

/**
 * The work limit of every inequality measure: the number of values. The measures sort or scan the
 * values (`O(n log n)` at most); the default keeps a call under about 2 s on a small two-core
 * machine, and the length is checked before any entry is read, so a sparse array of length
 * `2^32 - 1` is refused at once.
 *
 * @category limits
 */
export const VALUES_LIMIT: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "inequality.values",
  unit: "values",
  default: 1_000_000,
  ceiling: 50_000_000,
  option: "options.maxValues",
});

/**
 * The options argument of a measure: `undefined` or an object (else `InvalidInput` at `options`),
 * and the limit on values it sets.
 *
 * @internal
 */
export const valuesLimitOf = (options: unknown): E.Either<InvalidInput, number> => {
  if (options === undefined) return E.right(VALUES_LIMIT.default);
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    return E.left(invalidInputAt("options", "invalid_type", "expected an object of options"));
  }
  return resolveLimit(VALUES_LIMIT, (options as { maxValues?: unknown }).maxValues);
};

/** Problems listed in one error at most; the rest are counted in the last issue. */
const MAX_ISSUES = 20;

/**
 * Checks a list of amounts: an array of at most the limit's length (checked first, before any
 * entry is read), not empty, every entry present (a hole of a sparse array is an error at its
 * index, code `hole`) and a finite number at least 0. Returns the problems, each with its path
 * (`values[3]`), the first {@link MAX_ISSUES} of them and a count of the rest.
 *
 * @internal
 */
export const checkAmounts = (
  input: unknown,
  options?: unknown,
): E.Either<InvalidInput | Unsupported, readonly number[]> => {
  try {
    const values = amountsArray(input); // a typed array or a record of numbers, as an array
    const limit = valuesLimitOf(options);
    if (E.isLeft(limit)) return limit;
    if (!Array.isArray(values)) {
      return E.left(invalidInputAt("values", "invalid_type", "expected an array of numbers"));
    }
    const tooMany = checkWork(VALUES_LIMIT, values.length, limit.right);
    if (E.isLeft(tooMany)) return tooMany;
    if (values.length === 0) {
      return E.left(invalidInputAt("values", "empty", "needs at least one value"));
    }
    const issues: InputIssue[] = [];
    let more = 0;
    // an indexed loop: forEach would skip the holes of a sparse array
    for (let i = 0; i < values.length; i++) {
      const path = `values[${i}]`;
      const value: unknown = values[i];
      if (issues.length >= MAX_ISSUES) {
        if (!(i in values) || typeof value !== "number" || !Number.isFinite(value) || value < 0) {
          more += 1;
        }
      } else if (!(i in values)) {
        issues.push({ path, code: "hole", message: "no value here (a hole in a sparse array)" });
      } else if (typeof value !== "number" || !Number.isFinite(value)) {
        issues.push({ path, code: "not_finite", message: "expected a finite number" });
      } else if (value < 0) {
        issues.push({ path, code: "negative", message: "cannot be negative" });
      }
    }
    if (more > 0) {
      issues.push({ path: "values", code: "more_issues", message: `and ${more} more problems` });
    }
    return issues.length > 0 ? E.left(invalidInput(issues)) : E.right(values as number[]);
  } catch (cause) {
    return E.left(
      invalidInputAt(
        "values",
        "unreadable",
        `the values could not be read (${cause instanceof Error ? cause.message : "unknown cause"})`,
      ),
    );
  }
};

/**
 * Like `checkAmounts`, and the sum must be more than 0. Every measure in this folder is scale
 * invariant, so the values are divided by the largest one first: sums then stay below `n` and no
 * product overflows, however large the input numbers are.
 *
 * @internal
 */
export const checkPositiveTotal = (
  values: unknown,
  options?: unknown,
): E.Either<
  InvalidInput | Unsupported,
  { readonly values: readonly number[]; readonly total: number }
> =>
  E.flatMap(checkAmounts(values, options), (checked) => {
    const largest = checked.reduce((a, b) => Math.max(a, b), 0);
    if (largest === 0) {
      return E.left(
        invalidInputAt("values", "zero_total", "every value is 0, so shares are undefined"),
      );
    }
    const scaled = checked.map((x) => x / largest);
    return E.right({ values: scaled, total: scaled.reduce((a, b) => a + b, 0) });
  });

/** The error for a measure that needs at least `count` values. @internal */
export const tooFew = (count: number, why: string): InvalidInput =>
  invalidInputAt("values", "too_few", `needs at least ${count} values (${why})`);

/**
 * Sorted ascending copy. A typed-array sort (numeric, no comparator call per comparison) is about
 * five times faster than `Array.prototype.sort` with a comparator on a million values.
 *
 * @internal
 */
export const ascending = (values: readonly number[]): Float64Array =>
  Float64Array.from(values).sort();
