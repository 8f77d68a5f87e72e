import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { type PowerResult, powerIndex } from "../../src/power/index.js";

const ok = (spec: unknown): PowerResult => {
  const result = powerIndex(spec);
  if (E.isLeft(result)) throw new Error(result.left.message);
  return result.right;
};

const TEXTBOOK = { quota: 6, weights: { a: 4, b: 3, c: 2, d: 1 } };
const EEC_1958 = {
  quota: 12,
  weights: { France: 4, Germany: 4, Italy: 4, Belgium: 2, Netherlands: 2, Luxembourg: 1 },
};

const unscWeights = (): Record<string, number> => {
  const weights: Record<string, number> = {};
  for (const name of ["China", "France", "Russia", "UK", "USA"]) weights[name] = 7;
  for (let i = 1; i <= 10; i++) weights[`elected${i}`] = 1;
  return weights;
};

describe("powerIndex on the textbook game [6; 4, 3, 2, 1]", () => {
  // Banzhaf swings 5, 3, 3, 1 (total 12) and Shapley-Shubik 10, 6, 6, 2 of 24 orderings: the
  // standard textbook exercise, checked by hand (winning: ab, ac, abc, abd, acd, bcd, abcd).
  it("gives Banzhaf 5/12, 1/4, 1/4, 1/12 with swings 5, 3, 3, 1", () => {
    const result = ok({ index: "banzhaf", ...TEXTBOOK });
    expect(result.exact).toEqual({ a: "5/12", b: "1/4", c: "1/4", d: "1/12" });
    expect(result.swings).toEqual({ a: "5", b: "3", c: "3", d: "1" });
    expect(result.method).toBe("exact");
    expect(result.values["a"]).toBeCloseTo(5 / 12, 15);
  });

  it("gives Shapley-Shubik 5/12, 1/4, 1/4, 1/12 with pivots 10, 6, 6, 2 of 24", () => {
    const result = ok({ index: "shapley-shubik", ...TEXTBOOK });
    expect(result.exact).toEqual({ a: "5/12", b: "1/4", c: "1/4", d: "1/12" });
    expect(result.pivots).toEqual({ a: "10", b: "6", c: "6", d: "2" });
    expect(result.orderings).toBe("24");
  });

  it("gives Penrose 5/8, 3/8, 3/8, 1/8 and 7 winning coalitions of 16", () => {
    const result = ok({ index: "penrose", ...TEXTBOOK });
    expect(result.exact).toEqual({ a: "5/8", b: "3/8", c: "3/8", d: "1/8" });
    expect(result.winningCoalitions).toBe("7");
    expect(result.coalitions).toBe("16");
    expect(result.collectivityPowerToAct).toEqual({ value: 7 / 16, exact: "7/16" });
  });

  // Minimal winning coalitions {a,b}, {a,c}, {b,c,d} (hand-computed).
  it("gives Deegan-Packel 1/3, 5/18, 5/18, 1/9 over 3 minimal winning coalitions", () => {
    const result = ok({ index: "deegan-packel", ...TEXTBOOK });
    expect(result.exact).toEqual({ a: "1/3", b: "5/18", c: "5/18", d: "1/9" });
    expect(result.minimalWinningCoalitions).toBe("3");
    expect(result.minimalWinning).toEqual({ a: "2", b: "2", c: "2", d: "1" });
  });

  it("gives the Holler public good index 2/7, 2/7, 2/7, 1/7", () => {
    expect(ok({ index: "public-good", ...TEXTBOOK }).exact).toEqual({
      a: "2/7",
      b: "2/7",
      c: "2/7",
      d: "1/7",
    });
  });

  // Vulnerable coalitions: ab {a,b}, ac {a,c}, abc {a}, abd {a,b}, acd {a,c}, bcd {b,c,d}:
  // raw scores a 3, b 4/3, c 4/3, d 1/3 (total 6), hand-computed from Johnston (1978).
  it("gives Johnston 1/2, 2/9, 2/9, 1/18 with raw scores 3, 4/3, 4/3, 1/3", () => {
    const result = ok({ index: "johnston", ...TEXTBOOK });
    expect(result.exact).toEqual({ a: "1/2", b: "2/9", c: "2/9", d: "1/18" });
    expect(result.johnstonScores).toEqual({ a: "3", b: "4/3", c: "4/3", d: "1/3" });
  });

  it("gives Coleman's powers to prevent (η/7) and to initiate (η/9)", () => {
    expect(ok({ index: "coleman-prevent", ...TEXTBOOK }).exact).toEqual({
      a: "5/7",
      b: "3/7",
      c: "3/7",
      d: "1/7",
    });
    expect(ok({ index: "coleman-initiate", ...TEXTBOOK }).exact).toEqual({
      a: "5/9",
      b: "1/3",
      c: "1/3",
      d: "1/9",
    });
  });
});

