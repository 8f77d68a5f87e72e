import { describe, expect, it } from "vitest";
import { twoRound } from "../../src/voting/index.js";
import { ranked, tennessee } from "./helpers/profiles.js";

describe("twoRound", () => {
  it("sends Memphis and Nashville to a runoff that Nashville wins 58 to 42 (Wikipedia, Two-round system, Tennessee)", () => {
    const outcome = twoRound(tennessee());
    expect(outcome.winners).toEqual(["Nashville"]);
    expect(outcome.rounds?.[1]?.tallies).toEqual({ Nashville: 58, Memphis: 42 });
    expect(outcome.rounds?.[0]?.eliminated).toEqual(["Chattanooga", "Knoxville"]);
  });

  it("elects a first-round majority at once", () => {
    const outcome = twoRound(ranked(["a", "b", "c"], [{ ranking: ["a"], count: 3 }, "b", "c"]));
    expect(outcome.winners).toEqual(["a"]);
    expect(outcome.rounds).toHaveLength(1);
  });

  it("breaks a tie for the second place by the policy and records it", () => {
    const outcome = twoRound(ranked(["a", "b", "c"], [{ ranking: ["a"], count: 2 }, "b>c", "c>b"]));
    expect(outcome.tieBreaks[0]).toMatchObject({ tied: ["b", "c"], chosen: "b" });
    expect(outcome.rounds?.[1]?.tallies).toEqual({ a: 2, b: 2 });
  });

  it("with policy none, a tie at the cut sends every tied candidate on to an instant runoff among the finalists", () => {
    // First preferences a 4, b 2, c 2, d 1: a, then b and c tied for second; d is out and its
    // ballot moves to c. Runoff among three: a 4, c 3, b 2; b is out and its ballots move to c.
    // Last round: c 5, a 4.
    const profile = ranked(
      ["a", "b", "c", "d"],
      [
        { ranking: ["a"], count: 4 },
        { ranking: ["b", "c"], count: 2 },
        { ranking: ["c"], count: 2 },
        "d>c",
      ],
    );
    const outcome = twoRound(profile, {}, { kind: "none" });
    expect(outcome.winners).toEqual(["c"]);
    expect(outcome.rounds?.map((r) => r.eliminated ?? [])).toEqual([["d"], ["b"], []]);
    expect(outcome.rounds?.[1]?.tallies).toEqual({ a: 4, c: 3, b: 2 });
    expect(outcome.rounds?.[2]?.tallies).toEqual({ c: 5, a: 4 });
    expect(outcome.ranking).toEqual([["c"], ["a"], ["b"], ["d"]]);
    // Broken by the default policy instead, the tie sends b alone, who loses to a.
    expect(twoRound(profile).winners).toEqual(["a"]);
  });

  it("keeps later-no-harm when several tie at the cut (fast-check's counterexample to the old round robin)", () => {
    const others = [
      { ranking: ["b", "a", "c", "d"], count: 1 },
      { ranking: ["d", "b", "a", "c"], count: 2 },
      { ranking: ["c", "d", "b", "a"], count: 2 },
      { ranking: ["b", "c", "a", "d"], count: 1 },
      { ranking: ["a", "c", "d", "b"], count: 2 },
    ];
    const names = ["a", "b", "c", "d"];
    const truncated = ranked(names, [...others, { ranking: ["a"], count: 1 }]);
    const full = ranked(names, [...others, { ranking: ["a", "b", "c", "d"], count: 1 }]);
    expect(twoRound(truncated, {}, { kind: "none" }).winners).toEqual(["a"]);
    expect(twoRound(full, {}, { kind: "none" }).winners).toEqual(["a"]);
  });
});
