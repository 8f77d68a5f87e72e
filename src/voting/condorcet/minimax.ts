/**
 * Minimax (Simpson–Kramer): the winner is the candidate whose worst head-to-head result is the
 * least bad. Simpson (1969), "On defining areas of voter choice", Quarterly Journal of Economics
 * 83; Kramer (1977), "A dynamical model of political equilibrium", Journal of Economic Theory 16.
 * Variants as Tideman (2006, Collective Decisions and Voting, ch. 13) and Wikipedia ("Minimax
 * Condorcet method") name them, where `d(y, x)` is the number of voters ranking y above x:
 *
 * - `winning` (default): x's score against y is `d(y, x)` when y beats x, else 0;
 * - `margin`: x's score against y is `d(y, x) - d(x, y)` (negative when x wins);
 * - `pairwise-opposition` (MMPO): x's score against y is `d(y, x)`, win or lose.
 *
 * A candidate's minimax score is its largest score against any rival; the lowest score wins, and
 * the ranking orders candidates by score, lowest first. With complete strict rankings the three
 * variants agree. `winning` and `margin` elect the Condorcet winner; `pairwise-opposition` need
 * not. No variant is Smith consistent, and minimax can elect a Condorcet loser (see the tests).
 * O(B n² + n²).
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { RankedProfile } from "../../ballots/profile.js";
import type { PairwiseTally } from "../../ballots/tally/pairwise.js";
import type { DecideError } from "../../core/errors.js";
import { step } from "../../core/explanation.js";
import { pure } from "../../core/internal/pure.js";
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
  pairwiseRecord,
  pairwiseSentence,
  tallyOf,
  votesFor,
} from "./shared.js";

/** The three ways to score a head-to-head result in minimax. @category methods */
export type MinimaxVariant = "winning" | "margin" | "pairwise-opposition";

/** Options of {@link minimax}. @category methods */
export interface MinimaxOptions extends CondorcetOptions {
  /** How a candidate's result against a rival is scored (default `winning`). */
  readonly variant?: MinimaxVariant | undefined;
}

/** What {@link minimax} returns. @category outcomes */
export interface MinimaxOutcome extends CondorcetOutcome {
  /** For each candidate, the rival against whom it did worst (the first, in candidate order). */
  readonly worstOpponent: Readonly<Record<string, string | null>>;
}

/**
 * Elects the candidate whose worst head-to-head defeat is the smallest.
 *
 * @remarks
 * Simpson (1969) and Kramer (1977); variants `winning`, `margin` and `pairwise-opposition` as in
 * Tideman (2006). `winning` and `margin` are Condorcet consistent; none is Smith consistent or
 * Condorcet-loser consistent. Scores are exact (scaled whole numbers). O(B n² + n²).
 * Tie-break `none`: `winners` is every candidate who wins under some resolution of the ties met
 * (here the only tie left to the policy is for first place, so: every candidate tied for first);
 * never an empty list.
 *
 * @param profile - ranked ballots.
 * @param options - `variant` and `unranked`.
 * @param tieBreak - how to choose among tied leaders (default lexicographic; `none` keeps them all).
 * @example Tennessee's capital (Wikipedia): Nashville loses to nobody
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { minimax } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["M", "N", "C", "K"], [
 *   { ranking: ["M", "N", "C", "K"], count: 42 }, { ranking: ["N", "C", "K", "M"], count: 26 },
 *   { ranking: ["C", "K", "N", "M"], count: 15 }, { ranking: ["K", "C", "N", "M"], count: 17 },
 * ]);
 * E.isRight(p) && minimax(p.right).scores; // => { M: 58, N: 0, C: 68, K: 83 }
 * ```
 *
 * @category methods
 */
export const minimax = (
  profile: RankedProfile,
  options: MinimaxOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): MinimaxOutcome => minimaxFromTally(tallyOf(profile, options.unranked), options, tieBreak);

