import { describe, expect, it } from "vitest";
import { cliffTrend, summariseWave, twoProportionZ } from "../../src/process/survey.js";

/** Values 10, 20, ..., 50 and 100 read as levels 1..6 of an ordinal scale. */
const levels = (values: readonly number[]): number[] =>
  values.map((v) => [10, 20, 30, 40, 50, 100].indexOf(v) + 1);

describe("Cliff's delta (Cliff 1993) against published worked examples", () => {
  it("gives -0.25 on the effsize example (treatment against control)", () => {
    // R package effsize, cliff.delta documentation and tests (Torchiano): treatment =
    // c(10,10,20,20,20,30,30,30,40,50), control = c(10,20,30,40,40,50): "delta estimate: -0.25".
    const control = summariseWave("control", levels([10, 20, 30, 40, 40, 50]), 6, 5);
    const treatment = summariseWave(
      "treatment",
      levels([10, 10, 20, 20, 20, 30, 30, 30, 40, 50]),
      6,
      5,
    );
    const trend = cliffTrend(control, treatment, 0, "s");
    expect(trend.delta).toBe(-0.25);
    expect(trend.exact).toBe("-1/4");
  });

  it("gives -0.0667 on the effsize 'negligible' example", () => {
    // x1 = c(10,20,20,20,30,30,30,40,50,100), x2 = c(10,20,30,40,40,50): estimate -0.06666
    const x2 = summariseWave("x2", levels([10, 20, 30, 40, 40, 50]), 6, 5);
    const x1 = summariseWave("x1", levels([10, 20, 20, 20, 30, 30, 30, 40, 50, 100]), 6, 5);
    const trend = cliffTrend(x2, x1, 0, "s");
    expect(trend.delta).toBeCloseTo(-0.06666, 4); // effsize tests: tolerance 0.00001 on -0.06666
    expect(trend.exact).toBe("-1/15");
  });

  it("bootstraps a seeded interval that contains the estimate and repeats exactly", () => {
    const first = summariseWave("a", [1, 2, 2, 3, 3, 3, 4], 5, 4);
    const last = summariseWave("b", [2, 3, 3, 4, 4, 5, 5], 5, 4);
    const one = cliffTrend(first, last, 500, "seed");
    expect(one.interval[0]).toBeLessThanOrEqual(one.delta);
    expect(one.interval[1]).toBeGreaterThanOrEqual(one.delta);
    expect(cliffTrend(first, last, 500, "seed")).toEqual(one);
  });
});

describe("summariseWave", () => {
  it("counts levels exactly and gives the lower and upper medians", () => {
    expect(summariseWave("w", [5, 1, 3, 3], 5, 4)).toEqual({
      at: "w",
      n: 4,
      counts: [1, 0, 2, 0, 1],
      median: 3,
      upperMedian: 3,
      agree: 1,
      agreeShare: 0.25,
    });
    expect(summariseWave("w", [], 5, 4)).toMatchObject({ n: 0, median: null, agreeShare: null });
  });

  it("two-proportion z: 75% to 25% of 20 each is -√10", () => {
    const a = summariseWave("a", [...Array(15).fill(4), ...Array(5).fill(2)], 5, 4);
    const b = summariseWave("b", [...Array(5).fill(4), ...Array(15).fill(2)], 5, 4);
    expect(twoProportionZ(a, b)).toBeCloseTo(-Math.sqrt(10), 12);
    expect(twoProportionZ(a, summariseWave("c", [], 5, 4))).toBeNull();
  });
});
