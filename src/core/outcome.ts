/**
 * The outcome every decision method returns (DESIGN.md 3.2). Methods may add fields of their own
 * by extending {@link Outcome}; these common fields are public API.
 *
 * Outcomes are plain, JSON-serialisable data: exact numbers appear as `"p/q"` or decimal strings,
 * never as `bigint`.
 *
 * @module
 */
import type { Explanation } from "./explanation.js";
import type { TieBreakRecord } from "./tie-break.js";

/** An exact value in an outcome: a whole number, or a `"p/q"` or decimal string. @category outcomes */
export type ExactValue = number | string;

/**
 * One round of a sequential count (IRV, Coombs, STV, sequential committee rules).
 *
 * @category outcomes
 */
export interface Round {
  /** The round number, counting from 1. */
  readonly round: number;
  /** Each continuing candidate's tally in this round. */
  readonly tallies: Readonly<Record<string, ExactValue>>;
  /** Candidates elected in this round. */
  readonly elected?: readonly string[];
  /** Candidates eliminated (excluded) in this round. */
  readonly eliminated?: readonly string[];
  /** What happened, in a sentence. */
  readonly text: string;
}

/**
 * What a method decided, and why.
 *
 * @category outcomes
 */
export interface Outcome {
  /** The registry id of the method, e.g. `"schulze"`. */
  readonly method: string;
  /** The variant actually used, e.g. `"winning"` for Schulze by winning votes. */
  readonly variant?: string;
  /** The candidates, in the order given. */
  readonly candidates: readonly string[];
  /** The elected set after the tie-break policy; with tie-break `none`, every co-winner. */
  readonly winners: readonly string[];
  /** The social ranking as tiers, best first, ties not broken (where the method defines one). */
  readonly ranking?: readonly (readonly string[])[];
  /** Each candidate's score, where meaningful. */
  readonly scores?: Readonly<Record<string, ExactValue>>;
  /** The rounds of a sequential method. */
  readonly rounds?: readonly Round[];
  /** Every tie met and how it was resolved. */
  readonly tieBreaks: readonly TieBreakRecord[];
  /** The count, step by step, in plain English with machine-readable payloads. */
  readonly explanation: Explanation;
}
