/**
 * The types of participatory budgeting: the wire shape of an instance (what `parsePabulib` reads
 * and `allocate` accepts), the indexed election the methods count, and the `Allocation` they
 * return (DESIGN.md 3.5).
 *
 * Money is exact: budgets and costs are integers or decimal strings on the wire and
 * {@link Rational}s inside; nothing that decides what is funded goes through a float.
 *
 * @module
 */
import type { Explanation } from "../../core/explanation.js";
import type { Rational } from "../../core/rational.js";
import type { TieBreakRecord } from "../../core/tie-break.js";

/**
 * One project on the wire: an id (any string), its cost (a whole number or an exact decimal
 * string such as `"1250.50"`), and optional name and category.
 *
 * @category budgeting
 */
export interface BudgetProjectSpec {
  readonly id: string;
  readonly cost: number | string;
  readonly name?: string;
  readonly category?: string;
  /** The official outcome, when a file records it (pabulib's `selected` column); never read by a method. */
  readonly selected?: boolean;
}

/**
 * One ballot on the wire, with an optional `weight` (a number or `"p/q"`; default 1):
 * approval `{ approve: [ids] }`, cardinal `{ scores: { id: n } }`, cumulative
 * `{ points: { id: n } }` or ordinal `{ ranking: [ids] }` (best first).
 *
 * @category budgeting
 */
export type BudgetBallotSpec =
  | { readonly approve: readonly string[]; readonly weight?: number | string }
  | {
      readonly scores: Readonly<Record<string, number | string>>;
      readonly weight?: number | string;
    }
  | {
      readonly points: Readonly<Record<string, number | string>>;
      readonly weight?: number | string;
    }
  | { readonly ranking: readonly string[]; readonly weight?: number | string };

/**
 * The kind of ballots an instance holds (pabulib's `vote_type`, with `cardinal` for `scoring`).
 *
 * @category budgeting
 */
export type BudgetBallotKind = "approval" | "cardinal" | "cumulative" | "ordinal";

/**
 * A participatory budgeting instance on the wire, as {@link parsePabulib} returns it: add a
 * `method` (and `options`) and {@link allocate} counts it.
 *
 * @category budgeting
 */
export interface BudgetInstance {
  readonly budget: string;
  readonly projects: readonly BudgetProjectSpec[];
  readonly ballots: readonly BudgetBallotSpec[];
  /** The pabulib META section, key by key (e.g. `rule`, `vote_type`, `currency`). */
  readonly meta: Readonly<Record<string, string>>;
}

/**
 * A project of an indexed election.
 *
 * @category budgeting
 */
export interface BudgetProject {
  readonly id: string;
  readonly cost: Rational;
  readonly name?: string;
  readonly category?: string;
}

/**
 * One (deduplicated) ballot of an indexed election: the project indices it supports, their
 * scores (for cardinal, cumulative and ordinal ballots; absent for approval, where every score
 * is 1), and its weight (how many voters cast it, or a voter's weight).
 *
 * @category budgeting
 */
export interface BudgetBallot {
  readonly projects: readonly number[];
  /** `scores[k]` is the score of `projects[k]`, positive. Absent on approval ballots. */
  readonly scores?: readonly Rational[];
  readonly weight: Rational;
}

/**
 * An indexed participatory budgeting election: what the typed functions ({@link equalShares},
 * {@link greedy}, {@link seqPhragmen}, {@link maxWelfare}) count. A committee election is the
 * special case where every cost is 1 and the budget is the number of seats.
 *
 * @category budgeting
 */
export interface BudgetElection {
  readonly budget: Rational;
  readonly projects: readonly BudgetProject[];
  readonly ballots: readonly BudgetBallot[];
  readonly kind: BudgetBallotKind;
}

/**
 * How a voter's satisfaction with a funded project is measured: `cardinality` (1 per supported
 * project: votes), `cost` (the project's cost, for supported projects: the money spent on what
 * the voter wanted), or `scores` (the ballot's score; 1 on approval ballots).
 *
 * @category budgeting
 */
export type BudgetSatisfaction = "cardinality" | "cost" | "scores";

/**
 * One round of a sequential method: the project funded, what it cost, and how it was paid.
 *
 * @category budgeting
 */
export interface AllocationRound {
  readonly round: number;
  readonly project: string;
  readonly cost: string;
  /** Supporters of the project (total weight of the ballots that support it). */
  readonly supporters: string;
  /** Equal Shares: the most any supporter paid (`rho` times the supporter's utility), 6 decimals. */
  readonly pricePerSupporter?: string;
  /** Equal Shares: cost divided by the price per supporter, 6 decimals (equalshares.net's "effective vote count"). */
  readonly effectiveVotes?: string;
  /** Equal Shares: the exact `rho` (price per unit of satisfaction), as `"p/q"`. */
  readonly rho?: string;
  /** Sequential Phragmén: the supporters' common load after the round, 6 decimals. */
  readonly load?: string;
}

/**
 * One step of a completion (Equal Shares' add-one or budget increase).
 *
 * @category budgeting
 */
export interface CompletionStep {
  readonly step: number;
  /** Each voter's budget at this step (6 decimals). */
  readonly voterBudget: string;
  readonly totalCost: string;
  readonly funded: number;
  /** Whether this step's outcome fitted the budget (the last that fits is kept). */
  readonly fits: boolean;
}

/**
 * A tie settled by the budgeting tie order (lowest cost, then most votes, then the tie-break
 * policy), as recorded in {@link Allocation.ties}.
 *
 * @category budgeting
 */
export interface BudgetTie {
  readonly step: string;
  readonly tied: readonly string[];
  readonly resolvedBy: "cost" | "votes" | "policy";
  readonly chosen: string | null;
}

/**
 * The outcome of a participatory budgeting count.
 *
 * @remarks
 * Amounts are exact decimal strings: `budget`, `totalCost`, `leftover` and costs in full (a
 * decimal when the amount has a finite decimal expansion, else 6 places, truncated); prices,
 * voter budgets and effective votes at 6 decimal places, truncated (`rationals.toFixed(x, 6,
 * "truncate")`), with the exact `rho` as a fraction.
 *
 * @category budgeting
 */
export interface Allocation {
  readonly method: string;
  /** The variant actually used, e.g. `"equal-shares/cost/add-one/comparison"`. */
  readonly variant: string;
  /** The funded projects, in the order they were selected. */
  readonly winners: readonly string[];
  readonly budget: string;
  readonly totalCost: string;
  readonly leftover: string;
  readonly rounds: readonly AllocationRound[];
  /** Equal Shares: each voter's budget in the outcome kept (6 decimals). */
  readonly voterBudget?: string;
  readonly completion?: {
    readonly kind: string;
    /** The step whose outcome was kept (add-one, budget increase), or the projects the completion added. */
    readonly steps: number;
    /** Every step counted, the first that overspent included (its `fits` is false). */
    readonly history: readonly CompletionStep[];
  };
  /** The comparison step: voters preferring each outcome, and which was kept. */
  readonly comparison?: {
    readonly against: "greedy";
    readonly preferEqualShares: number;
    readonly preferGreedy: number;
    readonly kept: "equal-shares" | "greedy";
    readonly greedyWinners: readonly string[];
  };
  /** Projects set aside before the count, with why. */
  readonly ineligible: readonly { readonly project: string; readonly reason: string }[];
  /** Every tie met, however it was settled. */
  readonly ties: readonly BudgetTie[];
  /** The ties the tie-break policy settled. */
  readonly tieBreaks: readonly TieBreakRecord[];
  readonly explanation: Explanation;
}
