import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPrng } from "../../src/core/prng.js";
import { selectPanel } from "../../src/deliberation/index.js";
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
  method: "legacy",
  seed: "04 17 23 31 42",
};

describe("selectPanel: legacy", () => {
  it("gives each woman 1/2 and each man 1/3 when one of each is drawn (checked by hand)", () => {
    const r = right(selectPanel({ ...small, options: { samples: 20_000 } }));
    expect(r.estimate).toMatchObject({ kind: "monte-carlo", samples: 20_000 });
    const tolerance = r.estimate.kind === "monte-carlo" ? 4 * r.estimate.margin : 0;
    for (const id of ["ana", "bea"])
      expect(Math.abs((r.probabilities[id] as number) - 1 / 2)).toBeLessThan(tolerance);
    for (const id of ["cai", "dan", "eli"])
      expect(Math.abs((r.probabilities[id] as number) - 1 / 3)).toBeLessThan(tolerance);
    expect(r.support).toBe(6);
    expect(r.quotas.map((q) => [q.value, q.selected, q.met])).toEqual([
      ["f", 1, true],
      ["m", 1, true],
      ["any", 2, true],
    ]);
  });

  it("draws the same panel from the same seed, and records the seed and procedure", () => {
    const a = right(selectPanel(small));
    const b = right(selectPanel(small));
    expect(b.panel).toEqual(a.panel);
    expect(b.probabilities).toEqual(a.probabilities);
    expect(a.draw.seed).toBe("04 17 23 31 42");
    expect(a.draw.procedure).toContain("legacy");
    const panels = new Set(
      ["1", "2", "3", "4", "5", "6", "7", "8"].map((seed) =>
        right(selectPanel({ ...small, seed })).panel.join(),
      ),
    );
    expect(panels.size).toBeGreaterThan(1);
  });

  it("re-runs the first greedy step by hand from the published generator", () => {
    // The first step picks the value most short of its minimum relative to those available:
    // f (1/2) before m (1/3), so the first person is the nextInt(2)-th woman.
    const r = right(selectPanel(small));
    const first = createPrng(small.seed).nextInt(2);
    expect(r.panel[0]).toBe(["ana", "bea"][first]);
  });

  it("selects at most one person per household", () => {
    const pool = [
      person("a1", "f", "any", "A"),
      person("a2", "m", "any", "A"),
      person("b1", "f", "any", "B"),
      person("b2", "m", "any", "B"),
      person("c1", "m", "any"),
    ];
    const r = right(selectPanel({ ...small, pool, options: { samples: 2000 } }));
    expect(r.households).toBe(true);
    const homes = r.panel.map((id) => id[0]);
    expect(new Set(homes).size).toBe(homes.length);
    // Probabilities of one household never add up to more than 1.
    expect(
      (r.probabilities["a1"] as number) + (r.probabilities["a2"] as number),
    ).toBeLessThanOrEqual(1 + 1e-12);
  });

  it("has unequal chances where the quotas make some people scarce (the baseline it is)", () => {
    // One young person among 9 old: a quota of exactly one young panel member gives them chance 1.
    const pool = [
      person("y", "f", "young"),
      ...Array.from({ length: 9 }, (_, i) => person(`o${i}`, i % 2 ? "f" : "m", "old")),
    ];
    const r = right(
      selectPanel({
        pool,
        panelSize: 3,
        quotas: {
          gender: { f: { min: 0, max: 3 }, m: { min: 0, max: 3 } },
          age: { young: { min: 1, max: 1 }, old: { min: 2, max: 2 } },
        },
        method: "legacy",
        seed: "s",
        options: { samples: 500 },
      }),
    );
    expect(r.probabilities["y"]).toBe(1);
    expect(r.maximum).toBe(1);
    expect(r.gini).toBeGreaterThan(0.2);
  });

  it("names an infeasible quota before any draw", () => {
    const error = left(
      selectPanel({
        ...small,
        quotas: {
          gender: { f: { min: 3, max: 3 }, m: { min: 0, max: 0 } },
          age: { any: { min: 0, max: 2 } },
        },
      }),
    );
    expect(error._tag).toBe("InvalidInput");
    const issues = error._tag === "InvalidInput" ? error.issues.map((i) => [i.path, i.code]) : [];
    expect(issues).toEqual([
      ["quotas.gender.f", "infeasible_quota"],
      ["quotas.gender", "infeasible_quota"],
    ]);
    const tooBig = left(selectPanel({ ...small, panelSize: 6 }));
    expect(tooBig).toMatchObject({
      issues: expect.arrayContaining([
        expect.objectContaining({ path: "panelSize", code: "infeasible_quota" }),
      ]),
    });
  });

  it("counts households, not people, when checking a minimum", () => {
    const pool = [
      person("a1", "f", "any", "A"),
      person("a2", "f", "any", "A"),
      person("b", "m"),
      person("c", "m"),
    ];
    const error = left(
      selectPanel({
        ...small,
        pool,
        quotas: {
          gender: { f: { min: 2, max: 2 }, m: { min: 0, max: 2 } },
          age: { any: { min: 0, max: 2 } },
        },
      }),
    );
    expect(error).toMatchObject({
      issues: [{ path: "quotas.gender.f", code: "infeasible_quota" }],
    });
  });

  it("reports bad pool entries with their paths", () => {
    const error = left(
      selectPanel({
        ...small,
        pool: [person("ana", "f"), person("ana", "x"), { id: "b", features: { gender: "m" } }, 7],
      }),
    );
    const issues = error._tag === "InvalidInput" ? error.issues.map((i) => [i.path, i.code]) : [];
    expect(issues).toEqual([
      ["pool[1].id", "duplicate_person"],
      ["pool[1].features.gender", "no_quota"],
      ["pool[2].features.age", "missing_feature"],
      ["pool[3]", "invalid_type"],
    ]);
  });

  it("sends the LP methods to selectPanelAsync, and refuses past the pool limit", () => {
    expect(left(selectPanel({ ...small, method: "leximin" }))).toMatchObject({
      _tag: "Unsupported",
      reason: "async_method",
    });
    expect(left(selectPanel({ ...small, pool: new Array(2 ** 32 - 1) }))).toMatchObject({
      _tag: "Unsupported",
      limit: { name: "select-panel.pool", option: "options.maxPool" },
    });
    expect(
      left(selectPanel({ ...small, options: { samples: 2000, maxDrawWork: 100 } })),
    ).toMatchObject({
      limit: { name: "select-panel.draw-work" },
    });
    expect(left(selectPanel({ ...small, seed: 42 }))).toMatchObject({ issues: [{ path: "seed" }] });
  });
});

