/**
 * A follow-through estimate per owner with its uncertainty: a Beta-Binomial posterior.
 *
 * An owner with 1 of 1 due commitments delivered has a raw rate of 100%, one with 40 of 50 has
 * 80%; ranking by raw rate would put the first above the second on the strength of one promise.
 * Treating each due commitment as a Bernoulli trial (delivered or not) with an unknown
 * follow-through probability θ, and θ ~ Beta(α₀, β₀) a priori, the posterior after s deliveries
 * among n due commitments is Beta(α₀ + s, β₀ + n − s). We report its mean (α / (α + β)) and the
 * equal-tailed credible interval (the (1 − level)/2 and (1 + level)/2 quantiles), and rank owners
 * by the interval's lower bound: 1 of 1 gives [0.147, 1.000] (Jeffreys), 40 of 50 gives
 * [0.674, 0.892], so the owner with the record comes first.
 *
 * Prior: Jeffreys, Beta(1/2, 1/2), by default. It is the reference prior of the binomial model
 * (invariant under reparametrisation), weighs as a single observation, and its equal-tailed
 * interval is the "Jeffreys interval" that Brown, Cai and DasGupta (2001, Statistical Science
 * 16(2), 101–133) recommend for its coverage at small n, the usual case for one owner's promises.
 * The uniform prior Beta(1, 1) (Laplace) can be chosen with `prior`.
 *
 * Quantiles use the regularized incomplete beta function (Numerical Recipes' continued fraction)
 * and its inverse by bisection, in `internal/beta.ts`.
 *
 * Bounds, so that the interval always contains the posterior mean. An equal-tailed interval
 * contains the mean only if the mean's own quantile lies within the tails, which fails for very
 * skewed posteriors or narrow levels: under `Beta(0.01, 1)` (CDF `x^0.01`) the mean 0.0099 is
 * the 95.5% quantile, outside every equal-tailed interval of level below 91%, and under
 * `Beta(1e-6, 1)` the 99.9986% quantile. For
 * `alpha, beta ≥ 1/2` the mean's quantile lies between 0.317 and 0.683 (the extremes are the limits
 * `Beta(1/2, β → ∞)`, a scaled χ²₁, and its mirror), so every level of at least 0.5 contains it.
 * The prior is therefore bounded to `[0.5, 1e6]` in each parameter (Jeffreys is the least
 * informative prior allowed; a million pseudo-observations is more than any ledger holds, and
 * `alpha = 1e300` made the interval collapse to `[4.4e-16, 4.4e-16]` around a mean of 1), and the
 * level to `[0.5, 1)`. The quantiles were checked against the mean on a grid of posteriors from
 * 0.5 to 2.1e7 in each parameter and levels from 0.5 to 0.999999.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type DecideError, invalidInputAt } from "../core/errors.js";
import { formatDay } from "./dates.js";
import { inverseRegularizedBeta } from "./internal/beta.js";
import { checkState, guarded } from "./internal/guard.js";
import { snapshotAt } from "./internal/snapshot.js";
import { checkOptions, compareText } from "./metrics.js";
import type { LedgerState } from "./reducer.js";
import { isDelivered } from "./transitions.js";

/**
 * The smallest `alpha` or `beta` of a prior: Jeffreys' 1/2 (see the module comment for why).
 *
 * @category metrics
 */
export const PRIOR_MIN = 0.5;

/**
 * The largest `alpha` or `beta` of a prior: a million pseudo-observations.
 *
 * @category metrics
 */
export const PRIOR_MAX = 1_000_000;

/**
 * Options of {@link followThrough}.
 *
 * @category metrics
 */
export interface FollowThroughOptions {
  /** The date of the estimate (`YYYY-MM-DD` or an offset date-time). */
  readonly asOf: string;
  /** Group by owner (default) or by party. */
  readonly by?: "owner" | "party";
  /**
   * The Beta prior; default Jeffreys `{ alpha: 0.5, beta: 0.5 }`. Each of `alpha` and `beta` from
   * {@link PRIOR_MIN} (0.5) to {@link PRIOR_MAX} (1,000,000).
   */
  readonly prior?: { readonly alpha: number; readonly beta: number };
  /** The credible level, at least 0.5 and less than 1; default 0.95. */
  readonly level?: number;
}

/**
 * The posterior follow-through of one owner (or party).
 *
 * @category metrics
 */
export interface FollowThroughEstimate {
  /** The owner or party. */
  readonly name: string;
  /** n: commitments due by `asOf` (as in `metrics`). */
  readonly due: number;
  /** s: of those, delivered by `asOf`. */
  readonly delivered: number;
  /** Posterior α = α₀ + s. */
  readonly alpha: number;
  /** Posterior β = β₀ + n − s. */
  readonly beta: number;
  /** Posterior mean α / (α + β). */
  readonly mean: number;
  /** Lower end of the equal-tailed credible interval. */
  readonly lower: number;
  /** Upper end of the equal-tailed credible interval. */
  readonly upper: number;
}

