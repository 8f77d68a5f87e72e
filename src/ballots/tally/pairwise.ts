/**
 * The pairwise preference matrix: for every ordered pair of candidates (i, j), how many voters
 * prefer i to j. Every Condorcet-family method reads it, and it is computed once.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import type { DecideError } from "../../core/errors.js";
import { type RankedProfile, UNRANKED, type UnrankedRule } from "../profile.js";
import { addScaled, exactText, sameCandidates } from "./scaled.js";

/**
 * The pairwise matrix of a ranked profile: `counts[i * n + j]` voters (in units of
 * `1 / denominator`) rank candidate i strictly above candidate j. Ties on a ballot count for
 * neither. Under `unranked: "tied-last"` an unranked candidate is below every ranked one; under
 * `"not-compared"` a pair with an unranked candidate is not counted on that ballot.
 *
 * @category tallies
 */
export interface PairwiseTally {
  readonly candidates: readonly string[];
  readonly unranked: UnrankedRule;
  readonly counts: Float64Array;
  readonly denominator: number;
}

/**
 * Counts, for every pair of candidates, the voters who prefer one to the other: O(B n²) over the
 * distinct ballots, one pass, no allocation per ballot.
 *
 * @example
 * ```ts
 * import { pairwiseTally, preferring, rankedProfile } from "co-decide/ballots";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const profile = rankedProfile(["a", "b", "c"], ["a>b>c", "b>c>a", { ranking: ["a"], count: 2 }]);
 * if (E.isRight(profile)) {
 *   const tally = pairwiseTally(profile.right);
 *   preferring(tally, 0, 1); // => 3 (a over b: the first ballot and the two truncated ones)
 *   preferring(tally, 1, 2); // => 1 (b and c are tied last on the truncated ballots)
 * }
 * ```
 *
 * @category tallies
 */
export const pairwiseTally = (
  profile: RankedProfile,
  options: { readonly unranked?: UnrankedRule } = {},
): PairwiseTally => {
  const unranked = options.unranked ?? "tied-last";
  const n = profile.candidates.length;
  const counts = new Float64Array(n * n);
  const { ranks } = profile;
  const weights = profile.counts;
  // Per ballot, a counting sort puts the candidates in tier order (`sorted`, unranked last), with
  // `ends[t]` the end of tier t in it; then every candidate gains the ballot's weight over each
  // candidate of a later tier. Only additions run in the inner loop (no comparison to mispredict),
  // n(n-1)/2 of them for a strict ranking instead of n² comparisons.
  // A strict complete ranking (every candidate in a tier of its own) takes a shorter path: its
  // tiers are a permutation of 0..n-1, so `sorted[tier] = candidate` needs no counting.
  const sizes = new Int32Array(n + 1);
  const ends = new Int32Array(n + 1);
  const sorted = new Int32Array(n);
  const stamp = new Int32Array(n);
  for (let b = 0; b < profile.ballotCount; b++) {
    const w = weights[b] as number;
    if (w === 0) continue;
    const offset = b * n;
    const generation = b + 1;
    let strict = true;
    for (let c = 0; c < n; c++) {
      const t = ranks[offset + c] as number;
      if (t >= n || stamp[t] === generation) {
        strict = false; // UNRANKED is above every tier, so truncated ballots leave here too
        break;
      }
      stamp[t] = generation;
      sorted[t] = c;
    }
    if (strict) {
      for (let p = 0; p < n - 1; p++) {
        const row = (sorted[p] as number) * n;
        for (let q = p + 1; q < n; q++) {
          const cell = row + (sorted[q] as number);
          counts[cell] = (counts[cell] as number) + w;
        }
      }
      continue;
    }
    sizes.fill(0);
    for (let c = 0; c < n; c++) {
      const t = ranks[offset + c] as number;
      const g = t === UNRANKED ? n : t;
      sizes[g] = (sizes[g] as number) + 1;
    }
    let start = 0;
    for (let g = 0; g <= n; g++) {
      ends[g] = start; // the next free place in group g while filling
      start += sizes[g] as number;
    }
    for (let c = 0; c < n; c++) {
      const t = ranks[offset + c] as number;
      const g = t === UNRANKED ? n : t;
      sorted[ends[g] as number] = c;
      ends[g] = (ends[g] as number) + 1;
    }
    // Now ends[g] is the end of group g. Ranked candidates come first; under "tied-last" the
    // unranked group is below every ranked one, under "not-compared" it takes part in nothing.
    const rankedCount = n - (sizes[n] as number);
    const limit = unranked === "tied-last" ? n : rankedCount;
    let below = 0;
    for (let p = 0; p < rankedCount; p++) {
      const i = sorted[p] as number;
      if (p >= below) below = ends[ranks[offset + i] as number] as number;
      const row = i * n;
      for (let q = below; q < limit; q++) {
        const cell = row + (sorted[q] as number);
        counts[cell] = (counts[cell] as number) + w;
      }
    }
  }
  return {
    candidates: profile.candidates,
    unranked,
    counts,
    denominator: profile.countDenominator,
  };
};

/**
 * The number of voters who prefer candidate `i` to candidate `j` (exact when whole; see
 * {@link preferringExact}).
 *
 * @category tallies
 */
export const preferring = (tally: PairwiseTally, i: number, j: number): number =>
  (tally.counts[i * tally.candidates.length + j] ?? 0) / tally.denominator;

/**
 * The same as {@link preferring}, exactly, as a whole number or `"p/q"`.
 *
 * @category tallies
 */
export const preferringExact = (tally: PairwiseTally, i: number, j: number): string =>
  exactText(tally.counts[i * tally.candidates.length + j] ?? 0, tally.denominator);

/**
 * The empty pairwise tally over `candidates`: the identity of {@link mergePairwise}.
 *
 * @category tallies
 */
export const emptyPairwise = (
  candidates: readonly string[],
  unranked: UnrankedRule = "tied-last",
): PairwiseTally => ({
  candidates,
  unranked,
  counts: new Float64Array(candidates.length * candidates.length),
  denominator: 1,
});

/**
 * Adds two pairwise tallies over the same candidates and the same `unranked` rule: the tally of
 * two profiles together equals the merge of their tallies, so a count can be split and reduced.
 *
 * @category tallies
 */
export const mergePairwise = (
  a: PairwiseTally,
  b: PairwiseTally,
): E.Either<DecideError, PairwiseTally> =>
  pipe(
    sameCandidates(a.candidates, b.candidates),
    E.filterOrElse(
      () => a.unranked === b.unranked,
      (): DecideError => ({
        _tag: "InvalidInput",
        message: "Only tallies with the same unranked rule can be merged.",
        issues: [{ path: "unranked", code: "rules_differ", message: "the unranked rules differ" }],
      }),
    ),
    E.flatMap(() => addScaled(a.counts, a.denominator, b.counts, b.denominator)),
    E.map(({ values, denominator }) => ({
      candidates: a.candidates,
      unranked: a.unranked,
      counts: values,
      denominator,
    })),
  );
