/**
 * Positive-negative voting: each voter may give a plus vote (+1) to several candidates and a minus
 * vote (−1) to a few; the candidate with the highest balance (plus votes less minus votes) wins.
 *
 * Variant implemented: the single-winner **D21 – Janeček method** (Institute H21, "Guidelines for
 * using the D21 – Janeček method", ih21.org/en/guidelines), whose rules are:
 * - a voter has a number of plus votes and of minus votes, fixed for the election, and may use all
 *   of them or only some; each candidate gets at most one vote (plus or minus) from each voter;
 *   every vote has the same weight (a minus vote counts −1);
 * - **to cast a minus vote the voter must cast at least two plus votes** (the rule text: "in order
 *   to cast a minus vote, we must cast at least two plus votes"; its politics page states it as
 *   "the number of plus votes cast by each voter must be at least twice the number of minus
 *   votes cast"). Both readings agree for one minus vote; with several minus votes this module
 *   takes the second, general one: plus votes ≥ `plusPerMinus` × minus votes.
 * The D21 guidelines leave the numbers of votes to the organiser (their example: a presidential
 * race of 9 candidates with 3 plus votes and 1 minus vote). With `plusPerMinus: 0` and no caps the
 * count is Felsenthal's combined approval-disapproval voting (Felsenthal 1989, "On combining
 * approval with disapproval voting", Behavioral Science 34), the positive-negative scoring rule of
 * the literature; this module names that choice in the outcome's `variant`.
 *
 * Documented rules:
 * - Ballots are score ballots marking +1 (plus), −1 (minus) or 0 / blank (no vote); the default
 *   range is −1 to 1, and a range reaching past it is refused (`options.range`).
 * - `options.plus`: the most plus votes on one ballot (default: no cap); `options.minus`: the most
 *   minus votes (default 1, as in every D21 example); `options.plusPerMinus`: plus votes needed
 *   for each minus vote (default 2, the D21 rule). A ballot breaking any of them is refused with
 *   `InvalidInput`, one issue per offending ballot, naming its marks and the rule it breaks: at
 *   the ballot's path (`ballots[3]`) through `decide`, at `ballots` for a profile built without a
 *   spec (its ballots are merged). The count does not silently drop or repair a ballot: a
 *   returning officer decides that.
 * - Ties for the win go to the tie-break policy; with policy `none` all tied leaders win.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import { NO_SCORE, type ScoreProfile } from "../ballots/profile.js";
import {
  type DecideError,
  type InputIssue,
  type InvalidInput,
  invalidInput,
} from "../core/errors.js";
import { step } from "../core/explanation.js";
import { pure } from "../core/internal/pure.js";
import type { Outcome } from "../core/outcome.js";
import { type Rational, rational, toFraction } from "../core/rational.js";
import type { TieBreakPolicy } from "../core/tie-break.js";
import { electByScore } from "../counting/elect.js";
import { methodLimits } from "../counting/limits.js";
import type { MethodDefinition } from "../counting/method.js";
import { LEXICOGRAPHIC, wrongBallotKind } from "../counting/ranked.js";
import { rangeOption } from "./score.js";

/** Options of {@link positiveNegative}. @category methods */
export interface PositiveNegativeOptions {
  /** The most plus votes one ballot may cast (default: no cap). */
  readonly plus?: number | undefined;
  /** The most minus votes one ballot may cast (default 1). */
  readonly minus?: number | undefined;
  /** Plus votes a ballot must cast for each minus vote it casts (default 2, the D21 rule). */
  readonly plusPerMinus?: number | undefined;
  /** The range the ballots are read with (default −1 to 1; it may not reach past −1 or 1). */
  readonly range?: { readonly min: number; readonly max: number } | undefined;
}

