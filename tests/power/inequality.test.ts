import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import type { DecideError } from "../../src/core/errors.js";
import {
  atkinson,
  coefficientOfVariation,
  effectiveNumber,
  gini,
  hhi,
  hoover,
  lorenzCurve,
  meanLogDeviation,
  palma,
  shannonEvenness,
  theil,
  topShare,
} from "../../src/power/index.js";
import { rightOf } from "./oracle.js";

// The income vector of the R `ineq` package's examples (Zeileis; also used by `acid::gini`).
const INEQ_X = [541, 1463, 2445, 3438, 4437, 5401, 6392, 8304, 11904, 22261];

/** Gini as half the relative mean absolute difference (Gini 1912), an independent formula. */
const giniByPairs = (xs: readonly number[]): number => {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  let sum = 0;
  for (const a of xs) for (const b of xs) sum += Math.abs(a - b);
  return sum / (2 * n * n * mean);
};

describe("gini", () => {
  it("gives 0.3076923 for c(1,3,2,1,1,1,4), the value documented for ineq's algorithm (phylotools::gini)", () => {
    expect(rightOf(gini([1, 3, 2, 1, 1, 1, 4]))).toBeCloseTo(0.3076923, 7);
    expect(rightOf(gini([1, 3, 2, 1, 1, 1, 4]))).toBeCloseTo(4 / 13, 14);
  });

  it("multiplies by n/(n-1) with the small-sample correction (ineq::Gini(x, corr = TRUE))", () => {
    expect(rightOf(gini([1, 3, 2, 1, 1, 1, 4], { correction: true }))).toBeCloseTo(
      (4 / 13) * (7 / 6),
      14,
    );
    expect(rightOf(gini([0, 0, 0, 5], { correction: true }))).toBeCloseTo(1, 14);
  });

  it("agrees with the mean-difference formula on ineq's example incomes", () => {
    expect(rightOf(gini(INEQ_X))).toBeCloseTo(giniByPairs(INEQ_X), 14);
  });

  it("is 0 for equal values and for a single value", () => {
    expect(rightOf(gini([7, 7, 7]))).toBe(0);
    expect(rightOf(gini([3]))).toBe(0);
  });

  it("returns error values, never NaN: empty, negative, non-finite, all zeros, one value corrected", () => {
    expect(gini([])).toEqual(
      E.left({
        _tag: "InvalidInput",
        message: expect.any(String),
        issues: [{ path: "values", code: "empty", message: "needs at least one value" }],
      }),
    );
    expect(gini([1, -2, Number.NaN, Number.POSITIVE_INFINITY])).toEqual(
      E.left(
        expect.objectContaining({
          issues: [
            { path: "values[1]", code: "negative", message: "cannot be negative" },
            { path: "values[2]", code: "not_finite", message: "expected a finite number" },
            { path: "values[3]", code: "not_finite", message: "expected a finite number" },
          ],
        }),
      ),
    );
    expect(gini([0, 0, 0])).toEqual(
      E.left(
        expect.objectContaining({
          issues: [expect.objectContaining({ path: "values", code: "zero_total" })],
        }),
      ),
    );
    expect(gini([4], { correction: true })).toEqual(
      E.left(
        expect.objectContaining({
          issues: [expect.objectContaining({ path: "values", code: "too_few" })],
        }),
      ),
    );
    expect(gini("1,2" as unknown as number[])).toEqual(
      E.left(
        expect.objectContaining({
          issues: [expect.objectContaining({ path: "values", code: "invalid_type" })],
        }),
      ),
    );
  });
});

describe("theil and meanLogDeviation (Theil 1967)", () => {
  it("gives ln n when one holds all, and 0 for equality", () => {
    expect(rightOf(theil([0, 0, 0, 4]))).toBeCloseTo(Math.log(4), 14);
    expect(rightOf(theil([2, 2]))).toBe(0);
    expect(rightOf(meanLogDeviation([2, 2]))).toBe(0);
  });

  it("computes T and L by hand for [1, 4]", () => {
    // μ = 2.5: T = ½ (0.4 ln 0.4 + 1.6 ln 1.6), L = ½ (ln 2.5 + ln 0.625)
    expect(rightOf(theil([1, 4]))).toBeCloseTo(
      0.5 * (0.4 * Math.log(0.4) + 1.6 * Math.log(1.6)),
      14,
    );
    expect(rightOf(meanLogDeviation([1, 4]))).toBeCloseTo(Math.log(2.5) - Math.log(2), 14);
  });

  it("refuses a zero in the mean log deviation (it would be infinite), with its path", () => {
    expect(meanLogDeviation([3, 0, 1])).toEqual(
      E.left(
        expect.objectContaining({
          issues: [expect.objectContaining({ path: "values[1]", code: "zero_value" })],
        }),
      ),
    );
  });
});

