/**
 * Stable Voting (Holliday and Pacuit 2023, "Stable Voting", Constitutional Political Economy 34,
 * 421–433).
 *
 * If there is one candidate, it wins. Otherwise list every ordered pair (A, B) of distinct
 * candidates by the margin of A over B, largest first. The winner is A from the first pair such
 * that A is not defeated under Split Cycle and A wins by Stable Voting in the election with B
 * removed. The recursion is what makes the winner *stable*: a candidate who would win without B,
 * and beats B head to head, keeps winning when B joins.
 *
 * Pairs with equal margins are taken together (in the spirit of the "parallel universe"
 * tie-breaking the paper uses): at the first margin where some pair qualifies, every qualifying A
 * is a co-winner, and the tie-break policy picks one (recorded); `none` keeps them all.
 *
 * Cost. Each sub-election is a subset of the candidates, solved once (memoised) with a Split Cycle
 * check in O(k³); in the worst case every subset is visited, O(2ⁿ n³). Above
 * {@link STABLE_VOTING_MAX_CANDIDATES} candidates (its work limit) the function returns `Unsupported` at once. In
 * practice few subsets are visited (the recursion stops at the first qualifying pair).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { RankedProfile } from "../../ballots/profile.js";
import type { PairwiseTally } from "../../ballots/tally/pairwise.js";
import type { DecideError } from "../../core/errors.js";
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
  marginOf,
  pairwiseRecord,
  pairwiseSentence,
  tallyOf,
} from "./shared.js";

/** The most candidates Stable Voting accepts (its worst case visits every subset). @category methods */
export const STABLE_VOTING_MAX_CANDIDATES = 16;

/** @internal */
export const STABLE_VOTING_LIMITS: MethodLimits = /* @__PURE__ */ methodLimits(
  "stable-voting",
  STABLE_VOTING_MAX_CANDIDATES,
  20,
  {
    pairs: true,
  },
);

/** Options of {@link stableVoting}. @category methods */
export type StableVotingOptions = CondorcetOptions;

/** A pair that decided a Stable Voting election. @category outcomes */
export interface StableVotingPair {
  /** The winner A. */
  readonly winner: string;
  /** The rival B: A wins the election without B and is undefeated with B. */
  readonly without: string;
  /** The margin of A over B (exact; may be zero or negative). */
  readonly margin: ExactValue;
}

/** What {@link stableVoting} returns. @category outcomes */
export interface StableVotingOutcome extends CondorcetOutcome {
  /** The first qualifying pairs (several when margins tie). */
  readonly decidingPairs: readonly StableVotingPair[];
  /** How many sub-elections the recursion solved. */
  readonly subElections: number;
}

/**
 * Elects the undefeated candidate who would also win without its strongest-beaten rival, taking
 * head-to-head results from the largest margin down.
 *
 * @remarks
 * Holliday and Pacuit (2023), Constitutional Political Economy 34. Its winners are undefeated
 * under Split Cycle, so it is Condorcet winner and loser consistent and Smith consistent. Exact margins. O(2ⁿ n³) in the worst case; `Unsupported`
 * (`work_limit`) above {@link STABLE_VOTING_MAX_CANDIDATES} candidates (or `limits.candidates`,
 * up to 20).
 * Tie-break `none`: `winners` is every candidate who wins under some resolution of the ties met
 * (the co-winners at the first qualifying margin, each sub-election's co-winners all counted);
 * never an empty list.
 *
 * @param profile - ranked ballots.
 * @param options - `unranked`.
 * @param tieBreak - how to choose among co-winners (default lexicographic; `none` keeps them all).
 * @param limits - `candidates` raises the work limit (default 16) up to its ceiling, 20.
 * @example A majority cycle
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { stableVoting } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["a", "b", "c"], [
 *   { ranking: ["a", "b", "c"], count: 3 },
 *   { ranking: ["b", "c", "a"], count: 2 },
 *   { ranking: ["c", "a", "b"], count: 2 },
 * ]);
 * if (E.isRight(p)) {
 *   const outcome = stableVoting(p.right);
 *   E.isRight(outcome) && outcome.right.winners; // => ["a"]
 * }
 * ```
 *
 * @category methods
 */
