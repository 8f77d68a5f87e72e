/**
 * Utilitarian welfare maximisation: the set of projects of greatest total satisfaction whose cost
 * fits the budget (the knapsack rule), solved exactly by dynamic programming over costs.
 *
 * Costs and budget are scaled to whole numbers and divided by the greatest common divisor of the
 * costs, so the table has `projects × (budget / gcd)` cells of one bit, and a double per budget
 * unit (counted as 8 more cells); inputs past
 * {@link MAX_WELFARE_WORK_LIMIT} are refused before any work. Satisfactions are whole numbers
 * (scaled), added exactly in doubles below 2^53 (checked).
 *
 * Among allocations of equal welfare the programme keeps the one it meets first: it prefers to
 * leave out the projects listed last. Such ties are not enumerated.
 *
 * @see Talmon and Faliszewski, "A Framework for Approval-based Budgeting Methods", AAAI 2019
 * (the max-utility rules); Faliszewski et al., IJCAI 2023, §2.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type Unsupported, unsupported } from "../../core/errors.js";
import { step } from "../../core/explanation.js";
import { defineLimit, workLimitError } from "../../core/limits.js";
import type { Allocation, BudgetElection, BudgetSatisfaction } from "./instance.js";
import { amount, compile, finish, money, totalSatisfaction, voters } from "./internal.js";

/**
 * The most table cells (projects × budget in cost units) {@link maxWelfare} fills.
 *
 * @category limits
 */
export const MAX_WELFARE_WORK_LIMIT = /* @__PURE__ */ defineLimit({
  name: "maxWelfare.cells",
  unit: "table cells ((projects + 8) × budget units)",
  default: 100_000_000,
  ceiling: 2_000_000_000,
  option: "options.maxWork",
});

/**
 * Options of {@link maxWelfare}.
 *
 * @category budgeting
 */
export interface MaxWelfareOptions {
  /** Default `cardinality` (votes). */
  readonly satisfaction?: BudgetSatisfaction;
  /** Raises {@link MAX_WELFARE_WORK_LIMIT}. */
  readonly maxWork?: number;
}

/**
 * Funds the allocation of greatest total satisfaction within the budget, exactly.
 *
 * @remarks
 * O(projects × budget / gcd(costs)) time, and as many bits of memory. Returns `Unsupported`
 * (`work_limit`, `options.maxWork`) past {@link MAX_WELFARE_WORK_LIMIT}, and `Unsupported`
 * (`precision`) when total satisfaction passes 2^53 in scaled units.
 *
 * @example The knapsack beats greedy
 * ```ts
 * import { maxWelfare } from "co-decide/committees";
 * import { rational } from "co-decide/core";
 *
 * const result = maxWelfare({
 *   kind: "approval", budget: rational(100),
 *   projects: [{ id: "a", cost: rational(60) }, { id: "b", cost: rational(50) }, { id: "c", cost: rational(50) }],
 *   ballots: [{ projects: [0], weight: rational(5) }, { projects: [1, 2], weight: rational(4) }],
 * });
 * // result.right.winners => ["b", "c"] (8 votes against a's 5)
 * ```
 *
 * @category budgeting
 */
export const maxWelfare = (
  election: BudgetElection,
  options: MaxWelfareOptions = {},
): E.Either<Unsupported, Allocation> => {
  const c = compile(election);
  const satisfaction = options.satisfaction ?? "cardinality";
  const m = c.costs.length;
  let g = 0n;
  for (const cost of c.costs) {
    let a = g;
    let b = cost;
    while (b !== 0n) [a, b] = [b, a % b];
    g = a;
  }
  if (g === 0n) g = 1n;
  const capacityBig = c.budget / g;
  const allowed = options.maxWork ?? MAX_WELFARE_WORK_LIMIT.default;
  // one bit per project and budget unit, and a double (as 8 more cells) per budget unit
  const cellsBig = (capacityBig + 1n) * BigInt(m + 8);
  if (cellsBig > BigInt(allowed)) {
    return E.left(workLimitError(MAX_WELFARE_WORK_LIMIT, Number(cellsBig), allowed));
  }
  const capacity = Number(capacityBig);
  const values = c.costs.map((_, p) => totalSatisfaction(c, satisfaction, p));
  const total = values.reduce((s, v) => s + v, 0n);
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) {
    return E.left(
      unsupported(
        "precision",
        "Total satisfaction is too large to add exactly (past 2^53 in scaled units).",
      ),
    );
  }
  const weightsOf = c.costs.map((cost) => Number(cost / g));
  const best = new Float64Array(capacity + 1);
  const choice = new Uint8Array(Math.ceil(((capacity + 1) * m) / 8));
  for (let p = 0; p < m; p++) {
    const w = weightsOf[p] as number;
    const v = Number(values[p] as bigint);
    if (w > capacity) continue;
    const row = p * (capacity + 1);
    for (let b = capacity; b >= w; b--) {
      const candidate = (best[b - w] as number) + v;
      if (candidate > (best[b] as number)) {
        best[b] = candidate;
        const bit = row + b;
        choice[bit >> 3] = (choice[bit >> 3] as number) | (1 << (bit & 7));
      }
    }
  }
  const selected: number[] = [];
  let b = capacity;
  for (let p = m - 1; p >= 0; p--) {
    const bit = p * (capacity + 1) + b;
    if (((choice[bit >> 3] as number) >> (bit & 7)) & 1) {
      selected.push(p);
      b -= weightsOf[p] as number;
    }
  }
  selected.reverse();
  return E.right(
    finish(c, {
      method: "max-welfare",
      variant: `max-welfare/${satisfaction}`,
      selected,
      rounds: selected.map((p, k) => ({
        round: k + 1,
        project: c.ids[p] as string,
        cost: amount(money(c, c.costs[p] as bigint)),
        supporters: amount(voters(c, c.votes[p] as number)),
      })),
      explanation: [
        step(
          "optimum",
          `No other set of projects within the budget has more total satisfaction (${satisfaction}) than the ${selected.length} funded.`,
          { funded: selected.map((p) => c.ids[p]) },
        ),
      ],
      ties: [],
      tieBreaks: [],
    }),
  );
};
