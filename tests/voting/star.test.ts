import { describe, expect, it } from "vitest";
import { decide, star } from "../../src/voting/index.js";
import { scored } from "./helpers/profiles.js";

const FIVE = { min: 0, max: 5 };

describe("star", () => {
  it("lets the runoff overturn the scoring round's leader (hand count)", () => {
    const p = scored(
      ["a", "b", "c"],
      [
        { scores: { a: 5, b: 0, c: 1 }, count: 2 },
        { scores: { a: 4, b: 5, c: 0 }, count: 3 },
      ],
      FIVE,
    );
    const outcome = star(p);
    expect(outcome.scores).toEqual({ a: 22, b: 15, c: 2 });
    expect(outcome.rounds?.[1]?.tallies).toEqual({ b: 3, a: 2 });
    expect(outcome.winners).toEqual(["b"]);
  });

  it("breaks a runoff tie by total score, then by five-star ratings (Official STAR tiebreaker; the starvote test election 'breakable tie in automatic runoff round using max score count')", () => {
    // Brian 12, Chuck 12, Amy 3; runoff Brian 1, Chuck 1, no preference 1; five stars: Chuck 2, Brian 1.
    const p = scored(
      ["Amy", "Brian", "Chuck"],
      [
        { scores: { Amy: 1, Brian: 5, Chuck: 5 } },
        { scores: { Amy: 1, Brian: 4, Chuck: 5 } },
        { scores: { Amy: 1, Brian: 3, Chuck: 2 } },
      ],
      FIVE,
    );
    const outcome = star(p);
    expect(outcome.scores).toEqual({ Amy: 3, Brian: 12, Chuck: 12 });
    expect(outcome.rounds?.[1]?.tallies).toEqual({ Brian: 1, Chuck: 1 });
    expect(outcome.winners).toEqual(["Chuck"]);
    expect(outcome.tieBreaks).toEqual([]);
  });

  it("breaks a two-way tie for the second finalist head to head", () => {
    // a 10 leads; b and c tie on 6, but 2 voters score b above c and 1 the reverse.
    const p = scored(
      ["a", "b", "c"],
      [
        { scores: { a: 5, b: 3, c: 0 } },
        { scores: { a: 5, b: 3, c: 1 } },
        { scores: { a: 0, b: 0, c: 5 } },
      ],
      FIVE,
    );
    const outcome = star(p);
    expect(outcome.rounds?.[0]?.eliminated).toEqual(["c"]);
    expect(outcome.winners).toEqual(["a"]);
  });

  it("falls back to the tie-break policy when the protocol cannot decide (starvote 'unbreakable tie for second')", () => {
    const p = scored(
      ["Amy", "Brian", "Chuck"],
      [
        { scores: { Amy: 4, Brian: 0, Chuck: 5 } },
        { scores: { Amy: 0, Brian: 4, Chuck: 5 } },
        { scores: { Amy: 2, Brian: 2, Chuck: 5 } },
      ],
      FIVE,
    );
    const outcome = star(p);
    expect(outcome.scores).toEqual({ Amy: 6, Brian: 6, Chuck: 15 });
    expect(outcome.tieBreaks).toMatchObject([{ tied: ["Amy", "Brian"], chosen: "Amy" }]);
    expect(outcome.winners).toEqual(["Chuck"]);
  });

  it("breaks a runoff tie with tied totals by five-star ratings (BetterVoting's STAR tabulator tests, 'True Tie, use five-star tiebreaker to resolve')", () => {
    // Equal-Vote/bettervoting, packages/backend/src/Tabulators/Star.test.ts: Allison and Bill
    // scored [2, 4] and [5, 3]: totals 7 and 7, runoff 1 to 1, five-star ratings Allison 1.
    const p = scored(
      ["Allison", "Bill"],
      [{ scores: { Allison: 2, Bill: 4 } }, { scores: { Allison: 5, Bill: 3 } }],
      FIVE,
    );
    for (const tieBreak of [{ kind: "lexicographic" }, { kind: "none" }] as const) {
      const outcome = star(p, {}, tieBreak);
      expect(outcome.scores).toEqual({ Allison: 7, Bill: 7 });
      expect(outcome.rounds?.[1]?.tallies).toEqual({ Allison: 1, Bill: 1 });
      expect(outcome.winners).toEqual(["Allison"]);
      expect(outcome.tieBreaks).toEqual([]);
    }
  });

  it("decides the starvote runoff case by five-star ratings under tie-break none too", () => {
    const p = scored(
      ["Amy", "Brian", "Chuck"],
      [
        { scores: { Amy: 1, Brian: 5, Chuck: 5 } },
        { scores: { Amy: 1, Brian: 4, Chuck: 5 } },
        { scores: { Amy: 1, Brian: 3, Chuck: 2 } },
      ],
      FIVE,
    );
    const outcome = star(p, {}, { kind: "none" });
    expect(outcome.winners).toEqual(["Chuck"]);
    expect(outcome.tieBreaks).toEqual([]);
  });

  it("breaks a three-way tie on total score head to head first, then by five-star ratings (Official STAR Voting Tiebreaker Protocol, starvoting.org/ties, step 1)", () => {
    // a, b and c all total 9. Among them a beats b and c, b beats c: c lost the most matchups and
    // is out although it has the only five-star rating; then b loses to a, so a takes the first
    // place and b the second (as in BetterVoting's test 'Three way score tie for first, eliminate
    // candidate with most losses').
    const p = scored(
      ["a", "b", "c", "d"],
      [{ scores: { a: 4, b: 3, c: 2, d: 0 }, count: 2 }, { scores: { a: 1, b: 3, c: 5, d: 0 } }],
      FIVE,
    );
    const outcome = star(p);
    expect(outcome.scores).toEqual({ a: 9, b: 9, c: 9, d: 0 });
    expect(outcome.rounds?.[0]?.eliminated).toEqual(["c", "d"]);
    expect(outcome.rounds?.[1]?.tallies).toEqual({ a: 2, b: 1 });
    expect(outcome.winners).toEqual(["a"]);
    expect(outcome.tieBreaks).toEqual([]);
  });

  it("falls to five-star ratings when the tied candidates are tied head to head (protocol step 2)", () => {
    // a 10 leads; b and c total 5 each and split 1 to 1 head to head; c has the five-star rating.
    const p = scored(
      ["a", "b", "c"],
      [{ scores: { a: 5, b: 4, c: 0 } }, { scores: { a: 5, b: 1, c: 5 } }],
      FIVE,
    );
    const outcome = star(p, {}, { kind: "none" });
    expect(outcome.scores).toEqual({ a: 10, b: 5, c: 5 });
    expect(outcome.rounds?.[0]?.eliminated).toEqual(["b"]);
    expect(outcome.winners).toEqual(["a"]);
    expect(outcome.tieBreaks).toEqual([]);
  });

  it("elects the candidate who wins whichever tied candidate reaches the runoff (issue 11, bug 3)", () => {
    // Totals a 3, b 3, c 4: c goes through; a and b tie on total, head to head (1 to 1) and on
    // five-star ratings (none), so under tie-break none both pairs are counted. c against a:
    // 1 to 1, c has the higher total; c against b: 1 to 0 (the first voter has no preference).
    // The old count sent a, b and c to one runoff and elected a.
    const p = scored(
      ["a", "b", "c"],
      [{ scores: { a: 0, b: 3, c: 3 } }, { scores: { a: 3, b: 0, c: 1 } }],
      FIVE,
    );
    const outcome = star(p, {}, { kind: "none" });
    expect(outcome.winners).toEqual(["c"]);
    expect(outcome.explanation.find((s) => s.kind === "branches")?.data).toEqual({
      branches: [
        { finalists: ["a", "c"], runoff: { a: 1, c: 1 }, winners: ["c"] },
        { finalists: ["b", "c"], runoff: { b: 0, c: 1 }, winners: ["c"] },
      ],
    });
    for (const order of [
      ["a", "b", "c"],
      ["b", "a", "c"],
      ["c", "b", "a"],
    ])
      expect(star(p, {}, { kind: "order", order }).winners).toEqual(["c"]);
  });

  it("reads STAR ballots on its own 0-5 scale through decide, so the published tie cases are decided by five-star ratings without options", () => {
    // The starvote case and BetterVoting's Allison/Bill case (above), as a spec with no range.
    const starvote = decide({
      method: "star",
      candidates: ["Amy", "Brian", "Chuck"],
      ballots: [
        { scores: { Amy: 1, Brian: 5, Chuck: 5 } },
        { scores: { Amy: 1, Brian: 4, Chuck: 5 } },
        { scores: { Amy: 1, Brian: 3, Chuck: 2 } },
      ],
    });
    expect(starvote._tag === "Right" && starvote.right.winners).toEqual(["Chuck"]);
    for (const tieBreak of [{ kind: "lexicographic" }, { kind: "none" }]) {
      const allison = decide({
        method: "star",
        candidates: ["Allison", "Bill"],
        ballots: [{ scores: { Allison: 2, Bill: 4 } }, { scores: { Allison: 5, Bill: 3 } }],
        tieBreak,
      });
      expect(allison._tag === "Right" && allison.right.winners).toEqual(["Allison"]);
    }
    // A score above 5 is refused unless the spec declares a wider range.
    const six = { method: "star", candidates: ["a", "b"], ballots: [{ scores: { a: 6, b: 0 } }] };
    expect(decide(six)).toMatchObject({ _tag: "Left", left: { _tag: "InvalidInput" } });
    const wide = decide({ ...six, options: { range: { min: 0, max: 10 } } });
    expect(wide._tag === "Right" && wide.right.winners).toEqual(["a"]);
  });
});
