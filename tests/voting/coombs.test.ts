import { describe, expect, it } from "vitest";
import { coombs } from "../../src/voting/index.js";
import { ranked, tennessee } from "./helpers/profiles.js";

describe("coombs", () => {
  it("eliminates Memphis (58 last places), then elects Nashville with 68 (Wikipedia, Coombs' method, Tennessee)", () => {
    const outcome = coombs(tennessee());
    expect(outcome.winners).toEqual(["Nashville"]);
    expect(outcome.rounds?.[0]?.eliminated).toEqual(["Memphis"]);
    expect(outcome.rounds?.[1]?.tallies).toEqual({ Nashville: 68, Chattanooga: 15, Knoxville: 17 });
    expect(outcome.explanation[1]?.data?.["lastPlaces"]).toEqual({
      Memphis: 58,
      Nashville: 0,
      Chattanooga: 0,
      Knoxville: 42,
    });
  });

  it("shares last place among unranked candidates under tied-last, not under not-compared", () => {
    // "a" ranks only a: under tied-last b and c share its last place.
    const p = ranked(["a", "b", "c"], [{ ranking: ["a"], count: 2 }, "b>c>a", "c>a>b"]);
    expect(coombs(p).explanation[1]?.data?.["lastPlaces"]).toEqual({ a: 1, b: 2, c: 1 });
    expect(coombs(p, { unranked: "not-compared" }).explanation[1]?.data?.["lastPlaces"]).toEqual({
      a: 1,
      b: 1,
      c: 0,
    });
  });

  it("reports every candidate as tied in a perfect cycle under tie-break none", () => {
    const outcome = coombs(
      ranked(["a", "b", "c"], ["a>b>c", "b>c>a", "c>a>b"]),
      {},
      { kind: "none" },
    );
    expect(outcome.winners).toEqual(["a", "b", "c"]);
  });

  describe("never eliminates everyone (issue 11, bug 1)", () => {
    // Every candidate is ranked last once, so all four tie for the most last places. The count
    // used to drop all four under tie-break none and report `winners: []` with the sentence "One
    // candidate remains"; now exactly one candidate leaves per round and each choice is followed.
    const four = (): ReturnType<typeof ranked> =>
      ranked(["a", "b", "c", "d"], ["a>b>c>d", "a>c>d>b", "b>d>a>c", "c>b>d>a"]);

    it("follows each elimination of the four-way tie for last under tie-break none", () => {
      const outcome = coombs(four(), {}, { kind: "none" });
      expect(outcome.winners).toEqual(["a", "b", "c"]);
      expect(outcome.explanation.find((s) => s.kind === "branches")?.data).toEqual({
        branches: [
          // Without a: b>c>d, c>d>b, b>d>c, c>b>d; d has 2 last places and goes; b 2, c 2 tie.
          { eliminated: "a", winners: ["b", "c"] },
          // Without b: a>c>d twice, d>a>c, c>d>a; d goes (2 last places); a has 3 of 4.
          { eliminated: "b", winners: ["a"] },
          // Without c: a>b>d, a>d>b, b>d>a twice; a goes (2 last places); b has 3 of 4.
          { eliminated: "c", winners: ["b"] },
          // Without d: a>b>c, a>c>b, b>a>c, c>b>a; c goes (2 last places); a 2, b 2 tie.
          { eliminated: "d", winners: ["a", "b"] },
        ],
      });
      expect(outcome.explanation.map((s) => s.text).join(" ")).not.toContain(
        "One candidate remains",
      );
    });

    it("eliminates one of the four under a deterministic policy", () => {
      const outcome = coombs(four());
      expect(outcome.rounds?.[0]?.eliminated).toEqual(["d"]);
      expect(outcome.winners).toEqual(["a"]);
    });

    it("elects one of every branch's winners in the smallest three-candidate case", () => {
      // 2x a>b>c, a>c>b, 2x b>c>a, c>a>b: a has 3 first places of 6 (not a majority) and every
      // candidate 2 last places. Without a, b has 4 of 6; without c, a has 4 of 6; without b,
      // a and c have 3 each and 3 last places each, tied for the win.
      const p = ranked(
        ["a", "b", "c"],
        [
          { ranking: ["a", "b", "c"], count: 2 },
          "a>c>b",
          { ranking: ["b", "c", "a"], count: 2 },
          "c>a>b",
        ],
      );
      const outcome = coombs(p, {}, { kind: "none" });
      expect(outcome.winners).toEqual(["a", "b", "c"]);
      expect(outcome.explanation.find((s) => s.kind === "branches")?.data).toEqual({
        branches: [
          { eliminated: "a", winners: ["b"] },
          { eliminated: "b", winners: ["a", "c"] },
          { eliminated: "c", winners: ["a"] },
        ],
      });
      expect(coombs(p, {}, { kind: "order", order: ["b", "c", "a"] }).winners).toEqual(["b"]);
    });
  });
});
