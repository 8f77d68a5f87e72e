import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import type { Rational } from "../../src/core/rational.js";
import * as Q from "../../src/core/rational.js";
import { decide, maximalLottery } from "../../src/voting/index.js";
import { runs } from "../helpers/runs.js";
import { anyElection, strictElection } from "./condorcet/arbitraries.js";
import { buildProfile, cycle3, NONE, profileOf, tennessee } from "./condorcet/helpers.js";
import { right } from "./helpers/profiles.js";

const value = (v: string | number): Rational => Q.parseRational(v) as Rational;

/** The margin matrix read back from an outcome's pairwise record. */
const marginsOf = (
  candidates: readonly string[],
  pairwise: Readonly<Record<string, Readonly<Record<string, string | number>>>>,
): Rational[][] =>
  candidates.map((a) =>
    candidates.map((b) =>
      a === b
        ? Q.ZERO
        : Q.sub(
            value(pairwise[a]?.[b] as string | number),
            value(pairwise[b]?.[a] as string | number),
          ),
    ),
  );

/** The unique solution of a square system over the rationals, or undefined. */
const solveSquare = (a: Rational[][], b: Rational[]): Rational[] | undefined => {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as Rational]);
  for (let c = 0; c < n; c++) {
    const p = m.findIndex((row, i) => i >= c && !Q.isZero(row[c] as Rational));
    if (p < 0) return undefined;
    [m[c], m[p]] = [m[p] as Rational[], m[c] as Rational[]];
    const pivot = m[c] as Rational[];
    for (let i = 0; i < n; i++) {
      if (i === c) continue;
      const f = Q.div((m[i] as Rational[])[c] as Rational, pivot[c] as Rational);
      m[i] = (m[i] as Rational[]).map((x, j) => Q.sub(x, Q.mul(f, pivot[j] as Rational)));
    }
  }
  return m.map((row, i) => Q.div(row[n] as Rational, row[i] as Rational));
};

const combinations = (n: number, k: number): number[][] =>
  k === 0
    ? [[]]
    : n < k
      ? []
      : [...combinations(n - 1, k - 1).map((c) => [...c, n - 1]), ...combinations(n - 1, k)];

/**
 * The oracle: every vertex of { p ≥ 0, Σp = 1, p·M ≥ 0 }, by brute force over every choice of
 * n - 1 of its 2n inequalities made tight (a vertex is where n independent constraints are tight).
 */
const verticesOf = (margins: readonly Rational[][]): Rational[][] => {
  const n = margins.length;
  const constraints = [
    ...Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => (i === j ? Q.ONE : Q.ZERO)),
    ),
    ...Array.from({ length: n }, (_, j) => margins.map((row) => row[j] as Rational)),
  ];
  const found = new Map<string, Rational[]>();
  for (const tight of combinations(2 * n, n - 1)) {
    const a = [
      ...tight.map((t) => constraints[t] as Rational[]),
      Array.from({ length: n }, () => Q.ONE),
    ];
    const b = [...tight.map(() => Q.ZERO), Q.ONE];
    const p = solveSquare(a, b);
    if (p === undefined || p.some((x) => Q.sign(x) < 0)) continue;
    const stable = constraints
      .slice(n)
      .every((row) => Q.sign(Q.sum(row.map((x, i) => Q.mul(x, p[i] as Rational)))) >= 0);
    if (stable) found.set(p.map(Q.toFraction).join(","), p);
  }
  return [...found.values()];
};

