/**
 * Score sums: the total score of each candidate, and how many voters scored it.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import type { DecideError } from "../../core/errors.js";
import { NO_SCORE, type ScoreProfile } from "../profile.js";
import { addScaled, sameCandidates } from "./scaled.js";

/**
 * Score sums in units of `1 / denominator`: `sums[c]` is the total score of candidate c and
 * `scored[c]` the number of voters who gave it a score (for means). Scores are whole numbers, so
 * the sums are exact.
 *
 * @category tallies
 */
export interface ScoreTally {
  readonly candidates: readonly string[];
  readonly sums: Float64Array;
  readonly scored: Float64Array;
  readonly denominator: number;
}

/**
 * Sums scores in one pass.
 *
 * @example
 * ```ts
 * import { scoreProfile, scoreTally } from "co-decide/ballots";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const profile = scoreProfile(["a", "b"], [{ scores: { a: 5, b: 1 } }, { scores: { a: 2 } }], { min: 0, max: 5 });
 * E.isRight(profile) && scoreTally(profile.right).sums; // => Float64Array [7, 1]
 * ```
 *
 * @category tallies
 */
export const scoreTally = (profile: ScoreProfile): ScoreTally => {
  const n = profile.candidates.length;
  const sums = new Float64Array(n);
  const scored = new Float64Array(n);
  for (let b = 0; b < profile.ballotCount; b++) {
    const w = profile.counts[b] as number;
    const offset = b * n;
    for (let c = 0; c < n; c++) {
      const s = profile.scores[offset + c] as number;
      if (s === NO_SCORE) continue;
      sums[c] = (sums[c] as number) + s * w;
      scored[c] = (scored[c] as number) + w;
    }
  }
  return { candidates: profile.candidates, sums, scored, denominator: profile.countDenominator };
};

/** The identity of {@link mergeScores}. @category tallies */
export const emptyScores = (candidates: readonly string[]): ScoreTally => ({
  candidates,
  sums: new Float64Array(candidates.length),
  scored: new Float64Array(candidates.length),
  denominator: 1,
});

/** Adds two score tallies over the same candidates. @category tallies */
export const mergeScores = (a: ScoreTally, b: ScoreTally): E.Either<DecideError, ScoreTally> => {
  const n = a.candidates.length;
  const pack = (t: ScoreTally): Float64Array => {
    const out = new Float64Array(2 * n);
    out.set(t.sums, 0);
    out.set(t.scored, n);
    return out;
  };
  return pipe(
    sameCandidates(a.candidates, b.candidates),
    E.flatMap(() => addScaled(pack(a), a.denominator, pack(b), b.denominator)),
    E.map(({ values, denominator }) => ({
      candidates: a.candidates,
      sums: values.slice(0, n),
      scored: values.slice(n),
      denominator,
    })),
  );
};
