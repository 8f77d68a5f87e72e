/**
 * Split Cycle (Holliday and Pacuit 2023, "Split Cycle: a new Condorcet-consistent voting method
 * independent of clones and immune to spoilers", Public Choice 197, 1–62).
 *
 * In every majority cycle, the head-to-head wins with the smallest margin in the cycle are
 * discarded ("the cycle is split at its weakest links"); a win that survives is a **defeat**. The
 * winners are the candidates nobody defeats.
 *
 * Equivalently (Holliday and Pacuit 2023, Lemma 3.12): a defeats b when the margin of a over b is
 * positive and larger than the strength of the strongest path from b back to a, where a path's
 * strength is its smallest margin (0 when there is no path). That strongest path is computed for
 * every pair by Floyd–Warshall, so the method runs in O(B n² + n³).
 *
 * The defeat relation is acyclic; the ranking lists, tier by tier, the candidates defeated only by
 * candidates in earlier tiers. Split Cycle often has several winners; the tie-break policy picks
 * one (recorded), and `none` keeps them all. Margins are exact.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { RankedProfile } from "../../ballots/profile.js";
import type { PairwiseTally } from "../../ballots/tally/pairwise.js";
import type { DecideError } from "../../core/errors.js";
import { step } from "../../core/explanation.js";
import type { ExactValue, Outcome } from "../../core/outcome.js";
import { createTieBreaker, type TieBreakPolicy } from "../../core/tie-break.js";
import { electFromRanking } from "../../counting/elect.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { listNames, unrankedOption } from "../../counting/outcome.js";
import { LEXICOGRAPHIC, withKind } from "../../counting/ranked.js";
import {
  type CondorcetOptions,
  type CondorcetOutcome,
  condorcetSentence,
  exactVotes,
  layers,
  marginOf,
  pairwiseRecord,
  pairwiseSentence,
  strongestPaths,
  tallyOf,
} from "./shared.js";

/** Options of {@link splitCycle}. @category methods */
export type SplitCycleOptions = CondorcetOptions;

/** A defeat under Split Cycle. @category outcomes */
export interface SplitCycleDefeat {
  readonly winner: string;
  readonly loser: string;
  /** The margin of the winner over the loser (exact). */
  readonly margin: ExactValue;
}

/** What {@link splitCycle} returns. @category outcomes */
export interface SplitCycleOutcome extends CondorcetOutcome {
  /** Every defeat that survives the splitting of cycles. */
  readonly defeats: readonly SplitCycleDefeat[];
}

/**
 * The Split Cycle defeat relation as a flat n × n matrix of 0/1 (`defeat[a * n + b]`).
 *
 * @internal
 */
export const splitCycleDefeats = (tally: PairwiseTally): Uint8Array => {
  const n = tally.candidates.length;
  const paths = strongestPaths(tally, "margin");
  const defeat = new Uint8Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      const m = a === b ? 0 : marginOf(tally, a, b);
      if (m <= 0) continue;
      const back = b * n + a;
      const weakestBack =
        paths.exists[back] === 1
          ? (paths.forVotes[back] as number) - (paths.againstVotes[back] as number)
          : 0;
      if (m > weakestBack) defeat[a * n + b] = 1;
    }
  }
  return defeat;
};

/**
 * Elects every candidate who is not defeated once each majority cycle is split at its weakest
 * margin.
 *
 * @remarks
 * Holliday and Pacuit (2023), Public Choice 197. Condorcet winner and loser consistent, Smith
 * consistent, monotonic, independent of clones, immune to spoilers, and satisfies positive and
 * negative involvement. With pairwise ties it can elect outside the Schwartz set (see the tests). Margins are exact. O(B n² + n³).
 * Tie-break `none`: `winners` is every candidate who wins under some resolution of the ties met
 * (here the only tie left to the policy is for first place, so: every candidate tied for first);
 * never an empty list.
 *
 * @param profile - ranked ballots.
 * @param options - `unranked`.
 * @param tieBreak - how to choose among the undefeated (default lexicographic; `none` keeps them all).
 * @example A majority cycle split at its weakest link (c over a, margin 1)
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { splitCycle } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["a", "b", "c"], [
 *   { ranking: ["a", "b", "c"], count: 3 },
 *   { ranking: ["b", "c", "a"], count: 2 },
 *   { ranking: ["c", "a", "b"], count: 2 },
 * ]);
 * E.isRight(p) && splitCycle(p.right).ranking; // => [["a"], ["b"], ["c"]]
 * ```
 *
 * @category methods
 */
