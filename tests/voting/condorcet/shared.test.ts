import { describe, expect, it } from "vitest";
import { pairwiseTally } from "../../../src/ballots/index.js";
import {
  condorcetLoser,
  condorcetWinner,
  schwartzSet,
  smithSet,
} from "../../../src/voting/condorcet/index.js";
import { cycle3, profileOf, schulze45, tennessee } from "./helpers.js";

describe("condorcetWinner and condorcetLoser", () => {
  it("finds Nashville and Memphis in the Tennessee capital example (Wikipedia)", () => {
    const tally = pairwiseTally(tennessee());
    expect(condorcetWinner(tally)).toBe("Nashville");
    expect(condorcetLoser(tally)).toBe("Memphis");
  });

  it("finds neither in a three-way majority cycle", () => {
    const tally = pairwiseTally(cycle3());
    expect(condorcetWinner(tally)).toBeUndefined();
    expect(condorcetLoser(tally)).toBeUndefined();
  });

  it("does not count a pairwise tie as a win", () => {
    // a and b tie 1-1; both beat c
    const tally = pairwiseTally(
      profileOf(
        ["a", "b", "c"],
        [
          [1, "a>b>c"],
          [1, "b>a>c"],
        ],
      ),
    );
    expect(condorcetWinner(tally)).toBeUndefined();
    expect(condorcetLoser(tally)).toBe("c");
  });

  it("treats a lone candidate as the Condorcet winner and nobody as the loser", () => {
    const tally = pairwiseTally(profileOf(["only"], [[3, "only"]]));
    expect(condorcetWinner(tally)).toBe("only");
    expect(condorcetLoser(tally)).toBeUndefined();
  });
});

describe("smithSet and schwartzSet", () => {
  it("is everyone in Schulze's 45-voter example (a cycle through all five)", () => {
    const tally = pairwiseTally(schulze45());
    expect(smithSet(tally)).toEqual(["A", "B", "C", "D", "E"]);
    expect(schwartzSet(tally)).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("is the Condorcet winner alone when there is one", () => {
    const tally = pairwiseTally(tennessee());
    expect(smithSet(tally)).toEqual(["Nashville"]);
    expect(schwartzSet(tally)).toEqual(["Nashville"]);
  });

  it("keeps a cycle above a candidate every member beats", () => {
    const tally = pairwiseTally(
      profileOf(
        ["a", "b", "c", "d"],
        [
          [1, "a>b>c>d"],
          [1, "b>c>a>d"],
          [1, "c>a>b>d"],
        ],
      ),
    );
    expect(smithSet(tally)).toEqual(["a", "b", "c"]);
    expect(schwartzSet(tally)).toEqual(["a", "b", "c"]);
  });

  it("differs with ties: a tie with a member brings a candidate into Smith but not Schwartz", () => {
    // With unranked "not-compared" each ballot speaks about one pair only: a beats b 2-0,
    // b beats x 1-0, a and x tie 0-0. "Beats or ties" links all three (a-x-a, a-b-x), so the
    // Smith set is everyone; only a is unbeaten, so the Schwartz set is {a} (by hand).
    const profile = profileOf(
      ["a", "b", "x"],
      [
        [2, "a>b"],
        [1, "b>x"],
      ],
    );
    const tally = pairwiseTally(profile, { unranked: "not-compared" });
    expect(smithSet(tally)).toEqual(["a", "b", "x"]);
    expect(schwartzSet(tally)).toEqual(["a"]);
  });

  it("holds every candidate when all ballots are blank", () => {
    const tally = pairwiseTally(profileOf(["a", "b", "c"], []));
    expect(smithSet(tally)).toEqual(["a", "b", "c"]);
    expect(schwartzSet(tally)).toEqual(["a", "b", "c"]);
    expect(condorcetWinner(tally)).toBeUndefined();
  });
});
