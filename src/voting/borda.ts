/**
 * The Borda count: each ballot gives a candidate points by its position; the most points win.
 *
 * Point schemes (`options.points`), for n candidates:
 * - `standard` (default): n-1 points for first place, n-2 for second, ..., 0 for last. Candidates
 *   tied on a ballot share the positions they occupy and each get the average of those points
 *   (a tie for first and second among 4 gives each (3+2)/2 = 5/2). Unranked candidates: under
 *   `unranked: "tied-last"` they occupy the bottom positions together and share their average;
 *   under `"not-compared"` they get 0 and ranked candidates keep their positions' points.
 * - `tournament`: a candidate gets one point for each candidate the ballot ranks below it and half
 *   a point for each it ties with (Borda as a sum of pairwise contests, Zwicker 2016). Under
 *   `tied-last` this equals `standard`; under `not-compared` only ranked candidates are compared,
 *   so a ballot that ranks m candidates gives m-1, m-2, ..., 0.
 * - `modified`: Emerson's modified Borda count (2013): a ballot that ranks m candidates gives m
 *   points to its first, m-1 to its second, ..., 1 to its last ranked candidate and 0 to the
 *   unranked ones, whatever the `unranked` rule (the scheme itself says how truncation counts);
 *   ties share averaged points.
 *
 * Exactness: points are whole or half numbers, so sums are kept doubled as whole numbers (bigint
 * when they could pass 2^53) and reported exactly.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { RankedProfile } from "../ballots/profile.js";
import type { DecideError } from "../core/errors.js";
import { step } from "../core/explanation.js";
import { pure } from "../core/internal/pure.js";
import type { Outcome } from "../core/outcome.js";
import type { Rational } from "../core/rational.js";
import type { TieBreakPolicy } from "../core/tie-break.js";
import { bordaScores } from "../counting/borda.js";
import { electByScore } from "../counting/elect.js";
import { methodLimits } from "../counting/limits.js";
import type { MethodDefinition } from "../counting/method.js";
import { unrankedOption } from "../counting/outcome.js";
import { LEXICOGRAPHIC, withKind } from "../counting/ranked.js";

/** A Borda point scheme (see the module comment). @category methods */
export type BordaPoints = "standard" | "tournament" | "modified";

/** Options of {@link borda}. @category methods */
export interface BordaOptions {
  /** The point scheme (default `standard`). */
  readonly points?: BordaPoints | undefined;
  /** What a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: "tied-last" | "not-compared" | undefined;
}

const BordaOptionsSchema: z.ZodMiniType<BordaOptions> = /* @__PURE__ */ pure(() =>
  z.strictObject({
    points: z.optional(z.enum(["standard", "tournament", "modified"])),
    unranked: unrankedOption,
  }),
);

/**
 * Elects the candidate with the most Borda points: n-1 for each first place, n-2 for each second,
 * and so on.
 *
 * @remarks
 * Jean-Charles de Borda (1781), as described by Zwicker (2016, Handbook of Computational Social
 * Choice, ch. 2); the `modified` scheme is Emerson (2013, Social Choice and Welfare 40). Ties on a
 * ballot and unranked candidates follow the module comment's documented rules. Scores are exact
 * (`"p/q"` when halves or fractional counts occur). O(B n).
 * Tie-break `none`: `winners` is every candidate who wins under some resolution of the ties met
 * (here the only tie left to the policy is for first place, so: every candidate tied for first);
 * never an empty list.
 *
 * @param profile - ranked ballots.
 * @param options - `points` and `unranked`.
 * @param tieBreak - how to choose among tied leaders (default lexicographic).
 * @example Tennessee's capital (Wikipedia): Nashville wins
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { borda } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["M", "N", "C", "K"], [
 *   { ranking: ["M", "N", "C", "K"], count: 42 }, { ranking: ["N", "C", "K", "M"], count: 26 },
 *   { ranking: ["C", "K", "N", "M"], count: 15 }, { ranking: ["K", "C", "N", "M"], count: 17 },
 * ]);
 * E.isRight(p) && borda(p.right).scores; // => { M: 126, N: 194, C: 173, K: 107 }
 * ```
 *
 * @category methods
 */
export const borda = (
  profile: RankedProfile,
  options: BordaOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): Outcome =>
  bordaWith(
    profile.candidates,
    (points, unranked) => bordaScores(profile, points, unranked),
    options,
    tieBreak,
  );

/**
 * Borda's outcome from a way to compute its scores (from a profile, or from a positional tally:
 * see `decideTally`).
 *
 * @internal
 */
export const bordaWith = (
  candidates: readonly string[],
  scoresOf: (points: BordaPoints, unranked: "tied-last" | "not-compared") => Rational[],
  options: BordaOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): Outcome => {
  const points = options.points ?? "standard";
  const unranked = options.unranked ?? "tied-last";
  const n = candidates.length;
  const schemeText =
    points === "modified"
      ? "a ballot ranking m candidates gives m points to its first choice, m-1 to its second, down to 1 for its last, and 0 to candidates it leaves out"
      : points === "tournament"
        ? "each ballot gives a candidate 1 point for every candidate it ranks below them and 1/2 for every candidate tied with them"
        : `each ballot gives ${n - 1} points to its first choice, ${Math.max(0, n - 2)} to its second, down to 0 for its last; tied candidates share the average`;
  return electByScore({
    method: "borda",
    variant: points,
    candidates,
    scores: scoresOf(points, unranked),
    tieBreak,
    rule: step("rule", `Borda count (${points} points): ${schemeText}.`, { points, unranked }),
    tally: { label: "Borda scores", key: "scores" },
    reason: "the most Borda points",
  });
};

/**
 * The registry entry of {@link borda}.
 *
 * @category registry
 */
export const bordaMethod: MethodDefinition<BordaOptions> = {
  id: "borda",
  name: "Borda count",
  ballotKind: "ranked",
  summary:
    "Points by position (n-1 for first, down to 0 for last); rewards broadly liked candidates.",
  source:
    "Borda (1781); Zwicker (2016), Handbook of Computational Social Choice, ch. 2; Emerson (2013) for the modified scheme.",
  satisfies: [
    "anonymity",
    "neutrality",
    "pareto",
    "monotonicity",
    "reversal-symmetry",
    "participation",
    "condorcet-loser",
  ],
  fails: ["majority", "condorcet-winner", "clone-independence", "later-no-harm"],
  complexity: "O(B n) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("borda", 10_000, 65_534),
  options: BordaOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("borda", "ranked", profile, (p) => borda(p, options, tieBreak)),
};
