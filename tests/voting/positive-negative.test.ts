import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { decide, positiveNegative } from "../../src/voting/index.js";
import { right, scored } from "./helpers/profiles.js";

const TENNESSEE = ["Memphis", "Nashville", "Chattanooga", "Knoxville"];

describe("positiveNegative (D21 – Janeček method)", () => {
  // electowiki, "D21 method", Example (the Tennessee capital example, which Wikipedia's article
  // "D21 – Janeček method" also uses): four candidates, one winner, two plus votes per voter,
  // each voter giving them to the two cities nearest their own. The page gives Knoxville 32
  // votes and elects Nashville; the other totals follow from the same ballots.
  it("elects Nashville in the published Tennessee example, Knoxville with 32 votes", () => {
    const outcome = right(
      decide({
        method: "positive-negative",
        candidates: TENNESSEE,
        ballots: [
          { scores: { Memphis: 1, Nashville: 1 }, count: 42 },
          { scores: { Nashville: 1, Chattanooga: 1 }, count: 26 },
          { scores: { Chattanooga: 1, Knoxville: 1 }, count: 15 },
          { scores: { Knoxville: 1, Chattanooga: 1 }, count: 17 },
        ],
        options: { plus: 2 },
      }),
    );
    expect(outcome.winners).toEqual(["Nashville"]);
    expect(outcome.scores).toEqual({ Memphis: 42, Nashville: 68, Chattanooga: 58, Knoxville: 32 });
    expect(outcome.method).toBe("positive-negative");
    expect(outcome.variant).toBe("d21");
  });

  it("counts a minus vote as -1: Memphis voters' minus vote on Knoxville does not change the winner", () => {
    // The same election where the Memphis voters add a minus vote (allowed: they cast two plus).
    const outcome = right(
      decide({
        method: "positive-negative",
        candidates: TENNESSEE,
        ballots: [
          { scores: { Memphis: 1, Nashville: 1, Knoxville: -1 }, count: 42 },
          { scores: { Nashville: 1, Chattanooga: 1 }, count: 26 },
          { scores: { Chattanooga: 1, Knoxville: 1 }, count: 15 },
          { scores: { Knoxville: 1, Chattanooga: 1 }, count: 17 },
        ],
        options: { plus: 2 },
      }),
    );
    expect(outcome.scores).toEqual({ Memphis: 42, Nashville: 68, Chattanooga: 58, Knoxville: -10 });
    expect(outcome.winners).toEqual(["Nashville"]);
    const rule = outcome.explanation[0];
    expect(rule?.data).toMatchObject({
      minusVotes: { Knoxville: "42", Memphis: "0" },
      plusVotes: { Knoxville: "32" },
    });
  });

  it("lets a minus vote defeat a polarising leader (more plus votes, more minus votes)", () => {
    // a: 5 plus, 4 minus = 1; b: 4 plus = 4.
    const p = scored(
      ["a", "b", "c"],
      [
        { scores: { a: 1, c: 1 }, count: 5 },
        { scores: { b: 1, c: 1, a: -1 }, count: 4 },
      ],
      { min: -1, max: 1 },
    );
    const outcome = right(positiveNegative(p));
    expect(outcome.scores).toEqual({ a: 1, b: 4, c: 9 });
    expect(outcome.winners).toEqual(["c"]);
  });

  it("refuses a minus vote cast with fewer than two plus votes (the D21 rule), naming the ballot", () => {
    const result = decide({
      method: "positive-negative",
      candidates: ["a", "b", "c"],
      ballots: [
        { scores: { a: 1, b: -1 }, count: 2 },
        { scores: { a: 1, c: 1, b: -1 } },
        { scores: { c: -1 } },
      ],
    });
    expect(result).toEqual(
      E.left({
        _tag: "InvalidInput",
        message: expect.any(String),
        issues: [
          {
            path: "ballots[0]",
            code: "minus_without_plus",
            message:
              "the ballot (a +1, b -1) casts 1 minus vote with 1 plus vote (each minus vote needs 2 plus votes)",
          },
          {
            path: "ballots[2]",
            code: "minus_without_plus",
            message:
              "the ballot (c -1) casts 1 minus vote with 0 plus votes (each minus vote needs 2 plus votes)",
          },
        ],
      }),
    );
    // A profile built without a spec has merged its ballots: the issue names the marks instead.
    const p = scored(
      ["a", "b", "c"],
      [{ scores: { a: 1, b: -1 }, count: 2 }, { scores: { a: 1, c: 1, b: -1 } }],
      { min: -1, max: 1 },
    );
    expect(positiveNegative(p)).toEqual(
      E.left({
        _tag: "InvalidInput",
        message: expect.any(String),
        issues: [
          {
            path: "ballots",
            code: "minus_without_plus",
            message:
              "a ballot (a +1, b -1) casts 1 minus vote with 1 plus vote (each minus vote needs 2 plus votes)",
          },
        ],
      }),
    );
  });

  it("refuses too many plus votes and too many minus votes", () => {
    const spec = (ballot: Record<string, number>, options: Record<string, unknown>): unknown =>
      decide({
        method: "positive-negative",
        candidates: ["a", "b", "c", "d", "e"],
        ballots: [{ scores: ballot }],
        options,
      });
    // ih21.org's example: 3 plus votes and 1 minus vote.
    const d21 = { plus: 3, minus: 1 };
    expect(E.isRight(spec({ a: 1, b: 1, c: 1, d: -1 }, d21) as E.Either<unknown, unknown>)).toBe(
      true,
    );
    expect(spec({ a: 1, b: 1, c: 1, d: 1 }, d21)).toMatchObject(
      E.left({
        issues: [
          {
            path: "ballots[0]",
            code: "too_many_plus",
            message: "the ballot (a +1, b +1, c +1, d +1) casts more than 3 plus votes",
          },
        ],
      }),
    );
    expect(spec({ a: 1, b: 1, c: 1, d: -1, e: -1 }, d21)).toMatchObject(
      E.left({ issues: [{ path: "ballots[0]", code: "too_many_minus" }] }),
    );
    // Two minus votes need four plus votes.
    expect(spec({ a: 1, b: 1, c: 1, d: -1, e: -1 }, { minus: 2 })).toMatchObject(
      E.left({ issues: [{ code: "minus_without_plus" }] }),
    );
    expect(
      E.isRight(
        spec({ a: 1, b: 1, c: 1, d: -1, e: -1 }, { minus: 2, plusPerMinus: 1 }) as E.Either<
          unknown,
          unknown
        >,
      ),
    ).toBe(true);
  });

  it("refuses a range reaching past -1..1, and marks outside the default range", () => {
    expect(
      decide({
        method: "positive-negative",
        candidates: ["a", "b"],
        ballots: [{ scores: { a: 2 } }],
        options: { range: { min: 0, max: 5 } },
      }),
    ).toMatchObject(E.left({ _tag: "InvalidInput", issues: [{ path: "options.range" }] }));
    const result = decide({
      method: "positive-negative",
      candidates: ["a", "b"],
      ballots: [{ scores: { a: 2 } }],
    });
    expect(E.isLeft(result) && result.left._tag).toBe("InvalidInput");
  });

  it("is combined approval-disapproval voting without caps and with plusPerMinus 0", () => {
    const outcome = right(
      decide({
        method: "positive-negative",
        candidates: ["a", "b"],
        ballots: [{ scores: { a: -1 } }, { scores: { b: -1 }, count: 2 }],
        options: { plusPerMinus: 0 },
        tieBreak: { kind: "none" },
      }),
    );
    expect(outcome.variant).toBe("combined-approval");
    expect(outcome.scores).toEqual({ a: -1, b: -2 });
    expect(outcome.winners).toEqual(["a"]);
  });

  it("reports every tied leader under tie-break none, and exact fractional balances", () => {
    const p = scored(
      ["a", "b", "c"],
      [
        { scores: { a: 1, b: 1, c: -1 }, count: "1/2" },
        { scores: { c: 1 }, count: "1/2" },
      ],
      { min: -1, max: 1 },
    );
    const outcome = right(positiveNegative(p, {}, { kind: "none" }));
    expect(outcome.scores).toEqual({ a: "1/2", b: "1/2", c: 0 });
    expect(outcome.winners).toEqual(["a", "b"]);
    expect(outcome.tieBreaks).toHaveLength(1);
  });

  it("runs its doc examples", () => {
    const p = scored(
      ["a", "b", "c"],
      [
        { scores: { a: 1, b: 1, c: -1 }, count: 2 },
        { scores: { a: 1, c: 1 }, count: 3 },
      ],
      { min: -1, max: 1 },
    );
    expect(right(positiveNegative(p, { plus: 2 })).scores).toEqual({ a: 5, b: 2, c: 1 });
    expect(
      decide({
        method: "positive-negative",
        candidates: ["a", "b"],
        ballots: [{ scores: { a: 1, b: -1 } }],
      })._tag,
    ).toBe("Left");
  });
});
