import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  euclidean,
  impartialApproval,
  impartialCulture,
  MAX_VOTERS,
  mallows,
  polyaUrn,
  resamplingApproval,
} from "../../src/ballots/generate/index.js";
import {
  type ApprovalProfile,
  approvalTally,
  countOf,
  firstPreferences,
  type Profile,
  type RankedProfile,
  rankingOf,
  UNRANKED,
} from "../../src/ballots/index.js";
import type { DecideError } from "../../src/core/index.js";
import { runs } from "../helpers/runs.js";

const right = <T>(either: E.Either<DecideError, T>): T => {
  if (E.isLeft(either)) throw new Error(either.left.message);
  return either.right;
};

const issuesOf = <T>(either: E.Either<DecideError, T>): { path: string; code: string }[] => {
  if (E.isRight(either) || either.left._tag !== "InvalidInput")
    throw new Error("expected InvalidInput");
  return either.left.issues.map(({ path, code }) => ({ path, code }));
};

/** The profile as plain data: each distinct ballot (as shorthand-like text) with its count. */
const ballotsOf = (profile: RankedProfile): Map<string, number> => {
  const out = new Map<string, number>();
  for (let b = 0; b < profile.ballotCount; b++) {
    const key = rankingOf(profile, b)
      .map((tier) => tier.join("="))
      .join(">");
    out.set(key, (out.get(key) ?? 0) + countOf(profile, b));
  }
  return out;
};

/** Pearson's chi-square statistic of observed counts against expected probabilities. */
const chiSquare = (observed: readonly number[], probabilities: readonly number[]): number => {
  const total = observed.reduce((a, b) => a + b, 0);
  return observed.reduce((acc, o, i) => {
    const e = total * (probabilities[i] ?? 0);
    return acc + (o - e) ** 2 / e;
  }, 0);
};

const PERMUTATIONS_3 = ["a>b>c", "a>c>b", "b>a>c", "b>c>a", "c>a>b", "c>b>a"] as const;
/** Kendall tau distance of each of PERMUTATIONS_3 from a>b>c. */
const KENDALL_3 = [0, 1, 1, 2, 2, 3] as const;

const sameProfile = (a: Profile, b: Profile): void => {
  expect(a.candidates).toEqual(b.candidates);
  expect(a.ballotCount).toBe(b.ballotCount);
  expect(Array.from(a.counts)).toEqual(Array.from(b.counts));
  const cells = (p: Profile): number[] =>
    Array.from(p.kind === "ranked" ? p.ranks : p.kind === "approval" ? p.approvals : []);
  expect(cells(a)).toEqual(cells(b));
};

const GENERATORS: readonly [string, (seed: string) => E.Either<DecideError, Profile>][] = [
  ["impartialCulture", (seed) => impartialCulture({ candidates: 6, voters: 300, seed })],
  ["mallows", (seed) => mallows({ candidates: 6, voters: 300, phi: 0.6, seed })],
  ["polyaUrn", (seed) => polyaUrn({ candidates: 6, voters: 300, alpha: 50, seed })],
  ["euclidean 1-D", (seed) => euclidean({ candidates: 6, voters: 300, dimensions: 1, seed })],
  ["euclidean 2-D", (seed) => euclidean({ candidates: 6, voters: 300, dimensions: 2, seed })],
  ["impartialApproval", (seed) => impartialApproval({ candidates: 6, voters: 300, p: 0.4, seed })],
  [
    "resamplingApproval",
    (seed) => resamplingApproval({ candidates: 6, voters: 300, p: 0.4, phi: 0.5, seed }),
  ],
];

