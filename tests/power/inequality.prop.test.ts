import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  atkinson,
  coefficientOfVariation,
  gini,
  hhi,
  hoover,
  meanLogDeviation,
  palma,
  shannonEvenness,
  theil,
} from "../../src/power/index.js";

const value = (result: E.Either<unknown, number>): number => {
  if (E.isLeft(result)) throw new Error("unexpected error value");
  return result.right;
};

/** Positive amounts (so every measure is defined), 2 to 30 of them. */
const amounts = fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 2, maxLength: 30 });

const measures: readonly [string, (xs: readonly number[]) => E.Either<unknown, number>][] = [
  ["gini", (xs) => gini(xs)],
  ["gini corrected", (xs) => gini(xs, { correction: true })],
  ["theil", theil],
  ["meanLogDeviation", meanLogDeviation],
  ["atkinson 0.5", (xs) => atkinson(xs, 0.5)],
  ["atkinson 1", (xs) => atkinson(xs, 1)],
  ["atkinson 2", (xs) => atkinson(xs, 2)],
  ["hoover", hoover],
  ["coefficientOfVariation", coefficientOfVariation],
];

describe("axioms of inequality measures", () => {
  it("equal values score 0 (and Palma 1/4, HHI 1/n, evenness 1)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 2, max: 40 }), (x, n) => {
        const equal = new Array<number>(n).fill(x);
        for (const [name, measure] of measures)
          expect(value(measure(equal)), name).toBeCloseTo(0, 12);
        expect(value(hhi(equal))).toBeCloseTo(1 / n, 12);
        expect(value(shannonEvenness(equal))).toBeCloseTo(1, 12);
        if (n >= 3) expect(value(palma(equal))).toBeCloseTo(0.25, 12);
      }),
    );
  });

  it("are scale invariant: multiplying every amount by c changes nothing", () => {
    fc.assert(
      fc.property(amounts, fc.integer({ min: 2, max: 1000 }), (xs, c) => {
        const scaled = xs.map((x) => x * c);
        for (const [name, measure] of measures) {
          expect(value(measure(scaled)), name).toBeCloseTo(value(measure(xs)), 9);
        }
        expect(value(palma(scaled))).toBeCloseTo(value(palma(xs)), 9);
        expect(value(hhi(scaled))).toBeCloseTo(value(hhi(xs)), 12);
      }),
    );
  });

  it("are symmetric: the order of the amounts does not matter", () => {
    fc.assert(
      fc.property(amounts, (xs) => {
        const reversed = xs.slice().reverse();
        for (const [name, measure] of measures) {
          expect(value(measure(reversed)), name).toBeCloseTo(value(measure(xs)), 12);
        }
      }),
    );
  });

  it("satisfy the transfer principle (Pigou-Dalton): giving from richer to poorer lowers them", () => {
    fc.assert(
      fc.property(amounts, fc.nat(), fc.nat(), (xs, a, b) => {
        const sorted = xs.slice().sort((p, q) => p - q);
        const poor = a % sorted.length;
        const rich = b % sorted.length;
        const gap = (sorted[rich] as number) - (sorted[poor] as number);
        fc.pre(gap >= 2);
        const moved = sorted.slice();
        const amount = Math.floor(gap / 2) / 2; // keeps the poorer below the richer
        fc.pre(amount > 0);
        moved[poor] = (moved[poor] as number) + amount;
        moved[rich] = (moved[rich] as number) - amount;
        for (const [name, measure] of measures) {
          if (name === "hoover") {
            // Hoover only weakly decreases (it ignores transfers on the same side of the mean)
            expect(value(measure(moved)), name).toBeLessThanOrEqual(value(measure(sorted)) + 1e-12);
          } else {
            expect(value(measure(moved)), name).toBeLessThan(value(measure(sorted)));
          }
        }
      }),
    );
  });

  it("Gini is invariant to replicating the population (Dalton's principle of population)", () => {
    fc.assert(
      fc.property(amounts, fc.integer({ min: 2, max: 5 }), (xs, k) => {
        const replicated = Array.from({ length: k }, () => xs).flat();
        expect(value(gini(replicated))).toBeCloseTo(value(gini(xs)), 12);
        expect(value(theil(replicated))).toBeCloseTo(value(theil(xs)), 12);
      }),
    );
  });

  it("stay within their ranges", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 30 }),
        (xs) => {
          fc.pre(xs.some((x) => x > 0));
          const n = xs.length;
          const g = value(gini(xs));
          expect(g).toBeGreaterThanOrEqual(0);
          expect(g).toBeLessThanOrEqual(1 - 1 / n + 1e-12);
          expect(value(theil(xs))).toBeLessThanOrEqual(Math.log(n) + 1e-12);
          expect(value(hhi(xs))).toBeGreaterThanOrEqual(1 / n - 1e-12);
          expect(value(shannonEvenness(xs))).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it("never return NaN or throw, whatever numbers they get", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double(), fc.integer())), (xs) => {
        for (const [, measure] of measures) {
          const result = measure(xs);
          if (E.isRight(result)) expect(Number.isNaN(result.right)).toBe(false);
        }
      }),
    );
  });
});
