import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { createPrng } from "../../src/core/prng.js";
import { selectPanelAsync } from "../../src/deliberation/index.js";
import { createPricer, loadHighs } from "../../src/deliberation/internal/columns.js";
import { leximinDistribution } from "../../src/deliberation/leximin.js";
import type { Panel } from "../../src/deliberation/panel.js";
import { parseInstance } from "../../src/deliberation/sortition.js";
import { runs } from "../helpers/runs.js";
import { right } from "./helpers.js";

/** The person-level LP (every person a group of one), through the internal switch. */
const personLevel = async (spec: unknown): Promise<Panel> => {
  const instance = parseInstance(spec);
  if (E.isLeft(instance)) return expect.fail(instance.left.message);
  const highs = await loadHighs();
  if (highs === undefined) return expect.fail("highs is not installed");
  const pricer = createPricer(instance.right, highs);
  try {
    return right(leximinDistribution(instance.right, highs, pricer, 500, false));
  } finally {
    pricer.dispose();
  }
};

interface Spec {
  pool: { id: string; features: Record<string, string>; household?: string }[];
  panelSize: number;
  quotas: Record<string, Record<string, { min: number; max: number }>>;
  seed: string;
}

/**
 * Small pools with many identical people (two features of 2 values), some households of two
 * among the people after the witness panel (the first k), quotas around the witness.
 */
const instance = fc
  .record({
    n: fc.integer({ min: 4, max: 10 }),
    k: fc.integer({ min: 1, max: 4 }),
    a: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 10, maxLength: 10 }),
    b: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 10, maxLength: 10 }),
    homes: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    slack: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 4, maxLength: 4 }),
  })
  .map(({ n, k, a, b, homes, slack }): Spec => {
    const size = Math.min(k, n);
    const pool = Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      features: { a: `a${a[i]}`, b: `b${b[i]}` },
      // People after the witness, in pairs: p(k) and p(k+1) share a home when homes[i] says so.
      ...(i >= size && homes[i] === true ? { household: `h${Math.floor((i - size) / 2)}` } : {}),
    }));
    const witness = pool.slice(0, size);
    const quota = (feature: "a" | "b", value: string, s: number) => {
      const count = witness.filter((p) => p.features[feature] === value).length;
      return { min: Math.max(0, count - s), max: count + s };
    };
    return {
      pool,
      panelSize: size,
      quotas: {
        a: { a0: quota("a", "a0", slack[0] ?? 0), a1: quota("a", "a1", slack[1] ?? 0) },
        b: { b0: quota("b", "b0", slack[2] ?? 0), b1: quota("b", "b1", slack[3] ?? 0) },
      },
      seed: "groups",
    };
  });

const meetsQuotas = (spec: Spec, panel: readonly string[]): boolean => {
  const byId = new Map(spec.pool.map((p) => [p.id, p]));
  if (new Set(panel).size !== panel.length || panel.length !== spec.panelSize) return false;
  const homes = panel.flatMap((id) => byId.get(id)?.household ?? []);
  if (new Set(homes).size !== homes.length) return false;
  return Object.entries(spec.quotas).every(([feature, values]) =>
    Object.entries(values).every(([value, q]) => {
      const c = panel.filter((id) => byId.get(id)?.features[feature] === value).length;
      return c >= q.min && c <= q.max;
    }),
  );
};

/** The draw re-run from `draw.procedure`'s words, with the package's generator only. */
const redraw = (spec: Spec, r: Panel): string[] => {
  const TICKETS = 1_000_000_000;
  const prng = createPrng(spec.seed);
  const ticket = prng.nextInt(TICKETS);
  let at = 0;
  let entry = r.distribution?.[0];
  for (const d of r.distribution ?? []) {
    at += Math.round(d.probability * TICKETS);
    entry = d;
    if (ticket < at) break;
  }
  const listed = entry?.panel ?? [];
  // Groups in the order of their first member in the pool; people in no group are groups of one.
  const groups = r.groups ?? [];
  const groupOf = new Map<string, readonly string[]>();
  for (const g of groups) for (const id of g) groupOf.set(id, g);
  const order: (readonly string[])[] = [];
  for (const p of spec.pool) {
    const g = groupOf.get(p.id) ?? [p.id];
    if (g[0] === p.id) order.push(g);
  }
  const out: string[] = [];
  for (const g of order) {
    const c = listed.filter((id) => g.includes(id)).length;
    if (c === 0) continue;
    if (c === g.length) {
      out.push(...g);
      continue;
    }
    const members = g.slice();
    for (let j = 0; j < c; j++) {
      const k = j + prng.nextInt(members.length - j);
      const chosen = members[k] as string;
      members[k] = members[j] as string;
      members[j] = chosen;
      out.push(chosen);
    }
  }
  return out;
};

