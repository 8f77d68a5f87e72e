/**
 * apportion on published apportionments: the 2020 U.S. House (Census Bureau), Wikipedia's and
 * other sites' worked tables, and the classic Alabama paradox.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { type Apportionment, apportion } from "../../../src/committees/index.js";
import { dataText } from "../../helpers/data.js";

const right = (spec: unknown): Apportionment => {
  const result = apportion(spec);
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  return result.right;
};

/** tests/fixtures/data/apportionment/us-house-2020.csv (Census Bureau, 2020 Table 1). */
const usHouse2020 = (): { population: Record<string, number>; seats: Record<string, number> } => {
  const population: Record<string, number> = {};
  const seats: Record<string, number> = {};
  for (const line of dataText("apportionment/us-house-2020.csv").trim().split("\n").slice(1)) {
    const [state, pop, reps] = line.split(",");
    population[state as string] = Number(pop);
    seats[state as string] = Number(reps);
  }
  return { population, seats };
};

describe("apportion: the 2020 U.S. House (Census Bureau, Table 1)", () => {
  const { population, seats } = usHouse2020();

  it("reads 50 states, 331,108,434 people and 435 seats", () => {
    expect(Object.keys(population)).toHaveLength(50);
    expect(Object.values(population).reduce((a, b) => a + b, 0)).toBe(331_108_434);
    expect(Object.values(seats).reduce((a, b) => a + b, 0)).toBe(435);
  });

  it("gives every state its official number of representatives by Huntington-Hill with one seat minimum", () => {
    const result = right({
      method: "huntington-hill",
      seats: 435,
      votes: population,
      options: { minSeats: 1 },
    });
    expect(result.seats).toEqual(seats);
    expect(result.tieBreaks).toEqual([]);
    // The last seat (435th) went to Minnesota and New York was the first runner-up (Census
    // Bureau, Table B1: New York needed 89 more people).
    expect(result.cutoff?.last?.party).toBe("Minnesota");
    expect(result.cutoff?.next?.party).toBe("New York");
  });

  it("gives the same seats without minSeats (the first divisor 0 gives every state one)", () => {
    expect(right({ method: "huntington-hill", seats: 435, votes: population }).seats).toEqual(
      seats,
    );
  });

  it("would differ under Webster (Sainte-Laguë), as Balinski and Young's comparisons show for most censuses", () => {
    const webster = right({ method: "sainte-lague", seats: 435, votes: population }).seats;
    expect(Object.values(webster).reduce((a, b) => a + b, 0)).toBe(435);
    // Each method stays within one seat of the other for every state.
    for (const state of Object.keys(seats))
      expect(Math.abs((webster[state] as number) - (seats[state] as number))).toBeLessThanOrEqual(
        1,
      );
  });
});

