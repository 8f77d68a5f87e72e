import { describe, expect, it } from "vitest";
import { star } from "../../src/voting/index.js";
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
});
