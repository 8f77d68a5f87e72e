import { describe, expect, it } from "vitest";
import { pairwiseTally } from "../../../src/ballots/index.js";
import { schwartzSet, splitCycle } from "../../../src/voting/condorcet/index.js";
import { cycle3, NONE, profileOf, schulze45, tennessee } from "./helpers.js";

describe("splitCycle", () => {
  it("elects the Condorcet winner, with every majority win a defeat, in the Tennessee example", () => {
    const outcome = splitCycle(tennessee());
    expect(outcome.winners).toEqual(["Nashville"]);
    expect(outcome.defeats).toHaveLength(6);
  });

  it("splits a three-way cycle at its weakest margin (by hand)", () => {
    // a>b margin 3, b>c margin 3, c>a margin 1: c>a is discarded, a is undefeated.
    const profile = profileOf(
      ["a", "b", "c"],
      [
        [3, "a>b>c"],
        [2, "b>c>a"],
        [2, "c>a>b"],
      ],
    );
    const outcome = splitCycle(profile);
    expect(outcome.winners).toEqual(["a"]);
    expect(outcome.ranking).toEqual([["a"], ["b"], ["c"]]);
    expect(outcome.defeats).toEqual([
      { winner: "a", loser: "b", margin: 3 },
      { winner: "b", loser: "c", margin: 3 },
    ]);
  });

  it("keeps every candidate of a cycle with equal margins undefeated", () => {
    const outcome = splitCycle(cycle3(), {}, NONE);
    expect(outcome.winners).toEqual(["a", "b", "c"]);
    expect(outcome.defeats).toEqual([]);
  });

  it("keeps both A and E undefeated in Schulze's 45-voter example (by hand)", () => {
    // Margins: E>A 1, C>E 3, B>A 5, A>C 7, E>B 9, D>C 11, C>B 13, A>D 15, E>D 17, B>D 21.
    // E>A (1) is in the cycle E>A>C>E whose path back A>C>E has strength 3; B>A (5) is in
    // B>A>C>B, path back strength 7; C>E (3) is in C>E>D>C, path back strength 11. So A and E
    // are undefeated: Schulze's winner E and Ranked Pairs' winner A both refine Split Cycle.
    const outcome = splitCycle(schulze45(), {}, NONE);
    expect(outcome.winners).toEqual(["A", "E"]);
    expect(outcome.ranking?.[0]).toEqual(["A", "E"]);
  });
});

describe("splitCycle and the Schwartz set", () => {
  it("can elect outside the Schwartz set when there are pairwise ties (found by fast-check)", () => {
    // By hand: a>c, a>e, b>e, d>a, d>c, e>d, each by one vote; a-b, b-c, b-d, c-e tie. Nobody
    // beats b, and b beats into the cycle a>e>d>a, so the Schwartz set is {b}. Every margin of
    // the cycle is its weakest (1), so all three are discarded: a, b and d are undefeated.
    const profile = profileOf(
      ["a", "b", "c", "d", "e"],
      [
        [3, "d=e"],
        [1, "b=d>a"],
        [1, "a=c>b"],
        [2, "a=b=c>e>d"],
      ],
    );
    expect(schwartzSet(pairwiseTally(profile))).toEqual(["b"]);
    expect(splitCycle(profile, {}, NONE).winners).toEqual(["a", "b", "d"]);
  });
});
