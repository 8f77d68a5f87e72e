/**
 * The counting form shared by the budgeting methods: every amount scaled to whole numbers
 * (costs and budget by the least common denominator of the money, weights and scores by theirs),
 * supporters listed per project in typed arrays, and the helpers that turn a count into an
 * {@link Allocation}.
 *
 * Scaling by a common denominator is exact (it multiplies every amount of one kind by the same
 * whole number), and it lets the hot loops work on small integers; only the quantities that must
 * be fractions (Equal Shares' voter budgets and prices, Phragmén's loads) are rationals.
 *
 * @internal
 * @module
 */
import { type ExplanationStep, step } from "../../core/explanation.js";
import type { Rational } from "../../core/rational.js";
import * as rationals from "../../core/rational.js";
import {
  createTieBreaker,
  type TieBreaker,
  type TieBreakPolicy,
  type TieBreakRecord,
} from "../../core/tie-break.js";
import type {
  Allocation,
  AllocationRound,
  BudgetElection,
  BudgetSatisfaction,
  BudgetTie,
} from "./instance.js";

/** @internal */
export interface Compiled {
  readonly election: BudgetElection;
  readonly ids: readonly string[];
  /** Currency scale: `costs[p] = cost(p) * moneyScale`, a whole number. */
  readonly moneyScale: bigint;
  readonly costs: readonly bigint[];
  readonly budget: bigint;
  /** Ballot weights scaled to whole numbers (`weightScale` units per unit of weight). */
  readonly weights: Float64Array;
  readonly weightScale: bigint;
  readonly totalWeight: number;
  /** Ballot indices supporting each project. */
  readonly supporters: readonly Int32Array[];
  /** The scaled score of each supporter (same order), or undefined on approval ballots. */
  readonly scores: readonly (Float64Array | undefined)[];
  /** Total scaled weight of each project's supporters: its votes. */
  readonly votes: readonly number[];
  /** Each ballot's projects, for per-voter counts. */
  readonly ballotProjects: readonly (readonly number[])[];
}

const lcm = (a: bigint, b: bigint): bigint => {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
};

const scaled = (value: Rational, scale: bigint): bigint => (value.num * scale) / value.den;

/** @internal */
export const compile = (election: BudgetElection): Compiled => {
  const m = election.projects.length;
  let moneyScale = election.budget.den;
  for (const project of election.projects) moneyScale = lcm(moneyScale, project.cost.den);
  let weightScale = 1n;
  let scoreScale = 1n;
  for (const ballot of election.ballots) {
    weightScale = lcm(weightScale, ballot.weight.den);
    for (const score of ballot.scores ?? []) scoreScale = lcm(scoreScale, score.den);
  }
  const weights = new Float64Array(election.ballots.length);
  let totalWeight = 0;
  const lists: number[][] = Array.from({ length: m }, () => []);
  const scoreLists: (number[] | undefined)[] = election.projects.map(() =>
    election.kind === "approval" ? undefined : [],
  );
  const votes = new Array<number>(m).fill(0);
  election.ballots.forEach((ballot, j) => {
    const w = Number(scaled(ballot.weight, weightScale));
    weights[j] = w;
    totalWeight += w;
    ballot.projects.forEach((p, k) => {
      lists[p]?.push(j);
      votes[p] = (votes[p] ?? 0) + w;
      const score = ballot.scores?.[k];
      scoreLists[p]?.push(
        score === undefined ? Number(scoreScale) : Number(scaled(score, scoreScale)),
      );
    });
  });
  return {
    election,
    ids: election.projects.map((p) => p.id),
    moneyScale,
    costs: election.projects.map((p) => scaled(p.cost, moneyScale)),
    budget: scaled(election.budget, moneyScale),
    weights,
    weightScale,
    totalWeight,
    supporters: lists.map((list) => Int32Array.from(list)),
    scores: scoreLists.map((list) => (list === undefined ? undefined : Float64Array.from(list))),
    votes,
    ballotProjects: election.ballots.map((b) => b.projects),
  };
};

/**
 * A project's utility to one supporter under a satisfaction measure, as a whole number: `uniform`
 * when every supporter gets the same, else read per supporter from `scores`.
 *
 * @internal
 */
export const uniformUtility = (
  c: Compiled,
  satisfaction: BudgetSatisfaction,
  p: number,
): bigint | undefined => {
  if (satisfaction === "cardinality") return 1n;
  if (satisfaction === "cost") return c.costs[p] as bigint;
  return c.scores[p] === undefined ? 1n : undefined;
};

/** A project's total satisfaction (a whole number in scaled units). @internal */
export const totalSatisfaction = (
  c: Compiled,
  satisfaction: BudgetSatisfaction,
  p: number,
): bigint => {
  const uniform = uniformUtility(c, satisfaction, p);
  if (uniform !== undefined) return uniform * BigInt(c.votes[p] as number);
  const sup = c.supporters[p] as Int32Array;
  const scores = c.scores[p] as Float64Array;
  let total = 0n;
  for (let k = 0; k < sup.length; k++) {
    total += BigInt(c.weights[sup[k] as number] as number) * BigInt(scores[k] as number);
  }
  return total;
};

