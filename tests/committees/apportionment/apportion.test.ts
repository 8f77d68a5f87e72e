import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { type Apportionment, apportion } from "../../../src/committees/index.js";

const right = (spec: unknown): Apportionment => {
  const result = apportion(spec);
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  return result.right;
};
const left = (spec: unknown) => {
  const result = apportion(spec);
  if (E.isRight(result)) throw new Error("expected an error");
  return result.left;
};

describe("apportion: thresholds", () => {
  // 1000 votes; 5% is 50 votes.
  const votes = { A: 600, B: 300, C: 50, D: 49, E: 1 };

  it("keeps a party at exactly the threshold and excludes one a vote below it", () => {
    const result = right({
      method: "sainte-lague",
      seats: 10,
      votes,
      options: { threshold: 0.05 },
    });
    expect(result.excluded).toEqual(["D", "E"]);
    expect(result.threshold).toEqual({ fraction: "1/20", minimumVotes: "50" });
    expect(result.seats["D"]).toBe(0);
    expect(result.eligibleVotes).toBe("950");
    expect(result.totalVotes).toBe("1000");
  });

  it('reads 0.05, "0.05", "1/20" and "5%" as the same exact fraction', () => {
    for (const threshold of [0.05, "0.05", "1/20", "5%", " 5 % "]) {
      expect(
        right({ method: "dhondt", seats: 10, votes, options: { threshold } }).threshold?.fraction,
      ).toBe("1/20");
    }
    expect(
      right({ method: "dhondt", seats: 10, votes, options: { threshold: "4.9%" } }).excluded,
    ).toEqual(["E"]);
  });

  it("computes quotas and quotients from the eligible parties' votes only", () => {
    const result = right({ method: "hare", seats: 19, votes, options: { threshold: "5%" } });
    // 950 eligible votes, 19 seats: quota 50.
    expect(result.quota).toBe("50");
    expect(result.seats).toEqual({ A: 12, B: 6, C: 1, D: 0, E: 0 });
  });

  it("refuses a threshold outside 0 to 1 or not exact, at options.threshold", () => {
    for (const threshold of [1.5, -0.1, "5", "abc", "1/0", Number.NaN]) {
      expect(left({ method: "dhondt", seats: 2, votes, options: { threshold } })).toMatchObject({
        _tag: "InvalidInput",
        issues: [{ path: "options.threshold", code: expect.any(String) }],
      });
    }
  });

  it("refuses a threshold that excludes everybody", () => {
    expect(
      left({ method: "dhondt", seats: 2, votes: { A: 1, B: 1, C: 1 }, options: { threshold: 1 } }),
    ).toMatchObject({
      _tag: "InvalidInput",
      issues: [{ path: "options.threshold", code: "all_excluded" }],
    });
  });
});

describe("apportion: minSeats and maxSeats", () => {
  it("gives every party its minimum, then shares the rest", () => {
    const result = right({
      method: "dhondt",
      seats: 10,
      votes: { big: 1000, small: 1 },
      options: { minSeats: 2 },
    });
    expect(result.seats).toEqual({ big: 8, small: 2 });
  });

  it("caps a party at maxSeats and gives its surplus to the next quotients", () => {
    const result = right({
      method: "dhondt",
      seats: 10,
      votes: { big: 1000, mid: 100, small: 50 },
      options: { maxSeats: 6 },
    });
    expect(result.seats).toEqual({ big: 6, mid: 3, small: 1 });
  });

  it("refuses impossible bounds with their paths", () => {
    expect(
      left({ method: "dhondt", seats: 3, votes: { a: 1, b: 1 }, options: { minSeats: 2 } }),
    ).toMatchObject({ issues: [{ path: "options.minSeats", code: "too_many_minimum_seats" }] });
    expect(
      left({ method: "dhondt", seats: 5, votes: { a: 1, b: 1 }, options: { maxSeats: 2 } }),
    ).toMatchObject({ issues: [{ path: "options.maxSeats", code: "too_few_maximum_seats" }] });
  });

  it("declines minSeats and maxSeats for largest remainder methods", () => {
    expect(
      left({ method: "hare", seats: 3, votes: { a: 1, b: 1 }, options: { minSeats: 1 } }),
    ).toMatchObject({ _tag: "Unsupported", reason: "option_not_supported" });
  });
});

