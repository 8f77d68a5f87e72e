/**
 * The Kemeny–Young method: the social ranking is the ranking that agrees with the voters on the
 * most (voter, pair) comparisons. Kemeny (1959), "Mathematics without numbers", Daedalus 88;
 * Young and Levenglick (1978), "A consistent extension of Condorcet's election principle", SIAM
 * Journal on Applied Mathematics 35.
 *
 * A ranking's score is Σ over pairs (a above b in the ranking) of d(a, b), the voters who rank a
 * above b. The method is exact: dynamic programming over subsets (the Held–Karp idea, as in
 * Betzler et al. 2009, "Fixed-parameter algorithms for Kemeny rankings", Theoretical Computer
 * Science 410): best(S) is the best score of ordering the set S among themselves, and
 * best(S) = max over c in S of best(S \ {c}) + Σ_{a in S \ {c}} d(a, c) (c placed last in S).
 * Time O(2ⁿ n²), memory O(2ⁿ).
 *
 * Bound: the problem is NP-hard (Bartholdi, Tovey and Trick 1989), so above
 * {@link KEMENY_YOUNG_MAX_CANDIDATES} candidates (the default of its work limit) the function
 * returns an `Unsupported` error (`work_limit`) at once instead of running for minutes. At the
 * bound it takes about 1 s of CPU time and 36 MB (see `bench/results/voting-condorcet.md`); a
 * caller may raise the limit to 24 candidates (`limits.candidates`), about 4 s and 144 MB.
 *
 * Ties: every optimal ranking is found. The winners are every candidate first in some optimal
 * ranking (exact, from the dynamic programme); the tie-break policy picks one when there are
 * several. `optimalRankings` lists up to {@link KEMENY_YOUNG_MAX_LISTED} of them; `ranking` is
 * the optimal ranking when it is unique, and otherwise the tiers of the order common to every
 * optimal ranking (a candidate is above another when it is above it in all of them); it is left
 * out when there are more optimal rankings than are listed.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { RankedProfile } from "../../ballots/profile.js";
import type { PairwiseTally } from "../../ballots/tally/pairwise.js";
import { type DecideError, unsupported } from "../../core/errors.js";
import { step } from "../../core/explanation.js";
import type { ExactValue, Outcome } from "../../core/outcome.js";
import { createTieBreaker, type TieBreakPolicy } from "../../core/tie-break.js";
import { electFromRanking } from "../../counting/elect.js";
import { checkCandidates, methodLimits } from "../../counting/limits.js";
import type { MethodDefinition, MethodLimits } from "../../counting/method.js";
import { listNames, unrankedOption } from "../../counting/outcome.js";
import { LEXICOGRAPHIC, wrongBallotKind } from "../../counting/ranked.js";
import {
  type CondorcetOptions,
  type CondorcetOutcome,
  condorcetSentence,
  exactVotes,
  layers,
  pairwiseRecord,
  pairwiseSentence,
  tallyOf,
} from "./shared.js";

/**
 * The most candidates exact Kemeny–Young accepts by default (its work limit's default): 2²²
 * subsets, about 36 MB and 1 s of CPU time (each extra candidate doubles the memory and more than
 * doubles the time). `limits.candidates` raises it up to 24.
 *
 * @category methods
 */
export const KEMENY_YOUNG_MAX_CANDIDATES = 22;

/** @internal */
export const KEMENY_YOUNG_LIMITS: MethodLimits = /* @__PURE__ */ methodLimits(
  "kemeny-young",
  KEMENY_YOUNG_MAX_CANDIDATES,
  24,
  {
    pairs: true,
  },
);

/** The most optimal rankings an outcome lists. @category methods */
export const KEMENY_YOUNG_MAX_LISTED = 100;

/** Options of {@link kemenyYoung}. @category methods */
export type KemenyYoungOptions = CondorcetOptions;

/** What {@link kemenyYoung} returns. @category outcomes */
export interface KemenyYoungOutcome extends CondorcetOutcome {
  /** The score of the optimal rankings: the (voter, pair) agreements they achieve (exact). */
  readonly bestScore: ExactValue;
  /** Optimal rankings, best first candidate first (at most {@link KEMENY_YOUNG_MAX_LISTED}). */
  readonly optimalRankings: readonly (readonly string[])[];
  /** Whether more optimal rankings exist than are listed. */
  readonly optimalRankingsTruncated: boolean;
}

