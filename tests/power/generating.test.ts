import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  MAX_EXACT_MULTI_PLAYERS,
  minimalWinningCoalitions,
  monteCarloPower,
  pivotCounts,
  swingCounts,
} from "../../src/power/index.js";
import { gameOf, rightOf } from "./oracle.js";

const choose = (n: number, k: number): bigint => {
  if (k < 0 || k > n) return 0n;
  let r = 1n;
  for (let i = 0; i < k; i++) r = (r * BigInt(n - i)) / BigInt(i + 1);
  return r;
};
const factorial = (k: number): bigint => (k <= 1 ? 1n : BigInt(k) * factorial(k - 1));

/** Closed form for a game with two classes of equal players: `m1` of weight `a`, `m2` of weight `b`. */
const twoClasses = (m1: number, a: number, m2: number, b: number, quota: number) => {
  const n = m1 + m2;
  const count = (others1: number, others2: number, w: number) => {
    let swings = 0n;
    let pivots = 0n;
    for (let x = 0; x <= others1; x++) {
      for (let y = 0; y <= others2; y++) {
        const s = x * a + y * b;
        if (s >= quota - w && s <= quota - 1) {
          const c = choose(others1, x) * choose(others2, y);
          swings += c;
          pivots += c * factorial(x + y) * factorial(n - 1 - x - y);
        }
      }
    }
    return { swings, pivots };
  };
  return { first: count(m1 - 1, m2, a), second: count(m1, m2 - 1, b) };
};

const gameWithClasses = (m1: number, a: number, m2: number, b: number, quota: number) => {
  const weights: Record<string, number> = {};
  for (let i = 0; i < m1; i++) weights[`a${i}`] = a;
  for (let i = 0; i < m2; i++) weights[`b${i}`] = b;
  return gameOf({ quota, weights });
};

describe("swingCounts and pivotCounts on large games (counts far beyond 2^53, several primes)", () => {
  it("gives C(n-1, q-1) swings and (n-1)! pivots to each of 150 equal players", () => {
    const game = gameWithClasses(150, 1, 0, 1, 76);
    expect(rightOf(swingCounts(game)).swings[0]).toBe(choose(149, 75));
    expect(rightOf(pivotCounts(game)).pivots[7]).toBe(factorial(149));
  });

  it("matches the closed form of a two-class game with 120 players (40 × 3, 80 × 1, quota 101)", () => {
    const game = gameWithClasses(40, 3, 80, 1, 101);
    const expected = twoClasses(40, 3, 80, 1, 101);
    const swings = rightOf(swingCounts(game)).swings;
    expect(swings[0]).toBe(expected.first.swings);
    expect(swings[40]).toBe(expected.second.swings);
    const pivots = rightOf(pivotCounts(game)).pivots;
    expect(pivots[0]).toBe(expected.first.pivots);
    expect(pivots[119]).toBe(expected.second.pivots);
  });

  it("matches the closed form with a supermajority quota, counted through the dual game", () => {
    const game = gameWithClasses(30, 5, 60, 2, 241); // total 270: the dual quota 30 is smaller
    const expected = twoClasses(30, 5, 60, 2, 241);
    expect(rightOf(swingCounts(game)).swings[0]).toBe(expected.first.swings);
    expect(rightOf(pivotCounts(game)).pivots[89]).toBe(expected.second.pivots);
  });

  it("counts with bigints when a game has more players than the primes cover (2,400 players)", () => {
    const game = gameWithClasses(2400, 1, 0, 1, 3);
    const counts = rightOf(swingCounts(game));
    expect(counts.swings[0]).toBe(choose(2399, 2));
    // losing coalitions have 0, 1 or 2 members
    expect(counts.winning).toBe((1n << 2400n) - 1n - 2400n - choose(2400, 2));
  });
});

