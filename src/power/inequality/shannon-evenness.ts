/**
 * Shannon evenness (Pielou 1966): Shannon entropy of the shares over its largest possible value.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { InvalidInput, Unsupported } from "../../core/errors.js";
import type { InequalityInput } from "./input.js";
import { checkPositiveTotal, type InequalityOptions, tooFew } from "./values.js";

/**
 * How evenly the total is spread: 1 when all hold the same, 0 when one holds everything.
 *
 * @remarks
 * Pielou's evenness `J = H / ln n`, with Shannon's `H = -Σ s_i ln s_i` (Shannon 1948) and
 * `0 ln 0 = 0`. Needs at least two values (`ln 1 = 0`): `InvalidInput` (`values`, `too_few`)
 * otherwise. `O(n)`, within the limit on values (`options.maxValues`). Other errors as for
 * {@link gini}.
 *
 * @example
 * ```ts
 * import { shannonEvenness } from "co-decide/power";
 *
 * shannonEvenness([2, 2, 2]); // => right(1)
 * shannonEvenness([0, 0, 9]); // => right(0)
 * ```
 *
 * @category inequality
 */
export const shannonEvenness = (
  values: InequalityInput,
  options?: InequalityOptions,
): E.Either<InvalidInput | Unsupported, number> =>
  E.flatMap(checkPositiveTotal(values, options), ({ values: checked, total }) => {
    const n = checked.length;
    if (n < 2) return E.left(tooFew(2, "evenness compares with ln n, which is 0 for one value"));
    let entropy = 0;
    for (const x of checked) if (x > 0) entropy -= (x / total) * Math.log(x / total);
    return E.right(Math.min(1, Math.max(0, entropy / Math.log(n))));
  });
