/**
 * Cumulative voting: each voter has a budget of points and spreads them over the candidates as
 * they like (all on one, or some on several); the candidate with the most points wins.
 *
 * Documented rules:
 * - Ballots are score ballots (`{ scores: { a: 3, b: 2 } }`); a blank counts 0. The marks must be
 *   whole numbers from 0 (`options.range.min` must not be negative).
 * - `options.points` is each voter's budget (default: the range's maximum, so that a voter may
 *   put every point on one candidate). Jurisdictions differ on a ballot whose marks add up to
 *   more than the budget: under `overvote: "scale"` (the default) the ballot keeps its proportions
 *   and is scaled down to the budget, exactly (a ballot marking 4 and 2 with a budget of 3 gives
 *   2 and 1); under `overvote: "reject"` the count refuses the profile with `InvalidInput`.
 *   A ballot that spends less than its budget simply leaves points unused.
 * - Ties for the win go to the tie-break policy; with policy `none` all tied leaders win.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import { NO_SCORE, type ScoreProfile } from "../ballots/profile.js";
import { type DecideError, type InvalidInput, invalidInputAt } from "../core/errors.js";
import { step } from "../core/explanation.js";
import { pure } from "../core/internal/pure.js";
import type { Outcome } from "../core/outcome.js";
import * as rationals from "../core/rational.js";
import { type Rational, rational } from "../core/rational.js";
import type { TieBreakPolicy } from "../core/tie-break.js";
import { electByScore } from "../counting/elect.js";
import { methodLimits } from "../counting/limits.js";
import type { MethodDefinition } from "../counting/method.js";
import { LEXICOGRAPHIC, wrongBallotKind } from "../counting/ranked.js";
import { rangeOption } from "./score.js";

/** Options of {@link cumulative}. @category methods */
export interface CumulativeOptions {
  /** Each voter's budget of points (default: the range's maximum). */
  readonly points?: number | undefined;
  /** What to do with a ballot whose marks pass the budget (default `scale`). */
  readonly overvote?: "scale" | "reject" | undefined;
  /** The range of a single mark (read when the ballots are checked; default 0 to 10). */
  readonly range?: { readonly min: number; readonly max: number } | undefined;
}

/**
 * Elects the candidate with the most points, each voter spreading a fixed budget.
 *
 * @remarks
 * Cumulative voting as used in United States local elections (Bowler, Donovan and Brockington
 * 2003, Electoral Reform and Minority Representation) and in corporate boards (Glasser 1959,
 * "Game theory and cumulative voting for corporate directors", Management Science 5). For one
 * seat it is score voting with a budget per voter. Exact. O(B n).
 *
 * @param profile - score ballots (each mark a whole number of points).
 * @param options - `points`, `overvote` (see the module comment).
 * @param tieBreak - how to choose among tied leaders (default lexicographic).
 * @returns the outcome, or `InvalidInput` for a negative range or an over-budget ballot under
 * `overvote: "reject"`.
 * @example Five points each: one voter spreads them, one plumps for b
 * ```ts
 * import { scoreProfile } from "co-decide/ballots";
 * import { cumulative } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = scoreProfile(["a", "b", "c"], [
 *   { scores: { a: 3, c: 2 }, count: 2 }, { scores: { b: 5 }, count: 1 },
 * ], { min: 0, max: 5 });
 * if (E.isRight(p)) {
 *   const outcome = cumulative(p.right, { points: 5 });
 *   E.isRight(outcome) && outcome.right.scores; // => { a: 6, b: 5, c: 4 }
 * }
 * ```
 *
 * @category methods
 */
