/**
 * Priceability (Peters and Skowron 2020) through `checkCommittee` and `checkCommitteeAsync`: the
 * published examples (Lackner and Skowron 2023, Example 23, and the small instances abcvoting's
 * tests/test_properties.py records for it), the exact witness, the rule's own prices of Equal
 * Shares verified exactly, AV on a known counterexample, bad input and the work limits.
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import type { ApprovalProfile } from "../../../src/ballots/profile.js";
import {
  type CheckResult,
  checkCommittee,
  checkCommitteeAsync,
  equalSharesCommittee,
  seqPhragmenCommittee,
} from "../../../src/committees/index.js";
import * as q from "../../../src/core/rational.js";
import { type PriceProblem, verifyPrices } from "../../../src/counting/price-system.js";
import { runs } from "../../helpers/runs.js";
import { approvals } from "../../voting/helpers/profiles.js";
import { arbSmallElection } from "./helpers.js";

const name = (c: number): string => `c${c}`;
const profileOf = (m: number, voters: readonly (readonly number[])[]): ApprovalProfile =>
  approvals(
    Array.from({ length: m }, (_, c) => name(c)),
    voters.map((v) => ({ approve: v.map(name) })),
  );
const times = <T>(n: number, x: T): T[] => Array.from({ length: n }, () => x);

const priceable = (profile: ApprovalProfile, committee: readonly string[]): CheckResult => {
  const result = checkCommittee(profile, committee, "priceability");
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  return result.right;
};

/** Re-checks a returned price system by hand, exactly, against the five conditions. */
const expectValidPriceSystem = (
  profile: ApprovalProfile,
  committee: readonly string[],
  result: CheckResult,
): void => {
  const system = result.priceSystem;
  expect(system).toBeDefined();
  if (system === undefined) return;
  const price = q.parseRational(String(system.price)) as q.Rational;
  expect(q.sign(price)).toBe(1);
  const m = profile.candidates.length;
  const paid = new Map<string, q.Rational>();
  const left = new Map<number, q.Rational>();
  for (const row of system.payments) {
    let spent = q.ZERO;
    for (const [c, v] of Object.entries(row.pays)) {
      const value = q.parseRational(String(v)) as q.Rational;
      const ci = profile.candidates.indexOf(c);
      expect(profile.approvals[row.ballot * m + ci], `ballot ${row.ballot} approves ${c}`).toBe(1);
      expect(committee).toContain(c);
      spent = q.add(spent, value);
      const count = q.rational(profile.counts[row.ballot] as number);
      paid.set(c, q.add(paid.get(c) ?? q.ZERO, q.mul(value, count)));
    }
    expect(q.compare(spent, q.ONE)).toBeLessThanOrEqual(0);
    expect(q.equals(q.sub(q.ONE, spent), q.parseRational(String(row.left)) as q.Rational)).toBe(
      true,
    );
    left.set(row.ballot, q.sub(q.ONE, spent));
  }
  for (const c of committee)
    expect(q.toFraction(paid.get(c) ?? q.ZERO), c).toBe(q.toFraction(price));
  for (let ci = 0; ci < m; ci++) {
    const c = profile.candidates[ci] as string;
    if (committee.includes(c)) continue;
    let keep = q.ZERO;
    for (let b = 0; b < profile.ballotCount; b++)
      if (profile.approvals[b * m + ci] === 1)
        keep = q.add(keep, q.mul(left.get(b) ?? q.ONE, q.rational(profile.counts[b] as number)));
    expect(
      q.compare(keep, price),
      `approvers of ${c} keep ${q.toFraction(keep)}`,
    ).toBeLessThanOrEqual(0);
  }
};