export const stableVoting = (
  profile: RankedProfile,
  options: StableVotingOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
  limits: { readonly candidates?: number } = {},
): E.Either<DecideError, StableVotingOutcome> => {
  const n = profile.candidates.length;
  const refused = checkCandidates(STABLE_VOTING_LIMITS.candidates, n, limits.candidates);
  if (E.isLeft(refused)) return refused;
  return stableVotingFromTally(tallyOf(profile, options.unranked), options, tieBreak, limits);
};

/**
 * stableVoting on a pairwise tally already computed (for example one merged from shards: see
 * `decideTally`). The same count as on the profile the tally came from.
 *
 * @internal
 */
export const stableVotingFromTally = (
  tally: PairwiseTally,
  _options: StableVotingOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
  limits: { readonly candidates?: number } = {},
): E.Either<DecideError, StableVotingOutcome> => {
  const n = tally.candidates.length;
  const refused = checkCandidates(STABLE_VOTING_LIMITS.candidates, n, limits.candidates);
  if (E.isLeft(refused)) return refused;
  return E.right(stableFromTally(tally, tieBreak));
};

/** A solved sub-election: its winners and the pairs that decided it. @internal */
export interface Solved {
  readonly winners: readonly number[];
  readonly pairs: readonly (readonly [number, number])[];
}

/**
 * The Stable Voting recursion on every sub-election (memoised by subset): with `undefeatedOnly`,
 * a pair (A, B) counts only when A is undefeated under Split Cycle (Stable Voting); without it,
 * every pair counts (Simple Stable Voting). Returns the full election's winners and deciding
 * pairs, and how many sub-elections were solved.
 *
 * @internal
 */
export const solveStable = (
  tally: PairwiseTally,
  undefeatedOnly: boolean,
): { readonly solved: Solved; readonly subElections: number } => {
  const n = tally.candidates.length;
  const memo = new Map<number, Solved>();
  const solve = (set: number): Solved => {
    const known = memo.get(set);
    if (known !== undefined) return known;
    const members: number[] = [];
    for (let c = 0; c < n; c++) if ((set & (1 << c)) !== 0) members.push(c);
    let result: Solved;
    if (members.length <= 1) {
      result = { winners: members, pairs: [] };
    } else {
      const undefeated = undefeatedOnly ? undefeatedIn(tally, members) : new Set(members);
      const ordered: [number, number, number][] = [];
      for (const a of members)
        for (const b of members) if (a !== b) ordered.push([a, b, marginOf(tally, a, b)]);
      ordered.sort((p, q) => q[2] - p[2] || p[0] - q[0] || p[1] - q[1]);
      result = { winners: [], pairs: [] };
      for (let k = 0; k < ordered.length; ) {
        const level = (ordered[k] as [number, number, number])[2];
        const winners = new Set<number>();
        const pairs: [number, number][] = [];
        for (; k < ordered.length && (ordered[k] as [number, number, number])[2] === level; k++) {
          const [a, b] = ordered[k] as [number, number, number];
          if (!undefeated.has(a)) continue;
          if (solve(set & ~(1 << b)).winners.includes(a)) {
            winners.add(a);
            pairs.push([a, b]);
          }
        }
        if (winners.size > 0) {
          result = { winners: [...winners].sort((x, y) => x - y), pairs };
          break;
        }
      }
      // Holliday and Pacuit prove some pair always qualifies; keep Split Cycle's winners otherwise.
      if (result.winners.length === 0)
        result = { winners: [...undefeated].sort((x, y) => x - y), pairs: [] };
    }
    memo.set(set, result);
    return result;
  };
  const full = (1 << n) - 1;
  return { solved: solve(full), subElections: memo.size };
};

