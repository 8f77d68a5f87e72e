/**
 * Monotonicity, reversal symmetry and independence of Smith-dominated alternatives, for the
 * Condorcet methods that claim them in the registry, over random complete rankings (fast-check).
 */
import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { pairwiseTally, type RankedProfile } from "../../../src/ballots/index.js";
import type { Outcome } from "../../../src/core/outcome.js";
import type { AnyMethodDefinition, MethodProperty } from "../../../src/counting/method.js";
import { CONDORCET_METHODS, smithSet } from "../../../src/voting/condorcet/index.js";
import { runs } from "../../helpers/runs.js";
import { strictElection } from "./arbitraries.js";
import { buildProfile, type GeneratedElection, NONE } from "./helpers.js";

const RUNS = { numRuns: runs(150) };

const winnersOf = (method: AnyMethodDefinition, profile: RankedProfile): readonly string[] => {
  const result = method.run(profile, { options: {}, tieBreak: NONE });
  if (E.isLeft(result)) throw new Error(`${method.id}: ${result.left.message}`);
  return (result.right as Outcome).winners;
};

const claiming = (property: MethodProperty): AnyMethodDefinition[] =>
  CONDORCET_METHODS.filter((m) => m.satisfies.includes(property));

describe("monotonicity", () => {
  it("raising a winner one place on one ballot keeps it a winner", () => {
    fc.assert(
      fc.property(strictElection(), fc.nat(), (election, pick) => {
        if (election.ballots.length === 0) return;
        const profile = buildProfile(election);
        for (const method of claiming("monotonicity")) {
          const winners = winnersOf(method, profile);
          for (const w of winners) {
            const c = election.candidates.indexOf(w);
            const b = pick % election.ballots.length;
            const ballot = election.ballots[b];
            if (ballot === undefined || ballot.row[c] === 0) continue;
            const above = ballot.row.indexOf((ballot.row[c] as number) - 1);
            const row = [...ballot.row];
            row[c] = (ballot.row[c] as number) - 1;
            row[above] = ballot.row[c] as number;
            const raised: GeneratedElection = {
              ...election,
              ballots: election.ballots.map((x, i) => (i === b ? { ...x, row } : x)),
            };
            expect(winnersOf(method, buildProfile(raised)), `${method.id} dropped ${w}`).toContain(
              w,
            );
          }
        }
      }),
      RUNS,
    );
  });
});

describe("reversal symmetry", () => {
  it("a sole winner does not win again when every ballot is reversed", () => {
    fc.assert(
      fc.property(strictElection(), (election) => {
        const n = election.candidates.length;
        if (n < 2) return;
        const reversed: GeneratedElection = {
          ...election,
          ballots: election.ballots.map((b) => ({ ...b, row: b.row.map((r) => n - 1 - r) })),
        };
        const a = buildProfile(election);
        const b = buildProfile(reversed);
        for (const method of claiming("reversal-symmetry")) {
          const winners = winnersOf(method, a);
          if (winners.length !== 1) continue;
          expect(winnersOf(method, b), method.id).not.toEqual(winners);
        }
      }),
      RUNS,
    );
  });
});

describe("independence of Smith-dominated alternatives", () => {
  it("removing a candidate outside the Smith set does not change the winners", () => {
    fc.assert(
      fc.property(strictElection(), (election) => {
        const profile = buildProfile(election);
        const smith = smithSet(pairwiseTally(profile));
        const outside = election.candidates.findIndex((c) => !smith.includes(c));
        if (outside < 0) return;
        const reduced: GeneratedElection = {
          candidates: election.candidates.filter((_, i) => i !== outside),
          ballots: election.ballots.map((b) => ({
            count: b.count,
            row: b.row
              .filter((_, i) => i !== outside)
              .map((t) => (t > (b.row[outside] as number) ? t - 1 : t)),
          })),
        };
        const smaller = buildProfile(reduced);
        for (const method of claiming("independence-of-smith-dominated"))
          expect(winnersOf(method, smaller), method.id).toEqual(winnersOf(method, profile));
      }),
      RUNS,
    );
  });
});