describe("priceability on published examples", () => {
  // Lackner and Skowron (2023), Multi-Winner Voting with Approval Preferences, Example 23
  // (as recorded in abcvoting's tests): 6 voters, 15 candidates, k = 12.
  const example23 = profileOf(15, [
    [0, 1, 2, 3],
    [0, 1, 2, 4],
    [0, 1, 2, 5],
    [6, 7, 8],
    [9, 10, 11],
    [12, 13, 14],
  ]);

  it("Example 23: the proportional committee is priceable, at most at price 1/2", () => {
    const committee = [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 12, 13].map(name);
    const result = priceable(example23, committee);
    expect(result.holds).toBe(true);
    expect(result.exact).toBe(true);
    // the first three voters pay for six members with 3 in all, so p ≤ 1/2; p = 1/2 works
    expect(result.priceSystem?.price).toBe("1/2");
    expectValidPriceSystem(example23, committee, result);
  });

  it("Example 23: the committee giving the first three voters only three members is not", () => {
    const committee = [0, 1, 2, 6, 7, 8, 9, 10, 11, 12, 13, 14].map(name);
    const result = priceable(example23, committee);
    expect(result.holds).toBe(false);
    expect(result.exact).toBe(true);
    expect(result.priceSystem).toBeUndefined();
    expect(result.reason).toMatch(/No price system exists/);
  });

  it("abcvoting's small instances: a candidate everyone approves, one nobody approves", () => {
    const profile = profileOf(5, [
      [1, 2, 3],
      [0, 1],
      [0, 1, 2],
      [1, 2],
    ]);
    const yes = priceable(profile, ["c1"]);
    expect(yes.holds).toBe(true);
    expectValidPriceSystem(profile, ["c1"], yes);
    const no = priceable(profile, ["c4"]);
    expect(no.holds).toBe(false);
  });

  it("abcvoting's instance {0,1}, {0,1,2}, {2} with committee {0,1}: priceable at price 1", () => {
    const profile = profileOf(3, [[0, 1], [0, 1, 2], [2]]);
    const result = priceable(profile, ["c0", "c1"]);
    expect(result.holds).toBe(true);
    // 2p ≤ 2 (the two voters pay for both) and c2's approvers keep at least 3 − 2p ≤ p: p = 1
    expect(result.priceSystem?.price).toBe(1);
    expectValidPriceSystem(profile, ["c0", "c1"], result);
  });

  it("priceability implies PJR (Peters and Skowron 2020): Sánchez-Fernández et al. (2017), Example 1", () => {
    const profile = profileOf(8, [[0], [1], [2], [3], ...times(6, [4, 5, 6, 7])]);
    const committee = [0, 1, 2, 3, 4, 5, 6].map(name);
    expect(checkCommittee(profile, committee, "pjr")).toMatchObject({ right: { holds: false } });
    expect(priceable(profile, committee).holds).toBe(false);
    const fair = [1, 2, 3, 4, 5, 6, 7].map(name);
    // the PJR committee: singletons pay p ≤ 1 alone, c0's voter keeps 1 ≤ p, the bloc pays 4p ≤ 6
    const fairResult = priceable(profile, fair);
    expect(fairResult.priceSystem?.price).toBe(1);
    expectValidPriceSystem(profile, fair, fairResult);
  });
});