/** Money in scaled units back to an exact rational amount. @internal */
export const money = (c: Compiled, amount: bigint | Rational): Rational =>
  typeof amount === "bigint"
    ? rationals.rational(amount, c.moneyScale)
    : rationals.div(amount, rationals.rational(c.moneyScale));

/** A weight in scaled units back to voters. @internal */
export const voters = (c: Compiled, weight: number | bigint): Rational =>
  rationals.rational(BigInt(weight), c.weightScale);

/**
 * An amount as an exact decimal when it has a finite decimal expansion of at most 12 places,
 * else to 6 places, truncated.
 *
 * @internal
 */
export const amount = (value: Rational): string => {
  let d = value.den;
  while (d % 2n === 0n) d /= 2n;
  while (d % 5n === 0n) d /= 5n;
  if (d === 1n) {
    for (let places = 0; places <= 12; places++) {
      if (10n ** BigInt(places) % value.den === 0n)
        return rationals.toFixed(value, places, "truncate");
    }
  }
  return rationals.toFixed(value, 6, "truncate");
};

/** 6 decimal places, truncated. @internal */
export const six = (value: Rational): string => rationals.toFixed(value, 6, "truncate");

/**
 * The budgeting tie order: lowest cost, then most votes, then the policy. Every tie is recorded
 * in `ties`; the policy's own records go to the tie-breaker.
 *
 * @internal
 */
export interface TieOrder {
  readonly choose: (tied: readonly number[], step: string) => number;
  readonly ties: BudgetTie[];
  readonly breaker: TieBreaker;
}

/** @internal */
export const tieOrder = (c: Compiled, policy: TieBreakPolicy): TieOrder => {
  const breaker = createTieBreaker(policy, c.ids);
  const ties: BudgetTie[] = [];
  const choose = (tied: readonly number[], at: string): number => {
    const sorted = [...tied].sort((a, b) => a - b);
    const names = sorted.map((p) => c.ids[p] as string);
    let left = sorted;
    const cheapest = left.reduce(
      (best, p) => ((c.costs[p] as bigint) < best ? (c.costs[p] as bigint) : best),
      c.costs[left[0] as number] as bigint,
    );
    left = left.filter((p) => c.costs[p] === cheapest);
    if (left.length === 1) {
      ties.push({
        step: at,
        tied: names,
        resolvedBy: "cost",
        chosen: c.ids[left[0] as number] as string,
      });
      return left[0] as number;
    }
    const most = Math.max(...left.map((p) => c.votes[p] as number));
    left = left.filter((p) => c.votes[p] === most);
    if (left.length === 1) {
      ties.push({
        step: at,
        tied: names,
        resolvedBy: "votes",
        chosen: c.ids[left[0] as number] as string,
      });
      return left[0] as number;
    }
    const picked = breaker.choose(left, "select", at);
    const chosen = picked ?? (left[0] as number);
    ties.push({
      step: at,
      tied: names,
      resolvedBy: "policy",
      chosen: picked === undefined ? null : (c.ids[chosen] as string),
    });
    return chosen;
  };
  return { choose, ties, breaker };
};

/** What every method hands to {@link finish}. @internal */
export interface Count {
  readonly method: string;
  readonly variant: string;
  readonly selected: readonly number[];
  readonly rounds: readonly AllocationRound[];
  readonly explanation: readonly ExplanationStep[];
  readonly ties: readonly BudgetTie[];
  readonly tieBreaks: readonly TieBreakRecord[];
  readonly ineligible?: readonly { readonly project: string; readonly reason: string }[];
  readonly extra?: Partial<Allocation>;
}

/** Builds the {@link Allocation}. @internal */
export const finish = (c: Compiled, count: Count): Allocation => {
  const spent = count.selected.reduce((sum, p) => sum + (c.costs[p] as bigint), 0n);
  const total = money(c, spent);
  const leftover = money(c, c.budget - spent);
  const closing = step(
    "total",
    `${count.selected.length} project${count.selected.length === 1 ? " was" : "s were"} funded for ${amount(total)} of the budget of ${amount(money(c, c.budget))}, leaving ${amount(leftover)}.`,
    {
      funded: count.selected.map((p) => c.ids[p]),
      totalCost: amount(total),
      leftover: amount(leftover),
    },
  );
  return {
    method: count.method,
    variant: count.variant,
    winners: count.selected.map((p) => c.ids[p] as string),
    budget: amount(money(c, c.budget)),
    totalCost: amount(total),
    leftover: amount(leftover),
    rounds: count.rounds,
    ineligible: count.ineligible ?? [],
    ties: count.ties,
    tieBreaks: count.tieBreaks,
    ...count.extra,
    explanation: [...count.explanation, closing],
  };
};

/** "1 voter", "720 voters", "2.5 voters". @internal */
export const voterCount = (c: Compiled, weight: number): string => {
  const value = voters(c, weight);
  const text = amount(value);
  return `${text} ${text === "1" ? "supporter" : "supporters"}`;
};

/** A currency amount for a sentence: `"PLN 315.84"`, or just the number. @internal */
export const priced = (currency: string | undefined, value: string): string =>
  currency === undefined || currency === "" ? value : `${currency} ${value}`;

/** Rounds a money amount to 2 places for sentences. @internal */
export const cents = (value: Rational): string => rationals.toFixed(value, 2, "half-up");
