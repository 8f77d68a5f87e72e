/**
 * Issue 10 (hardening): the inequality measures at their boundary. Every counterexample of the
 * issue is here: throws that must be error values, holes of sparse arrays taken as data, wrong
 * Atkinson values near ε = 1 and for large ε, and the limit on values.
 */

import fc from "fast-check";
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
  representation,
  shannonEvenness,
  theil,
  topShare,
  VALUES_LIMIT,
} from "../../src/power/index.js";
import { guardedArray } from "../helpers/guarded.js";
import { runs } from "../helpers/runs.js";
import { rightOf } from "./oracle.js";

const INEQ_X = [541, 1463, 2445, 3438, 4437, 5401, 6392, 8304, 11904, 22261];

/** The paths and codes of an InvalidInput, or the tag of any other result. */
const issuesOf = (result: E.Either<DecideError, unknown>): string[] | string =>
  E.isLeft(result)
    ? result.left._tag === "InvalidInput"
      ? result.left.issues.map((i) => `${i.path}:${i.code}`)
      : result.left._tag
    : "right";

// biome-ignore lint/suspicious/noSparseArray: the holes are the point of these tests
const SPARSE = [1, , 3] as number[];

const MEASURES: readonly [string, (values: readonly number[]) => E.Either<DecideError, unknown>][] =
  [
    ["gini", (v) => gini(v)],
    ["hoover", (v) => hoover(v)],
    ["hhi", (v) => hhi(v)],
    ["effectiveNumber", (v) => effectiveNumber(v)],
    ["coefficientOfVariation", (v) => coefficientOfVariation(v)],
    ["theil", (v) => theil(v)],
    ["meanLogDeviation", (v) => meanLogDeviation(v)],
    ["atkinson", (v) => atkinson(v, 0.5)],
    ["topShare", (v) => topShare(v, { count: 1 })],
    ["palma", (v) => palma(v)],
    ["lorenzCurve", (v) => lorenzCurve(v)],
    ["shannonEvenness", (v) => shannonEvenness(v)],
  ];

describe("the arguments besides the values are checked, never read blindly", () => {
  it("topShare([1, 2, 3], 5), and with undefined, null or an array as the group: Left at group", () => {
    for (const group of [5, undefined, null, [1], "count"]) {
      expect(issuesOf(topShare([1, 2, 3], group as never))).toEqual(["group:invalid_type"]);
    }
    expect(issuesOf(topShare([1, 2, 3], { count: "2" } as never))).toEqual([
      "group.count:out_of_range",
    ]);
    expect(issuesOf(topShare([1, 2, 3], {} as never))).toEqual(["group.fraction:out_of_range"]);
  });

  it("gini([1, 2, 3], null): Left at options", () => {
    expect(issuesOf(gini([1, 2, 3], null as never))).toEqual(["options:invalid_type"]);
    expect(issuesOf(gini([1, 2, 3], 5 as never))).toEqual(["options:invalid_type"]);
    expect(issuesOf(gini([1, 2, 3], { correction: "yes" } as never))).toEqual([
      "options.correction:invalid_type",
    ]);
    for (const [, measure] of MEASURES) expect(measure([1, 2, 3])).toSatisfy(E.isRight);
    expect(issuesOf(hoover([1, 2, 3], null as never))).toEqual(["options:invalid_type"]);
  });

  it("representation({ a: 1 }, { a: 2, b: 1 }, null): Left at options", () => {
    expect(issuesOf(representation({ a: 1 }, { a: 2, b: 1 }, null as never))).toEqual([
      "options:invalid_type",
    ]);
    expect(issuesOf(representation({ a: 1 }, { a: 2, b: 1 }, { tolerance: -1 }))).toEqual([
      "options.tolerance:out_of_range",
    ]);
    expect(issuesOf(representation({ a: 1 }, { a: 2, b: 1 }, { tolerance: Number.NaN }))).toEqual([
      "options.tolerance:out_of_range",
    ]);
    expect(representation({ a: 1 }, { a: 2, b: 1 })).toSatisfy(E.isRight);
  });

  it("never throws on anything, with anything as the second argument", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (values, second) => {
        const results: E.Either<DecideError, unknown>[] = [
          gini(values as never, second as never),
          topShare(values as never, second as never),
          atkinson(values as never, second as never),
          hoover(values as never, second as never),
          palma(values as never, second as never),
          representation(values as never, second as never, second as never),
        ];
        for (const result of results) {
          expect(E.isLeft(result) || E.isRight(result)).toBe(true);
        }
      }),
      { numRuns: runs(300) },
    );
  });
});

describe("a hole in a sparse array is an error at its index, in every measure", () => {
  it("gini([1, , 3]) (was 0), palma([1, , 3]) (was 0.75) and the measures that gave NaN", () => {
    for (const [name, measure] of MEASURES) {
      expect([name, issuesOf(measure(SPARSE))]).toEqual([name, ["values[1]:hole"]]);
    }
  });

  it("an explicit undefined is not a number either", () => {
    expect(issuesOf(gini([1, undefined, 3] as never))).toEqual(["values[1]:not_finite"]);
  });

  it("lists at most 20 problems and counts the rest", () => {
    const bad = new Array<number>(100);
    const result = issuesOf(gini(bad));
    expect(result).toHaveLength(21);
    expect(result[20]).toBe("values:more_issues");
  });
});

