import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import type { RankedProfile } from "../../src/ballots/profile.js";
import type { TieBreakPolicy } from "../../src/core/tie-break.js";
import { type ContingentOptions, contingent, decide } from "../../src/voting/index.js";
import { ranked, right, tennessee } from "./helpers/profiles.js";

const winners = (
  p: RankedProfile,
  options: ContingentOptions = {},
  tieBreak: TieBreakPolicy = { kind: "lexicographic" },
): string[] => [...right(contingent(p, options, tieBreak)).winners];

describe("contingent", () => {
  it("sends Memphis and Nashville to the second count in the Tennessee example; Nashville wins 58 to 42 (Wikipedia)", () => {
    const outcome = right(contingent(tennessee()));
    expect(outcome.winners).toEqual(["Nashville"]);
    expect(outcome.rounds?.map((r) => r.tallies)).toEqual([
      { Memphis: 42, Nashville: 26, Knoxville: 17, Chattanooga: 15 },
      { Memphis: 42, Nashville: 58 },
    ]);
    expect(outcome.rounds?.[0]?.eliminated).toEqual(["Chattanooga", "Knoxville"]);
  });

  it("elects a majority winner of first preferences at once", () => {
    const p = ranked(["a", "b", "c"], [{ ranking: ["a", "b"], count: 3 }, "b>c", "c>b"]);
    const outcome = right(contingent(p));
    expect(outcome.winners).toEqual(["a"]);
    expect(outcome.rounds).toHaveLength(1);
  });

  it("as the supplementary vote (two preferences), a third preference does not count", () => {
    // 4 a>b, 3 b>a, 2 c>d>b, 2 d>c>b: a and b go through; only with three preferences do the
    // c and d voters reach b.
    const p = ranked(
      ["a", "b", "c", "d"],
      [
        { ranking: ["a", "b"], count: 4 },
        { ranking: ["b", "a"], count: 3 },
        { ranking: ["c", "d", "b"], count: 2 },
        { ranking: ["d", "c", "b"], count: 2 },
      ],
    );
    const sv = right(contingent(p, { preferences: 2 }));
    expect(sv.variant).toBe("2 preferences");
    expect(sv.rounds?.[1]?.tallies).toEqual({ a: 4, b: 3 });
    expect(sv.winners).toEqual(["a"]);
    const full = right(contingent(p));
    expect(full.rounds?.[1]?.tallies).toEqual({ a: 4, b: 7 });
    expect(full.winners).toEqual(["b"]);
  });

  describe("tie-break none: the second count is always between two", () => {
    it("a>b>c, b>a>c, c>a>b: c, the Condorcet loser, loses every possible second count", () => {
      const p = ranked(["a", "b", "c"], ["a>b>c", "b>a>c", "c>a>b"]);
      expect(winners(p, {}, { kind: "none" })).toEqual(["a", "b"]);
    });

    it("2 a>b>c, b>a>c, c>b>a: b wins when the tie at the cut lets b through", () => {
      const p = ranked(["a", "b", "c"], [{ ranking: ["a", "b", "c"], count: 2 }, "b>a>c", "c>b>a"]);
      expect(winners(p, {}, { kind: "none" })).toEqual(["a", "b"]);
      // and every deciding policy elects one of them
      for (const order of [
        ["b", "c", "a"],
        ["c", "a", "b"],
        ["a", "b", "c"],
      ])
        expect(["a", "b"]).toContain(winners(p, {}, { kind: "order", order })[0]);
    });

    it("records the tie at the cut as not broken", () => {
      const p = ranked(["a", "b", "c"], ["a>b>c", "b>a>c", "c>a>b"]);
      const outcome = right(contingent(p, {}, { kind: "none" }));
      expect(outcome.tieBreaks).toEqual([
        expect.objectContaining({ tied: ["a", "b", "c"], chosen: null, policy: "none" }),
      ]);
    });
  });

  it("returns InvalidInput for a preference limit that is not a positive whole number", () => {
    for (const preferences of [0, 1.5, "2"]) {
      const result = decide({
        method: "contingent",
        candidates: ["a", "b"],
        ballots: ["a>b"],
        options: { preferences },
      });
      expect(E.isLeft(result) && result.left._tag).toBe("InvalidInput");
    }
  });
});
