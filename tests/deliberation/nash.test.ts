import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Panel } from "../../src/deliberation/index.js";
import { NASH_TOLERANCE, selectPanelAsync } from "../../src/deliberation/index.js";
import { runs } from "../helpers/runs.js";
import { left, right } from "./helpers.js";

interface Person {
  readonly id: string;
  readonly features: Readonly<Record<string, string>>;
  readonly household?: string;
}
interface Spec {
  readonly pool: readonly Person[];
  readonly panelSize: number;
  readonly quotas: Readonly<Record<string, Readonly<Record<string, { min: number; max: number }>>>>;
  readonly seed: string;
}

const person = (id: string, gender: string, household?: string): Person => ({
  id,
  features: { gender },
  ...(household === undefined ? {} : { household }),
});

/** Σ log πᵢ over the people with πᵢ > 0. */
const welfare = (probabilities: Readonly<Record<string, number>>): number =>
  Object.values(probabilities).reduce((a, p) => a + (p > 0 ? Math.log(p) : 0), 0);

/** Every quota-meeting panel of a tiny pool, households respected (the oracle's support). */
const allPanels = (spec: Spec): string[][] => {
  const out: string[][] = [];
  const fits = (chosen: readonly Person[]): boolean => {
    for (const [feature, values] of Object.entries(spec.quotas)) {
      for (const [value, q] of Object.entries(values)) {
        const c = chosen.filter((p) => p.features[feature] === value).length;
        if (c < q.min || c > q.max) return false;
      }
    }
    const homes = chosen.flatMap((p) => (p.household === undefined ? [] : [p.household]));
    return new Set(homes).size === homes.length;
  };
  const pick = (from: number, chosen: Person[]): void => {
    if (chosen.length === spec.panelSize) {
      if (fits(chosen)) out.push(chosen.map((p) => p.id));
      return;
    }
    for (let i = from; i < spec.pool.length; i++) pick(i + 1, [...chosen, spec.pool[i] as Person]);
  };
  pick(0, []);
  return out;
};

/**
 * An independent oracle: the Nash-optimal probabilities over *all* enumerated panels, by the EM
 * (multiplicative) update λ_P ← λ_P · (Σ_{i∈P} 1/πᵢ) / n, which never decreases Σ log πᵢ
 * (it is EM for the mixture weights of a likelihood Σᵢ log Σ_P λ_P [i∈P]).
 */
const oracle = (spec: Spec, steps = 20_000): Record<string, number> => {
  const panels = allPanels(spec);
  const ids = spec.pool.map((p) => p.id);
  const reachable = ids.filter((id) => panels.some((panel) => panel.includes(id)));
  let lambda = panels.map(() => 1 / panels.length);
  const probabilities = (): Map<string, number> => {
    const pi = new Map(ids.map((id) => [id, 0]));
    panels.forEach((panel, p) => {
      for (const id of panel) pi.set(id, (pi.get(id) as number) + (lambda[p] as number));
    });
    return pi;
  };
  for (let s = 0; s < steps; s++) {
    const pi = probabilities();
    lambda = panels.map(
      (panel, p) =>
        ((lambda[p] as number) * panel.reduce((a, id) => a + 1 / (pi.get(id) as number), 0)) /
        reachable.length,
    );
  }
  return Object.fromEntries(probabilities());
};