/**
 * The follow-through estimates of a ledger.
 *
 * @category metrics
 */
export interface FollowThroughReport {
  readonly asOf: string;
  readonly by: "owner" | "party";
  readonly prior: { readonly alpha: number; readonly beta: number };
  readonly level: number;
  /** Ranked by lower bound, then mean, then name (code-unit order), best first. */
  readonly estimates: readonly FollowThroughEstimate[];
}

/**
 * Estimates each owner's follow-through probability with its uncertainty, so that a short record
 * is not ranked above a long, good one.
 *
 * @remarks
 * Beta-Binomial model with the Jeffreys prior Beta(1/2, 1/2) by default (Brown, Cai and
 * DasGupta 2001); trials are the commitments due by `asOf`, successes those delivered (the
 * numerator and denominator of `followThroughRate`). Interval: equal-tailed, by the inverse
 * regularized incomplete beta function. Floats (a reported metric). `prior.alpha` and
 * `prior.beta` must be from 0.5 to 1,000,000 and `level` from 0.5 to below 1 (else `InvalidInput`
 * at that path): within these bounds the interval always contains the mean (see the module
 * comment). O(events + owners × 200 evaluations of the incomplete beta function). Never throws.
 *
 * @example 1 of 1 is not ranked above 40 of 50
 * ```ts
 * import { followThrough } from "co-decide/commitments";
 *
 * followThrough(state, { asOf: "2026-01-01" });
 * // => right, estimates: [{ name: "Parks", due: 50, delivered: 40, mean: 0.794, lower: 0.674, ... },
 * //                       { name: "Library", due: 1, delivered: 1, mean: 0.75, lower: 0.147, ... }]
 * ```
 *
 * @category metrics
 */
export const followThrough = (
  state: LedgerState,
  options: FollowThroughOptions,
): E.Either<DecideError, FollowThroughReport> =>
  guarded("the estimate", () => {
    const valid = checkState(state);
    if (E.isLeft(valid)) return valid;
    const checked = checkOptions({ asOf: options?.asOf });
    if (E.isLeft(checked)) return checked;
    const { day } = checked.right;
    const by = options.by ?? "owner";
    if (by !== "owner" && by !== "party") {
      return E.left(invalidInputAt("by", "invalid_value", 'expected "owner" or "party"'));
    }
    const given: unknown = options.prior;
    if (given !== undefined && (typeof given !== "object" || given === null)) {
      return E.left(invalidInputAt("prior", "invalid_type", "expected { alpha, beta }"));
    }
    const prior = (given as { alpha: unknown; beta: unknown } | undefined) ?? {
      alpha: 0.5,
      beta: 0.5,
    };
    for (const key of ["alpha", "beta"] as const) {
      const value = prior[key];
      if (!(typeof value === "number" && value >= PRIOR_MIN && value <= PRIOR_MAX)) {
        return E.left(
          invalidInputAt(
            `prior.${key}`,
            "out_of_range",
            `expected a number from ${PRIOR_MIN} to ${PRIOR_MAX} (so that the interval contains the mean)`,
          ),
        );
      }
    }
    const alpha0 = prior.alpha as number;
    const beta0 = prior.beta as number;
    const level: unknown = options.level ?? 0.95;
    if (!(typeof level === "number" && level >= 0.5 && level < 1)) {
      return E.left(
        invalidInputAt("level", "invalid_value", "expected a number at least 0.5 and less than 1"),
      );
    }
    const counts = new Map<string, { due: number; delivered: number }>();
    for (const id of state.order) {
      const record = state.commitments[id];
      if (record === undefined) continue;
      const s = snapshotAt(record, day);
      if (s === undefined) continue;
      const name = by === "owner" ? record.commitment.owner : record.commitment.party;
      let count = counts.get(name);
      if (count === undefined) {
        count = { due: 0, delivered: 0 };
        counts.set(name, count);
      }
      const due =
        s.dueDay !== null &&
        s.dueDay <= day &&
        !(s.withdrawnDay !== null && s.withdrawnDay < s.dueDay);
      if (due) {
        count.due += 1;
        if (isDelivered(s.status)) count.delivered += 1;
      }
    }
    const tail = (1 - level) / 2;
    const estimates = [...counts].map(([name, { due, delivered }]): FollowThroughEstimate => {
      const alpha = alpha0 + delivered;
      const beta = beta0 + due - delivered;
      return {
        name,
        due,
        delivered,
        alpha,
        beta,
        mean: alpha / (alpha + beta),
        lower: inverseRegularizedBeta(tail, alpha, beta),
        upper: inverseRegularizedBeta(1 - tail, alpha, beta),
      };
    });
    estimates.sort((x, y) => y.lower - x.lower || y.mean - x.mean || compareText(x.name, y.name));
    return E.right({
      asOf: formatDay(day),
      by,
      prior: { alpha: alpha0, beta: beta0 },
      level,
      estimates,
    });
  });