describe("the limit on values", () => {
  it("refuses a sparse array of length 2^32 - 1 at once, before reading an entry", () => {
    const guarded = guardedArray(2 ** 32 - 1, 1, 0);
    for (const [, measure] of MEASURES) {
      const result = measure(guarded.array);
      expect(result).toEqual(
        E.left(
          expect.objectContaining({
            _tag: "Unsupported",
            reason: "work_limit",
            limit: {
              name: "inequality.values",
              limit: VALUES_LIMIT.default,
              size: 2 ** 32 - 1,
              option: "options.maxValues",
              ceiling: VALUES_LIMIT.ceiling,
            },
          }),
        ),
      );
    }
    expect(guarded.reads()).toBe(0);
  });

  it("is raised by options.maxValues up to the ceiling, and a bad maxValues is an InvalidInput", () => {
    expect(issuesOf(gini([1, 2, 3], { maxValues: 2 }))).toBe("Unsupported");
    expect(rightOf(gini([1, 1], { maxValues: 2 }))).toBe(0);
    expect(issuesOf(hoover([1, 2], { maxValues: VALUES_LIMIT.ceiling + 1 }))).toEqual([
      "options.maxValues:out_of_range",
    ]);
    expect(issuesOf(atkinson([1, 2], 1, { maxValues: 0.5 }))).toEqual([
      "options.maxValues:out_of_range",
    ]);
  });
});

describe("atkinson in log space (issue 10: wrong near ε = 1 and for large ε)", () => {
  const geometric = (xs: readonly number[]): number =>
    Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
  const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

  it("is continuous at ε = 1: [1, 2, 3] gives 1 - 6^(1/3)/2 ≈ 0.0914 at 1 - 1e-15, 1 and 1 + 1e-15", () => {
    const atOne = 1 - geometric([1, 2, 3]) / 2;
    expect(atOne).toBeCloseTo(0.0914397, 7);
    for (const epsilon of [1 - 1e-15, 1, 1 + 1e-15, 1 - 1e-9, 1 + 1e-9]) {
      // was 0 at 1 - 1e-15 and 0.181 at 1 + 1e-15
      expect(rightOf(atkinson([1, 2, 3], epsilon))).toBeCloseTo(atOne, 8);
    }
  });

  it("tends to 1 - min/mean for large ε (was 1 from ε ≈ 1100)", () => {
    // r = x/μ = [1/2, 1, 3/2]: the mean of r^-1099 is (2^1099 / 3) (1 + tiny), so A = 1 - 3^(1/1099)/2
    expect(rightOf(atkinson([1, 2, 3], 1100))).toBeCloseTo(1 - 3 ** (1 / 1099) / 2, 12);
    expect(rightOf(atkinson([1, 2, 3], 1100))).toBeLessThan(0.5);
    expect(rightOf(atkinson([1, 2, 3], 1e8))).toBeCloseTo(0.5, 7);
    expect(rightOf(atkinson([1, 2, 3], Number.MAX_VALUE))).toBeCloseTo(0.5, 12);
    expect(rightOf(atkinson(INEQ_X, 1e12))).toBeCloseTo(1 - 541 / mean(INEQ_X), 9);
  });

  it("matches DescTools::Atkinson(x, parameter = 0.5) = 0.1796591 on the ineq income vector", () => {
    // DescTools (Zeileis's ineq code), help page example output
    expect(rightOf(atkinson(INEQ_X, 0.5))).toBeCloseTo(0.1796591, 7);
  });

  it("matches the textbook formula where it is well conditioned (ε = 0.5, 2, 3)", () => {
    const direct = (xs: readonly number[], e: number): number => {
      const mu = mean(xs);
      const m = (xs.reduce((a, x) => a + x ** (1 - e), 0) / xs.length) ** (1 / (1 - e));
      return 1 - m / mu;
    };
    for (const e of [0.5, 2, 3]) {
      expect(rightOf(atkinson(INEQ_X, e))).toBeCloseTo(direct(INEQ_X, e), 12);
    }
  });

  it("is between 0 and 1 - min/mean, increasing in ε, and continuous at 1 (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (xs, e) => {
          const value = rightOf(atkinson(xs, e));
          const bound = 1 - Math.min(...xs) / mean(xs);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(bound + 1e-9);
          expect(rightOf(atkinson(xs, e + 0.5))).toBeGreaterThanOrEqual(value - 1e-9);
          const atOne = rightOf(atkinson(xs, 1));
          expect(rightOf(atkinson(xs, 1 - 1e-12))).toBeCloseTo(atOne, 6);
          expect(rightOf(atkinson(xs, 1 + 1e-12))).toBeCloseTo(atOne, 6);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
