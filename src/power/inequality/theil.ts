/**
 * The two Theil (1967) indices: Theil's T and Theil's L (the mean log deviation).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type InvalidInput, invalidInputAt, type Unsupported } from "../../core/errors.js";
import type { InequalityInput } from "./input.js";
import { checkPositiveTotal, type InequalityOptions } from "./values.js";

/**
 * Theil's T index: how far the amounts are from equal, in units of entropy, from 0 to `ln n`.
 *
 * @remarks
 * Theil (1967): `T = (1/n) Σ (x_i/μ) ln(x_i/μ)`, with `0 ln 0 = 0`, so zeros count as people
 * holding nothing. (R's `ineq::Theil` drops zero values first, which changes `n` and `μ`; for input
 * without zeros the two agree.) `O(n)`, within the limit on values (`options.maxValues`). Errors as
 * values: empty, negative, non-finite or missing entries, all zeros, as for {@link gini}.
 *
 * @example
 * ```ts
 * import { theil } from "co-decide/power";
 *
 * theil([1, 1, 1, 1]); // => right(0)
 * theil([0, 0, 0, 4]); // => right(1.3862943...) (= ln 4, one holds all)
 * ```
 *
 * @category inequality
 */
export const theil = (
  values: InequalityInput,
  options?: InequalityOptions,
): E.Either<InvalidInput | Unsupported, number> =>
  E.map(({ values: checked, total }: { values: readonly number[]; total: number }) => {
    const n = checked.length;
    const mean = total / n;
    let sum = 0;
    for (const x of checked) if (x > 0) sum += (x / mean) * Math.log(x / mean);
    return Math.max(0, sum / n);
  })(checkPositiveTotal(values, options));

/**
 * Theil's L index, the mean log deviation: the average of `ln(μ / x_i)`.
 *
 * @remarks
 * Theil (1967), the generalised entropy index GE(0): `L = (1/n) Σ ln(μ / x_i)`. It is infinite when
 * anyone holds nothing, so a zero entry is an error value (`values[i]`, code `zero_value`), never
 * `Infinity`. `O(n)`; other errors as for {@link theil}.
 *
 * @example
 * ```ts
 * import { meanLogDeviation } from "co-decide/power";
 *
 * meanLogDeviation([1, 4]); // => right(0.2231435...) (= ln(2.5) - ln(2) )
 * ```
 *
 * @category inequality
 */
export const meanLogDeviation = (
  values: InequalityInput,
  options?: InequalityOptions,
): E.Either<InvalidInput | Unsupported, number> =>
  E.flatMap(checkPositiveTotal(values, options), ({ values: checked, total }) => {
    const zero = checked.indexOf(0);
    if (zero >= 0) {
      return E.left(
        invalidInputAt(
          `values[${zero}]`,
          "zero_value",
          "the mean log deviation is infinite when a value is 0",
        ),
      );
    }
    const n = checked.length;
    const mean = total / n;
    let sum = 0;
    for (const x of checked) sum += Math.log(mean / x);
    return E.right(Math.max(0, sum / n));
  });
