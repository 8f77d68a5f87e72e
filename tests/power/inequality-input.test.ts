/**
 * The inequality measures take what the tallies return: arrays, typed arrays and records of
 * numbers give the same answers; anything else is still an error value.
 */
import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
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
import { runs } from "../helpers/runs.js";

const MEASURES = {
  gini: (v: never) => gini(v),
  theil: (v: never) => theil(v),
  meanLogDeviation: (v: never) => meanLogDeviation(v),
  atkinson: (v: never) => atkinson(v, 0.5),
  hoover: (v: never) => hoover(v),
  palma: (v: never) => palma(v),
  hhi: (v: never) => hhi(v),
  effectiveNumber: (v: never) => effectiveNumber(v),
  shannonEvenness: (v: never) => shannonEvenness(v),
  coefficientOfVariation: (v: never) => coefficientOfVariation(v),
  topShare: (v: never) => topShare(v, { count: 1 }),
  lorenzCurve: (v: never) => lorenzCurve(v),
} as const;

const asRecord = (values: readonly number[]): Record<string, number> =>
  Object.fromEntries(values.map((x, i) => [`p${i}`, x]));

describe("inequality measures accept arrays, typed arrays and records", () => {
  it("give the same result for a number[], a Float64Array, an Int32Array and a record", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }),
        (values) => {
          for (const [name, measure] of Object.entries(MEASURES)) {
            const plain = measure(values as never);
            expect(measure(Float64Array.from(values) as never), name).toEqual(plain);
            expect(measure(Int32Array.from(values) as never), name).toEqual(plain);
            expect(measure(asRecord(values) as never), name).toEqual(plain);
          }
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it("type-check with each input form", () => {
    const typed: Float64Array = Float64Array.of(1, 2, 3);
    const record: Readonly<Record<string, number>> = { Ann: 1, Bob: 2, Cy: 3 };
    const list: readonly number[] = [1, 2, 3];
    expect(gini(typed)).toEqual(gini(list));
    expect(hhi(record)).toEqual(hhi(list));
    expect(topShare(record, { count: 1 })).toEqual(topShare(list, { count: 1 }));
  });

  it("still answer bad entries with an error value and a path", () => {
    expect(gini({ a: 1, b: -2 })).toMatchObject(
      E.left({ _tag: "InvalidInput", issues: [{ path: "values[1]", code: "negative" }] }),
    );
    expect(gini(Float64Array.of(1, Number.NaN))).toMatchObject(
      E.left({ issues: [{ path: "values[1]", code: "not_finite" }] }),
    );
    expect(gini(new Float64Array(0))).toMatchObject(E.left({ issues: [{ code: "empty" }] }));
    expect(gini({})).toMatchObject(E.left({ issues: [{ code: "empty" }] }));
    expect(gini(BigInt64Array.of(1n, 2n) as never)).toMatchObject(
      E.left({ issues: [{ path: "values[0]", code: "not_finite" }, { path: "values[1]" }] }),
    );
  });

  it("do not read other objects as records", () => {
    for (const bad of [new Map([["a", 1]]), new Date(0), new DataView(new ArrayBuffer(8)), "12"]) {
      expect(gini(bad as never)).toMatchObject(
        E.left({ issues: [{ path: "values", code: "invalid_type" }] }),
      );
    }
  });
});