/**
 * minimax on a pairwise tally already computed (for example one merged from shards: see
 * `decideTally`). The same count as on the profile the tally came from.
 *
 * @internal
 */
export const minimaxFromTally = (
  tally: PairwiseTally,
  options: MinimaxOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): MinimaxOutcome => {
  const variant = options.variant ?? "winning";
  const { candidates } = tally;
  const n = candidates.length;
  const against = (x: number, y: number): number => {
    const dyx = votesFor(tally, y, x);
    const dxy = votesFor(tally, x, y);
    switch (variant) {
      case "winning":
        return dyx > dxy ? dyx : 0;
      case "margin":
        return dyx - dxy;
      case "pairwise-opposition":
        return dyx;
    }
  };
  const scores = new Float64Array(n);
  const worst: (number | null)[] = [];
  for (let x = 0; x < n; x++) {
    let best: number | null = null;
    let value = variant === "margin" ? Number.NEGATIVE_INFINITY : 0;
    for (let y = 0; y < n; y++) {
      if (y === x) continue;
      const s = against(x, y);
      if (best === null || s > value) {
        value = s;
        best = y;
      }
    }
    scores[x] = best === null ? 0 : value;
    worst.push(best);
  }
  const exact = Array.from(scores, (s) => exactVotes(tally, s));
  const ranking = tiersBy(
    allCandidates(n),
    (a, b) => (scores[b] as number) - (scores[a] as number),
  );
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const name = (c: number): string => candidates[c] as string;
  const worstOpponent = Object.fromEntries(
    worst.map((w, c) => [name(c), w === null ? null : name(w)]),
  );
  const base = electFromRanking({
    method: "minimax",
    variant,
    candidates,
    ranking,
    scores: exact,
    tieBreaker,
    steps: [
      step("pairwise", pairwiseSentence(tally), { pairwise: pairwiseRecord(tally) }),
      step("condorcet", condorcetSentence(tally)),
      step(
        "score",
        `Minimax (${VARIANT_WORDS[variant]}): each candidate's score is its worst result against any rival, lower is better: ${describeScores(candidates, ranking.flat(), exact)}.`,
        { worstOpponent },
      ),
    ],
    reason: "the smallest worst defeat",
  });
  return {
    ...base,
    pairwise: pairwiseRecord(tally),
    worstOpponent,
  };
};

const VARIANT_WORDS: Readonly<Record<MinimaxVariant, string>> = {
  winning: "a defeat scores the rival's winning votes, a win or tie scores 0",
  margin: "a result scores the rival's margin, negative when the candidate wins",
  "pairwise-opposition": "a result scores the votes for the rival, win or lose",
};

/** The options schema of {@link minimaxMethod}. @category registry */
export const MinimaxOptionsSchema: z.ZodMiniType<MinimaxOptions> = /* @__PURE__ */ pure(() =>
  z.strictObject({
    unranked: unrankedOption,
    variant: z.optional(z.enum(["winning", "margin", "pairwise-opposition"])),
  }),
);

/**
 * The registry entry of {@link minimax}.
 *
 * @category registry
 */
export const minimaxMethod: MethodDefinition<MinimaxOptions> = {
  id: "minimax",
  name: "Minimax (Simpson–Kramer)",
  ballotKind: "ranked",
  summary:
    "Looks at each candidate's worst head-to-head result; the candidate whose worst defeat is smallest wins.",
  source:
    "Simpson (1969), QJE 83; Kramer (1977), JET 16; variants as in Tideman (2006), Collective Decisions and Voting.",
  satisfies: ["anonymity", "neutrality", "pareto", "majority", "condorcet-winner", "monotonicity"],
  fails: [
    "condorcet-loser",
    "smith",
    "schwartz",
    "clone-independence",
    "reversal-symmetry",
    "independence-of-smith-dominated",
  ],
  complexity: "O(B n² + n²) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("minimax", 400, 2_000, { pairs: true }),
  options: MinimaxOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("minimax", "ranked", profile, (p) => minimax(p, options, tieBreak)),
};
