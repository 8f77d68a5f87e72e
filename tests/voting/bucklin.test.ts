import { describe, expect, it } from "vitest";
import { bucklin } from "../../src/voting/index.js";
import { ranked, tennessee } from "./helpers/profiles.js";

describe("bucklin", () => {
  it("elects Nashville with 68 in round 2 (Wikipedia, Bucklin voting, Tennessee)", () => {
    const outcome = bucklin(tennessee());
    expect(outcome.winners).toEqual(["Nashville"]);
    expect(outcome.rounds?.map((r) => r.tallies)).toEqual([
      { Memphis: 42, Nashville: 26, Knoxville: 17, Chattanooga: 15 },
      { Nashville: 68, Chattanooga: 58, Memphis: 42, Knoxville: 32 },
    ]);
  });

  it("counts the unranked tier under tied-last only", () => {
    const p = ranked(
      ["a", "b", "c"],
      [{ ranking: ["a"], count: 2 }, { ranking: ["b"], count: 2 }, "c"],
    );
    // tied-last: round 2 adds each ballot's unranked tier, so every candidate reaches all 5 voters.
    expect(bucklin(p).rounds?.[1]?.tallies).toEqual({ a: 5, b: 5, c: 5 });
    // not-compared: no lower choices; the most first choices win after the last round.
    const strict = bucklin(p, { unranked: "not-compared" }, { kind: "none" });
    expect(strict.winners).toEqual(["a", "b"]);
    expect(strict.rounds).toHaveLength(1);
  });
});
