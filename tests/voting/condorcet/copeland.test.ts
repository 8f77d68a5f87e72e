import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { validate } from "../../../src/core/validation.js";
import { CopelandOptionsSchema, copeland } from "../../../src/voting/condorcet/index.js";
import { cycle3, NONE, profileOf, schulze45, tennessee } from "./helpers.js";

// unranked "not-compared": each ballot speaks about one pair. By hand: a beats b; b beats c and d;
// c beats d; a ties c and d (0-0). a: 1 win 2 ties; b: 2 wins 1 loss; c: 1 win 1 tie; d: 1 tie.
const ties = profileOf(
  ["a", "b", "c", "d"],
  [
    [1, "a>b"],
    [1, "b>c"],
    [1, "b>d"],
    [1, "c>d"],
  ],
);
const notCompared = { unranked: "not-compared" } as const;

describe("copeland", () => {
  it("scores 3, 2, 1, 0 in the Tennessee example and elects Nashville (Wikipedia)", () => {
    const outcome = copeland(tennessee());
    expect(outcome.scores).toEqual({ Memphis: 0, Nashville: 3, Chattanooga: 2, Knoxville: 1 });
    expect(outcome.winners).toEqual(["Nashville"]);
    expect(outcome.record["Nashville"]).toEqual({ wins: 3, ties: 0, losses: 0 });
  });

  it("elects E alone in Schulze's 45-voter example (E wins 3 contests; by hand)", () => {
    const outcome = copeland(schulze45());
    expect(outcome.scores).toEqual({ A: 2, B: 2, C: 2, D: 1, E: 3 });
    expect(outcome.winners).toEqual(["E"]);
  });

  it("counts a tie as half a win by default, exactly", () => {
    const outcome = copeland(ties, notCompared, NONE);
    expect(outcome.scores).toEqual({ a: 2, b: 2, c: "3/2", d: "1/2" });
    expect(outcome.winners).toEqual(["a", "b"]);
    expect(outcome.variant).toBe("copeland");
  });

  it("follows Llull with alpha = 1 and counts wins only with alpha = 0", () => {
    const llull = copeland(ties, { ...notCompared, alpha: 1 });
    expect(llull.variant).toBe("llull");
    expect(llull.scores).toEqual({ a: 3, b: 2, c: 2, d: 1 });
    expect(llull.winners).toEqual(["a"]);
    const winsOnly = copeland(ties, { ...notCompared, alpha: 0 });
    expect(winsOnly.winners).toEqual(["b"]);
    expect(winsOnly.variant).toBe("alpha=0");
  });

  it("accepts alpha as an exact fraction", () => {
    const outcome = copeland(ties, { ...notCompared, alpha: "1/3" });
    expect(outcome.scores).toEqual({ a: "5/3", b: 2, c: "4/3", d: "1/3" });
    expect(outcome.winners).toEqual(["b"]);
  });

  it("ties everyone in a perfect cycle and records the tie-break", () => {
    const outcome = copeland(cycle3());
    expect(outcome.ranking).toEqual([["a", "b", "c"]]);
    expect(outcome.winners).toEqual(["a"]);
    expect(outcome.tieBreaks[0]?.resolvedBy).toBe("lexicographic");
  });

  it("refuses alpha outside 0..1 at the alpha path", () => {
    for (const alpha of [2, -1, "3/2", "x"]) {
      const result = validate(CopelandOptionsSchema, { alpha });
      expect(E.isLeft(result) && result.left._tag).toBe("InvalidInput");
      expect(E.isLeft(result) && result.left.issues[0]?.path).toBe("alpha");
    }
    expect(E.isRight(validate(CopelandOptionsSchema, { alpha: "1/2" }))).toBe(true);
  });
});