/**
 * Finds the ranking that agrees with the voters on the most head-to-head comparisons, and elects
 * its first candidate.
 *
 * @remarks
 * Kemeny (1959); Young and Levenglick (1978). Exact by dynamic programming over subsets, O(2ⁿ n²)
 * time and O(2ⁿ) memory after the O(B n²) tally. Condorcet winner and loser consistent, Smith
 * consistent, monotonic, reinforcing; not independent of clones. Returns `Unsupported`
 * (`work_limit`) above {@link KEMENY_YOUNG_MAX_CANDIDATES} candidates (or `limits.candidates`, up
 * to 24), and
 * (`counts_too_large`) when a ranking's score could pass 2⁵³ in the tally's units.
 * Tie-break `none`: `winners` is every candidate who wins under some resolution of the ties met
 * (every candidate first in some optimal ranking); never an empty list.
 *
 * @param profile - ranked ballots.
 * @param options - `unranked`.
 * @param tieBreak - how to choose among candidates first in different optimal rankings (default
 *   lexicographic; `none` keeps them all).
 * @param limits - `candidates` raises the work limit (default 22) up to its ceiling, 24.
 * @example Tennessee's capital (Wikipedia, "Kemeny–Young method")
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { kemenyYoung } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["Memphis", "Nashville", "Chattanooga", "Knoxville"], [
 *   { ranking: ["Memphis", "Nashville", "Chattanooga", "Knoxville"], count: 42 },
 *   { ranking: ["Nashville", "Chattanooga", "Knoxville", "Memphis"], count: 26 },
 *   { ranking: ["Chattanooga", "Knoxville", "Nashville", "Memphis"], count: 15 },
 *   { ranking: ["Knoxville", "Chattanooga", "Nashville", "Memphis"], count: 17 },
 * ]);
 * if (E.isRight(p)) {
 *   const outcome = kemenyYoung(p.right);
 *   E.isRight(outcome) && outcome.right.bestScore; // => 393
 * }
 * ```
 *
 * @category methods
 */
export const kemenyYoung = (
  profile: RankedProfile,
  options: KemenyYoungOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
  limits: { readonly candidates?: number } = {},
): E.Either<DecideError, KemenyYoungOutcome> => {
  const n = profile.candidates.length;
  const refused = checkCandidates(KEMENY_YOUNG_LIMITS.candidates, n, limits.candidates);
  if (E.isLeft(refused)) return refused;
  return kemenyYoungFromTally(tallyOf(profile, options.unranked), options, tieBreak, limits);
};

/**
 * kemenyYoung on a pairwise tally already computed (for example one merged from shards: see
 * `decideTally`). The same count as on the profile the tally came from.
 *
 * @internal
 */
export const kemenyYoungFromTally = (
  tally: PairwiseTally,
  _options: KemenyYoungOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
  limits: { readonly candidates?: number } = {},
): E.Either<DecideError, KemenyYoungOutcome> => {
  const n = tally.candidates.length;
  const refused = checkCandidates(KEMENY_YOUNG_LIMITS.candidates, n, limits.candidates);
  if (E.isLeft(refused)) return refused;
  const pairs = (n * (n - 1)) / 2;
  let largest = 0;
  for (const v of tally.counts) if (v > largest) largest = v;
  if (largest * pairs > Number.MAX_SAFE_INTEGER) {
    return E.left(
      unsupported(
        "counts_too_large",
        "The vote counts are too large for an exact Kemeny-Young score (it could pass 2^53).",
      ),
    );
  }
  return E.right(kemenyFromTally(tally, tieBreak));
};

/**
 * Kemeny-Young on a tally already computed (Slater runs it on the majority tournament).
 *
 * @internal
 */
