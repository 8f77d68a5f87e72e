/**
 * The Lorenz curve (Lorenz 1905), as points for a chart, and its linear interpolation.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { InvalidInput, Unsupported } from "../../core/errors.js";
import type { InequalityInput } from "./input.js";
import { ascending, checkPositiveTotal, type InequalityOptions } from "./values.js";

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
 * segments; the diagonal is perfect equality. `O(n log n)` (a sort), within the limit on values
 * (`options.maxValues`). Errors as for {@link gini}.
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
export const lorenzCurve = (
  values: InequalityInput,
  options?: InequalityOptions,
): E.Either<InvalidInput | Unsupported, LorenzPoint[]> =>
  E.map(({ values: checked, total }: { values: readonly number[]; total: number }) =>
    lorenzPoints(ascending(checked), total),
  )(checkPositiveTotal(values, options));

/** @internal */
export const lorenzPoints = (sorted: ArrayLike<number>, total: number): LorenzPoint[] => {
  const n = sorted.length;
  const points: LorenzPoint[] = [{ population: 0, share: 0 }];
  let running = 0;
  for (let i = 0; i < n; i++) {
    running += sorted[i] as number;
    points.push({ population: (i + 1) / n, share: i + 1 === n ? 1 : running / total });
  }
  return points;
};

/**
 * The same as `lorenzAt(lorenzPoints(sorted, total), p)`, without building the curve: one pass
 * over the values below `p`.
 *
 * @internal
 */
export const lorenzShareAt = (sorted: ArrayLike<number>, total: number, p: number): number => {
  const n = sorted.length;
  const position = Math.min(n, Math.max(0, p * n));
  const below = Math.floor(position);
  if (below >= n) return 1;
  let running = 0;
  for (let i = 0; i < below; i++) running += sorted[i] as number;
  const from = below === 0 ? 0 : running / total;
  const to = below + 1 === n ? 1 : (running + (sorted[below] as number)) / total;
  return from + (to - from) * (position - below);
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