describe("selectPanelAsync: nash (Flanigan et al. 2021, the Nash welfare objective)", () => {
  it("gives each woman 1/2 and each man 1/3 when one of each is drawn (the optimum, by hand)", async () => {
    const spec = {
      pool: [
        person("ana", "f"),
        person("bea", "f"),
        person("cai", "m"),
        person("dan", "m"),
        person("eli", "m"),
      ],
      panelSize: 2,
      quotas: { gender: { f: { min: 1, max: 1 }, m: { min: 1, max: 1 } } },
      method: "nash",
      seed: "04 17 23 31 42",
    };
    const r = right(await selectPanelAsync(spec));
    expect(r.method).toBe("nash");
    expect(r.estimate.kind).toBe("convex");
    for (const id of ["ana", "bea"]) expect(r.probabilities[id]).toBeCloseTo(1 / 2, 6);
    for (const id of ["cai", "dan", "eli"]) expect(r.probabilities[id]).toBeCloseTo(1 / 3, 6);
    expect(r.distribution?.reduce((a, d) => a + d.probability, 0)).toBeCloseTo(1, 9);
    expect(r.distribution?.map((d) => d.panel.join())).toContain(r.panel.join());
    expect(r.draw.procedure).toContain("nash");
  });

  it("keeps households apart and still reaches the optimum (by hand)", async () => {
    // Panels of 2 with one "x" and one "y"; x = {a, b}, y = {c, d, e}; b and c share a
    // household, so {b, c} is out.
    // Panels: {a,c} {a,d} {a,e} {b,d} {b,e}. With λ over them, π_a + π_b = 1 and
    // π_c + π_d + π_e = 1, π_c ≤ π_a. The product is maximised at a = b = 1/2, c = d = e = 1/3
    // (each group's product is maximal and π_c = 1/3 ≤ 1/2 is reachable): known by hand.
    const spec = {
      pool: [
        { id: "a", features: { g: "x" } },
        { id: "b", features: { g: "x" }, household: "H" },
        { id: "c", features: { g: "y" }, household: "H" },
        { id: "d", features: { g: "y" } },
        { id: "e", features: { g: "y" } },
      ],
      panelSize: 2,
      quotas: { g: { x: { min: 1, max: 1 }, y: { min: 1, max: 1 } } },
      method: "nash",
      seed: "s",
    };
    const r = right(await selectPanelAsync(spec));
    for (const id of ["a", "b"]) expect(r.probabilities[id]).toBeCloseTo(1 / 2, 5);
    for (const id of ["c", "d", "e"]) expect(r.probabilities[id]).toBeCloseTo(1 / 3, 5);
    for (const d of r.distribution ?? []) expect(d.panel.join()).not.toBe("b,c");
  });

  it("matches a brute-force convex optimisation over every panel of a pool of 7", async () => {
    const spec: Spec = {
      pool: [
        { id: "p0", features: { g: "f", a: "young" } },
        { id: "p1", features: { g: "f", a: "old" }, household: "H" },
        { id: "p2", features: { g: "m", a: "young" }, household: "H" },
        { id: "p3", features: { g: "m", a: "old" } },
        { id: "p4", features: { g: "m", a: "old" } },
        { id: "p5", features: { g: "f", a: "old" } },
        { id: "p6", features: { g: "m", a: "old" }, household: "K" },
      ],
      panelSize: 3,
      quotas: {
        g: { f: { min: 1, max: 2 }, m: { min: 1, max: 2 } },
        a: { young: { min: 1, max: 1 }, old: { min: 2, max: 2 } },
      },
      seed: "oracle",
    };
    const r = right(await selectPanelAsync({ ...spec, method: "nash" }));
    const expected = oracle(spec, 50_000);
    for (const [id, p] of Object.entries(expected)) expect(r.probabilities[id]).toBeCloseTo(p, 4);
    expect(welfare(r.probabilities)).toBeGreaterThanOrEqual(welfare(expected) - 1e-6);
    if (r.estimate.kind !== "convex") expect.fail("expected a convex estimate");
    expect(r.estimate.gap).toBeLessThanOrEqual(NASH_TOLERANCE * 7);
  });

  it("draws the same panel and distribution from the same seed", async () => {
    const spec = {
      pool: Array.from({ length: 12 }, (_, i) => person(`p${i}`, i % 3 === 0 ? "f" : "m")),
      panelSize: 4,
      quotas: { gender: { f: { min: 2, max: 2 }, m: { min: 2, max: 2 } } },
      method: "nash",
      seed: "lottery 2026-12-05: 03 11 19 28 44",
    };
    const a = right(await selectPanelAsync(spec));
    const b = right(await selectPanelAsync(spec));
    expect(b.panel).toEqual(a.panel);
    expect(b.distribution).toEqual(a.distribution);
    expect(a.probabilities["p0"]).toBeCloseTo(1 / 2, 6);
    expect(a.probabilities["p1"]).toBeCloseTo(1 / 4, 6);
  });

  it("reports infeasible quotas, the iteration limit and the pool limit", async () => {
    const clash = {
      pool: [
        { id: "a", features: { g: "f", a: "young" } },
        { id: "b", features: { g: "m", a: "old" } },
        { id: "c", features: { g: "m", a: "old" } },
      ],
      panelSize: 2,
      quotas: {
        g: { f: { min: 1, max: 2 }, m: { min: 0, max: 2 } },
        a: { young: { min: 0, max: 0 }, old: { min: 0, max: 2 } },
      },
      method: "nash",
      seed: "s",
    };
    expect(left(await selectPanelAsync(clash))).toMatchObject({
      _tag: "Unsupported",
      reason: "no_panel_found",
    });
    const spec = {
      pool: Array.from({ length: 8 }, (_, i) => person(`p${i}`, i % 2 === 0 ? "f" : "m")),
      panelSize: 2,
      quotas: { gender: { f: { min: 1, max: 1 }, m: { min: 1, max: 1 } } },
      method: "nash",
      seed: "s",
    };
    expect(left(await selectPanelAsync({ ...spec, options: { maxIterations: 1 } }))).toMatchObject({
      _tag: "Unsupported",
      reason: "work_limit",
      limit: { name: "select-panel.iterations", option: "options.maxIterations" },
    });
    expect(left(await selectPanelAsync({ ...spec, options: { maxLpPool: 7 } }))).toMatchObject({
      reason: "work_limit",
      limit: { name: "select-panel.lp-pool" },
    });
    expect(left(await selectPanelAsync({ ...spec, options: { maxIterations: 0 } }))._tag).toBe(
      "InvalidInput",
    );
  });
});

