/**
 * The exact multi-limb Banzhaf count (issue 12) against the modular count it replaced and against
 * brute force: same swings, same winning coalitions, bit for bit.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { singleQuotaSwingsModular, swingCounts } from "../../src/power/generating.js";
import { limbSwings } from "../../src/power/internal/limb-swings.js";
import { runs } from "../helpers/runs.js";
import { bruteForce, gameOf, rightOf } from "./oracle.js";

const spec = (weights: readonly number[], quota: number) => ({
  quota,
  weights: Object.fromEntries(weights.map((w, i) => [`p${i}`, w])),
});

/** Weights (some zero) and a quota in 1..total. */
const weightsAndQuota = (maxPlayers: number, maxWeight: number) =>
  fc
    .array(fc.integer({ min: 0, max: maxWeight }), { minLength: 1, maxLength: maxPlayers })
    .filter((weights) => weights.some((w) => w > 0))
    .chain((weights) =>
      fc
        .integer({ min: 1, max: weights.reduce((a, b) => a + b, 0) })
        .map((quota) => ({ weights, quota })),
    );

/** Coalitions of `weights` below `q`, and each player's swings, by visiting every subset. */
const bruteLimbs = (weights: readonly number[], q: number) => {
  const n = weights.length;
  const sums = new Array<number>(2 ** n).fill(0);
  for (let mask = 1; mask < 2 ** n; mask++) {
    const low = 31 - Math.clz32(mask & -mask);
    sums[mask] = (sums[mask & (mask - 1)] as number) + (weights[low] as number);
  }
  let losing = 0n;
  const swings = new Array<bigint>(n).fill(0n);
  sums.forEach((sum, mask) => {
    if (sum < q) losing += 1n;
    weights.forEach((w, i) => {
      if ((mask & (1 << i)) === 0 && sum < q && sum + w >= q)
        swings[i] = (swings[i] as bigint) + 1n;
    });
  });
  return { losing, swings };
};

describe("exact Banzhaf by limb planes", () => {
  it("equals the modular count on random games of up to 250 players (several limbs and blocks)", () => {
    fc.assert(
      fc.property(weightsAndQuota(250, 40), ({ weights, quota }) => {
        const game = gameOf(spec(weights, quota));
        const total = weights.reduce((a, b) => a + b, 0);
        expect(rightOf(swingCounts(game))).toEqual(singleQuotaSwingsModular(weights, quota, total));
      }),
      { numRuns: runs(60) },
    );
  });

  it("equals brute force on small games with weights up to 2^20 (narrower limbs for large quotas)", () => {
    fc.assert(
      fc.property(weightsAndQuota(12, 2 ** 20), ({ weights, quota }) => {
        const game = gameOf(spec(weights, quota));
        const oracle = bruteForce(game);
        const counts = rightOf(swingCounts(game));
        expect(counts.swings).toEqual(oracle.swings);
        expect(counts.winning).toBe(oracle.winning);
      }),
      { numRuns: runs(100) },
    );
  });

  it("equals brute force with forced narrow limbs and short blocks (many carries)", () => {
    const narrow = fc
      .integer({ min: 1, max: 6 })
      .chain((bits) =>
        fc.integer({ min: 1, max: Math.min(5, 52 - bits) }).map((block) => ({ bits, block })),
      );
    fc.assert(
      fc.property(weightsAndQuota(14, 12), narrow, ({ weights, quota }, limbs) => {
        const positive = weights.filter((w) => w > 0).sort((a, b) => a - b);
        const brute = bruteLimbs(positive, quota);
        const counts = limbSwings(positive, quota, limbs);
        expect(counts.losing).toBe(brute.losing);
        positive.forEach((w, i) => {
          expect(counts.swings.get(w)).toBe(brute.swings[i]);
        });
      }),
      { numRuns: runs(200) },
    );
  });

  it("equals the modular count on 80 players whose quota needs 17 bits (narrower limbs, three planes)", () => {
    const weights = Array.from({ length: 80 }, (_, i) => 1 + ((i * 7919 + 13) % 4096));
    const total = weights.reduce((a, b) => a + b, 0);
    for (const quota of [Math.floor(total / 2) + 1, Math.ceil((2 * total) / 3)]) {
      const game = gameOf(spec(weights, quota));
      expect(rightOf(swingCounts(game))).toEqual(singleQuotaSwingsModular(weights, quota, total));
    }
  });
});
