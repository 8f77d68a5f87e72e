import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  dhondtMaxAdvantage,
  gallagher,
  loosemoreHanby,
  representation,
  sainteLagueIndex,
} from "../../src/power/index.js";
import { rightOf } from "./oracle.js";

// 2005 New Zealand general election, party vote (% of votes) and seats won (121 seats), the worked
// example of the Gallagher index on Wikipedia ("Gallagher index"). That page prints LSq = 1.11, but
// its own squared differences add up to 2.5336, not the 2.4711 it prints: √(2.5336 / 2) = 1.1255.
// With exact seat shares (50/121, ...) the index is 1.1251.
const NZ_2005_VOTES = {
  Labour: 41.1,
  National: 39.1,
  "NZ First": 5.72,
  Greens: 5.3,
  Māori: 2.12,
  "United Future": 2.67,
  ACT: 1.51,
  Progressives: 1.16,
  Destiny: 0.62,
  "Legalise Cannabis": 0.25,
  "Christian Heritage": 0.12,
  Alliance: 0.07,
  "Family Rights": 0.05,
  Democrats: 0.05,
  Libertarianz: 0.04,
  "Direct Democracy": 0.03,
  "99MP": 0.03,
  OneNZ: 0.02,
  Republicans: 0.02,
};
const NZ_2005_SEATS = {
  Labour: 50,
  National: 48,
  "NZ First": 7,
  Greens: 6,
  Māori: 4,
  "United Future": 3,
  ACT: 2,
  Progressives: 1,
};

describe("gallagher (Gallagher 1991)", () => {
  it("gives 1.125 for the 2005 New Zealand general election (see the note on the published 1.11)", () => {
    expect(rightOf(gallagher(NZ_2005_VOTES, NZ_2005_SEATS))).toBeCloseTo(1.1251, 4);
    const tableSeatShares = {
      Labour: 41.32,
      National: 39.67,
      "NZ First": 5.79,
      Greens: 4.96,
      Māori: 3.3,
      "United Future": 2.48,
      ACT: 1.65,
      Progressives: 0.82,
    };
    expect(rightOf(gallagher(NZ_2005_VOTES, tableSeatShares))).toBeCloseTo(1.124, 3);
  });

  it("gives √31 for the four-party worked example of calculator.academy's Gallagher index page", () => {
    const votes = { A: 42, B: 31, C: 17, D: 10 };
    const seats = { A: 48, B: 28, C: 18, D: 6 };
    expect(rightOf(gallagher(votes, seats))).toBeCloseTo(Math.sqrt(31), 12);
  });

  it("gives 10 for a 60/40 vote split into 7 of 10 seats, counts or shares alike", () => {
    expect(rightOf(gallagher({ A: 60, B: 40 }, { A: 7, B: 3 }))).toBeCloseTo(10, 12);
    expect(rightOf(gallagher({ A: 0.6, B: 0.4 }, { A: 0.7, B: 0.3 }))).toBeCloseTo(10, 12);
  });
});