export const splitCycle = (
  profile: RankedProfile,
  options: SplitCycleOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): SplitCycleOutcome => splitCycleFromTally(tallyOf(profile, options.unranked), options, tieBreak);

/**
 * splitCycle on a pairwise tally already computed (for example one merged from shards: see
 * `decideTally`). The same count as on the profile the tally came from.
 *
 * @internal
 */
export const splitCycleFromTally = (
  tally: PairwiseTally,
  _options: SplitCycleOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): SplitCycleOutcome => {
  const { candidates } = tally;
  const n = candidates.length;
  const defeat = splitCycleDefeats(tally);
  const ranking = layers(n, (a, b) => defeat[a * n + b] === 1);
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const name = (c: number): string => candidates[c] as string;
  const defeats: SplitCycleDefeat[] = [];
  const discarded: string[] = [];
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      const m = a === b ? 0 : marginOf(tally, a, b);
      if (m <= 0) continue;
      if (defeat[a * n + b] === 1)
        defeats.push({ winner: name(a), loser: name(b), margin: exactVotes(tally, m) });
      else discarded.push(`${name(a)} over ${name(b)} (margin ${exactVotes(tally, m)})`);
    }
  }
  const base = electFromRanking({
    method: "split-cycle",
    candidates,
    ranking,
    tieBreaker,
    steps: [
      step("pairwise", pairwiseSentence(tally), { pairwise: pairwiseRecord(tally) }),
      step("condorcet", condorcetSentence(tally)),
      step(
        "split",
        discarded.length === 0
          ? "Split Cycle: there is no majority cycle, so every head-to-head win is a defeat."
          : `Split Cycle: in each majority cycle the wins with the smallest margin are discarded. Discarded: ${discarded.join("; ")}.`,
        { defeats, discarded },
      ),
      step(
        "ranking",
        `Tiers by defeats: ${ranking.map((t) => listNames(t.map(name))).join(" > ")}.`,
        { ranking: ranking.map((t) => t.map(name)) },
      ),
    ],
    reason: "nobody defeats them",
    where: "undefeated candidates",
  });
  return { ...base, pairwise: pairwiseRecord(tally), defeats };
};

/** The options schema of {@link splitCycleMethod}. @category registry */
export const SplitCycleOptionsSchema: z.ZodMiniType<SplitCycleOptions> =
  /* @__PURE__ */ z.strictObject({
    unranked: unrankedOption,
  });

/**
 * The registry entry of {@link splitCycle}.
 *
 * @category registry
 */
export const splitCycleMethod: MethodDefinition<SplitCycleOptions> = {
  id: "split-cycle",
  name: "Split Cycle",
  ballotKind: "ranked",
  summary:
    "Discards the narrowest win in every majority cycle; every candidate left undefeated wins (often several).",
  source: "Holliday and Pacuit (2023), Public Choice 197: 1–62.",
  satisfies: [
    "anonymity",
    "neutrality",
    "pareto",
    "majority",
    "condorcet-winner",
    "condorcet-loser",
    "smith",
    "monotonicity",
    "clone-independence",
    "reversal-symmetry",
    "independence-of-smith-dominated",
  ],
  fails: ["schwartz", "later-no-harm"],
  complexity: "O(B n² + n³) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("split-cycle", 250, 1_000, { pairs: true }),
  options: SplitCycleOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("split-cycle", "ranked", profile, (p) => splitCycle(p, options, tieBreak)),
};
