/**
 * Slater's rule (Slater 1961, "Inconsistencies in a schedule of paired comparisons", Biometrika
 * 48): the ranking that reverses the fewest head-to-head majorities wins, and its top candidate is
 * elected.
 *
 * Only who beats whom counts, not by how much: a ranking scores one point for each pair it orders
 * as the majority does (a pairwise tie scores nothing either way), and the rankings with the most
 * points are Slater rankings. It is Kemeny-Young run on the majority tournament, and this module
 * computes it so, with Kemeny-Young's exact subset dynamic programme (`kemenyYoung`): O(2ⁿ n²)
 * time and O(2ⁿ) memory. Slater rankings are often several; every candidate first in one of them
 * is tied for the win (the tie-break policy picks one; `none` keeps them all), and the ranking
 * tiers are what every optimal ranking agrees on. Finding a Slater ranking is NP-hard (Alon 2006),
 * so the function refuses more candidates than the work limit `slater.candidates` (default 20,
 * `options.maxCandidates` up to 22) with `Unsupported` "work_limit", before any work.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { RankedProfile } from "../../ballots/profile.js";
import type { PairwiseTally } from "../../ballots/tally/pairwise.js";
import type { DecideError, InvalidInput, Unsupported } from "../../core/errors.js";
import { step } from "../../core/explanation.js";
import { pure } from "../../core/internal/pure.js";
import { checkWork, defineLimit, resolveLimit, type WorkLimit } from "../../core/limits.js";
import type { Outcome } from "../../core/outcome.js";
import { createTieBreaker, type TieBreakPolicy } from "../../core/tie-break.js";
import { electFromRanking } from "../../counting/elect.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { listNames, unrankedOption } from "../../counting/outcome.js";
import { LEXICOGRAPHIC, wrongBallotKind } from "../../counting/ranked.js";
import { kemenyFromTally } from "./kemeny-young.js";
import {
  beats,
  type CondorcetOptions,
  type CondorcetOutcome,
  condorcetSentence,
  pairwiseRecord,
  pairwiseSentence,
  tallyOf,
} from "./shared.js";

/** The work limit of {@link slater}: candidates (its programme runs over all 2^n subsets). @category methods */
export const SLATER_CANDIDATES: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "slater.candidates",
  unit: "candidates",
  default: 20,
  ceiling: 22,
  option: "options.maxCandidates",
});

/** Options of {@link slater}. @category methods */
export interface SlaterOptions extends CondorcetOptions {
  /** The most candidates to accept (default 20, at most 22; the work grows as 2^n). */
  readonly maxCandidates?: number | undefined;
}

/** What {@link slater} returns. @category outcomes */
export interface SlaterOutcome extends CondorcetOutcome {
  /** The head-to-head majorities every Slater ranking reverses (the fewest possible). */
  readonly reversals: number;
  /** The Slater rankings, best first within each (up to 100 listed). */
  readonly slaterRankings: readonly (readonly string[])[];
  /** Whether there were more Slater rankings than listed. */
  readonly slaterRankingsTruncated: boolean;
}

/**
 * Elects the top of a ranking that reverses the fewest head-to-head majorities.
 *
 * @remarks
 * Slater (1961); the rule for tournaments studied by Laslier (1997), Tournament Solutions and
 * Majority Voting. Condorcet winner consistent and Smith consistent; exact. O(B n² + 2ⁿ n²).
 *
 * @param profile - ranked ballots.
 * @param options - `unranked`; `maxCandidates` raises the work limit.
 * @param tieBreak - how to choose among the tops of the Slater rankings (default lexicographic).
 * @returns the outcome, or `Unsupported` past the work limit (`InvalidInput` for a bad limit).
 * @example A majority cycle a > b > c > a: three rankings each reverse one majority
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { slater } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["a", "b", "c"], ["a>b>c", "b>c>a", "c>a>b"]);
 * if (E.isRight(p)) {
 *   const outcome = slater(p.right, {}, { kind: "none" });
 *   E.isRight(outcome) && outcome.right.reversals; // => 1
 * }
 * ```
 *
 * @category methods
 */