describe("maximalLottery", () => {
  it("Wikipedia's example: margins a>b 1, b>c 3, c>a 1 give a 3/5, b 1/5, c 1/5", () => {
    const p = profileOf(
      ["a", "b", "c"],
      [
        [2, "a>b>c"],
        [2, "b>c>a"],
        [1, "c>a>b"],
      ],
    );
    const outcome = right(maximalLottery(p));
    expect(outcome.lottery).toEqual({ a: "3/5", b: "1/5", c: "1/5" });
    expect(outcome.extremeLotteries).toBe(1);
    expect(outcome.winners).toEqual(["a"]);
    expect(outcome.draw).toBeUndefined();
    // The same article: if the last voter swaps a and c, a is the Condorcet winner, with certainty.
    const swapped = profileOf(
      ["a", "b", "c"],
      [
        [2, "a>b>c"],
        [2, "b>c>a"],
        [1, "a>c>b"],
      ],
    );
    expect(right(maximalLottery(swapped)).lottery).toEqual({ a: 1, b: 0, c: 0 });
  });

  it("gives the Condorcet winner probability 1 (Tennessee: Nashville)", () => {
    const outcome = right(maximalLottery(tennessee()));
    expect(outcome.lottery).toEqual({ Memphis: 0, Nashville: 1, Chattanooga: 0, Knoxville: 0 });
    expect(outcome.winners).toEqual(["Nashville"]);
  });

  it("a three-way cycle with equal margins: 1/3 each, and all three tie under `none`", () => {
    const outcome = right(maximalLottery(cycle3(), {}, NONE));
    expect(outcome.lottery).toEqual({ a: "1/3", b: "1/3", c: "1/3" });
    expect(outcome.winners).toEqual(["a", "b", "c"]);
  });

  it("with a pairwise tie, reports the average of the extreme maximal lotteries", () => {
    // a ties b; c beats a by 2; b beats c by 2. The maximal lotteries are the segment from
    // (a 1/2, b 1/2) to (b 1): each gives c at least as much as it loses to c, and a gains
    // nothing on b. The average of the two ends: a 1/4, b 3/4.
    const p = profileOf(
      ["a", "b", "c"],
      [
        [1, "a>b>c"],
        [2, "b>c>a"],
        [1, "c>a>b"],
      ],
    );
    const outcome = right(maximalLottery(p));
    expect(outcome.lottery).toEqual({ a: "1/4", b: "3/4", c: 0 });
    expect(outcome.extremeLotteries).toBe(2);
    expect(outcome.winners).toEqual(["b"]);
  });

  it("draws with the seed, records the ticket, and repeats the draw exactly", () => {
    const p = profileOf(
      ["a", "b", "c"],
      [
        [2, "a>b>c"],
        [2, "b>c>a"],
        [1, "c>a>b"],
      ],
    );
    const first = right(maximalLottery(p, { seed: "assembly-7" }));
    expect(first.draw?.tickets).toBe("5");
    const ticket = Number(first.draw?.ticket);
    // Tickets 0-2 a, 3 b, 4 c.
    expect(first.winners).toEqual([ticket < 3 ? "a" : ticket < 4 ? "b" : "c"]);
    expect(right(maximalLottery(p, { seed: "assembly-7" }))).toEqual(first);
    expect(right(maximalLottery(p, {}, { kind: "random", seed: "assembly-7" })).draw).toEqual(
      first.draw,
    );
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 200; i++) {
      const w = right(maximalLottery(p, { seed: `s${i}` })).winners[0] as "a" | "b" | "c";
      counts[w]++;
    }
    // 3/5, 1/5, 1/5 of 200 draws: far from the bounds below unless the draw ignores the lottery.
    expect(counts.a).toBeGreaterThan(90);
    expect(counts.b).toBeGreaterThan(15);
    expect(counts.c).toBeGreaterThan(15);
  });

  it("refuses more candidates than its work limit, before any work, and says how to raise it", () => {
    const names = Array.from({ length: 17 }, (_, i) => `c${i}`);
    const p = profileOf(names, [[1, names.join(">")]]);
    const refused = maximalLottery(p);
    expect(refused).toEqual(
      E.left(expect.objectContaining({ _tag: "Unsupported", reason: "work_limit" })),
    );
    expect(E.isLeft(refused) && refused.left.message).toContain("options.maxCandidates");
    expect(right(maximalLottery(p, { maxCandidates: 17 })).lottery["c0"]).toBe(1);
    expect(maximalLottery(p, { maxCandidates: 19 })).toEqual(
      E.left(expect.objectContaining({ _tag: "InvalidInput" })),
    );
    expect(maximalLottery(p, { maxCandidates: -1 })).toEqual(
      E.left(expect.objectContaining({ _tag: "InvalidInput" })),
    );
  });

  it("counts the extra systems pairwise ties call for, and refuses past maxSystems", () => {
    // a and b beat c by 2; every other contest is tied. The maximal lotteries: every mix of a, b
    // and d (c loses to a and b and beats nobody), whose vertices are a, b and d alone.
    const p = profileOf(
      ["a", "b", "c", "d"],
      [
        [1, "b>a>c>d"],
        [1, "d>a>b>c"],
      ],
    );
    const outcome = right(maximalLottery(p));
    expect(outcome.lottery).toEqual({ a: "1/3", b: "1/3", c: 0, d: "1/3" });
    expect(outcome.extremeLotteries).toBe(3);
    expect(maximalLottery(p, { maxSystems: 1 })).toEqual(
      E.left(
        expect.objectContaining({
          _tag: "Unsupported",
          reason: "work_limit",
          limit: expect.objectContaining({ name: "maximal-lottery.systems" }),
        }),
      ),
    );
  });

  it("runs through decide, and refuses score ballots", () => {
    const outcome = decide({
      method: "maximal-lottery",
      candidates: ["a", "b", "c"],
      ballots: ["a>b>c", "b>c>a", "c>a>b"],
      options: { seed: "x" },
    });
    expect(E.isRight(outcome) && outcome.right.winners.length).toBe(1);
    const wrong = decide({
      method: "maximal-lottery",
      candidates: ["a", "b"],
      ballotKind: "score",
      ballots: [{ scores: { a: 1, b: 2 } }],
    });
    expect(E.isLeft(wrong)).toBe(true);
  });

  it("equals the average of the vertices found by a brute-force oracle, and is maximal", () => {
    fc.assert(
      fc.property(anyElection(4), (election) => {
        const outcome = right(maximalLottery(buildProfile(election)));
        const { candidates } = election;
        const margins = marginsOf(candidates, outcome.pairwise);
        const p = candidates.map((c) => value(outcome.lottery[c] as string | number));
        expect(Q.sum(p)).toEqual(Q.ONE);
        for (let j = 0; j < candidates.length; j++) {
          expect(Q.sign(p[j] as Rational)).toBeGreaterThanOrEqual(0);
          const payoff = Q.sum(
            p.map((x, i) => Q.mul(x, (margins[i] as Rational[])[j] as Rational)),
          );
          expect(Q.sign(payoff)).toBeGreaterThanOrEqual(0);
        }
        const vertices = verticesOf(margins);
        expect(outcome.extremeLotteries).toBe(vertices.length);
        const average = candidates.map((_, c) =>
          Q.toFraction(
            Q.div(Q.sum(vertices.map((v) => v[c] as Rational)), Q.rational(vertices.length)),
          ),
        );
        expect(p.map(Q.toFraction)).toEqual(average);
      }),
      { numRuns: runs(150) },
    );
  });

  it("is unique for an odd number of strict ballots (Laffond, Laslier and Le Breton 1997)", () => {
    fc.assert(
      fc.property(strictElection(5), (election) => {
        const voters = election.ballots.reduce((s, b) => s + b.count, 0);
        fc.pre(voters % 2 === 1);
        expect(right(maximalLottery(buildProfile(election))).extremeLotteries).toBe(1);
      }),
      { numRuns: runs(150) },
    );
  });

  it("is neutral: listing the candidates in reverse order changes nothing", () => {
    fc.assert(
      fc.property(anyElection(4), (election) => {
        const reversed = {
          candidates: [...election.candidates].reverse(),
          ballots: election.ballots.map((b) => ({ ...b, row: [...b.row].reverse() })),
        };
        const a = right(maximalLottery(buildProfile(election))).lottery;
        const b = right(maximalLottery(buildProfile(reversed))).lottery;
        for (const c of election.candidates) expect(b[c]).toEqual(a[c]);
      }),
      { numRuns: runs(100) },
    );
  });
});
