/**
 * Who a budget served, and whether it is proportional: per-voter satisfaction, the share of
 * voters with at least one funded project, and EJR up to one project for approval ballots.
 *
 * EJR up to one (Peters, Pierczyński and Skowron 2021, Definition 3 and §3, for cost and
 * cardinality utilities on approval ballots): a group `S` of voters who all approve every
 * project of a set `T` is *T-cohesive* when `|S| / n >= cost(T) / budget`. The allocation `W`
 * satisfies EJR up to one if, for every such pair, some voter `i` in `S` has `u_i(W) >= u_i(T)`,
 * or `u_i(W) + u_i(p) > u_i(T)` for some `p` in `T \ W`. The check enumerates every set `T`
 * (exactly, as whole numbers), so it is limited to small project lists
 * ({@link BUDGET_CHECKS_LIMIT}); a violation comes with its witness group.
 *
 * @see Peters, Pierczyński and Skowron, "Proportional Participatory Budgeting with Additive
 * Utilities", NeurIPS 2021, §3 (EJR up to one project).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Unsupported } from "../../core/errors.js";
import { defineLimit, workLimitError } from "../../core/limits.js";
import * as rationals from "../../core/rational.js";
import type { Allocation, BudgetElection } from "./instance.js";
import { amount, compile } from "./internal.js";

/**
 * The most work (sets of projects × ballots) {@link budgetChecks} spends on EJR up to one.
 *
 * @category limits
 */
export const BUDGET_CHECKS_LIMIT = /* @__PURE__ */ defineLimit({
  name: "budgetChecks.work",
  unit: "project sets × ballots",
  default: 50_000_000,
  ceiling: 2_000_000_000,
  option: "options.maxWork",
});

/**
 * What {@link budgetChecks} reports.
 *
 * @category budgeting
 */
export interface BudgetChecks {
  /** Per ballot of the election (in its order): how many of its projects were funded. */
  readonly fundedPerBallot: readonly number[];
  /** Per ballot: the money spent on its projects (exact decimal). */
  readonly moneyPerBallot: readonly string[];
  /** Voters (by weight) with at least one funded project, exact, and as a share of all voters (a float, reported only). */
  readonly votersWithFunded: string;
  readonly shareWithFunded: number;
  /** EJR up to one, per utility, on approval ballots; `undefined` for other ballots. */
  readonly ejrUpToOne?: {
    readonly cost: EjrResult;
    readonly cardinality: EjrResult;
  };
}

/**
 * The outcome of one EJR-up-to-one check: satisfied, or a witness group.
 *
 * @category budgeting
 */
export type EjrResult =
  | { readonly satisfied: true }
  | {
      readonly satisfied: false;
      /** The projects `T` the group agrees on. */
      readonly projects: readonly string[];
      /** The indices of the group's ballots in the election. */
      readonly ballots: readonly number[];
      readonly text: string;
    };

/**
 * Who an allocation served, and whether it satisfies EJR up to one project.
 *
 * @remarks
 * `allocation` may be any {@link Allocation} of this election (its `winners` are read). Returns
 * `Unsupported` (`work_limit`, `options.maxWork`) when 2^projects × ballots passes
 * {@link BUDGET_CHECKS_LIMIT}; pass `{ ejr: false }` to skip the proportionality check.
 *
 * @example Equal Shares satisfies EJR up to one; greedy need not
 * ```ts
 * import { budgetChecks, greedy } from "co-decide/committees";
 * import { rational } from "co-decide/core";
 *
 * const election = {
 *   kind: "approval" as const, budget: rational(2),
 *   projects: [{ id: "a", cost: rational(1) }, { id: "b", cost: rational(1) }, { id: "x", cost: rational(1) }],
 *   ballots: [{ projects: [0, 1], weight: rational(1) }, { projects: [2], weight: rational(1) }],
 * };
 * budgetChecks(election, greedy(election)); // => right({ shareWithFunded: 0.5, ejrUpToOne: { cost: { satisfied: false, ... } } })
 * ```
 *
 * @category budgeting
 */
