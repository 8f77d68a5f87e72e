/**
 * Score voting (range voting): each voter gives every candidate a whole-number score in a declared
 * range; the highest total (or mean) wins.
 *
 * Documented rules (`options.aggregate`):
 * - `sum` (the default): a candidate's total score; a blank counts as the range's minimum.
 * - `mean`: the mean over the voters who scored the candidate (blanks are abstentions, as in
 *   Smith's range voting with a quorum of one); a candidate nobody scored gets the range's minimum.
 * Both are exact (`"p/q"` when fractional). The range comes from `options.range` (default 0 to
 * 10), the same option the ballots are checked against.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { ScoreProfile } from "../ballots/profile.js";
import type { DecideError } from "../core/errors.js";
import { step } from "../core/explanation.js";
import { pure } from "../core/internal/pure.js";
import type { Outcome } from "../core/outcome.js";
import { type Rational, rational } from "../core/rational.js";
import type { TieBreakPolicy } from "../core/tie-break.js";
import { scoreSums } from "../counting/cardinal.js";
import { electByScore } from "../counting/elect.js";
import { methodLimits } from "../counting/limits.js";
import type { MethodDefinition } from "../counting/method.js";
import { LEXICOGRAPHIC, withKind } from "../counting/ranked.js";

/** Options of {@link score}. @category methods */
export interface ScoreOptions {
  /** `sum` (default) or `mean`. */
  readonly aggregate?: "sum" | "mean" | undefined;
  /** The score range the ballots use (read when the ballots are checked; default 0 to 10). */
  readonly range?: { readonly min: number; readonly max: number } | undefined;
}

/** The schema of the `range` option that score ballots are read with. @internal */
export const rangeOption: z.ZodMiniOptional<
  z.ZodMiniObject<{ min: z.ZodMiniNumber<number>; max: z.ZodMiniNumber<number> }>
> = /* @__PURE__ */ pure(() => z.optional(z.object({ min: z.number(), max: z.number() })));

const ScoreOptionsSchema: z.ZodMiniType<ScoreOptions> = /* @__PURE__ */ pure(() =>
  z.strictObject({
    aggregate: z.optional(z.enum(["sum", "mean"])),
    range: rangeOption,
  }),
);

/**
 * Elects the candidate with the highest total (or mean) score.
 *
 * @remarks
 * Score (range) voting; see Smith (2000), "Range voting", and Laslier and Sanver (2010), Handbook
 * on Approval Voting. Sums are exact for any range (bigint past 2^53). O(B n).
 * Tie-break `none`: `winners` is every candidate who wins under some resolution of the ties met
 * (here the only tie left to the policy is for first place, so: every candidate tied for first);
 * never an empty list.
 *
 * @param profile - score ballots.
 * @param options - `aggregate` (`sum` or `mean`).
 * @param tieBreak - how to choose among tied leaders (default lexicographic).
 * @example
 * ```ts
 * import { scoreProfile } from "co-decide/ballots";
 * import { score } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = scoreProfile(["a", "b"], [{ scores: { a: 5, b: 3 } }, { scores: { a: 0, b: 4 } }], { min: 0, max: 5 });
 * E.isRight(p) && score(p.right).scores; // => { a: 5, b: 7 }
 * ```
 *
 * @category methods
 */
export const score = (
  profile: ScoreProfile,
  options: ScoreOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): Outcome => {
  const aggregate = options.aggregate ?? "sum";
  const { candidates } = profile;
  const sums = scoreSums(profile);
  const values: Rational[] = candidates.map((_, c) =>
    aggregate === "sum"
      ? rational(sums.sums[c] as bigint, sums.denominator)
      : (sums.scored[c] as bigint) === 0n
        ? rational(profile.range.min)
        : rational(sums.scoredSums[c] as bigint, sums.scored[c] as bigint),
  );
  const what = aggregate === "sum" ? "total score" : "mean score";
  return electByScore({
    method: "score",
    variant: aggregate,
    candidates,
    scores: values,
    tieBreak,
    rule: step(
      "rule",
      aggregate === "sum"
        ? `Score voting: add up each candidate's scores (from ${profile.range.min} to ${profile.range.max}); a blank counts as ${profile.range.min}.`
        : `Score voting by mean: average each candidate's scores (from ${profile.range.min} to ${profile.range.max}) over the voters who scored them.`,
      { aggregate, range: { ...profile.range } },
    ),
    tally: { label: `Each candidate's ${what}`, key: "scores" },
    reason: `the highest ${what}`,
  });
};

/**
 * The registry entry of {@link score}.
 *
 * @category registry
 */
export const scoreMethod: MethodDefinition<ScoreOptions> = {
  id: "score",
  name: "Score (range) voting",
  ballotKind: "score",
  summary: "Voters score every candidate; the highest total (or mean) score wins.",
  source: "Smith (2000), Range voting; Laslier and Sanver (2010), Handbook on Approval Voting.",
  satisfies: ["anonymity", "neutrality", "monotonicity", "participation"],
  fails: ["majority", "condorcet-winner", "later-no-harm"],
  complexity: "O(B n) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("score", 10_000, 65_534),
  options: ScoreOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("score", "score", profile, (p) => score(p, options, tieBreak)),
};
