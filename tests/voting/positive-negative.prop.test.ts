import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import type { AnyMethodDefinition } from "../../src/voting/index.js";
import { approval, positiveNegative, positiveNegativeMethod } from "../../src/voting/index.js";
import { runs } from "../helpers/runs.js";
import { describeAxioms } from "./helpers/axioms.js";
import { approvals, scored } from "./helpers/profiles.js";

describe("positive-negative: the axioms it claims", () => {
  describeAxioms(positiveNegativeMethod as AnyMethodDefinition);
});

const NAMES = ["a", "b", "c", "d"];
const arbBallots = fc.array(
  fc.record({
    marks: fc.array(fc.integer({ min: -1, max: 1 }), { minLength: 4, maxLength: 4 }),
    count: fc.integer({ min: 1, max: 3 }),
  }),
  { maxLength: 8 },
);
const toScores = (marks: readonly number[]): Record<string, number> =>
  Object.fromEntries(NAMES.map((name, c) => [name, marks[c] ?? 0]));

describe("positive-negative: what it claims", () => {
  it("accepts a ballot exactly when its plus votes are at least twice its minus votes (at most one minus vote)", () => {
    fc.assert(
      fc.property(arbBallots, (ballots) => {
        const p = scored(
          NAMES,
          ballots.map((b) => ({ scores: toScores(b.marks), count: b.count })),
          { min: -1, max: 1 },
        );
        const valid = ballots.every((b) => {
          const plus = b.marks.filter((m) => m === 1).length;
          const minus = b.marks.filter((m) => m === -1).length;
          return minus <= 1 && plus >= 2 * minus;
        });
        expect(E.isRight(positiveNegative(p))).toBe(valid);
      }),
      { numRuns: runs(200) },
    );
  });

  it("gives each candidate plus votes less minus votes, and equals approval voting when nobody casts a minus vote", () => {
    fc.assert(
      fc.property(arbBallots, (ballots) => {
        const p = scored(
          NAMES,
          ballots.map((b) => ({ scores: toScores(b.marks), count: b.count })),
          { min: -1, max: 1 },
        );
        const outcome = positiveNegative(p, { plusPerMinus: 0, minus: 4 });
        if (E.isLeft(outcome)) throw new Error("refused");
        for (const [c, name] of NAMES.entries()) {
          let balance = 0;
          for (const b of ballots) balance += (b.marks[c] ?? 0) * b.count;
          expect(outcome.right.scores?.[name]).toBe(balance);
        }
        const plusOnly = ballots.map((b) => ({
          approve: NAMES.filter((_, c) => b.marks[c] === 1),
          count: b.count,
        }));
        const asScores = scored(
          NAMES,
          plusOnly.map((b) => ({
            scores: Object.fromEntries(b.approve.map((x) => [x, 1])),
            count: b.count,
          })),
          { min: -1, max: 1 },
        );
        const pn = positiveNegative(asScores, { plusPerMinus: 0 });
        if (E.isLeft(pn)) throw new Error("refused");
        const av = approval(approvals(NAMES, plusOnly));
        expect(pn.right.scores).toEqual(av.scores);
        expect(pn.right.winners).toEqual(av.winners);
      }),
      { numRuns: runs(200) },
    );
  });
});
