import fc from "fast-check";
import type { ApprovalProfile } from "../../../src/ballots/profile.js";
import { approvals } from "../../voting/helpers/profiles.js";

export const NAMES = ["a", "b", "c", "d", "e", "f"];

/** A small approval election: up to 6 candidates, up to 7 distinct ballots with counts 1 to 3, and seats. */
export const arbSmallElection: fc.Arbitrary<{
  profile: ApprovalProfile;
  ballots: { approve: string[]; count: number }[];
  seats: number;
}> = fc
  .record({
    m: fc.integer({ min: 2, max: 6 }),
    rows: fc.array(
      fc.record({
        mask: fc.integer({ min: 0, max: 63 }),
        count: fc.integer({ min: 1, max: 3 }),
      }),
      { maxLength: 7 },
    ),
    seats: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ m, rows, seats }) => {
    const candidates = NAMES.slice(0, m);
    const ballots = rows.map(({ mask, count }) => ({
      approve: candidates.filter((_, c) => (mask >> c) & 1),
      count,
    }));
    return { profile: approvals(candidates, ballots), ballots, seats: Math.min(seats, m) };
  });

/** Every subset of `items` of size `k`. */
export const subsetsOf = <T>(items: readonly T[], k: number): T[][] =>
  k === 0
    ? [[]]
    : items.flatMap((x, i) => subsetsOf(items.slice(i + 1), k - 1).map((rest) => [x, ...rest]));
