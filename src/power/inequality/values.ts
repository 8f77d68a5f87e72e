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
} from "../../core/errors.js";
import { amountsArray } from "./input.js";

/**
 * Checks a list of amounts: an array, not empty, every entry a finite number at least 0. Returns
 * every problem, each with its path (`values[3]`).
 *
 * @internal
 */
export const checkAmounts = (input: unknown): E.Either<InvalidInput, readonly number[]> => {
  try {
    const values = amountsArray(input); // a typed array or a record of numbers, as an array
    if (!Array.isArray(values)) {
      return E.left(invalidInputAt("values", "invalid_type", "expected an array of numbers"));
    }
    if (values.length === 0) {
      return E.left(invalidInputAt("values", "empty", "needs at least one value"));
    }
    const issues: InputIssue[] = [];
    values.forEach((value: unknown, i) => {
      const path = `values[${i}]`;
      if (typeof value !== "number" || !Number.isFinite(value)) {
        issues.push({ path, code: "not_finite", message: "expected a finite number" });
      } else if (value < 0) {
        issues.push({ path, code: "negative", message: "cannot be negative" });
      }
    });
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
): E.Either<InvalidInput, { readonly values: readonly number[]; readonly total: number }> =>
  E.flatMap(checkAmounts(values), (checked) => {
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

/** Sorted ascending copy. @internal */
export const ascending = (values: readonly number[]): number[] =>
  values.slice().sort((a, b) => a - b);
