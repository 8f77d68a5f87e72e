/**
 * `checkCommittee` on the published examples of the papers that define each axiom (as collected in
 * abcvoting's tests/test_properties.py), with the witnesses they point at, and on bad input.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { type CheckResult, checkCommittee } from "../../../src/committees/index.js";
import type { CommitteeProperty } from "../../../src/counting/method.js";
import { approvals } from "../../voting/helpers/profiles.js";

const name = (c: number): string => `c${c}`;

/** A profile over candidates c0..c(m-1) from lists of candidate numbers. */
const profileOf = (m: number, voters: readonly (readonly number[])[]) =>
  approvals(
    Array.from({ length: m }, (_, c) => name(c)),
    voters.map((v) => ({ approve: v.map(name) })),
  );

const times = <T>(n: number, x: T): T[] => Array.from({ length: n }, () => x);

const check = (
  m: number,
  voters: readonly (readonly number[])[],
  committee: readonly number[],
  property: CommitteeProperty,
): CheckResult => {
  const result = checkCommittee(profileOf(m, voters), committee.map(name), property);
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  return result.right;
};

describe("EJR", () => {
  it("holds in Lackner and Skowron (2021), Approval-Based Committee Voting, Example 20", () => {
    const voters = [
      [0, 3],
      [0, 1],
      [1, 2],
      [2, 3],
      ...times(2, [0]),
      ...times(2, [1]),
      ...times(2, [2]),
      ...times(2, [3]),
    ];
    expect(check(4, voters, [0, 1, 2], "ejr").holds).toBe(true);
  });

  it("fails in Aziz et al. (2017), Example 4: the four voters approving c4 and c5 get one seat each, owed two", () => {
    const voters = [[0], [1], [2], [3], [0, 4, 5], [1, 4, 5], [2, 4, 5], [3, 4, 5]];
    const r = check(6, voters, [0, 1, 2, 3], "ejr");
    expect(r.holds).toBe(false);
    expect(r.witness?.owed).toBe(2);
    expect(r.witness?.candidates).toEqual(["c4", "c5"]);
    expect(r.witness?.voters).toBe(4);
    expect(r.witness?.got).toBe(1);
    expect(r.witness?.ballots).toEqual([4, 5, 6, 7]);
  });

  it("fails in Aziz et al. (2017), Example 5", () => {
    const voters = [
      ...times(2, [0]),
      ...times(2, [0, 1, 2]),
      ...times(2, [1, 2, 3]),
      [3, 4],
      [3, 5],
    ];
    expect(check(6, voters, [0, 3, 4, 5], "ejr").holds).toBe(false);
  });

  it("holds in Aziz et al. (2017), Example 6", () => {
    const voters = [
      ...times(3, [0, 10]),
      ...times(3, [0, 11]),
      ...times(14, [1, 2, 3, 4, 5, 6, 7, 8, 9]),
    ];
    expect(check(12, voters, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], "ejr").holds).toBe(true);
  });

  it("fails in Aziz et al. (2017), Example 8", () => {
    expect(check(5, [[0, 1], [0, 1], [2], [3, 4]], [0, 2, 3, 4], "ejr").holds).toBe(false);
  });

  it("fails in Brill et al. (2024), Phragmén's voting methods and justified representation, Example 6", () => {
    const tail = [4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
    const voters = [
      ...times(2, [0, 1, 2]),
      ...times(2, [0, 1, 3]),
      ...times(6, [2, 3, ...tail]),
      ...times(5, [3, ...tail]),
      ...times(9, tail),
    ];
    const r = check(14, voters, [2, 3, ...tail], "ejr");
    expect(r.holds).toBe(false);
    // The four voters approving c0 and c1 (4 ≥ 2 · 20/12) each have one member.
    expect(r.witness?.candidates).toEqual(["c0", "c1"]);
    expect(r.witness?.owed).toBe(2);
  });
});

