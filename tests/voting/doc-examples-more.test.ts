/** The `@example` blocks of the methods added with issue 11 that no other test mirrors, run as tests. */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  contingent,
  cumulative,
  maximalLottery,
  positional,
  randomDictator,
  smithMinimax,
} from "../../src/voting/index.js";
import { profileOf } from "./condorcet/helpers.js";
import { ranked, right, scored } from "./helpers/profiles.js";

describe("doc examples (issue 11 methods)", () => {
  it("positional: Formula One points 25, 18, 15", () => {
    const p = ranked(["a", "b", "c"], ["a>b>c", "b>c>a", "b>a>c"]);
    expect(positional(p, { scores: [25, 18, 15] }).scores).toEqual({ a: 58, b: 68, c: 48 });
  });

  it("cumulative: five points each", () => {
    const p = scored(
      ["a", "b", "c"],
      [
        { scores: { a: 3, c: 2 }, count: 2 },
        { scores: { b: 5 }, count: 1 },
      ],
      { min: 0, max: 5 },
    );
    expect(right(cumulative(p, { points: 5 })).scores).toEqual({ a: 6, b: 5, c: 4 });
  });

  it("randomDictator: the lottery and the number of tickets", () => {
    const p = ranked(["a", "b", "c"], [{ ranking: ["a", "b", "c"], count: 3 }, "b>a>c", "c=b>a"]);
    expect(randomDictator(p).lottery).toEqual({ a: "3/5", b: "3/10", c: "1/10" });
    expect(randomDictator(p, { seed: "assembly-2026" }).draw?.tickets).toBe("10");
  });

  it("maximalLottery: Wikipedia's cycle with margins 1, 3 and 1", () => {
    const p = ranked(
      ["a", "b", "c"],
      [{ ranking: ["a", "b", "c"], count: 2 }, { ranking: ["b", "c", "a"], count: 2 }, "c>a>b"],
    );
    expect(right(maximalLottery(p)).lottery).toEqual({ a: "3/5", b: "1/5", c: "1/5" });
  });

  it("contingent: the Tennessee second count", () => {
    const p = ranked(
      ["M", "N", "C", "K"],
      [
        { ranking: ["M", "N", "C", "K"], count: 42 },
        { ranking: ["N", "C", "K", "M"], count: 26 },
        { ranking: ["C", "K", "N", "M"], count: 15 },
        { ranking: ["K", "C", "N", "M"], count: 17 },
      ],
    );
    const outcome = contingent(p);
    expect(E.isRight(outcome) && outcome.right.rounds?.[1]?.tallies).toEqual({ M: 42, N: 58 });
  });

  it("smithMinimax: electowiki's example", () => {
    const p = profileOf(
      ["A", "B", "C", "D"],
      [
        [6, "D>A>B>C"],
        [5, "B>C>A>D"],
        [4, "C>A>B>D"],
      ],
    );
    expect(smithMinimax(p).scores).toEqual({ A: 9, B: 10, C: 11, D: 9 });
  });
});
