import { describe, expect, it } from "vitest";
import { black } from "../../../src/voting/condorcet/index.js";
import { NONE, profileOf, schulze45, tennessee } from "./helpers.js";

describe("black", () => {
  it("elects the Condorcet winner Nashville in the Tennessee example, with Borda scores", () => {
    const outcome = black(tennessee());
    expect(outcome.winners).toEqual(["Nashville"]);
    expect(outcome.condorcetWinner).toBe("Nashville");
    // Borda (3-2-1-0): Memphis 126, Nashville 194, Chattanooga 173, Knoxville 107 (Wikipedia, "Borda count").
    expect(outcome.scores).toEqual({
      Memphis: 126,
      Nashville: 194,
      Chattanooga: 173,
      Knoxville: 107,
    });
  });

  it("falls back on Borda in a majority cycle (by hand)", () => {
    const profile = profileOf(
      ["a", "b", "c"],
      [
        [4, "a>b>c"],
        [4, "b>c>a"],
        [2, "c>a>b"],
      ],
    );
    const outcome = black(profile);
    expect(outcome.condorcetWinner).toBeNull();
    expect(outcome.scores).toEqual({ a: 10, b: 12, c: 8 });
    expect(outcome.winners).toEqual(["b"]);
  });

  it("uses Borda in Schulze's 45-voter example (no Condorcet winner): E, 102 points", () => {
    // Row sums of the pairwise matrix on Wikipedia's "Schulze method" page, by hand.
    const outcome = black(schulze45(), {}, NONE);
    expect(outcome.scores).toEqual({ A: 98, B: 92, C: 89, D: 69, E: 102 });
    expect(outcome.winners).toEqual(["E"]);
  });
});

describe("black with tied candidates on ballots", () => {
  it("gives half a point for a tie, so the Condorcet loser cannot win (found by fast-check)", () => {
    // 3 voters a=b>c, 2 voters c>a=b: a and b tie, both beat c 3-2, so c is the Condorcet loser.
    // Half points: a = 3 + 5/2 = 11/2, b = 11/2, c = 2 + 2 = 4.
    const profile = profileOf(
      ["a", "b", "c"],
      [
        [3, "a=b>c"],
        [2, "c>a=b"],
      ],
    );
    const outcome = black(profile, {}, NONE);
    expect(outcome.scores).toEqual({ a: "11/2", b: "11/2", c: 4 });
    expect(outcome.winners).toEqual(["a", "b"]);
  });
});
