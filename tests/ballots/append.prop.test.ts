/**
 * Builders that stop merging identical rows when most rows are distinct (issue 12): the profile
 * may then hold one ballot in several rows, and must mean the same as the merged profile: the
 * same count for every distinct ballot, the same totals, the same tallies and the same outcomes.
 */
import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { createRowBuilder } from "../../src/ballots/builder.js";
import {
  createProfileBuilder,
  pairwiseTally,
  type RankedProfile,
  rankedProfileFromRows,
  UNRANKED,
} from "../../src/ballots/index.js";
import { parseSpecWithProfile } from "../../src/ballots/spec.js";
import { parseRational, type Rational } from "../../src/core/rational.js";
import { decide } from "../../src/voting/index.js";
import { runs } from "../helpers/runs.js";

/**
 * Each distinct ballot with its count (an exact fraction of the denominator), as one sorted text:
 * `row:count` lines (one string, since deep equality of 100,000 entries is slow).
 */
const countsByBallot = (profile: RankedProfile): string => {
  const n = profile.candidates.length;
  const sums = new Map<string, number>();
  for (let b = 0; b < profile.ballotCount; b++) {
    const key = profile.ranks.subarray(b * n, (b + 1) * n).join(",");
    sums.set(key, (sums.get(key) ?? 0) + (profile.counts[b] as number));
  }
  return [...sums]
    .filter(([, count]) => count !== 0)
    .map(([key, count]) => `${key}:${count}/${profile.countDenominator}`)
    .sort()
    .join("\n");
};

const right = <T>(either: E.Either<unknown, T>): T => {
  if (E.isLeft(either)) throw new Error(JSON.stringify(either.left));
  return either.right;
};

/** The same profile in meaning: ballots' counts, totals, and the tallies every method reads. */
const expectSameMeaning = (built: RankedProfile, merged: RankedProfile): void => {
  expect(countsByBallot(built)).toEqual(countsByBallot(merged));
  expect(built.totalCountExact).toBe(merged.totalCountExact);
  expect(built.countDenominator).toBe(merged.countDenominator);
  expect(Array.from(pairwiseTally(built).counts)).toEqual(Array.from(pairwiseTally(merged).counts));
};

/** A ranked row of n cells: tiers 0 to n - 1 with gaps allowed, or UNRANKED. */
const rowOf = (n: number): fc.Arbitrary<number[]> =>
  fc.array(fc.oneof(fc.integer({ min: 0, max: n - 1 }), fc.constant(UNRANKED)), {
    minLength: n,
    maxLength: n,
  });

describe("a builder that may stop merging rows", () => {
  it("builds a profile that means the same as the merged one, appending or not", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            sample: fc.integer({ min: 1, max: 12 }),
            ballots: fc.array(
              fc.record({
                row: rowOf(n),
                count: fc.oneof(
                  fc.integer({ min: 0, max: 5 }),
                  fc.constantFrom("1/3", "2/7", "0.5"),
                ),
              }),
              { maxLength: 60 },
            ),
          }),
        ),
        ({ n, sample, ballots }) => {
          const candidates = Array.from({ length: n }, (_, c) => `c${c}`);
          const appending = createRowBuilder(
            "ranked",
            candidates,
            { expectedRows: ballots.length },
            { sample, minHint: 0 },
          );
          const merging = createProfileBuilder("ranked", candidates);
          for (const { row, count } of ballots) {
            const exact = typeof count === "number" ? count : (parseRational(count) as Rational);
            expect(appending.add(row, exact)).toBe(merging.add(row, exact));
          }
          const built = right(appending.build());
          const merged = right(merging.build());
          expect(built.ballotCount).toBeGreaterThanOrEqual(merged.ballotCount);
          expect(built.ballotCount).toBeLessThanOrEqual(ballots.length);
          expectSameMeaning(built, merged);
        },
      ),
      { numRuns: runs(200) },
    );
  });

  it("appends every row after a mostly distinct sample, and merges after a repetitive one", () => {
    const candidates = ["a", "b", "c"];
    const rows = [
      [0, 1, 2],
      [1, 0, 2],
      [2, 1, 0],
      [0, 2, 1],
      [0, 1, 2],
      [0, 1, 2],
    ];
    const distinctFirst = createRowBuilder(
      "ranked",
      candidates,
      { expectedRows: 6 },
      { sample: 4, minHint: 0 },
    );
    for (const row of rows) distinctFirst.add(row);
    // The sample (4 rows, all distinct) decided: the last two rows are rows of their own.
    expect(right(distinctFirst.build()).ballotCount).toBe(6);
    const repeatedFirst = createRowBuilder(
      "ranked",
      candidates,
      { expectedRows: 6 },
      { sample: 4, minHint: 0 },
    );
    for (const row of [...rows].reverse()) repeatedFirst.add(row);
    // The reversed order starts with three equal rows: merging continues.
    expect(right(repeatedFirst.build()).ballotCount).toBe(4);
    // Below the hint, or without a policy, every profile is merged.
    const small = createRowBuilder(
      "ranked",
      candidates,
      { expectedRows: 6 },
      { sample: 4, minHint: 7 },
    );
    for (const row of rows) small.add(row);
    expect(right(small.build()).ballotCount).toBe(4);
  });
});

/**
 * A seeded xorshift32 (fixed test data drawn fast: a million draws; `createPrng` is for counts).
 * `nextInt(k)` is a whole number from 0 to k - 1.
 */
const xorshift = (seed: number): { readonly nextInt: (k: number) => number } => {
  let x = seed | 0 || 1;
  return {
    nextInt: (k) => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) % k;
    },
  };
};