describe("profile generators: options from JavaScript", () => {
  const generators: readonly (readonly [
    string,
    (options: unknown) => E.Either<DecideError, unknown>,
  ])[] = [
    ["impartialCulture", (o) => impartialCulture(o as never)],
    ["mallows", (o) => mallows(o as never)],
    ["polyaUrn", (o) => polyaUrn(o as never)],
    ["euclidean", (o) => euclidean(o as never)],
    ["impartialApproval", (o) => impartialApproval(o as never)],
    ["resamplingApproval", (o) => resamplingApproval(o as never)],
  ];
  for (const [name, generate] of generators) {
    it(`${name}: no options, or options that are not an object, are an InvalidInput`, () => {
      for (const options of [undefined, null, 42, "c0>c1", [{ candidates: 3 }]]) {
        expect(generate(options)).toMatchObject({
          left: { _tag: "InvalidInput", issues: [{ path: "", code: "invalid_type" }] },
        });
      }
    });

    it(`${name}: never throws, whatever the options (property)`, () => {
      const options = fc.oneof(
        fc.anything(),
        fc.record(
          {
            candidates: fc.oneof(fc.integer({ min: -2, max: 8 }), fc.anything()),
            voters: fc.oneof(fc.integer({ min: -2, max: 50 }), fc.anything()),
            seed: fc.oneof(fc.string(), fc.anything()),
            truncate: fc.anything(),
            phi: fc.anything(),
            alpha: fc.anything(),
            p: fc.anything(),
            dimensions: fc.anything(),
            candidatePositions: fc.anything(),
            reference: fc.anything(),
          },
          { requiredKeys: [] },
        ),
      );
      fc.assert(
        fc.property(options, (o) => {
          const result = generate(o);
          expect(E.isLeft(result) || E.isRight(result)).toBe(true);
        }),
        { numRuns: runs(200) },
      );
    });
  }
});

describe("profile generators: common behaviour", () => {
  for (const [name, generate] of GENERATORS) {
    it(`${name}: same seed, identical profile; other seed, another profile; totalCount = voters`, () => {
      const a = right(generate("seed-1"));
      const b = right(generate("seed-1"));
      const c = right(generate("seed-2"));
      sameProfile(a, b);
      expect(a.totalCount).toBe(300);
      expect(a.totalCountExact).toBe("300");
      expect(a.candidates).toEqual(["c0", "c1", "c2", "c3", "c4", "c5"]);
      const cells = (p: Profile): number[] =>
        Array.from(p.kind === "ranked" ? p.ranks : p.kind === "approval" ? p.approvals : []);
      expect(cells(a)).not.toEqual(cells(c));
    });
  }

  it("draws valid profiles for any valid parameters: totalCount = voters, top-k strict rankings (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            voters: fc.integer({ min: 0, max: 40 }),
            keep: fc.integer({ min: 1, max: n }),
            unit: fc.double({ min: 0, max: 1, noNaN: true }),
            alpha: fc.double({ min: 0, max: 1000, noNaN: true }),
            seed: fc.string(),
          }),
        ),
        ({ n, voters, keep, unit, alpha, seed }) => {
          const common = { candidates: n, voters, seed, truncate: keep };
          const ranked = [
            impartialCulture(common),
            mallows({ ...common, phi: unit }),
            polyaUrn({ ...common, alpha }),
            euclidean({ ...common, dimensions: 2 }),
          ].map(right);
          for (const profile of ranked) {
            expect(profile.totalCount).toBe(voters);
            for (let b = 0; b < profile.ballotCount; b++) {
              const tiers = Array.from(profile.ranks.subarray(b * n, b * n + n)).filter(
                (t) => t !== UNRANKED,
              );
              expect(tiers.sort((x, y) => x - y)).toEqual(
                Array.from({ length: keep }, (_, k) => k),
              );
            }
          }
          const approval = [
            impartialApproval({ candidates: n, voters, seed, p: unit }),
            resamplingApproval({ candidates: n, voters, seed, p: unit, phi: 1 - unit }),
          ].map(right);
          for (const profile of approval) expect(profile.totalCount).toBe(voters);
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it("uses the names given, __proto__ and constructor included", () => {
    const names = ["__proto__", "constructor", "🍕"];
    const profile = right(impartialCulture({ candidates: names, voters: 50, seed: "names" }));
    expect(profile.candidates).toEqual(names);
    expect(profile.totalCount).toBe(50);
  });

  it("gives an empty profile for zero voters", () => {
    const profile = right(mallows({ candidates: 3, voters: 0, phi: 0.5, seed: "none" }));
    expect(profile.ballotCount).toBe(0);
    expect(profile.totalCount).toBe(0);
  });

  it("refuses bad common options with the path and code of each problem", () => {
    expect(issuesOf(impartialCulture({ candidates: 0, voters: 1, seed: "s" }))).toEqual([
      { path: "candidates", code: "out_of_range" },
    ]);
    expect(issuesOf(impartialCulture({ candidates: 2.5, voters: 1.5, seed: "s" }))).toEqual([
      { path: "candidates", code: "not_whole" },
      { path: "voters", code: "not_whole" },
    ]);
    expect(issuesOf(impartialCulture({ candidates: 3, voters: -1, seed: "s" }))).toEqual([
      { path: "voters", code: "out_of_range" },
    ]);
    expect(
      issuesOf(impartialCulture({ candidates: 3, voters: MAX_VOTERS + 1, seed: "s" })),
    ).toEqual([{ path: "voters", code: "out_of_range" }]);
    expect(issuesOf(impartialCulture({ candidates: 3, voters: Number.NaN, seed: "s" }))).toEqual([
      { path: "voters", code: "not_whole" },
    ]);
    expect(issuesOf(impartialCulture({ candidates: [], voters: 1, seed: "s" }))).toEqual([
      { path: "candidates", code: "too_small" },
    ]);
    expect(
      issuesOf(impartialCulture({ candidates: ["a", "b", "a"], voters: 1, seed: "s" })),
    ).toEqual([{ path: "candidates[2]", code: "duplicate_candidate" }]);
    expect(
      issuesOf(impartialCulture({ candidates: 3, voters: 1, seed: "s", truncate: 0 })),
    ).toEqual([{ path: "truncate", code: "out_of_range" }]);
    expect(
      issuesOf(impartialCulture({ candidates: 3, voters: 1, seed: "s", truncate: 4 })),
    ).toEqual([{ path: "truncate", code: "out_of_range" }]);
  });

  it("explains a bad option in words", () => {
    const result = mallows({ candidates: 3, voters: 10, phi: 1.5, seed: "s" });
    expect(result).toEqual(
      E.left({
        _tag: "InvalidInput",
        message: "Invalid input (1 problem): phi: expected a number from 0 to 1, got 1.5",
        issues: [
          { path: "phi", code: "out_of_range", message: "expected a number from 0 to 1, got 1.5" },
        ],
      }),
    );
  });
});

