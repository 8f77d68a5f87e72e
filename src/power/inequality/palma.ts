/**
 * The Palma ratio (Palma 2011; Cobham and Sumner 2013).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type InvalidInput, invalidInputAt, type Unsupported } from "../../core/errors.js";
import type { InequalityInput } from "./input.js";
import { lorenzShareAt } from "./lorenz.js";
import { ascending, checkPositiveTotal, type InequalityOptions } from "./values.js";

/**
 * The share held by the top 10% divided by the share held by the bottom 40%.
 *
 * @remarks
 * Palma (2011), as named by Cobham and Sumner (2013). Shares are read from the Lorenz curve with
 * linear interpolation, so the ratio is defined for any group size (with 5 people, the top 10% is
 * half of the largest value). 1/4 for perfect equality. Errors as values: as for {@link gini}, and
 * `InvalidInput` (`values`, code `zero_bottom`) when the bottom 40% hold nothing (the ratio is
 * infinite). `O(n log n)` (a sort), within the limit on values (`options.maxValues`).
 *
 * @example
 * ```ts
 * import { palma } from "co-decide/power";
 *
 * palma([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]); // => right(0.25)
 * palma([1, 1, 1, 1, 1, 1, 1, 1, 1, 5]); // => right(1.25) (5/14 over 4/14)
 * ```
 *
 * @category inequality
 */
export const palma = (
  values: InequalityInput,
  options?: InequalityOptions,
): E.Either<InvalidInput | Unsupported, number> =>
  E.flatMap(checkPositiveTotal(values, options), ({ values: checked, total }) => {
    const sorted = ascending(checked);
    const bottom = lorenzShareAt(sorted, total, 0.4);
    const top = 1 - lorenzShareAt(sorted, total, 0.9);
    return bottom <= 0
      ? E.left(
          invalidInputAt(
            "values",
            "zero_bottom",
            "the bottom 40% hold nothing, so the ratio is infinite",
          ),
        )
      : E.right(top / bottom);
  });
