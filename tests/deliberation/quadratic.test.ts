import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quadraticFunding, quadraticVote } from "../../src/deliberation/index.js";
import { runs } from "../helpers/runs.js";
import { left, right } from "./helpers.js";

describe("quadraticVote (Lalley and Weyl 2018)", () => {
  it("charges votes² and totals net votes per choice", () => {
    const r = right(
      quadraticVote({
        credits: 100,
        choices: ["a", "b", "c"],
        ballots: [
          { voter: "v1", votes: { a: 10 } },
          { voter: "v2", votes: { a: -3, b: 6, c: 7 } },
          { voter: "v3", votes: { b: 5, c: 5 } },
        ],
      }),
    );
    expect(r.spent).toEqual([
      { voter: "v1", spent: "100" },
      { voter: "v2", spent: "94" },
      { voter: "v3", spent: "50" },
    ]);
    expect(r.totals).toEqual({ a: "7", b: "11", c: "12" });
    expect(r.ranking).toEqual([["c"], ["b"], ["a"]]);
  });

  it("keeps ties as tiers and names every co-winner", () => {
    const r = right(
      quadraticVote({
        credits: 4,
        choices: ["x", "y"],
        ballots: [
          { voter: "a", votes: { x: 2 } },
          { voter: "b", votes: { y: 2 } },
        ],
      }),
    );
    expect(r.winners).toEqual(["x", "y"]);
    expect(r.ranking).toEqual([["x", "y"]]);
  });

  it("refuses a ballot over budget, naming its cost", () => {
    const error = left(
      quadraticVote({
        credits: 16,
        choices: ["a", "b"],
        ballots: [{ voter: "v", votes: { a: 3, b: 3 } }],
      }),
    );
    expect(error).toMatchObject({
      _tag: "InvalidInput",
      issues: [{ path: "ballots[0].votes", code: "over_budget" }],
    });
    expect(error.message).toContain("cost 18 credits");
  });

  it("refuses negative votes when they are turned off, unknown choices and repeat voters", () => {
    const error = left(
      quadraticVote({
        credits: 16,
        choices: ["a"],
        ballots: [
          { voter: "v", votes: { a: -1 } },
          { voter: "v", votes: { z: 1 } },
        ],
        options: { negative: false },
      }),
    );
    const codes = error._tag === "InvalidInput" ? error.issues.map((i) => i.code) : [];
    expect(codes).toEqual(["invalid_type", "duplicate_voter", "unknown_choice"]);
  });

  it("never lets a voter spend more than their credits (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.array(fc.integer({ min: -8, max: 8 }), { maxLength: 4 }),
        (credits, votes) => {
          const spec = {
            credits,
            choices: ["a", "b", "c", "d"],
            ballots: [
              {
                voter: "v",
                votes: Object.fromEntries(votes.map((v, i) => ["abcd"[i] as string, v])),
              },
            ],
          };
          const cost = votes.reduce((a, v) => a + v * v, 0);
          const result = quadraticVote(spec);
          expect(result._tag).toBe(cost <= credits ? "Right" : "Left");
        },
      ),
      { numRuns: runs(100) },
    );
  });
});

const gifts = (project: string, amounts: readonly (number | string)[], prefix = project) =>
  amounts.map((amount, i) => ({ contributor: `${prefix}${i}`, project, amount }));

