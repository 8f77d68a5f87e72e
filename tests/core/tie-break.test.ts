import { describe, expect, it } from "vitest";
import { createPrng, createTieBreaker, rational } from "../../src/core/index.js";
import { scriptedPolicy } from "../../src/core/tie-break.js";

const NAMES = ["ann", "bob", "cy", "dee"];

describe("createTieBreaker: none", () => {
  it("breaks nothing and records the tie", () => {
    const tb = createTieBreaker({ kind: "none" }, NAMES);
    expect(tb.choose([2, 0], "select", "final ranking")).toBeUndefined();
    expect(tb.records()).toEqual([
      {
        step: "final ranking",
        tied: ["ann", "cy"],
        purpose: "select",
        policy: "none",
        resolvedBy: "none",
        chosen: null,
        text: 'Final ranking: ann and cy were tied; the tie was not broken (tie-break policy "none").',
      },
    ]);
  });
});

describe("createTieBreaker: lexicographic", () => {
  it("selects the name that sorts first and eliminates the one that sorts last (code units)", () => {
    const tb = createTieBreaker({ kind: "lexicographic" }, ["b", "B", "a", "é"]);
    expect(tb.choose([0, 1, 2, 3], "select", "round 1")).toBe(1); // "B" < "a" < "b" < "é"
    expect(tb.choose([0, 1, 2, 3], "eliminate", "round 2")).toBe(3);
    expect(tb.records()[1]?.text).toBe(
      "Round 2: b, B, a and é were tied; é was eliminated (lexicographic order).",
    );
  });

  it("lists the tied candidates in candidate order, once each", () => {
    const tb = createTieBreaker({ kind: "lexicographic" }, NAMES);
    tb.choose([3, 1, 3], "select", "");
    expect(tb.records()[0]?.tied).toEqual(["bob", "dee"]);
    expect(tb.records()[0]?.text).toBe(
      "bob and dee were tied; bob was chosen (lexicographic order).",
    );
  });
});

describe("createTieBreaker: order", () => {
  it("favours the earlier candidate in the given order; names missing from it come after, lexicographically", () => {
    const policy = { kind: "order", order: ["cy", "ann"] } as const;
    const tb = createTieBreaker(policy, NAMES);
    expect(tb.choose([0, 1, 2, 3], "select", "round 1")).toBe(2); // cy
    expect(tb.choose([0, 1, 2, 3], "eliminate", "round 2")).toBe(3); // dee: missing, sorts after bob
    expect(tb.choose([1, 3], "select", "round 3")).toBe(1); // both missing: bob before dee
    expect(tb.records().map((r) => [r.chosen, r.resolvedBy])).toEqual([
      ["cy", "order"],
      ["dee", "order"],
      ["bob", "order"],
    ]);
    expect(tb.records()[0]?.text).toBe(
      "Round 1: ann, bob, cy and dee were tied; cy was chosen (the given order).",
    );
  });
});

describe("createTieBreaker: random", () => {
  it("draws with the seeded generator, records the seed, and replays from it", () => {
    const draw = (seed: string): (number | undefined)[] => {
      const tb = createTieBreaker({ kind: "random", seed }, NAMES);
      return [tb.choose([0, 1, 2, 3], "select", "a"), tb.choose([0, 1, 2, 3], "select", "b")];
    };
    expect(draw("s1")).toEqual(draw("s1"));
    // The draw is the documented one: sorted tied indices, nextInt(k) from one stream per run.
    const prng = createPrng("s1");
    expect(draw("s1")).toEqual([prng.nextInt(4), prng.nextInt(4)]);
    const tb = createTieBreaker({ kind: "random", seed: "s1" }, NAMES);
    const chosen = tb.choose([2, 0], "eliminate", "round 4") as number;
    const record = tb.records()[0];
    expect(record).toMatchObject({ policy: "random", resolvedBy: "random", seed: "s1" });
    expect(record?.text).toBe(
      `Round 4: ann and cy were tied; ${NAMES[chosen]} was eliminated (a seeded random draw, seed "s1").`,
    );
  });

  it("chooses each tied candidate about equally often over many seeds", () => {
    const hits = [0, 0, 0];
    for (let s = 0; s < 3000; s++) {
      const tb = createTieBreaker({ kind: "random", seed: `seed-${s}` }, NAMES);
      hits[tb.choose([0, 1, 2], "select", "") as number]! += 1;
    }
    for (const h of hits) expect(Math.abs(h - 1000)).toBeLessThan(150);
  });
});