describe("loosemoreHanby, sainteLagueIndex, dhondtMaxAdvantage", () => {
  it("compute hand-checked values", () => {
    expect(rightOf(loosemoreHanby({ A: 60, B: 40 }, { A: 7, B: 3 }))).toBeCloseTo(10, 12);
    expect(rightOf(sainteLagueIndex({ A: 50, B: 50 }, { A: 6, B: 4 }))).toBeCloseTo(4, 12);
    expect(rightOf(dhondtMaxAdvantage({ A: 60, B: 40 }, { A: 7, B: 3 }))).toBeCloseTo(7 / 6, 12);
    // the NZ 2005 Loosemore-Hanby index: half the sum of the absolute gaps in the table
    expect(rightOf(loosemoreHanby(NZ_2005_VOTES, NZ_2005_SEATS))).toBeGreaterThan(1.11);
  });

  it("refuses a party with seats and no votes for the ratio-based indices", () => {
    for (const measure of [sainteLagueIndex, dhondtMaxAdvantage]) {
      expect(measure({ A: 1, B: 0 }, { A: 1, B: 1 })).toEqual(
        E.left(
          expect.objectContaining({
            issues: [expect.objectContaining({ path: "votes.B", code: "zero_votes_with_seats" })],
          }),
        ),
      );
    }
  });

  it("returns every bad amount with its path", () => {
    const result = gallagher({ A: -1, "B C": Number.NaN }, { A: 1, D: "2" as unknown as number });
    expect(E.isLeft(result) && result.left.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      "votes.A:negative",
      'votes["B C"]:not_finite',
      "seats.D:not_finite",
    ]);
    expect(gallagher({ A: 0 }, { A: 1 })).toEqual(
      E.left(
        expect.objectContaining({
          issues: [expect.objectContaining({ path: "votes", code: "zero_total" })],
        }),
      ),
    );
  });

  it("are all at their ideal when seat shares equal vote shares", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 50 }),
        (votes, k) => {
          const v = Object.fromEntries(votes.map((x, i) => [`p${i}`, x]));
          const s = Object.fromEntries(votes.map((x, i) => [`p${i}`, x * k]));
          expect(rightOf(gallagher(v, s))).toBeCloseTo(0, 9);
          expect(rightOf(loosemoreHanby(v, s))).toBeCloseTo(0, 9);
          expect(rightOf(sainteLagueIndex(v, s))).toBeCloseTo(0, 9);
          expect(rightOf(dhondtMaxAdvantage(v, s))).toBeCloseTo(1, 9);
        },
      ),
    );
  });

  it("grow when one seat moves from an under- to an over-represented party", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 50 }), (seats) => {
        const votes = { A: 50, B: 50 };
        const fair = { A: seats, B: seats };
        const skewed = { A: seats + 1, B: seats - 1 };
        expect(rightOf(gallagher(votes, skewed))).toBeGreaterThan(rightOf(gallagher(votes, fair)));
        expect(rightOf(loosemoreHanby(votes, skewed))).toBeGreaterThan(
          rightOf(loosemoreHanby(votes, fair)),
        );
        expect(rightOf(sainteLagueIndex(votes, skewed))).toBeGreaterThan(
          rightOf(sainteLagueIndex(votes, fair)),
        );
      }),
    );
  });
});

describe("representation", () => {
  it("gives ratios, the dissimilarity index, and who is under- or over-represented", () => {
    const result = rightOf(
      representation({ renters: 2, owners: 8 }, { renters: 0.5, owners: 0.5 }),
    );
    expect(result.ratios["renters"]).toBeCloseTo(0.4, 12);
    expect(result.ratios["owners"]).toBeCloseTo(1.6, 12);
    expect(result.dissimilarity).toBeCloseTo(0.3, 12);
    expect(result.underRepresented).toEqual(["renters"]);
    expect(result.overRepresented).toEqual(["owners"]);
  });

  it("gives null for a group absent from the population and treats missing groups as 0", () => {
    const result = rightOf(representation({ a: 1, b: 1 }, { a: 1, c: 1 }));
    expect(result.ratios).toEqual({ a: 1, b: null, c: 0 });
    expect(result.dissimilarity).toBeCloseTo(0.5, 12);
    expect(result.underRepresented).toEqual(["c"]);
  });

  it("reports errors at panel and population paths", () => {
    expect(representation({ a: -1 }, { a: 1 })).toEqual(
      E.left(
        expect.objectContaining({
          issues: [expect.objectContaining({ path: "panel.a", code: "negative" })],
        }),
      ),
    );
    expect(representation({ a: 1 }, [] as unknown as Record<string, number>)).toEqual(
      E.left(
        expect.objectContaining({
          issues: [expect.objectContaining({ path: "population", code: "invalid_type" })],
        }),
      ),
    );
  });
});
