/**
 * Greedy Monroe on the worked example of Lackner and Skowron (2023), Example 2.8 (as abcvoting's
 * examples/abcbook script asserts it), on its dependence on the order of the voters, and on bad
 * input.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type ApprovalCommitteeOutcome,
  greedyMonroe,
  greedyMonroeMethod,
  monroe,
} from "../../../src/committees/index.js";
import { decide } from "../../../src/voting/index.js";
import { approvals } from "../../voting/helpers/profiles.js";

const ok = (result: E.Either<unknown, ApprovalCommitteeOutcome>): ApprovalCommitteeOutcome => {
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  return result.right;
};

/** The book's running example (Example 2.1): 12 voters, 8 candidates, k = 4. */
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

describe("greedyMonroe", () => {
  it("elects {a, c, d, f}, satisfying 10 voters, on the book's running example (Example 2.8)", () => {
    const outcome = ok(greedyMonroe(RUNNING, { seats: 4 }));
    expect([...outcome.winners].sort()).toEqual(["a", "c", "d", "f"]);
    // 3 + 3 + 2 + 2 voters assigned to a member they approve (the book: Monroe score 10).
    expect(outcome.committeeScore).toBe(10);
    // Shares of 3: a takes the three {a, b} voters, c the three {a, c}; d and f tie with 2.
    expect(outcome.rounds?.map((r) => r.elected)).toEqual([["a"], ["c"], ["d"], ["f"]]);
    expect(outcome.rounds?.[0]?.tallies).toMatchObject({ a: 8, b: 4, c: 4, d: 2, f: 2 });
    expect(outcome.rounds?.[1]?.tallies).toMatchObject({ b: 1, c: 4, d: 2, f: 2 });
    expect(outcome.rounds?.[2]?.tallies).toMatchObject({ b: 1, d: 2, f: 2, e: 1, g: 1 });
    expect(outcome.tieBreaks).toHaveLength(1);
    // Every resolution of the tie between d and f reaches the same committee.
    const none = ok(greedyMonroe(RUNNING, { seats: 4 }, { kind: "none" }));
    expect(none.committees).toEqual([["a", "c", "d", "f"]]);
  });

  it("depends on the order of the ballots: the first approvers in ballot order fill a share", () => {
    // Six voters, two seats, shares of 3; a has four approvers and takes the first three.
    const first = approvals(
      ["a", "b", "c"],
      [
        { approve: ["a", "b"], count: 2 },
        { approve: ["a", "c"], count: 2 },
        { approve: ["b"] },
        { approve: ["c"] },
      ],
    );
    const reordered = approvals(
      ["a", "b", "c"],
      [
        { approve: ["a", "c"], count: 2 },
        { approve: ["a", "b"], count: 2 },
        { approve: ["b"] },
        { approve: ["c"] },
      ],
    );
    // a takes both {a, b} voters and one {a, c}: c keeps 2 approvers, b 1.
    const one = ok(greedyMonroe(first, { seats: 2 }, { kind: "none" }));
    expect(one.winners).toEqual(["a", "c"]);
    expect(one.rounds?.[1]?.tallies).toEqual({ b: 1, c: 2 });
    const two = ok(greedyMonroe(reordered, { seats: 2 }, { kind: "none" }));
    expect(two.winners).toEqual(["a", "b"]);
    // Monroe's rule itself does not depend on the order.
    expect(ok(monroe(first, { seats: 2 }, { kind: "none" })).committees).toEqual(
      ok(monroe(reordered, { seats: 2 }, { kind: "none" })).committees,
    );
    expect(one.explanation[1]?.text).toContain("ballot order");
    // So the registry does not claim anonymity for it.
    expect(greedyMonroeMethod.fails).toContain("anonymity");
    expect(greedyMonroeMethod.satisfies).not.toContain("anonymity");
  });

  it("follows decide's ballot order, and gives the larger shares to the first n mod k rounds", () => {
    // Five voters, two seats: shares 3 then 2.
    const result = decide({
      method: "greedy-monroe",
      candidates: ["a", "b", "c"],
      ballots: [
        { approve: ["a"], count: 2 },
        { approve: ["a", "b"] },
        { approve: ["b"] },
        { approve: ["c"] },
      ],
      seats: 2,
    });
    const outcome = ok(result as E.Either<unknown, ApprovalCommitteeOutcome>);
    expect(outcome.winners).toEqual(["a", "b"]);
    // a takes all three of its approvers (share 3); b keeps one, as does c: a tie for seat 2.
    expect(outcome.rounds?.[1]?.tallies).toEqual({ b: 1, c: 1 });
    expect(outcome.explanation[1]?.data).toMatchObject({ shares: [3, 2] });
    const none = ok(
      decide({
        method: "greedy-monroe",
        candidates: ["a", "b", "c"],
        ballots: [
          { approve: ["a"], count: 2 },
          { approve: ["a", "b"] },
          { approve: ["b"] },
          { approve: ["c"] },
        ],
        seats: 2,
        tieBreak: { kind: "none" },
      }) as E.Either<unknown, ApprovalCommitteeOutcome>,
    );
    expect(none.committees).toEqual([
      ["a", "b"],
      ["a", "c"],
    ]);
    expect(none.winners).toEqual(["a", "b", "c"]);
  });

  it("refuses fractional counts, a bad seat count and a tiny work limit", () => {
    const fractional = approvals(["a", "b"], [{ approve: ["a"], count: "1/2" }]);
    expect(greedyMonroe(fractional, { seats: 1 })).toMatchObject(
      E.left({ _tag: "Unsupported", reason: "fractional_counts" }),
    );
    expect(greedyMonroe(RUNNING, { seats: 9 })).toMatchObject(
      E.left({ _tag: "InvalidInput", issues: [{ path: "seats" }] }),
    );
    expect(greedyMonroe(RUNNING, { seats: 4, maxWork: 1 }, { kind: "none" })).toMatchObject(
      E.left({ _tag: "Unsupported", reason: "work_limit" }),
    );
  });
});