describe("quadraticFunding (Buterin, Hitzig and Weyl 2019)", () => {
  it("funds 100 gifts of $1 at (Σ√c)² = $10,000 and one gift of $100 at $100 (Buterin, 'Quadratic Payments: A Primer', 2019)", () => {
    const r = right(
      quadraticFunding({
        pool: 1_000_000,
        contributions: [...gifts("many", Array(100).fill(1)), ...gifts("one", [100])],
      }),
    );
    expect(r.projects.map((p) => [p.id, p.ideal, p.subsidy, p.match])).toEqual([
      ["many", "10000.00", "9900.00", "9900.00"],
      ["one", "100.00", "0.00", "0.00"],
    ]);
    expect(r.alpha).toBe("1.000000000000");
  });

  it("scales every subsidy by α when they exceed the pool, and pays the pool out exactly", () => {
    const r = right(
      quadraticFunding({
        pool: 30,
        contributions: [...gifts("p", [1, 1, 1, 1]), ...gifts("q", [4, 4, 4, 4])],
      }),
    );
    // Subsidies 12 and 48: α = 30 / 60.
    expect(r.projects.map((p) => [p.subsidy, p.match])).toEqual([
      ["12.00", "6.00"],
      ["48.00", "24.00"],
    ]);
    expect(r.alpha).toBe("0.500000000000");
    expect(r.unspent).toBe("0.00");
  });

  it("spends the whole pool with spendAll", () => {
    const r = right(
      quadraticFunding({
        pool: 24,
        contributions: gifts("p", [1, 1, 1, 1]),
        options: { spendAll: true },
      }),
    );
    expect(r.projects[0]?.match).toBe("24.00");
  });

  it("is exact to 30 decimals below the irrational subsidy 2√2 of gifts 1 and 2, never above it", () => {
    const r = right(
      quadraticFunding({ pool: 100, contributions: gifts("p", [1, 2]), options: { decimals: 30 } }),
    );
    // 2√2 = 2.828427124746190097603377448419396...; the root of 2 is truncated to 30 places.
    expect(r.projects[0]?.subsidy).toBe("2.828427124746190097603377448418");
    expect(r.precision).toEqual({ sqrtDecimals: 30, decimals: 30 });
  });

  it("caps a project's match and shares the excess with the others", () => {
    const r = right(
      quadraticFunding({
        pool: 10,
        contributions: [
          ...gifts("big", [9, 9]),
          ...gifts("small", [1, 1]),
          ...gifts("mid", [4, 4]),
        ],
        options: { variant: "capped", cap: "1/2" },
      }),
    );
    // Subsidies 18, 2, 8 (28 > 10): α = 10/28 would give big 6.43 > 5; big is capped at 5, the
    // others share 5 in proportion 2 : 8.
    expect(r.projects.map((p) => [p.id, p.match, p.capped])).toEqual([
      ["big", "5.00", true],
      ["small", "1.00", false],
      ["mid", "4.00", false],
    ]);
  });

  it("bounds the subsidy of a pair that coordinates across projects (pairwise)", () => {
    const contributions = [
      { contributor: "a", project: "p", amount: 1 },
      { contributor: "b", project: "p", amount: 1 },
      { contributor: "a", project: "q", amount: 1 },
      { contributor: "b", project: "q", amount: 1 },
      { contributor: "c", project: "r", amount: 1 },
      { contributor: "d", project: "r", amount: 1 },
    ];
    const r = right(
      quadraticFunding({ pool: 100, contributions, options: { variant: "pairwise", decimals: 6 } }),
    );
    // k(a,b) = 2 (they give together twice): 2·1·1/(1+2) = 0.666666; k(c,d) = 1: 2·1/(1+1) = 1.
    expect(r.projects.map((p) => p.subsidy)).toEqual(["0.666666", "0.666666", "1.000000"]);
  });

  it("adds a contributor's repeated gifts to one project before taking the root", () => {
    const r = right(
      quadraticFunding({
        pool: 100,
        contributions: [...gifts("p", [1, 1], "x"), ...gifts("p", [2], "y")],
      }),
    );
    // x0 and x1 differ; y0 gives 2: roots 1, 1, √2.
    const again = right(
      quadraticFunding({
        pool: 100,
        contributions: [
          { contributor: "x", project: "p", amount: 1 },
          { contributor: "x", project: "p", amount: 1 },
        ],
      }),
    );
    expect(again.projects[0]).toMatchObject({ contributors: 1, subsidy: "0.00" });
    expect(r.projects[0]?.contributors).toBe(3);
  });

  it("reports bad input with paths and refuses past the pairs limit", () => {
    const error = left(
      quadraticFunding({
        pool: -1,
        contributions: [{ contributor: "a", project: "p", amount: "x" }, 3],
        options: { variant: "capped" },
      }),
    );
    const paths = error._tag === "InvalidInput" ? error.issues.map((i) => i.path) : [];
    expect(paths).toEqual(["options.cap", "pool", "contributions[0].amount", "contributions[1]"]);
    const many = gifts("p", Array(100).fill(1));
    expect(
      left(
        quadraticFunding({
          pool: 1,
          contributions: many,
          options: { variant: "pairwise", maxPairs: 100 },
        }),
      ),
    ).toMatchObject({
      _tag: "Unsupported",
      limit: { name: "quadratic-funding.pairs", size: 4950 },
    });
  });

  it("never pays out more than the pool, and never a negative match (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            who: fc.integer({ min: 0, max: 5 }),
            to: fc.integer({ min: 0, max: 3 }),
            amount: fc.integer({ min: 0, max: 1000 }),
          }),
          { maxLength: 20 },
        ),
        fc.integer({ min: 0, max: 5000 }),
        fc.constantFrom("standard", "capped", "pairwise"),
        fc.boolean(),
        (list, pool, variant, spendAll) => {
          const contributions = list.map((c) => ({
            contributor: `c${c.who}`,
            project: `p${c.to}`,
            amount: c.amount,
          }));
          const r = right(
            quadraticFunding({
              pool,
              contributions,
              options: { variant, cap: "1/3", spendAll, decimals: 6 },
            }),
          );
          const paid = r.projects.reduce((a, p) => a + Number(p.match), 0);
          expect(paid).toBeLessThanOrEqual(pool + 1e-9);
          for (const p of r.projects) expect(Number(p.match)).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: runs(100) },
    );
  });
});
