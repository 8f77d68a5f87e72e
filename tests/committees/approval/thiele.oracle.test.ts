/**
 * The optimisation and sequential Thiele rules against a brute-force oracle written separately from
 * the library: every committee scored with exact fractions, and every path through the ties of a
 * sequential rule followed by trying each tied candidate.
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type ApprovalCommitteeOutcome,
  cc,
  geom,
  lexCc,
  pav,
  revSeqPav,
  seqCc,
  seqPav,
  seqSlav,
  slav,
} from "../../../src/committees/index.js";
import { runs } from "../../helpers/runs.js";
import { arbSmallElection, subsetsOf } from "./helpers.js";

/** A fraction as [numerator, denominator] bigints. */
type Frac = readonly [bigint, bigint];
const add = (x: Frac, y: Frac): Frac => [x[0] * y[1] + y[0] * x[1], x[1] * y[1]];
const cmp = (x: Frac, y: Frac): number => {
  const d = x[0] * y[1] - y[0] * x[1];
  return d > 0n ? 1 : d < 0n ? -1 : 0;
};

type Weight = (j: number) => Frac;
const PAV: Weight = (j) => [1n, BigInt(j)];
const SLAV: Weight = (j) => [1n, BigInt(2 * j - 1)];
const CC: Weight = (j) => (j === 1 ? [1n, 1n] : [0n, 1n]);
const GEOM2: Weight = (j) => [1n, 2n ** BigInt(j - 1)];

interface Ballot {
  readonly approve: readonly string[];
  readonly count: number;
}

const score = (ballots: readonly Ballot[], weight: Weight, committee: readonly string[]): Frac => {
  let total: Frac = [0n, 1n];
  for (const b of ballots) {
    const sat = b.approve.filter((c) => committee.includes(c)).length;
    for (let j = 1; j <= sat; j++) {
      const w = weight(j);
      total = add(total, [w[0] * BigInt(b.count), w[1]]);
    }
  }
  return total;
};

const keyOf = (c: readonly string[]): string => [...c].sort().join(",");

/** Every committee of the highest score (by `better`: positive when the first is better). */
const bestCommittees = (
  candidates: readonly string[],
  seats: number,
  better: (x: readonly string[], y: readonly string[]) => number,
): string[] => {
  const all = subsetsOf(candidates, seats);
  let best: string[][] = [];
  for (const c of all) {
    const head = best[0];
    const d = head === undefined ? 1 : better(c, head);
    if (d > 0) best = [c];
    else if (d === 0) best.push(c);
  }
  return best.map(keyOf).sort();
};

/** Voters covered at least j times, for j = 1..seats: lex-CC's vector. */
const coverage = (
  ballots: readonly Ballot[],
  committee: readonly string[],
  seats: number,
): number[] =>
  Array.from({ length: seats }, (_, j) =>
    ballots
      .filter((b) => b.approve.filter((c) => committee.includes(c)).length > j)
      .reduce((s, b) => s + b.count, 0),
  );

/** Every committee a sequential rule reaches, trying every tied candidate at every round. */
const sequentialCommittees = (
  candidates: readonly string[],
  ballots: readonly Ballot[],
  weight: Weight,
  seats: number,
  reverse: boolean,
): string[] => {
  const found = new Set<string>();
  const walk = (current: string[]): void => {
    if (current.length === seats) {
      found.add(keyOf(current));
      return;
    }
    const base = score(ballots, weight, current);
    const options = reverse ? current : candidates.filter((c) => !current.includes(c));
    const change = options.map((c) => {
      const next = reverse ? current.filter((x) => x !== c) : [...current, c];
      const s = score(ballots, weight, next);
      return { c, delta: reverse ? add(base, [-s[0], s[1]]) : add(s, [-base[0], base[1]]) };
    });
    let best = change[0]?.delta as Frac;
    for (const { delta } of change)
      if (reverse ? cmp(delta, best) < 0 : cmp(delta, best) > 0) best = delta;
    for (const { c, delta } of change)
      if (cmp(delta, best) === 0) walk(reverse ? current.filter((x) => x !== c) : [...current, c]);
  };
  walk(reverse ? [...candidates] : []);
  return [...found].sort();
};

const committeesOf = (result: E.Either<unknown, ApprovalCommitteeOutcome>): string[] => {
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  return (result.right.committees ?? []).map(keyOf).sort();
};

const NONE = { kind: "none" } as const;

describe("optimisation Thiele rules equal a brute force over every committee", () => {
  const cases = [
    ["pav", PAV, pav],
    ["slav", SLAV, slav],
    ["cc", CC, cc],
    [
      "geom2",
      GEOM2,
      (p: Parameters<typeof geom>[0], o: { seats: number }, t: Parameters<typeof geom>[2]) =>
        geom(p, { ...o, p: 2 }, t),
    ],
  ] as const;
  for (const [id, weight, rule] of cases) {
    it(`${id}: committees under none are exactly the highest-scoring ones`, () => {
      fc.assert(
        fc.property(arbSmallElection, ({ profile, ballots, seats }) => {
          const expected = bestCommittees(profile.candidates, seats, (x, y) =>
            cmp(score(ballots, weight, x), score(ballots, weight, y)),
          );
          expect(committeesOf(rule(profile, { seats }, NONE))).toEqual(expected);
        }),
        { numRuns: runs(200) },
      );
    });
  }

  it("lex-cc: committees are the lexicographically best coverage vectors", () => {
    fc.assert(
      fc.property(arbSmallElection, ({ profile, ballots, seats }) => {
        const expected = bestCommittees(profile.candidates, seats, (x, y) => {
          const cx = coverage(ballots, x, seats);
          const cy = coverage(ballots, y, seats);
          for (let j = 0; j < seats; j++)
            if (cx[j] !== cy[j]) return (cx[j] as number) - (cy[j] as number);
          return 0;
        });
        expect(committeesOf(lexCc(profile, { seats }, NONE))).toEqual(expected);
      }),
      { numRuns: runs(200) },
    );
  });
});

describe("sequential Thiele rules equal a brute force over every path through the ties", () => {
  const cases = [
    ["seq-pav", PAV, seqPav, false],
    ["seq-slav", SLAV, seqSlav, false],
    ["seq-cc", CC, seqCc, false],
    ["rev-seq-pav", PAV, revSeqPav, true],
  ] as const;
  for (const [id, weight, rule, reverse] of cases) {
    it(`${id}: committees under none are exactly those some path reaches`, () => {
      fc.assert(
        fc.property(arbSmallElection, ({ profile, ballots, seats }) => {
          const expected = sequentialCommittees(
            profile.candidates,
            ballots,
            weight,
            seats,
            reverse,
          );
          expect(committeesOf(rule(profile, { seats }, NONE))).toEqual(expected);
        }),
        { numRuns: runs(200) },
      );
    });
  }
});
