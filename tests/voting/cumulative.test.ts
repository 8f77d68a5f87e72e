import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { cumulative, decide, score } from "../../src/voting/index.js";
import { right, scored } from "./helpers/profiles.js";

describe("cumulative", () => {
  it("adds each voter's points; plumping all points on one candidate counts in full", () => {
    // Three seats' worth of points for one winner: a minority of 2 who plump beats a split majority.
    const p = scored(
      ["a", "b", "c"],
      [
        { scores: { a: 2, b: 1 }, count: 3 },
        { scores: { c: 3 }, count: 2 },
      ],
      { min: 0, max: 3 },
    );
    const outcome = right(cumulative(p, { points: 3 }));
    expect(outcome.scores).toEqual({ a: 6, b: 3, c: 6 });
    expect(right(cumulative(p, { points: 3 }, { kind: "none" })).winners).toEqual(["a", "c"]);
  });

  it("scales an over-budget ballot down to the budget, keeping its proportions (the default)", () => {
    const p = scored(["a", "b"], [{ scores: { a: 4, b: 2 } }], { min: 0, max: 5 });
    const outcome = right(cumulative(p, { points: 3 }));
    expect(outcome.scores).toEqual({ a: 2, b: 1 });
    expect(outcome.explanation[0]?.text).toContain("scaled down to 3");
  });

  it("refuses an over-budget ballot under overvote: reject, naming its marks", () => {
    const p = scored(["a", "b"], [{ scores: { a: 4, b: 2 } }], { min: 0, max: 5 });
    expect(cumulative(p, { points: 5, overvote: "reject" })).toEqual(
      E.left({
        _tag: "InvalidInput",
        message: expect.stringContaining(
          "a ballot marks 6 points, more than the budget of 5 (a 4, b 2)",
        ),
        issues: [expect.objectContaining({ path: "ballots", code: "over_budget" })],
      }),
    );
  });

  it("equals score voting's sums when no ballot passes the budget", () => {
    const p = scored(
      ["a", "b", "c"],
      [{ scores: { a: 1, b: 2 }, count: 2 }, { scores: { c: 3 } }, { scores: {} }],
      { min: 0, max: 3 },
    );
    expect(right(cumulative(p, { points: 3 })).scores).toEqual(score(p).scores);
  });

  it("refuses a range with negative points", () => {
    const result = decide({
      method: "cumulative",
      candidates: ["a", "b"],
      ballots: [{ scores: { a: -1 } }],
      options: { range: { min: -1, max: 1 } },
    });
    expect(E.isLeft(result) && result.left).toMatchObject({
      _tag: "InvalidInput",
      issues: [expect.objectContaining({ path: "options.range.min" })],
    });
  });
});
