import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { rational, rationals } from "../../src/core/index.js";
import {
  banzhaf,
  colemanInitiate,
  colemanPrevent,
  deeganPackel,
  johnston,
  minimalWinningCoalitions,
  type PowerResult,
  penrose,
  pivotCounts,
  publicGood,
  shapleyShubik,
  swingCounts,
  type WeightedGame,
} from "../../src/power/index.js";
import { runs } from "../helpers/runs.js";
import { bruteForce, fractions, gameOf, pivotsByOrderings, rightOf } from "./oracle.js";

/** A random single-quota game: 1 to 10 players, weights 0 to 30, a quota in 1..total. */
const singleGame: fc.Arbitrary<WeightedGame> = fc
  .array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 10 })
  .filter((weights) => weights.some((w) => w > 0))
  .chain((weights) => {
    const total = weights.reduce((a, b) => a + b, 0);
    return fc
      .integer({ min: 1, max: total })
      .map((quota) =>
        gameOf({ quota, weights: Object.fromEntries(weights.map((w, i) => [`p${i}`, w])) }),
      );
  });

/** A random game with two or three quotas. */
const multiGame: fc.Arbitrary<WeightedGame> = fc
  .record({
    n: fc.integer({ min: 1, max: 9 }),
    dims: fc.integer({ min: 2, max: 3 }),
  })
  .chain(({ n, dims }) =>
    fc
      .array(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: dims, maxLength: dims }), {
        minLength: n,
        maxLength: n,
      })
      .filter((vectors) =>
        Array.from({ length: dims }, (_, d) => vectors.some((v) => (v[d] as number) > 0)).every(
          Boolean,
        ),
      )
      .chain((vectors) => {
        const totals = Array.from({ length: dims }, (_, d) =>
          vectors.reduce((a, v) => a + (v[d] as number), 0),
        );
        return fc
          .tuple(...totals.map((t) => fc.integer({ min: 1, max: t })))
          .map((quotas) =>
            gameOf({ quotas, weights: Object.fromEntries(vectors.map((v, i) => [`p${i}`, v])) }),
          );
      }),
  );

const anyGame = fc.oneof(singleGame, multiGame);

const exactList = (result: PowerResult): string[] =>
  result.players.map((p) => result.exact?.[p] as string);

describe("exact counts equal brute-force enumeration (Banzhaf 1965; Shapley and Shubik 1954)", () => {
  it("swings and winning coalitions, on random games with one or several quotas", () => {
    fc.assert(
      fc.property(anyGame, (game) => {
        const oracle = bruteForce(game);
        const counts = rightOf(swingCounts(game));
        expect(counts.swings).toEqual(oracle.swings);
        expect(counts.winning).toBe(oracle.winning);
      }),
      { numRuns: runs(300) },
    );
  });

  it("pivots, on random games with one or several quotas", () => {
    fc.assert(
      fc.property(anyGame, (game) => {
        expect(rightOf(pivotCounts(game)).pivots).toEqual(bruteForce(game).pivots);
      }),
      { numRuns: runs(300) },
    );
  });

  it("pivots equal a count over every ordering on games of up to 6 players", () => {
    const small = singleGame.filter((g) => g.players.length <= 6);
    fc.assert(
      fc.property(small, (game) => {
        expect(rightOf(pivotCounts(game)).pivots).toEqual(pivotsByOrderings(game));
      }),
      { numRuns: runs(100) },
    );
  });

  it("every index equals its definition", () => {
    fc.assert(
      fc.property(anyGame, (game) => {
        const oracle = bruteForce(game);
        expect(exactList(rightOf(banzhaf(game)))).toEqual(fractions(oracle.banzhaf));
        expect(exactList(rightOf(penrose(game)))).toEqual(fractions(oracle.penrose));
        expect(exactList(rightOf(shapleyShubik(game)))).toEqual(fractions(oracle.shapleyShubik));
        expect(exactList(rightOf(deeganPackel(game)))).toEqual(fractions(oracle.deeganPackel));
        expect(exactList(rightOf(publicGood(game)))).toEqual(fractions(oracle.publicGood));
        expect(exactList(rightOf(johnston(game)))).toEqual(fractions(oracle.johnston));
        expect(exactList(rightOf(colemanPrevent(game)))).toEqual(fractions(oracle.colemanPrevent));
        expect(exactList(rightOf(colemanInitiate(game)))).toEqual(
          fractions(oracle.colemanInitiate),
        );
      }),
      { numRuns: runs(200) },
    );
  });

  it("minimal winning coalitions are listed exactly", () => {
    fc.assert(
      fc.property(anyGame, (game) => {
        const listed = rightOf(minimalWinningCoalitions(game, { limit: 10_000 }));
        const expected = bruteForce(game).minimal.map((members) =>
          members.map((i) => game.players[i]),
        );
        expect([...listed.coalitions].map((c) => c.join(",")).sort()).toEqual(
          expected.map((c) => c.join(",")).sort(),
        );
        expect(listed.total).toBe(String(expected.length));
        expect(listed.complete).toBe(true);
      }),
      { numRuns: runs(200) },
    );
  });
});

