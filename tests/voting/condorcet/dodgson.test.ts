import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { decide, dodgson } from "../../../src/voting/index.js";
import { runs } from "../../helpers/runs.js";
import { right } from "../helpers/profiles.js";
import { NONE, profileOf, tennessee } from "./helpers.js";

/**
 * The oracle, from Dodgson's definition alone: a breadth-first search over every profile reachable
 * by swapping two adjacent candidates on any one ballot (any pair, not only moves of `c`), until
 * `c` beats every rival by a strict majority. Tiny profiles only.
 */
const bySearch = (n: number, voters: readonly (readonly number[])[], c: number): number => {
  const isWinner = (profile: readonly (readonly number[])[]): boolean =>
    Array.from({ length: n }, (_, d) => d).every((d) => {
      if (d === c) return true;
      let margin = 0;
      for (const order of profile) margin += order.indexOf(c) < order.indexOf(d) ? 1 : -1;
      return margin > 0;
    });
  const key = (profile: readonly (readonly number[])[]): string =>
    profile.map((o) => o.join("")).join("|");
  let frontier = [voters.map((o) => [...o])];
  const seen = new Set([key(voters)]);
  for (let distance = 0; frontier.length > 0; distance++) {
    if (frontier.some(isWinner)) return distance;
    const next: number[][][] = [];
    for (const profile of frontier)
      for (let v = 0; v < profile.length; v++)
        for (let i = 0; i + 1 < n; i++) {
          const order = [...(profile[v] as number[])];
          [order[i], order[i + 1]] = [order[i + 1] as number, order[i] as number];
          const moved = profile.map((o, w) => (w === v ? order : o));
          const k = key(moved);
          if (!seen.has(k)) {
            seen.add(k);
            next.push(moved);
          }
        }
    frontier = next;
  }
  return Number.POSITIVE_INFINITY;
};

const NAMES = ["a", "b", "c", "d"];

describe("dodgson", () => {
  it("gives the Condorcet winner a score of 0 (Tennessee: Nashville)", () => {
    const outcome = right(dodgson(tennessee()));
    expect(outcome.winners).toEqual(["Nashville"]);
    expect(outcome.dodgsonScores["Nashville"]).toBe(0);
  });

  it("a cycle: a needs one swap, b and c need two (and are not counted past the bound)", () => {
    // a > b 5-2, b > c 5-2, c > a 4-3. One b>c>a voter swapping c and a makes a beat c 4-3; b
    // lacks 3 votes of margin against a (2 swaps), c the same against b.
    const p = profileOf(
      ["a", "b", "c"],
      [
        [3, "a>b>c"],
        [2, "b>c>a"],
        [2, "c>a>b"],
      ],
    );
    const outcome = right(dodgson(p, {}, NONE));
    expect(outcome.winners).toEqual(["a"]);
    expect(outcome.dodgsonScores).toEqual({ a: 1 });
    expect(outcome.lowerBounds).toEqual({ a: 1, b: 2, c: 2 });
  });

  it("counts swaps past several candidates on one ballot", () => {
    // d is last on every ballot but one; to beat a, b and c it must climb.
    const p = profileOf(
      ["a", "b", "c", "d"],
      [
        [1, "a>b>c>d"],
        [1, "b>c>a>d"],
        [1, "d>c>a>b"],
      ],
    );
    const outcome = right(dodgson(p, {}, NONE));
    const voters = [
      [0, 1, 2, 3],
      [1, 2, 0, 3],
      [3, 2, 0, 1],
    ];
    for (const [name, score] of Object.entries(outcome.dodgsonScores))
      expect(score).toBe(bySearch(4, voters, NAMES.indexOf(name)));
  });

  it("agrees with a search over every sequence of adjacent swaps (strict ballots)", () => {
    const election = fc.integer({ min: 2, max: 4 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        voters: fc.array(
          fc.shuffledSubarray(
            Array.from({ length: n }, (_, i) => i),
            { minLength: n, maxLength: n },
          ),
          { minLength: 1, maxLength: n === 4 ? 3 : 4 },
        ),
      }),
    );
    fc.assert(
      fc.property(election, ({ n, voters }) => {
        const names = NAMES.slice(0, n);
        const p = profileOf(
          names,
          voters.map((o) => [1, o.map((i) => names[i]).join(">")] as const),
        );
        const outcome = right(dodgson(p, {}, NONE));
        const truth = names.map((_, c) => bySearch(n, voters, c));
        const best = Math.min(...truth);
        expect([...outcome.winners].sort()).toEqual(names.filter((_, c) => truth[c] === best));
        for (const [name, score] of Object.entries(outcome.dodgsonScores))
          expect(score).toBe(truth[names.indexOf(name)]);
      }),
      { numRuns: runs(120) },
    );
  });

  it("reads a tie as half a swap: leaving a tie with a rival gains half a vote of margin", () => {
    // a and b tie 1-1 (the second ballot ranks them equal). Either one rises above the other on
    // that ballot by breaking the tie: half a swap, which wins the contest 2-1.
    const p = profileOf(
      ["a", "b"],
      [
        [1, "a>b"],
        [1, "a=b"],
        [1, "b>a"],
      ],
    );
    const outcome = right(dodgson(p, {}, NONE));
    expect(outcome.dodgsonScores).toEqual({ a: "1/2", b: "1/2" });
    expect(outcome.winners).toEqual(["a", "b"]);
    // On strict ballots alone the same contest costs a full swap.
    const strict = right(
      dodgson(
        profileOf(
          ["a", "b"],
          [
            [1, "a>b"],
            [1, "b>a"],
          ],
        ),
        {},
        NONE,
      ),
    );
    expect(strict.dodgsonScores).toEqual({ a: 1, b: 1 });
  });

  it("refuses past the work limit, naming the option, and fractional counts", () => {
    const names = ["a", "b", "c", "d", "e"];
    const p = profileOf(names, [
      [400, "a>b>c>d>e"],
      [400, "b>c>d>e>a"],
      [400, "c>d>e>a>b"],
      [400, "d>e>a>b>c"],
      [401, "e>a>b>c>d"],
    ]);
    expect(dodgson(p, { maxWork: 1000 })).toEqual(
      E.left(
        expect.objectContaining({
          _tag: "Unsupported",
          reason: "work_limit",
          limit: expect.objectContaining({ name: "dodgson.work", option: "options.maxWork" }),
        }),
      ),
    );
    const fractional = decide({
      method: "dodgson",
      candidates: ["a", "b"],
      ballots: [{ ranking: ["a", "b"], count: 0.5 }],
    });
    expect(fractional).toEqual(
      E.left(expect.objectContaining({ _tag: "Unsupported", reason: "fractional_counts" })),
    );
  });
});
