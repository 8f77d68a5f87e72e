/**
 * allocate: published worked examples, every option, and bad input as DecideError values.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import type { Allocation } from "../../../src/committees/index.js";
import { allocate } from "../../../src/committees/index.js";

const ok = (spec: unknown): Allocation => {
  const result = allocate(spec);
  if (E.isLeft(result)) throw new Error(result.left.message);
  return result.right;
};

/** Electowiki / Wikipedia, "Method of Equal Shares", Motivation: 51% back 10 red projects, 49% back 10 blue, money for 10. */
const redBlue = (method: string, options: Record<string, unknown> = {}) => ({
  method,
  budget: 10,
  projects: [
    ...Array.from({ length: 10 }, (_, k) => ({ id: `red${k}`, cost: 1 })),
    ...Array.from({ length: 10 }, (_, k) => ({ id: `blue${k}`, cost: 1 })),
  ],
  ballots: [
    { approve: Array.from({ length: 10 }, (_, k) => `red${k}`), weight: 51 },
    { approve: Array.from({ length: 10 }, (_, k) => `blue${k}`), weight: 49 },
  ],
  options,
});

/** The small .pb example of equalshares.net ("How to compute the results?"). */
const EQUALSHARES_NET = {
  budget: 100000,
  projects: [
    { id: "1", cost: 5000, name: "Project 1" },
    { id: "2", cost: 10000, name: "Project 2" },
    { id: "3", cost: 85000, name: "Project 3" },
  ],
  ballots: [
    { approve: ["1", "2"] },
    { approve: ["1"] },
    { approve: ["3"] },
    { approve: ["1", "2", "3"] },
  ],
};

