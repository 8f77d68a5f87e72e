/**
 * Helpers for score ballots: exact sums with blanks read as the range minimum, and pairwise
 * preferences read from scores.
 *
 * @internal
 * @module
 */
import { NO_SCORE, type ScoreProfile } from "../ballots/profile.js";
import { type Rational, rational } from "../core/rational.js";

/**
 * Exact score sums. `sums[c]` counts a blank as the range minimum; `scoredSums[c]` and
 * `scored[c]` cover only the ballots that score c (for means). All are whole multiples of
 * `1 / denominator`, held as bigint so that any range is exact.
 *
 * @internal
 */
export interface ScoreSums {
  readonly sums: readonly bigint[];
  readonly scoredSums: readonly bigint[];
  readonly scored: readonly bigint[];
  readonly voters: bigint;
  readonly denominator: bigint;
}

/**
 * Sums a score profile exactly: in doubles when every sum stays below 2^53, else in bigint.
 *
 * @internal
 */
export const scoreSums = (profile: ScoreProfile): ScoreSums => {
  const n = profile.candidates.length;
  const { min, max } = profile.range;
  let total = 0;
  for (let b = 0; b < profile.ballotCount; b++) total += profile.counts[b] as number;
  const bound = Math.max(Math.abs(min), Math.abs(max), 1);
  const fast = total * bound < Number.MAX_SAFE_INTEGER;
  const scoredSums = Array.from({ length: n }, () => 0n);
  const scored = Array.from({ length: n }, () => 0n);
  if (fast) {
    const s = new Float64Array(n);
    const k = new Float64Array(n);
    for (let b = 0; b < profile.ballotCount; b++) {
      const w = profile.counts[b] as number;
      const offset = b * n;
      for (let c = 0; c < n; c++) {
        const v = profile.scores[offset + c] as number;
        if (v === NO_SCORE) continue;
        s[c] = (s[c] as number) + v * w;
        k[c] = (k[c] as number) + w;
      }
    }
    for (let c = 0; c < n; c++) {
      scoredSums[c] = BigInt(s[c] as number);
      scored[c] = BigInt(k[c] as number);
    }
  } else {
    for (let b = 0; b < profile.ballotCount; b++) {
      const w = BigInt(profile.counts[b] as number);
      const offset = b * n;
      for (let c = 0; c < n; c++) {
        const v = profile.scores[offset + c] as number;
        if (v === NO_SCORE) continue;
        scoredSums[c] = (scoredSums[c] as bigint) + BigInt(v) * w;
        scored[c] = (scored[c] as bigint) + w;
      }
    }
  }
  const voters = BigInt(total);
  const sums = scoredSums.map((s, c) => s + BigInt(min) * (voters - (scored[c] as bigint)));
  return { sums, scoredSums, scored, voters, denominator: BigInt(profile.countDenominator) };
};

/**
 * The score candidate c gets on row b, a blank read as the range minimum.
 *
 * @internal
 */
export const scoreAt = (profile: ScoreProfile, b: number, c: number): number => {
  const v = profile.scores[b * profile.candidates.length + c] as number;
  return v === NO_SCORE ? profile.range.min : v;
};

/**
 * The exact weight of voters scoring `a` strictly above `b` (blanks read as the minimum).
 *
 * @internal
 */
export const preferredBy = (profile: ScoreProfile, a: number, b: number): Rational => {
  let sum = 0;
  for (let r = 0; r < profile.ballotCount; r++)
    if (scoreAt(profile, r, a) > scoreAt(profile, r, b)) sum += profile.counts[r] as number;
  return rational(BigInt(sum), BigInt(profile.countDenominator));
};

/**
 * The exact weight of voters giving candidate c the top score of the range.
 *
 * @internal
 */
export const topScores = (profile: ScoreProfile, c: number): Rational => {
  let sum = 0;
  for (let r = 0; r < profile.ballotCount; r++)
    if (scoreAt(profile, r, c) === profile.range.max) sum += profile.counts[r] as number;
  return rational(BigInt(sum), BigInt(profile.countDenominator));
};
