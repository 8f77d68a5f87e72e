import { describe, expect, it } from "vitest";
import { baldwin } from "../../src/voting/index.js";
import { ranked, tennessee } from "./helpers/profiles.js";

describe("baldwin", () => {
  it("drops Knoxville, Memphis, then Chattanooga (Wikipedia, Nanson's method: Baldwin, Tennessee)", () => {
    const outcome = baldwin(tennessee());
    expect(outcome.winners).toEqual(["Nashville"]);
    expect(outcome.rounds?.map((r) => r.eliminated)).toEqual([
      ["Knoxville"],
      ["Memphis"],
      ["Chattanooga"],
      undefined,
    ]);
    expect(outcome.rounds?.[1]?.tallies).toEqual({ Memphis: 84, Nashville: 126, Chattanooga: 90 });
  });

  it("breaks a tie for the lowest score by the policy and records it", () => {
    const outcome = baldwin(ranked(["a", "b", "c"], ["a>b>c", "a>c>b"]));
    expect(outcome.tieBreaks[0]).toMatchObject({
      tied: ["b", "c"],
      purpose: "eliminate",
      chosen: "c",
    });
    expect(outcome.winners).toEqual(["a"]);
  });
});