describe("atkinson (Atkinson 1970)", () => {
  it("gives 0.2 at ε = 1 and 0.1 at ε = 0.5 for [1, 4]", () => {
    expect(rightOf(atkinson([1, 4], 1))).toBeCloseTo(0.2, 14);
    expect(rightOf(atkinson([1, 4], 0.5))).toBeCloseTo(0.1, 14);
  });

  it("equals 1 - exp(-L) at ε = 1, linking it to the mean log deviation", () => {
    expect(rightOf(atkinson(INEQ_X, 1))).toBeCloseTo(
      1 - Math.exp(-rightOf(meanLogDeviation(INEQ_X))),
      14,
    );
  });

  it("is 0 at ε = 0 and 1 with a zero at ε ≥ 1", () => {
    expect(rightOf(atkinson(INEQ_X, 0))).toBeCloseTo(0, 14);
    expect(rightOf(atkinson([0, 3], 1))).toBe(1);
    expect(rightOf(atkinson([0, 3], 2))).toBe(1);
    expect(rightOf(atkinson([0, 3], 0.5))).toBeCloseTo(1 - (0.5 * Math.sqrt(2)) ** 2, 14);
  });

  it("refuses a negative or non-finite ε at path epsilon", () => {
    for (const epsilon of [-1, Number.NaN]) {
      expect(atkinson([1, 2], epsilon)).toEqual(
        E.left(
          expect.objectContaining({
            issues: [expect.objectContaining({ path: "epsilon", code: "out_of_range" })],
          }),
        ),
      );
    }
  });
});

describe("published values from R package documentation", () => {
  it("gives Atkinson 0.9960938 for c(100, 0, 0, 0) at ε = 0.8 (REAT::atkinson example output)", () => {
    // R prints 7 significant digits of 1 - 4^-4 = 0.99609375
    expect(rightOf(atkinson([100, 0, 0, 0], 0.8))).toBeCloseTo(0.9960938, 6);
    expect(rightOf(atkinson([100, 0, 0, 0], 0.8))).toBeCloseTo(1 - 1 / 256, 14);
    expect(rightOf(atkinson([100, 100, 100, 100], 0.8))).toBeCloseTo(0, 14);
  });

  // SciencesPo (Atkinson help page, indices of y = c(80, 60, 10, 20, 30)): entropy 1.392321 of a
  // maximum 1.609438, normalised entropy 0.865098, Herfindahl 0.285.
  it("gives Shannon evenness 0.865098 and HHI 0.285 for c(80, 60, 10, 20, 30) (SciencesPo)", () => {
    const y = [80, 60, 10, 20, 30];
    expect(rightOf(shannonEvenness(y))).toBeCloseTo(0.865098, 6);
    expect(rightOf(shannonEvenness(y)) * Math.log(5)).toBeCloseTo(1.392321, 6);
    expect(rightOf(hhi(y))).toBeCloseTo(0.285, 14);
    expect(rightOf(effectiveNumber(y))).toBeCloseTo(1 / 0.285, 12);
  });
});

describe("hoover, palma, hhi, effectiveNumber, shannonEvenness, coefficientOfVariation, topShare", () => {
  it("computes hand-checked values", () => {
    expect(rightOf(hoover([0, 0, 0, 4]))).toBeCloseTo(0.75, 14);
    expect(rightOf(hoover([1, 2, 3, 6]))).toBeCloseTo((2 + 1 + 0 + 3) / 24, 14);
    expect(rightOf(palma(new Array(10).fill(1)))).toBeCloseTo(0.25, 14);
    expect(rightOf(palma([1, 1, 1, 1, 1, 1, 1, 1, 1, 5]))).toBeCloseTo(1.25, 14);
    expect(rightOf(hhi([50, 30, 20]))).toBeCloseTo(0.38, 14);
    expect(rightOf(effectiveNumber([50, 30, 20]))).toBeCloseTo(1 / 0.38, 12);
    expect(rightOf(effectiveNumber([1, 1, 1, 1]))).toBeCloseTo(4, 14);
    expect(rightOf(shannonEvenness([2, 2, 2]))).toBeCloseTo(1, 14);
    expect(rightOf(shannonEvenness([0, 0, 9]))).toBe(0);
    expect(rightOf(coefficientOfVariation([2, 4, 4, 4, 5, 5, 7, 9]))).toBeCloseTo(0.4, 14);
    expect(rightOf(topShare([10, 5, 3, 1, 1], { count: 3 }))).toBeCloseTo(0.9, 14);
    expect(rightOf(topShare([10, 5, 3, 1, 1], { fraction: 0.2 }))).toBeCloseTo(0.5, 14);
    expect(rightOf(topShare([10, 5, 3, 1, 1], { fraction: 0.1 }))).toBeCloseTo(0.25, 14);
  });

  it("draws the Lorenz curve from (0, 0) to (1, 1)", () => {
    expect(rightOf(lorenzCurve([3, 1]))).toEqual([
      { population: 0, share: 0 },
      { population: 0.5, share: 0.25 },
      { population: 1, share: 1 },
    ]);
  });

  it("returns error values for undefined cases", () => {
    const at = (result: E.Either<DecideError, unknown>) =>
      E.isLeft(result) && result.left._tag === "InvalidInput"
        ? result.left.issues.map((i) => `${i.path}:${i.code}`)
        : "right";
    expect(at(palma([0, 0, 0, 0, 1]))).toEqual(["values:zero_bottom"]);
    expect(at(shannonEvenness([5]))).toEqual(["values:too_few"]);
    expect(at(topShare([1, 2], { count: 3 }))).toEqual(["group.count:out_of_range"]);
    expect(at(topShare([1, 2], { fraction: 0 }))).toEqual(["group.fraction:out_of_range"]);
    for (const measure of [
      theil,
      hoover,
      palma,
      hhi,
      effectiveNumber,
      coefficientOfVariation,
      lorenzCurve,
    ]) {
      expect(at(measure([]))).toEqual(["values:empty"]);
      expect(at(measure([0, 0]))).toEqual(["values:zero_total"]);
      expect(at(measure([1, -1]))).toEqual(["values[1]:negative"]);
    }
  });
});
