/**
 * Majority judgment (Balinski and Laraki): voters grade every candidate on a common scale of
 * words; each candidate's majority grade is the median (the lower middlemost grade); the highest
 * majority grade wins, and ties are broken by the majority value.
 *
 * Documented rules:
 * - The scale is `options.scale`, best grade first. A missing grade counts as the worst grade
 *   (the book's "to reject").
 * - The majority grade is the best grade that a strict majority give the candidate or better.
 * - Ties in the majority grade: the majority gauge (Balinski and Laraki 2011, ch. 13): with p the
 *   share of grades above the majority grade and q the share below, a candidate with p > q (a
 *   "+") beats one with p ≤ q (a "-"); among "+" the larger p wins, among "-" the smaller q wins.
 *   Candidates still tied are compared by their full majority values (the majority grades met
 *   while removing one majority grade at a time), which refines the gauge; only identical grade
 *   distributions stay tied, and the tie-break policy then selects.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { GradeProfile } from "../ballots/profile.js";
import type { DecideError } from "../core/errors.js";
import { step } from "../core/explanation.js";
import { pure } from "../core/internal/pure.js";
import type { Outcome } from "../core/outcome.js";
import { rational, toFraction } from "../core/rational.js";
import { createTieBreaker, type TieBreakPolicy } from "../core/tie-break.js";
import { compareMajorityValues, gradeDistributions, majorityGrade } from "../counting/grades.js";
import { methodLimits } from "../counting/limits.js";
import type { MethodDefinition } from "../counting/method.js";
import {
  allCandidates,
  makeOutcome,
  namesOf,
  selectWinners,
  tiersBy,
  winnerSentence,
} from "../counting/outcome.js";
import { LEXICOGRAPHIC, withKind } from "../counting/ranked.js";

/** Options of {@link majorityJudgment}. @category methods */
export interface MajorityJudgmentOptions {
  /** The grades, best first (read when the ballots are checked). */
  readonly scale?: readonly string[] | undefined;
}

/** The schema of the `scale` option graded ballots are read with. @internal */
export const scaleOption: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>> =
  /* @__PURE__ */ pure(() => z.optional(z.array(z.string())));

const MajorityJudgmentOptionsSchema: z.ZodMiniType<MajorityJudgmentOptions> =
  /* @__PURE__ */ z.strictObject({
    scale: scaleOption,
  });

/** A candidate's majority gauge (Balinski and Laraki 2011). @category methods */
export interface MajorityGauge {
  /** The majority grade. */
  readonly grade: string;
  /** `+` when more voters grade above it than below, else `-`. */
  readonly sign: "+" | "-";
  /** The share of grades strictly above the majority grade, exact. */
  readonly above: string;
  /** The share of grades strictly below it, exact. */
  readonly below: string;
}

/** The outcome of {@link majorityJudgment}: the common fields plus each candidate's gauge. @category methods */
export interface MajorityJudgmentOutcome extends Outcome {
  readonly gauges: Readonly<Record<string, MajorityGauge>>;
}

/**
 * Elects the candidate with the highest majority grade, ties broken by the majority gauge and
 * then the majority value.
 *
 * @remarks
 * Balinski and Laraki (2007), "A theory of measuring, electing and ranking", PNAS 104(21);
 * Balinski and Laraki (2011), Majority Judgment, MIT Press. Shares are exact rationals. O(B n + n²
 * g log n) for g grades.
 * Tie-break `none`: `winners` is every candidate who wins under some resolution of the ties met
 * (here the only tie left to the policy is for first place, so: every candidate tied for first);
 * never an empty list.
 *
 * @param profile - graded ballots.
 * @param _options - `scale` (read when the ballots are checked).
 * @param tieBreak - used only for candidates with identical grade distributions (default lexicographic).
 * @example
 * ```ts
 * import { gradeProfile } from "co-decide/ballots";
 * import { majorityJudgment } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const scale = ["excellent", "good", "fair", "poor"];
 * const p = gradeProfile(["a", "b"], [
 *   { grades: { a: "excellent", b: "good" } }, { grades: { a: "fair", b: "good" } },
 *   { grades: { a: "good", b: "fair" } },
 * ], scale);
 * E.isRight(p) && majorityJudgment(p.right).winners; // => ["a"] (both are "good-"; the majority value prefers a)
 * ```
 *
 * @category methods
 */
