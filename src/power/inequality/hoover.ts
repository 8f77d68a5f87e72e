/**
 * The Hoover index (Hoover 1936), also called the Robin Hood index or the Schutz coefficient.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { InvalidInput, Unsupported } from "../../core/errors.js";
import type { InequalityInput } from "./input.js";
import { checkPositiveTotal, type InequalityOptions } from "./values.js";

/**
 * The share of the total that would have to move to make everyone equal.
 *
 * @remarks
 * Hoover (1936): `H = ½ Σ |x_i - μ| / Σ x_i`, from 0 (equal) to `1 - 1/n`. It equals the largest
 * vertical gap between the Lorenz curve and the line of equality. `O(n)`, within the limit on values
 * (`options.maxValues`). Errors as for {@link gini}.
 *
 * @example
 * ```ts
 * import { hoover } from "co-decide/power";
 *
 * hoover([0, 0, 0, 4]); // => right(0.75)
 * ```
 *
 * @category inequality
 */
export const hoover = (
  values: InequalityInput,
  options?: InequalityOptions,
): E.Either<InvalidInput | Unsupported, number> =>
  E.map(({ values: checked, total }: { values: readonly number[]; total: number }) => {
    const mean = total / checked.length;
    let sum = 0;
    for (const x of checked) sum += Math.abs(x - mean);
    return sum / (2 * total);
  })(checkPositiveTotal(values, options));
