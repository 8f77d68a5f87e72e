import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { createPrng } from "../../src/core/prng.js";
import { createPricer, loadHighs } from "../../src/deliberation/internal/columns.js";
import { leximinDistribution } from "../../src/deliberation/leximin.js";
import type { Panel } from "../../src/deliberation/panel.js";
import { type Instance, parseInstance } from "../../src/deliberation/sortition.js";
import { runs } from "../helpers/runs.js";
import { right } from "./helpers.js";

interface Spec {
  pool: { id: string; features: Record<string, string>; household?: string }[];
  panelSize: number;
  quotas: Record<string, Record<string, { min: number; max: number }>>;
  method: string;
  seed: string;
}

const parse = (spec: Spec): Instance => {
  const instance = parseInstance(spec);
  if (E.isLeft(instance)) return expect.fail(instance.left.message);
  return instance.right;
};

/**
 * Leximin (or maximin) through the internal switch `centralAfter`: 0 prices interior-point duals
 * from the start of every stage, 1 after one round on vertices, `Infinity` the dual simplex's
 * vertices throughout (the code before central duals).
 */
const solve = async (spec: Spec, centralAfter: number) => {
  const instance = parse(spec);
  const highs = await loadHighs();
  if (highs === undefined) return expect.fail("highs is not installed");
  const pricer = createPricer(instance, highs);
  try {
    return leximinDistribution(instance, highs, pricer, 2_000, true, centralAfter);
  } finally {
    pricer.dispose();
  }
};

/**
 * Tight small pools: three features (2, 3 and 2 values), quotas within one of a witness panel
 * (the first k people), so that people differ in how scarce they are and leximin has several
 * levels; some households of two among the people after the witness.
 */
const tight = fc
  .record({
    n: fc.integer({ min: 5, max: 16 }),
    k: fc.integer({ min: 1, max: 5 }),
    a: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 16, maxLength: 16 }),
    b: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 16, maxLength: 16 }),
    c: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 16, maxLength: 16 }),
    homes: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
    slack: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 7, maxLength: 7 }),
    method: fc.constantFrom("leximin", "maximin"),
  })
  .map(({ n, k, a, b, c, homes, slack, method }): Spec => {
    const size = Math.min(k, n);
    const pool = Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      features: { a: `a${a[i]}`, b: `b${b[i]}`, c: `c${c[i]}` },
      ...(i >= size && homes[i] === true ? { household: `h${Math.floor((i - size) / 2)}` } : {}),
    }));
    const witness = pool.slice(0, size);
    let s = 0;
    const quotas: Spec["quotas"] = {};
    for (const [feature, count] of [
      ["a", 2],
      ["b", 3],
      ["c", 2],
    ] as const) {
      const values: Record<string, { min: number; max: number }> = {};
      for (let v = 0; v < count; v++) {
        const value = `${feature}${v}`;
        const have = witness.filter((p) => p.features[feature] === value).length;
        const d = slack[s++] ?? 0;
        values[value] = { min: Math.max(0, have - d), max: have + d };
      }
      quotas[feature] = values;
    }
    return { pool, panelSize: size, quotas, method, seed: "central" };
  });

/**
 * Leximin: every person's probability agrees, within the two runs' reported tolerances (the
 * leximin distribution's marginals are unique). Maximin: only the least probability is determined
 * (many distributions reach it, with different marginals), so the minimum agrees.
 */
const agree = (spec: Spec, a: Panel, b: Panel): void => {
  if (a.estimate.kind !== "lp" || b.estimate.kind !== "lp") {
    expect.fail("not an LP result");
    return;
  }
  const within = a.estimate.tolerance + b.estimate.tolerance + 1e-9;
  if (spec.method === "maximin") {
    expect(Math.abs(a.minimum - b.minimum)).toBeLessThanOrEqual(within);
    return;
  }
  for (const p of spec.pool) {
    const pa = a.probabilities[p.id] as number;
    const pb = b.probabilities[p.id] as number;
    expect(Math.abs(pa - pb)).toBeLessThanOrEqual(within);
  }
};

