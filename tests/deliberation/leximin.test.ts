import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { selectPanel, selectPanelAsync } from "../../src/deliberation/index.js";
import { runs } from "../helpers/runs.js";
import { left, right } from "./helpers.js";

const person = (id: string, gender: string, age = "any", household?: string) => ({
  id,
  features: { gender, age },
  ...(household === undefined ? {} : { household }),
});

const small = {
  pool: [
    person("ana", "f"),
    person("bea", "f"),
    person("cai", "m"),
    person("dan", "m"),
    person("eli", "m"),
  ],
  panelSize: 2,
  quotas: {
    gender: { f: { min: 1, max: 1 }, m: { min: 1, max: 1 } },
    age: { any: { min: 0, max: 2 } },
  },
  method: "leximin",
  seed: "04 17 23 31 42",
};

/** How many people a panel takes from each group (people in no group listed one by one). */
const countsKey = (panel: readonly string[], groups: readonly (readonly string[])[]): string => {
  const group = new Map<string, number>();
  groups.forEach((g, t) => {
    for (const id of g) group.set(id, t);
  });
  return panel
    .map((id) => (group.has(id) ? `#${group.get(id)}` : id))
    .sort()
    .join(",");
};

describe("selectPanelAsync: leximin (Flanigan et al. 2021)", () => {
  it("gives each woman 1/2 and each man 1/3 when one of each is drawn (the optimum, by hand)", async () => {
    const r = right(await selectPanelAsync(small));
    expect(r.estimate.kind).toBe("lp");
    for (const id of ["ana", "bea"]) expect(r.probabilities[id]).toBeCloseTo(1 / 2, 6);
    for (const id of ["cai", "dan", "eli"]) expect(r.probabilities[id]).toBeCloseTo(1 / 3, 6);
    expect(r.minimum).toBeCloseTo(1 / 3, 6);
    expect(r.distribution?.reduce((a, d) => a + d.probability, 0)).toBeCloseTo(1, 9);
    // ana and bea are interchangeable, as are cai, dan and eli: one count vector (1 woman, 1 man),
    // listed by its first members; the draw then chose one woman and one man uniformly.
    expect(r.groups).toEqual([
      ["ana", "bea"],
      ["cai", "dan", "eli"],
    ]);
    expect(r.distribution).toEqual([{ panel: ["ana", "cai"], probability: 1 }]);
    expect(r.support).toBe(1);
    expect(countsKey(r.panel, r.groups ?? [])).toBe(countsKey(["ana", "cai"], r.groups ?? []));
  });

  it("lifts the scarce people leximin can lift: leximin beats uniform over the panels after the minimum", async () => {
    // One young woman is needed; two young people exist, one in a household with an old person.
    const pool = [
      person("y1", "f", "young"),
      person("y2", "m", "young", "H"),
      person("o1", "f", "old", "H"),
      person("o2", "m", "old"),
      person("o3", "f", "old"),
      person("o4", "m", "old"),
    ];
    const spec = {
      pool,
      panelSize: 3,
      quotas: {
        gender: { f: { min: 1, max: 2 }, m: { min: 1, max: 2 } },
        age: { young: { min: 1, max: 1 }, old: { min: 2, max: 2 } },
      },
      method: "leximin",
      seed: "s",
    };
    const r = right(await selectPanelAsync(spec));
    // Every panel has one young person: y1 and y2 share probability 1, so the best minimum among
    // them is 1/2; the four old people share 2 seats: 1/2 each, and leximin reaches both.
    for (const id of ["y1", "y2", "o1", "o2", "o3", "o4"])
      expect(r.probabilities[id]).toBeCloseTo(1 / 2, 6);
    for (const d of r.distribution ?? []) {
      expect(d.panel.includes("y2") && d.panel.includes("o1")).toBe(false);
    }
  });

  it("gives everyone k/n when the quotas allow it (the bound Σ probabilities = k, by hand)", async () => {
    // 120 people, 3 features with values spread evenly; quotas that a uniform distribution meets.
    const pool = Array.from({ length: 120 }, (_, i) => ({
      id: `p${i}`,
      features: { g: `g${i % 2}`, a: `a${Math.floor(i / 2) % 3}`, r: `r${Math.floor(i / 6) % 4}` },
    }));
    const loose = (values: number) =>
      Object.fromEntries(Array.from({ length: values }, (_, v) => [v, { min: 0, max: 12 }]));
    const quotas = {
      g: Object.fromEntries(Object.entries(loose(2)).map(([v, q]) => [`g${v}`, q])),
      a: Object.fromEntries(Object.entries(loose(3)).map(([v, q]) => [`a${v}`, q])),
      r: Object.fromEntries(Object.entries(loose(4)).map(([v, q]) => [`r${v}`, q])),
    };
    const r = right(
      await selectPanelAsync({ pool, panelSize: 12, quotas, method: "leximin", seed: "even" }),
    );
    // No one can exceed k/n = 0.1 unless someone else is below it: leximin gives all exactly 0.1.
    for (const p of Object.values(r.probabilities)) expect(p).toBeCloseTo(0.1, 5);
    expect(r.estimate).toMatchObject({ kind: "lp", iterations: 1 });
    for (const q of r.quotas) expect(q.met).toBe(true);
  });

  it("draws the same panel from the same seed", async () => {
    const a = right(await selectPanelAsync(small));
    const b = right(await selectPanelAsync(small));
    expect(b.panel).toEqual(a.panel);
    expect(a.draw.procedure).toContain("leximin");
  });

  it("maximin raises the minimum as leximin does", async () => {
    const r = right(await selectPanelAsync({ ...small, method: "maximin" }));
    expect(r.minimum).toBeCloseTo(1 / 3, 6);
  });

  it("runs legacy too, as selectPanel does", async () => {
    const legacy = { ...small, method: "legacy" };
    expect(right(await selectPanelAsync(legacy)).panel).toEqual(right(selectPanel(legacy)).panel);
  });

  it("reports quotas that no panel meets together, and the iteration and pool limits", async () => {
    const clash = {
      pool: [person("a", "f", "young"), person("b", "m", "old"), person("c", "m", "old")],
      panelSize: 2,
      quotas: {
        gender: { f: { min: 1, max: 2 }, m: { min: 0, max: 2 } },
        age: { young: { min: 0, max: 0 }, old: { min: 0, max: 2 } },
      },
      method: "leximin",
      seed: "s",
    };
    expect(left(await selectPanelAsync(clash))).toMatchObject({
      _tag: "Unsupported",
      reason: "no_panel_found",
    });
    expect(left(await selectPanelAsync({ ...small, options: { maxIterations: 1 } }))).toMatchObject(
      {
        _tag: "Unsupported",
        limit: { name: "select-panel.iterations", option: "options.maxIterations" },
      },
    );
    // The LP methods refuse a pool past maxLpPool at once, before loading the solver.
    expect(left(await selectPanelAsync({ ...small, options: { maxLpPool: 4 } }))).toMatchObject({
      _tag: "Unsupported",
      reason: "work_limit",
      limit: { name: "select-panel.lp-pool", option: "options.maxLpPool" },
    });
    right(await selectPanelAsync({ ...small, options: { maxLpPool: 5 } }));
    expect(left(await selectPanelAsync(null))._tag).toBe("InvalidInput");
  });
});

