/**
 * Greedy budgeting: the rule most cities count with. Projects are taken in order of total
 * satisfaction (most votes first, in the usual city rule), each funded if it still fits in what is
 * left of the budget; with `skipUnaffordable: false` the count stops at the first project that
 * does not fit (Gdynia's rule, pabulib `greedy-no-skip`).
 *
 * Ties of satisfaction go to the lower cost, then to more votes, then to the tie-break policy
 * (lexicographic by default), each recorded.
 *
 * @see Faliszewski et al., "Participatory Budgeting: Data, Tools, and Analysis", IJCAI 2023, §2
 * (greedy utilitarian rules as used by cities); Talmon and Faliszewski, "A Framework for Approval-
 * based Budgeting Methods", AAAI 2019 (greedy by satisfaction and by satisfaction per cost).
 *
 * @module
 */
import { step } from "../../core/explanation.js";
import type { TieBreakPolicy } from "../../core/tie-break.js";
import type { Allocation, BudgetElection, BudgetSatisfaction } from "./instance.js";
import {
  amount,
  type Compiled,
  compile,
  finish,
  money,
  type TieOrder,
  tieOrder,
  totalSatisfaction,
  voters,
} from "./internal.js";

/**
 * Options of {@link greedy}.
 *
 * @category budgeting
 */
export interface GreedyOptions {
  /** How satisfaction is measured (default `cardinality`: votes). */
  readonly satisfaction?: BudgetSatisfaction;
  /** `satisfaction` (default: most satisfaction first) or `satisfaction-per-cost`. */
  readonly order?: "satisfaction" | "satisfaction-per-cost";
  /** Skip a project that no longer fits and go on (default `true`); `false` stops there. */
  readonly skipUnaffordable?: boolean;
  /** The tie-break policy after cost and votes (default lexicographic). */
  readonly tieBreak?: TieBreakPolicy;
  /** Project indices excluded from the count (e.g. ineligible ones). */
  readonly exclude?: readonly number[];
}

/**
 * Funds projects in order of total satisfaction while they fit in the budget.
 *
 * @remarks
 * Variant in `variant`: `greedy/<satisfaction>/<order>/<skip|no-skip>`. Exact: satisfactions are
 * compared as whole numbers (per cost, by cross-multiplication). O(m log m + total approvals).
 *
 * @example Three projects, a budget of 100
 * ```ts
 * import { greedy } from "co-decide/committees";
 * import { rational } from "co-decide/core";
 *
 * greedy({
 *   kind: "approval", budget: rational(100),
 *   projects: [{ id: "a", cost: rational(60) }, { id: "b", cost: rational(50) }, { id: "c", cost: rational(40) }],
 *   ballots: [{ projects: [0, 1], weight: rational(3) }, { projects: [2], weight: rational(2) }],
 * }).winners; // => ["a", "c"]
 * ```
 *
 * @category budgeting
 */
export const greedy = (election: BudgetElection, options: GreedyOptions = {}): Allocation => {
  const c = compile(election);
  const ties = tieOrder(c, options.tieBreak ?? { kind: "lexicographic" });
  const satisfaction = options.satisfaction ?? "cardinality";
  const order = options.order ?? "satisfaction";
  const skip = options.skipUnaffordable ?? true;
  const { selected, skipped, stoppedAt } = greedyCount(c, ties, {
    satisfaction,
    order,
    skip,
    exclude: options.exclude ?? [],
    start: [],
  });
  const explanation = selected.map((p, k) =>
    step(
      "fund",
      `Project ${c.ids[p]} was funded in round ${k + 1}: ${amount(voters(c, c.votes[p] as number))} votes, cost ${amount(money(c, c.costs[p] as bigint))}.`,
      { project: c.ids[p], cost: amount(money(c, c.costs[p] as bigint)) },
    ),
  );
  if (skipped.length > 0) {
    explanation.push(
      step(
        "skip",
        `Skipped as they no longer fitted: ${skipped.map((p) => c.ids[p]).join(", ")}.`,
        { skipped: skipped.map((p) => c.ids[p]) },
      ),
    );
  }
  if (stoppedAt !== undefined) {
    explanation.push(
      step("stop", `The count stopped at project ${c.ids[stoppedAt]}, which no longer fitted.`, {
        project: c.ids[stoppedAt],
      }),
    );
  }
  return finish(c, {
    method: "greedy",
    variant: `greedy/${satisfaction}/${order}/${skip ? "skip" : "no-skip"}`,
    selected,
    rounds: selected.map((p, k) => ({
      round: k + 1,
      project: c.ids[p] as string,
      cost: amount(money(c, c.costs[p] as bigint)),
      supporters: amount(voters(c, c.votes[p] as number)),
    })),
    explanation,
    ties: ties.ties,
    tieBreaks: ties.breaker.records(),
  });
};

/** @internal */
export interface GreedyCountOptions {
  readonly satisfaction: BudgetSatisfaction;
  readonly order: "satisfaction" | "satisfaction-per-cost";
  readonly skip: boolean;
  readonly exclude: readonly number[];
  /** Already funded projects; greedy continues with what is left of the budget. */
  readonly start: readonly number[];
}

/**
 * The greedy count on a compiled election. The order of projects is fixed once (satisfaction is
 * static), with ties settled by the budgeting tie order.
 *
 * @internal
 */
export const greedyCount = (
  c: Compiled,
  ties: TieOrder,
  options: GreedyCountOptions,
): { selected: number[]; skipped: number[]; stoppedAt: number | undefined } => {
  const taken = new Set(options.start);
  const excluded = new Set(options.exclude);
  const candidates: number[] = [];
  for (let p = 0; p < c.costs.length; p++) {
    if (!taken.has(p) && !excluded.has(p)) candidates.push(p);
  }
  const value = candidates.map((p) => totalSatisfaction(c, options.satisfaction, p));
  const key = new Map(candidates.map((p, k) => [p, value[k] as bigint]));
  const perCost = options.order === "satisfaction-per-cost";
  // a before b when its key is larger: by satisfaction, or satisfaction/cost by cross-multiplying.
  const compare = (a: number, b: number): number => {
    const ka = key.get(a) as bigint;
    const kb = key.get(b) as bigint;
    const left = perCost ? ka * (c.costs[b] as bigint) : ka;
    const right = perCost ? kb * (c.costs[a] as bigint) : kb;
    return left > right ? -1 : left < right ? 1 : 0;
  };
  const sorted = [...candidates].sort((a, b) => compare(a, b) || a - b);
  const ordered: number[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && compare(sorted[i] as number, sorted[j] as number) === 0) j++;
    const group = sorted.slice(i, j);
    while (group.length > 1) {
      const chosen = ties.choose(group, `position ${ordered.length + 1}`);
      ordered.push(chosen);
      group.splice(group.indexOf(chosen), 1);
    }
    ordered.push(group[0] as number);
    i = j;
  }
  let left = c.budget;
  for (const p of options.start) left -= c.costs[p] as bigint;
  const selected: number[] = [];
  const skipped: number[] = [];
  for (const p of ordered) {
    const cost = c.costs[p] as bigint;
    if (cost <= left) {
      selected.push(p);
      left -= cost;
    } else if (options.skip) {
      skipped.push(p);
    } else {
      return { selected, skipped, stoppedAt: p };
    }
  }
  return { selected, skipped, stoppedAt: undefined };
};
