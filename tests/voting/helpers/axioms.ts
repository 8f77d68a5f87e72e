/**
 * Property tests for the axioms a method claims in its registry entry (`satisfies`). Each
 * `<id>.prop.test.ts` calls {@link describeAxioms}; a claimed property without a checker here
 * fails the test, so the registry cannot claim what is not checked.
 */
import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { expect, it } from "vitest";
import type { Outcome } from "../../../src/core/outcome.js";
import type { AnyMethodDefinition, MethodProperty } from "../../../src/counting/method.js";
import { decide } from "../../../src/voting/index.js";
import { runs } from "../../helpers/runs.js";

/** A ballot as a strict or weak order of candidate indices, with a count. */
export interface TestBallot {
  readonly tiers: readonly (readonly number[])[];
  readonly count: number;
}

export interface TestProfile {
  readonly n: number;
  readonly ballots: readonly TestBallot[];
}

const NAMES = ["ann", "bo", "cy", "di", "ed"];
const SCALE = ["excellent", "very good", "good", "fair", "poor"];

/** Small profiles of complete strict rankings (n from 2 to 4, up to 7 distinct ballots). */
export const strictProfiles = (minBallots = 0): fc.Arbitrary<TestProfile> =>
  fc.integer({ min: 2, max: 4 }).chain((n) =>
    fc
      .array(
        fc.record({
          order: fc.shuffledSubarray(
            Array.from({ length: n }, (_, c) => c),
            { minLength: n, maxLength: n },
          ),
          count: fc.integer({ min: 1, max: 3 }),
        }),
        { minLength: minBallots, maxLength: 7 },
      )
      .map((rows) => ({
        n,
        ballots: rows.map((r) => ({ tiers: r.order.map((c) => [c]), count: r.count })),
      })),
  );

/** Small profiles of weak orders, possibly truncated. */
export const weakProfiles: fc.Arbitrary<TestProfile> = fc.integer({ min: 2, max: 4 }).chain((n) =>
  fc
    .array(
      fc.record({
        levels: fc.array(fc.integer({ min: 0, max: n }), { minLength: n, maxLength: n }),
        count: fc.integer({ min: 1, max: 3 }),
      }),
      { maxLength: 7 },
    )
    .map((rows) => ({
      n,
      ballots: rows.map((r) => {
        // level n means unranked; other levels group candidates into tiers.
        const levels = [...new Set(r.levels.filter((l) => l < n))].sort((a, b) => a - b);
        return {
          tiers: levels.map((l) => r.levels.flatMap((v, c) => (v === l ? [c] : []))),
          count: r.count,
        };
      }),
    })),
);