describe("impartialCulture", () => {
  it("puts each candidate first about 1/n of the time (5 candidates, 50,000 voters)", () => {
    const profile = right(impartialCulture({ candidates: 5, voters: 50_000, seed: "ic-first" }));
    const firsts = Array.from(firstPreferences(profile).sole);
    // Each is Binomial(50000, 0.2): mean 10,000, sd about 89; 6 sd either side.
    for (const f of firsts) expect(Math.abs(f - 10_000)).toBeLessThan(540);
    // And jointly: chi-square with 4 degrees of freedom, 99.9th percentile 18.47.
    expect(chiSquare(firsts, [0.2, 0.2, 0.2, 0.2, 0.2])).toBeLessThan(18.47);
  });

  it("draws the 6 rankings of 3 candidates uniformly (chi-square, 5 df, 99.9th pct 20.52)", () => {
    const profile = right(
      impartialCulture({ candidates: ["a", "b", "c"], voters: 30_000, seed: "ic6" }),
    );
    const ballots = ballotsOf(profile);
    expect([...ballots.keys()].sort()).toEqual([...PERMUTATIONS_3]);
    const observed = PERMUTATIONS_3.map((key) => ballots.get(key) ?? 0);
    expect(chiSquare(observed, new Array(6).fill(1 / 6))).toBeLessThan(20.52);
  });

  it("with truncate: k ranks exactly k candidates in k strict tiers", () => {
    const profile = right(
      impartialCulture({ candidates: 6, voters: 500, seed: "top2", truncate: 2 }),
    );
    for (let b = 0; b < profile.ballotCount; b++) {
      const row = Array.from(profile.ranks.subarray(b * 6, b * 6 + 6));
      expect(row.filter((t) => t === UNRANKED)).toHaveLength(4);
      expect(row.filter((t) => t !== UNRANKED).sort()).toEqual([0, 1]);
    }
    // Every ordered pair of 6 candidates can be a top-2: 30 of them, each about 500 / 30.
    expect(profile.ballotCount).toBeGreaterThan(25);
  });
});