describe("powerIndex on the 1958 EEC Council of Ministers (quota 12 of 17)", () => {
  // Felsenthal and Machover (1998), the Council of the EEC 1958: Shapley-Shubik 14/60 for each
  // large member, 9/60 for Belgium and the Netherlands, 0 for Luxembourg, a dummy; Banzhaf
  // (absolute) 5/16 and 3/16.
  it("gives Shapley-Shubik 14/60, 9/60 and 0, with Luxembourg a dummy", () => {
    const result = ok({ index: "shapley-shubik", ...EEC_1958 });
    expect(result.exact).toEqual({
      France: "7/30",
      Germany: "7/30",
      Italy: "7/30",
      Belgium: "3/20",
      Netherlands: "3/20",
      Luxembourg: "0",
    });
    expect(result.dummies).toEqual(["Luxembourg"]);
    expect(result.pivots?.["France"]).toBe("168");
  });

  it("gives Penrose 5/16 and 3/16 and normalised Banzhaf 5/21 and 1/7", () => {
    expect(ok({ index: "penrose", ...EEC_1958 }).exact).toMatchObject({
      France: "5/16",
      Belgium: "3/16",
      Luxembourg: "0",
    });
    const banzhaf = ok({ index: "banzhaf", ...EEC_1958 });
    expect(banzhaf.exact).toMatchObject({ France: "5/21", Belgium: "1/7", Luxembourg: "0" });
    expect(banzhaf.dummies).toEqual(["Luxembourg"]);
    expect(banzhaf.winningCoalitions).toBe("14");
  });

  it("makes Luxembourg a dummy for every index", () => {
    for (const index of [
      "deegan-packel",
      "public-good",
      "johnston",
      "coleman-prevent",
      "coleman-initiate",
    ]) {
      const result = ok({ index, ...EEC_1958 });
      expect(result.exact?.["Luxembourg"], index).toBe("0");
      expect(result.dummies, index).toEqual(["Luxembourg"]);
    }
  });
});

describe("powerIndex on the UN Security Council (quota 39; 5 × 7 with veto, 10 × 1)", () => {
  // Shapley-Shubik: 421/2145 ≈ 0.19627 per permanent member and 4/2145 ≈ 0.00186 per elected
  // member (Shapley and Shubik 1954 for the 11-member council; Felsenthal and Machover 1998,
  // Straffin 1993 for the 15-member one). Banzhaf: 848 and 84 swings, normalised 0.1669 / 0.0165.
  it("gives Shapley-Shubik 0.19627 and 0.00186", () => {
    const result = ok({ index: "shapley-shubik", quota: 39, weights: unscWeights() });
    expect(result.exact?.["USA"]).toBe("421/2145");
    expect(result.exact?.["elected1"]).toBe("4/2145");
    expect(result.values["USA"]).toBeCloseTo(0.19627, 5);
    expect(result.values["elected1"]).toBeCloseTo(0.00186, 5);
  });

  it("gives 848 and 84 swings: Banzhaf 0.1669 and 0.0165", () => {
    const result = ok({ index: "banzhaf", quota: 39, weights: unscWeights() });
    expect(result.swings?.["UK"]).toBe("848");
    expect(result.swings?.["elected7"]).toBe("84");
    expect(result.values["UK"]).toBeCloseTo(0.1669, 4);
    expect(result.values["elected7"]).toBeCloseTo(0.0165, 4);
  });

  it("gives the same values when written as a double majority (veto weights and 9 votes)", () => {
    const weights: Record<string, number[]> = {};
    for (const name of ["China", "France", "Russia", "UK", "USA"]) weights[name] = [1, 1];
    for (let i = 1; i <= 10; i++) weights[`elected${i}`] = [0, 1];
    const result = ok({ index: "shapley-shubik", quotas: [5, 9], weights });
    expect(result.exact?.["USA"]).toBe("421/2145");
    expect(result.exact?.["elected1"]).toBe("4/2145");
    const banzhaf = ok({ index: "banzhaf", quotas: [5, 9], weights });
    expect(banzhaf.swings?.["UK"]).toBe("848");
    expect(banzhaf.swings?.["elected7"]).toBe("84");
  });
});