describe("createTieBreaker: look-back rules", () => {
  // Scores of ann, bob, cy, dee at rounds 1, 2, 3 (oldest first).
  const history = [
    [5, 5, 7, 1],
    [6, 4, 6, 1],
    [8, 8, 8, 1],
  ];

  it("backwards looks at the most recent earlier round where the tied candidates differ", () => {
    const tb = createTieBreaker({ kind: "backwards" }, NAMES);
    // Round 3: all 8, no help; round 2: ann 6, bob 4, cy 6 -> bob is lowest.
    expect(tb.choose([0, 1, 2], "eliminate", "round 4", history)).toBe(1);
    // Selecting: round 2 keeps ann and cy (6), round 1 separates them: cy 7.
    expect(tb.choose([0, 1, 2], "select", "round 4", history)).toBe(2);
    expect(tb.records()[1]).toMatchObject({
      chosen: "cy",
      resolvedBy: "backwards",
      decidedAtRound: 1,
    });
    expect(tb.records()[0]?.text).toBe(
      "Round 4: ann, bob and cy were tied; bob was eliminated (looking back to the most recent round where they differed; round 2 separated them).",
    );
  });

  it("forwards looks at the first round where the tied candidates differ", () => {
    const tb = createTieBreaker({ kind: "forwards" }, NAMES);
    // Round 1: ann 5, bob 5, cy 7 -> select cy; eliminate keeps ann and bob, round 2: bob 4.
    expect(tb.choose([0, 1, 2], "select", "round 4", history)).toBe(2);
    expect(tb.choose([0, 1, 2], "eliminate", "round 4", history)).toBe(1);
    expect(tb.records().map((r) => r.decidedAtRound)).toEqual([1, 2]);
  });

  it("falls back (lexicographic by default) when no earlier round separates them", () => {
    const tb = createTieBreaker({ kind: "backwards" }, NAMES);
    expect(tb.choose([0, 1], "eliminate", "round 2", [[3, 3, 0, 0]])).toBe(1);
    expect(tb.records()[0]).toMatchObject({
      policy: "backwards",
      resolvedBy: "lexicographic",
      chosen: "bob",
    });
    expect(tb.records()[0]?.decidedAtRound).toBeUndefined();
    const withOrder = createTieBreaker(
      { kind: "forwards", fallback: { kind: "order", order: ["bob"] } },
      NAMES,
    );
    expect(withOrder.choose([0, 1], "select", "round 2", [])).toBe(1);
    expect(withOrder.records()[0]?.resolvedBy).toBe("order");
  });

  it("narrows the tie at a round, then hands the rest to the fallback, noting the round", () => {
    const tb = createTieBreaker({ kind: "backwards", fallback: { kind: "none" } }, NAMES);
    // Round 1: ann 2, bob 2, cy 1: selecting keeps ann and bob, and "none" leaves them tied.
    expect(tb.choose([0, 1, 2], "select", "count", [[2, 2, 1, 0]])).toBeUndefined();
    expect(tb.records()[0]).toMatchObject({ resolvedBy: "none", chosen: null, decidedAtRound: 1 });
  });

  it("compares exact rational scores", () => {
    const tb = createTieBreaker({ kind: "backwards" }, NAMES);
    const r = [[rational(1n, 3n), rational(333n, 1000n), 0, 0]];
    expect(tb.choose([0, 1], "eliminate", "round 2", r)).toBe(1); // 0.333 < 1/3
    expect(tb.choose([0, 1], "select", "round 2", [[rational(1n, 2n), 0.5, 0, 0]])).toBe(0); // equal: lexicographic
  });
});

describe("createTieBreaker: records", () => {
  it("returns a copy of the records, in order", () => {
    const tb = createTieBreaker({ kind: "lexicographic" }, NAMES);
    tb.choose([0, 1], "select", "a");
    const first = tb.records();
    tb.choose([2, 3], "select", "b");
    expect(first).toHaveLength(1);
    expect(tb.records().map((r) => r.step)).toEqual(["a", "b"]);
  });
});

describe("scriptedPolicy (internal: the oracle of the none contract)", () => {
  it("asks the script at every tie, in order, and records each choice", () => {
    const asked: [readonly string[], string, string][] = [];
    const answers = ["cy", "bob"];
    const tb = createTieBreaker(
      scriptedPolicy((tied, purpose, step) => {
        asked.push([tied, purpose, step]);
        return answers[asked.length - 1] as string;
      }),
      NAMES,
    );
    expect(tb.choose([2, 0], "select", "round 1")).toBe(2);
    expect(tb.choose([1, 3], "eliminate", "round 2")).toBe(1);
    expect(asked).toEqual([
      [["ann", "cy"], "select", "round 1"],
      [["bob", "dee"], "eliminate", "round 2"],
    ]);
    expect(tb.records().map((r) => r.chosen)).toEqual(["cy", "bob"]);
  });

  it("is an order policy to the methods, and JSON cannot carry its script", () => {
    const policy = scriptedPolicy(() => "ann");
    expect(policy.kind).toBe("order");
    expect(JSON.parse(JSON.stringify(policy))).toEqual({ kind: "order", order: [] });
  });
});
