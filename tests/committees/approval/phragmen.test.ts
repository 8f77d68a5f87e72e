/**
 * Phragmén's rules on the book's running example (Lackner and Skowron 2023, Example 2.10, as
 * abcvoting's examples/abcbook/example210.py asserts it) and small hand-checked cases.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type ApprovalCommitteeOutcome,
  leximaxPhragmen,
  minimaxPhragmen,
  phragmenEnestroem,
} from "../../../src/committees/index.js";
import { approvals } from "../../voting/helpers/profiles.js";

const NONE = { kind: "none" } as const;

const RUNNING = approvals(
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

const ok = (result: E.Either<unknown, ApprovalCommitteeOutcome>): ApprovalCommitteeOutcome => {
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  return result.right;
};

describe("Phragmén's optimisation rules on the running example (Example 2.10)", () => {
  it("minimax Phragmén: five committees tie", () => {
    expect(ok(minimaxPhragmen(RUNNING, { seats: 4 }, NONE)).committees).toEqual([
      ["a", "b", "c", "d"],
      ["a", "b", "c", "f"],
      ["a", "b", "d", "f"],
      ["a", "c", "d", "f"],
      ["b", "c", "d", "f"],
    ]);
  });

  it("leximax Phragmén: only {a, b, c, f} wins", () => {
    const outcome = ok(leximaxPhragmen(RUNNING, { seats: 4 }, NONE));
    expect(outcome.committees).toEqual([["a", "b", "c", "f"]]);
    expect(outcome.winners).toEqual(["a", "b", "c", "f"]);
  });
});

describe("loads and budgets", () => {
  const profile = approvals(
    ["a", "b", "c"],
    [
      { approve: ["a", "b"], count: 3 },
      { approve: ["c"], count: 2 },
    ],
  );
  it("minimax Phragmén reports the maximum load: 1/2 for {a, c}", () => {
    const outcome = ok(minimaxPhragmen(profile, { seats: 2 }));
    expect(outcome.winners).toEqual(["a", "c"]);
    expect(outcome.committeeScore).toBe("1/2");
  });

  it("Phragmén-Eneström: a seat costs 5/2; a's approvers pay it from 3, c's from 2", () => {
    const outcome = ok(phragmenEnestroem(profile, { seats: 2 }));
    expect(outcome.winners).toEqual(["a", "c"]);
    // Round 2: the three keep 3 - 5/2 = 1/2 between them for b; the two hold 2 for c.
    expect(outcome.rounds?.[1]?.tallies).toEqual({ b: "1/2", c: 2 });
  });

  it("refuses more than 20 seats for the subset searches", () => {
    const names = Array.from({ length: 22 }, (_, i) => `c${i}`);
    const big = approvals(names, [{ approve: names }]);
    const r = minimaxPhragmen(big, { seats: 21 });
    expect(E.isLeft(r) && r.left._tag === "Unsupported").toBe(true);
  });
});