describe("limits", () => {
  it("refuses exact counts for several quotas beyond the player limit", () => {
    const weights: Record<string, number[]> = {};
    for (let i = 0; i <= MAX_EXACT_MULTI_PLAYERS; i++) weights[`p${i}`] = [1, 1];
    const game = gameOf({ quotas: [2, 2], weights });
    expect(swingCounts(game)).toEqual(
      E.left(expect.objectContaining({ reason: "too_large_for_exact" })),
    );
    expect(pivotCounts(game)).toEqual(
      E.left(expect.objectContaining({ reason: "too_large_for_exact" })),
    );
  });

  it("lists minimal winning coalitions up to the limit and still counts them all", () => {
    const game = gameWithClasses(10, 1, 0, 1, 5); // C(10, 5) = 252 minimal winning coalitions
    const listed = rightOf(minimalWinningCoalitions(game, { limit: 3 }));
    expect(listed.coalitions).toEqual([
      ["a0", "a1", "a2", "a3", "a4"],
      ["a0", "a1", "a2", "a3", "a5"],
      ["a0", "a1", "a2", "a3", "a6"],
    ]);
    expect(listed.total).toBe("252");
    expect(listed.complete).toBe(false);
  });
});

describe("monteCarloPower", () => {
  const game = gameOf({ quota: 12, weights: { FR: 4, DE: 4, IT: 4, BE: 2, NL: 2, LU: 1 } });

  it("estimates the EEC Shapley-Shubik values within their intervals, reproducibly from the seed", () => {
    const result = rightOf(
      monteCarloPower(game, "shapley-shubik", { samples: 20_000, seed: "eec" }),
    );
    expect(result.method).toBe("monte-carlo");
    expect(result.seed).toBe("eec");
    expect(result.samples).toBe(20_000);
    const [low, high] = result.interval?.["FR"] ?? [0, 0];
    expect(low).toBeLessThan(7 / 30);
    expect(high).toBeGreaterThan(7 / 30);
    expect(result.values["LU"]).toBe(0);
    expect(monteCarloPower(game, "shapley-shubik", { samples: 20_000, seed: "eec" })).toEqual(
      E.right(result),
    );
  });

  it("estimates Penrose and Banzhaf close to the exact 5/16 and 5/21", () => {
    const penrose = rightOf(monteCarloPower(game, "penrose", { samples: 40_000, seed: "p" }));
    expect(penrose.values["FR"]).toBeCloseTo(5 / 16, 2);
    const banzhaf = rightOf(monteCarloPower(game, "banzhaf", { samples: 40_000, seed: "b" }));
    expect(banzhaf.values["FR"]).toBeCloseTo(5 / 21, 2);
    const sum = Object.values(banzhaf.values).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 12);
  });

  it("gives wider intervals at a higher confidence level", () => {
    const at = (confidence: number) => {
      const [low, high] = rightOf(
        monteCarloPower(game, "penrose", { samples: 1000, seed: "c", confidence }),
      ).interval?.["BE"] ?? [0, 0];
      return high - low;
    };
    expect(at(0.99)).toBeGreaterThan(at(0.95));
    expect(at(0.95)).toBeGreaterThan(at(0.8));
  });

  it("refuses indices it cannot estimate", () => {
    expect(monteCarloPower(game, "johnston")).toEqual(
      E.left(expect.objectContaining({ reason: "monte_carlo_index" })),
    );
  });
});

describe("double majority on 18 members (the EU Council's rule on a smaller union)", () => {
  it("matches brute-force enumeration of all 2^18 coalitions, for swings and pivots", async () => {
    const { bruteForce } = await import("./oracle.js");
    const populations = [
      84, 68, 59, 48, 37, 19, 18, 12, 11, 10.5, 10.4, 9.6, 9.1, 6.4, 5.9, 5.5, 5.4, 0.5,
    ];
    const total = populations.reduce((a, b) => a + b, 0);
    const game = gameOf({
      quotas: [10, (0.65 * total).toFixed(2)],
      weights: Object.fromEntries(populations.map((p, i) => [`s${i}`, [1, p]])),
    });
    const oracle = bruteForce(game);
    expect(rightOf(swingCounts(game)).swings).toEqual(oracle.swings);
    expect(rightOf(swingCounts(game)).winning).toBe(oracle.winning);
    expect(rightOf(pivotCounts(game)).pivots).toEqual(oracle.pivots);
  });
});

