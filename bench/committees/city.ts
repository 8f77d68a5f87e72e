/**
 * A generated city-sized participatory budget for the budgeting benchmarks: `voters` approval
 * ballots over `projects` projects, from the seeded generator (no Math.random). Project costs run
 * from 20,000 to 400,000; popularity is skewed (project k is approved about in proportion to
 * 1 / (1 + k / 20)); each voter approves 1 to 10 projects; the budget is 1/5 of all costs.
 */

import type { BudgetElection } from "../../src/committees/index.js";
import { createPrng } from "../../src/core/prng.js";
import { rational } from "../../src/core/rational.js";

export const cityElection = (voters: number, projects: number, seed = "city"): BudgetElection => {
  const prng = createPrng(seed);
  const costs = Array.from({ length: projects }, () => 20_000 + 1_000 * prng.nextInt(381));
  const weights = Array.from({ length: projects }, (_, k) => 1 / (1 + k / 20));
  const total = weights.reduce((s, w) => s + w, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const w of weights) {
    acc += w / total;
    cumulative.push(acc);
  }
  const pick = (): number => {
    const x = prng.nextFloat();
    let lo = 0;
    let hi = projects - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const ballots = Array.from({ length: voters }, () => {
    const k = 1 + prng.nextInt(10);
    const set = new Set<number>();
    for (let i = 0; i < k; i++) set.add(pick());
    return { projects: [...set].sort((a, b) => a - b), weight: rational(1) };
  });
  const budget = Math.floor(costs.reduce((s, c) => s + c, 0) / 5);
  return {
    kind: "approval",
    budget: rational(budget),
    projects: costs.map((cost, p) => ({ id: `p${p}`, cost: rational(cost) })),
    ballots,
  };
};
