import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRational, rational, rationals } from "../../src/core/index.js";

const { add, sub, mul, div, compare, equals, toFixed, toFraction, toNumber, truncateTo, floor } =
  rationals;

const arbRational = fc
  .tuple(
    fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
    fc.bigInt({ min: 1n, max: 10n ** 20n }),
  )
  .map(([n, d]) => rational(n, d));

describe("rational", () => {
  it("normalises sign and common factors", () => {
    expect(rational(6n, -4n)).toEqual({ num: -3n, den: 2n });
    expect(rational(0n, -7n)).toEqual({ num: 0n, den: 1n });
    expect(toFraction(rational(10n, 5n))).toBe("2");
  });

  it("throws a RangeError on a zero denominator (a caller bug, never reached from the boundary)", () => {
    expect(() => rational(1n, 0n)).toThrow(RangeError);
  });

  it("adds, subtracts, multiplies and divides exactly", () => {
    const third = rational(1n, 3n);
    const sixth = rational(1n, 6n);
    expect(add(third, sixth)).toEqual(rational(1n, 2n));
    expect(sub(third, sixth)).toEqual(sixth);
    expect(mul(third, sixth)).toEqual(rational(1n, 18n));
    expect(div(third, sixth)).toEqual(rational(2n));
    // 0.1 + 0.2 is exactly 0.3 here, unlike binary floating point.
    const tenth = parseRational("0.1");
    const fifth = parseRational("0.2");
    expect(tenth && fifth && add(tenth, fifth)).toEqual(parseRational("0.3"));
  });

  it("formats with truncation and half-up rounding", () => {
    expect(toFixed(rational(2n, 3n), 5, "truncate")).toBe("0.66666");
    expect(toFixed(rational(2n, 3n), 5, "half-up")).toBe("0.66667");
    expect(toFixed(rational(-1n, 8n), 2, "half-up")).toBe("-0.13");
    expect(toFixed(rational(-1n, 8n), 2, "truncate")).toBe("-0.12");
    expect(toFixed(rational(-1n, 1000n), 2, "truncate")).toBe("0.00");
    expect(toFixed(rational(1n, 2n), 0, "half-up")).toBe("1");
    expect(toFixed(rational(123456n), 2, "truncate")).toBe("123456.00");
  });

  it("truncates to a fixed number of places (as Scottish STV does with 5)", () => {
    expect(truncateTo(rational(2n, 3n), 5)).toEqual(rational(66666n, 100000n));
    expect(floor(rational(-7n, 2n))).toBe(-4n);
    expect(floor(rational(7n, 2n))).toBe(3n);
  });

  it("parses p/q, decimals and finite numbers, and refuses the rest", () => {
    expect(parseRational("6/8")).toEqual(rational(3n, 4n));
    expect(parseRational("-2.50")).toEqual(rational(-5n, 2n));
    expect(parseRational(0.1)).toEqual(rational(1n, 10n));
    expect(parseRational(1e21)).toEqual(rational(10n ** 21n));
    expect(parseRational(1.5e-7)).toEqual(rational(15n, 10n ** 8n));
    for (const bad of ["1/0", "", "abc", "1.5/2", "--1", Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(parseRational(bad)).toBeUndefined();
    }
  });

  it("converts to the nearest double for reporting, even with huge parts", () => {
    expect(toNumber(rational(1n, 3n))).toBeCloseTo(1 / 3, 15);
    expect(toNumber(rational(10n ** 40n + 1n, 10n ** 40n))).toBeCloseTo(1, 15);
  });

  it("obeys the field laws (property)", () => {
    fc.assert(
      fc.property(arbRational, arbRational, arbRational, (a, b, c) => {
        expect(add(a, b)).toEqual(add(b, a));
        expect(mul(a, add(b, c))).toEqual(add(mul(a, b), mul(a, c)));
        expect(sub(add(a, b), b)).toEqual(a);
        if (b.num !== 0n) expect(mul(div(a, b), b)).toEqual(a);
        expect(compare(a, b)).toBe(-compare(b, a) as -1 | 0 | 1);
        expect(equals(a, b)).toBe(compare(a, b) === 0);
      }),
    );
  });

  it("round-trips through its p/q text (property)", () => {
    fc.assert(
      fc.property(arbRational, (a) => {
        expect(parseRational(toFraction(a))).toEqual(a);
      }),
    );
  });
});

describe("parseRational on hostile input (issue 10)", () => {
  it("returns undefined for values that are not text, and for text past 10,000 characters", () => {
    for (const value of [null, undefined, {}, [], ["1"]]) {
      expect(parseRational(value as never)).toBeUndefined();
    }
    expect(parseRational("1".repeat(10_001))).toBeUndefined();
    expect(parseRational("1".repeat(10_000))).toEqual({ num: BigInt("1".repeat(10_000)), den: 1n });
  });
});