/** Small random instances with two features, households, and quotas around a witness panel. */
const instance: fc.Arbitrary<Spec> = fc
  .record({
    n: fc.integer({ min: 4, max: 8 }),
    k: fc.integer({ min: 1, max: 4 }),
    g: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 8, maxLength: 8 }),
    a: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 8, maxLength: 8 }),
    homes: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 8, maxLength: 8 }),
    slack: fc.integer({ min: 0, max: 1 }),
  })
  .map(({ n, k, g, a, homes, slack }) => {
    const size = Math.min(k, n);
    const pool: Person[] = Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      features: { g: `g${g[i]}`, a: `a${a[i]}` },
      // Households 0-1 are shared; the witness (the first `size` people) stays in distinct ones.
      ...(i >= size && (homes[i] as number) < 2 ? { household: `h${homes[i]}` } : {}),
    }));
    const quota = (feature: "g" | "a", values: number) =>
      Object.fromEntries(
        Array.from({ length: values }, (_, v) => {
          const count = pool
            .slice(0, size)
            .filter((p) => p.features[feature] === `${feature}${v}`).length;
          return [`${feature}${v}`, { min: Math.max(0, count - slack), max: count + slack }];
        }),
      );
    return { pool, panelSize: size, quotas: { g: quota("g", 2), a: quota("a", 3) }, seed: "prop" };
  });

describe("selectPanelAsync: nash properties", () => {
  it("support panels meet the quotas, probabilities sum to the panel size, the product is at least leximin's and the oracle's", async () => {
    await fc.assert(
      fc.asyncProperty(instance, async (spec) => {
        const nash: Panel = right(await selectPanelAsync({ ...spec, method: "nash" }));
        const lexi: Panel = right(await selectPanelAsync({ ...spec, method: "leximin" }));
        const feasible = new Set(allPanels(spec).map((p) => p.slice().sort().join()));
        for (const d of nash.distribution ?? [])
          expect(feasible.has(d.panel.slice().sort().join())).toBe(true);
        const sum = Object.values(nash.probabilities).reduce((x, y) => x + y, 0);
        expect(sum).toBeCloseTo(spec.panelSize, 6);
        // Nash maximises Σ log π: at least leximin's, and the brute force's (a lower bound).
        expect(welfare(nash.probabilities)).toBeGreaterThanOrEqual(
          welfare(lexi.probabilities) - 1e-6,
        );
        const expected = oracle(spec, 3_000);
        expect(welfare(nash.probabilities)).toBeGreaterThanOrEqual(welfare(expected) - 1e-6);
        // Who can be selected at all is the same for both (the support of π).
        for (const [id, p] of Object.entries(expected))
          expect((nash.probabilities[id] as number) > 0).toBe(p > 1e-9);
      }),
      { numRuns: runs(15) },
    );
  });
});
