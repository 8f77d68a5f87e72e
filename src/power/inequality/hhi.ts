/**
 * Concentration: the Herfindahl-Hirschman index and the effective number (Laakso and Taagepera
 * 1979).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { InvalidInput, Unsupported } from "../../core/errors.js";
import type { InequalityInput } from "./input.js";
import { checkPositiveTotal, type InequalityOptions } from "./values.js";

/**
 * How concentrated the amounts are: the sum of squared shares, from `1/n` (equal) to 1 (one holds all).
 *
 * @remarks
 * Herfindahl (1950) and Hirschman (1945): `HHI = Σ s_i²` with `s_i = x_i / Σ x`, on the 0-1 scale
 * (competition authorities multiply by 10,000). `O(n)`, within the limit on values
 * (`options.maxValues`). Errors as for {@link gini}.
 *
 * @example
 * ```ts
 * import { hhi } from "co-decide/power";
 *
 * hhi([50, 30, 20]); // => right(0.38)
 * ```
 *
 * @category inequality
 */
export const hhi = (
  values: InequalityInput,
  options?: InequalityOptions,
): E.Either<InvalidInput | Unsupported, number> =>
  E.map(({ values: checked, total }: { values: readonly number[]; total: number }) => {
    let sum = 0;
    for (const x of checked) sum += (x / total) ** 2;
    return sum;
  })(checkPositiveTotal(values, options));

/**
 * How many equal-sized holders the amounts amount to: `1 / Σ s_i²`.
 *
 * @remarks
 * Laakso and Taagepera (1979), the "effective number of parties", applied to any amounts (seats,
 * votes, speaking time): between 1 and `n`. `O(n)`, within the limit on values
 * (`options.maxValues`). Errors as for {@link gini}.
 *
 * @example
 * ```ts
 * import { effectiveNumber } from "co-decide/power";
 *
 * effectiveNumber([50, 30, 20]); // => right(2.6315789...) (= 1 / 0.38)
 * ```
 *
 * @category inequality
 */
export const effectiveNumber = (
  values: InequalityInput,
  options?: InequalityOptions,
): E.Either<InvalidInput | Unsupported, number> =>
  E.map((h: number) => 1 / h)(hhi(values, options));