describe("leximin with central duals (interior point in the rounds of long stages)", () => {
  it("gives every person the same probability as vertex duals throughout, on random tight small pools", async () => {
    await fc.assert(
      fc.asyncProperty(tight, async (spec) => {
        const vertex = await solve(spec, Number.POSITIVE_INFINITY);
        for (const after of [0, 1]) {
          const central = await solve(spec, after);
          expect(E.isRight(central)).toBe(E.isRight(vertex));
          if (E.isLeft(central) || E.isLeft(vertex)) {
            expect(E.isLeft(central) && central.left._tag).toBe(
              E.isLeft(vertex) && vertex.left._tag,
            );
            continue;
          }
          agree(spec, central.right, vertex.right);
          const sum = Object.values(central.right.probabilities).reduce((x, y) => x + y, 0);
          expect(sum).toBeCloseTo(spec.panelSize, 6);
        }
      }),
      { numRuns: runs(60) },
    );
  });

  it("maximin: the least probability agrees, though the marginals may not (a pool the property test found)", async () => {
    const f = (a: string, b: string, c: string) => ({ a, b, c });
    const spec: Spec = {
      pool: [
        f("a0", "b1", "c0"),
        f("a0", "b2", "c1"),
        f("a1", "b2", "c1"),
        f("a0", "b0", "c0"),
        f("a1", "b0", "c0"),
        f("a0", "b2", "c0"),
        f("a0", "b0", "c0"),
        f("a1", "b0", "c1"),
        f("a1", "b0", "c1"),
        f("a1", "b0", "c0"),
        f("a1", "b1", "c0"),
      ].map((features, i) => ({ id: `p${i}`, features })),
      panelSize: 4,
      quotas: {
        a: { a0: { min: 3, max: 3 }, a1: { min: 1, max: 1 } },
        b: { b0: { min: 1, max: 1 }, b1: { min: 1, max: 1 }, b2: { min: 1, max: 3 } },
        c: { c0: { min: 2, max: 2 }, c1: { min: 2, max: 2 } },
      },
      method: "maximin",
      seed: "central",
    };
    const vertex = await solve(spec, Number.POSITIVE_INFINITY);
    const central = await solve(spec, 0);
    if (E.isLeft(vertex) || E.isLeft(central)) return expect.fail("no distribution");
    agree(spec, central.right, vertex.right);
  });

  it("gives the same levels on a seeded pool of 60 with tight quotas (several leximin levels)", async () => {
    const prng = createPrng("central-60");
    const pool = Array.from({ length: 60 }, (_, i) => ({
      id: `q${i}`,
      features: {
        gender: prng.nextInt(10) < 6 ? "f" : "m",
        age: ["16-29", "30-49", "50+"][prng.nextInt(3)] as string,
        area: ["north", "south", "east", "west"][prng.nextInt(4)] as string,
      },
    }));
    const spec: Spec = {
      pool,
      panelSize: 8,
      quotas: {
        gender: { f: { min: 4, max: 4 }, m: { min: 4, max: 4 } },
        age: {
          "16-29": { min: 2, max: 3 },
          "30-49": { min: 2, max: 3 },
          "50+": { min: 2, max: 3 },
        },
        area: {
          north: { min: 2, max: 2 },
          south: { min: 2, max: 2 },
          east: { min: 2, max: 2 },
          west: { min: 2, max: 2 },
        },
      },
      method: "leximin",
      seed: "central-60",
    };
    const vertex = right(await solve(spec, Number.POSITIVE_INFINITY));
    const central = right(await solve(spec, 0));
    agree(spec, central, vertex);
    agree(spec, right(await solve(spec, 2)), vertex);
    // Scarce people (men are 4 of 8 seats but fewer in the pool) get more than the fair share.
    const levels = new Set(Object.values(central.probabilities).map((p) => p.toFixed(4)));
    expect(levels.size).toBeGreaterThan(1);
    expect(central.minimum).toBeGreaterThan(0);
  });
});

