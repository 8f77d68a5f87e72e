import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pairwiseTally } from "../../../src/ballots/index.js";
import { condorcetWinner, smithSet, uncoveredSet } from "../../../src/voting/index.js";
import { runs } from "../../helpers/runs.js";
import { anyElection } from "./arbitraries.js";
import { buildProfile, profileOf, schulze45, tennessee } from "./helpers.js";

describe("uncoveredSet", () => {
  it("is the Condorcet winner alone in the Tennessee example", () => {
    expect(uncoveredSet(pairwiseTally(tennessee()))).toEqual(["Nashville"]);
  });

  it("leaves out a candidate beaten by everyone the cycle members beat", () => {
    const p = profileOf(
      ["a", "b", "c", "d"],
      [
        [1, "a>b>c>d"],
        [1, "b>c>a>d"],
        [1, "c>a>b>d"],
      ],
    );
    expect(uncoveredSet(pairwiseTally(p))).toEqual(["a", "b", "c"]);
  });

  it("covers B and D in Schulze's 45-voter example", () => {
    // Wins: A over C, D; B over A, D; C over B, E; D over C; E over A, B, D. E beats B and both
    // candidates B beats (A, D); A beats D and C, the one candidate D beats. Nobody covers A, C, E.
    expect(uncoveredSet(pairwiseTally(schulze45()))).toEqual(["A", "C", "E"]);
  });

  it("is non-empty, inside the Smith set, and the Condorcet winner alone when there is one", () => {
    fc.assert(
      fc.property(anyElection(), (election) => {
        const tally = pairwiseTally(buildProfile(election));
        const set = uncoveredSet(tally);
        expect(set.length).toBeGreaterThan(0);
        const smith = smithSet(tally);
        for (const c of set) expect(smith).toContain(c);
        const winner = condorcetWinner(tally);
        if (winner !== undefined) expect(set).toEqual([winner]);
      }),
      { numRuns: runs(200) },
    );
  });
});
