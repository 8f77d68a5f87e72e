/**
 * The Dowdall system (Nauru's harmonic Borda): a ballot gives 1 point to its first choice, 1/2 to
 * its second, 1/3 to its third, and so on; the most points win.
 *
 * Ties and truncation: candidates tied on a ballot share the positions they occupy and each get
 * the average of those points (a tie for second and third gives each (1/2 + 1/3)/2 = 5/12).
 * Unranked candidates: under `unranked: "tied-last"` they share the bottom positions' average;
 * under `"not-compared"` they get 0. Every sum is an exact rational.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import type { RankedProfile, UnrankedRule } from "../ballots/profile.js";
import type { DecideError } from "../core/errors.js";
import { step } from "../core/explanation.js";
import type { Outcome } from "../core/outcome.js";
import { type Rational, rational } from "../core/rational.js";
import type { TieBreakPolicy } from "../core/tie-break.js";
import { electByScore } from "../counting/elect.js";
import { methodLimits } from "../counting/limits.js";
import type { MethodDefinition } from "../counting/method.js";
import { rankedOptionsSchema } from "../counting/outcome.js";
import { LEXICOGRAPHIC, withKind } from "../counting/ranked.js";
import { positionalScores } from "./positional.js";

/** Options of {@link dowdall}. @category methods */
export interface DowdallOptions {
  /** What a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: UnrankedRule | undefined;
}

/**
 * Elects the candidate with the most Dowdall points: 1 for each first place, 1/2 for each second,
 * 1/3 for each third, and so on.
 *
 * @remarks
 * The harmonic positional rule Nauru uses for its parliament (Fraenkel and Grofman, 2014, "The
 * Borda Count and its real-world alternatives", Australian Journal of Political Science 49(2)).
 * Scores are exact rationals. O(B n) plus one rational sum per candidate and tier shape.
 * Tie-break `none`: `winners` is every candidate who wins under some resolution of the ties met
 * (here the only tie left to the policy is for first place, so: every candidate tied for first);
 * never an empty list.
 *
 * @param profile - ranked ballots.
 * @param options - `unranked` (see the module comment).
 * @param tieBreak - how to choose among tied leaders (default lexicographic).
 * @example
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { dowdall } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["a", "b", "c"], ["a>b>c", "b>c>a", "b>a>c"]);
 * E.isRight(p) && dowdall(p.right).scores; // => { a: "11/6", b: "5/2", c: "7/6" }
 * ```
 *
 * @category methods
 */
export const dowdall = (
  profile: RankedProfile,
  options: DowdallOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): Outcome =>
  dowdallWith(
    profile.candidates,
    (unranked) => dowdallScores(profile, unranked),
    options,
    tieBreak,
  );

/**
 * Dowdall's outcome from a way to compute its scores (from a profile, or from a positional
 * tally: see `decideTally`).
 *
 * @internal
 */
export const dowdallWith = (
  candidates: readonly string[],
  scoresOf: (unranked: "tied-last" | "not-compared") => Rational[],
  options: DowdallOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): Outcome => {
  const unranked = options.unranked ?? "tied-last";
  return electByScore({
    method: "dowdall",
    candidates,
    scores: scoresOf(unranked),
    tieBreak,
    rule: step(
      "rule",
      "Dowdall count: each ballot gives 1 point to its first choice, 1/2 to its second, 1/3 to its third, and so on; tied candidates share the average.",
      { unranked },
    ),
    tally: { label: "Dowdall scores", key: "scores" },
    reason: "the most Dowdall points",
  });
};

/**
 * The registry entry of {@link dowdall}.
 *
 * @category registry
 */
export const dowdallMethod: MethodDefinition<DowdallOptions> = {
  id: "dowdall",
  name: "Dowdall (Nauru)",
  ballotKind: "ranked",
  summary: "Points 1, 1/2, 1/3, ... by position; favours candidates many voters put near the top.",
  source:
    "Nauru's Electoral Act 2016; Fraenkel and Grofman (2014), Australian Journal of Political Science 49(2).",
  satisfies: ["anonymity", "neutrality", "pareto", "monotonicity"],
  fails: ["majority", "condorcet-winner", "condorcet-loser", "clone-independence", "later-no-harm"],
  complexity: "O(B n) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("dowdall", 500, 5_000),
  options: rankedOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("dowdall", "ranked", profile, (p) => dowdall(p, options, tieBreak)),
};

/** Dowdall's points are the positional rule's with the vector 1, 1/2, ..., 1/n. */
const dowdallScores = (
  profile: RankedProfile,
  unranked: "tied-last" | "not-compared",
): Rational[] =>
  positionalScores(
    profile,
    unranked,
    Array.from({ length: profile.candidates.length }, (_, i) => rational(1n, BigInt(i + 1))),
  );
