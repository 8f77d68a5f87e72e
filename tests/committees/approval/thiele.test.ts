/**
 * The Thiele rules on the worked examples of Lackner and Skowron (2023), *Multi-Winner Voting with
 * Approval Preferences*, ch. 2 (as abcvoting's examples/abcbook scripts assert them), on Janson's
 * survey example of Thiele's rules, and on bad input.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import type { ApprovalProfile } from "../../../src/ballots/profile.js";
import {
  type ApprovalCommitteeOutcome,
  av,
  cc,
  geom,
  lexCc,
  pav,
  revSeqPav,
  sav,
  seqCc,
  seqPav,
} from "../../../src/committees/index.js";
import { decide } from "../../../src/voting/index.js";
import { approvals } from "../../voting/helpers/profiles.js";

const NONE = { kind: "none" } as const;

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

const ok = (result: E.Either<unknown, ApprovalCommitteeOutcome>): ApprovalCommitteeOutcome => {
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  return result.right;
};

const committeesOf = (outcome: ApprovalCommitteeOutcome): string[][] =>
  (outcome.committees ?? []).map((c) => [...c]);

describe("the book's running example (Lackner and Skowron 2023, Example 2.1)", () => {
  it("AV: {a, b, c, d} and {a, b, c, f} (Example 2.2)", () => {
    expect(committeesOf(ok(av(RUNNING, { seats: 4 }, NONE)))).toEqual([
      ["a", "b", "c", "d"],
      ["a", "b", "c", "f"],
    ]);
  });

  it("CC: {a, e, f, g} only (Example 2.3)", () => {
    const outcome = ok(cc(RUNNING, { seats: 4 }, NONE));
    expect(committeesOf(outcome)).toEqual([["a", "e", "f", "g"]]);
    expect(outcome.winners).toEqual(["a", "e", "f", "g"]);
    // Every voter approves a, e, f or g.
    expect(outcome.committeeScore).toBe(12);
  });

  it("PAV: {a, b, c, f} only (Example 2.4), score 83/6", () => {
    const outcome = ok(pav(RUNNING, { seats: 4 }, NONE));
    expect(committeesOf(outcome)).toEqual([["a", "b", "c", "f"]]);
    // {a,b}: 3 voters × 3/2; {a,c}: 3 × 3/2; {a,d}: 2 × 1; {b,c,f}: 1 + 1/2 + 1/3; {f}: 1.
    expect(outcome.committeeScore).toBe("83/6");
  });
});

describe("PAV, seq-PAV and reverse seq-PAV disagree (Lackner and Skowron 2023, Example 2.5)", () => {
  const profile = approvals(
    ["a", "b", "c", "d"],
    [
      { approve: ["a", "b"], count: 3 },
      { approve: ["a", "d"], count: 6 },
      { approve: ["b"], count: 4 },
      { approve: ["c"], count: 5 },
      { approve: ["c", "d"], count: 5 },
    ],
  );
  it("PAV elects {a, c}; seq-PAV and reverse seq-PAV elect {c, d}", () => {
    expect(committeesOf(ok(pav(profile, { seats: 2 }, NONE)))).toEqual([["a", "c"]]);
    expect(committeesOf(ok(seqPav(profile, { seats: 2 }, NONE)))).toEqual([["c", "d"]]);
    expect(committeesOf(ok(revSeqPav(profile, { seats: 2 }, NONE)))).toEqual([["c", "d"]]);
  });

  it("explains seq-PAV round by round with exact marginal gains", () => {
    const outcome = ok(seqPav(profile, { seats: 2 }));
    expect(outcome.winners).toEqual(["d", "c"]);
    expect(outcome.rounds?.[0]?.tallies).toEqual({ a: 9, b: 7, c: 10, d: 11 });
    // After d: voters {a,d} and {c,d} have one member, so a and c gain half for them.
    expect(outcome.rounds?.[1]?.tallies).toEqual({ a: 6, b: 7, c: "15/2" });
    expect(outcome.explanation.map((s) => s.kind)).toEqual(["rule", "round", "round", "elect"]);
  });
});

describe("Janson's survey, Example 13.3 (Thiele's own example), as the book's Example 2.5 quotes it", () => {
  const profile = approvals(
    ["a", "b", "c", "d"],
    [
      { approve: ["a", "c", "d"], count: 960 },
      { approve: ["b", "c", "d"], count: 3000 },
      { approve: ["b", "c"], count: 520 },
      { approve: ["a", "b"], count: 1620 },
      { approve: ["a", "d"], count: 1081 },
      { approve: ["a", "c"], count: 1240 },
      { approve: ["b", "d"], count: 360 },
      { approve: ["d"], count: 360 },
      { approve: ["c"], count: 120 },
      { approve: ["b"], count: 60 },
    ],
  );
  it("PAV {a, b}, seq-PAV {a, c}, reverse seq-PAV {b, d}", () => {
    expect(committeesOf(ok(pav(profile, { seats: 2 }, NONE)))).toEqual([["a", "b"]]);
    expect(committeesOf(ok(seqPav(profile, { seats: 2 }, NONE)))).toEqual([["a", "c"]]);
    expect(committeesOf(ok(revSeqPav(profile, { seats: 2 }, NONE)))).toEqual([["b", "d"]]);
  });
});

describe("SAV (Lackner and Skowron 2023, Example 2.14)", () => {
  it("elects a, whose single voter gives it a whole point, over b to e with 3/4 each", () => {
    const profile = approvals(
      ["a", "b", "c", "d", "e"],
      [{ approve: ["a"] }, { approve: ["b", "c", "d", "e"], count: 3 }],
    );
    const outcome = ok(sav(profile, { seats: 1 }, NONE));
    expect(committeesOf(outcome)).toEqual([["a"]]);
    expect(outcome.explanation[1]?.data?.["scores"]).toEqual({
      a: 1,
      b: "3/4",
      c: "3/4",
      d: "3/4",
      e: "3/4",
    });
  });
});

describe("the guide's example: a group of three and a group of two, two seats", () => {
  const profile = approvals(
    ["a", "b", "c"],
    [
      { approve: ["a", "b"], count: 3 },
      { approve: ["c"], count: 2 },
    ],
  );
  it("AV gives both seats to the three; PAV, seq-PAV and CC give the two one seat", () => {
    expect(ok(av(profile, { seats: 2 })).winners).toEqual(["a", "b"]);
    expect(ok(pav(profile, { seats: 2 })).winners).toEqual(["a", "c"]);
    expect(ok(pav(profile, { seats: 2 })).committeeScore).toBe(5);
    expect(ok(seqPav(profile, { seats: 2 })).winners).toEqual(["a", "c"]);
    expect(ok(seqCc(profile, { seats: 2 })).winners).toEqual(["a", "c"]);
  });
});

describe("lex-CC and geom", () => {
  const profile = approvals(
    ["a", "b", "c", "d"],
    [{ approve: ["a", "b"], count: 2 }, { approve: ["a"] }, { approve: ["c", "d"], count: 2 }],
  );
  it("lex-CC breaks CC's ties by voters covered twice", () => {
    const ccAll = committeesOf(ok(cc(profile, { seats: 3 }, NONE)));
    const lex = committeesOf(ok(lexCc(profile, { seats: 3 }, NONE)));
    // CC: any committee with a and one of c, d covers all 5.
    expect(ccAll).toEqual([
      ["a", "b", "c"],
      ["a", "b", "d"],
      ["a", "c", "d"],
    ]);
    // Each of them covers 2 voters twice; lex-CC keeps all three.
    expect(lex).toEqual(ccAll);
  });

  it("geom with p = 1 is AV, and reads p exactly as a fraction", () => {
    const one = ok(geom(RUNNING, { seats: 4, p: 1 }, NONE));
    expect(committeesOf(one)).toEqual(committeesOf(ok(av(RUNNING, { seats: 4 }, NONE))));
    expect(one.variant).toBe("p=1");
    expect(ok(geom(RUNNING, { seats: 4, p: "3/2" })).variant).toBe("p=3/2");
  });
});

describe("limits and bad input", () => {
  it("refuses a missing seats value through decide with InvalidInput at seats", () => {
    const result = decide({ method: "pav", candidates: ["a", "b"], ballots: [{ approve: ["a"] }] });
    expect(E.isLeft(result) && result.left._tag === "InvalidInput").toBe(true);
    if (E.isLeft(result) && result.left._tag === "InvalidInput")
      expect(result.left.issues[0]?.path).toBe("seats");
  });

  it("refuses ranked ballots", () => {
    const result = decide({
      method: "seq-pav",
      candidates: ["a", "b"],
      ballots: ["a>b"],
      seats: 1,
    });
    expect(E.isLeft(result)).toBe(true);
  });

  it("refuses bad seats, maxCommittees, maxWork and p in the typed functions", () => {
    const profile = RUNNING as ApprovalProfile;
    const pathOf = (r: E.Either<unknown, unknown>): unknown =>
      E.isLeft(r) ? (r.left as { issues?: { path: string }[] }).issues?.[0]?.path : undefined;
    expect(pathOf(pav(profile, { seats: 0 }))).toBe("seats");
    expect(pathOf(pav(profile, { seats: 9 }))).toBe("seats");
    expect(pathOf(pav(profile, { seats: 1.5 }))).toBe("seats");
    expect(pathOf(pav(profile, { seats: 2, maxCommittees: 0 }))).toBe("options.maxCommittees");
    expect(pathOf(pav(profile, { seats: 2, maxWork: -1 }))).toBe("options.maxWork");
    expect(pathOf(geom(profile, { seats: 2, p: 0.5 }))).toBe("options.p");
    expect(pathOf(geom(profile, { seats: 2, p: "x" }))).toBe("options.p");
  });

  it("stops the branch and bound at options.maxWork with Unsupported work_limit", () => {
    const result = pav(RUNNING, { seats: 4, maxWork: 30 });
    expect(E.isLeft(result)).toBe(true);
    if (E.isLeft(result)) {
      expect(result.left._tag).toBe("Unsupported");
      expect(result.left.message).toContain("options.maxWork");
    }
  });

  it("cuts the list of committees at options.maxCommittees and says so", () => {
    const empty = approvals(["a", "b", "c"], []);
    const outcome = ok(cc(empty, { seats: 1, maxCommittees: 2 }, NONE));
    expect(outcome.committees).toHaveLength(2);
    expect(outcome.committeesTruncated).toBe(true);
    const all = ok(seqCc(empty, { seats: 2, maxCommittees: 1 }, NONE));
    expect(all.committeesTruncated).toBe(true);
  });

  it("counts fractional ballot counts exactly", () => {
    const profile = approvals(
      ["a", "b", "c"],
      [
        { approve: ["a", "b"], count: "3/2" },
        { approve: ["c"], count: "1/3" },
      ],
    );
    const outcome = ok(pav(profile, { seats: 2 }));
    expect(outcome.winners).toEqual(["a", "b"]);
    expect(outcome.committeeScore).toBe("9/4");
  });
});

describe("the doc comments' examples", () => {
  const small = approvals(
    ["a", "b", "c"],
    [
      { approve: ["a", "b"], count: 3 },
      { approve: ["c"], count: 2 },
    ],
  );
  it("SAV elects c for one seat; lex-CC breaks CC's tie by covering the first group twice", () => {
    expect(ok(sav(small, { seats: 1 })).winners).toEqual(["c"]);
    const p = approvals(
      ["a", "b", "c", "d"],
      [{ approve: ["a", "b"], count: 2 }, { approve: ["c"] }],
    );
    expect(ok(lexCc(p, { seats: 3 }, NONE)).committees).toEqual([["a", "b", "c"]]);
    expect(ok(cc(p, { seats: 3 }, NONE)).committees).toEqual([
      ["a", "b", "c"],
      ["a", "c", "d"],
      ["b", "c", "d"],
    ]);
    expect(ok(revSeqPav(small, { seats: 2 })).winners).toEqual(["a", "c"]);
    expect(ok(geom(small, { seats: 2, p: 2 })).winners).toEqual(["a", "c"]);
  });
});