/** Small random instances with quotas around a witness panel (as in sortition.test.ts). */
const instance = fc
  .record({
    n: fc.integer({ min: 4, max: 9 }),
    k: fc.integer({ min: 1, max: 4 }),
    column: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 9, maxLength: 9 }),
    slack: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 3, maxLength: 3 }),
  })
  .map(({ n, k, column, slack }) => {
    const size = Math.min(k, n);
    const pool = Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      features: { f: `v${column[i]}` },
    }));
    const quotas = {
      f: Object.fromEntries(
        [0, 1, 2].map((v) => {
          const count = column.slice(0, size).filter((x) => x === v).length;
          return [
            `v${v}`,
            { min: Math.max(0, count - (slack[v] ?? 0)), max: count + (slack[v] ?? 0) },
          ];
        }),
      ),
    };
    return { pool, panelSize: size, quotas, seed: "prop" };
  });

/** Every panel meeting the quotas, by enumeration (the oracle). */
const allPanels = (spec: {
  pool: { id: string; features: { f: string } }[];
  panelSize: number;
  quotas: { f: Record<string, { min: number; max: number }> };
}): string[][] => {
  const out: string[][] = [];
  const pick = (from: number, chosen: string[]): void => {
    if (chosen.length === spec.panelSize) {
      const ok = Object.entries(spec.quotas.f).every(([v, q]) => {
        const c = chosen.filter(
          (id) => spec.pool.find((p) => p.id === id)?.features.f === v,
        ).length;
        return c >= q.min && c <= q.max;
      });
      if (ok) out.push(chosen.slice());
      return;
    }
    for (let i = from; i < spec.pool.length; i++)
      pick(i + 1, [...chosen, (spec.pool[i] as { id: string }).id]);
  };
  pick(0, []);
  return out;
};

