/**
 * Sequential Phragmén for participatory budgeting (Los, Christoff and Grossi 2022).
 *
 * Voters earn money continuously, at the same rate (in proportion to their weight). A project is
 * bought at the first moment its supporters' earnings since their last purchase cover its cost;
 * buying it spends all its supporters' money, so their loads all become that moment. In load
 * terms, project p's time is `t_p = (cost_p + sum of w_i * load_i) / sum of w_i` over its
 * supporters, and the project with the earliest time is bought. A project that no longer fits the
 * remaining budget is skipped (`skipUnaffordable`, default) or ends the count.
 *
 * Only support counts (approval, or a positive score on other ballots), as in Phragmén's rule.
 * With every cost 1 and the budget equal to the number of seats, this is sequential Phragmén for
 * committees (Phragmén 1894; Brill, Freeman, Janson and Lackner 2017).
 *
 * Ties of time: lower cost, then more votes, then the tie-break policy, each recorded. Loads are
 * exact rationals; supporters with equal loads share a class, so a round does integer work per
 * supporter and rational work per class. Times never fall, so projects are re-timed lazily.
 *
 * @see Los, Christoff and Grossi, "Proportional Budget Allocations: Towards a Systematization",
 * IJCAI 2022, §3 (sequential Phragmén for PB).
 *
 * @module
 */
import { step } from "../../core/explanation.js";
import type { Rational } from "../../core/rational.js";
import * as rationals from "../../core/rational.js";
import type { TieBreakPolicy } from "../../core/tie-break.js";
import type { Allocation, AllocationRound, BudgetElection } from "./instance.js";
import {
  amount,
  type Compiled,
  compile,
  finish,
  money,
  six,
  type TieOrder,
  tieOrder,
  voters,
} from "./internal.js";

/**
 * Options of {@link seqPhragmen}.
 *
 * @category budgeting
 */
export interface SeqPhragmenOptions {
  /** Skip a project that no longer fits and go on (default `true`); `false` stops there. */
  readonly skipUnaffordable?: boolean;
  /** The policy after cost and votes (default lexicographic). */
  readonly tieBreak?: TieBreakPolicy;
}

/**
 * Funds projects by sequential Phragmén (see the module comment).
 *
 * @remarks
 * Rounds report each project's load (the moment it was bought, in currency per voter). Cost:
 * O(rounds × approvals of the re-timed projects).
 *
 * @example A committee of 2 (every cost 1)
 * ```ts
 * import { seqPhragmen } from "co-decide/committees";
 * import { rational } from "co-decide/core";
 *
 * seqPhragmen({
 *   kind: "approval", budget: rational(2),
 *   projects: [{ id: "a", cost: rational(1) }, { id: "b", cost: rational(1) }, { id: "c", cost: rational(1) }],
 *   ballots: [{ projects: [0, 1], weight: rational(3) }, { projects: [2], weight: rational(2) }],
 * }).winners; // => ["a", "c"]
 * ```
 *
 * @category budgeting
 */
export const seqPhragmen = (
  election: BudgetElection,
  options: SeqPhragmenOptions = {},
): Allocation => {
  const c = compile(election);
  const ties = tieOrder(c, options.tieBreak ?? { kind: "lexicographic" });
  const skip = options.skipUnaffordable ?? true;
  const { selected, rounds } = phragmenCount(c, ties, { start: [], exclude: [], skip });
  return finish(c, {
    method: "seq-phragmen",
    variant: `seq-phragmen/${skip ? "skip" : "no-skip"}`,
    selected,
    rounds,
    explanation: rounds.map((r) =>
      step(
        "fund",
        `Project ${r.project} was bought in round ${r.round}: its ${r.supporters} supporters had earned its cost of ${r.cost} by load ${r.load}.`,
        { ...r },
      ),
    ),
    ties: ties.ties,
    tieBreaks: ties.breaker.records(),
  });
};

/** The largest common denominator of the load classes `phragmenCount` sums over (2^4096). */
const COMMON_LIMIT = 1n << 4096n;