const stableFromTally = (tally: PairwiseTally, tieBreak: TieBreakPolicy): StableVotingOutcome => {
  const { candidates } = tally;
  const { solved, subElections } = solveStable(tally, true);
  const top = [...solved.winners];
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const name = (c: number): string => candidates[c] as string;
  const decidingPairs = solved.pairs.map(([a, b]) => ({
    winner: name(a),
    without: name(b),
    margin: exactVotes(tally, marginOf(tally, a, b)),
  }));
  const base = electFromRanking({
    method: "stable-voting",
    candidates,
    tieBreaker,
    steps: [
      step("pairwise", pairwiseSentence(tally), { pairwise: pairwiseRecord(tally) }),
      step("condorcet", condorcetSentence(tally)),
      step(
        "stable",
        decidingPairs.length === 0
          ? `Stable Voting: ${listNames(top.map(name))} ${top.length === 1 ? "is" : "are"} the only candidate${top.length === 1 ? "" : "s"} left.`
          : `Stable Voting: going through the head-to-head results from the largest margin down, the first that counts is ${decidingPairs
              .map(
                (p) =>
                  `${p.winner} over ${p.without} (margin ${p.margin}): ${p.winner} is not defeated under Split Cycle and wins the election without ${p.without}`,
              )
              .join("; ")}.`,
        { decidingPairs, subElections },
      ),
    ],
    reason: "the first stable head-to-head win",
    top,
  });
  return {
    ...base,
    pairwise: pairwiseRecord(tally),
    decidingPairs,
    subElections,
  };
};

/** The members nobody in `members` defeats under Split Cycle, restricted to `members`. */
const undefeatedIn = (tally: PairwiseTally, members: readonly number[]): Set<number> => {
  const k = members.length;
  // strongest margin paths among members (0 = no path; margins on a path are positive)
  const path = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++)
      if (i !== j)
        path[i * k + j] = Math.max(0, marginOf(tally, members[i] as number, members[j] as number));
  for (let m = 0; m < k; m++)
    for (let i = 0; i < k; i++) {
      const im = path[i * k + m] as number;
      if (i === m || im === 0) continue;
      for (let j = 0; j < k; j++) {
        if (j === i || j === m) continue;
        const via = Math.min(im, path[m * k + j] as number);
        if (via > (path[i * k + j] as number)) path[i * k + j] = via;
      }
    }
  const undefeated = new Set<number>(members);
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      if (i === j) continue;
      const m = marginOf(tally, members[i] as number, members[j] as number);
      if (m > 0 && m > (path[j * k + i] as number)) undefeated.delete(members[j] as number);
    }
  return undefeated;
};

/** The options schema of {@link stableVotingMethod}. @category registry */
export const StableVotingOptionsSchema: z.ZodMiniType<StableVotingOptions> =
  /* @__PURE__ */ z.strictObject({
    unranked: unrankedOption,
  });

/**
 * The registry entry of {@link stableVoting}.
 *
 * @category registry
 */
export const stableVotingMethod: MethodDefinition<StableVotingOptions> = {
  id: "stable-voting",
  name: "Stable Voting",
  ballotKind: "ranked",
  summary:
    "Takes head-to-head wins from the largest margin down and elects the first winner who is undefeated and would still win without the candidate it beat.",
  source: "Holliday and Pacuit (2023), Constitutional Political Economy 34: 421–433.",
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
  complexity: "O(B n² + 2ⁿ n³) in the worst case; Unsupported above 16 candidates",
  limits: STABLE_VOTING_LIMITS,
  options: StableVotingOptionsSchema,
  // decide has checked the caller's limits; run refuses only what passes the ceiling.
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    profile.kind === "ranked"
      ? stableVoting(profile, options, tieBreak, {
          candidates: STABLE_VOTING_LIMITS.candidates.ceiling,
        })
      : E.left(wrongBallotKind("stable-voting", "ranked", profile.kind)),
};
