import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { createProfileBuilder } from "../../../src/ballots/index.js";
import {
  KEMENY_YOUNG_MAX_CANDIDATES,
  kemenyYoung,
  kemenyYoungMethod,
} from "../../../src/voting/condorcet/index.js";
import { cycle3, NONE, profileOf, tennessee } from "./helpers.js";

const right = <A>(either: E.Either<unknown, A>): A => {
  if (E.isLeft(either)) throw new Error(JSON.stringify(either.left));
  return either.right;
};

describe("kemenyYoung", () => {
  it("ranks Nashville > Chattanooga > Knoxville > Memphis with score 393 (Wikipedia, 'Kemeny–Young method')", () => {
    const outcome = right(kemenyYoung(tennessee()));
    expect(outcome.ranking).toEqual([["Nashville"], ["Chattanooga"], ["Knoxville"], ["Memphis"]]);
    expect(outcome.bestScore).toBe(393);
    expect(outcome.optimalRankings).toEqual([["Nashville", "Chattanooga", "Knoxville", "Memphis"]]);
    expect(outcome.winners).toEqual(["Nashville"]);
  });

  it("finds all three optimal rankings of a perfect cycle (score 5 each, by hand)", () => {
    const outcome = right(kemenyYoung(cycle3(), {}, NONE));
    expect(outcome.bestScore).toBe(5);
    expect(outcome.optimalRankings).toHaveLength(3);
    expect(outcome.optimalRankings).toEqual(
      expect.arrayContaining([
        ["a", "b", "c"],
        ["b", "c", "a"],
        ["c", "a", "b"],
      ]),
    );
    expect(outcome.winners).toEqual(["a", "b", "c"]);
    expect(outcome.ranking).toEqual([["a", "b", "c"]]);
  });

  it("lists at most 100 optimal rankings and says when there are more", () => {
    const outcome = right(kemenyYoung(profileOf(["a", "b", "c", "d", "e", "f"], []), {}, NONE));
    expect(outcome.optimalRankings).toHaveLength(100);
    expect(outcome.optimalRankingsTruncated).toBe(true);
    expect(outcome.winners).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(outcome.ranking).toBeUndefined();
  });

  it(`returns Unsupported at once above ${KEMENY_YOUNG_MAX_CANDIDATES} candidates`, () => {
    const names = Array.from({ length: KEMENY_YOUNG_MAX_CANDIDATES + 1 }, (_, i) => `c${i}`);
    const builder = createProfileBuilder("ranked", names);
    builder.add(names.map((_, i) => i));
    const profile = right(builder.build());
    // Refused by the number of candidates: the search over their orderings would never end.
    const result = kemenyYoung(profile);
    expect(E.isLeft(result) && result.left).toMatchObject({
      _tag: "Unsupported",
      reason: "work_limit",
      limit: {
        name: "kemeny-young.candidates",
        limit: KEMENY_YOUNG_MAX_CANDIDATES,
        size: KEMENY_YOUNG_MAX_CANDIDATES + 1,
        option: "limits.candidates",
        ceiling: 24,
      },
    });
    // A limit past the ceiling is a bad option, not a larger count.
    const tooHigh = kemenyYoung(profile, {}, NONE, { candidates: 25 });
    expect(E.isLeft(tooHigh) && tooHigh.left).toMatchObject({
      _tag: "InvalidInput",
      issues: [{ path: "limits.candidates", code: "out_of_range" }],
    });
  });

  it("refuses past its hard ceiling even through the registry's run (decide checks the default)", () => {
    const names = Array.from({ length: 25 }, (_, i) => `c${i}`);
    const builder = createProfileBuilder("ranked", names);
    builder.add(names.map((_, i) => i));
    const profile = right(builder.build());
    const viaRegistry = kemenyYoungMethod.run(profile, { options: {}, tieBreak: NONE });
    expect(E.isLeft(viaRegistry) && viaRegistry.left).toMatchObject({
      _tag: "Unsupported",
      reason: "work_limit",
      limit: { limit: 24, size: 25 },
    });
  });

  it("agrees with the Condorcet winner and scores a consensus ranking exactly", () => {
    const profile = profileOf(["x", "y", "z"], [[0.5, "z>y>x"]]);
    const outcome = right(kemenyYoung(profile));
    expect(outcome.optimalRankings).toEqual([["z", "y", "x"]]);
    expect(outcome.bestScore).toBe("3/2");
  });
});
