/**
 * How single-winner counts end. The single-round scored methods (plurality, anti-plurality,
 * Dowdall, Borda, approval, score) use {@link electByScore}: once a method has one exact score per
 * candidate, the highest score wins, ties for first go to the tie-break policy, and the explanation
 * reads "rule (if any), tally, elect". Methods that rank the candidates otherwise (the Condorcet
 * family) use {@link electFromRanking} with their own explanation.
 *
 * @internal
 * @module
 */
import type { ExplanationStep } from "../core/explanation.js";
import { step } from "../core/explanation.js";
import type { ExactValue, Outcome } from "../core/outcome.js";
import { compare, type Rational } from "../core/rational.js";
import { createTieBreaker, type TieBreaker, type TieBreakPolicy } from "../core/tie-break.js";
import {
  allCandidates,
  describeScores,
  exactOf,
  makeOutcome,
  namesOf,
  selectWinners,
  tiersBy,
  winnerSentence,
} from "./outcome.js";

/**
 * A scored count, as {@link electByScore} reads it: the scores, and the words that explain them.
 *
 * @internal
 */
export interface ScoredCount {
  /** The method's registry id. */
  readonly method: string;
  /** The variant, for methods that have several (Borda's point scheme, score's aggregate). */
  readonly variant?: string | undefined;
  readonly candidates: readonly string[];
  /** Each candidate's exact score, by index; the highest wins. */
  readonly scores: readonly Rational[];
  readonly tieBreak: TieBreakPolicy;
  /** A first step stating the rule, for methods whose tally sentence does not say it. */
  readonly rule?: ExplanationStep | undefined;
  /** The tally step: `"<label>: a 3, b 2."`, with the same values by name under `key` in its data. */
  readonly tally: {
    readonly label: string;
    readonly key: string;
    /** The values to list when they are not the scores (anti-plurality lists the vetoes). */
    readonly values?: readonly Rational[] | undefined;
    /** More data for the tally step, after the values. */
    readonly data?: Readonly<Record<string, unknown>> | undefined;
  };
  /** Why the winners win, for the closing sentence ("the most Borda points"). */
  readonly reason: string;
}

/**
 * Elects the candidates with the highest score: ranks every candidate in tiers by score, picks the
 * winners from the top tier with the tie-break policy, and explains the count.
 *
 * @internal
 */
export const electByScore = (count: ScoredCount): Outcome => {
  const { candidates, scores } = count;
  const exact = scores.map(exactOf);
  const ranking = tiersBy(allCandidates(candidates.length), (a, b) =>
    compare(scores[a] as Rational, scores[b] as Rational),
  );
  const order = ranking.flat();
  const listed = count.tally.values?.map(exactOf) ?? exact;
  return electFromRanking({
    method: count.method,
    variant: count.variant,
    candidates,
    ranking,
    scores: exact,
    tieBreaker: createTieBreaker(count.tieBreak, candidates),
    steps: [
      ...(count.rule === undefined ? [] : [count.rule]),
      step("tally", `${count.tally.label}: ${describeScores(candidates, order, listed)}.`, {
        [count.tally.key]: Object.fromEntries(order.map((c) => [candidates[c], listed[c]])),
        ...count.tally.data,
      }),
    ],
    reason: count.reason,
  });
};

/**
 * A single-winner count that has ranked the candidates, as {@link electFromRanking} reads it.
 *
 * @internal
 */
export interface RankedCount {
  readonly method: string;
  readonly variant?: string | undefined;
  readonly candidates: readonly string[];
  /** The ranking, best tier first, for methods that rank every candidate. */
  readonly ranking?: readonly (readonly number[])[];
  /** The candidates tied for the win before any tie-break (default: the ranking's first tier). */
  readonly top?: readonly number[];
  readonly scores?: readonly ExactValue[];
  readonly tieBreaker: TieBreaker;
  /** Where the tie for the win is recorded (default `"first place"`). */
  readonly where?: string;
  /** The explanation before the closing "elect" step. */
  readonly steps: readonly ExplanationStep[];
  /** Why the winners win, for the closing sentence. */
  readonly reason: string;
}

/**
 * How every single-winner count ends: the tie-break picks among the candidates tied for the win,
 * the explanation closes with who wins and why, and the outcome is assembled.
 *
 * @internal
 */
export const electFromRanking = (count: RankedCount): Outcome => {
  const { candidates, ranking, tieBreaker } = count;
  const top = count.top ?? ranking?.[0] ?? [];
  const winners = selectWinners(top, tieBreaker, count.where ?? "first place");
  return makeOutcome({
    method: count.method,
    ...(count.variant === undefined ? {} : { variant: count.variant }),
    candidates,
    winners,
    ...(ranking === undefined ? {} : { ranking }),
    ...(count.scores === undefined ? {} : { scores: count.scores }),
    tieBreaker,
    explanation: [
      ...count.steps,
      step("elect", winnerSentence(candidates, top, winners, count.reason), {
        winners: namesOf(candidates, winners),
      }),
    ],
  });
};