/** @internal */
export const phragmenCount = (
  c: Compiled,
  ties: TieOrder,
  options: {
    readonly start: readonly number[];
    readonly exclude: readonly number[];
    readonly skip: boolean;
    /**
     * Each ballot's load at the start (money per unit of weight, in the count's scaled units),
     * for a Phragmén phase that continues what an earlier phase spent; default all zero.
     */
    readonly initialLoads?: readonly Rational[];
    /**
     * End the count as soon as no project left fits the remaining budget (default `false`: the
     * count goes on, skipping them, so that their ties are recorded); the committee rules use it
     * so that no tie among candidates that can no longer be elected is met.
     */
    readonly stopWhenNoneFits?: boolean;
  },
): { selected: number[]; rounds: AllocationRound[] } => {
  const m = c.costs.length;
  const cls = new Int32Array(c.weights.length);
  const loads: Rational[] = [rationals.ZERO];
  // The loads again, over one common denominator (the least common multiple of theirs), so that
  // `time` sums whole numbers and normalises once instead of once per load class. Past
  // COMMON_BITS the common denominator would cost more than it saves, and `time` adds fractions.
  let common = 1n;
  const scaled: bigint[] = [0n];
  let overCommon = false;
  const addClass = (load: Rational): number => {
    loads.push(load);
    if (!overCommon) {
      const next = common * rationals.rational(common, load.den).den;
      if (next !== common) {
        const factor = next / common;
        for (let i = 0; i < scaled.length; i++) scaled[i] = (scaled[i] as bigint) * factor;
        common = next;
      }
      scaled.push(load.num * (common / load.den));
      if (common > COMMON_LIMIT) overCommon = true;
    }
    return loads.length - 1;
  };
  const loadClass = new Map<Rational | string, number>();
  options.initialLoads?.forEach((load, j) => {
    if (load.num === 0n) return;
    // Callers usually pass one object per distinct load: look it up by identity first.
    let k = loadClass.get(load);
    if (k === undefined) {
      const key = `${load.num}/${load.den}`;
      k = loadClass.get(key);
      if (k === undefined) {
        k = addClass(load);
        loadClass.set(key, k);
      }
      loadClass.set(load, k);
    }
    cls[j] = k;
  });
  let acc = new Float64Array(64);
  const lower: (Rational | undefined)[] = new Array(m).fill(undefined);
  const skipSet = new Set([...options.start, ...options.exclude]);
  let alive: number[] = [];
  for (let p = 0; p < m; p++) {
    if (!skipSet.has(p) && (c.votes[p] as number) > 0) alive.push(p);
  }
  let left = c.budget;
  for (const p of options.start) left -= c.costs[p] as bigint;
  const selected: number[] = [];
  const rounds: AllocationRound[] = [];

  const time = (p: number): Rational => {
    const sup = c.supporters[p] as Int32Array;
    if (acc.length < loads.length) acc = new Float64Array(loads.length * 2);
    const touched: number[] = [];
    for (let k = 0; k < sup.length; k++) {
      const j = sup[k] as number;
      const cl = cls[j] as number;
      if (acc[cl] === 0) touched.push(cl);
      acc[cl] = (acc[cl] as number) + (c.weights[j] as number);
    }
    if (!overCommon) {
      let spent = 0n;
      for (const cl of touched) {
        spent += (scaled[cl] as bigint) * BigInt(acc[cl] as number);
        acc[cl] = 0;
      }
      // (cost + spent / common) / votes
      return rationals.rational(
        (c.costs[p] as bigint) * common + spent,
        common * BigInt(c.votes[p] as number),
      );
    }
    let spentLoad = rationals.ZERO;
    for (const cl of touched) {
      spentLoad = rationals.add(
        spentLoad,
        rationals.mul(loads[cl] as Rational, rationals.rational(BigInt(acc[cl] as number))),
      );
      acc[cl] = 0;
    }
    return rationals.div(
      rationals.add(rationals.rational(c.costs[p] as bigint), spentLoad),
      rationals.rational(BigInt(c.votes[p] as number)),
    );
  };

  const byLower = (a: number, b: number): number => {
    const la = lower[a];
    const lb = lower[b];
    if (la === undefined || lb === undefined)
      return (la === undefined ? 0 : 1) - (lb === undefined ? 0 : 1) || a - b;
    return rationals.compare(la, lb) || a - b;
  };

  for (let round = 1; alive.length > 0; ) {
    if (options.stopWhenNoneFits === true && !alive.some((p) => (c.costs[p] as bigint) <= left))
      break;
    alive.sort(byLower);
    let best: Rational | undefined;
    let tied: number[] = [];
    for (const p of alive) {
      const bound = lower[p];
      if (best !== undefined && bound !== undefined && rationals.compare(bound, best) > 0) break;
      const t = time(p);
      lower[p] = t;
      const cmp = best === undefined ? -1 : rationals.compare(t, best);
      if (cmp < 0) {
        best = t;
        tied = [p];
      } else if (cmp === 0) tied.push(p);
    }
    if (best === undefined) break;
    const chosen = tied.length > 1 ? ties.choose(tied, `round ${round}`) : (tied[0] as number);
    alive = alive.filter((p) => p !== chosen);
    const cost = c.costs[chosen] as bigint;
    if (cost > left) {
      if (options.skip) continue;
      break;
    }
    left -= cost;
    const target = addClass(best);
    const sup = c.supporters[chosen] as Int32Array;
    for (let k = 0; k < sup.length; k++) cls[sup[k] as number] = target;
    selected.push(chosen);
    rounds.push({
      round,
      project: c.ids[chosen] as string,
      cost: amount(money(c, cost)),
      supporters: amount(voters(c, c.votes[chosen] as number)),
      // the load in currency per voter of weight 1
      load: six(
        rationals.div(
          rationals.mul(best, rationals.rational(c.weightScale)),
          rationals.rational(c.moneyScale),
        ),
      ),
    });
    round++;
  }
  return { selected, rounds };
};
