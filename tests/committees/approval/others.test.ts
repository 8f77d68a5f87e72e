/**
 * Minimax approval voting on the book's Example 2.13 (Lackner and Skowron 2023, as abcvoting's
 * examples/abcbook/example213.py asserts it), and the maximin support method and consensus rule
 * on small hand-checked cases.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type ApprovalCommitteeOutcome,
  consensus,
  lexMinimaxAv,
  maximinSupport,
  minimaxAv,
} from "../../../src/committees/index.js";
import { approvals } from "../../voting/helpers/profiles.js";

const ok = (result: E.Either<unknown, ApprovalCommitteeOutcome>): ApprovalCommitteeOutcome => {
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  return result.right;
};

describe("minimax approval voting (Example 2.13)", () => {
  const profile = approvals(
    ["a", "b", "c"],
    [{ approve: ["a"], count: 99 }, { approve: ["b", "c"] }],
  );
  it("elects b or c: the one voter approving both is 3 away from {a}, everyone else 2", () => {
    const outcome = ok(minimaxAv(profile, { seats: 1 }, { kind: "none" }));
    expect(outcome.committees).toEqual([["b"], ["c"]]);
  });
  it("lex-minimax-av refines it but keeps b and c: both are 2 from the 99 voters and 1 from the last", () => {
    expect(ok(lexMinimaxAv(profile, { seats: 1 }, { kind: "none" })).committees).toEqual([
      ["b"],
      ["c"],
    ]);
  });
  it("counts empty ballots at distance k", () => {
    const withEmpty = approvals(["a", "b"], [{ approve: ["a"] }, { approve: [] }]);
    expect(ok(minimaxAv(withEmpty, { seats: 1 })).committeeScore).toBe(1);
  });
});

describe("maximin support", () => {
  it("adds c in round 2: {a, c} can give each member at least 2, {a, b} only 3/2", () => {
    const profile = approvals(
      ["a", "b", "c"],
      [
        { approve: ["a", "b"], count: 3 },
        { approve: ["c"], count: 2 },
      ],
    );
    const outcome = ok(maximinSupport(profile, { seats: 2 }));
    expect(outcome.winners).toEqual(["a", "c"]);
    expect(outcome.rounds?.[1]?.tallies).toEqual({ b: "3/2", c: 2 });
  });
});

describe("consensus rule", () => {
  it("lets the two c voters, whose budgets grew while a was elected, elect c", () => {
    const profile = approvals(
      ["a", "b", "c"],
      [
        { approve: ["a", "b"], count: 3 },
        { approve: ["c"], count: 2 },
      ],
    );
    const outcome = ok(consensus(profile, { seats: 2 }));
    expect(outcome.winners).toEqual(["a", "c"]);
    // Round 2: the three paid 5/3 each in round 1 and hold 1 - 5/3 + 1 = 1/3; the two hold 2.
    expect(outcome.rounds?.[1]?.tallies).toEqual({ b: 1, c: 4 });
  });
});
