/**
 * Survey waves of a Likert question: an exact ordinal summary per wave and a trend estimate.
 *
 * Likert answers are ordinal: the distance between "agree" and "strongly agree" is not known, so
 * no mean of levels is taken. Each wave is summarised exactly (counts per level, the median level,
 * the number and share agreeing). The trend from the first wave to the latest is Cliff's delta
 * (Cliff 1993, "Dominance statistics: ordinal analyses to answer ordinal questions", Psychological
 * Bulletin 114(3): 494-509): `δ = P(X > Y) - P(X < Y)` for a latest-wave answer X and a first-wave
 * answer Y, from -1 (every answer fell) to 1 (every answer rose), 0 for no shift. It is the
 * Mann-Whitney U statistic rescaled (`δ = 2U / (n₁n₂) - 1`), uses only the order of the levels and
 * does not need the same people in both waves. Its value is exact (a fraction of whole counts).
 * Its interval is a percentile bootstrap (Efron and Tibshirani 1993, ch. 13): each wave is
 * resampled with replacement from its own answers, from the seeded PRNG of `co-decide/core`, so the
 * interval is the same on every run and in every runtime.
 *
 * @module
 */
import { createPrng } from "../core/prng.js";

/**
 * One wave, summarised exactly.
 *
 * @category process
 */
export interface WaveSummary {
  /** When the wave was taken (as given). */
  readonly at: string;
  /** Answers in the wave. */
  readonly n: number;
  /** Answers per level: `counts[0]` is level 1. */
  readonly counts: readonly number[];
  /** The median level (the lower median when `n` is even); `null` with no answers. */
  readonly median: number | null;
  /** The upper median level (equal to `median` when `n` is odd); `null` with no answers. */
  readonly upperMedian: number | null;
  /** Answers at or above the survey's `agreeFrom` level. */
  readonly agree: number;
  /** `agree / n`; `null` with no answers. */
  readonly agreeShare: number | null;
}

/**
 * The trend from the first wave to the latest.
 *
 * @category process
 */
export interface SurveyTrend {
  /** The waves compared. */
  readonly from: string;
  readonly to: string;
  /** Cliff's delta, latest against first, as a number. */
  readonly delta: number;
  /** Cliff's delta exactly, `"p/q"` (the difference of dominance counts over n₁n₂). */
  readonly exact: string;
  /** The 95% percentile-bootstrap interval of delta. */
  readonly interval: readonly [number, number];
  /** Bootstrap resamples drawn. */
  readonly resamples: number;
  /** The PRNG seed of the bootstrap. */
  readonly seed: string;
}

/** Summarises one wave (answers already checked to be in 1..levels). @internal */
export const summariseWave = (
  at: string,
  values: readonly number[],
  levels: number,
  agreeFrom: number,
): WaveSummary => {
  const counts = new Array<number>(levels).fill(0);
  for (const v of values) counts[v - 1] = (counts[v - 1] ?? 0) + 1;
  const n = values.length;
  const levelAt = (rank: number): number => {
    let seen = 0;
    for (let level = 1; level <= levels; level++) {
      seen += counts[level - 1] ?? 0;
      if (seen >= rank) return level;
    }
    return levels;
  };
  let agree = 0;
  for (let level = agreeFrom; level <= levels; level++) agree += counts[level - 1] ?? 0;
  return {
    at,
    n,
    counts,
    median: n === 0 ? null : levelAt(Math.ceil(n / 2)),
    upperMedian: n === 0 ? null : levelAt(Math.floor(n / 2) + 1),
    agree,
    agreeShare: n === 0 ? null : agree / n,
  };
};

/** Dominance counts: pairs (x from `later`, y from `earlier`) with x > y, minus those with x < y. */
const dominance = (later: readonly number[], earlier: readonly number[]): number => {
  // cumulative counts of the earlier wave below each level: O(levels) per level
  let below = 0;
  let net = 0;
  const total = earlier.reduce((a, b) => a + b, 0);
  for (let level = 0; level < later.length; level++) {
    const here = earlier[level] ?? 0;
    const above = total - below - here;
    net += (later[level] ?? 0) * (below - above);
    below += here;
  }
  return net;
};

const gcd = (a: number, b: number): number => {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
};

/**
 * Cliff's delta of the latest wave against the first, with its bootstrap interval.
 * `resamples` resamples of each wave; cost `resamples × (n₁ + n₂)` draws.
 *
 * @internal
 */
export const cliffTrend = (
  first: WaveSummary,
  last: WaveSummary,
  resamples: number,
  seed: string,
): SurveyTrend => {
  const pairs = first.n * last.n;
  const net = dominance(last.counts, first.counts);
  const divisor = gcd(net, pairs) || 1;
  const prng = createPrng(seed);
  const draw = (counts: readonly number[], n: number): number[] => {
    const out = new Array<number>(counts.length).fill(0);
    for (let i = 0; i < n; i++) {
      let u = prng.nextInt(n);
      let level = 0;
      while (u >= (counts[level] ?? 0)) {
        u -= counts[level] ?? 0;
        level++;
      }
      out[level] = (out[level] ?? 0) + 1;
    }
    return out;
  };
  const deltas: number[] = [];
  for (let b = 0; b < resamples; b++) {
    const earlier = draw(first.counts, first.n);
    const later = draw(last.counts, last.n);
    deltas.push(dominance(later, earlier) / pairs);
  }
  deltas.sort((a, b) => a - b);
  // percentile interval: the 2.5th and 97.5th percentiles by nearest rank
  const at = (p: number): number =>
    deltas.length === 0
      ? net / pairs
      : (deltas[
          Math.min(deltas.length - 1, Math.max(0, Math.ceil(p * deltas.length) - 1))
        ] as number);
  return {
    from: first.at,
    to: last.at,
    delta: net / pairs,
    exact: `${net / divisor}/${pairs / divisor}`,
    interval: [at(0.025), at(0.975)],
    resamples,
    seed,
  };
};

/**
 * The pooled two-proportion z statistic of a change in the share agreeing from `a` to `b`
 * (positive when the share rose); `null` when undefined (an empty wave, or every answer the same).
 *
 * @internal
 */
export const twoProportionZ = (a: WaveSummary, b: WaveSummary): number | null => {
  if (a.n === 0 || b.n === 0) return null;
  const pooled = (a.agree + b.agree) / (a.n + b.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  if (se === 0) return null;
  return (b.agree / b.n - a.agree / a.n) / se;
};
