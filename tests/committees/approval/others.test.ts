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
  monroe,
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

describe("Monroe's rule", () => {
  it("finds six committees with one Monroe score on the book's running example (Example 2.7)", () => {
    const running = approvals(
      ["a", "b", "c", "d", "e", "f", "g", "h"],
      [
        { approve: ["a", "b"], count: 3 },
        { approve: ["a", "c"], count: 3 },
        { approve: ["a", "d"], count: 2 },
        { approve: ["b", "c", "f"] },
        { approve: ["e"] },
        { approve: ["f"] },
        { approve: ["g"] },
      ],
    );
    const outcome = ok(monroe(running, { seats: 4 }, { kind: "none" }));
    expect(outcome.committees).toHaveLength(6);
    // Each member represents 3 of the 12 voters; a can satisfy only 3 of its 8 approvers.
    const first = ok(monroe(running, { seats: 4 }));
    expect(typeof first.committeeScore).toBe("number");
  });

  it("the doc example: a or b with c", () => {
    const p = approvals(
      ["a", "b", "c"],
      [
        { approve: ["a", "b"], count: 3 },
        { approve: ["c"], count: 3 },
      ],
    );
    expect(ok(monroe(p, { seats: 2 }, { kind: "none" })).committees).toEqual([
      ["a", "c"],
      ["b", "c"],
    ]);
    expect(ok(monroe(p, { seats: 2 })).committeeScore).toBe(6);
  });

  it("refuses fractional ballot counts", () => {
    const p = approvals(["a", "b"], [{ approve: ["a"], count: "1/2" }]);
    const r = monroe(p, { seats: 1 });
    expect(E.isLeft(r) && r.left._tag === "Unsupported").toBe(true);
  });
});