describe("powerIndex on other published games", () => {
  // Shapley and Shubik (1954), the original paper: the 11-member Security Council (5 permanent
  // members with veto, 6 elected, 7 votes to pass). The permanent members hold 76/77 of the power,
  // 76/385 ≈ 0.197 each; each elected member 1/462 ≈ 0.0022.
  it("reproduces Shapley and Shubik's 1954 Security Council: 76/385 and 1/462", () => {
    const weights: Record<string, number> = {};
    for (let i = 1; i <= 5; i++) weights[`permanent${i}`] = 7;
    for (let i = 1; i <= 6; i++) weights[`elected${i}`] = 1;
    const result = ok({ index: "shapley-shubik", quota: 37, weights });
    expect(result.exact?.["permanent1"]).toBe("76/385");
    expect(result.exact?.["elected6"]).toBe("1/462");
  });

  // Banzhaf (1965), "Weighted voting doesn't work": the Nassau County Board of Supervisors
  // (Hempstead 9 + 9, Oyster Bay 7, North Hempstead 3, Long Beach 1, Glen Cove 1; 16 of 30 to
  // pass). North Hempstead, Long Beach and Glen Cove can never change an outcome.
  it("finds Banzhaf's three powerless supervisors in Nassau County (1965)", () => {
    const nassau = {
      quota: 16,
      weights: {
        hempstead1: 9,
        hempstead2: 9,
        oysterBay: 7,
        northHempstead: 3,
        longBeach: 1,
        glenCove: 1,
      },
    };
    for (const index of ["banzhaf", "shapley-shubik", "deegan-packel", "public-good", "johnston"]) {
      const result = ok({ index, ...nassau });
      expect(result.dummies, index).toEqual(["northHempstead", "longBeach", "glenCove"]);
      expect(result.exact?.["oysterBay"], index).toBe("1/3");
    }
  });
});

describe("the public good and Deegan-Packel indices are not monotone in weight", () => {
  // [51; 35, 20, 15, 15, 15]: the usual illustration of the public good index's non-monotonicity
  // (Holler 1982; Holler and Packel 1983). Minimal winning coalitions, checked by hand: {A, B},
  // {A, C, D}, {A, C, E}, {A, D, E}, {B, C, D, E}; B (weight 20) belongs to 2, each 15 to 3.
  const game = { quota: 51, weights: { A: 35, B: 20, C: 15, D: 15, E: 15 } };

  it("gives the 20-vote member less than each 15-vote member under Holler's index", () => {
    const result = ok({ index: "public-good", ...game });
    expect(result.exact).toEqual({ A: "4/15", B: "2/15", C: "1/5", D: "1/5", E: "1/5" });
    expect(result.minimalWinningCoalitions).toBe("5");
  });

  it("and under Deegan-Packel: 3/10, 3/20, 11/60 ×3", () => {
    expect(ok({ index: "deegan-packel", ...game }).exact).toEqual({
      A: "3/10",
      B: "3/20",
      C: "11/60",
      D: "11/60",
      E: "11/60",
    });
  });

  it("while Banzhaf and Shapley-Shubik keep B at least level with the 15s", () => {
    for (const index of ["banzhaf", "shapley-shubik"]) {
      const values = ok({ index, ...game }).values;
      expect(values["B"], index).toBeGreaterThanOrEqual(values["C"] as number);
    }
  });
});