describe("the pricing MIP", () => {
  it("finds the panel of largest weight when asked without a target (checked by enumerating every panel)", async () => {
    // 18 people, 3 features, panel of 5: every panel (8,568) enumerated.
    const prng = createPrng("mip-exact");
    const pool = Array.from({ length: 18 }, (_, i) => ({
      id: `r${i}`,
      features: <Record<string, string>>{
        a: `a${prng.nextInt(2)}`,
        b: `b${prng.nextInt(3)}`,
        c: `c${prng.nextInt(2)}`,
      },
    }));
    const spec: Spec = {
      pool,
      panelSize: 5,
      quotas: {
        a: { a0: { min: 2, max: 3 }, a1: { min: 2, max: 3 } },
        b: { b0: { min: 1, max: 2 }, b1: { min: 1, max: 2 }, b2: { min: 1, max: 2 } },
        c: { c0: { min: 2, max: 3 }, c1: { min: 2, max: 3 } },
      },
      method: "leximin",
      seed: "mip",
    };
    const instance = parse(spec);
    const highs = await loadHighs();
    if (highs === undefined) return expect.fail("highs is not installed");
    const meets = (panel: readonly number[]): boolean =>
      Object.entries(spec.quotas).every(([feature, values]) =>
        Object.entries(values).every(([value, q]) => {
          const c = panel.filter((i) => pool[i]?.features[feature] === value).length;
          return c >= q.min && c <= q.max;
        }),
      );
    const panels: number[][] = [];
    const pick = (from: number, chosen: number[]): void => {
      if (chosen.length === spec.panelSize) {
        if (meets(chosen)) panels.push(chosen.slice());
        return;
      }
      for (let i = from; i < pool.length; i++) pick(i + 1, [...chosen, i]);
    };
    pick(0, []);
    expect(panels.length).toBeGreaterThan(100);
    const pricer = createPricer(instance, highs);
    try {
      for (let round = 0; round < 12; round++) {
        const w = Float64Array.from(pool, () => prng.nextFloat());
        let best = Number.NEGATIVE_INFINITY;
        for (const p of panels)
          best = Math.max(
            best,
            p.reduce((s, i) => s + (w[i] as number), 0),
          );
        const found = pricer.exact(w);
        expect(found?.value).toBeCloseTo(best, 9);
      }
    } finally {
      pricer.dispose();
    }
  });
  it("solves to the end without a target on a larger pool, where stopping at the first panel found would not be best", async () => {
    // 400 people, 4 features, panel of 24; a call without a target must equal one whose target
    // no panel can reach (HiGHS then has to prove optimality), weights after weights.
    const prng = createPrng("mip-large");
    const pool = Array.from({ length: 400 }, (_, i) => ({
      id: `s${i}`,
      features: {
        a: `a${prng.nextInt(2)}`,
        b: `b${prng.nextInt(3)}`,
        c: `c${prng.nextInt(4)}`,
        d: `d${prng.nextInt(2)}`,
      },
    }));
    const spec: Spec = {
      pool,
      panelSize: 24,
      quotas: {
        a: { a0: { min: 11, max: 13 }, a1: { min: 11, max: 13 } },
        b: { b0: { min: 7, max: 9 }, b1: { min: 7, max: 9 }, b2: { min: 7, max: 9 } },
        c: {
          c0: { min: 5, max: 7 },
          c1: { min: 5, max: 7 },
          c2: { min: 5, max: 7 },
          c3: { min: 5, max: 7 },
        },
        d: { d0: { min: 11, max: 13 }, d1: { min: 11, max: 13 } },
      },
      method: "leximin",
      seed: "mip",
    };
    const instance = parse(spec);
    const highs = await loadHighs();
    if (highs === undefined) return expect.fail("highs is not installed");
    const pricer = createPricer(instance, highs);
    try {
      for (let round = 0; round < 6; round++) {
        const w = Float64Array.from(pool, () => prng.nextFloat());
        const untargeted = pricer.exact(w);
        const proved = pricer.exact(w, undefined, Number.MAX_VALUE);
        expect(untargeted?.value).toBeCloseTo(proved?.value as number, 9);
      }
    } finally {
      pricer.dispose();
    }
  });
});
