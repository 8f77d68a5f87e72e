/** The `@example` blocks of the approval-committee rules and checks, run as tests. */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type ApprovalCommitteeOutcome,
  av,
  cc,
  checkCommittee,
  consensus,
  geom,
  leximaxPhragmen,
  lexMinimaxAv,
  maximinSupport,
  minimaxAv,
  minimaxPhragmen,
  pav,
  phragmenEnestroem,
  revSeqPav,
  sav,
  seqCc,
  seqPav,
  seqSlav,
  slav,
} from "../../../src/committees/index.js";
import { approvals } from "../../voting/helpers/profiles.js";

const ok = (result: E.Either<unknown, ApprovalCommitteeOutcome>): ApprovalCommitteeOutcome => {
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  return result.right;
};

/** The profile most examples use: a group of three (a, b) and a group of two (c). */
const small = approvals(
  ["a", "b", "c"],
  [
    { approve: ["a", "b"], count: 3 },
    { approve: ["c"], count: 2 },
  ],
);

describe("doc comment examples", () => {
  it("av elects a and b; every proportional rule elects a and c", () => {
    expect(ok(av(small, { seats: 2 })).winners).toEqual(["a", "b"]);
    expect(ok(sav(small, { seats: 1 })).winners).toEqual(["c"]);
    for (const rule of [
      pav,
      slav,
      cc,
      seqPav,
      revSeqPav,
      seqSlav,
      seqCc,
      minimaxPhragmen,
      leximaxPhragmen,
      phragmenEnestroem,
      consensus,
      maximinSupport,
    ])
      expect(
        ok(rule(small, { seats: 2 }))
          .winners.slice()
          .sort(),
      ).toEqual(["a", "c"]);
    expect(ok(geom(small, { seats: 2, p: 2 })).winners).toEqual(["a", "c"]);
    expect(ok(pav(small, { seats: 2 })).committeeScore).toBe(5);
    expect(ok(minimaxPhragmen(small, { seats: 2 })).committeeScore).toBe("1/2");
    expect(ok(seqPav(small, { seats: 2 })).rounds?.[1]?.tallies).toEqual({ b: "3/2", c: 2 });
    expect(ok(maximinSupport(small, { seats: 2 })).rounds?.[1]?.tallies).toEqual({
      b: "3/2",
      c: 2,
    });
  });

  it("minimax AV and its refinement on the book's Example 2.13", () => {
    const p = approvals(["a", "b", "c"], [{ approve: ["a"], count: 99 }, { approve: ["b", "c"] }]);
    expect(ok(minimaxAv(p, { seats: 1 }, { kind: "none" })).committees).toEqual([["b"], ["c"]]);
    expect(ok(lexMinimaxAv(p, { seats: 1 })).winners).toEqual(["b"]);
  });

  it("checkCommittee finds the third of the voters that AV's committee leaves out", () => {
    const p = approvals(
      ["a", "b", "c", "d"],
      [
        { approve: ["a", "b", "c"], count: 4 },
        { approve: ["d"], count: 2 },
      ],
    );
    const r = checkCommittee(p, ["a", "b", "c"], "jr");
    expect(E.isRight(r) && r.right.witness?.candidates).toEqual(["d"]);
  });
});
