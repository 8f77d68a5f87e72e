/**
 * Simple Stable Voting (Holliday and Pacuit 2023, "Stable Voting", Constitutional Political
 * Economy 34, 421–433, section 3): Stable Voting without its Split Cycle condition.
 *
 * If there is one candidate, it wins. Otherwise list every ordered pair (A, B) of distinct
 * candidates by the margin of A over B, largest first; the winner is A from the first pair such
 * that A wins by Simple Stable Voting in the election with B removed.
 *
 * Pairs with equal margins are taken together, as {@link stableVoting} does (the paper's
 * "parallel universe" reading of ties): at the first margin where some pair qualifies, every
 * qualifying A is a co-winner; the tie-break policy picks one (recorded), `none` keeps them all.
 *
 * Cost. Each sub-election is a subset of the candidates, solved once (memoised), O(k² log k) each;
 * in the worst case every subset is visited, O(2ⁿ n² log n). The function refuses, before any
 * work, more candidates than the work limit `simple-stable-voting.candidates` (default 16,
 * `options.maxCandidates` up to 20) with `Unsupported` "work_limit".
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
import {
  type CondorcetOptions,
  condorcetSentence,
  exactVotes,
  marginOf,
  pairwiseRecord,
  pairwiseSentence,
  tallyOf,
} from "./shared.js";
import { type StableVotingOutcome, solveStable } from "./stable-voting.js";

/** The work limit of {@link simpleStableVoting}: candidates (its recursion may visit 2^n subsets). @category methods */
export const SIMPLE_STABLE_VOTING_CANDIDATES: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "simple-stable-voting.candidates",
  unit: "candidates",
  default: 16,
  ceiling: 20,
  option: "options.maxCandidates",
});

/** Options of {@link simpleStableVoting}. @category methods */
export interface SimpleStableVotingOptions extends CondorcetOptions {
  /** The most candidates to accept (default 16, at most 20; the work grows as 2^n). */
  readonly maxCandidates?: number | undefined;
}

/**
 * Elects by Simple Stable Voting: the first head-to-head result, from the largest margin down,
 * whose winner would still win without the candidate it beat.
 *
 * @remarks
 * Holliday and Pacuit (2023), section 3. Condorcet winner and loser consistent and Smith
 * consistent (Holliday and Pacuit); unlike Stable Voting it may elect a candidate defeated under
 * Split Cycle. Exact margins. O(B n² + 2ⁿ n² log n) in the worst case.
 *
 * @param profile - ranked ballots.
 * @param options - `unranked`; `maxCandidates` raises the work limit.
 * @param tieBreak - how to choose among tied winners (default lexicographic; `none` keeps them all).
 * @returns the outcome, or `Unsupported` past the work limit (`InvalidInput` for a bad limit).
 * @example A majority cycle a > b > c > a with margins 3, 1 and 5: c wins
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { simpleStableVoting } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["a", "b", "c"], [
 *   { ranking: ["a", "b", "c"], count: 3 }, { ranking: ["b", "c", "a"], count: 2 },
 *   { ranking: ["c", "a", "b"], count: 4 },
 * ]);
 * if (E.isRight(p)) {
 *   const outcome = simpleStableVoting(p.right);
 *   E.isRight(outcome) && outcome.right.winners; // => ["c"]
 * }
 * ```
 *
 * @category methods
 */
export const simpleStableVoting = (
  profile: RankedProfile,
  options: SimpleStableVotingOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<Unsupported | InvalidInput, StableVotingOutcome> => {
  const allowed = resolveLimit(SIMPLE_STABLE_VOTING_CANDIDATES, options.maxCandidates);
  if (E.isLeft(allowed)) return allowed;
  const checked = checkWork(
    SIMPLE_STABLE_VOTING_CANDIDATES,
    profile.candidates.length,
    allowed.right,
  );
  if (E.isLeft(checked)) return checked;
  return simpleStableVotingFromTally(tallyOf(profile, options.unranked), options, tieBreak);
};

/**
 * simpleStableVoting on a pairwise tally already computed (for example one merged from shards: see
 * `decideTally`). The same count as on the profile the tally came from.
 *
 * @internal
 */
export const simpleStableVotingFromTally = (
  tally: PairwiseTally,
  options: SimpleStableVotingOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<Unsupported | InvalidInput, StableVotingOutcome> => {
  const allowed = resolveLimit(SIMPLE_STABLE_VOTING_CANDIDATES, options.maxCandidates);
  if (E.isLeft(allowed)) return allowed;
  const checked = checkWork(
    SIMPLE_STABLE_VOTING_CANDIDATES,
    tally.candidates.length,
    allowed.right,
  );
  if (E.isLeft(checked)) return checked;
  const { candidates } = tally;
  const { solved, subElections } = solveStable(tally, false);
  const top = [...solved.winners];
  const name = (c: number): string => candidates[c] as string;
  const decidingPairs = solved.pairs.map(([a, b]) => ({
    winner: name(a),
    without: name(b),
    margin: exactVotes(tally, marginOf(tally, a, b)),
  }));
  const base = electFromRanking({
    method: "simple-stable-voting",
    candidates,
    tieBreaker: createTieBreaker(tieBreak, candidates),
    steps: [
      step("pairwise", pairwiseSentence(tally), { pairwise: pairwiseRecord(tally) }),
      step("condorcet", condorcetSentence(tally)),
      step(
        "stable",
        decidingPairs.length === 0
          ? `Simple Stable Voting: ${listNames(top.map(name))} ${top.length === 1 ? "is" : "are"} the only candidate${top.length === 1 ? "" : "s"} left.`
          : `Simple Stable Voting: going through the head-to-head results from the largest margin down, the first that counts is ${decidingPairs
              .map(
                (p) =>
                  `${p.winner} over ${p.without} (margin ${p.margin}): ${p.winner} wins the election without ${p.without}`,
              )
              .join("; ")}.`,
        { decidingPairs, subElections },
      ),
    ],
    reason: "the first stable head-to-head result",
    top,
  });
  return E.right({ ...base, pairwise: pairwiseRecord(tally), decidingPairs, subElections });
};

/** The options schema of {@link simpleStableVotingMethod}. @category registry */
export const SimpleStableVotingOptionsSchema: z.ZodMiniType<SimpleStableVotingOptions> =
  /* @__PURE__ */ pure(() =>
    z.strictObject({
      unranked: unrankedOption,
      maxCandidates: z.optional(z.number()),
    }),
  );

/**
 * The registry entry of {@link simpleStableVoting}.
 *
 * @category registry
 */
export const simpleStableVotingMethod: MethodDefinition<SimpleStableVotingOptions> = {
  id: "simple-stable-voting",
  name: "Simple Stable Voting",
  ballotKind: "ranked",
  summary:
    "Takes head-to-head results from the largest margin down and elects the first winner who would still win without the candidate it beat.",
  source: "Holliday and Pacuit (2023), Constitutional Political Economy 34: 421–433, section 3.",
  satisfies: [
    "anonymity",
    "neutrality",
    "pareto",
    "majority",
    "condorcet-winner",
    "condorcet-loser",
    "smith",
  ],
  fails: ["later-no-harm"],
  complexity: "O(B n² + 2ⁿ n² log n) in the worst case; Unsupported above 16 candidates by default",
  limits: /* @__PURE__ */ methodLimits("simple-stable-voting", 16, 20, { pairs: true }),
  options: SimpleStableVotingOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    profile.kind === "ranked"
      ? simpleStableVoting(profile, options, tieBreak)
      : E.left(wrongBallotKind("simple-stable-voting", "ranked", profile.kind)),
};
