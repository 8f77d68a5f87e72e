import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  civilFromDay,
  dayFromCivil,
  formatDay,
  isIsoDate,
  parseIsoDay,
} from "../../src/commitments/dates.js";
import { runs } from "../helpers/runs.js";

describe("parseIsoDay", () => {
  it("reads calendar dates to days from 1970-01-01", () => {
    expect(parseIsoDay("1970-01-01")).toBe(0);
    expect(parseIsoDay("1970-01-02")).toBe(1);
    expect(parseIsoDay("1969-12-31")).toBe(-1);
    expect(parseIsoDay("2000-03-01")).toBe(11017); // 30 years + 7 leap days + Jan..Feb 2000 (60 days)
    expect(parseIsoDay("2024-02-29")).toBe(19782);
  });

  it("normalises date-times with an offset to the UTC day", () => {
    expect(parseIsoDay("2025-06-30T23:30:00-02:00")).toBe(parseIsoDay("2025-07-01"));
    expect(parseIsoDay("2025-07-01T01:00+02:00")).toBe(parseIsoDay("2025-06-30"));
    expect(parseIsoDay("2025-07-01T00:00:00.123456Z")).toBe(parseIsoDay("2025-07-01"));
    expect(parseIsoDay("2024-12-31T23:59:59+00:00")).toBe(parseIsoDay("2024-12-31"));
  });

  it("refuses dates that do not exist and forms that are ambiguous", () => {
    for (const text of [
      "2025-13-01",
      "2025-02-30",
      "2023-02-29",
      "1900-02-29", // not a leap year (divisible by 100)
      "2025-04-31",
      "2025-00-10",
      "2025-01-00",
      "2025-1-01",
      "25-01-01",
      "2025-01-01T10:00:00", // no offset
      "2025-01-01t10:00:00z",
      "2025-01-01T24:00:00Z",
      "2025-01-01T10:60:00Z",
      "2025-01-01T10:00:60Z", // leap seconds refused
      "2025-01-01T10:00:00+24:00",
      "2025-01-01 10:00:00Z",
      "",
      "２０２５-01-01",
    ]) {
      expect(parseIsoDay(text), text).toBeUndefined();
    }
    expect(parseIsoDay("2000-02-29")).toBeDefined(); // divisible by 400
  });

  it("isIsoDate takes calendar dates only", () => {
    expect(isIsoDate("2025-06-30")).toBe(true);
    expect(isIsoDate("2025-06-30T00:00:00Z")).toBe(false);
  });
});

describe("day numbers agree with the JavaScript Date (UTC) over ±10,000 years of days", () => {
  it("dayFromCivil and civilFromDay are inverse and match Date.UTC", () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (day) => {
        const [y, m, d] = civilFromDay(day);
        expect(dayFromCivil(y, m, d)).toBe(day);
        if (y >= 0 && y <= 9999) {
          const date = new Date(day * 86_400_000);
          expect([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]).toEqual([
            y,
            m,
            d,
          ]);
          expect(parseIsoDay(formatDay(day))).toBe(day);
        }
      }),
      { numRuns: runs(2000) },
    );
  });
});
