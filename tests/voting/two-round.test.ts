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
});