/** The spec of a test profile for a method of any ballot kind. */
export const specOf = (
  method: AnyMethodDefinition,
  profile: TestProfile,
  names: readonly string[] = NAMES.slice(0, profile.n),
  extra: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> => {
  const name = (c: number): string => names[c] as string;
  const ballots = profile.ballots.map(({ tiers, count }) => {
    switch (method.ballotKind) {
      case "ranked":
        return { ranking: tiers.map((t) => t.map(name)), count };
      case "approval":
        // Approve the top half of the tiers (at least the first).
        return {
          approve: tiers
            .slice(0, Math.max(1, Math.floor(tiers.length / 2)))
            .flat()
            .map(name),
          count,
        };
      case "score":
        // Positive-negative: a plus vote for the first tier, a minus vote for the last of several.
        if (method.id === "positive-negative")
          return {
            scores: Object.fromEntries(
              tiers.flatMap((t, i) =>
                t.map((c) => [name(c), i === 0 ? 1 : i === tiers.length - 1 ? -1 : 0]),
              ),
            ),
            count,
          };
        return {
          scores: Object.fromEntries(
            tiers.flatMap((t, i) => t.map((c) => [name(c), Math.max(0, 5 - i)])),
          ),
          count,
        };
      case "grades":
        return {
          grades: Object.fromEntries(
            tiers.flatMap((t, i) =>
              t.map((c) => [name(c), SCALE[Math.min(i, SCALE.length - 1)] as string]),
            ),
          ),
          count,
        };
    }
    return undefined;
  });
  const options =
    method.id === "positive-negative"
      ? { plusPerMinus: 0, minus: 5 }
      : method.ballotKind === "score"
        ? { range: { min: 0, max: 5 } }
        : method.ballotKind === "grades"
          ? { scale: SCALE }
          : {};
  return {
    method: method.id,
    candidates: [...names],
    ballots,
    options,
    // A deciding policy: the criteria hold for any tie-break that picks (neutrality passes "none").
    tieBreak: { kind: "lexicographic" },
    ...extra,
  };
};

export const outcomeOf = (spec: unknown): Outcome => {
  const result = decide(spec);
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  return result.right;
};

const winnersOf = (method: AnyMethodDefinition, profile: TestProfile): string[] =>
  [...outcomeOf(specOf(method, profile)).winners].sort();

const winnersNone = (method: AnyMethodDefinition, profile: TestProfile): string[] =>
  [
    ...outcomeOf(specOf(method, profile, NAMES.slice(0, profile.n), { tieBreak: { kind: "none" } }))
      .winners,
  ].sort();

const nameOf = (c: number): string => NAMES[c] as string;

/** Pairwise majority: how many voters (weighted) rank i strictly above j (unranked below all). */
const prefer = (profile: TestProfile, i: number, j: number): number => {
  let sum = 0;
  for (const b of profile.ballots) {
    const ti = b.tiers.findIndex((t) => t.includes(i));
    const tj = b.tiers.findIndex((t) => t.includes(j));
    const ri = ti < 0 ? Number.POSITIVE_INFINITY : ti;
    const rj = tj < 0 ? Number.POSITIVE_INFINITY : tj;
    if (ri < rj) sum += b.count;
  }
  return sum;
};

const beats = (p: TestProfile, i: number, j: number): boolean => prefer(p, i, j) > prefer(p, j, i);

const smithSet = (p: TestProfile): number[] => {
  // The smallest nonempty set whose members beat or tie... every outsider is beaten by every member.
  const all = Array.from({ length: p.n }, (_, c) => c);
  // Copeland-order dominant sets: grow from the top of the "beats or ties" closure.
  const reach = all.map((i) => all.map((j) => i === j || !beats(p, j, i)));
  for (let k = 0; k < p.n; k++)
    for (let i = 0; i < p.n; i++)
      for (let j = 0; j < p.n; j++)
        if (reach[i]?.[k] && reach[k]?.[j]) (reach[i] as boolean[])[j] = true;
  return all.filter((i) => all.every((j) => !reach[j]?.[i] || reach[i]?.[j]));
};

const RUNS = { numRuns: runs(150) };

const CHECKS: Partial<Record<MethodProperty, (method: AnyMethodDefinition) => void>> = {
  anonymity: (method) => {
    it("anonymity: reordering the ballots changes nothing", () => {
      fc.assert(
        fc.property(
          weakProfiles.chain((p) =>
            fc
              .shuffledSubarray([...p.ballots], {
                minLength: p.ballots.length,
                maxLength: p.ballots.length,
              })
              .map((shuffled) => [p, { ...p, ballots: shuffled }] as const),
          ),
          ([profile, reversed]) => {
            const a = outcomeOf(specOf(method, profile));
            const b = outcomeOf(specOf(method, reversed));
            expect(b.winners).toEqual(a.winners);
            expect(b.ranking).toEqual(a.ranking);
            expect(b.scores).toEqual(a.scores);
          },
        ),
        RUNS,
      );
    });
  },
  neutrality: (method) => {
    it("neutrality: renaming and reordering the candidates renames the outcome", () => {
      fc.assert(
        fc.property(weakProfiles, (profile) => {
          const perm = Array.from({ length: profile.n }, (_, c) => profile.n - 1 - c);
          const renamed = {
            ...profile,
            ballots: profile.ballots.map((b) => ({
              ...b,
              tiers: b.tiers.map((t) => t.map((c) => perm[c] as number)),
            })),
          };
          const names = NAMES.slice(0, profile.n);
          const none = { tieBreak: { kind: "none" } };
          const a = outcomeOf(specOf(method, profile, names, none));
          // In the renamed profile candidate perm[c] plays c's part; name it "x" + c's name.
          const alias = names.map((_, k) => `x${names[perm.indexOf(k)]}`);
          const b = outcomeOf(specOf(method, renamed, alias, none));
          const back = (s: string): string => s.slice(1);
          expect([...b.winners].map(back).sort()).toEqual([...a.winners].sort());
          expect(b.ranking?.map((t) => t.map(back).sort())).toEqual(
            a.ranking?.map((t) => [...t].sort()),
          );
        }),
        RUNS,
      );
    });
  },
  pareto: (method) => {
    it("Pareto: a candidate every voter ranks below another never wins", () => {
      fc.assert(
        fc.property(strictProfiles(1), (profile) => {
          // Make every ballot rank candidate 0 above candidate 1.
          const fixed = {
            ...profile,
            ballots: profile.ballots.map((b) => {
              const order = b.tiers.map((t) => t[0] as number);
              const i0 = order.indexOf(0);
              const i1 = order.indexOf(1);
              if (i1 < i0) [order[i0], order[i1]] = [1, 0];
              return { ...b, tiers: order.map((c) => [c]) };
            }),
          };
          expect(winnersOf(method, fixed)).not.toContain(nameOf(1));
        }),
        RUNS,
      );
    });
  },
  majority: (method) => {
    it("majority: a candidate ranked first by more than half of the voters wins", () => {
      fc.assert(
        fc.property(strictProfiles(1), (profile) => {
          const total = profile.ballots.reduce((s, b) => s + b.count, 0);
          for (let c = 0; c < profile.n; c++) {
            const first = profile.ballots
              .filter((b) => b.tiers[0]?.[0] === c)
              .reduce((s, b) => s + b.count, 0);
            if (2 * first > total) expect(winnersOf(method, profile)).toEqual([nameOf(c)]);
          }
        }),
        RUNS,
      );
    });
  },
  "condorcet-winner": (method) => {
    it("Condorcet: a candidate who beats every other head to head wins", () => {
      fc.assert(
        fc.property(strictProfiles(1), (profile) => {
          for (let c = 0; c < profile.n; c++) {
            const wins = Array.from(
              { length: profile.n },
              (_, d) => d === c || beats(profile, c, d),
            );
            if (wins.every(Boolean)) expect(winnersOf(method, profile)).toEqual([nameOf(c)]);
          }
        }),
        RUNS,
      );
    });
  },
  "condorcet-loser": (method) => {
    it("Condorcet loser: a candidate who loses to every other head to head never wins", () => {
      fc.assert(
        fc.property(strictProfiles(1), (profile) => {
          for (let c = 0; c < profile.n; c++) {
            const loses = Array.from(
              { length: profile.n },
              (_, d) => d === c || beats(profile, d, c),
            );
            if (loses.every(Boolean)) expect(winnersOf(method, profile)).not.toContain(nameOf(c));
          }
        }),
        RUNS,
      );
    });
  },
  smith: (method) => {
    it("Smith: every winner is in the Smith set", () => {
      fc.assert(
        fc.property(strictProfiles(1), (profile) => {
          const smith = smithSet(profile).map(nameOf);
          for (const w of winnersOf(method, profile)) expect(smith).toContain(w);
        }),
        RUNS,
      );
    });
  },
  monotonicity: (method) => {
    it("monotonicity: raising a winner on one ballot keeps them a winner", () => {
      fc.assert(
        fc.property(strictProfiles(1), fc.nat(), (profile, pick) => {
          const before = winnersOf(method, profile);
          const w = NAMES.indexOf(before[0] as string);
          const k = pick % profile.ballots.length;
          const ballot = profile.ballots[k] as TestBallot;
          const order = ballot.tiers.map((t) => t[0] as number);
          const at = order.indexOf(w);
          if (at <= 0) return;
          [order[at - 1], order[at]] = [w, order[at - 1] as number];
          // Raise on one voter of the ballot's group (split the group if needed).
          const ballots = [...profile.ballots];
          ballots.splice(k, 1, { tiers: order.map((c) => [c]), count: 1 });
          if (ballot.count > 1) ballots.push({ ...ballot, count: ballot.count - 1 });
          expect(winnersOf(method, { ...profile, ballots })).toContain(nameOf(w));
        }),
        RUNS,
      );
    });
  },
  "later-no-harm": (method) => {
    it("later-no-harm: adding later preferences to a ballot that ranks only the winner keeps them winning", () => {
      fc.assert(
        fc.property(strictProfiles(1), fc.nat(), (profile, pick) => {
          const extra = (pick % profile.n) as number;
          const truncated = {
            ...profile,
            ballots: [...profile.ballots, { tiers: [[extra]], count: 1 }],
          };
          const before = winnersNone(method, truncated);
          if (before.length !== 1 || before[0] !== nameOf(extra)) return;
          const rest = Array.from({ length: profile.n }, (_, c) => c).filter((c) => c !== extra);
          const full = {
            ...profile,
            ballots: [...profile.ballots, { tiers: [[extra], ...rest.map((c) => [c])], count: 1 }],
          };
          expect(winnersNone(method, full)).toEqual(before);
        }),
        RUNS,
      );
    });
  },
  participation: (method) => {
    it("participation: a new ballot ranking the winner first keeps them a winner", () => {
      fc.assert(
        fc.property(strictProfiles(1), (profile) => {
          const before = winnersNone(method, profile);
          if (before.length !== 1) return;
          const w = NAMES.indexOf(before[0] as string);
          const rest = Array.from({ length: profile.n }, (_, c) => c).filter((c) => c !== w);
          const after = {
            ...profile,
            ballots: [...profile.ballots, { tiers: [[w], ...rest.map((c) => [c])], count: 1 }],
          };
          expect(winnersNone(method, after)).toEqual(before);
        }),
        RUNS,
      );
    });
  },
  "reversal-symmetry": (method) => {
    it("reversal symmetry: a unique winner does not also win when every ballot is reversed", () => {
      fc.assert(
        fc.property(strictProfiles(1), (profile) => {
          const before = winnersNone(method, profile);
          if (before.length !== 1) return;
          const reversed = {
            ...profile,
            ballots: profile.ballots.map((b) => ({ ...b, tiers: [...b.tiers].reverse() })),
          };
          const after = winnersNone(method, reversed);
          if (after.length === 1) expect(after).not.toEqual(before);
        }),
        RUNS,
      );
    });
  },
};

/** Runs a property test for every property the method claims, and checks that each is covered. */
export const describeAxioms = (method: AnyMethodDefinition): void => {
  it("claims only properties that are checked here", () => {
    for (const property of method.satisfies) expect(Object.keys(CHECKS)).toContain(property);
  });
  for (const property of method.satisfies) CHECKS[property]?.(method);
};
