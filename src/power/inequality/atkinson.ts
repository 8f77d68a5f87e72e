/**
 * The Atkinson (1970) index of inequality, with an inequality-aversion parameter.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type InvalidInput, invalidInputAt, type Unsupported } from "../../core/errors.js";
import type { InequalityInput } from "./input.js";
import { checkPositiveTotal, type InequalityOptions } from "./values.js";

/**
 * The share of the total that could be given up, if the rest were shared equally, without lowering
 * welfare: 0 for equal amounts, towards 1 for extreme inequality.
 *
 * @remarks
 * Atkinson (1970): `A_ε = 1 - M_{1-ε} / μ`, where `M_{1-ε} = (mean of x_i^(1-ε))^(1/(1-ε))` is the
 * generalised mean of order `1 - ε` for `ε ≠ 1`, and the geometric mean for `ε = 1`; the same
 * formulas as R's `ineq::Atkinson`. `epsilon` (the aversion to inequality) must be a finite number
 * at least 0 (else `InvalidInput` at `epsilon`).
 *
 * Computed in log space, so that the index is continuous in `ε` and correct at both ends: `ln
 * (M/μ) = ln(mean of exp(t_i)) / (1 - ε)` with `t_i = (1 - ε) ln(x_i/μ)`, the log of the mean by
 * `log1p(mean of expm1(t_i))` when every `|t_i| ≤ 1` (which keeps its precision as `ε → 1`) and by
 * log-sum-exp otherwise (no overflow or underflow for large `ε`); then `A = -expm1(ln(M/μ))`. So
 * `A_ε` tends to `1 - (geometric mean)/μ` as `ε → 1` and to `1 - min/μ` as `ε → ∞`. Zeros: a 0
 * counts as `x^(1-ε) = 0` for `ε < 1`; for `ε ≥ 1` the index is 1 (its limit). `O(n)`, within the
 * limit on values (`options.maxValues`). Other errors as for {@link gini}.
 *
 * @example
 * ```ts
 * import { atkinson } from "co-decide/power";
 *
 * atkinson([1, 4], 1);   // => right(0.2) (geometric mean 2, mean 2.5)
 * atkinson([1, 4], 0.5); // => right(0.1)
 * atkinson([1, 4], 1e6); // => right(0.6) (nearly 1 - min/mean)
 * ```
 *
 * @category inequality
 */
export const atkinson = (
  values: InequalityInput,
  epsilon: number,
  options?: InequalityOptions,
): E.Either<InvalidInput | Unsupported, number> => {
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
      return clamp(-Math.expm1(logs / n));
    }
    const order = 1 - epsilon;
    // t_i = (1 - ε) ln(x_i / μ); a zero gives -Infinity (x^(1-ε) = 0, only reached for ε < 1)
    const t = checked.map((x) => order * Math.log(x / mean));
    let largest = Number.NEGATIVE_INFINITY;
    for (const ti of t) if (ti > largest) largest = ti;
    let logMean: number;
    if (largest <= 1 && t.every((ti) => ti >= -1)) {
      let sum = 0;
      for (const ti of t) sum += Math.expm1(ti);
      logMean = Math.log1p(sum / n);
    } else {
      let sum = 0;
      for (const ti of t) sum += Math.exp(ti - largest);
      logMean = largest + Math.log(sum / n);
    }
    return clamp(-Math.expm1(logMean / order));
  })(checkPositiveTotal(values, options));
};

const clamp = (x: number): number => Math.min(1, Math.max(0, x));
