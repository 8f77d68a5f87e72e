/**
 * Priceability of budget allocations (Peters and Skowron 2020, with costs as prices as Peters,
 * Pierczyński and Skowron 2021 carry it to budgets) through `budgetChecks` and `budgetChecksAsync`:
 * Equal Shares outcomes are priceable, greedy on a known counterexample is not, the real Equal
 * Shares counts of Assen 2024, Świecie 2023 and Wieliczka 2023 (official outcomes) are, and every
 * price system returned is re-checked exactly by hand.
 */
import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type BudgetChecks,
  type BudgetElection,
  budgetChecks,
  budgetChecksAsync,
  budgetElection,
  equalShares,
  greedy,
  parsePabulib,
} from "../../../src/committees/index.js";
import * as q from "../../../src/core/rational.js";
import { dataText } from "../../helpers/data.js";
import { runs } from "../../helpers/runs.js";

const election = (budget: number, costs: number[], voters: number[][]): BudgetElection => ({
  kind: "approval",
  budget: q.rational(budget),
  projects: costs.map((cost, p) => ({ id: `p${p}`, cost: q.rational(cost) })),
  ballots: voters.map((projects) => ({ projects, weight: q.rational(1) })),
});

const right = <A>(either: E.Either<unknown, A>): A => {
  if (E.isLeft(either)) throw new Error(JSON.stringify(either.left));
  return either.right;
};

const read = (value: string): q.Rational => q.parseRational(value) as q.Rational;

/** Re-checks the five conditions and b ≥ budget / n, exactly, from the returned strings. */
const expectPriceSystem = (e: BudgetElection, winners: readonly string[], checks: BudgetChecks) => {
  const result = checks.priceability;
  expect(result?.holds).toBe(true);
  if (result === undefined || !result.holds) return;
  const b = read(result.priceSystem.voterBudget);
  const n = e.ballots.reduce((s, ballot) => q.add(s, ballot.weight), q.ZERO);
  expect(q.compare(b, q.div(e.budget, n))).toBeGreaterThanOrEqual(0);
  const paid = new Map<string, q.Rational>();
  const left = new Map<number, q.Rational>();
  for (const row of result.priceSystem.payments) {
    let spent = q.ZERO;
    for (const [id, v] of Object.entries(row.pays)) {
      expect(winners).toContain(id);
      const p = e.projects.findIndex((x) => x.id === id);
      for (const j of row.ballots) expect(e.ballots[j]?.projects).toContain(p);
      spent = q.add(spent, read(v));
      const weight = row.ballots.reduce((s, j) => q.add(s, e.ballots[j]?.weight ?? q.ZERO), q.ZERO);
      paid.set(id, q.add(paid.get(id) ?? q.ZERO, q.mul(read(v), weight)));
    }
    expect(q.compare(spent, b)).toBeLessThanOrEqual(0);
    expect(q.equals(read(row.left), q.sub(b, spent))).toBe(true);
    for (const j of row.ballots) left.set(j, q.sub(b, spent));
  }
  e.projects.forEach((project, p) => {
    if (winners.includes(project.id)) {
      expect(q.toFraction(paid.get(project.id) ?? q.ZERO), project.id).toBe(
        q.toFraction(project.cost),
      );
      return;
    }
    let keep = q.ZERO;
    e.ballots.forEach((ballot, j) => {
      if (ballot.projects.includes(p)) keep = q.add(keep, q.mul(left.get(j) ?? b, ballot.weight));
    });
    expect(q.compare(keep, project.cost), `supporters of ${project.id}`).toBeLessThanOrEqual(0);
  });
};

