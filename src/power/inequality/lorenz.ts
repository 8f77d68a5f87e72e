/**
 * The Lorenz curve (Lorenz 1905), as points for a chart, and its linear interpolation.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { InvalidInput } from "../../core/errors.js";
import type { InequalityInput } from "./input.js";
import { ascending, checkPositiveTotal } from "./values.js";

/**
 * One point of a Lorenz curve: the poorest `population` share holds `share` of the total.
 *
 * @category inequality
 */
export interface LorenzPoint {
  readonly population: number;
  readonly share: number;
}

/**
 * The Lorenz curve: for each `i/n`, the share of the total held by the `i` smallest values.
 *
 * @remarks
 * Lorenz (1905). Returns `n + 1` points from `(0, 0)` to `(1, 1)`, ready to draw with straight
 * segments; the diagonal is perfect equality. Errors as for {@link gini}.
 *
 * @example
 * ```ts
 * import { lorenzCurve } from "co-decide/power";
 *
 * lorenzCurve([3, 1]);
 * // => right([{ population: 0, share: 0 }, { population: 0.5, share: 0.25 }, { population: 1, share: 1 }])
 * ```
 *
 * @category inequality
 */
export const lorenzCurve = (values: InequalityInput): E.Either<InvalidInput, LorenzPoint[]> =>
  E.map(({ values: checked, total }: { values: readonly number[]; total: number }) =>
    lorenzPoints(ascending(checked), total),
  )(checkPositiveTotal(values));

/** @internal */
export const lorenzPoints = (sorted: readonly number[], total: number): LorenzPoint[] => {
  const n = sorted.length;
  const points: LorenzPoint[] = [{ population: 0, share: 0 }];
  let running = 0;
  sorted.forEach((x, i) => {
    running += x;
    points.push({ population: (i + 1) / n, share: i + 1 === n ? 1 : running / total });
  });
  return points;
};

/**
 * The share held by the poorest fraction `p` of the population, interpolating the Lorenz curve
 * linearly between its points (so a fraction that splits a person gives them a proportional part).
 *
 * @internal
 */
export const lorenzAt = (points: readonly LorenzPoint[], p: number): number => {
  const n = points.length - 1;
  const position = Math.min(n, Math.max(0, p * n));
  const below = Math.floor(position);
  if (below >= n) return 1;
  const from = points[below] as LorenzPoint;
  const to = points[below + 1] as LorenzPoint;
  return from.share + (to.share - from.share) * (position - below);
};
