/**
 * Smith//Minimax: keep only the Smith set, then elect the member whose worst head-to-head defeat
 * by another member is the smallest (Simpson–Kramer minimax among the Smith set).
 *
 * Documented rules:
 * - The Smith set is computed once, on the whole profile; only contests between its members
 *   count for the minimax scores.
 * - `variant` as in {@link minimax}: `winning` (default; a defeat scores the rival's votes, a win
 *   or tie scores 0), `margin` (the rival's margin, negative when the candidate wins) or
 *   `pairwise-opposition` (the rival's votes, win or lose). The lowest score wins.
 * - The ranking: the Smith set's members by their score, then every other candidate by their
 *   minimax score against all candidates. Ties for the win go to the tie-break policy; with
 *   policy `none` they all win.
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
import {
  allCandidates,
  describeScores,
  listNames,
  namesOf,
  tiersBy,
  unrankedOption,
} from "../../counting/outcome.js";
import { LEXICOGRAPHIC, withKind } from "../../counting/ranked.js";
import type { MinimaxVariant } from "../condorcet/minimax.js";
import {
  type CondorcetOptions,
  type CondorcetOutcome,
  condorcetSentence,
  exactVotes,
  pairwiseRecord,
  pairwiseSentence,
  smithIndices,
  tallyOf,
  votesFor,
} from "../condorcet/shared.js";

/** Options of {@link smithMinimax}. @category methods */
export interface SmithMinimaxOptions extends CondorcetOptions {
  /** How a result against a rival is scored (default `winning`), as in minimax. */
  readonly variant?: MinimaxVariant | undefined;
}

/**
 * Elects the Smith set member whose worst defeat by another member is the smallest.
 *
 * @remarks
 * Smith//Minimax as electowiki ("Smith//Minimax") defines it: the Smith set (Smith 1973), then
 * minimax (Simpson 1969; Kramer 1977) restricted to it. Smith efficient, so Condorcet winner and
 * loser consistent. O(B n² + n²).
 *
 * @param profile - ranked ballots.
 * @param options - `variant` and `unranked`.
 * @param tieBreak - how to choose among tied leaders (default lexicographic; `none` keeps them all).
 * @example Electowiki's Tideman's Alternative example: the Smith set is A, B, C; A's worst defeat is the smallest
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { smithMinimax } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["A", "B", "C", "D"], [
 *   { ranking: ["D", "A", "B", "C"], count: 6 },
 *   { ranking: ["B", "C", "A", "D"], count: 5 },
 *   { ranking: ["C", "A", "B", "D"], count: 4 },
 * ]);
 * E.isRight(p) && smithMinimax(p.right).scores; // => { A: 9, B: 10, C: 11, D: 9 }
 * ```
 *
 * @category methods
 */
export const smithMinimax = (
  profile: RankedProfile,
  options: SmithMinimaxOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): CondorcetOutcome => smithMinimaxFromTally(tallyOf(profile, options.unranked), options, tieBreak);

/**
 * smithMinimax on a pairwise tally already computed (for example one merged from shards: see
 * `decideTally`). The same count as on the profile the tally came from.
 *
 * @internal
 */
export const smithMinimaxFromTally = (
  tally: PairwiseTally,
  options: SmithMinimaxOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): CondorcetOutcome => {
  const variant = options.variant ?? "winning";
  const { candidates } = tally;
  const n = candidates.length;
  const smith = smithIndices(tally);
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
  const scoreAmong = (x: number, rivals: readonly number[]): number => {
    let value: number | undefined;
    for (const y of rivals)
      if (y !== x && (value === undefined || against(x, y) > value)) value = against(x, y);
    return value ?? 0;
  };
  const all = allCandidates(n);
  const scores = all.map((c) => scoreAmong(c, smith.includes(c) ? smith : all));
  const lowerFirst = (a: number, b: number): number =>
    (scores[b] as number) - (scores[a] as number);
  const others = all.filter((c) => !smith.includes(c));
  const ranking = [...tiersBy(smith, lowerFirst), ...tiersBy(others, lowerFirst)];
  const exact = scores.map((s) => exactVotes(tally, s));
  const base = electFromRanking({
    method: "smith-minimax",
    variant,
    candidates,
    ranking,
    scores: exact,
    tieBreaker: createTieBreaker(tieBreak, candidates),
    steps: [
      step("pairwise", pairwiseSentence(tally), { pairwise: pairwiseRecord(tally) }),
      step("condorcet", condorcetSentence(tally)),
      step(
        "score",
        `Minimax among the Smith set (${listNames(namesOf(candidates, smith))}): each member's score is its worst result against another member, lower is better: ${describeScores(candidates, ranking[0] === undefined ? [] : smith, exact)}.`,
        { smith: namesOf(candidates, smith) },
      ),
    ],
    reason: "the smallest worst defeat within the Smith set",
  });
  return { ...base, pairwise: pairwiseRecord(tally) };
};

/** The options schema of {@link smithMinimaxMethod}. @category registry */
export const SmithMinimaxOptionsSchema: z.ZodMiniType<SmithMinimaxOptions> = /* @__PURE__ */ pure(
  () =>
    z.strictObject({
      unranked: unrankedOption,
      variant: z.optional(z.enum(["winning", "margin", "pairwise-opposition"])),
    }),
);

/**
 * The registry entry of {@link smithMinimax}.
 *
 * @category registry
 */
export const smithMinimaxMethod: MethodDefinition<SmithMinimaxOptions> = {
  id: "smith-minimax",
  name: "Smith//Minimax",
  ballotKind: "ranked",
  summary:
    "Keep only the Smith set, then elect the member whose worst head-to-head defeat by another member is smallest.",
  source:
    "Smith (1973); Simpson (1969), QJE 83; Kramer (1977), JET 16; electowiki, Smith//Minimax.",
  satisfies: [
    "anonymity",
    "neutrality",
    "majority",
    "condorcet-winner",
    "condorcet-loser",
    "smith",
  ],
  fails: ["later-no-harm", "participation", "clone-independence"],
  complexity: "O(B n² + n²) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("smith-minimax", 400, 2_000, { pairs: true }),
  options: SmithMinimaxOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("smith-minimax", "ranked", profile, (p) => smithMinimax(p, options, tieBreak)),
};