/**
 * Elects the candidate with the most plus votes less minus votes, under the D21 – Janeček rules
 * (several plus votes, a minus vote only after two plus votes).
 *
 * @remarks
 * Institute H21, "Guidelines for using the D21 – Janeček method" (the rules of the method: one
 * vote per candidate, equal weights, a minus vote needs at least two plus votes); Felsenthal
 * (1989), Behavioral Science 34, for combined approval-disapproval voting (`plusPerMinus: 0`, no
 * caps). Exact (whole-number balances over the count denominator). O(B n) for B distinct ballots.
 * Tie-break `none`: `winners` is every candidate tied for the highest balance, never empty.
 *
 * @param profile - score ballots marking +1, −1 or 0 (blank).
 * @param options - `plus`, `minus`, `plusPerMinus` (see the module comment).
 * @param tieBreak - how to choose among tied leaders (default lexicographic).
 * @returns the outcome (`scores` are the balances), or `InvalidInput` for a range past −1..1 or
 * ballots that break the vote rules (one issue per offending ballot).
 * @example Two plus votes and one minus vote each
 * ```ts
 * import { scoreProfile } from "co-decide/ballots";
 * import { positiveNegative } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = scoreProfile(["a", "b", "c"], [
 *   { scores: { a: 1, b: 1, c: -1 }, count: 2 }, { scores: { a: 1, c: 1 }, count: 3 },
 * ], { min: -1, max: 1 });
 * if (E.isRight(p)) {
 *   const outcome = positiveNegative(p.right, { plus: 2 });
 *   E.isRight(outcome) && outcome.right.scores; // => { a: 5, b: 2, c: 1 }
 * }
 * ```
 * @example A minus vote without two plus votes is refused
 * ```ts
 * import { decide } from "co-decide/voting";
 *
 * decide({
 *   method: "positive-negative",
 *   candidates: ["a", "b"],
 *   ballots: [{ scores: { a: 1, b: -1 } }],
 * })._tag; // => "Left"
 * ```
 *
 * @category methods
 */
