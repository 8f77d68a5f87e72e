/**
 * The Schulze method (beatpath), as defined by Schulze (2011), "A new monotonic, clone-independent,
 * reversal symmetric, and Condorcet-consistent single-winner election method", Social Choice and
 * Welfare 36, 267–303.
 *
 * A path from a to b is a chain of pairwise defeats a → x → … → b; its strength is that of its
 * weakest defeat. Candidate a ranks above b when the strongest path from a to b is stronger than
 * the strongest path from b to a (Schulze proves this relation is transitive). The winners are the
 * candidates nobody ranks above.
 *
 * Variant (`options.strength`, Schulze 2011 section 2.1): `winning` (default; winning votes, with
 * fewer opposing votes the stronger on equal winning votes), `margin`, or `ratio` (compared
 * exactly by cross-multiplication). The ranking's tiers are the successive sets of candidates not
 * ranked below any remaining candidate. Ties for first go to the tie-break policy (recorded);
 * with `none` every co-winner is returned. Strongest paths by Floyd–Warshall, O(n³) after the
 * O(B n²) tally.
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
import { recordOf } from "../../core/internal/record.js";
import type { ExactValue, Outcome } from "../../core/outcome.js";
import { rational } from "../../core/rational.js";
import { createTieBreaker, type TieBreakPolicy } from "../../core/tie-break.js";
import { electFromRanking } from "../../counting/elect.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { exactOf, listNames, unrankedOption } from "../../counting/outcome.js";
import { LEXICOGRAPHIC, withKind } from "../../counting/ranked.js";
import {
  type CondorcetOptions,
  type CondorcetOutcome,
  comparePaths,
  condorcetSentence,
  type DefeatStrength,
  exactVotes,
  layers,
  pairwiseRecord,
  pairwiseSentence,
  type StrongestPaths,
  strongestPaths,
  tallyOf,
} from "./shared.js";

/** Options of {@link schulze}. @category methods */
export interface SchulzeOptions extends CondorcetOptions {
  /** How the strength of a defeat is measured (default `winning`). */
  readonly strength?: DefeatStrength | undefined;
}

/** What {@link schulze} returns. @category outcomes */
export interface SchulzeOutcome extends CondorcetOutcome {
  /**
   * `paths[a][b]`: the strength of the strongest path from a to b, exact (winning votes, a margin,
   * or a ratio `"p/q"`; `"infinity"` for a ratio with no opposing votes), or `null` when there is
   * no path.
   */
  readonly paths: Readonly<Record<string, Readonly<Record<string, ExactValue | null>>>>;
}

/**
 * Elects the candidate who beats every other along the strongest chain of pairwise wins.
 *
 * @remarks
 * Schulze (2011), section 2 (strongest paths by Floyd–Warshall) and section 4 (the ranking).
 * Condorcet winner and loser, Smith and Schwartz consistent, monotonic, clone-independent and
 * reversal symmetric. Every comparison is exact. O(B n² + n³).
 * Tie-break `none`: `winners` is every candidate who wins under some resolution of the ties met
 * (here the only tie left to the policy is for first place, so: every candidate tied for first);
 * never an empty list.
 *
 * @param profile - ranked ballots.
 * @param options - `strength` (`winning`, `margin`, `ratio`) and `unranked`.
 * @param tieBreak - how to choose among co-winners (default lexicographic; `none` keeps them all).
 * @returns the winners, the ranking in tiers, the pairwise matrix and the strongest paths.
 * @example Schulze's 45-voter example (Wikipedia, "Schulze method")
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { schulze } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["A", "B", "C", "D", "E"], [
 *   { ranking: ["A", "C", "B", "E", "D"], count: 5 }, { ranking: ["A", "D", "E", "C", "B"], count: 5 },
 *   { ranking: ["B", "E", "D", "A", "C"], count: 8 }, { ranking: ["C", "A", "B", "E", "D"], count: 3 },
 *   { ranking: ["C", "A", "E", "B", "D"], count: 7 }, { ranking: ["C", "B", "A", "D", "E"], count: 2 },
 *   { ranking: ["D", "C", "E", "B", "A"], count: 7 }, { ranking: ["E", "B", "A", "D", "C"], count: 8 },
 * ]);
 * E.isRight(p) && schulze(p.right).ranking; // => [["E"], ["A"], ["C"], ["B"], ["D"]]
 * ```
 *
 * @category methods
 */
export const schulze = (
  profile: RankedProfile,
  options: SchulzeOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): SchulzeOutcome => {
  const strength = options.strength ?? "winning";
  const tally = tallyOf(profile, options.unranked);
  return schulzeFromTally(tally, strength, tieBreak);
};

/**
 * Schulze on a tally already computed (the benchmark and Black's method reuse one tally).
 *
 * @internal
 */
