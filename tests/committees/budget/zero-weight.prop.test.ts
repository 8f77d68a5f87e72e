/**
 * A ballot of weight 0 holds no share of the budget and pays nothing: `equalShares` called directly
 * (`allocate` drops such ballots before counting) must fund the same projects, in the same rounds at
 * the same prices, with or without them, whichever completion is used.
 */
import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import type { BudgetElection } from "../../../src/committees/budget/instance.js";
import { equalShares } from "../../../src/committees/index.js";
import { rational } from "../../../src/core/rational.js";
import { runs } from "../../helpers/runs.js";

const election = fc.integer({ min: 1, max: 6 }).chain((m) =>
  fc.record({
    budget: fc.integer({ min: 1, max: 60 }),
    costs: fc.array(fc.integer({ min: 1, max: 25 }), { minLength: m, maxLength: m }),
    ballots: fc.array(
      fc.record({
        projects: fc.uniqueArray(fc.integer({ min: 0, max: m - 1 }), { maxLength: m }),
        weight: fc.integer({ min: 0, max: 3 }),
      }),
      { minLength: 1, maxLength: 10 },
    ),
  }),
);

const build = (
  e: { budget: number; costs: number[]; ballots: { projects: number[]; weight: number }[] },
  keepZero: boolean,
): BudgetElection => ({
  kind: "approval",
  budget: rational(e.budget),
  projects: e.costs.map((cost, p) => ({ id: `p${p}`, cost: rational(cost) })),
  ballots: e.ballots
    .filter((b) => keepZero || b.weight > 0)
    .map((b) => ({ projects: b.projects, weight: rational(b.weight) })),
});

describe("equalShares: ballots of weight 0", () => {
  it("change neither the projects funded nor the rounds' prices", () => {
    fc.assert(
      fc.property(
        election.filter((e) => e.ballots.some((b) => b.weight > 0)),
        fc.constantFrom("none" as const, "add-one" as const),
        fc.constantFrom("cost" as const, "cardinality" as const),
        (e, completion, satisfaction) => {
          const options = { completion, satisfaction };
          const withZero = equalShares(build(e, true), options);
          const without = equalShares(build(e, false), options);
          expect(E.isRight(withZero) && E.isRight(without)).toBe(true);
          if (E.isLeft(withZero) || E.isLeft(without)) return;
          expect(withZero.right.winners).toEqual(without.right.winners);
          expect(withZero.right.rounds.map((r) => [r.project, r.rho])).toEqual(
            without.right.rounds.map((r) => [r.project, r.rho]),
          );
        },
      ),
      { numRuns: runs(400) },
    );
  });
});