describe("allocate: worked examples", () => {
  it("greedy funds the majority's 10 red projects; Equal Shares with add-one funds 5 red and 5 blue (electowiki)", () => {
    expect(ok(redBlue("greedy")).winners.every((id) => id.startsWith("red"))).toBe(true);
    const mes = ok(redBlue("equal-shares", { completion: "add-one", step: "1/1000" }));
    expect(mes.winners.filter((id) => id.startsWith("red")).length).toBe(5);
    expect(mes.winners.filter((id) => id.startsWith("blue")).length).toBe(5);
    // without completion, the blue voters' shares (10/100 each) buy only 4 projects at 1/49 each
    const plain = ok(redBlue("equal-shares"));
    expect(plain.winners.filter((id) => id.startsWith("blue")).length).toBe(4);
    expect(plain.leftover).toBe("1");
  });

  it("removes a project that costs more than its supporters' shares (equalshares.net explanation: 10,000 with 500 of 100,000 votes at a share of 10)", () => {
    const spec = (votes: number) => ({
      method: "equal-shares",
      budget: 1_000_000,
      projects: [{ id: "x", cost: 10_000 }],
      ballots: [
        { approve: ["x"], weight: votes },
        { approve: [], weight: 100_000 - votes },
      ],
    });
    expect(ok(spec(500)).winners).toEqual([]);
    const funded = ok(spec(1000));
    expect(funded.winners).toEqual(["x"]);
    expect(funded.voterBudget).toBe("10.000000");
    expect(funded.rounds[0]).toMatchObject({
      pricePerSupporter: "10.000000",
      effectiveVotes: "1000.000000",
    });
  });

  it("counts equalshares.net's example file: MES funds projects 1 and 2, add-one also 3", () => {
    const plain = ok({ ...EQUALSHARES_NET, method: "equal-shares" });
    expect(plain.winners).toEqual(["1", "2"]);
    // each voter has 25,000; project 1's three supporters pay 5000/3 each, project 2's two pay 5000
    expect(plain.rounds.map((r) => [r.project, r.pricePerSupporter])).toEqual([
      ["1", "1666.666666"],
      ["2", "5000.000000"],
    ]);
    const addOne = ok({
      ...EQUALSHARES_NET,
      method: "equal-shares",
      options: { completion: "add-one" },
    });
    expect(addOne.winners).toEqual(["1", "2", "3"]);
    expect(addOne.totalCost).toBe("100000");
    // 2 * (25,000 + t) - 20,000/3 >= 85,000 first holds at t = 20,834
    expect(addOne.completion?.steps).toBe(20834);
  });

  it("the comparison step keeps greedy when strictly more voters prefer it", () => {
    // 3 voters want a (cost 6); 2 want b and c (cost 2 each). Budget 6.
    const spec = {
      method: "equal-shares",
      budget: 6,
      projects: [
        { id: "a", cost: 6 },
        { id: "b", cost: 2 },
        { id: "c", cost: 2 },
      ],
      ballots: [
        { approve: ["a"], weight: 3 },
        { approve: ["b", "c"], weight: 2 },
      ],
      options: { comparison: "greedy" },
    };
    const result = ok(spec);
    // MES: shares of 6/5; a needs 6 from 3 voters (3.6 < 6): unaffordable; b and c are funded
    expect(result.comparison).toEqual({
      against: "greedy",
      preferEqualShares: 2,
      preferGreedy: 3,
      kept: "greedy",
      greedyWinners: ["a"],
    });
    expect(result.winners).toEqual(["a"]);
  });

  it("eligibility: a project's share of voters must reach the given fraction of its share of the budget", () => {
    const spec = (share: string) => ({
      method: "equal-shares",
      budget: 100,
      projects: [
        { id: "big", cost: 90 },
        { id: "small", cost: 10 },
      ],
      ballots: [
        { approve: ["big", "small"], weight: 1 },
        { approve: ["small"], weight: 3 },
      ],
      options: { eligibility: { supportPerCostShare: share }, completion: "greedy" },
    });
    // big: 1/4 of voters, 9/10 of the budget: 1/4 >= 1/3 * 9/10 fails; passes at 1/4
    expect(ok(spec("1/3")).ineligible.map((i) => i.project)).toEqual(["big"]);
    expect(ok(spec("1/3")).winners).toEqual(["small"]);
    expect(ok(spec("1/4")).ineligible).toEqual([]);
  });

  it("greedy without skipping stops at the first project that does not fit; per cost orders by votes per cost", () => {
    const spec = (options: Record<string, unknown>) => ({
      method: "greedy",
      budget: 10,
      projects: [
        { id: "a", cost: 6 },
        { id: "b", cost: 6 },
        { id: "c", cost: 2 },
      ],
      ballots: [
        { approve: ["a", "b"], weight: 5 },
        { approve: ["c"], weight: 2 },
      ],
      options,
    });
    expect(ok(spec({})).winners).toEqual(["a", "c"]);
    expect(ok(spec({ skipUnaffordable: false })).winners).toEqual(["a"]);
    // c: 2 votes for 2 beats a: 5 votes for 6
    expect(ok(spec({ order: "satisfaction-per-cost" })).winners).toEqual(["c", "a"]);
    expect(ok(spec({ satisfaction: "cost" })).winners).toEqual(["a", "c"]);
  });

  it("breaks ties by lower cost, then more votes, then the policy, recording each", () => {
    const result = ok({
      method: "equal-shares",
      budget: 4,
      projects: [
        { id: "z", cost: 1 },
        { id: "y", cost: 1 },
        { id: "x", cost: 2 },
      ],
      ballots: [{ approve: ["x", "y", "z"] }],
      options: { satisfaction: "cardinality" },
      tieBreak: { kind: "order", order: ["z", "y", "x"] },
    });
    expect(result.winners).toEqual(["z", "y", "x"]);
    expect(result.ties[0]).toEqual({
      step: "round 1",
      tied: ["z", "y"],
      resolvedBy: "policy",
      chosen: "z",
    });
    expect(result.tieBreaks[0]?.chosen).toBe("z");
  });

  it("counts exact decimal costs and budgets without floats", () => {
    const result = ok({
      method: "greedy",
      budget: "0.3",
      projects: [
        { id: "a", cost: "0.1" },
        { id: "b", cost: "0.2" },
      ],
      ballots: [{ approve: ["a", "b"] }],
    });
    expect(result.winners).toEqual(["a", "b"]);
    expect(result.totalCost).toBe("0.3");
    expect(result.leftover).toBe("0");
  });

  it("counts cardinal, cumulative and ordinal ballots", () => {
    const projects = [
      { id: "a", cost: 5 },
      { id: "b", cost: 5 },
    ];
    expect(
      ok({
        method: "greedy",
        budget: 5,
        projects,
        ballots: [{ scores: { a: 1, b: 3 } }],
        options: { satisfaction: "scores" },
      }).winners,
    ).toEqual(["b"]);
    expect(
      ok({ method: "equal-shares", budget: 5, projects, ballots: [{ points: { a: 4, b: 1 } }] })
        .winners,
    ).toEqual(["a"]);
    expect(
      ok({
        method: "max-welfare",
        budget: 5,
        projects,
        ballots: [{ ranking: ["b", "a"] }],
        options: { satisfaction: "scores" },
      }).winners,
    ).toEqual(["b"]);
  });

  it("seq-phragmen on a committee (unit costs) and as a completion of Equal Shares", () => {
    const committee = ok({
      method: "seq-phragmen",
      budget: 2,
      projects: [
        { id: "a", cost: 1 },
        { id: "b", cost: 1 },
        { id: "c", cost: 1 },
      ],
      ballots: [
        { approve: ["a", "b"], weight: 3 },
        { approve: ["c"], weight: 2 },
      ],
    });
    // a at load 1/3; then b at 2/3 (3 voters: (1 + 1) / 3) against c at 1/2: c
    expect(committee.winners).toEqual(["a", "c"]);
    const completed = ok({ ...redBlue("equal-shares", { completion: "seq-phragmen" }) });
    expect(completed.winners.length).toBe(10);
  });
});

