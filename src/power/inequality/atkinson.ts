/**
 * The Atkinson (1970) index of inequality, with an inequality-aversion parameter.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type InvalidInput, invalidInputAt } from "../../core/errors.js";
import type { InequalityInput } from "./input.js";
import { checkPositiveTotal } from "./values.js";

/**
 * The share of the total that could be given up, if the rest were shared equally, without lowering
 * welfare: 0 for equal amounts, towards 1 for extreme inequality.
 *
 * @remarks
 * Atkinson (1970): `A_ε = 1 - (mean of (x_i/μ)^(1-ε))^(1/(1-ε))` for `ε ≠ 1`, and
 * `1 - (geometric mean)/μ` for `ε = 1`; the same formulas as R's `ineq::Atkinson`. `epsilon` (the
 * aversion to inequality) must be a finite number at least 0 (else `InvalidInput` at `epsilon`).
 * When some value is 0 and `ε ≥ 1`, the index is 1 (its limit). Other errors as for {@link gini}.
 *
 * @example
 * ```ts
 * import { atkinson } from "co-decide/power";
 *
 * atkinson([1, 4], 1);   // => right(0.2) (geometric mean 2, mean 2.5)
 * atkinson([1, 4], 0.5); // => right(0.1)
 * ```
 *
 * @category inequality
 */
export const atkinson = (
  values: InequalityInput,
  epsilon: number,
): E.Either<InvalidInput, number> => {
  if (typeof epsilon !== "number" || !Number.isFinite(epsilon) || epsilon < 0) {
    return E.left(
      invalidInputAt("epsilon", "out_of_range", "epsilon must be a finite number at least 0"),
    );
  }
  return E.map(({ values: checked, total }: { values: readonly number[]; total: number }) => {
    const n = checked.length;
    const mean = total / n;
    if (epsilon >= 1 && checked.includes(0)) return 1;
    if (epsilon === 1) {
      let logs = 0;
      for (const x of checked) logs += Math.log(x / mean);
      return clamp(1 - Math.exp(logs / n));
    }
    let sum = 0;
    for (const x of checked) sum += (x / mean) ** (1 - epsilon);
    return clamp(1 - (sum / n) ** (1 / (1 - epsilon)));
  })(checkPositiveTotal(values));
};

const clamp = (x: number): number => Math.min(1, Math.max(0, x));
