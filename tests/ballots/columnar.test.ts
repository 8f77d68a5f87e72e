import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  approvalProfileFromRows,
  createProfileBuilder,
  type Profile,
  rankedProfileFromRows,
  type TallyKind,
  tallyProfile,
  tallyRows,
  tallyToJson,
  UNRANKED,
  type UnrankedRule,
} from "../../src/ballots/index.js";
import { runs } from "../helpers/runs.js";

/** The profile as a sorted list of "row:count" strings (the order of distinct rows is free). */
const ballots = (profile: Profile): string[] => {
  const n = profile.candidates.length;
  const cells =
    profile.kind === "ranked"
      ? profile.ranks
      : profile.kind === "approval"
        ? profile.approvals
        : new Uint8Array(0);
  return Array.from(
    { length: profile.ballotCount },
    (_, b) => `${Array.from(cells.subarray(b * n, (b + 1) * n)).join(",")}:${profile.counts[b]}`,
  ).sort();
};

const right = <A>(either: E.Either<unknown, A>): A => {
  if (E.isLeft(either)) throw new Error(JSON.stringify(either.left));
  return either.right;
};

describe("rankedProfileFromRows", () => {
  it("reads ranks per candidate (1 = first, 0 = unranked) and merges identical rows", () => {
    const rows = Uint8Array.from([1, 2, 3, 1, 2, 3, 0, 1, 0, 2, 1, 2]);
    const profile = right(rankedProfileFromRows(rows, { candidates: ["a", "b", "c"], width: 3 }));
    expect(profile.kind).toBe("ranked");
    expect(profile.totalCount).toBe(4);
    expect(profile.totalCountExact).toBe("4");
    expect(ballots(profile)).toEqual([`0,1,2:2`, `${UNRANKED},0,${UNRANKED}:1`, `1,0,1:1`].sort());
  });

  it("treats ranks with gaps as their order ([1,3,3] is [1,2,2])", () => {
    const rows = Uint16Array.from([1, 3, 3, 1, 2, 2, 3, 0, 2]);
    const profile = right(rankedProfileFromRows(rows, { candidates: ["a", "b", "c"], width: 3 }));
    expect(ballots(profile)).toEqual([`0,1,1:2`, `1,${UNRANKED},0:1`].sort());
  });

  it("applies weights", () => {
    const rows = Int32Array.from([1, 2, 2, 1, 1, 2]);
    const profile = right(
      rankedProfileFromRows(rows, { candidates: ["a", "b"], width: 2, weights: [3, 0, 4] }),
    );
    expect(ballots(profile)).toEqual(["0,1:7", "1,0:0"]);
    expect(profile.totalCount).toBe(7);
  });

  it("builds the same profile as the profile builder (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(fc.array(fc.integer({ min: 0, max: n }), { minLength: n, maxLength: n }), {
              maxLength: 60,
            }),
          ),
        ),
        ([n, list]) => {
          const candidates = Array.from({ length: n }, (_, i) => `c${i}`);
          const rows = Uint8Array.from(list.flat());
          const builder = createProfileBuilder("ranked", candidates);
          for (const row of list) {
            expect(builder.add(row.map((v) => (v === 0 ? UNRANKED : v - 1)))).toBeUndefined();
          }
          const expected = right(builder.build());
          const actual = right(rankedProfileFromRows(rows, { candidates, width: n }));
          expect(ballots(actual)).toEqual(ballots(expected));
          expect(actual.totalCountExact).toBe(expected.totalCountExact);
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it("reports every bad cell with its row and column", () => {
    const rows = Int32Array.from([1, 2, 3, -1, 1, 2, 0, 1, 9]);
    const result = rankedProfileFromRows(rows, { candidates: ["a", "b", "c"], width: 3 });
    expect(E.isLeft(result) && result.left._tag === "InvalidInput" && result.left.issues).toEqual([
      {
        path: "rows[1][0]",
        code: "invalid_rank",
        message: "a rank is a whole number from 0 (unranked) to 3, got -1",
      },
      {
        path: "rows[2][2]",
        code: "invalid_rank",
        message: "a rank is a whole number from 0 (unranked) to 3, got 9",
      },
    ]);
  });

  it("refuses a wrong width, a ragged length, bad weights and bad candidates", () => {
    const paths = (result: E.Either<unknown, unknown>): string[] =>
      E.isLeft(result)
        ? (result.left as { issues: { path: string }[] }).issues.map((i) => i.path)
        : [];
    const rows = Uint8Array.from([1, 2, 2, 1]);
    expect(paths(rankedProfileFromRows(rows, { candidates: ["a", "b"], width: 3 }))).toEqual([
      "width",
    ]);
    expect(
      paths(rankedProfileFromRows(Uint8Array.of(1, 2, 1), { candidates: ["a", "b"], width: 2 })),
    ).toEqual(["rows"]);
    expect(
      paths(rankedProfileFromRows(rows, { candidates: ["a", "b"], width: 2, weights: [1, -1] })),
    ).toEqual(["weights[1]"]);
    expect(
      paths(rankedProfileFromRows(rows, { candidates: ["a", "b"], width: 2, weights: [1] })),
    ).toEqual(["weights"]);
    expect(paths(rankedProfileFromRows(rows, { candidates: ["a", "a"], width: 2 }))).toEqual([
      "candidates[1]",
    ]);
    expect(
      paths(
        rankedProfileFromRows([1, 2] as unknown as Uint8Array, { candidates: ["a"], width: 1 }),
      ),
    ).toEqual(["rows"]);
    const limited = rankedProfileFromRows(rows, {
      candidates: ["a", "b"],
      width: 2,
      limits: { cells: 2 },
    });
    expect(E.isLeft(limited) && limited.left._tag).toBe("Unsupported");
  });

  it("refuses weights that sum past an exact tally", () => {
    const result = rankedProfileFromRows(Uint8Array.of(1, 2, 2, 1), {
      candidates: ["a", "b"],
      width: 2,
      weights: [Number.MAX_SAFE_INTEGER, 1],
    });
    expect(E.isLeft(result) && result.left._tag).toBe("Unsupported");
  });
});