describe("mallows", () => {
  it("with phi = 0 gives only the reference ranking", () => {
    const profile = right(
      mallows({
        candidates: ["a", "b", "c", "d"],
        voters: 1000,
        phi: 0,
        seed: "m0",
        reference: ["c", "a", "d", "b"],
      }),
    );
    expect(profile.ballotCount).toBe(1);
    expect(rankingOf(profile, 0)).toEqual([["c"], ["a"], ["d"], ["b"]]);
    expect(countOf(profile, 0)).toBe(1000);
  });

  it("defaults the reference to the candidates' order", () => {
    const profile = right(mallows({ candidates: 4, voters: 10, phi: 0, seed: "m0" }));
    expect(rankingOf(profile, 0)).toEqual([["c0"], ["c1"], ["c2"], ["c3"]]);
  });

  it("with phi = 1 is the impartial culture (uniform over the 6 rankings of 3)", () => {
    const profile = right(
      mallows({ candidates: ["a", "b", "c"], voters: 30_000, phi: 1, seed: "m1" }),
    );
    const ballots = ballotsOf(profile);
    const observed = PERMUTATIONS_3.map((key) => ballots.get(key) ?? 0);
    expect(chiSquare(observed, new Array(6).fill(1 / 6))).toBeLessThan(20.52);
  });

  it("draws each ranking with probability phi^d / Z (exact Mallows law, phi = 0.5, 3 candidates)", () => {
    // Z = (1)(1 + phi)(1 + phi + phi^2) = 2.625 for phi = 1/2 (Mallows 1957; Lu & Boutilier 2014).
    const phi = 0.5;
    const z = 1 * (1 + phi) * (1 + phi + phi * phi);
    const probabilities = KENDALL_3.map((d) => phi ** d / z);
    const profile = right(
      mallows({ candidates: ["a", "b", "c"], voters: 40_000, phi, seed: "m-law" }),
    );
    const ballots = ballotsOf(profile);
    const observed = PERMUTATIONS_3.map((key) => ballots.get(key) ?? 0);
    expect(chiSquare(observed, probabilities)).toBeLessThan(20.52);
  });

  it("puts the reference's first candidate first with probability 1 / (1 + phi + ... + phi^(n-1))", () => {
    // Summing phi^d / Z over the rankings that start with c0: c0 adds no inversion, so the sum is
    // the normaliser of the other 3 candidates, and P(c0 first) = Z_3 / Z_4 = 1 / (1 + phi + phi^2 + phi^3).
    const phi = 0.3;
    const n = 4;
    const expected = 1 / (1 + phi + phi ** 2 + phi ** 3);
    const profile = right(mallows({ candidates: n, voters: 40_000, phi, seed: "m-first" }));
    const share = (firstPreferences(profile).sole[0] ?? 0) / 40_000;
    // sd of a share over 40,000 draws is at most 0.0025; allow 6 sd.
    expect(Math.abs(share - expected)).toBeLessThan(0.015);
  });

  it("refuses phi outside [0, 1] and a reference that is not a ranking of the candidates", () => {
    expect(issuesOf(mallows({ candidates: 3, voters: 1, phi: -0.1, seed: "s" }))).toEqual([
      { path: "phi", code: "out_of_range" },
    ]);
    expect(issuesOf(mallows({ candidates: 3, voters: 1, phi: Number.NaN, seed: "s" }))).toEqual([
      { path: "phi", code: "out_of_range" },
    ]);
    expect(
      issuesOf(
        mallows({ candidates: ["a", "b"], voters: 1, phi: 0.5, seed: "s", reference: ["a", "z"] }),
      ),
    ).toEqual([{ path: "reference[1]", code: "unknown_candidate" }]);
    expect(
      issuesOf(
        mallows({ candidates: ["a", "b"], voters: 1, phi: 0.5, seed: "s", reference: ["a", "a"] }),
      ),
    ).toEqual([{ path: "reference[1]", code: "duplicate_candidate" }]);
    expect(
      issuesOf(
        mallows({ candidates: ["a", "b"], voters: 1, phi: 0.5, seed: "s", reference: ["b"] }),
      ),
    ).toEqual([{ path: "reference", code: "incomplete_reference" }]);
  });
});