export const cumulative = (
  profile: ScoreProfile,
  options: CumulativeOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<InvalidInput, Outcome> => {
  const { candidates } = profile;
  const n = candidates.length;
  if (profile.range.min < 0)
    return E.left(
      invalidInputAt(
        "options.range.min",
        "negative_points",
        `cumulative voting gives points from 0 up; the range starts at ${profile.range.min}`,
      ),
    );
  const budget = options.points ?? profile.range.max;
  const overvote = options.overvote ?? "scale";
  const totals: Rational[] = Array.from({ length: n }, () => rationals.ZERO);
  let scaled = 0;
  for (let b = 0; b < profile.ballotCount; b++) {
    const w = profile.counts[b] as number;
    if (w === 0) continue;
    const offset = b * n;
    let spent = 0;
    for (let c = 0; c < n; c++) {
      const v = profile.scores[offset + c] as number;
      if (v !== NO_SCORE) spent += v;
    }
    if (spent > budget) {
      if (overvote === "reject")
        return E.left(
          invalidInputAt(
            "ballots",
            "over_budget",
            `a ballot marks ${spent} points, more than the budget of ${budget} (${describeBallot(profile, b)}); set options.overvote to "scale" to scale such ballots down`,
          ),
        );
      scaled += w;
    }
    // Each mark counts v × w, or v × w × budget / spent on a scaled ballot.
    const factor = spent > budget ? rational(BigInt(budget), BigInt(spent)) : rationals.ONE;
    for (let c = 0; c < n; c++) {
      const v = profile.scores[offset + c] as number;
      if (v === NO_SCORE || v === 0) continue;
      totals[c] = rationals.add(
        totals[c] as Rational,
        rationals.mul(factor, rational(BigInt(v) * BigInt(w))),
      );
    }
  }
  const den = rational(BigInt(profile.countDenominator));
  const scores = totals.map((t) => rationals.div(t, den));
  const scaledVoters = rationals.toFraction(
    rational(BigInt(scaled), BigInt(profile.countDenominator)),
  );
  return E.right(
    electByScore({
      method: "cumulative",
      candidates,
      scores,
      tieBreak,
      rule: step(
        "rule",
        `Cumulative voting: each voter spreads up to ${budget} points over the candidates; the most points win.${scaled > 0 ? ` ${scaledVoters} ${scaled === profile.countDenominator ? "ballot marks" : "ballots mark"} more than ${budget} points and ${scaled === profile.countDenominator ? "is" : "are"} scaled down to ${budget}, keeping ${scaled === profile.countDenominator ? "its" : "their"} proportions.` : ""}`,
        { points: budget, overvote, scaledBallots: scaledVoters },
      ),
      tally: { label: "Points", key: "points" },
      reason: "the most points",
    }),
  );
};

const describeBallot = (profile: ScoreProfile, b: number): string => {
  const n = profile.candidates.length;
  const marks: string[] = [];
  for (let c = 0; c < n; c++) {
    const v = profile.scores[b * n + c] as number;
    if (v !== NO_SCORE && v !== 0) marks.push(`${profile.candidates[c]} ${v}`);
  }
  return marks.join(", ");
};

/** The options schema of {@link cumulativeMethod}. @category registry */
export const CumulativeOptionsSchema: z.ZodMiniType<CumulativeOptions> = /* @__PURE__ */ pure(() =>
  z.strictObject({
    points: z.optional(z.number().check(z.int(), z.minimum(1))),
    overvote: z.optional(z.enum(["scale", "reject"])),
    range: rangeOption,
  }),
);

/**
 * The registry entry of {@link cumulative}.
 *
 * @category registry
 */
export const cumulativeMethod: MethodDefinition<CumulativeOptions> = {
  id: "cumulative",
  name: "Cumulative voting",
  ballotKind: "score",
  summary:
    "Each voter spreads a fixed number of points over the candidates, all on one or split; the most points win.",
  source:
    "Glasser (1959), Management Science 5; Bowler, Donovan and Brockington (2003), Electoral Reform and Minority Representation.",
  satisfies: ["anonymity", "neutrality", "monotonicity", "participation"],
  fails: ["majority", "condorcet-winner", "later-no-harm"],
  complexity: "O(B n) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("cumulative", 10_000, 65_534),
  options: CumulativeOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    profile.kind === "score"
      ? cumulative(profile, options, tieBreak)
      : E.left(wrongBallotKind("cumulative", "score", profile.kind)),
};
