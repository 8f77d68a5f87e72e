/**
 * The `@example` blocks of the Condorcet family's doc comments, run as written (shorthand
 * ballots and all), so a documented result cannot drift from the code.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { pairwiseTally, type RankedProfile, rankedProfile } from "../../../src/ballots/index.js";
import {
  black,
  condorcetLoser,
  condorcetWinner,
  copeland,
  dodgsonTideman,
  kemenyYoung,
  minimax,
  rankedPairs,
  schulze,
  schwartzSet,
  smithSet,
  splitCycle,
  stableVoting,
} from "../../../src/voting/condorcet/index.js";

const profile = (
  candidates: readonly string[],
  ballots: Parameters<typeof rankedProfile>[1],
): RankedProfile => {
  const p = rankedProfile(candidates, ballots);
  if (E.isLeft(p)) throw new Error(p.left.message);
  return p.right;
};

const tennessee = profile(
  ["M", "N", "C", "K"],
  [
    { ranking: ["M", "N", "C", "K"], count: 42 },
    { ranking: ["N", "C", "K", "M"], count: 26 },
    { ranking: ["C", "K", "N", "M"], count: 15 },
    { ranking: ["K", "C", "N", "M"], count: 17 },
  ],
);

describe("doc comment examples", () => {
  it("sets and Condorcet winner and loser", () => {
    expect(condorcetWinner(pairwiseTally(tennessee))).toBe("N");
    expect(condorcetLoser(pairwiseTally(tennessee))).toBe("M");
    const cycleAbove = profile(["a", "b", "c", "d"], ["a>b>c>d", "b>c>a>d", "c>a>b>d"]);
    expect(smithSet(pairwiseTally(cycleAbove))).toEqual(["a", "b", "c"]);
    const tie = profile(["a", "b", "c"], ["a>b>c", "b>a>c"]);
    expect(schwartzSet(pairwiseTally(tie))).toEqual(["a", "b"]);
    expect(smithSet(pairwiseTally(tie))).toEqual(["a", "b"]);
  });

  it("copeland, minimax and ranked pairs", () => {
    const cycle = profile(["a", "b", "c"], ["a>b>c", "b>c>a", "c>a>b"]);
    expect(copeland(cycle, {}, { kind: "none" }).winners).toEqual(["a", "b", "c"]);
    expect(minimax(tennessee).scores).toEqual({ M: 58, N: 0, C: 68, K: 83 });
    expect(rankedPairs(tennessee).ranking).toEqual([["N"], ["C"], ["K"], ["M"]]);
  });

  it("schulze on the 45-voter example as the doc comment writes it", () => {
    const p = profile(
      ["A", "B", "C", "D", "E"],
      [
        { ranking: ["A", "C", "B", "E", "D"], count: 5 },
        { ranking: ["A", "D", "E", "C", "B"], count: 5 },
        { ranking: ["B", "E", "D", "A", "C"], count: 8 },
        { ranking: ["C", "A", "B", "E", "D"], count: 3 },
        { ranking: ["C", "A", "E", "B", "D"], count: 7 },
        { ranking: ["C", "B", "A", "D", "E"], count: 2 },
        { ranking: ["D", "C", "E", "B", "A"], count: 7 },
        { ranking: ["E", "B", "A", "D", "C"], count: 8 },
      ],
    );
    expect(schulze(p).ranking).toEqual([["E"], ["A"], ["C"], ["B"], ["D"]]);
  });

  it("split cycle, stable voting, black and dodgson-tideman", () => {
    const cycle = profile(
      ["a", "b", "c"],
      [
        { ranking: ["a", "b", "c"], count: 3 },
        { ranking: ["b", "c", "a"], count: 2 },
        { ranking: ["c", "a", "b"], count: 2 },
      ],
    );
    expect(splitCycle(cycle).ranking).toEqual([["a"], ["b"], ["c"]]);
    const sv = stableVoting(cycle);
    expect(E.isRight(sv) && sv.right.winners).toEqual(["a"]);
    const borda = profile(
      ["a", "b", "c"],
      [
        { ranking: ["a", "b", "c"], count: 4 },
        { ranking: ["b", "c", "a"], count: 4 },
        { ranking: ["c", "a", "b"], count: 2 },
      ],
    );
    expect(black(borda).scores).toEqual({ a: 10, b: 12, c: 8 });
    expect(dodgsonTideman(borda).scores).toEqual({ a: 2, b: 2, c: 6 });
  });

  it("kemeny-young on the Tennessee example", () => {
    const names = ["Memphis", "Nashville", "Chattanooga", "Knoxville"];
    const p = profile(names, [
      { ranking: ["Memphis", "Nashville", "Chattanooga", "Knoxville"], count: 42 },
      { ranking: ["Nashville", "Chattanooga", "Knoxville", "Memphis"], count: 26 },
      { ranking: ["Chattanooga", "Knoxville", "Nashville", "Memphis"], count: 15 },
      { ranking: ["Knoxville", "Chattanooga", "Nashville", "Memphis"], count: 17 },
    ]);
    const outcome = kemenyYoung(p);
    expect(E.isRight(outcome) && outcome.right.bestScore).toBe(393);
  });
});
