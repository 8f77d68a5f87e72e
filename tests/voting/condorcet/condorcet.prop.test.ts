/**
 * Axioms the Condorcet family claims, checked over random small elections (fast-check). Each
 * method is driven through its registry entry, so the claims in `satisfies` are what is tested.
 */
import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { pairwiseTally, type RankedProfile } from "../../../src/ballots/index.js";
import type { Outcome } from "../../../src/core/outcome.js";
import type { TieBreakPolicy } from "../../../src/core/tie-break.js";
import type { AnyMethodDefinition, MethodProperty } from "../../../src/counting/method.js";
import {
  CONDORCET_METHODS,
  condorcetLoser,
  condorcetWinner,
  kemenyYoung,
  rankedPairs,
  schulze,
  schwartzSet,
  smithSet,
  splitCycle,
  stableVoting,
} from "../../../src/voting/condorcet/index.js";
import { runs } from "../../helpers/runs.js";
import { anyElection, strictElection } from "./arbitraries.js";
import { buildProfile, type GeneratedElection, NONE } from "./helpers.js";

const RUNS = { numRuns: runs(150) };

const run = (
  method: AnyMethodDefinition,
  profile: RankedProfile,
  tieBreak: TieBreakPolicy = NONE,
  options: Readonly<Record<string, unknown>> = {},
): Outcome => {
  const result = method.run(profile, { options, tieBreak });
  if (E.isLeft(result)) throw new Error(`${method.id}: ${result.left.message}`);
  return result.right;
};

const claiming = (property: MethodProperty): AnyMethodDefinition[] =>
  CONDORCET_METHODS.filter((m) => m.satisfies.includes(property));

const sorted = (names: readonly string[]): string[] => [...names].sort();

describe("every Condorcet method", () => {
  it("elects at least one candidate, and exactly one under a tie-break policy", () => {
    fc.assert(
      fc.property(anyElection(), (election) => {
        const profile = buildProfile(election);
        for (const method of CONDORCET_METHODS) {
          const all = run(method, profile);
          expect(all.winners.length, method.id).toBeGreaterThan(0);
          for (const w of all.winners) expect(election.candidates).toContain(w);
          const one = run(method, profile, { kind: "lexicographic" });
          expect(one.winners, method.id).toHaveLength(1);
          expect(all.winners, method.id).toContain(one.winners[0]);
          if (all.ranking !== undefined) {
            expect(sorted(all.ranking.flat()), method.id).toEqual(sorted(election.candidates));
            for (const w of all.winners) expect(all.ranking[0], method.id).toContain(w);
          }
        }
      }),
      RUNS,
    );
  });

  it("is anonymous: the order of the ballots changes nothing", () => {
    fc.assert(
      fc.property(anyElection(), (election) => {
        const reversed: GeneratedElection = {
          ...election,
          ballots: [...election.ballots].reverse(),
        };
        const a = buildProfile(election);
        const b = buildProfile(reversed);
        for (const method of CONDORCET_METHODS) {
          const x = run(method, a);
          const y = run(method, b);
          expect(y.winners, method.id).toEqual(x.winners);
          expect(y.ranking, method.id).toEqual(x.ranking);
          expect(y.scores, method.id).toEqual(x.scores);
        }
      }),
      RUNS,
    );
  });

  it("is neutral: renaming and reordering the candidates renames the winners", () => {
    fc.assert(
      fc.property(anyElection(), (election) => {
        const n = election.candidates.length;
        // candidate c becomes "z" + name, listed in reverse order
        const renamed: GeneratedElection = {
          candidates: [...election.candidates].reverse().map((c) => `z${c}`),
          ballots: election.ballots.map((b) => ({
            count: b.count,
            row: b.row.map((_, i) => b.row[n - 1 - i] as number),
          })),
        };
        const a = buildProfile(election);
        const b = buildProfile(renamed);
        for (const method of CONDORCET_METHODS) {
          const x = run(method, a);
          const y = run(method, b);
          expect(sorted(y.winners), method.id).toEqual(sorted(x.winners.map((w) => `z${w}`)));
        }
      }),
      RUNS,
    );
  });
});

