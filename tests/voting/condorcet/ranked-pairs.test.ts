import { describe, expect, it } from "vitest";
import { pairwiseTally } from "../../../src/ballots/index.js";
import { rankedPairs, schwartzSet } from "../../../src/voting/condorcet/index.js";
import { cycle3, NONE, profileOf, schulze45, tennessee } from "./helpers.js";

const pairs = (list: readonly { winner: string; loser: string }[]): string[] =>
  list.map((p) => `${p.winner}>${p.loser}`);

describe("rankedPairs", () => {
  it("locks every pair and ranks Nashville first in the Tennessee example (Wikipedia, 'Ranked pairs')", () => {
    const outcome = rankedPairs(tennessee());
    expect(outcome.winners).toEqual(["Nashville"]);
    expect(outcome.ranking).toEqual([["Nashville"], ["Chattanooga"], ["Knoxville"], ["Memphis"]]);
    // Wikipedia's lock order: C>K (83), N>C (68), N>K (68), then the three 58-42 wins over Memphis.
    expect(pairs(outcome.locked).slice(0, 3)).toEqual([
      "Chattanooga>Knoxville",
      "Nashville>Chattanooga",
      "Nashville>Knoxville",
    ]);
    expect(outcome.skipped).toEqual([]);
  });

  it("elects A in Schulze's 45-voter example, skipping D>C, B>A and E>A (by hand)", () => {
    const outcome = rankedPairs(schulze45());
    expect(outcome.winners).toEqual(["A"]);
    expect(outcome.ranking).toEqual([["A"], ["C"], ["E"], ["B"], ["D"]]);
    expect(pairs(outcome.locked)).toEqual(["B>D", "E>D", "A>D", "C>B", "E>B", "A>C", "C>E"]);
    expect(pairs(outcome.skipped)).toEqual(["D>C", "B>A", "E>A"]);
    expect(outcome.locked[0]).toEqual({ winner: "B", loser: "D", for: 33, against: 12 });
  });

  it("explains each lock and skip", () => {
    const texts = rankedPairs(schulze45()).explanation.map((s) => s.text);
    expect(texts).toContain("Lock B over D (33 to 12).");
    expect(texts).toContain("Skip D over C (28 to 17): the wins already locked put C above D.");
  });

  it("orders equal-strength pairs by the tie-breaking ranking of candidates (Zavist and Tideman 1989)", () => {
    // All three wins are 2-1. Lexicographic TBRC a > b > c: a>b first, then b>c; c>a is skipped.
    const lexicographic = rankedPairs(cycle3());
    expect(pairs(lexicographic.locked)).toEqual(["a>b", "b>c"]);
    expect(pairs(lexicographic.skipped)).toEqual(["c>a"]);
    expect(lexicographic.winners).toEqual(["a"]);
    expect(lexicographic.tieBreaks.map((t) => t.step)).toEqual([
      "tie-breaking ranking of candidates, place 1",
      "tie-breaking ranking of candidates, place 2",
    ]);
    // TBRC c > b > a: c>a first (winner c ranks highest), then b>c; a>b is skipped.
    const ordered = rankedPairs(cycle3(), {}, { kind: "order", order: ["c", "b", "a"] });
    expect(pairs(ordered.locked)).toEqual(["c>a", "b>c"]);
    expect(ordered.winners).toEqual(["b"]);
    expect(ordered.ranking).toEqual([["b"], ["c"], ["a"]]);
  });

  it("draws no tie-breaking ranking when equal-strength pairs do not conflict", () => {
    // a beats b and c both 2-1; b beats c 3-0. Locking a>b and a>c in either order is the same.
    const profile = profileOf(
      ["a", "b", "c"],
      [
        [2, "a>b>c"],
        [1, "b>c>a"],
      ],
    );
    const outcome = rankedPairs(profile);
    expect(outcome.tieBreaks).toEqual([]);
    expect(outcome.winners).toEqual(["a"]);
  });

  it("with tie-break none, tries every order and reports every possible winner", () => {
    const outcome = rankedPairs(cycle3(), {}, NONE);
    expect(outcome.winners).toEqual(["a", "b", "c"]);
    expect(outcome.locked).toEqual([]);
    expect(outcome.skipped).toEqual([]);
    expect(pairs(outcome.undecided ?? [])).toEqual(["a>b", "b>c", "c>a"]);
    expect(outcome.tieBreaks).toEqual([]);
  });

  it("uses margins on request (hand-computed: the weakest margin is dropped)", () => {
    // a>b 6-4 (margin 2), b>c 11-4 (margin 7), c>a 8-7 (margin 1).
    const profile = profileOf(
      ["a", "b", "c"],
      [
        [5, "a=b>c"],
        [2, "a>b>c"],
        [4, "c>a>b"],
        [4, "b>c>a"],
      ],
    );
    expect(rankedPairs(profile).winners).toEqual(["b"]); // winning votes: a>b (6) is weakest
    const margin = rankedPairs(profile, { strength: "margin" });
    expect(margin.winners).toEqual(["a"]);
    expect(pairs(margin.skipped)).toEqual(["c>a"]);
  });

  it("ranks two candidates who tie head to head in one tier", () => {
    const outcome = rankedPairs(
      profileOf(
        ["a", "b", "c"],
        [
          [1, "a>b>c"],
          [1, "b>a>c"],
        ],
      ),
      {},
      NONE,
    );
    expect(outcome.ranking).toEqual([["a", "b"], ["c"]]);
    expect(outcome.winners).toEqual(["a", "b"]);
  });
});

describe("rankedPairs and the Schwartz set", () => {
  it("can elect outside the Schwartz set when a pairwise tie leaves two sources (found by fast-check)", () => {
    // a beats b 7-0 and d 7-6; c beats b 7-6; b beats d 7-6; d beats c 3-1; a and c tie 6-6.
    // Schwartz set {a} (a is unbeaten; b, c, d form a cycle a beats into). Locked: a>b, then
    // a>d, c>b, b>d (7 to 6 each, no conflict); d>c is skipped. Nobody is locked above c.
    const profile = profileOf(
      ["a", "b", "c", "d"],
      [
        [6, "c=d>a"],
        [1, "a=c>b"],
        [3, "a=b"],
        [3, "a=b>d"],
      ],
    );
    expect(schwartzSet(pairwiseTally(profile))).toEqual(["a"]);
    const outcome = rankedPairs(profile, {}, NONE);
    expect(pairs(outcome.skipped)).toEqual(["d>c"]);
    expect(outcome.winners).toEqual(["a", "c"]);
  });
});
