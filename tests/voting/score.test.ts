import { describe, expect, it } from "vitest";
import { score } from "../../src/voting/index.js";
import { scored } from "./helpers/profiles.js";

describe("score", () => {
  it("sums scores, a blank counting as the range minimum (hand count)", () => {
    const p = scored(
      ["a", "b", "c"],
      [{ scores: { a: 5, b: 3 } }, { scores: { a: 0, b: 4, c: 2 }, count: 2 }],
      { min: -1, max: 5 },
    );
    const outcome = score(p);
    expect(outcome.scores).toEqual({ a: 5, b: 11, c: 3 });
    expect(outcome.winners).toEqual(["b"]);
  });

  it("averages over the voters who scored a candidate under aggregate mean", () => {
    const p = scored(
      ["a", "b", "c"],
      [{ scores: { a: 5, b: 3 } }, { scores: { a: 0, b: 4 }, count: 2 }],
      { min: 0, max: 5 },
    );
    expect(score(p, { aggregate: "mean" }).scores).toEqual({ a: "5/3", b: "11/3", c: 0 });
  });

  it("stays exact with large scores and counts", () => {
    // 2^30 points from each of 2^21 voters: 2^51, and 1 point more for b.
    const p = scored(
      ["a", "b"],
      [{ scores: { a: 2 ** 30, b: 1 }, count: 2 ** 21 }, { scores: { b: 2 } }],
      {
        min: 0,
        max: 2 ** 30,
      },
    );
    expect(score(p).scores).toEqual({ a: 2 ** 51, b: 2 ** 21 + 2 });
  });
});