describe("selectPanelAsync: leximin over groups of interchangeable people", () => {
  it("gives each of 4 identical women 1/4 and each of 2 identical men 1/2 (by hand), drawing within the groups", async () => {
    const spec = {
      pool: [
        ...["w1", "w2", "w3", "w4"].map((id) => ({ id, features: { gender: "f" } })),
        ...["m1", "m2"].map((id) => ({ id, features: { gender: "m" } })),
      ],
      panelSize: 2,
      quotas: { gender: { f: { min: 1, max: 1 }, m: { min: 1, max: 1 } } },
      method: "leximin",
      seed: "draw 7",
    };
    const r = right(await selectPanelAsync(spec));
    for (const id of ["w1", "w2", "w3", "w4"]) expect(r.probabilities[id]).toBeCloseTo(1 / 4, 9);
    for (const id of ["m1", "m2"]) expect(r.probabilities[id]).toBeCloseTo(1 / 2, 9);
    expect(r.groups).toEqual([
      ["w1", "w2", "w3", "w4"],
      ["m1", "m2"],
    ]);
    expect(r.distribution).toEqual([{ panel: ["w1", "m1"], probability: 1 }]);
    expect(r.panel).toEqual(redraw(spec, r));
    expect(r.draw.procedure).toContain("Fisher–Yates");
    // Different seeds reach different members of the groups (the draw is within the groups).
    const drawn = new Set<string>();
    for (let s = 0; s < 20; s++)
      for (const id of right(await selectPanelAsync({ ...spec, seed: `s${s}` })).panel)
        drawn.add(id);
    expect(drawn.size).toBe(6);
  });

  it("keeps people who share a household out of the groups, and never seats two of one household", async () => {
    const spec = {
      pool: [
        { id: "a", features: { g: "f" }, household: "H" },
        { id: "b", features: { g: "m" }, household: "H" },
        { id: "c", features: { g: "f" }, household: "K" },
        { id: "d", features: { g: "f" } },
        { id: "e", features: { g: "m" } },
        { id: "f", features: { g: "m" } },
      ],
      panelSize: 2,
      quotas: { g: { f: { min: 1, max: 1 }, m: { min: 1, max: 1 } } },
      method: "leximin",
      seed: "homes",
    };
    const r = right(await selectPanelAsync(spec));
    // c is alone in household K, so interchangeable with d; a and b are not grouped.
    expect(r.groups).toEqual([
      ["c", "d"],
      ["e", "f"],
    ]);
    for (const d of r.distribution ?? [])
      expect(d.panel).not.toEqual(expect.arrayContaining(["a", "b"]));
    // 3 women for 1 seat, 3 men for 1 seat, a and b never together: everyone 1/3 is feasible.
    for (const id of ["a", "b", "c", "d", "e", "f"])
      expect(r.probabilities[id]).toBeCloseTo(1 / 3, 6);
    const person = await personLevel(spec);
    for (const id of ["a", "b", "c", "d", "e", "f"])
      expect(r.probabilities[id]).toBeCloseTo(person.probabilities[id] as number, 5);
  });

  it("equals the person-level leximin, meets the quotas and households, sums to the panel size, and re-draws from the seed", async () => {
    await fc.assert(
      fc.asyncProperty(instance, async (spec) => {
        const grouped = right(await selectPanelAsync({ ...spec, method: "leximin" }));
        const person = await personLevel({ ...spec, method: "leximin" });
        for (const p of spec.pool)
          expect(grouped.probabilities[p.id]).toBeCloseTo(person.probabilities[p.id] as number, 5);
        expect(person.groups).toBeUndefined();
        const sum = Object.values(grouped.probabilities).reduce((a, b) => a + b, 0);
        expect(sum).toBeCloseTo(spec.panelSize, 6);
        expect(grouped.support).toBe(grouped.distribution?.length);
        for (const d of grouped.distribution ?? []) expect(meetsQuotas(spec, d.panel)).toBe(true);
        expect(meetsQuotas(spec, grouped.panel)).toBe(true);
        expect(grouped.panel).toEqual(redraw(spec, grouped));
        expect(person.panel).toEqual(redraw(spec, person));
        const again = right(await selectPanelAsync({ ...spec, method: "leximin" }));
        expect(again.panel).toEqual(grouped.panel);
        expect(again.distribution).toEqual(grouped.distribution);
        // People in a group have the same probability.
        for (const g of grouped.groups ?? [])
          for (const id of g)
            expect(grouped.probabilities[id]).toBeCloseTo(
              grouped.probabilities[g[0] as string] as number,
              9,
            );
      }),
      { numRuns: runs(30) },
    );
  });

  it("keeps each probability within estimate.tolerance (≤ 10⁻⁶) of the person-level leximin's", async () => {
    await fc.assert(
      fc.asyncProperty(instance, async (spec) => {
        const grouped = right(await selectPanelAsync({ ...spec, method: "leximin" }));
        const person = await personLevel({ ...spec, method: "leximin" });
        if (grouped.estimate.kind !== "lp" || person.estimate.kind !== "lp")
          return expect.fail("lp estimates");
        expect(grouped.estimate.tolerance).toBeLessThanOrEqual(1e-6);
        expect(person.estimate.tolerance).toBeLessThanOrEqual(1e-6);
        const both = grouped.estimate.tolerance + person.estimate.tolerance;
        for (const p of spec.pool)
          expect(
            Math.abs(
              (grouped.probabilities[p.id] as number) - (person.probabilities[p.id] as number),
            ),
          ).toBeLessThanOrEqual(both + 1e-9);
      }),
      { numRuns: runs(20) },
    );
  });

  it("maximin over groups reaches the person-level maximin's minimum", async () => {
    await fc.assert(
      fc.asyncProperty(instance, async (spec) => {
        const grouped = right(await selectPanelAsync({ ...spec, method: "maximin" }));
        const person = await personLevel({ ...spec, method: "maximin" });
        expect(grouped.minimum).toBeCloseTo(person.minimum, 5);
        for (const d of grouped.distribution ?? []) expect(meetsQuotas(spec, d.panel)).toBe(true);
      }),
      { numRuns: runs(20) },
    );
  });
});
