/**
 * `checkCommittee` against a brute force over every group of distinct ballots (it suffices to
 * consider whole rows: a violating group can always be grown to every voter of its rows), written
 * from the definitions of Lackner and Skowron (2023), ch. 4.
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { checkCommittee } from "../../../src/committees/index.js";
import type { CommitteeProperty } from "../../../src/counting/method.js";
import { runs } from "../../helpers/runs.js";
import { arbSmallElection, subsetsOf } from "./helpers.js";

interface Ballot {
  readonly approve: readonly string[];
  readonly count: number;
}

/** Whether the property fails, by brute force over groups of ballots. */
const violated = (
  ballots: readonly Ballot[],
  candidates: readonly string[],
  committee: readonly string[],
  property: CommitteeProperty,
): boolean => {
  const n = ballots.reduce((s, b) => s + b.count, 0);
  const k = committee.length;
  const sat = (b: Ballot): number => b.approve.filter((c) => committee.includes(c)).length;
  const rows = ballots.map((_, i) => i);
  if (property === "fjr" || property === "core") {
    for (let t = 1; t <= k; t++)
      for (const T of subsetsOf(candidates, t))
        for (let size = 1; size <= rows.length; size++)
          for (const group of subsetsOf(rows, size)) {
            const members = group.map((i) => ballots[i] as Ballot);
            const weight = members.reduce((s, b) => s + b.count, 0);
            if (weight * k < t * n) continue;
            const hits = (b: Ballot): number => b.approve.filter((c) => T.includes(c)).length;
            if (property === "core" && members.every((b) => hits(b) > sat(b))) return true;
            if (property === "fjr")
              for (let beta = 1; beta <= t; beta++)
                if (members.every((b) => hits(b) >= beta && sat(b) < beta)) return true;
          }
    return false;
  }
  for (let size = 1; size <= rows.length; size++)
    for (const group of subsetsOf(rows, size)) {
      const members = group.map((i) => ballots[i] as Ballot);
      const weight = members.reduce((s, b) => s + b.count, 0);
      const joint = candidates.filter((c) => members.every((b) => b.approve.includes(c)));
      const union = new Set(members.flatMap((b) => b.approve.filter((c) => committee.includes(c))));
      for (let ell = 1; ell <= k; ell++) {
        if (weight * k < ell * n) continue;
        const allBelow = members.every((b) => sat(b) < ell);
        if (property === "jr" && ell === 1 && joint.length >= 1 && allBelow) return true;
        if (property === "ejr" && joint.length >= ell && allBelow) return true;
        if (property === "pjr" && joint.length >= ell && union.size < ell) return true;
        if (property === "ejr-plus" && allBelow && joint.some((c) => !committee.includes(c)))
          return true;
      }
    }
  return false;
};

const arbCase = arbSmallElection.chain((election) =>
  fc
    .subarray([...election.profile.candidates], {
      minLength: 1,
      maxLength: election.seats,
    })
    .map((committee) => ({ ...election, committee })),
);

describe("checkCommittee agrees with a brute force over every group of ballots", () => {
  for (const property of ["jr", "pjr", "ejr", "ejr-plus", "fjr", "core"] as const) {
    it(`${property}`, () => {
      fc.assert(
        fc.property(arbCase, ({ profile, ballots, committee }) => {
          const result = checkCommittee(profile, committee, property);
          if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
          const expected = !violated(ballots, profile.candidates, committee, property);
          expect(result.right.holds).toBe(expected);
          const w = result.right.witness;
          if (w === undefined) return;
          // The witness is a real violation: large enough, jointly approving, under-served.
          const n = ballots.reduce((s, b) => s + b.count, 0);
          expect(Number(w.voters) * committee.length).toBeGreaterThanOrEqual(w.owed * n);
          expect(w.got).toBeLessThan(w.owed);
          if (property === "fjr" || property === "core") return;
          for (const row of w.ballots)
            for (const c of w.candidates)
              expect(
                profile.approvals[row * profile.candidates.length + profile.candidates.indexOf(c)],
              ).toBe(1);
        }),
        { numRuns: runs(property === "fjr" || property === "core" ? 120 : 300) },
      );
    });
  }
});
