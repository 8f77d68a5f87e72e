/**
 * The record of a count in rounds (instant runoff, Coombs, Baldwin, Nanson, Bucklin, two-round):
 * one place that writes each round both as a {@link Round} of the outcome and as the explanation
 * step that reads it out, keeps the eliminated groups in order, and closes the count with the
 * "elect" step and the outcome.
 *
 * @internal
 * @module
 */
import { type ExplanationStep, step } from "../core/explanation.js";
import type { ExactValue, Outcome, Round } from "../core/outcome.js";
import type { TieBreaker, TiePurpose } from "../core/tie-break.js";
import type { Branch } from "./elimination.js";
import { makeOutcome, namesOf, winnerSentence } from "./outcome.js";

/** How {@link CountLog.finish} closes a count. @internal */
export interface CountEnd {
  readonly method: string;
  readonly variant?: string;
  /** The candidates tied for the win before any tie-break. */
  readonly top: readonly number[];
  readonly winners: readonly number[];
  /** Why they win, for the closing sentence (`"a majority of the ballots in play in round 2"`). */
  readonly reason: string;
  /** The ranking of the candidates never eliminated, best tier first. */
  readonly finalTiers: readonly (readonly number[])[];
  readonly scores: readonly ExactValue[];
  readonly tieBreaker: TieBreaker;
}

/**
 * Rounds, explanation and eliminations of one count, appended as the count goes.
 *
 * @internal
 */
export class CountLog {
  readonly rounds: Round[] = [];
  private readonly steps: ExplanationStep[];
  private readonly eliminatedGroups: (readonly number[])[] = [];

  /** Starts the explanation with the rule, in words, and its settings. */
  constructor(
    private readonly candidates: readonly string[],
    rule: string,
    settings: Readonly<Record<string, unknown>>,
  ) {
    this.steps = [step("rule", rule, settings)];
  }

  /**
   * Records a round. Its explanation step carries the round number and tallies, then `extra`
   * (figures the sentence quotes, such as a mean), then the names eliminated, if any.
   */
  round(round: Round, extra: Readonly<Record<string, unknown>> = {}): void {
    this.rounds.push(round);
    this.steps.push(
      step("round", round.text, {
        round: round.round,
        tallies: round.tallies,
        ...extra,
        ...(round.eliminated === undefined ? {} : { eliminated: round.eliminated }),
      }),
    );
  }

  /** Records an explanation step of another kind (between rounds). */
  step(kind: string, text: string, data?: Readonly<Record<string, unknown>>): void {
    this.steps.push(step(kind, text, data));
  }

  /** Records candidates eliminated together; the last group out ranks just below the finalists. */
  eliminate(group: readonly number[]): void {
    this.eliminatedGroups.push(group);
  }

  /**
   * Records the branches a tie opened under tie-break policy `none` (a "branches" step): for each
   * way of resolving it, who wins on some path of the count after it.
   */
  branches(where: string, purpose: TiePurpose, list: readonly Branch[]): void {
    const { candidates } = this;
    const verb = purpose === "eliminate" ? "eliminated" : "chosen";
    const parts = list.map(
      (b) =>
        `if ${candidates[b.chosen]} is ${verb}, ${orNames(namesOf(candidates, b.winners))} ${agree(b.winners.length, "wins", "can win")}`,
    );
    this.steps.push(
      step(
        "branches",
        `${where.charAt(0).toUpperCase()}${where.slice(1)}: with no tie-break, the count follows each way of resolving the tie separately: ${parts.join("; ")}.`,
        {
          branches: list.map((b) => ({
            [verb]: candidates[b.chosen],
            winners: namesOf(candidates, b.winners),
          })),
        },
      ),
    );
  }

  /** Closes the count: the "elect" step, then the outcome, ranked finalists first. */
  finish(end: CountEnd): Outcome {
    const { candidates } = this;
    this.steps.push(
      step("elect", winnerSentence(candidates, end.top, end.winners, end.reason), {
        winners: namesOf(candidates, end.winners),
      }),
    );
    return makeOutcome({
      method: end.method,
      ...(end.variant === undefined ? {} : { variant: end.variant }),
      candidates,
      winners: end.winners,
      ranking: [...end.finalTiers, ...this.eliminatedGroups.slice().reverse()],
      scores: end.scores,
      rounds: this.rounds,
      tieBreaker: end.tieBreaker,
      explanation: this.steps,
    });
  }
}

/** `singular` for one, `plural` otherwise: `agree(out.length, "is", "are")`. @internal */
export const agree = (count: number, singular: string, plural: string): string =>
  count === 1 ? singular : plural;

/** `a`, `a or b`, `a, b or c`. */
const orNames = (names: readonly string[]): string =>
  names.length <= 2
    ? names.join(" or ")
    : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1] ?? ""}`;
