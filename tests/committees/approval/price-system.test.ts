/**
 * The floating-point path of the priceability programme (src/counting/price-system.ts) with a
 * stand-in for HiGHS: a missing solver, a solver whose answer is wrong (never reported as
 * holding: the exact check refuses it), and an infeasible verdict (reported as not exact).
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import type { HighsSolution, HighsSolver } from "../../../src/core/internal/highs.js";
import { type PriceProblem, solvePriceWithHighs } from "../../../src/counting/price-system.js";

// {0,1}, {0,1,2}, {2} with committee {0,1}: priceable at price 1 (each voter's budget 1)
const problem: PriceProblem = {
  weights: [1n, 1n, 1n],
  approved: [[0, 1], [0, 1, 2], [2]],
  items: 3,
  selected: Uint8Array.from([1, 1, 0]),
  mode: { kind: "committee" },
};

const fake = (answers: HighsSolution[]): (() => Promise<HighsSolver>) => {
  let call = 0;
  return async () => ({
    solve: () => answers[Math.min(call++, answers.length - 1)] as HighsSolution,
  });
};

const optimal = (t: number, xs: number[]): HighsSolution => ({
  Status: "Optimal",
  ObjectiveValue: t,
  Columns: Object.fromEntries([
    ["t", { Primal: t }],
    ...xs.map((v, j) => [`x${j + 1}`, { Primal: v }]),
  ]),
});

describe("solvePriceWithHighs", () => {
  it("without highs: Unsupported solver_missing", async () => {
    const r = await solvePriceWithHighs(problem, String, 1_000, async () => undefined);
    expect(r).toMatchObject({ left: { _tag: "Unsupported", reason: "solver_missing" } });
  });

  it("a correct answer in doubles is made exact and holds", async () => {
    // columns: x1 = (g0, c0), x2 = (g0, c1), x3 = (g1, c0), x4 = (g1, c1)
    const r = await solvePriceWithHighs(
      problem,
      String,
      1_000,
      fake([optimal(1, [0.5, 0.5, 0.5, 0.5])]),
    );
    expect(r).toMatchObject({ right: { holds: true, exact: true } });
    if (E.isRight(r) && r.right.holds) expect(r.right.solution.t).toEqual({ num: 1n, den: 1n });
  });

  it("a wrong answer is never reported as holding: undetermined", async () => {
    // a price of 1 with the payments of a price of 0.9: fails the exact check
    const wrong = optimal(1, [0.2, 0.2, 0.2, 0.2]);
    const r = await solvePriceWithHighs(problem, String, 1_000, fake([wrong, wrong]));
    expect(r).toMatchObject({ left: { _tag: "Unsupported", reason: "undetermined" } });
  });

  it("an infeasible verdict from HiGHS is holds: false, exact: false", async () => {
    const infeasible: HighsSolution = { Status: "Infeasible", ObjectiveValue: 0, Columns: {} };
    const r = await solvePriceWithHighs(problem, String, 1_000, fake([infeasible, infeasible]));
    expect(r).toMatchObject({ right: { holds: false, exact: false } });
  });

  it("the size limit is checked before loading the solver", async () => {
    let loaded = false;
    const r = await solvePriceWithHighs(problem, String, 1, async () => {
      loaded = true;
      return undefined;
    });
    expect(r).toMatchObject({ left: { reason: "work_limit" } });
    expect(loaded).toBe(false);
  });
});
