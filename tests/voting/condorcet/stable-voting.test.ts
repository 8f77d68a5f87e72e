import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { createProfileBuilder } from "../../../src/ballots/index.js";
import { STABLE_VOTING_MAX_CANDIDATES, stableVoting } from "../../../src/voting/condorcet/index.js";
import { cycle3, NONE, profileOf, schulze45, tennessee } from "./helpers.js";

const right = <A>(either: E.Either<unknown, A>): A => {
  if (E.isLeft(either)) throw new Error(JSON.stringify(either.left));
  return either.right;
};

describe("stableVoting", () => {
  it("elects the Condorcet winner of the Tennessee example", () => {
    const outcome = right(stableVoting(tennessee()));
    expect(outcome.winners).toEqual(["Nashville"]);
    // The largest margin is Chattanooga over Knoxville (66), but Nashville defeats Chattanooga;
    // next come Nashville over Chattanooga and over Knoxville (36 each), and Nashville wins
    // without either.
    expect(outcome.decidingPairs).toEqual([
      { winner: "Nashville", without: "Chattanooga", margin: 36 },
      { winner: "Nashville", without: "Knoxville", margin: 36 },
    ]);
  });

  it("finds the stable winner of a three-way cycle (by hand)", () => {
    // a>b 3, b>c 3, c>a 1. a does not win without b (c beats a); b is defeated by a; c is
    // defeated by b; so the pair that decides is a over c (margin -1): a wins without c.
    const profile = profileOf(
      ["a", "b", "c"],
      [
        [3, "a>b>c"],
        [2, "b>c>a"],
        [2, "c>a>b"],
      ],
    );
    const outcome = right(stableVoting(profile));
    expect(outcome.winners).toEqual(["a"]);
    expect(outcome.decidingPairs).toEqual([{ winner: "a", without: "c", margin: -1 }]);
  });

  it("elects A, one of the Split Cycle winners A and E, in Schulze's 45-voter example (by hand)", () => {
    // Margins from the top: B>D 21 (B is defeated by C), E>D 17, A>D 15. Without D, A wins:
    // in {A, B, C, E} the first qualifying pair is A over E (margin -1), since A wins {A, B, C}
    // (there, A over B at margin -5 is the first pair whose winner also wins without the rival).
    // So E>D fails (E does not win without D) and A>D decides.
    const outcome = right(stableVoting(schulze45()));
    expect(outcome.winners).toEqual(["A"]);
    expect(outcome.decidingPairs).toEqual([{ winner: "A", without: "D", margin: 15 }]);
  });

  it("returns every co-winner of a perfect cycle with tie-break none", () => {
    expect(right(stableVoting(cycle3(), {}, NONE)).winners).toEqual(["a", "b", "c"]);
  });

  it(`returns Unsupported at once above ${STABLE_VOTING_MAX_CANDIDATES} candidates`, () => {
    const names = Array.from({ length: STABLE_VOTING_MAX_CANDIDATES + 1 }, (_, i) => `c${i}`);
    const builder = createProfileBuilder("ranked", names);
    builder.add(names.map((_, i) => i));
    const result = stableVoting(right(builder.build()));
    expect(E.isLeft(result) && result.left).toMatchObject({
      _tag: "Unsupported",
      reason: "work_limit",
      limit: {
        name: "stable-voting.candidates",
        limit: STABLE_VOTING_MAX_CANDIDATES,
        size: STABLE_VOTING_MAX_CANDIDATES + 1,
        option: "limits.candidates",
        ceiling: 20,
      },
    });
  });
});

describe("stableVoting with a pairwise tie", () => {
  it("depends on a Smith-dominated candidate when two candidates tie (found by fast-check)", () => {
    // 8 a>b>c, 7 b>a>c, 1 b>c>a: a and b tie 8-8 and both beat c. With c, the largest margin is
    // b over c (16) and b wins without c (a and b tie there), so b wins. Without c, a and b tie.
    const ballots: [number, string][] = [
      [8, "a>b>c"],
      [7, "b>a>c"],
      [1, "b>c>a"],
    ];
    expect(right(stableVoting(profileOf(["a", "b", "c"], ballots), {}, NONE)).winners).toEqual([
      "b",
    ]);
    const withoutC = ballots.map(([n, order]): [number, string] => [n, order.replace(/>?c/, "")]);
    expect(right(stableVoting(profileOf(["a", "b"], withoutC), {}, NONE)).winners).toEqual([
      "a",
      "b",
    ]);
  });
});
