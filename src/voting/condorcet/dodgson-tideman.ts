/**
 * Tideman's approximation of Dodgson's rule. Dodgson (1876) elects the candidate who needs the
 * fewest swaps of adjacent candidates on ballots to become the Condorcet winner, which is NP-hard
 * to compute (Bartholdi, Tovey and Trick 1989). Tideman (1987, "Independence of clones as a
 * criterion for voting rules", Social Choice and Welfare 4, p. 200) approximates the number of
 * swaps by the votes a candidate lacks in its head-to-head defeats:
 *
 *   score(x) = Σ over rivals y of max(0, d(y, x) - d(x, y)),
 *
 * the sum of x's margins of defeat. The lowest score wins; a Condorcet winner scores 0 and wins.
 * This is the "Tideman" rule of McCabe-Dansted, Pritchard and Slinko (2008), "Approximability of
 * Dodgson's rule", Social Choice and Welfare 31. Scores are exact; the ranking orders candidates
 * by score, lowest first. O(B n² + n²).
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { RankedProfile } from "../../ballots/profile.js";
import type { PairwiseTally } from "../../ballots/tally/pairwise.js";
import type { DecideError } from "../../core/errors.js";
import { step } from "../../core/explanation.js";
import type { Outcome } from "../../core/outcome.js";
import { createTieBreaker, type TieBreakPolicy } from "../../core/tie-break.js";
import { electFromRanking } from "../../counting/elect.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { allCandidates, describeScores, tiersBy, unrankedOption } from "../../counting/outcome.js";
import { LEXICOGRAPHIC, withKind } from "../../counting/ranked.js";
import {
  type CondorcetOptions,
  type CondorcetOutcome,
  condorcetSentence,
  exactVotes,
  marginOf,
  pairwiseRecord,
  pairwiseSentence,
  tallyOf,
} from "./shared.js";

/** Options of {@link dodgsonTideman}. @category methods */
export type DodgsonTidemanOptions = CondorcetOptions;

/**
 * Elects the candidate whose head-to-head defeats add up to the smallest total margin (Tideman's
 * approximation of Dodgson's rule).
 *
 * @remarks
 * Tideman (1987), p. 200; see McCabe-Dansted, Pritchard and Slinko (2008). Condorcet consistent.
 * Exact scores. O(B n² + n²).
 * Tie-break `none`: `winners` is every candidate who wins under some resolution of the ties met
 * (here the only tie left to the policy is for first place, so: every candidate tied for first);
 * never an empty list.
 *
 * @param profile - ranked ballots.
 * @param options - `unranked`.
 * @param tieBreak - how to choose among tied leaders (default lexicographic; `none` keeps them all).
 * @example A majority cycle: the candidate with the smallest total defeat wins
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { dodgsonTideman } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["a", "b", "c"], [
 *   { ranking: ["a", "b", "c"], count: 4 },
 *   { ranking: ["b", "c", "a"], count: 4 },
 *   { ranking: ["c", "a", "b"], count: 2 },
 * ]);
 * E.isRight(p) && dodgsonTideman(p.right).scores; // => { a: 2, b: 2, c: 6 }
 * ```
 *
 * @category methods
 */
export const dodgsonTideman = (
  profile: RankedProfile,
  options: DodgsonTidemanOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): CondorcetOutcome =>
  dodgsonTidemanFromTally(tallyOf(profile, options.unranked), options, tieBreak);

/**
 * dodgsonTideman on a pairwise tally already computed (for example one merged from shards: see
 * `decideTally`). The same count as on the profile the tally came from.
 *
 * @internal
 */
export const dodgsonTidemanFromTally = (
  tally: PairwiseTally,
  _options: DodgsonTidemanOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): CondorcetOutcome => {
  const { candidates } = tally;
  const n = candidates.length;
  const scores = new Float64Array(n);
  for (let x = 0; x < n; x++) {
    let s = 0;
    for (let y = 0; y < n; y++) if (y !== x) s += Math.max(0, marginOf(tally, y, x));
    scores[x] = s;
  }
  const exact = Array.from(scores, (s) => exactVotes(tally, s));
  const ranking = tiersBy(
    allCandidates(n),
    (a, b) => (scores[b] as number) - (scores[a] as number),
  );
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const base = electFromRanking({
    method: "dodgson-tideman",
    candidates,
    ranking,
    scores: exact,
    tieBreaker,
    steps: [
      step("pairwise", pairwiseSentence(tally), { pairwise: pairwiseRecord(tally) }),
      step("condorcet", condorcetSentence(tally)),
      step(
        "score",
        `Each candidate's score is the sum of its margins of defeat (the votes it would need to win those contests), lower is better: ${describeScores(candidates, ranking.flat(), exact)}.`,
      ),
    ],
    reason: "the smallest total margin of defeat",
  });
  return { ...base, pairwise: pairwiseRecord(tally) };
};

/** The options schema of {@link dodgsonTidemanMethod}. @category registry */
export const DodgsonTidemanOptionsSchema: z.ZodMiniType<DodgsonTidemanOptions> =
  /* @__PURE__ */ z.strictObject({
    unranked: unrankedOption,
  });

/**
 * The registry entry of {@link dodgsonTideman}.
 *
 * @category registry
 */
export const dodgsonTidemanMethod: MethodDefinition<DodgsonTidemanOptions> = {
  id: "dodgson-tideman",
  name: "Dodgson (Tideman's approximation)",
  ballotKind: "ranked",
  summary:
    "Adds up how badly each candidate loses its head-to-head contests; the candidate with the smallest total wins.",
  source:
    "Tideman (1987), Social Choice and Welfare 4, p. 200; McCabe-Dansted, Pritchard and Slinko (2008), Social Choice and Welfare 31.",
  satisfies: ["anonymity", "neutrality", "pareto", "majority", "condorcet-winner", "monotonicity"],
  fails: ["condorcet-loser", "smith", "clone-independence", "later-no-harm"],
  complexity: "O(B n² + n²) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("dodgson-tideman", 400, 2_000, { pairs: true }),
  options: DodgsonTidemanOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("dodgson-tideman", "ranked", profile, (p) => dodgsonTideman(p, options, tieBreak)),
};