describe("colemanCollectivity (Coleman 1971)", () => {
  it("gives 14 winning coalitions of 64, 7/32, for the 1958 EEC Council", async () => {
    const { colemanCollectivity } = await import("../../src/power/index.js");
    const eec = gameOf({ quota: 12, weights: { FR: 4, DE: 4, IT: 4, BE: 2, NL: 2, LU: 1 } });
    expect(colemanCollectivity(eec)).toEqual(E.right({ value: 7 / 32, exact: "7/32" }));
  });

  it("is 1/2^n under unanimity and (2^n - 1)/2^n when any one member suffices", async () => {
    const { colemanCollectivity } = await import("../../src/power/index.js");
    const unanimity = gameOf({ quota: 5, weights: { a: 1, b: 1, c: 1, d: 1, e: 1 } });
    expect(colemanCollectivity(unanimity)).toEqual(E.right({ value: 1 / 32, exact: "1/32" }));
    const anyone = gameOf({ quota: 1, weights: { a: 1, b: 1, c: 1, d: 1, e: 1 } });
    expect(colemanCollectivity(anyone)).toEqual(E.right({ value: 31 / 32, exact: "31/32" }));
  });
});

describe("monteCarloPower on a double majority", () => {
  it("estimates the UN Security Council written with two quotas", () => {
    const weights: Record<string, number[]> = {};
    for (const name of ["China", "France", "Russia", "UK", "USA"]) weights[name] = [1, 1];
    for (let i = 1; i <= 10; i++) weights[`elected${i}`] = [0, 1];
    const game = gameOf({ quotas: [5, 9], weights });
    const result = rightOf(
      monteCarloPower(game, "shapley-shubik", { samples: 20_000, seed: "unsc" }),
    );
    expect(result.values["USA"]).toBeCloseTo(421 / 2145, 2);
    const [low, high] = result.interval?.["USA"] ?? [0, 0];
    expect(low).toBeLessThan(421 / 2145);
    expect(high).toBeGreaterThan(421 / 2145);
  });
});

describe("a single quota too large for generating functions", () => {
  it("is enumerated exactly instead (weights in the trillions on 12 players)", async () => {
    const { bruteForce } = await import("./oracle.js");
    const weights = [1e12, 3e12 + 1, 2e12 + 7, 5e11, 9e11 + 3, 7e12, 1, 2, 4e12, 6e12 + 5, 3, 8e11];
    const total = weights.reduce((a, b) => a + b, 0);
    const game = gameOf({
      quota: Math.floor(total / 2) + 1,
      weights: Object.fromEntries(weights.map((w, i) => [`p${i}`, w])),
    });
    expect(game.quotas[0]).toBeGreaterThan(2 ** 24);
    const oracle = bruteForce(game);
    expect(rightOf(swingCounts(game)).swings).toEqual(oracle.swings);
    expect(rightOf(swingCounts(game)).winning).toBe(oracle.winning);
    expect(rightOf(pivotCounts(game)).pivots).toEqual(oracle.pivots);
  });

  it("is refused with Unsupported beyond the enumeration limit", () => {
    const weights = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`p${i}`, 1e12 + i]));
    const game = gameOf({ quota: 20e12, weights });
    expect(swingCounts(game)).toEqual(
      E.left(expect.objectContaining({ reason: "too_large_for_exact" })),
    );
    expect(pivotCounts(game)).toEqual(
      E.left(expect.objectContaining({ reason: "too_large_for_exact" })),
    );
  });
});
