import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { pairwiseTally } from "../../../src/ballots/index.js";
import { validate } from "../../../src/core/validation.js";
import {
  condorcetLoser,
  MinimaxOptionsSchema,
  minimax,
  smithSet,
} from "../../../src/voting/condorcet/index.js";
import { NONE, profileOf, schulze45, tennessee } from "./helpers.js";

describe("minimax", () => {
  it("elects Nashville in the Tennessee example with every variant (Wikipedia, 'Minimax Condorcet method')", () => {
    expect(minimax(tennessee()).scores).toEqual({
      Memphis: 58,
      Nashville: 0,
      Chattanooga: 68,
      Knoxville: 83,
    });
    expect(minimax(tennessee(), { variant: "margin" }).scores).toEqual({
      Memphis: 16,
      Nashville: -16,
      Chattanooga: 36,
      Knoxville: 66,
    });
    expect(minimax(tennessee(), { variant: "pairwise-opposition" }).scores).toEqual({
      Memphis: 58,
      Nashville: 42,
      Chattanooga: 68,
      Knoxville: 83,
    });
    for (const variant of ["winning", "margin", "pairwise-opposition"] as const) {
      expect(minimax(tennessee(), { variant }).winners).toEqual(["Nashville"]);
    }
  });

  it("elects E, whose worst defeat (24 to C) is the smallest, in Schulze's 45-voter example (by hand)", () => {
    const outcome = minimax(schulze45());
    expect(outcome.scores).toEqual({ A: 25, B: 29, C: 28, D: 33, E: 24 });
    expect(outcome.winners).toEqual(["E"]);
    expect(outcome.worstOpponent["E"]).toBe("C");
  });

  it("can elect the Condorcet loser, outside the Smith set (documented counterexample, by hand)", () => {
    // a, b, c form a cycle of 14-9, 18-5 and 14-9 wins; d loses to each 10-13, so d's worst
    // defeat (13) is smaller than anyone else's and minimax elects the Condorcet loser.
    const profile = profileOf(
      ["a", "b", "c", "d"],
      [
        [5, "c>a>b>d"],
        [9, "d>a>b>c"],
        [8, "b>c>a>d"],
        [1, "d>b>c>a"],
      ],
    );
    const tally = pairwiseTally(profile);
    expect(condorcetLoser(tally)).toBe("d");
    expect(smithSet(tally)).toEqual(["a", "b", "c"]);
    const outcome = minimax(profile);
    expect(outcome.scores).toEqual({ a: 14, b: 14, c: 18, d: 13 });
    expect(outcome.winners).toEqual(["d"]);
  });

  it("pairwise opposition can elect a Condorcet loser (Venzke's example, election-methods list, 2011)", () => {
    // 9999 A>B=C, 1 A=C>B, 1 B=C>A, 9999 B>A=C: A and B tie 10000-10000 and both beat C 9999-1.
    const profile = profileOf(
      ["A", "B", "C"],
      [
        [9999, "A>B=C"],
        [1, "A=C>B"],
        [1, "B=C>A"],
        [9999, "B>A=C"],
      ],
    );
    expect(condorcetLoser(pairwiseTally(profile))).toBe("C");
    const opposition = minimax(profile, { variant: "pairwise-opposition" });
    expect(opposition.scores).toEqual({ A: 10000, B: 10000, C: 9999 });
    expect(opposition.winners).toEqual(["C"]);
    expect(minimax(profile, {}, NONE).winners).toEqual(["A", "B"]);
  });

  it("refuses an unknown variant at the variant path", () => {
    const result = validate(MinimaxOptionsSchema, { variant: "losing" });
    expect(E.isLeft(result) && result.left.issues[0]?.path).toBe("variant");
  });
});