describe("apportion: ties for the last seat", () => {
  const votes = { Cy: 10, Ann: 10, Bo: 10 };

  it("breaks them by the policy and records each one (default lexicographic)", () => {
    const result = right({ method: "dhondt", seats: 2, votes });
    expect(result.seats).toEqual({ Cy: 0, Ann: 1, Bo: 1 });
    expect(result.tieBreaks.map((t) => [t.step, t.tied, t.chosen])).toEqual([
      ["seat 1", ["Cy", "Ann", "Bo"], "Ann"],
      ["seat 2", ["Cy", "Bo"], "Bo"],
    ]);
  });

  it("follows a given order", () => {
    const result = right({
      method: "sainte-lague",
      seats: 1,
      votes,
      tieBreak: { kind: "order", order: ["Cy", "Bo", "Ann"] },
    });
    expect(result.seats).toEqual({ Cy: 1, Ann: 0, Bo: 0 });
  });

  it("with backwards look-back, favours the party with more votes when quotients tie", () => {
    // D'Hondt: A 20 and B 10 tie at quotient 10 for the second seat (A/2 = B/1).
    const result = right({
      method: "dhondt",
      seats: 2,
      votes: { B: 10, A: 20 },
      tieBreak: { kind: "backwards" },
    });
    expect(result.seats).toEqual({ B: 0, A: 2 });
    expect(result.tieBreaks[0]).toMatchObject({
      tied: ["B", "A"],
      chosen: "A",
      resolvedBy: "backwards",
    });
  });

  it("with none, leaves the tied seats unallocated and lists every alternative", () => {
    const result = right({ method: "hare", seats: 2, votes, tieBreak: { kind: "none" } });
    expect(result.unallocated).toBe(2);
    expect(result.seats).toEqual({ Cy: 0, Ann: 0, Bo: 0 });
    expect(result.alternatives).toEqual([
      { Cy: 1, Ann: 1, Bo: 0 },
      { Cy: 1, Ann: 0, Bo: 1 },
      { Cy: 0, Ann: 1, Bo: 1 },
    ]);
    expect(result.tieBreaks).toMatchObject([{ chosen: null, policy: "none" }]);
    expect(result.explanation.map((s) => s.kind)).toContain("tie");
  });

  it("is deterministic under a seeded random policy", () => {
    const spec = { method: "dhondt", seats: 1, votes, tieBreak: { kind: "random", seed: "s" } };
    expect(right(spec)).toEqual(right(spec));
    expect(right(spec).tieBreaks[0]?.seed).toBe("s");
  });

  it("lets Adams and Huntington-Hill tie for first seats when seats are fewer than parties", () => {
    const result = right({ method: "adams", seats: 1, votes: { a: 5, b: 500 } });
    expect(result.tieBreaks).toHaveLength(1);
    expect(result.seats).toEqual({ a: 1, b: 0 });
  });
});

describe("apportion: exactness", () => {
  it("separates quotients that doubles round to the same value", () => {
    // A/2 = 4503599627370495.5 < B = 2^52, but as doubles both are 2^52.
    const result = right({
      method: "dhondt",
      seats: 2,
      votes: { A: 9_007_199_254_740_991, B: 4_503_599_627_370_496 },
      tieBreak: { kind: "none" },
    });
    expect(result.seats).toEqual({ A: 1, B: 1 });
    expect(result.unallocated).toBe(0);
  });

  it("compares Huntington-Hill quotients through exact squares", () => {
    // 2 seats: A's second-seat priority 7/√2 ≈ 4.9497 against B's first (infinite), then
    // with 3 seats A 7/√2 vs B 5/√2: A. With votes 99 and 70: 99/√6 = 40.42 vs 70/√2 = 49.50.
    const result = right({ method: "huntington-hill", seats: 4, votes: { A: 99, B: 70 } });
    expect(result.seats).toEqual({ A: 2, B: 2 });
    expect(result.quotients?.["A"]?.slice(0, 3)).toEqual(["∞", "70.003", "40.416"]);
  });
});

