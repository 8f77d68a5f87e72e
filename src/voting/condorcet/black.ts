/**
 * Black's method: the Condorcet winner if there is one, otherwise the Borda winner. Black (1958),
 * *The Theory of Committees and Elections*, Cambridge University Press, p. 66.
 *
 * Borda scores are read off the pairwise matrix, with the usual rule for ties: a candidate earns
 * one point for each (voter, rival) pair in which the voter ranks it above the rival and half a
 * point when the voter does not put either above the other. So
 * score(x) = ((n - 1) V + Σ_y (d(x, y) - d(y, x))) / 2 for V voters; on complete strict rankings
 * this is exactly the classical Borda count (n - 1 points for a first place down to 0 for a last).
 * Unranked candidates follow the `unranked` option (under `not-compared` a pair a ballot does not
 * compare counts as half a point each). The half points keep the Condorcet loser from winning
 * when ballots tie candidates. Scores are exact rationals.
 *
 * The ranking puts the Condorcet winner (if any) first and orders the others by Borda score. Ties
 * for first go to the tie-break policy. O(B n² + n²).
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { RankedProfile } from "../../ballots/profile.js";
import type { DecideError } from "../../core/errors.js";
import { step } from "../../core/explanation.js";
import type { Outcome } from "../../core/outcome.js";
import { rational } from "../../core/rational.js";
import { createTieBreaker, type TieBreakPolicy } from "../../core/tie-break.js";
import { electFromRanking } from "../../counting/elect.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import {
  allCandidates,
  describeScores,
  exactOf,
  tiersBy,
  unrankedOption,
} from "../../counting/outcome.js";
import { LEXICOGRAPHIC, withKind } from "../../counting/ranked.js";
import {
  type CondorcetOptions,
  type CondorcetOutcome,
  condorcetWinnerIndex,
  marginOf,
  pairwiseRecord,
  pairwiseSentence,
  tallyOf,
} from "./shared.js";

/** Options of {@link black}. @category methods */
export type BlackOptions = CondorcetOptions;

/** What {@link black} returns. @category outcomes */
export interface BlackOutcome extends CondorcetOutcome {
  /** The Condorcet winner, or `null` when there is none and Borda decided. */
  readonly condorcetWinner: string | null;
}

/**
 * Elects the candidate who beats every other head to head, or, when there is none, the candidate
 * with the highest Borda score.
 *
 * @remarks
 * Black (1958), p. 66. Condorcet winner and loser consistent, Pareto; not independent of clones and
 * not Smith consistent. Borda scores from the pairwise matrix (see the module comment), exact. O(B n² + n²).
 * Tie-break `none`: `winners` is every candidate who wins under some resolution of the ties met
 * (here the only tie left to the policy is for first place, so: every candidate tied for first);
 * never an empty list.
 *
 * @param profile - ranked ballots.
 * @param options - `unranked`.
 * @param tieBreak - how to choose among tied Borda leaders (default lexicographic; `none` keeps them all).
 * @example A majority cycle, decided by Borda
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { black } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["a", "b", "c"], [
 *   { ranking: ["a", "b", "c"], count: 4 },
 *   { ranking: ["b", "c", "a"], count: 4 },
 *   { ranking: ["c", "a", "b"], count: 2 },
 * ]);
 * E.isRight(p) && black(p.right).scores; // => { a: 10, b: 12, c: 8 }
 * ```
 *
 * @category methods
 */
export const black = (
  profile: RankedProfile,
  options: BlackOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): BlackOutcome => {
  const tally = tallyOf(profile, options.unranked);
  const { candidates } = tally;
  const n = candidates.length;
  let voters = 0;
  for (const count of profile.counts) voters += count;
  // net[x] = Σ_y d(x, y) - d(y, x), scaled; Borda = ((n - 1) V + net) / 2, compared via net.
  const borda = new Float64Array(n);
  for (let x = 0; x < n; x++) {
    let s = 0;
    for (let y = 0; y < n; y++) if (y !== x) s += marginOf(tally, x, y);
    borda[x] = s;
  }
  const exact = Array.from(borda, (net) =>
    exactOf(rational(BigInt((n - 1) * voters) + BigInt(net), 2n * BigInt(tally.denominator))),
  );
  const cw = condorcetWinnerIndex(tally);
  const others = allCandidates(n).filter((c) => c !== cw);
  const byBorda = tiersBy(others, (a, b) => (borda[a] as number) - (borda[b] as number));
  const ranking = cw === undefined ? byBorda : [[cw], ...byBorda];
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const name = (c: number): string => candidates[c] as string;
  const base = electFromRanking({
    method: "black",
    candidates,
    ranking,
    scores: exact,
    tieBreaker,
    steps: [
      step("pairwise", pairwiseSentence(tally), { pairwise: pairwiseRecord(tally) }),
      cw === undefined
        ? step(
            "condorcet",
            "No candidate beats every other head to head, so Black's method falls back on the Borda count.",
          )
        : step(
            "condorcet",
            `${name(cw)} beats every other candidate head to head (the Condorcet winner), so Black's method elects them.`,
          ),
      step(
        "score",
        `Borda scores (a point for each rival a voter ranks the candidate above, half a point for each tie): ${describeScores(candidates, allCandidates(n), exact)}.`,
      ),
    ],
    reason: cw === undefined ? "the highest Borda score" : "the Condorcet winner",
  });
  return {
    ...base,
    pairwise: pairwiseRecord(tally),
    condorcetWinner: cw === undefined ? null : name(cw),
  };
};

/** The options schema of {@link blackMethod}. @category registry */
export const BlackOptionsSchema: z.ZodMiniType<BlackOptions> = /* @__PURE__ */ z.strictObject({
  unranked: unrankedOption,
});

/**
 * The registry entry of {@link black}.
 *
 * @category registry
 */
export const blackMethod: MethodDefinition<BlackOptions> = {
  id: "black",
  name: "Black (Condorcet, else Borda)",
  ballotKind: "ranked",
  summary:
    "Elects the candidate who beats every other head to head; if there is none, the Borda count decides.",
  source: "Black (1958), The Theory of Committees and Elections, p. 66.",
  satisfies: [
    "anonymity",
    "neutrality",
    "pareto",
    "majority",
    "condorcet-winner",
    "condorcet-loser",
    "monotonicity",
  ],
  fails: ["smith", "clone-independence", "later-no-harm", "participation"],
  complexity: "O(B n² + n²) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("black", 400, 2_000, { pairs: true }),
  options: BlackOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("black", "ranked", profile, (p) => black(p, options, tieBreak)),
};
