import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { type PairwiseTally, pairwiseTally } from "../../../src/ballots/index.js";
import { banksSet, condorcetWinner, uncoveredSet } from "../../../src/voting/index.js";
import { runs } from "../../helpers/runs.js";
import { right } from "../helpers/profiles.js";
import { anyElection } from "./arbitraries.js";
import { buildProfile, cycle3, profileOf, schulze45, tennessee } from "./helpers.js";

/** Whether x beats y, read off the tally directly. */
const wins = (tally: PairwiseTally, x: number, y: number): boolean => {
  const n = tally.candidates.length;
  return (tally.counts[x * n + y] as number) > (tally.counts[y * n + x] as number);
};

/**
 * The oracle, from Banks's definition: over every subset, the transitive ones (every pair ordered
 * by a majority, no cycle) that no candidate can join and stay transitive; their tops.
 */
const banksByDefinition = (tally: PairwiseTally): string[] => {
  const n = tally.candidates.length;
  const members = (mask: number): number[] =>
    Array.from({ length: n }, (_, i) => i).filter((i) => (mask >> i) & 1);
  const transitive = (mask: number): boolean => {
    const m = members(mask);
    // A complete acyclic order: the members' win counts inside the set are all distinct.
    for (const x of m)
      for (const y of m) if (x < y && !wins(tally, x, y) && !wins(tally, y, x)) return false;
    const counts = m.map((x) => m.filter((y) => wins(tally, x, y)).length);
    return new Set(counts).size === m.length;
  };
  const tops = new Set<number>();
  for (let mask = 1; mask < 1 << n; mask++) {
    if (!transitive(mask)) continue;
    const maximal = Array.from({ length: n }, (_, x) => x).every(
      (x) => (mask >> x) & 1 || !transitive(mask | (1 << x)),
    );
    if (!maximal) continue;
    const m = members(mask);
    const top = m.find((x) => m.every((y) => y === x || wins(tally, x, y)));
    if (top !== undefined) tops.add(top);
  }
  return tally.candidates.filter((_, i) => tops.has(i));
};

describe("banksSet", () => {
  it("is the Condorcet winner alone in the Tennessee example", () => {
    expect(right(banksSet(pairwiseTally(tennessee())))).toEqual(["Nashville"]);
  });

  it("keeps every member of a three-way cycle, and drops the candidate all three beat", () => {
    expect(right(banksSet(pairwiseTally(cycle3())))).toEqual(["a", "b", "c"]);
    const p = profileOf(
      ["a", "b", "c", "d"],
      [
        [1, "a>b>c>d"],
        [1, "b>c>a>d"],
        [1, "c>a>b>d"],
      ],
    );
    expect(right(banksSet(pairwiseTally(p)))).toEqual(["a", "b", "c"]);
  });

  it("in Schulze's 45-voter example is A, C and E", () => {
    // Wins: A over C, D; B over A, D; C over B, E; D over C; E over A, B, D. The chains A > C,
    // C > E and E > B > A > D have no outsider beating all their members; B and D top no such
    // chain (E beats B and everything B beats; A beats D and C).
    expect(right(banksSet(pairwiseTally(schulze45())))).toEqual(["A", "C", "E"]);
  });

  it("agrees with Banks's definition, lies in the uncovered set, and is the Condorcet winner when there is one", () => {
    fc.assert(
      fc.property(anyElection(5), (election) => {
        const tally = pairwiseTally(buildProfile(election));
        const set = right(banksSet(tally));
        expect(set).toEqual(banksByDefinition(tally));
        expect(set.length).toBeGreaterThan(0);
        const uncovered = uncoveredSet(tally);
        for (const c of set) expect(uncovered).toContain(c);
        const winner = condorcetWinner(tally);
        if (winner !== undefined) expect(set).toEqual([winner]);
      }),
      { numRuns: runs(300) },
    );
  });

  it("refuses more candidates than its work limit, and a bad limit", () => {
    const names = Array.from({ length: 21 }, (_, i) => `c${i}`);
    const tally = pairwiseTally(profileOf(names, [[1, names.join(">")]]));
    expect(banksSet(tally)).toEqual(
      E.left(expect.objectContaining({ _tag: "Unsupported", reason: "work_limit" })),
    );
    expect(right(banksSet(tally, { maxCandidates: 21 }))).toEqual(["c0"]);
    expect(banksSet(tally, { maxCandidates: 23 })).toEqual(
      E.left(expect.objectContaining({ _tag: "InvalidInput" })),
    );
  });
});