describe("PJR", () => {
  const sanchez = [[0], [1], [2], [3], ...times(6, [4, 5, 6, 7])];
  it("fails for {c0..c6} and holds for {c1..c7} in Sánchez-Fernández et al. (2017), Example 1", () => {
    const r = check(8, sanchez, [0, 1, 2, 3, 4, 5, 6], "pjr");
    expect(r.holds).toBe(false);
    // The six voters (6 ≥ 4 · 10/7) jointly approve c4..c7 but get only three of them.
    expect(r.witness?.owed).toBe(4);
    expect(r.witness?.got).toBe(3);
    expect(check(8, sanchez, [1, 2, 3, 4, 5, 6, 7], "pjr").holds).toBe(true);
  });

  it("holds in Brill et al. (2024), Example 5, where EJR fails", () => {
    const voters = [[0], [1], [2], [3], [0, 4, 5], [1, 4, 5], [2, 4, 5], [3, 4, 5]];
    expect(check(6, voters, [0, 1, 2, 3], "pjr").holds).toBe(true);
  });

  it("fails in Brill et al. (2024), Example 7", () => {
    const voters = [
      ...times(67, [0, 1, 2, 3]),
      ...times(12, [4]),
      ...times(11, [5]),
      ...times(10, [6]),
    ];
    expect(check(7, voters, [0, 1, 2, 4, 5, 6], "pjr").holds).toBe(false);
  });
});

describe("JR and EJR+", () => {
  it("JR fails when one voter in three, owed a seat of three, gets none", () => {
    const r = check(12, [[0, 1, 2], [0, 1, 2], [3]], [0, 1, 2], "jr");
    expect(r.holds).toBe(false);
    expect(r.witness).toMatchObject({
      candidates: ["c3"],
      owed: 1,
      got: 0,
      voters: 1,
      ballots: [1],
    });
    expect(r.witness?.text).toContain("c3");
  });

  it("JR holds where EJR fails (Aziz et al. 2017, Example 4), and EJR+ fails with c4 outside", () => {
    const voters = [[0], [1], [2], [3], [0, 4, 5], [1, 4, 5], [2, 4, 5], [3, 4, 5]];
    expect(check(6, voters, [0, 1, 2, 3], "jr").holds).toBe(true);
    const r = check(6, voters, [0, 1, 2, 3], "ejr-plus");
    expect(r.holds).toBe(false);
    expect(r.witness?.candidates).toEqual(["c4"]);
  });
});

describe("bad input", () => {
  const profile = profileOf(3, [[0], [1]]);
  const pathOf = (r: E.Either<unknown, unknown>): unknown =>
    E.isLeft(r) ? (r.left as { issues?: { path: string }[] }).issues?.[0]?.path : undefined;
  it("refuses unknown and repeated names, an empty committee and a bad maxWork", () => {
    expect(pathOf(checkCommittee(profile, ["c0", "zz"], "jr"))).toBe("committee[1]");
    expect(pathOf(checkCommittee(profile, ["c0", "c0"], "jr"))).toBe("committee[1]");
    expect(pathOf(checkCommittee(profile, ["__proto__"], "ejr"))).toBe("committee[0]");
    expect(pathOf(checkCommittee(profile, [], "ejr"))).toBe("committee");
    expect(pathOf(checkCommittee(profile, ["c0"], "ejr", { maxWork: 0 }))).toBe("options.maxWork");
  });

  it("returns Unsupported past the work limit (priceability: tests/committees/approval/priceability.test.ts)", () => {
    const voters = [...times(6, [0, 1, 2, 3, 4, 5]), [6]];
    const r = checkCommittee(profileOf(7, voters), ["c6", "c0"], "ejr", { maxWork: 5 });
    expect(E.isLeft(r) && r.left._tag === "Unsupported").toBe(true);
    const priced = checkCommittee(profile, ["c0"], "priceability", { maxLpWork: 1 });
    expect(E.isLeft(priced) && priced.left._tag === "Unsupported").toBe(true);
  });
});

describe("FJR and the core", () => {
  // Lackner and Skowron (2023), Example 2.1: n = 12, k = 4, so three voters are one seat's worth.
  const voters = [
    ...times(3, [0, 1]),
    ...times(3, [0, 2]),
    ...times(2, [0, 3]),
    [1, 2, 5],
    [4],
    [5],
    [6],
  ];
  it("a committee without a fails both: the six voters of {a, b} and {a, c} have nobody", () => {
    for (const property of ["core", "fjr"] as const) {
      const r = check(8, voters, [3, 4, 5, 6], property);
      expect(r.holds).toBe(false);
      expect(r.witness?.candidates).toEqual(["c0"]);
      expect(r.witness?.got).toBe(0);
      expect(r.witness?.voters).toBe(6);
    }
  });

  it("AV's committee {a, b, c, d} is in the core: no seat's worth of voters prefers another set", () => {
    expect(check(8, voters, [0, 1, 2, 3], "core").holds).toBe(true);
  });
});