export const slater = (
  profile: RankedProfile,
  options: SlaterOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<Unsupported | InvalidInput, SlaterOutcome> => {
  const allowed = resolveLimit(SLATER_CANDIDATES, options.maxCandidates);
  if (E.isLeft(allowed)) return allowed;
  const checked = checkWork(SLATER_CANDIDATES, profile.candidates.length, allowed.right);
  if (E.isLeft(checked)) return checked;
  return slaterFromTally(tallyOf(profile, options.unranked), options, tieBreak);
};

/**
 * slater on a pairwise tally already computed (for example one merged from shards: see
 * `decideTally`). The same count as on the profile the tally came from.
 *
 * @internal
 */
export const slaterFromTally = (
  tally: PairwiseTally,
  options: SlaterOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<Unsupported | InvalidInput, SlaterOutcome> => {
  const allowed = resolveLimit(SLATER_CANDIDATES, options.maxCandidates);
  if (E.isLeft(allowed)) return allowed;
  const checked = checkWork(SLATER_CANDIDATES, tally.candidates.length, allowed.right);
  if (E.isLeft(checked)) return checked;
  const { candidates } = tally;
  const n = candidates.length;
  const majority = majorityTournament(tally);
  const kemeny = kemenyFromTally(majority, { kind: "none" });
  let edges = 0;
  for (const v of majority.counts) edges += v;
  const agreements =
    typeof kemeny.bestScore === "number" ? kemeny.bestScore : Number(kemeny.bestScore);
  const reversals = edges - agreements;
  const top = kemeny.winners.map((w) => candidates.indexOf(w));
  const index = new Map(candidates.map((c, i) => [c, i] as const));
  const ranking = kemeny.ranking?.map((tier) => tier.map((c) => index.get(c) as number));
  const shown = kemeny.optimalRankings;
  const base = electFromRanking({
    method: "slater",
    candidates,
    ...(ranking === undefined ? {} : { ranking }),
    top,
    tieBreaker: createTieBreaker(tieBreak, candidates),
    steps: [
      step("pairwise", pairwiseSentence(tally), { pairwise: pairwiseRecord(tally) }),
      step("condorcet", condorcetSentence(tally)),
      step(
        "optimise",
        shown.length === 1 && !kemeny.optimalRankingsTruncated
          ? `Slater: of all ${n}! rankings, ${shown[0]?.join(" > ")} reverses the fewest head-to-head majorities (${reversals}).`
          : `Slater: ${kemeny.optimalRankingsTruncated ? `more than ${shown.length}` : shown.length} rankings each reverse the fewest head-to-head majorities (${reversals}); ${listNames(kemeny.winners)} ${kemeny.winners.length === 1 ? "is" : "are"} first in at least one of them.`,
        { reversals, slaterRankings: shown, truncated: kemeny.optimalRankingsTruncated },
      ),
    ],
    reason: "first in a ranking that reverses the fewest head-to-head majorities",
  });
  return E.right({
    ...base,
    pairwise: pairwiseRecord(tally),
    reversals,
    slaterRankings: shown,
    slaterRankingsTruncated: kemeny.optimalRankingsTruncated,
  });
};

/** The majority tournament as a tally: 1 where the row candidate beats the column, else 0. */
const majorityTournament = (tally: PairwiseTally): PairwiseTally => {
  const n = tally.candidates.length;
  const counts = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) if (i !== j && beats(tally, i, j)) counts[i * n + j] = 1;
  return { candidates: tally.candidates, unranked: tally.unranked, counts, denominator: 1 };
};

/** The options schema of {@link slaterMethod}. @category registry */
export const SlaterOptionsSchema: z.ZodMiniType<SlaterOptions> = /* @__PURE__ */ pure(() =>
  z.strictObject({
    unranked: unrankedOption,
    maxCandidates: z.optional(z.number()),
  }),
);

/**
 * The registry entry of {@link slater}.
 *
 * @category registry
 */
export const slaterMethod: MethodDefinition<SlaterOptions> = {
  id: "slater",
  name: "Slater",
  ballotKind: "ranked",
  summary:
    "Finds the full ranking that contradicts the fewest head-to-head majorities; its top wins. Exact up to 20 candidates.",
  source: "Slater (1961), Biometrika 48; Laslier (1997), Tournament Solutions and Majority Voting.",
  satisfies: [
    "anonymity",
    "neutrality",
    "majority",
    "condorcet-winner",
    "condorcet-loser",
    "smith",
  ],
  fails: ["later-no-harm", "clone-independence"],
  complexity: "O(B n² + 2ⁿ n²) time, O(2ⁿ) memory; Unsupported above 20 candidates by default",
  limits: /* @__PURE__ */ methodLimits("slater", 20, 22, { pairs: true }),
  options: SlaterOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    profile.kind === "ranked"
      ? slater(profile, options, tieBreak)
      : E.left(wrongBallotKind("slater", "ranked", profile.kind)),
};