/** `voters` random rankings of `n` candidates, some truncated, some tied, some repeated. */
const randomRankings = (n: number, voters: number, seed: number): Uint16Array => {
  const prng = xorshift(seed);
  const rows = new Uint16Array(voters * n);
  for (let v = 0; v < voters; v++) {
    if (v > 0 && prng.nextInt(10) === 0) {
      rows.copyWithin(v * n, (v - 1) * n, v * n); // a repeat of the previous ballot
      continue;
    }
    for (let c = 0; c < n; c++) {
      const t = prng.nextInt(n + 2);
      rows[v * n + c] = t >= n ? UNRANKED : t;
    }
  }
  return rows;
};

describe("decide on a spec whose ballots are mostly distinct", () => {
  it("counts the same as on the merged profile", () => {
    const n = 8;
    const voters = 140_000; // past the 131,072 ballots from which the spec reader may append
    const candidates = Array.from({ length: n }, (_, c) => `c${c}`);
    const rows = randomRankings(n, voters, 12);
    const ballots: { ranking: string[][]; count?: number }[] = [];
    const merging = createProfileBuilder("ranked", candidates);
    for (let v = 0; v < voters; v++) {
      const row = rows.subarray(v * n, (v + 1) * n);
      const tiers: string[][] = [];
      for (let c = 0; c < n; c++) {
        const t = row[c] as number;
        if (t === UNRANKED) continue;
        const tier = tiers[t] ?? [];
        tier.push(candidates[c] as string);
        tiers[t] = tier;
      }
      const ranking = tiers.filter((tier) => tier !== undefined);
      const count = v % 3;
      ballots.push(count === 1 ? { ranking } : { ranking, count });
      merging.add(row, count);
    }
    const merged = right(merging.build());
    const read = right(parseSpecWithProfile({ method: "schulze", candidates, ballots }));
    // Mostly distinct: the ballots past the sample are rows of their own.
    expect(read.profile.ballotCount).toBeGreaterThan(merged.ballotCount);
    expectSameMeaning(read.profile as RankedProfile, merged);
    for (const method of ["schulze", "irv"]) {
      const fromSpec = right(decide({ method, candidates, ballots }));
      const fromMerged = right(decide({ method, profile: merged }));
      expect(fromSpec.winners).toEqual(fromMerged.winners);
      expect(fromSpec.ranking).toEqual(fromMerged.ranking);
      expect(fromSpec.scores).toEqual(fromMerged.scores);
    }
  });
});

describe("rankedProfileFromRows on mostly distinct rows", () => {
  const n = 10;
  const voters = 140_000;
  const candidates = Array.from({ length: n }, (_, c) => `c${c}`);
  /** Rank rows (1 = first, 0 = unranked, gaps allowed) and the same ballots merged by a builder. */
  let made: { rows: Uint8Array; merged: RankedProfile } | undefined;
  const make = (): { rows: Uint8Array; merged: RankedProfile } => {
    if (made !== undefined) return { rows: made.rows.slice(), merged: made.merged };
    const tiers = randomRankings(n, voters, 34);
    const rows = new Uint8Array(voters * n);
    const merging = createProfileBuilder("ranked", candidates);
    for (let v = 0; v < voters; v++) {
      for (let c = 0; c < n; c++) {
        const t = tiers[v * n + c] as number;
        rows[v * n + c] = t === UNRANKED ? 0 : t + 1;
      }
      merging.add(tiers.subarray(v * n, (v + 1) * n), 1 + (v % 2));
    }
    made = { rows, merged: right(merging.build()) };
    return { rows: rows.slice(), merged: made.merged };
  };

  it("builds a profile that means the same as the merged one", () => {
    const { rows, merged } = make();
    const weights = Float64Array.from({ length: voters }, (_, v) => 1 + (v % 2));
    const built = right(rankedProfileFromRows(rows, { candidates, width: n, weights }));
    // Mostly distinct: the rows past the sample are appended, one row each.
    expect(built.ballotCount).toBeGreaterThan(merged.ballotCount);
    expectSameMeaning(built, merged);
  });

  it("means the same past 30 candidates too (ranks with gaps found without a bit mask)", () => {
    const wide = 31;
    const count = 135_000;
    const names = Array.from({ length: wide }, (_, c) => `c${c}`);
    const prng = xorshift(56);
    const rows = new Int32Array(count * wide);
    const merging = createProfileBuilder("ranked", names);
    const tiers = new Uint16Array(wide);
    for (let v = 0; v < count; v++) {
      for (let c = 0; c < wide; c++) {
        // Ranks 0 (unranked) to 31 drawn from a few values, so rows have gaps and ties.
        const rank = 4 * prng.nextInt(8);
        rows[v * wide + c] = rank;
        tiers[c] = rank === 0 ? UNRANKED : rank - 1;
      }
      merging.add(tiers);
    }
    const built = right(rankedProfileFromRows(rows, { candidates: names, width: wide }));
    const merged = right(merging.build());
    expect(built.ballotCount).toBe(count);
    expectSameMeaning(built, merged);
  });

  it("still reports every bad cell past the sample with its row and column", () => {
    const { rows } = make();
    rows[100_000 * n + 3] = 11;
    rows[120_000 * n + 9] = 200;
    const built = rankedProfileFromRows(rows, { candidates, width: n });
    expect(E.isLeft(built) && built.left._tag === "InvalidInput" && built.left.issues).toEqual([
      {
        path: "rows[100000][3]",
        code: "invalid_rank",
        message: "a rank is a whole number from 0 (unranked) to 10, got 11",
      },
      {
        path: "rows[120000][9]",
        code: "invalid_rank",
        message: "a rank is a whole number from 0 (unranked) to 10, got 200",
      },
    ]);
  });
});