describe("approvalProfileFromRows", () => {
  it("reads bitsets least significant bit first, one byte per voter for up to 8 candidates", () => {
    const bits = Uint8Array.from([0b011, 0b100, 0b011, 0]);
    const profile = right(approvalProfileFromRows(bits, { candidates: ["a", "b", "c"] }));
    expect(ballots(profile)).toEqual(["0,0,0:1", "0,0,1:1", "1,1,0:2"]);
    expect(profile.totalCount).toBe(4);
  });

  it("spans several words per voter past 8 or 32 candidates", () => {
    const candidates = Array.from({ length: 40 }, (_, i) => `c${i}`);
    // Voter 0 approves c0 and c39; voter 1 approves c33.
    const bits = Uint32Array.from([1, 1 << 7, 0, 1 << 1]);
    const profile = right(approvalProfileFromRows(bits, { candidates }));
    const approved = (b: number): number[] =>
      candidates.flatMap((_, c) => (profile.approvals[b * 40 + c] === 1 ? [c] : []));
    expect([approved(0), approved(1)].map(String).sort()).toEqual(["0,39", "33"]);
  });

  it("builds the same profile as the profile builder (property)", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 12 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(fc.array(fc.boolean(), { minLength: n, maxLength: n }), { maxLength: 40 }),
            ),
          ),
        ([n, list]) => {
          const candidates = Array.from({ length: n }, (_, i) => `c${i}`);
          const words = Math.ceil(n / 8);
          const bits = new Uint8Array(list.length * words);
          const builder = createProfileBuilder("approval", candidates);
          list.forEach((row, r) => {
            row.forEach((on, c) => {
              if (on)
                bits[r * words + (c >> 3)] = (bits[r * words + (c >> 3)] ?? 0) | (1 << (c & 7));
            });
            builder.add(row.map(Number));
          });
          const expected = right(builder.build());
          expect(ballots(right(approvalProfileFromRows(bits, { candidates })))).toEqual(
            ballots(expected),
          );
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it("reports a bit past the last candidate with its row and column", () => {
    const result = approvalProfileFromRows(Uint8Array.from([0b001, 0b1010]), {
      candidates: ["a", "b", "c"],
    });
    expect(E.isLeft(result) && result.left._tag === "InvalidInput" && result.left.issues).toEqual([
      {
        path: "bits[1][3]",
        code: "invalid_bit",
        message: "bit 3 is set, but there are only 3 candidates",
      },
    ]);
  });
});

describe("tallyRows", () => {
  it("equals the tally of the profile built from the same rows (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(fc.array(fc.integer({ min: 0, max: n }), { minLength: n, maxLength: n }), {
              maxLength: 40,
            }),
          ),
        ),
        fc.constantFrom<TallyKind>("pairwise", "positional"),
        fc.constantFrom<UnrankedRule>("tied-last", "not-compared"),
        ([n, list], kind, unranked) => {
          const candidates = Array.from({ length: n }, (_, i) => `c${i}`);
          const rows = Uint8Array.from(list.flat());
          const weights = list.map((_, i) => i % 3);
          const profile = right(rankedProfileFromRows(rows, { candidates, width: n, weights }));
          const expected = tallyToJson(tallyProfile(profile, kind, { unranked }));
          const actual = right(tallyRows(rows, { candidates, width: n, weights, kind, unranked }));
          const json = tallyToJson(actual);
          // Places with only zero counts (rows of weight 0) may differ; compare the counted ones.
          const strip = (t: typeof json) =>
            t.kind === "positional"
              ? { ...t, places: t.places.filter((p) => p.counts.some((c) => c !== "0")) }
              : t;
          expect(strip(json)).toEqual(strip(expected));
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it("reports bad cells with their row in the whole (firstRow)", () => {
    const result = tallyRows(Uint8Array.from([1, 2, 3, 1]), {
      candidates: ["a", "b"],
      width: 2,
      kind: "pairwise",
      firstRow: 1000,
    });
    expect(E.isLeft(result) && result.left._tag === "InvalidInput" && result.left.issues).toEqual([
      {
        path: "rows[1001][0]",
        code: "invalid_rank",
        message: "a rank is a whole number from 0 (unranked) to 2, got 3",
      },
    ]);
  });
});