describe("allocate: bad input", () => {
  it("names an unknown method", () => {
    expect(allocate({ ...redBlue("knapsack") })).toEqual(
      E.left({
        _tag: "UnknownMethod",
        method: "knapsack",
        known: ["greedy", "max-welfare", "equal-shares", "seq-phragmen"],
        message:
          'Unknown method "knapsack". Known methods: greedy, max-welfare, equal-shares, seq-phragmen.',
      }),
    );
  });

  it("lists every problem with its path", () => {
    const result = allocate({
      method: "greedy",
      budget: "-1",
      projects: [
        { id: "a", cost: "x" },
        { id: "a", cost: 1 },
        { id: "b", cost: 2 },
      ],
      ballots: [
        { approve: ["zz"] },
        { scores: { b: 1 } },
        { approve: ["b", "b"] },
        7,
        { approve: ["b"], weight: "-2" },
      ],
    });
    expect(
      E.isLeft(result) && result.left._tag === "InvalidInput"
        ? result.left.issues.map((i) => [i.path, i.code])
        : [],
    ).toEqual([
      ["budget", "invalid_amount"],
      ["projects[0].cost", "invalid_amount"],
      ["projects[1].id", "duplicate_project"],
      ["ballots[0].approve[0]", "unknown_project"],
      ["ballots[1]", "mixed_ballots"],
      ["ballots[2].approve[1]", "duplicate_project"],
      ["ballots[3]", "invalid_ballot"],
      ["ballots[4].weight", "invalid_weight"],
    ]);
  });

  it("refuses options a method does not use, and the none tie policy", () => {
    const result = allocate({
      ...redBlue("greedy", { completion: "add-one" }),
      tieBreak: { kind: "none" },
    });
    expect(
      E.isLeft(result) && result.left._tag === "InvalidInput"
        ? result.left.issues.map((i) => i.path)
        : [],
    ).toEqual(["options"]);
    const none = allocate({ ...redBlue("greedy"), tieBreak: { kind: "none" } });
    expect(
      E.isLeft(none) && none.left._tag === "InvalidInput"
        ? none.left.issues.map((i) => [i.path, i.code])
        : [],
    ).toEqual([["tieBreak.kind", "unsupported_policy"]]);
  });

  it("refuses past its work limits, naming the option", () => {
    const steps = allocate({
      ...EQUALSHARES_NET,
      method: "equal-shares",
      options: { completion: "add-one", maxSteps: 100 },
    });
    expect(steps).toMatchObject(
      E.left({
        _tag: "Unsupported",
        reason: "work_limit",
        limit: { name: "equalShares.completionSteps", option: "options.maxSteps", limit: 100 },
      }),
    );
    const welfare = allocate({
      ...EQUALSHARES_NET,
      method: "max-welfare",
      options: { maxWork: 10 },
    });
    expect(welfare).toMatchObject(
      E.left({
        _tag: "Unsupported",
        reason: "work_limit",
        limit: { name: "maxWelfare.cells", option: "options.maxWork" },
      }),
    );
    const ballots = allocate({ ...EQUALSHARES_NET, method: "greedy", options: { maxBallots: 2 } });
    expect(ballots).toMatchObject(
      E.left({
        _tag: "Unsupported",
        reason: "work_limit",
        limit: { name: "allocate.ballots", option: "options.maxBallots" },
      }),
    );
  });

  it("takes any string as a project id, __proto__ included", () => {
    const result = ok({
      method: "equal-shares",
      budget: 2,
      projects: [
        { id: "__proto__", cost: 1 },
        { id: "constructor", cost: 1 },
      ],
      ballots: [JSON.parse('{"scores": {"__proto__": 2, "constructor": 1}}')],
    });
    expect(result.winners).toEqual(["__proto__", "constructor"]);
  });

  it("never throws on junk", () => {
    for (const junk of [
      undefined,
      null,
      3,
      "x",
      [],
      {},
      { method: "greedy" },
      { method: "greedy", budget: 1, projects: [], ballots: [] },
    ]) {
      expect(() => allocate(junk)).not.toThrow();
    }
    expect(
      E.isRight(allocate({ method: "equal-shares", budget: 1, projects: [], ballots: [] })),
    ).toBe(true);
  });
});
