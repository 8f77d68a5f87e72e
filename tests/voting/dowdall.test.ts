import { describe, expect, it } from "vitest";
import { dowdall } from "../../src/voting/index.js";
import { ranked, tennessee } from "./helpers/profiles.js";

describe("dowdall", () => {
  it("scores the Tennessee example exactly (Wikipedia ballots, hand count: Memphis 42 + 58/4)", () => {
    const outcome = dowdall(tennessee());
    expect(outcome.scores).toEqual({
      Memphis: "113/2",
      Nashville: "173/3",
      Chattanooga: "101/2",
      Knoxville: "131/3",
    });
    expect(outcome.winners).toEqual(["Nashville"]);
  });

  it("averages harmonic points over tied positions", () => {
    // b=c share 1/2 and 1/3: 5/12 each.
    expect(dowdall(ranked(["a", "b", "c"], ["a>b=c"])).scores).toEqual({
      a: 1,
      b: "5/12",
      c: "5/12",
    });
  });

  it("gives unranked candidates nothing under not-compared", () => {
    expect(dowdall(ranked(["a", "b", "c"], ["a"]), { unranked: "not-compared" }).scores).toEqual({
      a: 1,
      b: 0,
      c: 0,
    });
  });
});