describe("apportion: worked examples", () => {
  it("D'Hondt: A 100,000, B 80,000, C 30,000, D 20,000, 8 seats gives 4, 3, 1, 0 (Wikipedia, \"D'Hondt method\")", () => {
    const result = right({
      method: "dhondt",
      seats: 8,
      votes: { A: 100_000, B: 80_000, C: 30_000, D: 20_000 },
    });
    expect(result.seats).toEqual({ A: 4, B: 3, C: 1, D: 0 });
    expect(result.quotients?.["A"]?.slice(0, 4)).toEqual(["100000", "50000", "100000/3", "25000"]);
    expect(result.cutoff?.last).toEqual({ party: "A", quotient: "25000" });
  });

  it('Sainte-Laguë: the same votes give 3, 3, 1, 1 (Wikipedia, "Sainte-Laguë method")', () => {
    const result = right({
      method: "sainte-lague",
      seats: 8,
      votes: { A: 100_000, B: 80_000, C: 30_000, D: 20_000 },
    });
    expect(result.seats).toEqual({ A: 3, B: 3, C: 1, D: 1 });
  });

  // staatsrecht.honikel.de, "Berechnungsbeispiele: Lösungen" (A 6100, B 5000, C 900; 10 seats).
  it("A 6100, B 5000, C 900, 10 seats: Sainte-Laguë 5, 4, 1; Hare 5, 4, 1; D'Hondt 6, 4, 0 (honikel.de)", () => {
    const votes = { A: 6100, B: 5000, C: 900 };
    expect(right({ method: "sainte-lague", seats: 10, votes }).seats).toEqual({ A: 5, B: 4, C: 1 });
    expect(right({ method: "dhondt", seats: 10, votes }).seats).toEqual({ A: 6, B: 4, C: 0 });
    const hare = right({ method: "hare", seats: 10, votes });
    expect(hare.seats).toEqual({ A: 5, B: 4, C: 1 });
    expect(hare.quotaSeats).toEqual({ A: 5, B: 4, C: 0 });
    expect(hare.quota).toBe("1200");
    // Remainders in votes: 6100 - 5×1200 = 100, 5000 - 4×1200 = 200, 900.
    expect(hare.remainders).toEqual({ A: "100", B: "200", C: "900" });
  });

  it('Sainte-Laguë, A 503, B 304, C 193, 35 seats gives 17, 11, 7 (electowiki, "Sainte-Laguë method")', () => {
    expect(
      right({ method: "sainte-lague", seats: 35, votes: { A: 503, B: 304, C: 193 } }).seats,
    ).toEqual({ A: 17, B: 11, C: 7 });
  });
});

describe("apportion: the 2019 European Parliament election in the Czech Republic (D'Hondt, 5% threshold)", () => {
  // Votes and seats of the seven lists that passed the 5% threshold (Czech Statistical Office,
  // volby.cz, as tabulated in Wikipedia, "2019 European Parliament election in the Czech
  // Republic"); 21 seats, D'Hondt among the lists above the threshold. The 33 lists below it are
  // not in this fixture: their votes (2,370,765 valid votes, the total the published percentages
  // imply, less the seven lists') are modelled as four equal lists, each below 5% as every real
  // one was (the largest, ČSSD, had 3.95%); how those votes split cannot change the result.
  const passed = {
    ANO: 502_343,
    ODS: 344_885,
    Piráti: 330_844,
    "STAN+TOP 09": 276_220,
    SPD: 216_718,
    "KDU-ČSL": 171_723,
    KSČM: 164_624,
  };
  const below = 2_370_765 - Object.values(passed).reduce((a, b) => a + b, 0);
  const others = {
    "other 1": below / 4,
    "other 2": below / 4,
    "other 3": below / 4,
    "other 4": below / 4,
  };

  it("gives ANO 6, ODS 4, Pirates 3, STAN+TOP 09 3, SPD 2, KDU-ČSL 2, KSČM 1", () => {
    expect(Number.isInteger(below / 4)).toBe(true);
    const result = right({
      method: "dhondt",
      seats: 21,
      votes: { ...passed, ...others },
      options: { threshold: "5%" },
    });
    expect(result.excluded).toEqual(["other 1", "other 2", "other 3", "other 4"]);
    // 5% of 2,370,765 = 118,538.25 votes.
    expect(result.threshold?.minimumVotes).toBe("474153/4");
    expect(result.seats).toMatchObject({
      ANO: 6,
      ODS: 4,
      Piráti: 3,
      "STAN+TOP 09": 3,
      SPD: 2,
      "KDU-ČSL": 2,
      KSČM: 1,
      "other 1": 0,
    });
  });
});