describe("Equal Shares is priceable by its own prices", () => {
  /**
   * Re-counts Equal Shares' payments from its winners in order (completion none): each voter holds
   * k / n, a member costs 1, its approvers pay ρ each or all they have left. Scaled by n / k these
   * are a price system with budget 1 and price n / k; checked exactly by `verifyPrices`.
   */
  const ownPrices = (profile: ApprovalProfile, winners: readonly string[], seats: number) => {
    const m = profile.candidates.length;
    const rows = Array.from({ length: profile.ballotCount }, (_, b) => b).filter(
      (b) => (profile.counts[b] as number) > 0,
    );
    const n = rows.reduce((s, b) => s + (profile.counts[b] as number), 0);
    const left = rows.map(() => q.rational(seats, n));
    const pay = rows.map(() => new Map<number, q.Rational>());
    for (const w of winners) {
      const c = profile.candidates.indexOf(w);
      const sup = rows
        .map((b, g) => ({
          g,
          w: q.rational(profile.counts[b] as number),
          l: left[g] as q.Rational,
        }))
        .filter(({ g }) => profile.approvals[(rows[g] as number) * m + c] === 1)
        .sort((a, b) => q.compare(a.l, b.l));
      // the least ρ with Σ w · min(l, ρ) = 1
      let rest = q.ONE;
      let weight = sup.reduce((s, x) => q.add(s, x.w), q.ZERO);
      let rho = q.ZERO;
      for (const x of sup) {
        const r = q.div(rest, weight);
        if (q.compare(x.l, r) >= 0) {
          rho = r;
          break;
        }
        rest = q.sub(rest, q.mul(x.w, x.l));
        weight = q.sub(weight, x.w);
      }
      for (const x of sup) {
        const each = q.min(x.l, rho);
        left[x.g] = q.sub(x.l, each);
        pay[x.g]?.set(c, q.mul(q.mul(each, x.w), q.rational(n, seats)));
      }
    }
    const problem: PriceProblem = {
      weights: rows.map((b) => BigInt(profile.counts[b] as number)),
      approved: rows.map((b) =>
        Array.from({ length: m }, (_, c) => c).filter((c) => profile.approvals[b * m + c] === 1),
      ),
      items: m,
      selected: Uint8Array.from(profile.candidates, (c) => (winners.includes(c) ? 1 : 0)),
      mode: { kind: "committee" },
    };
    return verifyPrices(problem, { t: q.rational(n, seats), pay }, String);
  };

  it("on small random profiles: the rule's prices pass the exact check, and so does checkCommittee", () => {
    fc.assert(
      fc.property(arbSmallElection, ({ profile, seats }) => {
        const outcome = equalSharesCommittee(profile, { seats, completion: "none" });
        if (E.isLeft(outcome) || outcome.right.winners.length === 0) return;
        const winners = outcome.right.winners;
        expect(ownPrices(profile, winners, seats)).toBeUndefined();
        const check = priceable(profile, winners);
        expect(check.holds).toBe(true);
        expectValidPriceSystem(profile, winners, check);
      }),
      { numRuns: runs(200) },
    );
  });

  it("seq-Phragmén's committees are priceable (Peters and Skowron 2020)", () => {
    fc.assert(
      fc.property(arbSmallElection, ({ profile, seats }) => {
        const outcome = seqPhragmenCommittee(profile, { seats });
        if (E.isLeft(outcome) || outcome.right.winners.length === 0) return;
        // a member nobody approves (seats filled past the approved candidates) cannot be paid for
        const m = profile.candidates.length;
        const approved = (c: string): boolean =>
          Array.from({ length: profile.ballotCount }, (_, b) => b).some(
            (b) =>
              (profile.counts[b] as number) > 0 &&
              profile.approvals[b * m + profile.candidates.indexOf(c)] === 1,
          );
        if (!outcome.right.winners.every(approved)) {
          expect(priceable(profile, outcome.right.winners).holds).toBe(false);
          return;
        }
        expect(priceable(profile, outcome.right.winners).holds).toBe(true);
      }),
      { numRuns: runs(100) },
    );
  });

  it("AV is not: a majority bloc takes every seat while a minority worth a seat gets none", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 5 }),
        fc.integer({ min: 1, max: 6 }),
        fc.nat(),
        (k, minority, extra) => {
          // minority < majority ≤ (k − 1) · minority: the minority is at least n / k voters, owed
          // a seat, and more than the price majority / k the majority's k seats allow
          const majority = minority + 1 + (extra % ((k - 2) * minority));
          const cands = Array.from({ length: k + 1 }, (_, c) => name(c));
          const profile = approvals(cands, [
            { approve: cands.slice(0, k), count: majority },
            { approve: [name(k)], count: minority },
          ]);
          const av = cands.slice(0, k); // AV's committee: the majority's k candidates
          const result = priceable(profile, av);
          expect(result.holds).toBe(false);
          expect(result.exact).toBe(true);
        },
      ),
      { numRuns: runs(60) },
    );
  });
});

