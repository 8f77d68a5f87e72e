/**
 * Slow, separately written budgeting rules, for the oracle tests: one rational budget or load per
 * voter, every project re-priced every round, no classes, no scaling, no laziness. Ties: lower
 * cost, then more votes, then the project listed first in lexicographic order of ids.
 */

import type { Rational } from "../../../src/core/rational.js";
import * as r from "../../../src/core/rational.js";

export interface SmallInstance {
  readonly budget: number;
  readonly costs: readonly number[];
  /** One approval set per voter (project indices). */
  readonly voters: readonly (readonly number[])[];
}

const ids = (n: number): string[] => Array.from({ length: n }, (_, p) => `p${p}`);

const better = (inst: SmallInstance, a: number, b: number): boolean => {
  // true when a wins a tie against b
  const ca = inst.costs[a] as number;
  const cb = inst.costs[b] as number;
  if (ca !== cb) return ca < cb;
  const va = inst.voters.filter((v) => v.includes(a)).length;
  const vb = inst.voters.filter((v) => v.includes(b)).length;
  if (va !== vb) return va > vb;
  const [na, nb] = [`p${a}`, `p${b}`];
  return na < nb;
};

/** MES with cost (or cardinality) utilities, each voter starting with `share`. */
export const mesOracle = (
  inst: SmallInstance,
  share: Rational,
  satisfaction: "cost" | "cardinality",
): number[] => {
  const budgets = inst.voters.map(() => share);
  const funded: number[] = [];
  for (;;) {
    let best: { p: number; rho: Rational } | undefined;
    for (let p = 0; p < inst.costs.length; p++) {
      if (funded.includes(p)) continue;
      const supporters = inst.voters.flatMap((v, i) => (v.includes(p) ? [i] : []));
      if (supporters.length === 0) continue;
      const cost = r.rational(inst.costs[p] as number);
      const total = r.sum(supporters.map((i) => budgets[i] as Rational));
      if (r.compare(total, cost) < 0) continue;
      // q: the equal payment cap; try each number of capped voters
      const sorted = [...supporters].sort((a, b) =>
        r.compare(budgets[a] as Rational, budgets[b] as Rational),
      );
      let q: Rational | undefined;
      for (let k = 0; k < sorted.length; k++) {
        const paidByPoor = r.sum(sorted.slice(0, k).map((i) => budgets[i] as Rational));
        const candidate = r.div(r.sub(cost, paidByPoor), r.rational(sorted.length - k));
        if (r.compare(candidate, budgets[sorted[k] as number] as Rational) <= 0) {
          q = candidate;
          break;
        }
      }
      if (q === undefined) continue;
      const u = satisfaction === "cost" ? cost : r.ONE;
      const rho = r.div(q, u);
      if (
        best === undefined ||
        r.compare(rho, best.rho) < 0 ||
        (r.compare(rho, best.rho) === 0 && better(inst, p, best.p))
      ) {
        best = { p, rho };
      }
    }
    if (best === undefined) return funded;
    const u = satisfaction === "cost" ? r.rational(inst.costs[best.p] as number) : r.ONE;
    const q = r.mul(best.rho, u);
    inst.voters.forEach((v, i) => {
      if (v.includes(best.p)) budgets[i] = r.max(r.ZERO, r.sub(budgets[i] as Rational, q));
    });
    funded.push(best.p);
  }
};

/** MES + add-one (step per voter), keeping the last outcome within the budget. */
export const mesAddOneOracle = (
  inst: SmallInstance,
  step: Rational,
  satisfaction: "cost" | "cardinality" = "cost",
): number[] => {
  const n = inst.voters.length;
  let share = r.rational(inst.budget, n);
  let kept = mesOracle(inst, share, satisfaction);
  const cost = (set: number[]) => set.reduce((s, p) => s + (inst.costs[p] as number), 0);
  for (;;) {
    if (kept.length === inst.costs.filter((_, p) => inst.voters.some((v) => v.includes(p))).length)
      return kept;
    share = r.add(share, step);
    const next = mesOracle(inst, share, satisfaction);
    if (cost(next) > inst.budget) return kept;
    kept = next;
  }
};

/** Greedy by votes, skipping what no longer fits. */
export const greedyOracle = (inst: SmallInstance): number[] => {
  const votes = inst.costs.map((_, p) => inst.voters.filter((v) => v.includes(p)).length);
  const order = inst.costs.map((_, p) => p);
  order.sort(
    (a, b) => (votes[b] as number) - (votes[a] as number) || (better(inst, a, b) ? -1 : 1),
  );
  let left = inst.budget;
  const out: number[] = [];
  for (const p of order) {
    if ((inst.costs[p] as number) <= left) {
      out.push(p);
      left -= inst.costs[p] as number;
    }
  }
  return out;
};

/** Sequential Phragmén for budgets, skipping what no longer fits. */
export const phragmenOracle = (inst: SmallInstance): number[] => {
  const loads = inst.voters.map(() => r.ZERO);
  const funded: number[] = [];
  const dropped = new Set<number>();
  let left = inst.budget;
  for (;;) {
    let best: { p: number; t: Rational } | undefined;
    for (let p = 0; p < inst.costs.length; p++) {
      if (funded.includes(p) || dropped.has(p)) continue;
      const supporters = inst.voters.flatMap((v, i) => (v.includes(p) ? [i] : []));
      if (supporters.length === 0) continue;
      const t = r.div(
        r.add(
          r.rational(inst.costs[p] as number),
          r.sum(supporters.map((i) => loads[i] as Rational)),
        ),
        r.rational(supporters.length),
      );
      if (
        best === undefined ||
        r.compare(t, best.t) < 0 ||
        (r.compare(t, best.t) === 0 && better(inst, p, best.p))
      ) {
        best = { p, t };
      }
    }
    if (best === undefined) return funded;
    if ((inst.costs[best.p] as number) > left) {
      dropped.add(best.p);
      continue;
    }
    left -= inst.costs[best.p] as number;
    funded.push(best.p);
    inst.voters.forEach((v, i) => {
      if (v.includes(best.p)) loads[i] = best.t;
    });
  }
};

/** The greatest total number of votes within the budget, over every subset. */
export const bestWelfare = (inst: SmallInstance): number => {
  const m = inst.costs.length;
  const votes = inst.costs.map((_, p) => inst.voters.filter((v) => v.includes(p)).length);
  let best = 0;
  for (let mask = 0; mask < 1 << m; mask++) {
    let cost = 0;
    let welfare = 0;
    for (let p = 0; p < m; p++) {
      if (mask & (1 << p)) {
        cost += inst.costs[p] as number;
        welfare += votes[p] as number;
      }
    }
    if (cost <= inst.budget && welfare > best) best = welfare;
  }
  return best;
};

export const toSpec = (
  inst: SmallInstance,
  method: string,
  options: Record<string, unknown> = {},
) => ({
  method,
  budget: inst.budget,
  projects: inst.costs.map((cost, p) => ({ id: ids(inst.costs.length)[p] as string, cost })),
  ballots: inst.voters.map((v) => ({ approve: v.map((p) => `p${p}`) })),
  options,
});

/** MES + add-one with cardinality utilities. */
export const mesAddOneCardinalityOracle = (inst: SmallInstance, step: Rational): number[] =>
  mesAddOneOracle(inst, step, "cardinality");