describe("selectPanelAsync: leximin's stated precision", () => {
  it("reports probabilities within estimate.tolerance (at most 10⁻⁶ here) of the exact levels, either way", async () => {
    // Three levels by hand: 6 people for 3 seats, one from each of three groups of sizes 1, 2, 3
    // (probabilities 1, 1/2, 1/3).
    const spec = {
      pool: [
        person("a1", "a"),
        person("b1", "b"),
        person("b2", "b"),
        person("c1", "c"),
        person("c2", "c"),
        person("c3", "c"),
      ],
      panelSize: 3,
      quotas: {
        gender: { a: { min: 1, max: 1 }, b: { min: 1, max: 1 }, c: { min: 1, max: 1 } },
        age: { any: { min: 0, max: 3 } },
      },
      method: "leximin",
      seed: "levels",
    };
    const exact: Record<string, number> = {
      a1: 1,
      b1: 1 / 2,
      b2: 1 / 2,
      c1: 1 / 3,
      c2: 1 / 3,
      c3: 1 / 3,
    };
    for (const s of [small, spec]) {
      const r = right(await selectPanelAsync(s));
      if (r.estimate.kind !== "lp") return expect.fail("an lp estimate");
      const tolerance = r.estimate.tolerance;
      expect(tolerance).toBeGreaterThanOrEqual(1e-7);
      expect(tolerance).toBeLessThanOrEqual(1e-6);
      const levels =
        s === small ? { ana: 1 / 2, bea: 1 / 2, cai: 1 / 3, dan: 1 / 3, eli: 1 / 3 } : exact;
      for (const [id, level] of Object.entries(levels))
        expect(Math.abs((r.probabilities[id] as number) - level)).toBeLessThanOrEqual(tolerance);
      // The reported probabilities are the drawn distribution's marginals, summing to the panel size.
      const marginal = new Map<string, number>();
      for (const d of r.distribution ?? [])
        for (const id of d.panel) marginal.set(id, (marginal.get(id) ?? 0) + d.probability);
      const sum = Object.values(r.probabilities).reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - s.panelSize)).toBeLessThanOrEqual(1e-9);
      // Without groups a listed panel is the panel; with groups each group's members share.
      for (const g of r.groups ?? []) {
        const total = g.reduce((a, id) => a + (marginal.get(id) ?? 0), 0);
        for (const id of g) expect(r.probabilities[id]).toBeCloseTo(total / g.length, 9);
      }
    }
  });
});

describe("selectPanelAsync: properties", () => {
  it("every panel in the support meets the quotas; probabilities sum to the panel size; the minimum is at least legacy's and uniform's", async () => {
    await fc.assert(
      fc.asyncProperty(instance, async (spec) => {
        const lexi = await selectPanelAsync({ ...spec, method: "leximin" });
        if (lexi._tag === "Left") {
          // Only when the quotas clash (the witness guarantees a panel, so never here).
          expect.fail(lexi.left.message);
        }
        const r = lexi.right;
        const feasible = new Set(allPanels(spec).map((p) => p.slice().sort().join()));
        for (const d of r.distribution ?? [])
          expect(feasible.has(d.panel.slice().sort().join())).toBe(true);
        const sum = Object.values(r.probabilities).reduce((a, b) => a + b, 0);
        expect(sum).toBeCloseTo(spec.panelSize, 5);
        // Uniform over every feasible panel is one distribution: maximin is at least as good.
        const uniform = Math.min(
          ...spec.pool.map(
            (p) =>
              [...feasible].filter((key) => key.split(",").includes(p.id)).length / feasible.size,
          ),
        );
        expect(r.minimum).toBeGreaterThanOrEqual(uniform - 1e-5);
        const legacy = selectPanel({ ...spec, method: "legacy", options: { samples: 400 } });
        if (legacy._tag === "Right" && legacy.right.estimate.kind === "monte-carlo") {
          expect(r.minimum).toBeGreaterThanOrEqual(
            legacy.right.minimum - legacy.right.estimate.margin - 1e-5,
          );
        }
      }),
      { numRuns: runs(40) },
    );
  });
});