describe("claimed axioms", () => {
  it("Condorcet winner: methods claiming it elect the Condorcet winner alone", () => {
    fc.assert(
      fc.property(anyElection(), (election) => {
        const profile = buildProfile(election);
        const cw = condorcetWinner(pairwiseTally(profile));
        if (cw === undefined) return;
        for (const method of claiming("condorcet-winner"))
          expect(run(method, profile).winners, method.id).toEqual([cw]);
      }),
      RUNS,
    );
  });

  it("Condorcet loser: methods claiming it never elect the Condorcet loser", () => {
    fc.assert(
      fc.property(anyElection(), (election) => {
        const profile = buildProfile(election);
        const loser = condorcetLoser(pairwiseTally(profile));
        if (loser === undefined) return;
        for (const method of claiming("condorcet-loser"))
          expect(run(method, profile).winners, method.id).not.toContain(loser);
      }),
      RUNS,
    );
  });

  it("Smith: methods claiming it elect only members of the Smith set", () => {
    fc.assert(
      fc.property(anyElection(), (election) => {
        const profile = buildProfile(election);
        const smith = smithSet(pairwiseTally(profile));
        for (const method of claiming("smith"))
          for (const w of run(method, profile).winners) expect(smith, method.id).toContain(w);
      }),
      RUNS,
    );
  });

  it("Schwartz: methods claiming it elect only members of the Schwartz set", () => {
    fc.assert(
      fc.property(anyElection(), (election) => {
        const profile = buildProfile(election);
        const schwartz = schwartzSet(pairwiseTally(profile));
        for (const method of claiming("schwartz"))
          for (const w of run(method, profile).winners) expect(schwartz, method.id).toContain(w);
      }),
      RUNS,
    );
  });

  it("Pareto: a candidate every voter ranks below another never wins (complete rankings)", () => {
    fc.assert(
      fc.property(strictElection(), (election) => {
        if (election.ballots.length === 0) return;
        const profile = buildProfile(election);
        const n = election.candidates.length;
        const dominated = new Set<string>();
        for (let a = 0; a < n; a++)
          for (let b = 0; b < n; b++)
            if (
              a !== b &&
              election.ballots.every((x) => (x.row[a] as number) < (x.row[b] as number))
            )
              dominated.add(election.candidates[b] as string);
        for (const method of claiming("pareto"))
          for (const w of run(method, profile).winners)
            expect(dominated.has(w), `${method.id} elected dominated ${w}`).toBe(false);
      }),
      RUNS,
    );
  });

  it("majority: a candidate ranked first alone by more than half the voters wins", () => {
    fc.assert(
      fc.property(strictElection(), (election) => {
        const profile = buildProfile(election);
        const total = election.ballots.reduce((s, b) => s + b.count, 0);
        const firsts = new Map<string, number>();
        for (const b of election.ballots) {
          const c = election.candidates[b.row.indexOf(0)] as string;
          firsts.set(c, (firsts.get(c) ?? 0) + b.count);
        }
        const majority = [...firsts].find(([, v]) => 2 * v > total)?.[0];
        if (majority === undefined) return;
        for (const method of claiming("majority"))
          expect(run(method, profile).winners, method.id).toEqual([majority]);
      }),
      RUNS,
    );
  });

  it("complete rankings: `not-compared` and `tied-last` agree", () => {
    fc.assert(
      fc.property(strictElection(), (election) => {
        const profile = buildProfile(election);
        for (const method of CONDORCET_METHODS) {
          const x = run(method, profile, NONE, { unranked: "tied-last" });
          const y = run(method, profile, NONE, { unranked: "not-compared" });
          expect(y.winners, method.id).toEqual(x.winners);
        }
      }),
      RUNS,
    );
  });
});

describe("relations between methods and sets", () => {
  it("Schulze, Ranked Pairs and Stable Voting winners are Split Cycle winners (Holliday and Pacuit 2023)", () => {
    fc.assert(
      fc.property(anyElection(), (election) => {
        const profile = buildProfile(election);
        const sc = splitCycle(profile, {}, NONE).winners;
        const refinements = [
          schulze(profile, { strength: "margin" }, NONE).winners,
          rankedPairs(profile, { strength: "margin" }, NONE).winners,
          E.isRight(stableVoting(profile, {}, NONE))
            ? (stableVoting(profile, {}, NONE) as E.Right<Outcome>).right.winners
            : [],
        ];
        for (const winners of refinements) for (const w of winners) expect(sc).toContain(w);
      }),
      RUNS,
    );
  });

  it("the Schwartz set is inside the Smith set, and Smith is the smallest dominant set (brute force)", () => {
    fc.assert(
      fc.property(anyElection(), (election) => {
        const tally = pairwiseTally(buildProfile(election));
        const n = election.candidates.length;
        const smith = smithSet(tally);
        for (const s of schwartzSet(tally)) expect(smith).toContain(s);
        const beats = (i: number, j: number): boolean =>
          (tally.counts[i * n + j] as number) > (tally.counts[j * n + i] as number);
        let smallest: number[] | undefined;
        for (let mask = 1; mask < 1 << n; mask++) {
          const inside = [...Array(n).keys()].filter((c) => (mask & (1 << c)) !== 0);
          const outside = [...Array(n).keys()].filter((c) => (mask & (1 << c)) === 0);
          if (!inside.every((i) => outside.every((j) => beats(i, j)))) continue;
          if (smallest === undefined || inside.length < smallest.length) smallest = inside;
        }
        expect(smith).toEqual((smallest ?? []).map((c) => election.candidates[c]));
      }),
      RUNS,
    );
  });

  it("Kemeny-Young's dynamic programme finds the best score of a brute-force search", () => {
    fc.assert(
      fc.property(anyElection(5), (election) => {
        const profile = buildProfile(election);
        const tally = pairwiseTally(profile);
        const n = election.candidates.length;
        let best = -1;
        const permute = (prefix: number[], rest: number[]): void => {
          if (rest.length === 0) {
            let score = 0;
            for (let i = 0; i < n; i++)
              for (let j = i + 1; j < n; j++)
                score += tally.counts[(prefix[i] as number) * n + (prefix[j] as number)] as number;
            best = Math.max(best, score);
            return;
          }
          for (const c of rest)
            permute(
              [...prefix, c],
              rest.filter((x) => x !== c),
            );
        };
        permute([], [...Array(n).keys()]);
        const outcome = kemenyYoung(profile, {}, NONE);
        expect(E.isRight(outcome) && outcome.right.bestScore).toBe(best);
      }),
      RUNS,
    );
  });
});