export const schulzeFromTally = (
  tally: PairwiseTally,
  strength: DefeatStrength,
  tieBreak: TieBreakPolicy,
): SchulzeOutcome => {
  const { candidates } = tally;
  const n = candidates.length;
  const paths = strongestPaths(tally, strength);
  const above = (i: number, j: number): boolean => comparePaths(paths, strength, n, i, j) > 0;
  const ranking = layers(n, above);
  const top = ranking[0] ?? [];
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const name = (c: number): string => candidates[c] as string;
  const pathSteps = top.flatMap((w) =>
    candidates.flatMap((_, c) =>
      top.includes(c)
        ? []
        : [
            step("path", pathSentence(tally, paths, strength, w, c), {
              from: name(w),
              to: name(c),
              forward: pathValue(tally, paths, strength, w * n + c),
              backward: pathValue(tally, paths, strength, c * n + w),
            }),
          ],
    ),
  );
  const base = electFromRanking({
    method: "schulze",
    variant: strength,
    candidates,
    ranking,
    tieBreaker,
    steps: [
      step("pairwise", pairwiseSentence(tally), { pairwise: pairwiseRecord(tally) }),
      step("condorcet", condorcetSentence(tally)),
      step(
        "paths",
        `Schulze (${STRENGTH_WORDS[strength]}): a path is a chain of head-to-head wins, as strong as its weakest link; a candidate ranks above another when its strongest path to the other is stronger than the other's strongest path back.`,
      ),
      ...pathSteps,
      step(
        "ranking",
        `The ranking by strongest paths: ${ranking.map((t) => listNames(t.map(name))).join(" > ")}.`,
        { ranking: ranking.map((t) => t.map(name)) },
      ),
    ],
    reason: "no one has a stronger path to them than theirs back",
  });
  return {
    ...base,
    pairwise: pairwiseRecord(tally),
    paths: recordOf(
      candidates,
      candidates.map((_, i) =>
        recordOf(
          candidates,
          candidates.map((__, j) =>
            i === j ? null : pathValue(tally, paths, strength, i * n + j),
          ),
        ),
      ),
    ),
  };
};

const STRENGTH_WORDS: Readonly<Record<DefeatStrength, string>> = {
  winning: "strength = winning votes",
  margin: "strength = margin",
  ratio: "strength = ratio of votes",
};

/** A path's strength as an exact value, or null when there is no path. */
const pathValue = (
  tally: PairwiseTally,
  paths: StrongestPaths,
  strength: DefeatStrength,
  cell: number,
): ExactValue | null => {
  if (paths.exists[cell] === 0) return null;
  const f = paths.forVotes[cell] as number;
  const a = paths.againstVotes[cell] as number;
  switch (strength) {
    case "winning":
      return exactVotes(tally, f);
    case "margin":
      return exactVotes(tally, f - a);
    case "ratio":
      return a === 0 ? "infinity" : exactOf(rational(BigInt(f), BigInt(a)));
  }
};

const pathSentence = (
  tally: PairwiseTally,
  paths: StrongestPaths,
  strength: DefeatStrength,
  i: number,
  j: number,
): string => {
  const n = tally.candidates.length;
  const a = tally.candidates[i] as string;
  const b = tally.candidates[j] as string;
  const forward = pathValue(tally, paths, strength, i * n + j);
  const backward = pathValue(tally, paths, strength, j * n + i);
  const cmp = comparePaths(paths, strength, n, i, j);
  const verdict = cmp > 0 ? `so ${a} ranks above ${b}` : `so ${a} and ${b} are tied`;
  if (forward === null && backward === null) {
    return `There is no path between ${a} and ${b} in either direction, ${verdict}.`;
  }
  const there =
    forward === null
      ? `There is no path from ${a} to ${b}`
      : `The strongest path from ${a} to ${b} has strength ${String(forward)}`;
  const back =
    backward === null
      ? `there is no path from ${b} back to ${a}`
      : `from ${b} to ${a} ${String(backward)}`;
  return `${there}, ${back}, ${verdict}.`;
};

/** The options schema of {@link schulzeMethod}. @category registry */
export const SchulzeOptionsSchema: z.ZodMiniType<SchulzeOptions> = /* @__PURE__ */ pure(() =>
  z.strictObject({
    unranked: unrankedOption,
    strength: z.optional(z.enum(["winning", "margin", "ratio"])),
  }),
);

/**
 * The registry entry of {@link schulze}.
 *
 * @category registry
 */
export const schulzeMethod: MethodDefinition<SchulzeOptions> = {
  id: "schulze",
  name: "Schulze (beatpath)",
  ballotKind: "ranked",
  summary:
    "Compares every pair of candidates; a candidate wins when its strongest chain of head-to-head wins over each rival is stronger than the rival's chain back.",
  source:
    "Schulze (2011), Social Choice and Welfare 36: 267–303; strength by winning votes, margin or ratio.",
  satisfies: [
    "anonymity",
    "neutrality",
    "pareto",
    "majority",
    "condorcet-winner",
    "condorcet-loser",
    "smith",
    "schwartz",
    "monotonicity",
    "clone-independence",
    "reversal-symmetry",
    "independence-of-smith-dominated",
  ],
  fails: ["later-no-harm", "participation"],
  complexity: "O(B n² + n³) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("schulze", 200, 1_000, { pairs: true }),
  options: SchulzeOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("schulze", "ranked", profile, (p) => schulze(p, options, tieBreak)),
};
