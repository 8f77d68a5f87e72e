/**
 * Issue 10 (hardening) in the power module: every cost has a work limit, checked before the work
 * starts and refused as `Unsupported` (reason `work_limit`) naming the limit, the input's size and
 * the option that raises it; options are checked, never trusted. Each counterexample of the issue
 * is here, with a bound on how long the refusal takes.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import type { DecideError } from "../../src/core/errors.js";
import {
  banzhaf,
  deeganPackel,
  EXACT_WORK_LIMIT,
  johnston,
  minimalWinningCoalitions,
  monteCarloPower,
  NODES_LIMIT,
  pivotCounts,
  powerIndex,
  publicGood,
  SAMPLING_WORK_LIMIT,
  shapleyShubik,
  swingCounts,
  type WeightedGame,
  weightedGame,
} from "../../src/power/index.js";
import { guardedArray } from "../helpers/guarded.js";

const game = (spec: unknown): WeightedGame => {
  const result = weightedGame(spec);
  if (E.isLeft(result)) throw new Error(result.left.message);
  return result.right;
};

const equal = (n: number): Record<string, number> =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, 1]));

/** The limit details of a work-limit refusal, or what came back instead. */
const limitOf = (result: E.Either<DecideError, unknown>): unknown =>
  E.isLeft(result) && result.left._tag === "Unsupported" && result.left.reason === "work_limit"
    ? result.left.limit
    : E.isLeft(result)
      ? result.left
      : "right";

const issuesOf = (result: E.Either<DecideError, unknown>): string[] | string =>
  E.isLeft(result) && result.left._tag === "InvalidInput"
    ? result.left.issues.map((i) => `${i.path}:${i.code}`)
    : E.isLeft(result)
      ? result.left._tag
      : "right";

describe("exact counts: a limit on the real work, not only on the players", () => {
  it("refuses exact Banzhaf with 10,000 equal players at once (it took 14.7 s within the old limits)", () => {
    const g = game({ quota: 5001, weights: equal(10_000) });
    const result = banzhaf(g);
    // n × q × ⌈(n + 2)/29⌉ = 10,000 × 5,000 × 345 (q = 5,000, the dual quota 10,000 - 5,001 + 1)
    expect(limitOf(result)).toEqual({
      name: "power.exact.work",
      limit: EXACT_WORK_LIMIT.default,
      size: 10_000 * 5_000 * 345,
      option: "maxWork",
      ceiling: EXACT_WORK_LIMIT.ceiling,
    });
    expect(
      limitOf(powerIndex({ index: "penrose", quota: 5001, weights: equal(10_000) })),
    ).toMatchObject({ name: "power.exact.work", option: "maxWork" });
  });

  it("still counts games well within the limit, and maxWork lowers or raises it", () => {
    const g = game({ quota: 6, weights: { a: 4, b: 3, c: 2, d: 1 } });
    expect(swingCounts(g)).toEqual(
      E.right({ swings: [5n, 3n, 3n, 1n], winning: 7n, coalitions: 16n }),
    );
    // 4 players × quota 6 (its dual, 5) × 1 digit = 20 steps
    expect(limitOf(swingCounts(g, { maxWork: 19 }))).toMatchObject({ size: 20, limit: 19 });
    expect(swingCounts(g, { maxWork: 20 })).toSatisfy(E.isRight);
    expect(issuesOf(swingCounts(g, { maxWork: EXACT_WORK_LIMIT.ceiling + 1 }))).toEqual([
      "maxWork:out_of_range",
    ]);
    expect(issuesOf(pivotCounts(g, null as never))).toEqual(["options:invalid_type"]);
    expect(issuesOf(shapleyShubik(g, { maxWork: Number.NaN }))).toEqual(["maxWork:out_of_range"]);
  });

  it("refuses two quotas with 36 players at once (they took 11.8 s)", () => {
    const weights = Object.fromEntries(
      Array.from({ length: 36 }, (_, i) => [
        `p${i}`,
        [1 + ((i * 7919) % 1000), 1 + ((i * 104729) % 997)],
      ]),
    );
    const totals = [0, 1].map((d) =>
      Object.values(weights).reduce((a, w) => a + (w[d] as number), 0),
    );
    const g = game({ quotas: totals.map((t, d) => Math.ceil(t * [0.55, 0.65][d]!)), weights });
    // n × 4 × 2^17 × min(2^18, 19 × (q_1 + 1)): 17 + 18 others, groups by size and capped weight
    const groups = Math.min(2 ** 18, 19 * ((g.quotas[0] as number) + 1));
    for (const result of [swingCounts(g), pivotCounts(g)]) {
      expect(limitOf(result)).toMatchObject({
        name: "power.exact.work",
        size: 36 * 4 * 2 ** 17 * groups,
      });
    }
  });

  it("counts a double majority of 27 (the EU Council's shape) within the default", () => {
    // 27 members, 55% of members (15) and 65% of a made-up population: the first dimension has few
    // distinct sums, so the meet-in-the-middle groups stay small
    const weights = Object.fromEntries(
      Array.from({ length: 27 }, (_, i) => [`m${i}`, [1, 1 + ((i * 7919) % 500)]]),
    );
    const total = Object.values(weights).reduce((a, w) => a + (w[1] as number), 0);
    const g = game({ quotas: [15, Math.ceil(total * 0.65)], weights });
    expect(swingCounts(g)).toSatisfy(E.isRight);
  });
});

