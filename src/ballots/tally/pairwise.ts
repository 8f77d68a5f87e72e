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
  const compareUnranked = unranked === "tied-last";
  for (let b = 0; b < profile.ballotCount; b++) {
    const w = weights[b] as number;
    if (w === 0) continue;
    const offset = b * n;
    for (let i = 0; i < n; i++) {
      const ri = ranks[offset + i] as number;
      if (ri === UNRANKED) continue; // an unranked candidate is preferred to nobody
      const row = i * n;
      for (let j = 0; j < n; j++) {
        const rj = ranks[offset + j] as number;
        if (ri < rj && (compareUnranked || rj !== UNRANKED))
          counts[row + j] = (counts[row + j] as number) + w;
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
