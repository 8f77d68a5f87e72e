import { describe, expect, it } from "vitest";
import { antiPlurality } from "../../src/voting/index.js";
import { ranked, tennessee } from "./helpers/profiles.js";

describe("antiPlurality", () => {
  it("finds Nashville and Chattanooga never ranked last in the Tennessee example (Wikipedia ballots, hand count)", () => {
    const outcome = antiPlurality(tennessee(), {}, { kind: "none" });
    expect(outcome.winners).toEqual(["Nashville", "Chattanooga"]);
    expect(outcome.scores).toEqual({
      Memphis: 42,
      Nashville: 100,
      Chattanooga: 100,
      Knoxville: 58,
    });
    expect(outcome.ranking).toEqual([["Nashville", "Chattanooga"], ["Knoxville"], ["Memphis"]]);
  });

  it("breaks the tie lexicographically by default (Chattanooga sorts before Nashville)", () => {
    const outcome = antiPlurality(tennessee());
    expect(outcome.winners).toEqual(["Chattanooga"]);
    expect(outcome.tieBreaks).toHaveLength(1);
  });

  it("shares a veto among the unranked candidates under tied-last, and ignores them under not-compared", () => {
    const profile = ranked(["a", "b", "c"], ["a", "b>c"]);
    // "a" vetoes b and c by half each; "b>c" vetoes the unranked a.
    expect(antiPlurality(profile).scores).toEqual({ a: 1, b: "3/2", c: "3/2" });
    expect(antiPlurality(profile, { unranked: "not-compared" }).scores).toEqual({
      a: 1,
      b: 1,
      c: 0,
    });
  });
});