describe("Monte Carlo: options checked, samples × players limited", () => {
  const g = game({ quota: 4, weights: equal(7) });

  it("refuses samples: NaN (it returned success with NaN values), as powerIndex does", () => {
    expect(issuesOf(monteCarloPower(g, "banzhaf", { samples: Number.NaN }))).toEqual([
      "samples:out_of_range",
    ]);
    expect(
      issuesOf(
        powerIndex({
          index: "banzhaf",
          quota: 4,
          weights: equal(7),
          method: "monte-carlo",
          samples: Number.NaN,
        }),
      ),
    ).not.toBe("right");
    for (const samples of [0, 1.5, -3, Number.POSITIVE_INFINITY, "100"]) {
      expect(issuesOf(monteCarloPower(g, "banzhaf", { samples } as never))).toEqual([
        "samples:out_of_range",
      ]);
    }
    expect(issuesOf(monteCarloPower(g, "banzhaf", { seed: 5 } as never))).toEqual([
      "seed:invalid_type",
    ]);
    expect(issuesOf(monteCarloPower(g, "banzhaf", { confidence: 1 }))).toEqual([
      "confidence:out_of_range",
    ]);
    expect(issuesOf(monteCarloPower(g, "banzhaf", null as never))).toEqual([
      "options:invalid_type",
    ]);
  });

  it("refuses samples: 1e8 with 7 players at once (it ran for over 20 s)", () => {
    const result = monteCarloPower(g, "shapley-shubik", { samples: 1e8 });
    expect(limitOf(result)).toEqual({
      name: "monteCarlo.work",
      limit: SAMPLING_WORK_LIMIT.default,
      size: 7e8,
      option: "maxWork",
      ceiling: SAMPLING_WORK_LIMIT.ceiling,
    });
    const spec = {
      index: "banzhaf",
      quota: 4,
      weights: equal(7),
      method: "monte-carlo",
      samples: 1e8,
    };
    expect(limitOf(powerIndex(spec))).toMatchObject({ name: "monteCarlo.work" });
    expect(limitOf(powerIndex({ ...spec, samples: 1000, maxWork: 6999 }))).toMatchObject({
      size: 7000,
      limit: 6999,
    });
    expect(powerIndex({ ...spec, samples: 1000, maxWork: 7000 })).toSatisfy(E.isRight);
  });
});

describe("enumerations: refused before enumerating, maxNodes bounded", () => {
  it("refuses Deegan-Packel, public good and Johnston on 40 equal players at once (9 to 15 s before)", () => {
    const g = game({ quota: 21, weights: equal(40) });
    // C(40, 21) minimal winning coalitions, counted by a generating function before the search
    for (const result of [
      deeganPackel(g),
      johnston(g),
      publicGood(g),
      minimalWinningCoalitions(g),
    ]) {
      expect(limitOf(result)).toMatchObject({
        name: "enumeration.nodes",
        limit: NODES_LIMIT.default,
        size: 131282408400,
        option: "maxNodes",
      });
    }
  });

  it("stops a search at maxNodes when the precount cannot tell, with the same error", () => {
    const g = game({
      quotas: [13, 13],
      weights: Object.fromEntries(Array.from({ length: 24 }, (_, i) => [`p${i}`, [1, 1]])),
    });
    expect(limitOf(johnston(g, { maxNodes: 1000 }))).toMatchObject({
      name: "enumeration.nodes",
      limit: 1000,
      size: 1001,
    });
  });

  it("bounds maxNodes by a ceiling (it had none)", () => {
    const g = game({ quota: 6, weights: { a: 4, b: 3, c: 2, d: 1 } });
    for (const maxNodes of [NODES_LIMIT.ceiling + 1, 1e300, 0, 2.5]) {
      expect(issuesOf(deeganPackel(g, { maxNodes }))).toEqual(["maxNodes:out_of_range"]);
    }
    expect(
      issuesOf(
        powerIndex({
          index: "johnston",
          quota: 6,
          weights: { a: 4, b: 3, c: 2, d: 1 },
          maxNodes: 1e300,
        }),
      ),
    ).toEqual(["maxNodes:out_of_range"]);
    expect(deeganPackel(g, { maxNodes: NODES_LIMIT.ceiling })).toSatisfy(E.isRight);
    expect(issuesOf(johnston(g, null as never))).toEqual(["options:invalid_type"]);
  });

  it("counts minimal winning coalitions exactly on the textbook game before the search agrees", () => {
    const g = game({ quota: 6, weights: { a: 4, b: 3, c: 2, d: 1 } });
    // three minimal winning coalitions: {a,b}, {a,c}, {b,c,d}; a limit of 2 refuses at once
    expect(limitOf(deeganPackel(g, { maxNodes: 2 }))).toMatchObject({ size: 3, limit: 2 });
  });
});

describe("weights given as arrays: holes and lengths", () => {
  it("a hole in a weight vector or in the quotas is an InvalidInput at its index", () => {
    const vector: number[] = [1];
    vector[2] = 2;
    expect(
      issuesOf(
        powerIndex({ index: "banzhaf", quotas: [2, 2, 2], weights: { a: vector, b: [1, 1, 1] } }),
      ),
    ).toEqual(['weights["a"][1]:hole'].map((p) => p.replace('["a"]', ".a")));
    const quotas: number[] = [2];
    quotas[2] = 2;
    expect(
      issuesOf(powerIndex({ index: "banzhaf", quotas, weights: { a: [1, 1, 1], b: [1, 1, 1] } })),
    ).toEqual(["quotas[1]:hole"]);
  });

  it("a list of length 2^32 - 1 is refused at once (it hung)", () => {
    const huge = guardedArray(2 ** 32 - 1, 1);
    expect(
      issuesOf(powerIndex({ index: "banzhaf", quotas: huge.array, weights: { a: [1] } })),
    ).toEqual(["quotas:too_big"]);
    expect(
      issuesOf(powerIndex({ index: "banzhaf", quotas: [1], weights: { a: huge.array } })),
    ).toEqual(["weights.a:too_big"]);
    expect(huge.reads()).toBe(0);
  });
});
