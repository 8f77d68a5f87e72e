/**
 * The budgeting methods against slow, separately written versions of the same rules
 * (tests/committees/budget/oracle.ts) on random small approval instances.
 */
import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { allocate } from "../../../src/committees/index.js";
import * as r from "../../../src/core/rational.js";
import { runs } from "../../helpers/runs.js";
import {
  bestWelfare,
  greedyOracle,
  mesAddOneCardinalityOracle,
  mesAddOneOracle,
  mesOracle,
  phragmenOracle,
  type SmallInstance,
  toSpec,
} from "./oracle.js";

const instance: fc.Arbitrary<SmallInstance> = fc.integer({ min: 1, max: 7 }).chain((m) =>
  fc.record({
    budget: fc.integer({ min: 1, max: 60 }),
    costs: fc.array(fc.integer({ min: 1, max: 25 }), { minLength: m, maxLength: m }),
    voters: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: m - 1 }), { maxLength: m }), {
      minLength: 1,
      maxLength: 12,
    }),
  }),
);

const winners = (spec: unknown): string[] => {
  const result = allocate(spec);
  if (E.isLeft(result)) throw new Error(result.left.message);
  return [...result.right.winners];
};
const names = (ps: readonly number[]) => ps.map((p) => `p${p}`);

describe("budgeting methods against their oracles", () => {
  it("equal-shares (cost and cardinality satisfaction) funds what the per-voter oracle funds, in order", () => {
    fc.assert(
      fc.property(
        instance,
        fc.constantFrom("cost" as const, "cardinality" as const),
        (inst, satisfaction) => {
          const share = r.rational(inst.budget, inst.voters.length);
          expect(winners(toSpec(inst, "equal-shares", { satisfaction }))).toEqual(
            names(mesOracle(inst, share, satisfaction)),
          );
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it("equal-shares with add-one completion (steps of 1/2) matches the oracle", () => {
    fc.assert(
      fc.property(instance, (inst) => {
        expect(
          winners(toSpec(inst, "equal-shares", { completion: "add-one", step: "1/2" })),
        ).toEqual(names(mesAddOneOracle(inst, r.rational(1, 2))));
      }),
      { numRuns: runs(200) },
    );
  });

  it("equal-shares on cardinal ballots scoring 1 (the exact count for unequal utilities) matches the oracle", () => {
    fc.assert(
      fc.property(instance, (inst) => {
        const spec = toSpec(inst, "equal-shares", {
          satisfaction: "scores",
          completion: "add-one",
          step: "1/2",
        });
        const cardinal = {
          ...spec,
          ballots: inst.voters.map((v) => ({
            scores: Object.fromEntries(v.map((p) => [`p${p}`, 1])),
          })),
        };
        expect(winners(cardinal)).toEqual(
          names(mesAddOneCardinalityOracle(inst, r.rational(1, 2))),
        );
      }),
      { numRuns: runs(200) },
    );
  });

  it("greedy matches the oracle", () => {
    fc.assert(
      fc.property(instance, (inst) => {
        expect(winners(toSpec(inst, "greedy"))).toEqual(names(greedyOracle(inst)));
      }),
      { numRuns: runs(200) },
    );
  });

  it("seq-phragmen matches the oracle", () => {
    fc.assert(
      fc.property(instance, (inst) => {
        expect(winners(toSpec(inst, "seq-phragmen"))).toEqual(names(phragmenOracle(inst)));
      }),
      { numRuns: runs(200) },
    );
  });

  it("max-welfare reaches the best total of votes over every subset, within the budget", () => {
    fc.assert(
      fc.property(instance, (inst) => {
        const funded = winners(toSpec(inst, "max-welfare")).map((id) => Number(id.slice(1)));
        const cost = funded.reduce((s, p) => s + (inst.costs[p] as number), 0);
        const welfare = funded.reduce(
          (s, p) => s + inst.voters.filter((v) => v.includes(p)).length,
          0,
        );
        expect(cost).toBeLessThanOrEqual(inst.budget);
        expect(welfare).toBe(bestWelfare(inst));
      }),
      { numRuns: runs(200) },
    );
  });

  it("duplicated ballots and weights give the same outcome as repeated voters", () => {
    fc.assert(
      fc.property(instance, fc.integer({ min: 2, max: 4 }), (inst, k) => {
        const spec = toSpec(inst, "equal-shares", { completion: "add-one" });
        const repeated = {
          ...spec,
          budget: inst.budget * k,
          ballots: spec.ballots.flatMap((b) => Array(k).fill(b)),
        };
        const weighted = {
          ...spec,
          budget: inst.budget * k,
          ballots: spec.ballots.map((b) => ({ ...b, weight: k })),
        };
        expect(winners(weighted)).toEqual(winners(repeated));
      }),
      { numRuns: runs(100) },
    );
  });
});
