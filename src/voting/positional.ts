/**
 * Positional (scoring) rules with any score vector: a ballot gives `scores[0]` points to its first
 * choice, `scores[1]` to its second, and so on; the most points win. Plurality (`[1]`), Borda
 * (`[n-1, ..., 1, 0]`), k-approval (k ones), the Formula One and Eurovision point scales are all
 * positional rules.
 *
 * Documented rules:
 * - `options.scores` is a non-empty, non-increasing list of non-negative exact numbers (whole
 *   numbers, decimals or `"p/q"` strings). Positions past the list score 0; entries past the
 *   number of candidates are ignored.
 * - Candidates tied on a ballot share the positions they occupy and each get the average of those
 *   points. Unranked candidates: under `unranked: "tied-last"` they share the bottom positions'
 *   average; under `"not-compared"` they get 0. Every sum is an exact rational.
 * - Ties for the win go to the tie-break policy; with policy `none` all tied leaders win.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { RankedProfile, UnrankedRule } from "../ballots/profile.js";
import { UNRANKED } from "../ballots/profile.js";
import type { DecideError } from "../core/errors.js";
import { step } from "../core/explanation.js";
import { pure } from "../core/internal/pure.js";
import type { Outcome } from "../core/outcome.js";
import * as rationals from "../core/rational.js";
import { parseRational, type Rational, rational } from "../core/rational.js";
import type { TieBreakPolicy } from "../core/tie-break.js";
import { electByScore } from "../counting/elect.js";
import { methodLimits } from "../counting/limits.js";
import type { MethodDefinition } from "../counting/method.js";
import { unrankedOption } from "../counting/outcome.js";
import { LEXICOGRAPHIC, withKind } from "../counting/ranked.js";

/** Options of {@link positional}. @category methods */
export interface PositionalOptions {
  /**
   * Points by position, first place first: non-increasing, non-negative, exact (`3`, `0.5`,
   * `"1/3"`). Default `[1]` (plurality).
   */
  readonly scores?: readonly (number | string)[] | undefined;
  /** What a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: UnrankedRule | undefined;
}

/**
 * Elects the candidate with the most points under a given score vector.
 *
 * @remarks
 * Positional scoring rules (Young 1975, "Social choice scoring functions", SIAM Journal on Applied
 * Mathematics 28; Saari 1995, Basic Geometry of Voting). Monotone and consistent; with a strictly
 * decreasing vector, Pareto. No positional rule is Condorcet consistent (Fishburn 1974). Scores
 * are exact. O(B n) plus one rational sum per candidate and tier shape.
 *
 * @param profile - ranked ballots.
 * @param options - `scores` and `unranked` (see the module comment).
 * @param tieBreak - how to choose among tied leaders (default lexicographic).
 * @example Formula One's 2010–2018 points (25, 18, 15, ...) on three ballots
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { positional } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["a", "b", "c"], ["a>b>c", "b>c>a", "b>a>c"]);
 * E.isRight(p) && positional(p.right, { scores: [25, 18, 15] }).scores; // => { a: 58, b: 68, c: 48 }
 * ```
 *
 * @category methods
 */
export const positional = (
  profile: RankedProfile,
  options: PositionalOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): Outcome =>
  positionalWith(
    profile.candidates,
    (unranked, points) => positionalScores(profile, unranked, points),
    options,
    tieBreak,
  );

/**
 * The positional outcome from a way to compute its scores (from a profile, or from a positional
 * tally: see `decideTally`).
 *
 * @internal
 */
export const positionalWith = (
  candidates: readonly string[],
  scoresOf: (unranked: UnrankedRule, points: readonly Rational[]) => Rational[],
  options: PositionalOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): Outcome => {
  const unranked = options.unranked ?? "tied-last";
  const n = candidates.length;
  const given = readScores(options.scores);
  const points = Array.from({ length: n }, (_, i) => given[i] ?? rationals.ZERO);
  const shown = given.map((s) => rationals.toFraction(s)).join(", ");
  return electByScore({
    method: "positional",
    variant: `scores ${shown}`,
    candidates,
    scores: scoresOf(unranked, points),
    tieBreak,
    rule: step(
      "rule",
      `Positional count: each ballot gives ${shown} points to its first${given.length > 1 ? ", second" : ""}${given.length > 2 ? ", ..." : ""} choice${given.length < n ? "; later places get 0" : ""}; tied candidates share the average.`,
      { scores: given.map((s) => rationals.toFraction(s)), unranked },
    ),
    tally: { label: "Points", key: "scores" },
    reason: "the most points",
  });
};

const readScores = (scores: readonly (number | string)[] | undefined): Rational[] => {
  const parsed = (scores ?? [1]).map((s) => parseRational(s));
  // The options schema has checked the list; an unchecked caller's bad entry scores 0.
  return parsed.map((s) => s ?? rationals.ZERO);
};

/**
 * Each candidate's exact points: counts each (first position, tier size) a candidate occupies,
 * then sums the average of those positions' points. O(B n).
 *
 * @internal
 */
export const positionalScores = (
  profile: RankedProfile,
  unranked: UnrankedRule,
  points: readonly Rational[],
): Rational[] => {
  const n = profile.candidates.length;
  const shapes = new Map<number, Float64Array>();
  const size = new Int32Array(n + 1);
  const start = new Int32Array(n + 1);
  const { ranks } = profile;
  for (let b = 0; b < profile.ballotCount; b++) {
    const w = profile.counts[b] as number;
    if (w === 0) continue;
    const offset = b * n;
    size.fill(0);
    let ranked = 0;
    let tiers = 0;
    for (let c = 0; c < n; c++) {
      const r = ranks[offset + c] as number;
      if (r === UNRANKED) continue;
      ranked += 1;
      size[r] = (size[r] as number) + 1;
      if (r + 1 > tiers) tiers = r + 1;
    }
    let at = 0;
    for (let t = 0; t < tiers; t++) {
      start[t] = at;
      at += size[t] as number;
    }
    for (let c = 0; c < n; c++) {
      const r = ranks[offset + c] as number;
      if (r === UNRANKED && unranked === "not-compared") continue;
      const p = r === UNRANKED ? ranked : (start[r] as number);
      const k = r === UNRANKED ? n - ranked : (size[r] as number);
      const key = p * (n + 1) + k;
      let row = shapes.get(key);
      if (row === undefined) {
        row = new Float64Array(n);
        shapes.set(key, row);
      }
      row[c] = (row[c] as number) + w;
    }
  }
  const scores: Rational[] = Array.from({ length: n }, () => rationals.ZERO);
  for (const [key, row] of shapes) {
    const p = Math.floor(key / (n + 1));
    const k = key % (n + 1);
    let sum = rationals.ZERO;
    for (let i = p; i < p + k; i++) sum = rationals.add(sum, points[i] ?? rationals.ZERO);
    const average = rationals.div(sum, rational(BigInt(k)));
    for (let c = 0; c < n; c++) {
      const v = row[c] as number;
      if (v !== 0)
        scores[c] = rationals.add(
          scores[c] as Rational,
          rationals.mul(average, rational(BigInt(v))),
        );
    }
  }
  const den = rational(BigInt(profile.countDenominator));
  return scores.map((s) => rationals.div(s, den));
};

const isScoreList = (list: readonly (number | string)[]): boolean => {
  const parsed = list.map((s) => parseRational(s));
  if (parsed.length === 0 || parsed.some((s) => s === undefined || s.num < 0n)) return false;
  for (let i = 1; i < parsed.length; i++)
    if (rationals.compare(parsed[i] as Rational, parsed[i - 1] as Rational) > 0) return false;
  return true;
};

/** The options schema of {@link positionalMethod}. @category registry */
export const PositionalOptionsSchema: z.ZodMiniType<PositionalOptions> = /* @__PURE__ */ pure(() =>
  z.strictObject({
    scores: z.optional(
      z.array(z.union([z.number(), z.string()])).check(
        z.refine(isScoreList, {
          message:
            'scores must be a non-empty, non-increasing list of non-negative numbers or fractions, e.g. [3, 2, 1] or ["1", "1/2"]',
        }),
      ),
    ),
    unranked: unrankedOption,
  }),
);

/**
 * The registry entry of {@link positional}.
 *
 * @category registry
 */
export const positionalMethod: MethodDefinition<PositionalOptions> = {
  id: "positional",
  name: "Positional rule (any score vector)",
  ballotKind: "ranked",
  summary:
    "Points by position on each ballot, from a list you choose (e.g. 3, 2, 1); the most points win.",
  source:
    "Young (1975), SIAM Journal on Applied Mathematics 28; Saari (1995), Basic Geometry of Voting.",
  satisfies: ["anonymity", "neutrality", "monotonicity", "participation"],
  fails: ["condorcet-winner", "clone-independence", "later-no-harm"],
  complexity: "O(B n) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("positional", 10_000, 65_534),
  options: PositionalOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("positional", "ranked", profile, (p) => positional(p, options, tieBreak)),
};
