/**
 * The result of a decision rule ({@link resolve}): the status, every requirement with its exact
 * count and threshold, who objected or blocked and why, and the explanation.
 *
 * @module
 */
import type { Explanation } from "../core/explanation.js";

/**
 * The decision rules {@link resolve} knows, by id.
 *
 * @category decision rules
 */
export type RuleId =
  | "majority"
  | "supermajority"
  | "unanimity"
  | "double-majority"
  | "consent"
  | "consensus"
  | "gradients"
  | "fist-to-five";

/**
 * What a decision came to:
 * - `passed`: every requirement is met;
 * - `failed`: the meeting was quorate and nothing blocked it, but it lacked the support the rule asks;
 * - `not-quorate`: too few were present (or too little weight) for the meeting to decide at all;
 *   the proposal is neither passed nor failed and may come back;
 * - `blocked`: an objection, a block, a veto or a fist stands (consent, consensus, gradients,
 *   fist-to-five): the proposal goes back to be amended, whatever the support.
 *
 * @category decision rules
 */
export type ResolutionStatus = "passed" | "failed" | "not-quorate" | "blocked";

/**
 * How a count is held against its bound:
 * - `more-than`: count > needed (a majority is "more than half", RONR 12th ed. 1:6);
 * - `at-least`: count ≥ needed ("at least two thirds", RONR 44:3; "at least 55 %", TEU art. 16(4));
 * - `fewer-than`: count < needed (blocks, vetoes and objections: fewer than the blocking number).
 *
 * @category decision rules
 */
export type Comparison = "more-than" | "at-least" | "fewer-than";

/**
 * One requirement of a rule, with its exact numbers. Counts are whole numbers of members, of
 * groups, or sums of weights; all are exact, written as decimal integers or `"p/q"` strings.
 *
 * @category decision rules
 */
export interface Requirement {
  /** A stable id: `quorum`, `support`, `members`, `weight`, `groups`, `no-objection`, `no-block`, `no-veto`, `no-fist`, `consent`, `agreement`. */
  readonly id: string;
  /** The requirement in a facilitator's words. */
  readonly text: string;
  /** What is counted: `members`, `weight` or `groups`. */
  readonly unit: "members" | "weight" | "groups";
  /** The count held against the bound, exact. */
  readonly count: string;
  /** How it is compared. */
  readonly comparison: Comparison;
  /** The bound: `threshold × base` for a fraction, or a fixed number. Exact. */
  readonly needed: string;
  /** For a fraction: the fraction asked for, exact (`"2/3"`). */
  readonly threshold?: string;
  /** For a fraction: what it is a fraction of (the votes cast, those present, all members...), exact. */
  readonly base?: string;
  /** Which base: `cast`, `present`, `members`, `responses` or `groups`. */
  readonly of?: string;
  /** Whether the requirement is met. */
  readonly met: boolean;
  /** What failing it means for the proposal. */
  readonly effect: "not-quorate" | "blocked" | "failed";
}

/**
 * One response that carried a reason, or one objection, block, veto or fist.
 *
 * @category decision rules
 */
export interface ReasonedResponse {
  /** The member's id. */
  readonly member: string;
  /** The stance as given (numbers on the gradients and fist-to-five scales as strings). */
  readonly stance: string;
  /** The reason given, if any. */
  readonly reason?: string;
}

/**
 * The result of {@link resolve}.
 *
 * @category decision rules
 */
export interface Resolution {
  /** The rule applied. */
  readonly rule: RuleId;
  /** What the decision came to. */
  readonly status: ResolutionStatus;
  /** The quorum, when `options.quorum` set one. */
  readonly quorum?: Requirement;
  /** Every requirement of the rule, in the order the rule states them. */
  readonly requirements: readonly Requirement[];
  /** Responses per stance (every stance of the rule's scale, zero included). */
  readonly tally: Readonly<Record<string, number>>;
  /** With weighted counting: the weight behind each stance, exact. */
  readonly weights?: Readonly<Record<string, string>>;
  /** The members who responded. */
  readonly present: number;
  /** The members entitled to respond (`members` when given, else those who responded). */
  readonly members: number;
  /** The objections, blocks, vetoes and fists, with their reasons, in input order. */
  readonly objections: readonly ReasonedResponse[];
  /** Every response that gave a reason, in input order (objections included). */
  readonly reasons: readonly ReasonedResponse[];
  /** The steps, for a facilitator to read out. */
  readonly explanation: Explanation;
}