describe("budget priceability", () => {
  it("greedy on a known counterexample is not priceable; Equal Shares is", () => {
    // budget 3, four projects of cost 1; two voters want p0, p1, p2; one wants p3
    const e = election(3, [1, 1, 1, 1], [[0, 1, 2], [0, 1, 2], [3]]);
    const g = right(budgetChecks(e, greedy(e), { priceability: true }));
    // the majority pays 3 with two voters, so b ≥ 3/2; the minority then keeps 3/2 > cost 1
    expect(g.priceability).toMatchObject({ holds: false, exact: true });
    const mes = right(equalShares(e, { completion: "none" }));
    const m = right(budgetChecks(e, mes, { priceability: true }));
    expectPriceSystem(e, mes.winners, m);
    // each voter's equal share is 1, and it works
    expect(m.priceability).toMatchObject({ priceSystem: { voterBudget: "1" } });
  });

  it("priceability is only checked when asked for", () => {
    const e = election(3, [1, 1], [[0], [1]]);
    expect(right(budgetChecks(e, { winners: ["p0"] })).priceability).toBeUndefined();
  });

  it("Equal Shares outcomes (no completion, add-one) are priceable on random instances", () => {
    const instance = fc.integer({ min: 1, max: 5 }).chain((m) =>
      fc.record({
        budget: fc.integer({ min: 1, max: 40 }),
        costs: fc.array(fc.integer({ min: 1, max: 15 }), { minLength: m, maxLength: m }),
        voters: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: m - 1 }), { maxLength: m }), {
          minLength: 1,
          maxLength: 8,
        }),
        completion: fc.constantFrom("none" as const, "add-one" as const),
      }),
    );
    fc.assert(
      fc.property(instance, ({ budget, costs, voters, completion }) => {
        const e = election(budget, costs, voters);
        const mes = right(equalShares(e, { completion }));
        const checks = right(budgetChecks(e, mes, { priceability: true, ejr: false }));
        expectPriceSystem(e, mes.winners, checks);
      }),
      { numRuns: runs(150) },
    );
  });

  it("bad options and the work limit", () => {
    const e = election(3, [1, 1, 1, 1], [[0, 1, 2], [0, 1, 2], [3]]);
    const bad = budgetChecks(e, { winners: ["p0"] }, { priceability: true, maxLpWork: 0 });
    expect(bad).toMatchObject({ left: { _tag: "InvalidInput" } });
    const over = budgetChecks(e, { winners: ["p0"] }, { priceability: true, maxLpWork: 5 });
    expect(over).toMatchObject({ left: { _tag: "Unsupported", reason: "work_limit" } });
    expect(JSON.stringify(over)).toContain("options.maxLpWork");
  });
});

describe("the real Equal Shares counts are priceable", () => {
  const real = (file: string) => {
    const instance = right(parsePabulib(dataText(file)));
    const e = right(budgetElection({ ...instance, method: "equal-shares" }));
    const winners = instance.projects.filter((p) => p.selected === true).map((p) => p.id);
    return { e, winners };
  };

  it("Assen 2024 (84 voters, 14 projects): exactly, by the rational simplex method", () => {
    const { e, winners } = real("pabulib/Netherlands_Assen_2024.pb");
    const checks = right(budgetChecks(e, { winners }, { priceability: true, ejr: false }));
    expectPriceSystem(e, winners, checks);
  });

  it("Świecie 2023 through HiGHS, verified exactly", async () => {
    const { e, winners } = real("pabulib/Poland_Swiecie_2023.pb");
    const sync = budgetChecks(e, { winners }, { priceability: true, ejr: false });
    expect(sync).toMatchObject({ left: { reason: "work_limit" } });
    const checks = await budgetChecksAsync(e, { winners }, { priceability: true, ejr: false });
    expectPriceSystem(e, winners, right(checks));
  });

  it("Wieliczka 2023 through HiGHS, verified exactly; greedy's outcome is not priceable", async () => {
    const { e, winners } = real("pabulib/Poland_Wieliczka_2023_Green_Budget.pb");
    const checks = await budgetChecksAsync(e, { winners }, { priceability: true, ejr: false });
    expectPriceSystem(e, winners, right(checks));
    const g = await budgetChecksAsync(e, greedy(e), { priceability: true, ejr: false });
    expect(right(g).priceability).toMatchObject({ holds: false });
  });
});

describe("doc example", () => {
  it("budgetChecksAsync: Equal Shares' outcome at a voter budget of 1", async () => {
    const e: BudgetElection = {
      kind: "approval",
      budget: q.rational(3),
      projects: ["a", "b", "c", "x"].map((id) => ({ id, cost: q.rational(1) })),
      ballots: [
        { projects: [0, 1, 2], weight: q.rational(2) },
        { projects: [3], weight: q.rational(1) },
      ],
    };
    const mes = right(equalShares(e));
    const checks = right(await budgetChecksAsync(e, mes, { priceability: true }));
    expect(checks.priceability).toMatchObject({ holds: true, priceSystem: { voterBudget: "1" } });
    expectPriceSystem(e, mes.winners, checks);
  });
});
