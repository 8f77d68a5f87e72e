/**
 * max-welfare past the dynamic programme's table, as an integer programme through HiGHS
 * (`maxWelfareAsync`, `allocateAsync`): its doc examples, agreement of the welfare it finds with
 * the exact dynamic programme on random instances (the table forced off with a tiny maxWork),
 * the exact budget check, bad options and the limits.
 */
import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  allocate,
  allocateAsync,
  type BudgetElection,
  maxWelfare,
  maxWelfareAsync,
} from "../../../src/committees/index.js";
import { rational } from "../../../src/core/rational.js";
import { runs } from "../../helpers/runs.js";

const big: BudgetElection = {
  kind: "approval",
  budget: rational(10_000_000_000),
  projects: [
    { id: "a", cost: rational(6_000_000_001) },
    { id: "b", cost: rational(5_000_000_000) },
    { id: "c", cost: rational(5_000_000_000) },
  ],
  ballots: [
    { projects: [0], weight: rational(5) },
    { projects: [1, 2], weight: rational(4) },
  ],
};

const welfare = (e: BudgetElection, winners: readonly string[], by: "cardinality" | "cost") =>
  winners.reduce((sum, id) => {
    const p = e.projects.findIndex((x) => x.id === id);
    const votes = e.ballots
      .filter((b) => b.projects.includes(p))
      .reduce((s, b) => s + Number(b.weight.num) / Number(b.weight.den), 0);
    const cost = e.projects[p]?.cost;
    return sum + (by === "cost" ? votes * (Number(cost?.num) / Number(cost?.den)) : votes);
  }, 0);

describe("maxWelfareAsync", () => {
  it("a budget too large for the table: the synchronous count refuses, the MIP answers", async () => {
    expect(maxWelfare(big)).toMatchObject({ left: { reason: "work_limit" } });
    const result = await maxWelfareAsync(big);
    expect(result).toMatchObject({
      right: {
        winners: ["b", "c"],
        variant: "max-welfare/cardinality/highs-mip",
        totalCost: "10000000000",
      },
    });
    if (E.isRight(result)) expect(result.right.explanation[0]?.text).toMatch(/HiGHS's guarantee/);
  });

  it("within the table's limit it is the exact count", async () => {
    const small: BudgetElection = {
      ...big,
      budget: rational(100),
      projects: big.projects.map((p, i) => ({ ...p, cost: rational([60, 50, 50][i] as number) })),
    };
    expect(await maxWelfareAsync(small)).toEqual(maxWelfare(small));
  });

  it("finds the exact optimum's welfare on random instances (the table forced off)", async () => {
    const instance = fc.integer({ min: 1, max: 8 }).chain((m) =>
      fc.record({
        budget: fc.integer({ min: 1, max: 60 }),
        costs: fc.array(fc.integer({ min: 1, max: 25 }), { minLength: m, maxLength: m }),
        voters: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: m - 1 }), { maxLength: m }), {
          minLength: 1,
          maxLength: 8,
        }),
        satisfaction: fc.constantFrom("cardinality" as const, "cost" as const),
      }),
    );
    await fc.assert(
      fc.asyncProperty(instance, async ({ budget, costs, voters, satisfaction }) => {
        const e: BudgetElection = {
          kind: "approval",
          budget: rational(budget),
          projects: costs.map((cost, p) => ({ id: `p${p}`, cost: rational(cost) })),
          ballots: voters.map((projects) => ({ projects, weight: rational(1) })),
        };
        const exact = maxWelfare(e, { satisfaction });
        const viaMip = await maxWelfareAsync(e, { satisfaction, maxWork: 1 });
        if (E.isLeft(exact) || E.isLeft(viaMip)) throw new Error("a count failed");
        expect(viaMip.right.variant).toBe(`max-welfare/${satisfaction}/highs-mip`);
        expect(Number(viaMip.right.totalCost)).toBeLessThanOrEqual(budget);
        expect(welfare(e, viaMip.right.winners, satisfaction)).toBe(
          welfare(e, exact.right.winners, satisfaction),
        );
      }),
      { numRuns: runs(60) },
    );
  });

  it("limits and bad options", async () => {
    const tooMany = await maxWelfareAsync(big, { maxMipProjects: 2 });
    expect(tooMany).toMatchObject({ left: { _tag: "Unsupported", reason: "work_limit" } });
    expect(JSON.stringify(tooMany)).toContain("options.maxMipProjects");
    expect(await maxWelfareAsync(big, { mipTimeLimit: -1 })).toMatchObject({
      left: { _tag: "InvalidInput" },
    });
  });
});

describe("allocateAsync", () => {
  const spec = {
    method: "max-welfare",
    budget: "10000000000",
    projects: [
      { id: "a", cost: "6000000001" },
      { id: "b", cost: "5000000000" },
      { id: "c", cost: "5000000000" },
    ],
    ballots: [
      { approve: ["a"], weight: 5 },
      { approve: ["b", "c"], weight: 4 },
    ],
  };

  it("the doc example: max-welfare past the table, through HiGHS", async () => {
    expect(allocate(spec)).toMatchObject({ left: { reason: "work_limit" } });
    expect(await allocateAsync(spec)).toMatchObject({
      right: { winners: ["b", "c"], variant: "max-welfare/cardinality/highs-mip" },
    });
  });

  it("is allocate for everything else, bad input included", async () => {
    const mes = {
      ...spec,
      method: "equal-shares",
      budget: "10",
      projects: [{ id: "a", cost: 5 }],
      ballots: [{ approve: ["a"] }],
    };
    expect(await allocateAsync(mes)).toEqual(allocate(mes));
    for (const bad of [null, 3, "x", {}, { ...spec, method: "nope" }, { ...spec, budget: -1 }])
      expect(await allocateAsync(bad)).toEqual(allocate(bad));
    const opt = await allocateAsync({ ...spec, options: { mipTimeLimit: "soon" } });
    expect(opt).toMatchObject({ left: { _tag: "InvalidInput" } });
    const over = await allocateAsync({ ...spec, options: { maxMipProjects: 1 } });
    expect(over).toMatchObject({ left: { _tag: "Unsupported", reason: "work_limit" } });
  });
});

describe("allocateAsync never rejects", () => {
  it("on arbitrary values, and on specs with arbitrary options", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.record({
            method: fc.constantFrom("max-welfare", "greedy", "equal-shares", "x"),
            budget: fc.oneof(fc.anything(), fc.constant("100")),
            projects: fc.anything(),
            ballots: fc.anything(),
            options: fc.anything(),
          }),
        ),
        async (spec) => {
          const result = await allocateAsync(spec);
          expect(E.isLeft(result) || E.isRight(result)).toBe(true);
        },
      ),
      { numRuns: runs(200) },
    );
  });
});