export const majorityJudgment = (
  profile: GradeProfile,
  _options: MajorityJudgmentOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): MajorityJudgmentOutcome => {
  const { candidates, scale } = profile;
  const dist = gradeDistributions(profile);
  const gauges = candidates.map((_, c) =>
    gaugeOf(dist.cumulative[c] as Float64Array, dist.total, scale),
  );
  const ranking = tiersBy(allCandidates(candidates.length), (a, b) =>
    compareMajorityValues(
      dist.cumulative[a] as Float64Array,
      dist.cumulative[b] as Float64Array,
      dist.total,
    ),
  );
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const top = ranking[0] ?? [];
  const winners = selectWinners(top, tieBreaker, "first place");
  const order = ranking.flat();
  const describe = (c: number): string => {
    const g = gauges[c] as MajorityGauge;
    return `${candidates[c]} "${g.grade}${g.sign}" (above ${g.above}, below ${g.below})`;
  };
  const outcome = makeOutcome({
    method: "majority-judgment",
    candidates,
    winners,
    ranking,
    tieBreaker,
    explanation: [
      step(
        "rule",
        `Majority judgment: each candidate's majority grade is the best grade that more than half of the voters give them or better (scale, best first: ${scale.join(", ")}; a missing grade counts as "${scale[scale.length - 1]}"). Ties go to the majority gauge: "+" when more voters grade above the majority grade than below.`,
        { scale: [...scale] },
      ),
      step("tally", `Majority grades and gauges, best first: ${order.map(describe).join("; ")}.`, {
        gauges: Object.fromEntries(order.map((c) => [candidates[c], gauges[c]])),
      }),
      step("elect", winnerSentence(candidates, top, winners, "the highest majority grade"), {
        winners: namesOf(candidates, winners),
      }),
    ],
  });
  return {
    ...outcome,
    gauges: Object.fromEntries(candidates.map((name, c) => [name, gauges[c] as MajorityGauge])),
  };
};

const gaugeOf = (
  cumulative: Float64Array,
  total: number,
  scale: readonly string[],
): MajorityGauge => {
  const alpha = majorityGrade(cumulative, total);
  if (alpha < 0) return { grade: scale[scale.length - 1] ?? "", sign: "-", above: "0", below: "0" };
  const above = alpha === 0 ? 0 : (cumulative[alpha - 1] as number);
  const below = total - (cumulative[alpha] as number);
  const share = (x: number): string => toFraction(rational(BigInt(x), BigInt(total)));
  return {
    grade: scale[alpha] ?? "",
    sign: above > below ? "+" : "-",
    above: share(above),
    below: share(below),
  };
};

/**
 * The registry entry of {@link majorityJudgment}.
 *
 * @category registry
 */
export const majorityJudgmentMethod: MethodDefinition<MajorityJudgmentOptions> = {
  id: "majority-judgment",
  name: "Majority judgment",
  ballotKind: "grades",
  summary: "Voters grade every candidate in words; the highest median grade wins.",
  source:
    "Balinski and Laraki (2007), PNAS 104(21); Balinski and Laraki (2011), Majority Judgment, MIT Press.",
  satisfies: ["anonymity", "neutrality", "monotonicity"],
  fails: ["majority", "condorcet-winner", "participation", "later-no-harm"],
  complexity: "O(B n + n² g log n) for B distinct ballots, n candidates and g grades",
  limits: /* @__PURE__ */ methodLimits("majority-judgment", 2_000, 20_000),
  options: MajorityJudgmentOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("majority-judgment", "grades", profile, (p) => majorityJudgment(p, options, tieBreak)),
};
