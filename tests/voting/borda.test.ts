import { describe, expect, it } from "vitest";
import { borda } from "../../src/voting/index.js";
import { ranked, tennessee } from "./helpers/profiles.js";

describe("borda", () => {
  it("elects Nashville with 194 points in the Tennessee example (Wikipedia, Borda count)", () => {
    const outcome = borda(tennessee());
    expect(outcome.winners).toEqual(["Nashville"]);
    expect(outcome.scores).toEqual({
      Memphis: 126,
      Nashville: 194,
      Chattanooga: 173,
      Knoxville: 107,
    });
    expect(outcome.ranking).toEqual([["Nashville"], ["Chattanooga"], ["Memphis"], ["Knoxville"]]);
    expect(outcome.variant).toBe("standard");
  });

  it("averages the points of tied positions (hand count)", () => {
    // a=b share 3 and 2 (5/2 each); c gets 1, d 0.
    expect(borda(ranked(["a", "b", "c", "d"], ["a=b>c>d"])).scores).toEqual({
      a: "5/2",
      b: "5/2",
      c: 1,
      d: 0,
    });
  });

  it("shares the bottom positions among unranked candidates under tied-last", () => {
    // a 3; b, c, d share 2, 1, 0 (1 each).
    expect(borda(ranked(["a", "b", "c", "d"], ["a"])).scores).toEqual({ a: 3, b: 1, c: 1, d: 1 });
  });

  it("gives unranked candidates nothing under not-compared", () => {
    const p = ranked(["a", "b", "c", "d"], ["a>b"]);
    expect(borda(p, { unranked: "not-compared" }).scores).toEqual({ a: 3, b: 2, c: 0, d: 0 });
    expect(borda(p, { points: "tournament", unranked: "not-compared" }).scores).toEqual({
      a: 1,
      b: 0,
      c: 0,
      d: 0,
    });
  });

  it("equals the tournament scheme under tied-last", () => {
    const p = ranked(
      ["a", "b", "c", "d"],
      ["a>b", "c=d>a", "b>c>d>a", { ranking: ["d"], count: "2/3" }],
    );
    expect(borda(p, { points: "tournament" }).scores).toEqual(borda(p).scores);
  });

  it("uses Emerson's modified Borda count (m, m-1, ..., 1 for m ranked)", () => {
    expect(borda(ranked(["a", "b", "c", "d"], ["a>b"]), { points: "modified" }).scores).toEqual({
      a: 2,
      b: 1,
      c: 0,
      d: 0,
    });
  });

  it("stays exact with huge counts (bigint path)", () => {
    const outcome = borda(
      ranked(
        ["a", "b"],
        [
          { ranking: ["a", "b"], count: 2 ** 50 },
          { ranking: ["b", "a"], count: 3 },
        ],
      ),
    );
    expect(outcome.scores).toEqual({ a: 2 ** 50, b: 3 });
  });
});
