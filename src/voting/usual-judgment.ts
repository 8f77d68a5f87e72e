/**
 * Usual judgment (Fabre 2021): a median-based method like majority judgment whose ties are broken
 * by a continuous score rather than by removing grades one by one.
 *
 * Documented rules: grades are numbered from 0 for the worst grade of `options.scale` up to g-1
 * for the best; a missing grade counts as the worst. With α the majority grade (the lower
 * middlemost grade, as in majority judgment), p the share of grades strictly above α, q the share
 * strictly below, the usual-judgment score is `α + (p - q) / (2 (1 - p - q))`, an exact rational
 * in (α - 1/2, α + 1/2). The highest score wins; equal scores go to the tie-break policy.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { GradeProfile } from "../ballots/profile.js";
import type { DecideError } from "../core/errors.js";
import { step } from "../core/explanation.js";
import type { Outcome } from "../core/outcome.js";
import * as rationals from "../core/rational.js";
import { compare, type Rational, rational } from "../core/rational.js";
import { createTieBreaker, type TieBreakPolicy } from "../core/tie-break.js";
import { gradeDistributions, majorityGrade } from "../counting/grades.js";
import { methodLimits } from "../counting/limits.js";
import type { MethodDefinition } from "../counting/method.js";
import {
  allCandidates,
  describeScores,
  exactOf,
  makeOutcome,
  namesOf,
  selectWinners,
  tiersBy,
  winnerSentence,
} from "../counting/outcome.js";
import { LEXICOGRAPHIC, withKind } from "../counting/ranked.js";
import { scaleOption } from "./majority-judgment.js";

/** Options of {@link usualJudgment}. @category methods */
export interface UsualJudgmentOptions {
  /** The grades, best first (read when the ballots are checked). */
  readonly scale?: readonly string[] | undefined;
}

const UsualJudgmentOptionsSchema: z.ZodMiniType<UsualJudgmentOptions> =
  /* @__PURE__ */ z.strictObject({
    scale: scaleOption,
  });

/**
 * Elects the candidate with the highest usual-judgment score: the majority grade, adjusted by the
 * balance of grades above and below it.
 *
 * @remarks
 * Fabre (2021), "Tie-breaking the highest median: alternatives to the majority judgment", Social
 * Choice and Welfare 56, 101-124 (the "usual judgment"). Scores are exact rationals. O(B n + n g).
 * Tie-break `none`: `winners` is every candidate who wins under some resolution of the ties met
 * (here the only tie left to the policy is for first place, so: every candidate tied for first);
 * never an empty list.
 *
 * @param profile - graded ballots.
 * @param _options - `scale` (read when the ballots are checked).
 * @param tieBreak - how to choose among candidates with equal scores (default lexicographic).
 * @example
 * ```ts
 * import { gradeProfile } from "co-decide/ballots";
 * import { usualJudgment } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const scale = ["excellent", "good", "fair", "poor"];
 * const p = gradeProfile(["a", "b"], [
 *   { grades: { a: "excellent", b: "good" } }, { grades: { a: "fair", b: "good" } },
 *   { grades: { a: "good", b: "fair" } },
 * ], scale);
 * E.isRight(p) && usualJudgment(p.right).scores; // => { a: 2, b: "7/4" }
 * ```
 *
 * @category methods
 */
export const usualJudgment = (
  profile: GradeProfile,
  _options: UsualJudgmentOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): Outcome => {
  const { candidates, scale } = profile;
  const dist = gradeDistributions(profile);
  const g = scale.length;
  const scores: Rational[] = candidates.map((_, c) => {
    const cum = dist.cumulative[c] as Float64Array;
    const alpha = majorityGrade(cum, dist.total);
    if (alpha < 0) return rationals.ZERO;
    const above = alpha === 0 ? 0 : (cum[alpha - 1] as number);
    const below = dist.total - (cum[alpha] as number);
    const at = dist.total - above - below;
    // α + (p - q) / (2(1 - p - q)) with p = above/N, q = below/N, 1 - p - q = at/N.
    return rationals.add(
      rational(BigInt(g - 1 - alpha)),
      rational(BigInt(above - below), BigInt(2 * at)),
    );
  });
  const exact = scores.map(exactOf);
  const ranking = tiersBy(allCandidates(candidates.length), (a, b) =>
    compare(scores[a] as Rational, scores[b] as Rational),
  );
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const top = ranking[0] ?? [];
  const winners = selectWinners(top, tieBreaker, "first place");
  return makeOutcome({
    method: "usual-judgment",
    candidates,
    winners,
    ranking,
    scores: exact,
    tieBreaker,
    explanation: [
      step(
        "rule",
        `Usual judgment: number the grades from 0 ("${scale[g - 1]}") to ${g - 1} ("${scale[0]}"); each candidate's score is their majority grade plus (p - q) / (2(1 - p - q)), where p and q are the shares of grades above and below it.`,
        { scale: [...scale] },
      ),
      step(
        "tally",
        `Usual-judgment scores: ${describeScores(candidates, ranking.flat(), exact)}.`,
        {
          scores: Object.fromEntries(ranking.flat().map((c) => [candidates[c], exact[c]])),
        },
      ),
      step("elect", winnerSentence(candidates, top, winners, "the highest usual-judgment score"), {
        winners: namesOf(candidates, winners),
      }),
    ],
  });
};

/**
 * The registry entry of {@link usualJudgment}.
 *
 * @category registry
 */
export const usualJudgmentMethod: MethodDefinition<UsualJudgmentOptions> = {
  id: "usual-judgment",
  name: "Usual judgment",
  ballotKind: "grades",
  summary:
    "Like majority judgment, with ties between equal median grades settled by a continuous score.",
  source: "Fabre (2021), Social Choice and Welfare 56, 101-124.",
  satisfies: ["anonymity", "neutrality", "monotonicity"],
  fails: ["majority", "condorcet-winner", "participation", "later-no-harm"],
  complexity: "O(B n + n g) for B distinct ballots, n candidates and g grades",
  limits: /* @__PURE__ */ methodLimits("usual-judgment", 2_000, 20_000),
  options: UsualJudgmentOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("usual-judgment", "grades", profile, (p) => usualJudgment(p, options, tieBreak)),
};
