/**
 * The simple multi-seat rules against a brute-force oracle written from their definition: a
 * committee of `seats` candidates wins when no loser has more votes (or points) than a winner.
 * Scores are recounted here from the ballots, independently of the library's tallies: one vote
 * per approval on a ballot with at most the allowed marks (SNTV 1, block `seats`, limited `v`).
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import type { CommitteeOutcome } from "../../../src/committees/index.js";
import { decide } from "../../../src/voting/index.js";
import { runs } from "../../helpers/runs.js";

const NAMES = ["a", "b", "c", "d", "e"];

const combinations = (items: readonly string[], k: number): string[][] =>
  k === 0
    ? [[]]
    : items.flatMap((x, i) => combinations(items.slice(i + 1), k - 1).map((rest) => [x, ...rest]));

const arbElection = fc.record({
  n: fc.integer({ min: 2, max: 5 }),
  seatPick: fc.nat(),
  votePick: fc.nat(),
  ballots: fc.array(
    fc.record({
      marks: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
      count: fc.integer({ min: 1, max: 3 }),
    }),
    { maxLength: 8 },
  ),
});

describe("sntv, block and limited: winning committees are exactly those no loser outscores", () => {
  for (const method of ["sntv", "block", "limited"] as const) {
    it(method, () => {
      fc.assert(
        fc.property(arbElection, ({ n, seatPick, votePick, ballots }) => {
          const candidates = NAMES.slice(0, n);
          const seats = 1 + (seatPick % n);
          const allowed =
            method === "sntv" ? 1 : method === "block" ? seats : 1 + (votePick % seats);
          const marked = ballots.map((b) => ({
            approve: candidates.filter((_, c) => b.marks[c] === true),
            count: b.count,
          }));
          const score = new Map(candidates.map((c) => [c, 0]));
          for (const b of marked)
            if (b.approve.length <= allowed)
              for (const c of b.approve) score.set(c, (score.get(c) ?? 0) + b.count);
          const winning = combinations(candidates, seats).filter((committee) =>
            candidates
              .filter((c) => !committee.includes(c))
              .every((loser) =>
                committee.every((w) => (score.get(w) ?? 0) >= (score.get(loser) ?? 0)),
              ),
          );
          const spec = {
            method,
            candidates,
            ballots: marked,
            seats,
            ...(method === "limited" ? { options: { votesPerBallot: allowed } } : {}),
          };
          const none = decide({ ...spec, tieBreak: { kind: "none" } });
          const fixed = decide(spec);
          if (E.isLeft(none) || E.isLeft(fixed)) throw new Error("refused");
          const key = (c: readonly string[]): string => [...c].sort().join(",");
          const listed = (none.right as CommitteeOutcome).committees ?? [none.right.winners];
          expect(listed.map(key).sort()).toEqual(winning.map(key).sort());
          expect(winning.map(key)).toContain(key(fixed.right.winners));
          // Winners come in order of score.
          const ordered = fixed.right.winners.map((w) => score.get(w) ?? 0);
          expect([...ordered].sort((x, y) => y - x)).toEqual(ordered);
        }),
        { numRuns: runs(300) },
      );
    });
  }
});