describe("polyaUrn", () => {
  /** The share of 2-voter urn profiles in which both voters cast the same ballot. */
  const sameShare = (alpha: number, trials: number): number => {
    let same = 0;
    for (let s = 0; s < trials; s++) {
      const profile = right(
        polyaUrn({ candidates: 3, voters: 2, alpha, seed: `urn-${alpha}-${s}` }),
      );
      if (profile.ballotCount === 1) same += 1;
    }
    return same / trials;
  };

  it("follows PrefLib's convention: P(voter 2 = voter 1) = (alpha + 1) / (n! + alpha)", () => {
    // Urn of 3! = 6 rankings; after the first draw, alpha copies of it are added.
    expect(Math.abs(sameShare(6, 4000) - 7 / 12)).toBeLessThan(0.05);
    expect(Math.abs(sameShare(0, 4000) - 1 / 6)).toBeLessThan(0.04);
    expect(Math.abs(sameShare(30, 4000) - 31 / 36)).toBeLessThan(0.04);
  });

  it("concentrates on few rankings when alpha is large, and spreads like IC when alpha = 0", () => {
    const herd = right(polyaUrn({ candidates: 5, voters: 5000, alpha: 1e9, seed: "herd" }));
    expect(herd.ballotCount).toBeLessThanOrEqual(2);
    const ic = right(polyaUrn({ candidates: 5, voters: 5000, alpha: 0, seed: "ic" }));
    expect(ic.ballotCount).toBeGreaterThan(110); // nearly all 120 rankings of 5
    expect(herd.totalCount).toBe(5000);
  });

  it("truncates drawn rankings to the top k", () => {
    const profile = right(
      polyaUrn({ candidates: 5, voters: 200, alpha: 3, seed: "t", truncate: 1 }),
    );
    for (let b = 0; b < profile.ballotCount; b++) {
      expect(rankingOf(profile, b)).toHaveLength(1);
    }
  });

  it("refuses a negative or infinite alpha", () => {
    expect(issuesOf(polyaUrn({ candidates: 3, voters: 1, alpha: -1, seed: "s" }))).toEqual([
      { path: "alpha", code: "out_of_range" },
    ]);
    expect(
      issuesOf(polyaUrn({ candidates: 3, voters: 1, alpha: Number.POSITIVE_INFINITY, seed: "s" })),
    ).toEqual([{ path: "alpha", code: "out_of_range" }]);
  });
});

describe("euclidean", () => {
  it("in one dimension draws single-peaked rankings: every voter ranks last one of the two extremes", () => {
    const profile = right(euclidean({ candidates: 7, voters: 3000, dimensions: 1, seed: "sp" }));
    const last = new Set<string>();
    for (let b = 0; b < profile.ballotCount; b++) {
      const tiers = rankingOf(profile, b);
      expect(tiers).toHaveLength(7);
      for (const name of tiers[6] ?? []) last.add(name);
    }
    expect(last.size).toBeLessThanOrEqual(2);
  });

  it("in one dimension, with given positions, every top-k set is an interval of the axis", () => {
    const axis = [0.05, 0.2, 0.35, 0.5, 0.62, 0.8, 0.97];
    const profile = right(
      euclidean({
        candidates: 7,
        voters: 2000,
        dimensions: 1,
        seed: "interval",
        candidatePositions: axis.map((x) => [x]),
      }),
    );
    for (let b = 0; b < profile.ballotCount; b++) {
      const order = rankingOf(profile, b)
        .flat()
        .map((name) => Number(name.slice(1)));
      for (let k = 1; k <= 7; k++) {
        const top = order.slice(0, k);
        expect(Math.max(...top) - Math.min(...top)).toBe(k - 1);
      }
    }
  });

  it("ties candidates at the same position on every ballot, and ranks the nearest first", () => {
    const profile = right(
      euclidean({
        candidates: ["x", "y", "z"],
        voters: 200,
        dimensions: 2,
        seed: "tie",
        candidatePositions: [
          [0.5, 0.5],
          [0.5, 0.5],
          [5, 5],
        ],
      }),
    );
    expect(profile.ballotCount).toBe(1);
    expect(rankingOf(profile, 0)).toEqual([["x", "y"], ["z"]]);
  });

  it("in two dimensions gives complete rankings, with more distinct ballots than in one", () => {
    const one = right(euclidean({ candidates: 6, voters: 5000, dimensions: 1, seed: "d" }));
    const two = right(euclidean({ candidates: 6, voters: 5000, dimensions: 2, seed: "d" }));
    // A line with 6 candidates yields at most 1 + C(6, 2) = 16 rankings; a plane many more.
    expect(one.ballotCount).toBeLessThanOrEqual(16);
    expect(two.ballotCount).toBeGreaterThan(16);
  });

  it("truncates to the top k", () => {
    const profile = right(
      euclidean({ candidates: 6, voters: 500, dimensions: 2, seed: "t", truncate: 3 }),
    );
    for (let b = 0; b < profile.ballotCount; b++)
      expect(rankingOf(profile, b).flat()).toHaveLength(3);
  });

  it("refuses bad dimensions and positions", () => {
    expect(issuesOf(euclidean({ candidates: 3, voters: 1, dimensions: 0, seed: "s" }))).toEqual([
      { path: "dimensions", code: "out_of_range" },
    ]);
    expect(
      issuesOf(
        euclidean({
          candidates: 2,
          voters: 1,
          dimensions: 1,
          seed: "s",
          candidatePositions: [[0]],
        }),
      ),
    ).toEqual([{ path: "candidatePositions", code: "wrong_length" }]);
    expect(
      issuesOf(
        euclidean({
          candidates: 2,
          voters: 1,
          dimensions: 2,
          seed: "s",
          candidatePositions: [
            [0, 1],
            [0, Number.NaN],
          ],
        }),
      ),
    ).toEqual([{ path: "candidatePositions[1]", code: "invalid_position" }]);
  });
});