describe("powerIndex inputs", () => {
  it("accepts rational weights as numbers and p/q strings, scaling them exactly", () => {
    const decimals = ok({
      index: "banzhaf",
      quota: "3/5",
      weights: { a: 0.4, b: "3/10", c: "1/5", d: 0.1 },
    });
    expect(decimals.exact).toEqual({ a: "5/12", b: "1/4", c: "1/4", d: "1/12" });
  });

  it("treats a fractional quota as the next reachable sum", () => {
    // 5.5 with whole weights is the same game as quota 6
    expect(ok({ index: "banzhaf", quota: 5.5, weights: TEXTBOOK.weights }).exact).toEqual({
      a: "5/12",
      b: "1/4",
      c: "1/4",
      d: "1/12",
    });
  });

  it("keeps __proto__ and constructor as ordinary player names", () => {
    const spec = JSON.parse(
      '{"index":"banzhaf","quota":2,"weights":{"__proto__":1,"constructor":1}}',
    );
    const result = ok(spec);
    expect(Object.keys(result.values)).toEqual(["__proto__", "constructor"]);
    expect(result.exact?.["constructor"]).toBe("1/2");
    expect(Object.hasOwn(result.exact ?? {}, "__proto__")).toBe(true);
  });

  it("returns UnknownMethod with the known ids for an unknown index", () => {
    const result = powerIndex({ index: "banzaf", quota: 1, weights: { a: 1 } });
    expect(result).toEqual(
      E.left(
        expect.objectContaining({
          _tag: "UnknownMethod",
          method: "banzaf",
          known: expect.arrayContaining(["banzhaf"]),
        }),
      ),
    );
  });

  it("returns InvalidInput at quota for a quota above the total weight", () => {
    const result = powerIndex({ index: "banzhaf", quota: 11, weights: TEXTBOOK.weights });
    expect(result).toEqual(
      E.left(
        expect.objectContaining({
          _tag: "InvalidInput",
          issues: [expect.objectContaining({ path: "quota", code: "quota_range" })],
        }),
      ),
    );
  });

  it("returns InvalidInput at quota for a quota of 0 or below", () => {
    for (const quota of [0, -1]) {
      const result = powerIndex({ index: "banzhaf", quota, weights: TEXTBOOK.weights });
      expect(result).toEqual(
        E.left(
          expect.objectContaining({
            issues: [expect.objectContaining({ path: "quota", code: "quota_range" })],
          }),
        ),
      );
    }
  });

  it("lists every bad weight with its path", () => {
    const result = powerIndex({ index: "banzhaf", quota: 2, weights: { a: -1, "b c": "x", d: 1 } });
    expect(E.isLeft(result) && result.left._tag === "InvalidInput" && result.left.issues).toEqual([
      { path: "weights.a", code: "negative_weight", message: "a weight cannot be negative" },
      {
        path: 'weights["b c"]',
        code: "invalid_number",
        message: 'expected a finite number or a "p/q" fraction, got "x"',
      },
    ]);
  });

  it("checks the length of each weight vector against the quotas", () => {
    const result = powerIndex({ index: "banzhaf", quotas: [1, 1], weights: { a: [1, 1], b: [1] } });
    expect(result).toEqual(
      E.left(
        expect.objectContaining({
          issues: [expect.objectContaining({ path: "weights.b", code: "wrong_length" })],
        }),
      ),
    );
  });

  it("refuses a game with no players, and both quota forms at once", () => {
    expect(powerIndex({ index: "banzhaf", quota: 1, weights: {} })).toEqual(
      E.left(
        expect.objectContaining({
          issues: expect.arrayContaining([expect.objectContaining({ code: "no_players" })]),
        }),
      ),
    );
    expect(powerIndex({ index: "banzhaf", quota: 1, quotas: [1], weights: { a: 1 } })).toEqual(
      E.left(
        expect.objectContaining({
          issues: [expect.objectContaining({ path: "quotas", code: "both_quota_forms" })],
        }),
      ),
    );
  });

  it("refuses options the chosen method would ignore, rather than ignore them silently", () => {
    const codes = (spec: unknown) => {
      const result = powerIndex(spec);
      return E.isLeft(result) && result.left._tag === "InvalidInput"
        ? result.left.issues.map((i) => `${i.path}:${i.code}`)
        : [];
    };
    expect(codes({ index: "banzhaf", ...TEXTBOOK, samples: 10, seed: "x" })).toEqual([
      "samples:option_not_used",
      "seed:option_not_used",
    ]);
    expect(codes({ index: "banzhaf", ...TEXTBOOK, method: "monte-carlo", maxNodes: 10 })).toEqual([
      "maxNodes:option_not_used",
    ]);
    expect(codes({ index: "banzhaf", ...TEXTBOOK, method: "monte-carlo", confidence: 1 })).toEqual([
      "confidence:custom",
    ]);
  });

  it("never throws, whatever it is given", () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
        has() {
          throw new Error("boom");
        },
      },
    );
    for (const input of [null, undefined, 42, "banzhaf", [], { index: "banzhaf" }, hostile]) {
      const result = powerIndex(input);
      expect(E.isLeft(result)).toBe(true);
    }
  });

  it("refuses exact enumeration beyond maxNodes with Unsupported, naming the reason", () => {
    const weights: Record<string, number> = {};
    for (let i = 0; i < 24; i++) weights[`p${i}`] = 1;
    const result = powerIndex({ index: "johnston", quota: 13, weights, maxNodes: 1000 });
    expect(result).toEqual(
      E.left(
        expect.objectContaining({
          _tag: "Unsupported",
          reason: "work_limit",
          limit: expect.objectContaining({
            name: "enumeration.nodes",
            limit: 1000,
            option: "maxNodes",
          }),
        }),
      ),
    );
  });

  it("refuses exact counts beyond the limits and points to monte-carlo, never switching silently", () => {
    const weights: Record<string, number> = {};
    for (let i = 0; i < 1000; i++) weights[`p${i}`] = i + 1;
    const exact = powerIndex({ index: "shapley-shubik", quota: 250_251, weights });
    expect(exact).toEqual(
      E.left(expect.objectContaining({ _tag: "Unsupported", reason: "too_large_for_exact" })),
    );
    const estimate = ok({
      index: "shapley-shubik",
      quota: 250_251,
      weights,
      method: "monte-carlo",
      samples: 200,
    });
    expect(estimate.method).toBe("monte-carlo");
    expect(estimate.exact).toBeUndefined();
  });
});
