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

  it("with policy none, a tie at the cut sends each way of choosing the finalists to its own runoff", () => {
    // First preferences a 4, b 2, c 2, d 1 (9 ballots): a goes through; b and c tie for the
    // other place. a against b: a 4, b 2 (the c and d>c ballots rank neither); a against c: c 5
    // (b>c, c and d>c), a 4. Either can win, so both are winners.
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
    expect(outcome.winners).toEqual(["a", "c"]);
    expect(outcome.rounds).toHaveLength(1);
    expect(outcome.rounds?.[0]?.eliminated).toEqual(["d"]);
    expect(outcome.explanation.find((s) => s.kind === "branches")?.data).toEqual({
      branches: [
        { finalists: ["a", "b"], runoff: { a: 4, b: 2 }, winners: ["a"] },
        { finalists: ["a", "c"], runoff: { a: 4, c: 5 }, winners: ["c"] },
      ],
    });
    expect(outcome.ranking).toEqual([["a", "c"], ["b"], ["d"]]);
    // Broken by the default policy instead, the tie sends b, who loses to a.
    expect(twoRound(profile).winners).toEqual(["a"]);
  });

  describe("a tie at the cut under policy none (issue 11, bug 2): the runoff is always between two", () => {
    it("does not elect the Condorcet loser, who loses every possible runoff", () => {
      // a, b and c have one first preference each, so any two of them may meet. a beats b 2 to 1
      // and c 2 to 1; b beats c 2 to 1. The old reading (an instant runoff among all three)
      // elected c too.
      const outcome = twoRound(
        ranked(["a", "b", "c"], ["a>b>c", "b>a>c", "c>a>b"]),
        {},
        {
          kind: "none",
        },
      );
      expect(outcome.winners).toEqual(["a", "b"]);
      expect(outcome.winners).not.toContain("c");
    });

    it("elects b too when the tie at the cut resolved for b lets b win its runoff", () => {
      // First preferences a 2, b 1, c 1 of 4: a goes through, b and c tie. a against b: 2 to 2
      // (c>b>a counts for b), a runoff tie either can win; a against c: a 3, c 1.
      const p = ranked(["a", "b", "c"], [{ ranking: ["a", "b", "c"], count: 2 }, "b>a>c", "c>b>a"]);
      expect(twoRound(p, {}, { kind: "none" }).winners).toEqual(["a", "b"]);
      expect(twoRound(p, {}, { kind: "order", order: ["b", "a", "c"] }).winners).toEqual(["b"]);
    });
  });

  it("keeps later-no-harm's premise honest: truncating or completing a's ballot gives the same co-winners", () => {
    // The counterexample that broke the old round robin. First preferences a 3, b 2, c 2, d 2:
    // a goes through and b, c, d tie for the other place; a loses to b and beats c and d, so a and
    // b are co-winners whether or not the a ballot ranks the others.
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
    expect(twoRound(truncated, {}, { kind: "none" }).winners).toEqual(["a", "b"]);
    expect(twoRound(full, {}, { kind: "none" }).winners).toEqual(["a", "b"]);
  });
});
