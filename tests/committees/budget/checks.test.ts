/**
 * budgetChecks: who a budget served, and EJR up to one (Peters, Pierczyński and Skowron 2021, §3),
 * which Equal Shares always satisfies (their Theorem 2) and greedy need not.
 */
import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type BudgetElection,
  budgetChecks,
  equalShares,
  greedy,
  parsePabulib,
} from "../../../src/committees/index.js";
import { rational } from "../../../src/core/rational.js";
import { dataText } from "../../helpers/data.js";
import { runs } from "../../helpers/runs.js";

const election = (budget: number, costs: number[], voters: number[][]): BudgetElection => ({
  kind: "approval",
  budget: rational(budget),
  projects: costs.map((cost, p) => ({ id: `p${p}`, cost: rational(cost) })),
  ballots: voters.map((projects) => ({ projects, weight: rational(1) })),
});

const right = <A>(either: E.Either<unknown, A>): A => {
  if (E.isLeft(either)) throw new Error("left");
  return either.right;
};

describe("budgetChecks", () => {
  it("counts who was served and finds the witness group greedy leaves out", () => {
    // 2 voters want a and b; 1 wants x; budget 3, unit costs: greedy funds a, b and x; with budget 2 only a, b
    const e = election(2, [1, 1, 1], [[0, 1], [0, 1], [2]]);
    const checks = right(budgetChecks(e, greedy(e)));
    expect(checks.fundedPerBallot).toEqual([2, 2, 0]);
    expect(checks.moneyPerBallot).toEqual(["2", "2", "0"]);
    expect(checks.votersWithFunded).toBe("2");
    expect(checks.shareWithFunded).toBeCloseTo(2 / 3);
    // voter 3 alone is 1/3 of voters and x costs 1/2 of the budget: not cohesive, so EJR-1 holds
    expect(checks.ejrUpToOne?.cost).toEqual({ satisfied: true });
    // with budget 3 and a greedy that spends it on 3 majority projects, the minority is owed x
    const e2 = election(3, [1, 1, 1, 1], [[0, 1, 2], [0, 1, 2], [3]]);
    const violated = right(budgetChecks(e2, greedy(e2))).ejrUpToOne?.cost;
    expect(violated).toMatchObject({ satisfied: false, projects: ["p3"], ballots: [2] });
    const mes = right(equalShares(e2, { completion: "add-one" }));
    expect(right(budgetChecks(e2, mes)).ejrUpToOne?.cost).toEqual({ satisfied: true });
  });

  it("Equal Shares (cost utilities) satisfies EJR up to one on random instances", () => {
    const instance = fc.integer({ min: 1, max: 6 }).chain((m) =>
      fc.record({
        budget: fc.integer({ min: 1, max: 40 }),
        costs: fc.array(fc.integer({ min: 1, max: 15 }), { minLength: m, maxLength: m }),
        voters: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: m - 1 }), { maxLength: m }), {
          minLength: 1,
          maxLength: 10,
        }),
      }),
    );
    fc.assert(
      fc.property(instance, ({ budget, costs, voters }) => {
        const e = election(
          budget,
          costs,
          voters.map((v) => [...v].sort((a, b) => a - b)),
        );
        const checks = right(budgetChecks(e, right(equalShares(e, { satisfaction: "cost" }))));
        expect(checks.ejrUpToOne?.cost).toEqual({ satisfied: true });
      }),
      { numRuns: runs(200) },
    );
  });

  it("reports on a real file (Assen 2024) and refuses EJR past its work limit", () => {
    const parsed = right(parsePabulib(dataText("pabulib/Netherlands_Assen_2024.pb")));
    const ids = parsed.projects.map((p) => p.id);
    const e: BudgetElection = {
      kind: "approval",
      budget: rational(Number(parsed.budget)),
      projects: parsed.projects.map((p) => ({ id: p.id, cost: rational(Number(p.cost)) })),
      ballots: parsed.ballots.map((b) => ({
        projects: ("approve" in b ? b.approve : [])
          .map((id) => ids.indexOf(id))
          .sort((x, y) => x - y),
        weight: rational(1),
      })),
    };
    const official = { winners: parsed.projects.filter((p) => p.selected).map((p) => p.id) };
    const checks = right(budgetChecks(e, official));
    expect(checks.ejrUpToOne?.cost).toEqual({ satisfied: true });
    const served = parsed.ballots.filter(
      (b) => "approve" in b && b.approve.some((id) => official.winners.includes(id)),
    );
    expect(checks.votersWithFunded).toBe(String(served.length));
    expect(checks.shareWithFunded).toBeCloseTo(served.length / parsed.ballots.length);
    expect(budgetChecks(e, official, { maxWork: 1000 })).toMatchObject(
      E.left({ _tag: "Unsupported", reason: "work_limit", limit: { option: "options.maxWork" } }),
    );
  });
});