describe("bad input and limits", () => {
  const profile = profileOf(3, [[0, 1], [0, 1, 2], [2]]);

  it("unknown, repeated or no members are InvalidInput", () => {
    expect(checkCommittee(profile, ["zz"], "priceability")).toMatchObject({
      left: { _tag: "InvalidInput" },
    });
    expect(checkCommittee(profile, ["c0", "c0"], "priceability")).toMatchObject({
      left: { _tag: "InvalidInput" },
    });
    expect(checkCommittee(profile, [], "priceability")).toMatchObject({
      left: { _tag: "InvalidInput" },
    });
  });

  it("a bad maxLpWork is InvalidInput at the option", () => {
    const result = checkCommittee(profile, ["c0"], "priceability", { maxLpWork: -1 });
    expect(result).toMatchObject({ left: { _tag: "InvalidInput" } });
    expect(JSON.stringify(result)).toContain("maxLpWork");
  });

  it("past the exact solver's limit: Unsupported work_limit naming options.maxLpWork, before work", () => {
    const result = checkCommittee(profile, ["c0", "c1"], "priceability", { maxLpWork: 10 });
    expect(result).toMatchObject({ left: { _tag: "Unsupported", reason: "work_limit" } });
    expect(JSON.stringify(result)).toContain("options.maxLpWork");
  });

  it("checkCommitteeAsync gives the exact answer within the limit, and HiGHS's past it", async () => {
    const exact = await checkCommitteeAsync(profile, ["c0", "c1"], "priceability");
    expect(exact).toMatchObject({ right: { holds: true, exact: true, priceSystem: { price: 1 } } });
    const viaHighs = await checkCommitteeAsync(profile, ["c0", "c1"], "priceability", {
      maxLpWork: 10,
    });
    if (E.isLeft(viaHighs)) expect(viaHighs.left).toMatchObject({ reason: "undetermined" });
    else {
      expect(viaHighs.right.holds).toBe(true);
      expectValidPriceSystem(profile, ["c0", "c1"], viaHighs.right);
    }
    const tooLarge = await checkCommitteeAsync(profile, ["c0", "c1"], "priceability", {
      maxLpWork: 10,
      maxLpSize: 1,
    });
    expect(tooLarge).toMatchObject({ left: { _tag: "Unsupported", reason: "work_limit" } });
    expect(JSON.stringify(tooLarge)).toContain("options.maxLpSize");
  });

  it("checkCommitteeAsync through HiGHS: Example 23's unfair committee fails, its fair one holds exactly", async () => {
    const example23 = profileOf(15, [
      [0, 1, 2, 3],
      [0, 1, 2, 4],
      [0, 1, 2, 5],
      [6, 7, 8],
      [9, 10, 11],
      [12, 13, 14],
    ]);
    const fair = [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 12, 13].map(name);
    const r1 = await checkCommitteeAsync(example23, fair, "priceability", { maxLpWork: 10 });
    expect(E.isRight(r1) && r1.right.holds).toBe(true);
    if (E.isRight(r1)) expectValidPriceSystem(example23, fair, r1.right);
    const unfair = [0, 1, 2, 6, 7, 8, 9, 10, 11, 12, 13, 14].map(name);
    const r2 = await checkCommitteeAsync(example23, unfair, "priceability", { maxLpWork: 10 });
    expect(r2).toMatchObject({ right: { holds: false, exact: false } });
  });
});

describe("doc example", () => {
  it("checkCommitteeAsync: {a, b}, {a, b, c}, {c} with committee {a, b} at price 1", async () => {
    const p = approvals(
      ["a", "b", "c"],
      [{ approve: ["a", "b"] }, { approve: ["a", "b", "c"] }, { approve: ["c"] }],
    );
    const r = await checkCommitteeAsync(p, ["a", "b"], "priceability");
    expect(r).toMatchObject({
      right: { property: "priceability", holds: true, exact: true, priceSystem: { price: 1 } },
    });
  });
});