export const positiveNegative = (
  profile: ScoreProfile,
  options: PositiveNegativeOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<InvalidInput, Outcome> => {
  const { candidates } = profile;
  const n = candidates.length;
  if (profile.range.min < -1 || profile.range.max > 1)
    return E.left(
      invalidInput([
        {
          path: "options.range",
          code: "invalid_range",
          message: `positive-negative ballots mark +1, -1 or 0; the range ${profile.range.min} to ${profile.range.max} reaches past them`,
        },
      ]),
    );
  const plusCap = options.plus ?? Number.POSITIVE_INFINITY;
  const minusCap = options.minus ?? 1;
  const perMinus = options.plusPerMinus ?? 2;
  const balance = new Float64Array(n);
  const plusVotes = new Float64Array(n);
  const minusVotes = new Float64Array(n);
  const issues: InputIssue[] = [];
  for (let b = 0; b < profile.ballotCount; b++) {
    const w = profile.counts[b] as number;
    if (w === 0) continue;
    const offset = b * n;
    let plus = 0;
    let minus = 0;
    for (let c = 0; c < n; c++) {
      const v = profile.scores[offset + c] as number;
      if (v === 1) plus++;
      else if (v === -1) minus++;
    }
    const broken = brokenRule(plus, minus, plusCap, minusCap, perMinus);
    if (broken !== undefined) {
      issues.push({
        path: "ballots",
        code: broken.code,
        message: `a ballot (${describeBallot(profile, b)}) casts ${broken.rule}`,
      });
      continue;
    }
    for (let c = 0; c < n; c++) {
      const v = profile.scores[offset + c] as number;
      if (v === 1) {
        balance[c] = (balance[c] as number) + w;
        plusVotes[c] = (plusVotes[c] as number) + w;
      } else if (v === -1) {
        balance[c] = (balance[c] as number) - w;
        minusVotes[c] = (minusVotes[c] as number) + w;
      }
    }
  }
  if (issues.length > 0) return E.left(invalidInput(issues));
  // Sums of scaled whole counts: exact in a double (the builder keeps totals below 2^53 / n).
  const den = BigInt(profile.countDenominator);
  const exact = (x: number): Rational => rational(BigInt(x), den);
  const scores = Array.from(balance, exact);
  const plusOf = Array.from(plusVotes, exact);
  const minusOf = Array.from(minusVotes, exact);
  const variant =
    perMinus === 0 && options.plus === undefined && options.minus === undefined
      ? "combined-approval"
      : "d21";
  const caps = `${options.plus === undefined ? "any number of plus votes" : `up to ${plusCap} plus ${plusCap === 1 ? "vote" : "votes"}`} and up to ${minusCap} minus ${minusCap === 1 ? "vote" : "votes"}`;
  return E.right(
    electByScore({
      method: "positive-negative",
      variant,
      candidates,
      scores,
      tieBreak,
      rule: step(
        "rule",
        `Positive-negative voting (${variant === "d21" ? "D21 – Janeček method" : "combined approval-disapproval"}): each voter casts ${caps}, one vote per candidate${perMinus > 0 ? `, and each minus vote needs ${perMinus} plus votes on the same ballot` : ""}; the highest balance of plus less minus votes wins.`,
        {
          plus: options.plus ?? null,
          minus: minusCap,
          plusPerMinus: perMinus,
          plusVotes: Object.fromEntries(
            candidates.map((name, c) => [name, toFraction(plusOf[c] as Rational)]),
          ),
          minusVotes: Object.fromEntries(
            candidates.map((name, c) => [name, toFraction(minusOf[c] as Rational)]),
          ),
        },
      ),
      tally: { label: "Balance (plus less minus votes)", key: "balance" },
      reason: "the highest balance of plus less minus votes",
    }),
  );
};

/** The rule a ballot with these votes breaks, if any. */
const brokenRule = (
  plus: number,
  minus: number,
  plusCap: number,
  minusCap: number,
  perMinus: number,
): { readonly code: string; readonly rule: string } | undefined =>
  plus > plusCap
    ? { code: "too_many_plus", rule: `more than ${plusCap} plus votes` }
    : minus > minusCap
      ? {
          code: "too_many_minus",
          rule: `more than ${minusCap} minus ${minusCap === 1 ? "vote" : "votes"}`,
        }
      : plus < perMinus * minus
        ? {
            code: "minus_without_plus",
            rule: `${minus} minus ${minus === 1 ? "vote" : "votes"} with ${plus} plus ${plus === 1 ? "vote" : "votes"} (each minus vote needs ${perMinus} plus votes)`,
          }
        : undefined;

/**
 * The vote rules on a spec's ballots, each issue at its ballot's path (`ballots[3]`); `decide`
 * runs it before the count. Ballots with a count of 0 are skipped, as the count skips them.
 */
const checkBallots = (
  ballots: readonly unknown[],
  options: PositiveNegativeOptions,
): InputIssue[] => {
  const plusCap = options.plus ?? Number.POSITIVE_INFINITY;
  const minusCap = options.minus ?? 1;
  const perMinus = options.plusPerMinus ?? 2;
  const issues: InputIssue[] = [];
  ballots.forEach((ballot, b) => {
    if (typeof ballot !== "object" || ballot === null) return;
    const { scores, count } = ballot as { readonly scores?: unknown; readonly count?: unknown };
    if (typeof scores !== "object" || scores === null || count === 0) return;
    let plus = 0;
    let minus = 0;
    const marks: string[] = [];
    for (const name of Object.keys(scores)) {
      const v = (scores as Readonly<Record<string, unknown>>)[name];
      if (v === 1) plus++;
      else if (v === -1) minus++;
      if (v === 1 || v === -1) marks.push(`${name} ${v === 1 ? "+1" : "-1"}`);
    }
    const broken = brokenRule(plus, minus, plusCap, minusCap, perMinus);
    if (broken !== undefined)
      issues.push({
        path: `ballots[${b}]`,
        code: broken.code,
        message: `the ballot (${marks.join(", ")}) casts ${broken.rule}`,
      });
  });
  return issues;
};

const describeBallot = (profile: ScoreProfile, b: number): string => {
  const n = profile.candidates.length;
  const marks: string[] = [];
  for (let c = 0; c < n; c++) {
    const v = profile.scores[b * n + c] as number;
    if (v !== NO_SCORE && v !== 0) marks.push(`${profile.candidates[c]} ${v > 0 ? "+1" : "-1"}`);
  }
  return marks.length === 0 ? "blank" : marks.join(", ");
};

/** The options schema of {@link positiveNegativeMethod}. @category registry */
export const PositiveNegativeOptionsSchema: z.ZodMiniType<PositiveNegativeOptions> =
  /* @__PURE__ */ pure(() =>
    z.strictObject({
      plus: z.optional(z.number().check(z.int(), z.minimum(1))),
      minus: z.optional(z.number().check(z.int(), z.minimum(0))),
      plusPerMinus: z.optional(z.number().check(z.int(), z.minimum(0))),
      range: rangeOption,
    }),
  );

/**
 * The registry entry of {@link positiveNegative}.
 *
 * @category registry
 */
export const positiveNegativeMethod: MethodDefinition<PositiveNegativeOptions> = {
  id: "positive-negative",
  name: "Positive-negative voting (D21 – Janeček)",
  ballotKind: "score",
  summary:
    "Each voter gives plus votes to several candidates and may give a minus vote after two plus votes; the highest balance of plus less minus votes wins.",
  source:
    'Institute H21, "Guidelines for using the D21 – Janeček method"; Felsenthal (1989), Behavioral Science 34 (combined approval-disapproval voting).',
  satisfies: ["anonymity", "neutrality", "monotonicity", "participation"],
  fails: ["majority", "condorcet-winner", "later-no-harm"],
  complexity: "O(B n) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("positive-negative", 10_000, 65_534),
  defaultRange: { min: -1, max: 1 },
  options: PositiveNegativeOptionsSchema,
  checkBallots,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    profile.kind === "score"
      ? positiveNegative(profile, options, tieBreak)
      : E.left(wrongBallotKind("positive-negative", "score", profile.kind)),
};