export const budgetChecks = (
  election: BudgetElection,
  allocation: Pick<Allocation, "winners">,
  options: { readonly ejr?: boolean; readonly maxWork?: number } = {},
): E.Either<Unsupported, BudgetChecks> => {
  const c = compile(election);
  const m = c.costs.length;
  const index = new Map(c.ids.map((id, p) => [id, p]));
  const funded = new Uint8Array(m);
  for (const id of allocation.winners) {
    const p = index.get(id);
    if (p !== undefined) funded[p] = 1;
  }
  const fundedPerBallot: number[] = [];
  const moneyPerBallot: string[] = [];
  let served = 0;
  c.ballotProjects.forEach((projects, j) => {
    let count = 0;
    let money = 0n;
    for (const p of projects) {
      if (funded[p] === 1) {
        count++;
        money += c.costs[p] as bigint;
      }
    }
    fundedPerBallot.push(count);
    moneyPerBallot.push(amount(rationals.rational(money, c.moneyScale)));
    if (count > 0) served += c.weights[j] as number;
  });
  const base = {
    fundedPerBallot,
    moneyPerBallot,
    votersWithFunded: amount(rationals.rational(BigInt(served), c.weightScale)),
    shareWithFunded: c.totalWeight === 0 ? 0 : served / c.totalWeight,
  };
  if (options.ejr === false || election.kind !== "approval") return E.right(base);
  const allowed = options.maxWork ?? BUDGET_CHECKS_LIMIT.default;
  const work = 2 ** m * Math.max(1, c.ballotProjects.length);
  if (m > 30 || work > allowed) return E.left(workLimitError(BUDGET_CHECKS_LIMIT, work, allowed));
  return E.right({
    ...base,
    ejrUpToOne: { cost: ejr(c, funded, "cost"), cardinality: ejr(c, funded, "cardinality") },
  });
};

const ejr = (
  c: ReturnType<typeof compile>,
  funded: Uint8Array,
  utility: "cost" | "cardinality",
): EjrResult => {
  const m = c.costs.length;
  const masks = c.ballotProjects.map((projects) =>
    projects.reduce((mask, p) => mask | (1 << p), 0),
  );
  const u = (p: number): bigint => (utility === "cost" ? (c.costs[p] as bigint) : 1n);
  const W = BigInt(c.totalWeight);
  for (let T = 1; T < 1 << m; T++) {
    let costT = 0n;
    let utilT = 0n;
    for (let p = 0; p < m; p++) {
      if (T & (1 << p)) {
        costT += c.costs[p] as bigint;
        utilT += u(p);
      }
    }
    // the largest gain one more project of T \ W could give
    let bestMissing = 0n;
    let missing = false;
    for (let p = 0; p < m; p++) {
      if (T & (1 << p) && funded[p] === 0) {
        missing = true;
        if (u(p) > bestMissing) bestMissing = u(p);
      }
    }
    if (!missing) continue; // every voter approving T has u(W) >= u(T)
    // the voters approving all of T who would complain: any such group large enough is a witness
    let size = 0;
    const group: number[] = [];
    masks.forEach((mask, j) => {
      if ((mask & T) !== T) return;
      let have = 0n;
      for (const p of c.ballotProjects[j] as readonly number[]) if (funded[p] === 1) have += u(p);
      if (have >= utilT || have + bestMissing > utilT) return;
      size += c.weights[j] as number;
      group.push(j);
    });
    if (group.length === 0) continue;
    // T-cohesive: |S| / n >= cost(T) / budget
    if (BigInt(size) * c.budget >= costT * W) {
      const projects: string[] = [];
      for (let p = 0; p < m; p++) if (T & (1 << p)) projects.push(c.ids[p] as string);
      return {
        satisfied: false,
        projects,
        ballots: group,
        text: `${amount(rationals.rational(BigInt(size), c.weightScale))} voters all approve ${projects.join(", ")} and are numerous enough to pay for them with their shares, yet none of them gets the ${utility === "cost" ? "money" : "number of projects"} that would justify, even with one more of these projects.`,
      };
    }
  }
  return { satisfied: true };
};
