/**
 * Seeded random budgeting instances for the stored-outcome test of Equal Shares
 * (tests/committees/budget/equal-shares-stored.test.ts). Small ones (few voters, small costs) meet
 * exact ties and voters left at exactly zero often; larger ones look like a small city (skewed
 * popularity, unequal weights). The outcomes recorded from them are in
 * `tests/fixtures/equal-shares/stored.json`.
 */
import type {
  Allocation,
  BudgetElection,
  EqualSharesOptions,
} from "../../../src/committees/index.js";
import { createPrng } from "../../../src/core/prng.js";
import { type Rational, rational } from "../../../src/core/rational.js";

export interface StoredCase {
  readonly name: string;
  readonly election: BudgetElection;
  readonly options: EqualSharesOptions;
}

const instance = (
  seed: string,
  voters: number,
  projects: number,
  maxCost: number,
  weighted: boolean,
): BudgetElection => {
  const prng = createPrng(seed);
  const costs = Array.from({ length: projects }, () => 1 + prng.nextInt(maxCost));
  const ballots = Array.from({ length: voters }, () => {
    const k = 1 + prng.nextInt(Math.min(projects, 6));
    const set = new Set<number>();
    // skewed: the lower of two draws
    for (let i = 0; i < k; i++) set.add(Math.min(prng.nextInt(projects), prng.nextInt(projects)));
    const weight: Rational = weighted
      ? rational(1 + prng.nextInt(3), 1 + prng.nextInt(2))
      : rational(1);
    return { projects: [...set].sort((a, b) => a - b), weight };
  });
  const total = costs.reduce((s, x) => s + x, 0);
  return {
    kind: "approval",
    budget: rational(Math.max(1, Math.floor(total / (2 + prng.nextInt(4))))),
    projects: costs.map((cost, p) => ({ id: `p${p}`, cost: rational(cost) })),
    ballots,
  };
};

/** The cases: 48 small and 12 larger instances, each under several options. */
export const storedCases = (): StoredCase[] => {
  const out: StoredCase[] = [];
  const variants: readonly [string, EqualSharesOptions][] = [
    ["cost/none", {}],
    ["cardinality/none", { satisfaction: "cardinality" }],
    ["cost/add-one", { completion: "add-one" }],
    [
      "cardinality/add-one-half",
      { satisfaction: "cardinality", completion: "add-one", step: rational(1, 2) },
    ],
    ["cost/budget-increase", { completion: "budget-increase" }],
  ];
  for (let i = 0; i < 48; i++) {
    const election = instance(`small-${i}`, 3 + (i % 13), 2 + (i % 7), 4 + (i % 20), i % 3 === 0);
    for (const [variant, options] of variants)
      out.push({ name: `small-${i} ${variant}`, election, options });
  }
  for (let i = 0; i < 12; i++) {
    const election = instance(`city-${i}`, 400 + 150 * i, 12 + 2 * i, 40 + 25 * i, i % 2 === 1);
    for (const [variant, options] of variants)
      out.push({ name: `city-${i} ${variant}`, election, options });
  }
  return out;
};

/** What the stored file keeps of an allocation (with a SHA-256 of the whole of it). */
export const summary = (a: Allocation): Record<string, unknown> => ({
  winners: a.winners,
  voterBudget: a.voterBudget,
  steps: a.completion?.steps,
  rounds: a.rounds.map((r) => [r.project, r.rho, r.pricePerSupporter, r.supporters]),
  ties: a.ties,
});