describe("apportion: names and bad input", () => {
  it("keeps __proto__ and constructor as ordinary party names", () => {
    const votes = JSON.parse('{"__proto__": 30, "constructor": 20, "toString": 10}') as unknown;
    const result = right({ method: "dhondt", seats: 6, votes });
    expect(result.parties).toEqual(["__proto__", "constructor", "toString"]);
    expect(Object.hasOwn(result.seats, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(result.seats, "__proto__")?.value).toBe(3);
    expect(Object.getPrototypeOf(result.seats)).toBe(Object.prototype);
  });

  it("reports every bad vote with its path", () => {
    expect(
      left({ method: "dhondt", seats: 2, votes: { Labour: -1, "Lib Dem": 1.5, Green: "3" } }),
    ).toMatchObject({
      _tag: "InvalidInput",
      issues: [
        { path: "votes.Labour", code: "invalid_votes" },
        { path: 'votes["Lib Dem"]', code: "invalid_votes" },
        { path: "votes.Green", code: "invalid_votes" },
      ],
    });
  });

  it("returns UnknownMethod for an unknown method id", () => {
    expect(left({ method: "jefferson", seats: 2, votes: { a: 1 } })).toMatchObject({
      _tag: "UnknownMethod",
      method: "jefferson",
    });
  });

  it("refuses bad shapes with paths, never throwing", () => {
    for (const spec of [
      null,
      1,
      "x",
      [],
      {},
      { method: "dhondt" },
      { method: "dhondt", seats: -1, votes: {} },
    ]) {
      const result = apportion(spec);
      expect(E.isLeft(result)).toBe(true);
    }
    expect(left({ method: "dhondt", seats: 1.5, votes: { a: 1 } })).toMatchObject({
      issues: [{ path: "seats" }],
    });
    expect(left({ method: "dhondt", seats: 2, votes: [1, 2] })).toMatchObject({
      issues: [{ path: "votes", code: "invalid_type" }],
    });
    expect(
      left({ method: "dhondt", seats: 2, votes: { a: 1 }, options: { nope: 1 } }),
    ).toMatchObject({
      issues: [{ path: "options", code: "unrecognized_keys" }],
    });
    expect(
      left({
        method: "dhondt",
        seats: 2,
        votes: { a: 1 },
        tieBreak: { kind: "order", order: ["z"] },
      }),
    ).toMatchObject({ issues: [{ path: "tieBreak.order[0]", code: "unknown_party" }] });
    const throwing = {
      method: "dhondt",
      seats: 1,
      votes: Object.defineProperty({}, "a", {
        enumerable: true,
        get() {
          throw new Error("boom");
        },
      }),
    };
    expect(E.isLeft(apportion(throwing))).toBe(true);
  });

  it("refuses parties with no votes when seats are to be shared", () => {
    expect(left({ method: "dhondt", seats: 2, votes: { a: 0, b: 0 } })).toMatchObject({
      issues: [{ path: "votes", code: "no_votes" }],
    });
    expect(right({ method: "dhondt", seats: 0, votes: { a: 0 } }).seats).toEqual({ a: 0 });
  });
});

describe("apportion: work limit", () => {
  it("refuses parties + seats past the limit before counting, and limits.work raises it", () => {
    expect(left({ method: "dhondt", seats: 6_000_000, votes: { a: 1 } })).toMatchObject({
      _tag: "Unsupported",
      reason: "work_limit",
      limit: { name: "apportion.work", option: "limits.work", size: 6_000_001 },
    });
    expect(
      left({ method: "dhondt", seats: 5, votes: { a: 1 }, limits: { work: 0 } }),
    ).toMatchObject({ _tag: "InvalidInput", issues: [{ path: "limits.work" }] });
  });

  it("leaves the quotients table out when it would pass its cell limit", () => {
    const votes = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`p${i}`, 1000 + i]));
    const result = right({ method: "dhondt", seats: 20_000, votes });
    expect(result.quotients).toBeUndefined();
    expect(result.cutoff?.last).toBeDefined();
    expect(Object.values(result.seats).reduce((a, b) => a + b, 0)).toBe(20_000);
  });
});