/** A random pool with quotas built around a witness panel, so that some panel meets them. */
const instance = fc
  .record({
    n: fc.integer({ min: 4, max: 30 }),
    k: fc.integer({ min: 1, max: 8 }),
    seed: fc.string({ maxLength: 8 }),
    values: fc.array(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 30, maxLength: 30 }), {
      minLength: 1,
      maxLength: 3,
    }),
    homes: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 30, maxLength: 30 }),
    useHomes: fc.boolean(),
    slack: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 20, maxLength: 20 }),
  })
  .map(({ n, k, seed, values, homes, useHomes, slack }) => {
    const size = Math.min(k, n);
    const pool = Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      features: Object.fromEntries(values.map((column, f) => [`f${f}`, `v${column[i]}`])),
      ...(useHomes ? { household: i < size ? `w${i}` : `h${homes[i]}` } : {}),
    }));
    // The witness: the first `size` people (each in a household of their own).
    const quotas = Object.fromEntries(
      values.map((column, f) => [
        `f${f}`,
        Object.fromEntries(
          [0, 1, 2].map((v) => {
            const count = column.slice(0, size).filter((x) => x === v).length;
            const s = slack[f * 3 + v] ?? 0;
            return [`v${v}`, { min: Math.max(0, count - s), max: count + s }];
          }),
        ),
      ]),
    );
    return {
      pool,
      panelSize: size,
      quotas,
      method: "legacy",
      seed,
      options: { samples: 40, maxAttempts: 200 },
    };
  });

describe("selectPanel: properties", () => {
  it("every panel drawn meets the quotas, and the probabilities sum to the panel size", () => {
    fc.assert(
      fc.property(instance, (spec) => {
        const result = selectPanel(spec);
        if (result._tag === "Left") {
          // The greedy draw may fail on tight quotas: then it says so, never a wrong panel.
          expect(result.left).toMatchObject({ _tag: "Unsupported", reason: "no_panel_found" });
          return;
        }
        const r = result.right;
        expect(r.panel).toHaveLength(spec.panelSize);
        expect(new Set(r.panel).size).toBe(spec.panelSize);
        for (const q of r.quotas) {
          const chosen = spec.pool.filter(
            (p) => r.panel.includes(p.id) && p.features[q.feature] === q.value,
          ).length;
          expect(chosen).toBe(q.selected);
          expect(q.met).toBe(true);
          expect(chosen).toBeGreaterThanOrEqual(q.min);
          expect(chosen).toBeLessThanOrEqual(q.max);
        }
        const homes = r.panel
          .map((id) => spec.pool.find((p) => p.id === id)?.household)
          .filter((h) => h !== undefined);
        expect(new Set(homes).size).toBe(homes.length);
        const sum = Object.values(r.probabilities).reduce((a, b) => a + b, 0);
        expect(sum).toBeCloseTo(spec.panelSize, 9);
      }),
      { numRuns: runs(100) },
    );
  });
});