describe("axioms of power indices", () => {
  const normalised = [banzhaf, shapleyShubik, deeganPackel, publicGood, johnston];

  it("normalised indices add up to exactly 1", () => {
    fc.assert(
      fc.property(anyGame, (game) => {
        for (const index of normalised) {
          const result = rightOf(index(game));
          const total = rationals.sum(
            exactList(result).map((f) =>
              rational(...(f.split("/").map(BigInt) as [bigint, bigint?])),
            ),
          );
          expect(rationals.toFraction(total)).toBe("1");
        }
      }),
      { numRuns: runs(150) },
    );
  });

  it("a null player (weight 0 everywhere) gets 0 from every index and is listed as a dummy", () => {
    fc.assert(
      fc.property(singleGame, (game) => {
        const extended = gameOf({
          quota: game.quotas[0],
          weights: {
            ...Object.fromEntries(game.players.map((p, i) => [p, game.weights[0]?.[i] ?? 0])),
            nobody: 0,
          },
        });
        for (const index of [...normalised, penrose, colemanPrevent, colemanInitiate]) {
          const result = rightOf(index(extended));
          expect(result.exact?.["nobody"]).toBe("0");
          expect(result.dummies).toContain("nobody");
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it("players with equal weights get equal power (symmetry)", () => {
    fc.assert(
      fc.property(singleGame, fc.integer({ min: 1, max: 30 }), (game, twin) => {
        const base = Object.fromEntries(game.players.map((p, i) => [p, game.weights[0]?.[i] ?? 0]));
        const total = (game.totals[0] as number) + 2 * twin;
        const doubled = gameOf({
          quota: Math.min(total, game.quotas[0] as number),
          weights: { ...base, x: twin, y: twin },
        });
        for (const index of [...normalised, penrose, colemanPrevent, colemanInitiate]) {
          const result = rightOf(index(doubled));
          expect(result.exact?.["x"]).toBe(result.exact?.["y"]);
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it("Banzhaf and Shapley-Shubik never give a larger weight less power (local monotonicity)", () => {
    fc.assert(
      fc.property(singleGame, (game) => {
        const weights = game.weights[0] as number[];
        for (const index of [banzhaf, shapleyShubik]) {
          const values = rightOf(index(game)).values;
          weights.forEach((wi, i) => {
            weights.forEach((wj, j) => {
              if (wi > wj) {
                expect(values[game.players[i] as string] as number).toBeGreaterThanOrEqual(
                  values[game.players[j] as string] as number,
                );
              }
            });
          });
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it("scaling every weight and the quota by the same factor changes nothing", () => {
    fc.assert(
      fc.property(singleGame, fc.integer({ min: 2, max: 1000 }), (game, factor) => {
        const scaled = gameOf({
          quota: `${(game.quotas[0] as number) * factor}/7`,
          weights: Object.fromEntries(
            game.players.map((p, i) => [p, `${(game.weights[0]?.[i] ?? 0) * factor}/7`]),
          ),
        });
        expect(rightOf(shapleyShubik(scaled)).exact).toEqual(rightOf(shapleyShubik(game)).exact);
        expect(rightOf(banzhaf(scaled)).exact).toEqual(rightOf(banzhaf(game)).exact);
      }),
      { numRuns: runs(100) },
    );
  });

  it("is deterministic and leaves the game untouched", () => {
    fc.assert(
      fc.property(anyGame, (game) => {
        const before = JSON.stringify(game);
        const first = [banzhaf(game), shapleyShubik(game), johnston(game)];
        const second = [banzhaf(game), shapleyShubik(game), johnston(game)];
        expect(first).toEqual(second);
        expect(JSON.stringify(game)).toBe(before);
        expect(first.every(E.isRight)).toBe(true);
      }),
      { numRuns: runs(50) },
    );
  });
});

describe("monteCarloPower against the exact values", () => {
  it("puts the exact Shapley-Shubik value inside nearly every 99% interval", async () => {
    const { monteCarloPower } = await import("../../src/power/index.js");
    let inside = 0;
    let total = 0;
    fc.assert(
      fc.property(singleGame, fc.string(), (game, seed) => {
        const exact = rightOf(shapleyShubik(game)).values;
        const estimate = rightOf(
          monteCarloPower(game, "shapley-shubik", { samples: 4000, seed, confidence: 0.99 }),
        );
        for (const player of game.players) {
          const [low, high] = estimate.interval?.[player] ?? [0, 0];
          const value = exact[player] as number;
          total += 1;
          if (value >= low - 1e-12 && value <= high + 1e-12) inside += 1;
        }
      }),
      { numRuns: runs(60), seed: 20261127 },
    );
    expect(inside / total).toBeGreaterThan(0.95);
  });
});
