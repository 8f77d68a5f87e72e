import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { cpoStv } from "../../../src/committees/stv/cpo-stv.js";
import { decide } from "../../../src/voting/index.js";
import { runs } from "../../helpers/runs.js";
import { ranked } from "../../voting/helpers/profiles.js";

const NAMES = ["a", "b", "c", "d", "e"];

describe("cpoStv", () => {
  it("gives a two-thirds solid coalition two of three seats (the doc-comment example)", () => {
    const profile = ranked(
      ["a", "b", "c", "d"],
      [
        { ranking: [["a"], ["b"]], count: 5 },
        { ranking: [["b"], ["a"]], count: 3 },
        { ranking: [["c"], ["d"]], count: 5 },
      ],
    );
    const outcome = cpoStv(profile, 2);
    expect(E.isRight(outcome) && outcome.right.winners).toEqual(["a", "c"]);
    expect(E.isRight(outcome) && outcome.right.outcomes).toBe(6);
  });

  it("with one seat, elects the Schulze (margins) winners of the pairwise majorities", () => {
    const arb = fc.record({
      n: fc.integer({ min: 2, max: 5 }),
      ballots: fc.array(
        fc.record({
          order: fc.shuffledSubarray(NAMES, { minLength: 1 }),
          count: fc.integer({ min: 1, max: 5 }),
        }),
        { maxLength: 9 },
      ),
    });
    fc.assert(
      fc.property(arb, ({ n, ballots }) => {
        const candidates = NAMES.slice(0, n);
        const cut = ballots.map((b) => ({
          ranking: b.order.filter((c) => candidates.includes(c)).map((c) => [c]),
          count: b.count,
        }));
        const profile = ranked(candidates, cut);
        for (const completion of ["schulze-margin", "ranked-pairs"] as const) {
          const cpo = cpoStv(profile, 1, { completion }, { kind: "none" });
          if (E.isLeft(cpo)) throw new Error(JSON.stringify(cpo.left));
          if (completion === "ranked-pairs") {
            expect(cpo.right.winners.length).toBeGreaterThan(0);
            continue;
          }
          const schulze = decide({
            method: "schulze",
            candidates,
            ballots: cut,
            options: { strength: "margin" },
            tieBreak: { kind: "none" },
          });
          if (E.isLeft(schulze)) throw new Error(JSON.stringify(schulze.left));
          expect([...cpo.right.winners].sort()).toEqual([...schulze.right.winners].sort());
        }
      }),
      { numRuns: runs(80) },
    );
  });

  it("elects k of a solid coalition of more than k Droop quotas of the voters (Droop proportionality)", () => {
    const arb = fc.record({
      seats: fc.integer({ min: 2, max: 3 }),
      k: fc.integer({ min: 1, max: 2 }),
      others: fc.array(
        fc.record({
          order: fc.shuffledSubarray(NAMES, { minLength: 1 }),
          count: fc.integer({ min: 1, max: 6 }),
        }),
        { maxLength: 6 },
      ),
    });
    fc.assert(
      fc.property(arb, ({ seats, k: kRaw, others }) => {
        const k = Math.min(kRaw, seats);
        const coalition = NAMES.slice(0, k + 1);
        const o = others.reduce((sum, b) => sum + b.count, 0);
        const c = Math.floor((k * o) / (seats + 1 - k)) + 1;
        const profile = ranked(NAMES, [
          { ranking: coalition.map((x) => [x]), count: c },
          ...others.map((b) => ({ ranking: b.order.map((x) => [x]), count: b.count })),
        ]);
        const outcome = cpoStv(profile, seats);
        if (E.isLeft(outcome)) throw new Error(JSON.stringify(outcome.left));
        expect(
          outcome.right.winners.filter((w) => coalition.includes(w)).length,
        ).toBeGreaterThanOrEqual(k);
      }),
      { numRuns: runs(40) },
    );
  });

  it("runs through decide, and refuses more committees than maxOutcomes before counting", () => {
    const spec = {
      method: "cpo-stv",
      candidates: NAMES,
      ballots: ["a>b", "c>d", "e"],
      seats: 2,
    };
    const fine = decide(spec);
    expect(E.isRight(fine) && fine.right.winners).toHaveLength(2);
    const refused = decide({ ...spec, options: { maxOutcomes: 5 } });
    expect(E.isLeft(refused) && refused.left._tag === "Unsupported" && refused.left.reason).toBe(
      "work_limit",
    );
    const bad = decide({ ...spec, options: { completion: "copeland" } });
    expect(E.isLeft(bad) && bad.left._tag === "InvalidInput" && bad.left.issues[0]?.path).toBe(
      "options.completion",
    );
  });
});
