import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { decide, irv, irvMethod } from "../../src/voting/index.js";
import { ranked, tennessee } from "./helpers/profiles.js";

describe("irv", () => {
  it("elects Knoxville in the Tennessee example, round by round (Wikipedia, Instant-runoff voting)", () => {
    const outcome = irv(tennessee());
    expect(outcome.winners).toEqual(["Knoxville"]);
    expect(outcome.rounds?.map((r) => r.tallies)).toEqual([
      { Memphis: 42, Nashville: 26, Chattanooga: 15, Knoxville: 17 },
      { Memphis: 42, Nashville: 26, Knoxville: 32 },
      { Memphis: 42, Knoxville: 58 },
    ]);
    expect(outcome.rounds?.map((r) => r.eliminated ?? r.elected)).toEqual([
      ["Chattanooga"],
      ["Nashville"],
      ["Knoxville"],
    ]);
    expect(outcome.ranking).toEqual([["Knoxville"], ["Memphis"], ["Nashville"], ["Chattanooga"]]);
  });

  it("fails monotonicity: raising A on ten ballots makes A lose (after Wikipedia, Monotonicity criterion, 39/35/26)", () => {
    const before = ranked(
      ["A", "B", "C"],
      [
        { ranking: ["A", "B", "C"], count: 39 },
        { ranking: ["B", "C", "A"], count: 35 },
        { ranking: ["C", "A", "B"], count: 26 },
      ],
    );
    expect(irv(before).winners).toEqual(["A"]);
    // Ten B>C>A voters move A to the top: A is only raised, yet C now wins.
    const after = ranked(
      ["A", "B", "C"],
      [
        { ranking: ["A", "B", "C"], count: 49 },
        { ranking: ["B", "C", "A"], count: 25 },
        { ranking: ["C", "A", "B"], count: 26 },
      ],
    );
    expect(irv(after).winners).toEqual(["C"]);
  });

  it("exhausts ballots whose candidates are all out, and stops at a majority of those in play", () => {
    const outcome = irv(
      ranked(
        ["a", "b", "c"],
        [
          { ranking: ["a"], count: 4 },
          { ranking: ["b"], count: 3 },
          { ranking: ["c", "b"], count: 2 },
        ],
      ),
    );
    expect(outcome.winners).toEqual(["b"]);
    expect(outcome.rounds?.[1]?.tallies).toEqual({ a: 4, b: 5 });
  });

  it("splits a ballot's tied first preferences exactly", () => {
    const outcome = irv(ranked(["a", "b", "c"], ["a=b", "c", "c"]));
    expect(outcome.rounds?.[0]?.tallies).toEqual({ a: "1/2", b: "1/2", c: 2 });
  });

  it("breaks a tie for elimination by looking back (backwards policy) and records it", () => {
    // Round 1: d is out; round 2: a and b tie at 3 but a led in round 1, so b goes.
    const profile = ranked(
      ["a", "b", "c", "d"],
      [
        { ranking: ["a"], count: 3 },
        { ranking: ["b"], count: 2 },
        { ranking: ["d", "b"], count: 1 },
        { ranking: ["c"], count: 4 },
      ],
    );
    const outcome = irv(profile, {}, { kind: "backwards" });
    expect(outcome.rounds?.[1]?.eliminated).toEqual(["b"]);
    expect(outcome.tieBreaks[0]).toMatchObject({
      tied: ["a", "b"],
      chosen: "b",
      resolvedBy: "backwards",
      decidedAtRound: 1,
    });
  });

  it("follows each elimination of a tie for last separately under tie-break none", () => {
    // a has 2 of 4 (not a majority); b and c tie for last with 1 each. Eliminating b sends its
    // ballot to c (a 2, c 2: tied, either can win); eliminating c sends its ballot to a (a wins).
    const outcome = irv(
      ranked(["a", "b", "c"], [{ ranking: ["a"], count: 2 }, "b>c", "c>a"]),
      {},
      { kind: "none" },
    );
    expect(outcome.winners).toEqual(["a", "c"]);
    expect(outcome.rounds).toHaveLength(1);
    expect(outcome.rounds?.[0]?.eliminated).toBeUndefined();
    expect(outcome.explanation.find((s) => s.kind === "branches")?.data).toEqual({
      branches: [
        { eliminated: "b", winners: ["a", "c"] },
        { eliminated: "c", winners: ["a"] },
      ],
    });
    expect(outcome.tieBreaks.map((t) => [t.step, t.tied, t.chosen])).toEqual([
      ["round 1", ["b", "c"], null],
      ["round 2, with a and c continuing", ["a", "c"], null],
    ]);
    // Every fixed order elects one of them.
    for (const order of [
      ["a", "b", "c"],
      ["c", "b", "a"],
      ["b", "c", "a"],
    ])
      expect(["a", "c"]).toContain(
        irv(
          ranked(["a", "b", "c"], [{ ranking: ["a"], count: 2 }, "b>c", "c>a"]),
          {},
          { kind: "order", order },
        ).winners[0],
      );
  });

  it("keeps a single winner under tie-break none when every path agrees", () => {
    const outcome = irv(
      ranked(["a", "b", "c"], [{ ranking: ["a"], count: 2 }, "b", "c"]),
      {},
      { kind: "none" },
    );
    expect(outcome.winners).toEqual(["a"]);
  });

  it("refuses, under tie-break none, a first tie among more than options.maxTiePathCandidates (work limit)", () => {
    const result = irvMethod.run(ranked(["a", "b", "c", "d"], ["a", "b", "c", "d"]), {
      options: { maxTiePathCandidates: 3 },
      tieBreak: { kind: "none" },
    });
    expect(result).toMatchObject({
      _tag: "Left",
      left: {
        _tag: "Unsupported",
        reason: "work_limit",
        limit: {
          name: "elimination.tie-path-candidates",
          limit: 3,
          size: 4,
          option: "options.maxTiePathCandidates",
        },
      },
    });
    // d goes alone first; the tie between b and c comes with three continuing, within the limit.
    const ballots = ["a", "a", "b", "b", "c", "c", "d>a"];
    const later = irvMethod.run(ranked(["a", "b", "c", "d"], ballots), {
      options: { maxTiePathCandidates: 3 },
      tieBreak: { kind: "none" },
    });
    expect(later._tag === "Right" && later.right.winners).toEqual(["a"]);
  });

  it("reports co-winners when the last two tie", () => {
    expect(irv(ranked(["a", "b"], ["a", "b"]), {}, { kind: "none" }).winners).toEqual(["a", "b"]);
  });

  it("elects the same candidate under both unranked rules", () => {
    const p = ranked(["a", "b", "c", "d"], ["a", "b>a", "c", "d>c", "d>b", "a>c"]);
    expect(irv(p, { unranked: "not-compared" }).winners).toEqual(irv(p).winners);
  });

  it("takes options.maxTiePathCandidates through decide, and refuses a value past the ceiling with InvalidInput", () => {
    const spec = {
      method: "irv",
      candidates: ["a", "b", "c", "d"],
      ballots: ["a", "b", "c", "d"],
      tieBreak: { kind: "none" },
    };
    expect(decide({ ...spec, options: { maxTiePathCandidates: 3 } })).toMatchObject({
      _tag: "Left",
      left: { _tag: "Unsupported", reason: "work_limit" },
    });
    const full = decide(spec);
    expect(full._tag === "Right" && full.right.winners).toEqual(["a", "b", "c", "d"]);
    expect(decide({ ...spec, options: { maxTiePathCandidates: 21 } })).toMatchObject({
      _tag: "Left",
      left: { _tag: "InvalidInput", issues: [{ path: "options.maxTiePathCandidates" }] },
    });
    expect(decide({ ...spec, options: { maxTieStates: 10 } })).toMatchObject({
      _tag: "Left",
      left: { _tag: "InvalidInput" },
    });
  });
  describe("tiedFirst", () => {
    // 2 c>a>b, 5 a=c>b, 3 b>a>c: the five voters who tie a and c decide how the rules differ.
    const tiedTop = () =>
      ranked(
        ["a", "b", "c"],
        [
          { ranking: ["c", "a", "b"], count: 2 },
          { ranking: [["a", "c"], "b"], count: 5 },
          { ranking: ["b", "a", "c"], count: 3 },
        ],
      );

    it("split (the default) gives each tied candidate an equal share: a 5/2 goes first and c wins", () => {
      const outcome = irv(tiedTop());
      expect(outcome.variant).toBeUndefined();
      expect(outcome.rounds?.map((r) => r.tallies)).toEqual([
        { a: "5/2", b: 3, c: "9/2" },
        { b: 3, c: 7 },
      ]);
      expect(outcome.winners).toEqual(["c"]);
      expect(irv(tiedTop(), { tiedFirst: "split" })).toEqual(outcome);
    });

    it("approval gives each tied candidate a whole vote (Delemazure and Peters 2024): b goes first and a wins", () => {
      const outcome = irv(tiedTop(), { tiedFirst: "approval" });
      expect(outcome.variant).toBe("approval");
      expect(outcome.rounds?.map((r) => r.tallies)).toEqual([
        { a: 5, b: 3, c: 7 },
        { a: 8, c: 7 },
        { a: 10 },
      ]);
      expect(outcome.rounds?.map((r) => r.eliminated ?? r.elected)).toEqual([["b"], ["c"], ["a"]]);
      expect(outcome.winners).toEqual(["a"]);
    });

    it("approval has no majority stop: a majority holder can still be overtaken (as the paper's rule eliminates to the end)", () => {
      // 5 x=y, 1 x>y, 2 z>y>x: x holds 6 of 8 ballots in round 1, yet once z goes y has 7 and x 6.
      const p = ranked(
        ["x", "y", "z"],
        [
          { ranking: [["x", "y"]], count: 5 },
          { ranking: ["x", "y"], count: 1 },
          { ranking: ["z", "y", "x"], count: 2 },
        ],
      );
      const outcome = irv(p, { tiedFirst: "approval" });
      expect(outcome.rounds?.map((r) => r.tallies)).toEqual([
        { x: 6, y: 5, z: 2 },
        { x: 6, y: 7 },
        { y: 8 },
      ]);
      expect(outcome.winners).toEqual(["y"]);
    });

    it("refuses an unknown tiedFirst through decide", () => {
      const result = decide({
        method: "irv",
        candidates: ["a", "b"],
        ballots: ["a>b"],
        options: { tiedFirst: "half" },
      });
      expect(E.isLeft(result) && result.left._tag).toBe("InvalidInput");
      expect(E.isLeft(result) && result.left.message).toContain("options.tiedFirst");
    });
  });
});