export const kemenyFromTally = (
  tally: PairwiseTally,
  tieBreak: TieBreakPolicy,
): KemenyYoungOutcome => {
  const { candidates } = tally;
  const n = candidates.length;
  const counts = tally.counts;
  const full = n === 0 ? 0 : 2 ** n - 1;
  const size = full + 1;
  const best = new Float64Array(size);
  // Column sums restricted to a set, recomputed per (S, c) by walking S's bits: O(2ⁿ n²) total.
  const below = (set: number, c: number): number => {
    let s = 0;
    let rest = set;
    while (rest !== 0) {
      const low = rest & -rest;
      const a = 31 - Math.clz32(low);
      s += counts[a * n + c] as number;
      rest ^= low;
    }
    return s;
  };
  for (let set = 1; set <= full; set++) {
    let value = -1;
    let rest = set;
    while (rest !== 0) {
      const low = rest & -rest;
      const c = 31 - Math.clz32(low);
      const without = set ^ low;
      const v = (best[without] as number) + below(without, c);
      if (v > value) value = v;
      rest ^= low;
    }
    best[set] = value;
  }

  // Which subsets lie on some optimal path from the full set (walking down removes the last).
  const onPath = new Uint8Array(size);
  onPath[full] = 1;
  for (let set = full; set > 0; set--) {
    if (onPath[set] === 0) continue;
    let rest = set;
    while (rest !== 0) {
      const low = rest & -rest;
      const c = 31 - Math.clz32(low);
      const without = set ^ low;
      if ((best[without] as number) + below(without, c) === best[set]) onPath[without] = 1;
      rest ^= low;
    }
  }
  const firsts: number[] = [];
  for (let c = 0; c < n; c++) if (onPath[1 << c] === 1) firsts.push(c);

  // List optimal rankings (last place chosen first), up to the cap, and whether there are more.
  const listed: number[][] = [];
  let truncated = false;
  const walk = (set: number, suffix: number[]): void => {
    if (truncated) return;
    if (set === 0) {
      if (listed.length >= KEMENY_YOUNG_MAX_LISTED) truncated = true;
      else listed.push([...suffix].reverse());
      return;
    }
    for (let c = 0; c < n; c++) {
      const bit = 1 << c;
      if ((set & bit) === 0) continue;
      const without = set ^ bit;
      if ((best[without] as number) + below(without, c) !== best[set]) continue;
      suffix.push(c);
      walk(without, suffix);
      suffix.pop();
      if (truncated) return;
    }
  };
  if (n > 0) walk(full, []);

  const unique = listed.length === 1 && !truncated;
  const position = (order: readonly number[]): Int32Array => {
    const p = new Int32Array(n);
    order.forEach((c, i) => {
      p[c] = i;
    });
    return p;
  };
  const positions = listed.map(position);
  const ranking = truncated
    ? undefined
    : layers(n, (a, b) => positions.every((p) => (p[a] as number) < (p[b] as number)));
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const name = (c: number): string => candidates[c] as string;
  const bestScore = exactVotes(tally, n === 0 ? 0 : (best[full] as number));
  const shownRankings = listed.map((order) => order.map(name));
  const base = electFromRanking({
    method: "kemeny-young",
    candidates,
    ...(ranking === undefined ? {} : { ranking }),
    tieBreaker,
    steps: [
      step("pairwise", pairwiseSentence(tally), { pairwise: pairwiseRecord(tally) }),
      step("condorcet", condorcetSentence(tally)),
      step(
        "optimise",
        unique
          ? `Kemeny-Young: of all ${n}! rankings, ${listed[0]?.map(name).join(" > ")} agrees with the voters on the most head-to-head comparisons (score ${bestScore}).`
          : `Kemeny-Young: ${truncated ? `more than ${KEMENY_YOUNG_MAX_LISTED}` : listed.length} rankings tie for the most agreements with the voters (score ${bestScore}); ${listNames(firsts.map(name))} ${firsts.length === 1 ? "is" : "are"} first in at least one of them.`,
        { bestScore, optimalRankings: shownRankings, truncated },
      ),
    ],
    reason: "first in an optimal Kemeny ranking",
    top: firsts,
  });
  return {
    ...base,
    pairwise: pairwiseRecord(tally),
    bestScore,
    optimalRankings: shownRankings,
    optimalRankingsTruncated: truncated,
  };
};

/** The options schema of {@link kemenyYoungMethod}. @category registry */
export const KemenyYoungOptionsSchema: z.ZodMiniType<KemenyYoungOptions> =
  /* @__PURE__ */ z.strictObject({
    unranked: unrankedOption,
  });

/**
 * The registry entry of {@link kemenyYoung}.
 *
 * @category registry
 */
export const kemenyYoungMethod: MethodDefinition<KemenyYoungOptions> = {
  id: "kemeny-young",
  name: "Kemeny-Young",
  ballotKind: "ranked",
  summary:
    "Finds the full ranking that agrees with the voters on the most head-to-head comparisons; exact up to 22 candidates.",
  source:
    "Kemeny (1959), Daedalus 88; Young and Levenglick (1978), SIAM J. Appl. Math. 35; subset dynamic programme.",
  satisfies: [
    "anonymity",
    "neutrality",
    "pareto",
    "majority",
    "condorcet-winner",
    "condorcet-loser",
    "smith",
    "monotonicity",
    "reversal-symmetry",
    "independence-of-smith-dominated",
  ],
  fails: ["clone-independence", "later-no-harm", "participation"],
  complexity: "O(B n² + 2ⁿ n²) time, O(2ⁿ) memory; Unsupported above 22 candidates",
  limits: KEMENY_YOUNG_LIMITS,
  options: KemenyYoungOptionsSchema,
  // decide has checked the caller's limits; run refuses only what passes the ceiling.
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    profile.kind === "ranked"
      ? kemenyYoung(profile, options, tieBreak, {
          candidates: KEMENY_YOUNG_LIMITS.candidates.ceiling,
        })
      : E.left(wrongBallotKind("kemeny-young", "ranked", profile.kind)),
};
