/**
 * The coefficient of variation.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { InvalidInput, Unsupported } from "../../core/errors.js";
import type { InequalityInput } from "./input.js";
import { checkPositiveTotal, type InequalityOptions } from "./values.js";

/**
 * The spread of the amounts relative to their mean: population standard deviation over the mean.
 *
 * @remarks
 * Uses the population standard deviation (divide by `n`), as R's `ineq::var.coeff` does; from 0
 * (equal) to `√(n - 1)` (one holds all). Errors as for {@link gini} (a mean of 0 is the `zero_total`
 * error). `O(n)`, within the limit on values (`options.maxValues`).
 *
 * @example
 * ```ts
 * import { coefficientOfVariation } from "co-decide/power";
 *
 * coefficientOfVariation([2, 4, 4, 4, 5, 5, 7, 9]); // => right(0.4) (sd 2, mean 5)
 * ```
 *
 * @category inequality
 */
export const coefficientOfVariation = (
  values: InequalityInput,
  options?: InequalityOptions,
): E.Either<InvalidInput | Unsupported, number> =>
  E.map(({ values: checked, total }: { values: readonly number[]; total: number }) => {
    const n = checked.length;
    const mean = total / n;
    let squares = 0;
    for (const x of checked) squares += (x - mean) ** 2;
    return Math.sqrt(squares / n) / mean;
  })(checkPositiveTotal(values, options));
