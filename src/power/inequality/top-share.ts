/**
 * The share of the total held by the largest holders.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type InvalidInput, invalidInputAt, type Unsupported } from "../../core/errors.js";
import type { InequalityInput } from "./input.js";
import { lorenzShareAt } from "./lorenz.js";
import { ascending, checkPositiveTotal, type InequalityOptions } from "./values.js";

/**
 * Which top group {@link topShare} measures: the `count` largest values, or the top `fraction` of
 * the population.
 *
 * @category inequality
 */
export type TopGroup = { readonly count: number } | { readonly fraction: number };

/**
 * The share of the total held by the largest `count` values, or by the top `fraction` of people.
 *
 * @remarks
 * With `count` (a whole number from 1 to `n`), the plain sum of the `count` largest values over the
 * total. With `fraction` (more than 0, at most 1), read from the Lorenz curve with linear
 * interpolation, as {@link palma} does. A `group` that is not an object with one of the two (`5`,
 * `null`, `undefined`) is an `InvalidInput` at `group`; a bad `count` or `fraction` at
 * `group.count` / `group.fraction`. `O(n log n)` (a sort), within the limit on values
 * (`options.maxValues`). Other errors as for {@link gini}.
 *
 * @example The three most frequent speakers
 * ```ts
 * import { topShare } from "co-decide/power";
 *
 * topShare([10, 5, 3, 1, 1], { count: 3 }); // => right(0.9)
 * topShare([10, 5, 3, 1, 1], { fraction: 0.2 }); // => right(0.5)
 * ```
 *
 * @category inequality
 */
export const topShare = (
  values: InequalityInput,
  group: TopGroup,
  options?: InequalityOptions,
): E.Either<InvalidInput | Unsupported, number> =>
  E.flatMap(checkPositiveTotal(values, options), ({ values: checked, total }) => {
    if (typeof group !== "object" || group === null || Array.isArray(group)) {
      return E.left(invalidInputAt("group", "invalid_type", "expected { count } or { fraction }"));
    }
    const sorted = ascending(checked);
    const n = sorted.length;
    if ("count" in group) {
      const count: unknown = group.count;
      if (typeof count !== "number" || !Number.isInteger(count) || count < 1 || count > n) {
        return E.left(
          invalidInputAt("group.count", "out_of_range", `expected a whole number from 1 to ${n}`),
        );
      }
      let sum = 0;
      for (let i = n - count; i < n; i++) sum += sorted[i] as number;
      return E.right(sum / total);
    }
    const fraction: unknown = (group as { fraction?: unknown }).fraction;
    if (typeof fraction !== "number" || !(fraction > 0 && fraction <= 1)) {
      return E.left(
        invalidInputAt(
          "group.fraction",
          "out_of_range",
          "expected a number more than 0 and at most 1",
        ),
      );
    }
    return E.right(1 - lorenzShareAt(sorted, total, 1 - fraction));
  });