describe("apportion: the Alabama paradox of Hamilton's method", () => {
  // The classic small example (Wikipedia, "Apportionment paradox"): populations 6, 6, 2.
  // 10 seats: quotas 4.29, 4.29, 1.43, so 4, 4, 2; 11 seats: quotas 4.71, 4.71, 1.57, so 5, 5, 1.
  it("C loses a seat when the house grows from 10 to 11 (Hare), a documented counterexample to house monotonicity", () => {
    const votes = { A: 6, B: 6, C: 2 };
    expect(right({ method: "hare", seats: 10, votes }).seats).toEqual({ A: 4, B: 4, C: 2 });
    expect(right({ method: "hare", seats: 11, votes }).seats).toEqual({ A: 5, B: 5, C: 1 });
  });

  it("no divisor method shows it on the same populations", () => {
    for (const method of ["dhondt", "sainte-lague", "huntington-hill", "adams"]) {
      const ten = right({ method, seats: 10, votes: { A: 6, B: 6, C: 2 } }).seats;
      const eleven = right({ method, seats: 11, votes: { A: 6, B: 6, C: 2 } }).seats;
      for (const p of ["A", "B", "C"])
        expect(eleven[p] as number).toBeGreaterThanOrEqual(ten[p] as number);
    }
  });
});

/** tests/fixtures/data/apportionment/us-house-1790.csv (1790 census; Act of April 14, 1792). */
const usHouse1790 = (): {
  population: Record<string, number>;
  act: Record<string, number>;
  vetoed: Record<string, number>;
} => {
  const population: Record<string, number> = {};
  const act: Record<string, number> = {};
  const vetoed: Record<string, number> = {};
  for (const line of dataText("apportionment/us-house-1790.csv").trim().split("\n").slice(1)) {
    const [state, pop, seats, bill] = line.split(",");
    population[state as string] = Number(pop);
    act[state as string] = Number(seats);
    if (bill !== undefined && bill !== "") vetoed[state as string] = Number(bill);
  }
  return { population, act, vetoed };
};

describe("apportion: the first U.S. House, from the 1790 census", () => {
  const { population, act, vetoed } = usHouse1790();

  it("reads 15 states and 3,615,920 people; the Act's seats sum to 105", () => {
    expect(Object.keys(population)).toHaveLength(15);
    expect(Object.values(population).reduce((a, b) => a + b, 0)).toBe(3_615_920);
    expect(Object.values(act).reduce((a, b) => a + b, 0)).toBe(105);
    // Caulfield (MAA Convergence): Virginia's quota 18.31036 and Delaware's 1.61278 at 105 seats.
    expect(((population["Virginia"] as number) * 105) / 3_615_920).toBeCloseTo(18.31036, 5);
    expect(((population["Delaware"] as number) * 105) / 3_615_920).toBeCloseTo(1.61278, 5);
  });

  it("Jefferson's method (D'Hondt) with 105 seats gives every state the seats of the Act of 1792", () => {
    const result = right({ method: "dhondt", seats: 105, votes: population });
    expect(result.seats).toEqual(act);
    expect(result.tieBreaks).toEqual([]);
  });

  it("Hamilton's method (largest remainders, Hare quota) with 105 seats moves one seat from Virginia to Delaware (Caulfield)", () => {
    const result = right({ method: "hare", seats: 105, votes: population });
    expect(result.seats).toEqual({ ...act, Delaware: 2, Virginia: 18 });
    // The Hare quota: 3,615,920 / 105 = 34,437 1/3 people per seat.
    expect(result.quota).toBe("103312/3");
  });

  it("Hamilton's method with 120 seats gives the vetoed bill's seats, eight states more than one member per 30,000 (Washington's veto message)", () => {
    const result = right({ method: "hare", seats: 120, votes: population });
    expect(result.seats).toMatchObject(vetoed);
    const over = Object.keys(population).filter(
      (s) => (result.seats[s] as number) * 30_000 > (population[s] as number),
    );
    expect(over).toHaveLength(8);
    // Jefferson's method at 120 seats would not give the bill's allotment: Washington's first
    // objection was that no single divisor yields it.
    const jefferson = right({ method: "dhondt", seats: 120, votes: population }).seats;
    expect(jefferson).not.toEqual(result.seats);
  });
});
