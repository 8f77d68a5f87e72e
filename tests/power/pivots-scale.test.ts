/**
 * Exact Shapley-Shubik at scale (issue 12): the work estimate traces the table's real support, so
 * large games with small quotas are counted, and games past the limit are refused at once.
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { EXACT_WORK_LIMIT, pivotCounts, type WeightedGame } from "../../src/power/index.js";
import { runs } from "../helpers/runs.js";
import { gameOf, rightOf } from "./oracle.js";

const factorial = (k: number): bigint => {
  let f = 1n;
  for (let i = 2; i <= k; i++) f *= BigInt(i);
  return f;
};

/**
 * The definition, slowly: for each player, count the coalitions of the others by (size, weight)
 * with bigints, from scratch, and weigh each swing coalition of size k by k! (n - 1 - k)!.
 */
const naivePivots = (weights: readonly number[], quota: number): bigint[] => {
  const n = weights.length;
  return weights.map((wi, i) => {
    // table[k][s]: coalitions of k others with weight s (weights at or above the quota merged)
    const table = Array.from({ length: n }, () => new Array<bigint>(quota + 1).fill(0n));
    (table[0] as bigint[])[0] = 1n;
    weights.forEach((w, j) => {
      if (j === i) return;
      for (let k = n - 2; k >= 0; k--) {
        for (let s = quota; s >= 0; s--) {
          const c = (table[k] as bigint[])[s] as bigint;
          if (c === 0n) continue;
          const to = Math.min(quota, s + w);
          const row = table[k + 1] as bigint[];
          row[to] = (row[to] as bigint) + c;
        }
      }
    });
    let pivots = 0n;
    table.forEach((row, k) => {
      row.forEach((c, s) => {
        if (s < quota && s + wi >= quota) pivots += c * factorial(k) * factorial(n - 1 - k);
      });
    });
    return pivots;
  });
};

const gameFrom = (weights: readonly number[], quota: number): WeightedGame =>
  gameOf({ quota, weights: Object.fromEntries(weights.map((w, i) => [`p${i}`, w])) });

describe("exact Shapley-Shubik on larger games", () => {
  it("equals the definition, counted naively with bigints, on random games of up to 40 players", () => {
    const games = fc
      .array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 40 })
      .filter((weights) => weights.some((w) => w > 0))
      .chain((weights) =>
        fc
          .integer({ min: 1, max: weights.reduce((a, b) => a + b, 0) })
          .map((quota) => ({ weights, quota })),
      );
    fc.assert(
      fc.property(games, ({ weights, quota }) => {
        expect(rightOf(pivotCounts(gameFrom(weights, quota))).pivots).toEqual(
          naivePivots(weights, quota),
        );
      }),
      { numRuns: runs(40) },
    );
  });

  it("counts 1,000 equal players (each pivotal in 999! orderings), refused by the old n² q d bound", () => {
    const game = gameFrom(new Array<number>(1000).fill(1), 501);
    // the old estimate, 1000² × 500 × ⌈1002 / 29⌉ = 1.75 × 10^10, was past the default limit
    expect(1000 * 1000 * 500 * 35).toBeGreaterThan(EXACT_WORK_LIMIT.default);
    const counts = rightOf(pivotCounts(game));
    expect(counts.pivots[0]).toBe(factorial(999));
    expect(counts.pivots[999]).toBe(factorial(999));
    expect(counts.orderings).toBe(factorial(1000));
  });

  it("refuses 1,000 players of total weight about 28,000 at once, naming the estimate and maxWork", () => {
    const weights = Array.from({ length: 1000 }, (_, i) => 1 + ((i * 7919) % 55));
    const total = weights.reduce((a, b) => a + b, 0);
    const game = gameFrom(weights, Math.floor(total / 2) + 1);
    // Refused from the estimate, before any counting (which would take hours).
    const result = pivotCounts(game, { maxWork: EXACT_WORK_LIMIT.ceiling });
    if (E.isRight(result) || result.left._tag !== "Unsupported") throw new Error("not refused");
    expect(result.left.reason).toBe("work_limit");
    expect(result.left.limit).toMatchObject({ name: "power.exact.work", option: "maxWork" });
    expect(result.left.limit?.size).toBeGreaterThan(EXACT_WORK_LIMIT.ceiling);
  });
});