const approvalShares = (profile: ApprovalProfile): number[] =>
  Array.from(approvalTally(profile).approvals, (a) => a / profile.totalCount);

describe("impartialApproval", () => {
  it("approves each candidate with probability p", () => {
    const profile = right(impartialApproval({ candidates: 5, voters: 20_000, p: 0.3, seed: "p" }));
    // sd of each share is about 0.0032; allow 6 sd.
    for (const share of approvalShares(profile)) expect(Math.abs(share - 0.3)).toBeLessThan(0.02);
  });

  it("with p = 0 approves nobody and with p = 1 everybody", () => {
    const none = right(impartialApproval({ candidates: 4, voters: 100, p: 0, seed: "p" }));
    expect(Array.from(none.approvals)).toEqual([0, 0, 0, 0]);
    const all = right(impartialApproval({ candidates: 4, voters: 100, p: 1, seed: "p" }));
    expect(Array.from(all.approvals)).toEqual([1, 1, 1, 1]);
    expect(all.totalCount).toBe(100);
  });

  it("refuses p outside [0, 1]", () => {
    expect(issuesOf(impartialApproval({ candidates: 3, voters: 1, p: 2, seed: "s" }))).toEqual([
      { path: "p", code: "out_of_range" },
    ]);
  });
});

describe("resamplingApproval (Szufa et al. 2022)", () => {
  it("with phi = 0 gives only the central ballot, the first floor(p n) candidates", () => {
    const profile = right(
      resamplingApproval({ candidates: 10, voters: 300, p: 0.3, phi: 0, seed: "r" }),
    );
    expect(profile.ballotCount).toBe(1);
    expect(Array.from(profile.approvals)).toEqual([1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    const rounding = right(
      resamplingApproval({ candidates: 100, voters: 1, p: 0.29, phi: 0, seed: "r" }),
    );
    expect(approvalTally(rounding).approvals.reduce((a, b) => a + b, 0)).toBe(29);
  });

  it("approves a central candidate with probability (1 - phi) + phi p and another with phi p", () => {
    const profile = right(
      resamplingApproval({ candidates: 10, voters: 20_000, p: 0.4, phi: 0.5, seed: "r" }),
    );
    const shares = approvalShares(profile);
    shares.forEach((share, c) => {
      const expected = c < 4 ? 0.5 + 0.5 * 0.4 : 0.5 * 0.4;
      expect(Math.abs(share - expected)).toBeLessThan(0.02);
    });
  });

  it("takes a given central ballot", () => {
    const profile = right(
      resamplingApproval({
        candidates: ["a", "b", "c"],
        voters: 5,
        p: 0.5,
        phi: 0,
        seed: "r",
        central: ["c"],
      }),
    );
    expect(Array.from(profile.approvals)).toEqual([0, 0, 1]);
  });

  it("refuses bad p, phi and central ballots", () => {
    expect(
      issuesOf(resamplingApproval({ candidates: 3, voters: 1, p: -1, phi: 2, seed: "s" })),
    ).toEqual([
      { path: "p", code: "out_of_range" },
      { path: "phi", code: "out_of_range" },
    ]);
    expect(
      issuesOf(
        resamplingApproval({
          candidates: ["a"],
          voters: 1,
          p: 0.5,
          phi: 0.5,
          seed: "s",
          central: ["a", "a", "q"],
        }),
      ),
    ).toEqual([
      { path: "central[1]", code: "duplicate_candidate" },
      { path: "central[2]", code: "unknown_candidate" },
    ]);
  });
});
