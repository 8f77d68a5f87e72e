/**
 * The Gini coefficient (Gini 1912), with or without the small-sample correction `n / (n - 1)`.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type InvalidInput, invalidInputAt, type Unsupported } from "../../core/errors.js";
import type { InequalityInput } from "./input.js";
import { ascending, checkPositiveTotal, type InequalityOptions, tooFew } from "./values.js";

/**
 * Options of {@link gini}.
 *
 * @category inequality
 */
export interface GiniOptions extends InequalityOptions {
  /**
   * Multiply by `n / (n - 1)`, so that one person holding everything scores 1 whatever the group
   * size (R `ineq::Gini(x, corr = TRUE)`). Default `false`.
   */
  readonly correction?: boolean;
}

/**
 * How unequal a set of amounts is, from 0 (all equal) to 1 - 1/n (one holds all).
 *
 * @remarks
 * Gini (1912), computed as `G = 2 Σ i x_(i) / (n Σ x) - (n + 1) / n` over the values sorted
 * ascending, which is half the mean absolute difference divided by the mean; the same formula as
 * R's `ineq::Gini` (Zeileis). With `correction`, `G × n / (n - 1)`. Errors (as values, never `NaN`):
 * `InvalidInput` for empty input (`values`, code `empty`), a negative or non-finite entry
 * (`values[i]`, `negative` / `not_finite`), all zeros (`values`, `zero_total`: shares are
 * undefined) and, with the correction, a single value (`values`, `too_few`); a hole in a sparse
 * array is an error at its index (`values[1]`, code `hole`), and `options` that are not an object
 * (`null` included) an error at `options`. `O(n log n)` (a sort): more values than the limit
 * (default 2,000,000, `options.maxValues` up to 50,000,000; {@link VALUES_LIMIT}) are refused
 * before any is read, as `Unsupported` (reason `work_limit`).
 *
 * @example Speaking minutes in a meeting
 * ```ts
 * import { gini } from "co-decide/power";
 *
 * gini([1, 3, 2, 1, 1, 1, 4]); // => right(0.3076923...) (= 4/13)
 * gini([5, 5, 5]);             // => right(0)
 * gini([0, 0]);                // => left(InvalidInput: values: every value is 0)
 * ```
 *
 * @category inequality
 */
export const gini = (
  values: InequalityInput,
  options?: GiniOptions,
): E.Either<InvalidInput | Unsupported, number> =>
  E.flatMap(checkPositiveTotal(values, options), ({ values: checked, total }) => {
    const correction: unknown = options?.correction;
    if (correction !== undefined && typeof correction !== "boolean") {
      return E.left(invalidInputAt("options.correction", "invalid_type", "expected true or false"));
    }
    const n = checked.length;
    if (correction === true && n < 2) return E.left(tooFew(2, "the n/(n-1) correction"));
    let weighted = 0;
    ascending(checked).forEach((x, i) => {
      weighted += (i + 1) * x;
    });
    const plain = Math.max(0, (2 * weighted) / (n * total) - (n + 1) / n);
    return E.right(correction === true ? (plain * n) / (n - 1) : plain);
  });
