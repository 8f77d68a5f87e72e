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

  it("follows each elimination of a tie under tie-break none and names every branch's winner", () => {
    // A Condorcet cycle: every Borda score is 3. Dropping a leaves b beating c 2 to 1; dropping
    // b leaves c; dropping c leaves a.
    const outcome = baldwin(
      ranked(["a", "b", "c"], ["a>b>c", "b>c>a", "c>a>b"]),
      {},
      {
        kind: "none",
      },
    );
    expect(outcome.winners).toEqual(["a", "b", "c"]);
    expect(outcome.explanation.find((s) => s.kind === "branches")?.data).toEqual({
      branches: [
        { eliminated: "a", winners: ["b"] },
        { eliminated: "b", winners: ["c"] },
        { eliminated: "c", winners: ["a"] },
      ],
    });
    expect(outcome.tieBreaks.map((t) => t.step)).toEqual(["round 1"]);
  });
});
