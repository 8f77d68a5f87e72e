/**
 * Shared machinery for every voting method: exact values for outcomes, tiers from exact scores,
 * winners after the tie-break policy, the options every ranked method takes, and the plain
 * sentences an explanation is made of. Both the positional and the Condorcet families import it;
 * its signatures are stable.
 *
 * @internal
 * @module
 */
import * as z from "zod/mini";
import type { UnrankedRule } from "../ballots/profile.js";
import type { Explanation } from "../core/explanation.js";
import { pure } from "../core/internal/pure.js";
import { recordOf } from "../core/internal/record.js";
import type { ExactValue, Outcome, Round } from "../core/outcome.js";
import { type Rational, rational, toFraction } from "../core/rational.js";
import type { RoundHistory, TieBreaker } from "../core/tie-break.js";

/**
 * An exact value for an outcome: a number when whole and safe, otherwise `"p/q"`.
 *
 * @internal
 */
export const exactOf = (value: Rational): ExactValue =>
  value.den === 1n &&
  value.num <= BigInt(Number.MAX_SAFE_INTEGER) &&
  value.num >= -BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value.num)
    : toFraction(value);

/**
 * The exact value of a scaled sum (`scaled / denominator`), as {@link exactOf} writes it.
 *
 * @internal
 */
export const exactScaled = (scaled: number, denominator: number): ExactValue =>
  denominator === 1 && Number.isSafeInteger(scaled)
    ? scaled
    : exactOf(rational(BigInt(scaled), BigInt(denominator)));

/**
 * Groups `indices` into tiers, best first, by `compare` (positive when the first is better).
 * Candidates with equal values share a tier; within a tier they keep index order.
 *
 * @internal
 */
export const tiersBy = (
  indices: readonly number[],
  compare: (a: number, b: number) => number,
): number[][] => {
  const sorted = [...indices].sort((a, b) => compare(b, a) || a - b);
  const tiers: number[][] = [];
  let last: number | undefined;
  for (const c of sorted) {
    const current = tiers[tiers.length - 1];
    if (current !== undefined && last !== undefined && compare(c, last) === 0) current.push(c);
    else tiers.push([c]);
    last = c;
  }
  for (const tier of tiers) tier.sort((a, b) => a - b);
  return tiers;
};

/**
 * The candidates `0..n-1`.
 *
 * @internal
 */
export const allCandidates = (n: number): number[] => Array.from({ length: n }, (_, c) => c);

/**
 * The winners among the best tier: the one candidate when it is alone; every candidate of the
 * tier when the policy is `none`; otherwise the one the tie-breaker selects (the tie is recorded).
 *
 * @internal
 */
export const selectWinners = (
  top: readonly number[],
  tieBreaker: TieBreaker,
  step: string,
  history?: RoundHistory,
): number[] => {
  if (top.length <= 1) return [...top];
  const chosen = tieBreaker.choose(top, "select", step, history);
  return chosen === undefined ? [...top].sort((a, b) => a - b) : [chosen];
};

/**
 * The candidates a sequential method drops among those tied for the drop: the one alone, or the
 * one the tie-breaker eliminates (the tie is recorded). With policy `none` nobody is picked, so
 * every tied candidate is dropped together; when that would drop every continuing candidate the
 * caller reports them all as co-winners.
 *
 * @internal
 */
export const eliminateTied = (
  tied: readonly number[],
  tieBreaker: TieBreaker,
  step: string,
  history?: RoundHistory,
): number[] => {
  if (tied.length <= 1) return [...tied];
  const chosen = tieBreaker.choose(tied, "eliminate", step, history);
  return chosen === undefined ? [...tied].sort((a, b) => a - b) : [chosen];
};

/**
 * What a method hands to {@link makeOutcome}: candidates by index, exact scores by index.
 *
 * @internal
 */
export interface OutcomeParts {
  readonly method: string;
  readonly variant?: string;
  readonly candidates: readonly string[];
  readonly winners: readonly number[];
  readonly ranking?: readonly (readonly number[])[];
  readonly scores?: readonly ExactValue[];
  readonly rounds?: readonly Round[];
  readonly tieBreaker: TieBreaker;
  readonly explanation: Explanation;
}

/**
 * Builds the plain-data {@link Outcome} from indices: names the winners and tiers, keys the scores
 * by name (safe for `__proto__`), and takes the tie records from the tie-breaker.
 *
 * @internal
 */
export const makeOutcome = (parts: OutcomeParts): Outcome => {
  const names = parts.candidates;
  const name = (c: number): string => names[c] as string;
  return {
    method: parts.method,
    ...(parts.variant === undefined ? {} : { variant: parts.variant }),
    candidates: [...names],
    winners: parts.winners.map(name),
    ...(parts.ranking === undefined ? {} : { ranking: parts.ranking.map((t) => t.map(name)) }),
    ...(parts.scores === undefined ? {} : { scores: recordOf(names, parts.scores) }),
    ...(parts.rounds === undefined ? {} : { rounds: parts.rounds }),
    tieBreaks: parts.tieBreaker.records(),
    explanation: parts.explanation,
  };
};

/**
 * Joins names for a sentence: `a`, `a and b`, `a, b and c`.
 *
 * @internal
 */
export const listNames = (names: readonly string[]): string =>
  names.length <= 2
    ? names.join(" and ")
    : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;

/**
 * The names of some candidate indices.
 *
 * @internal
 */
export const namesOf = (candidates: readonly string[], indices: readonly number[]): string[] =>
  indices.map((c) => candidates[c] as string);

/**
 * Writes an exact value for a sentence (`12`, `7/2`).
 *
 * @internal
 */
export const showExact = (value: ExactValue): string => String(value);

/**
 * `"a 12, b 7/2, c 0"`: scores for a sentence, in the order of `indices`.
 *
 * @internal
 */
export const describeScores = (
  candidates: readonly string[],
  indices: readonly number[],
  scores: readonly ExactValue[],
): string => indices.map((c) => `${candidates[c]} ${showExact(scores[c] ?? 0)}`).join(", ");

/**
 * The sentence that closes an explanation: who wins, and whether a tie-break decided it.
 *
 * @internal
 */
export const winnerSentence = (
  candidates: readonly string[],
  top: readonly number[],
  winners: readonly number[],
  reason: string,
): string => {
  const topNames = namesOf(candidates, top);
  const winnerNames = namesOf(candidates, winners);
  if (top.length <= 1) return `${winnerNames[0] ?? "Nobody"} wins: ${reason}.`;
  if (winners.length === top.length)
    return `${listNames(topNames)} tie for first (${reason}); the tie is not broken, so all of them are winners.`;
  return `${listNames(topNames)} tie for first (${reason}); the tie-break picks ${listNames(winnerNames)}.`;
};

/**
 * The `unranked` option every method that reads rankings takes (default `tied-last`).
 *
 * @internal
 */
export const unrankedOption: z.ZodMiniOptional<
  z.ZodMiniEnum<{
    "tied-last": "tied-last";
    "not-compared": "not-compared";
  }>
> = /* @__PURE__ */ pure(() => z.optional(z.enum(["tied-last", "not-compared"])));

/**
 * The options of a ranked method that has no options besides `unranked`.
 *
 * @internal
 */
export const rankedOptionsSchema: z.ZodMiniType<RankedOptions> = /* @__PURE__ */ z.strictObject({
  unranked: unrankedOption,
});

/**
 * The options every method reading rankings honours.
 *
 * @internal
 */
export interface RankedOptions {
  /** What a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: UnrankedRule | undefined;
}
