import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  approvalProfile,
  countOf,
  createProfileBuilder,
  formatShorthand,
  gradeProfile,
  NO_GRADE,
  NO_SCORE,
  type Profile,
  parseShorthand,
  rankedProfile,
  rankingOf,
  scoreProfile,
  UNRANKED,
} from "../../src/ballots/index.js";
import type { DecideError } from "../../src/core/index.js";
import { rational } from "../../src/core/index.js";
import { arbRankedProfileInput } from "../helpers/arbitraries.js";

const right = <T>(either: E.Either<DecideError, T>): T => {
  if (E.isLeft(either)) throw new Error(either.left.message);
  return either.right;
};

describe("rankedProfile: counts and exactness", () => {
  it("sums whole, decimal and fraction counts exactly", () => {
    const profile = right(
      rankedProfile(
        ["a", "b"],
        [
          { ranking: ["a"], count: 2 },
          { ranking: ["b"], count: "0.25" },
          { ranking: ["b", "a"], count: "1/3" },
        ],
      ),
    );
    // 2 + 1/4 + 1/3 = 31/12
    expect(profile.totalCountExact).toBe("31/12");
    expect(profile.countDenominator).toBe(12);
    expect(Array.from(profile.counts)).toEqual([24, 3, 4]);
    expect(profile.totalCount).toBeCloseTo(31 / 12, 12);
    expect(countOf(profile, 1)).toBe(0.25);
  });

  it("writes a whole total as a plain number", () => {
    const profile = right(
      rankedProfile(
        ["a", "b"],
        [{ ranking: ["a"], count: "1/2" }, { ranking: ["a"], count: "0.5" }, "b"],
      ),
    );
    expect(profile.totalCountExact).toBe("2");
    expect(profile.totalCount).toBe(2);
    expect(profile.ballotCount).toBe(2);
    expect(countOf(profile, 0)).toBe(1);
  });

  it("reads a decimal count exactly (0.1 + 0.2 is 3/10, not 0.30000000000000004)", () => {
    const profile = right(
      rankedProfile(
        ["a"],
        [
          { ranking: ["a"], count: 0.1 },
          { ranking: ["a"], count: 0.2 },
        ],
      ),
    );
    expect(profile.totalCountExact).toBe("3/10");
  });

  it("keeps a ballot with count 0 without counting it", () => {
    const profile = right(rankedProfile(["a", "b"], [{ ranking: ["a"], count: 0 }, "b"]));
    expect(profile.totalCountExact).toBe("1");
    expect(profile.ballotCount).toBe(2);
  });

  it("gives an empty profile for no ballots", () => {
    const profile = right(rankedProfile(["a"], []));
    expect(profile).toMatchObject({
      ballotCount: 0,
      totalCount: 0,
      totalCountExact: "0",
      countDenominator: 1,
    });
  });
});

describe("rankedProfile: deduplication and tiers", () => {
  it("stores the same ballot twice as one row with count 2", () => {
    const profile = right(
      rankedProfile(["a", "b", "c"], ["a>b>c", { ranking: ["a", "b", "c"] }, "c>a"]),
    );
    expect(profile.ballotCount).toBe(2);
    expect(Array.from(profile.counts)).toEqual([2, 1]);
    expect(rankingOf(profile, 0)).toEqual([["a"], ["b"], ["c"]]);
    expect(rankingOf(profile, 1)).toEqual([["c"], ["a"]]);
  });

  it("encodes tiers by candidate, ties sharing a tier, unranked as UNRANKED", () => {
    const profile = right(rankedProfile(["a", "b", "c", "d"], ["c>a=b"]));
    expect(Array.from(profile.ranks)).toEqual([1, 1, 0, UNRANKED]);
  });

  it("treats a=b>c and b=a>c as one ballot", () => {
    const profile = right(
      rankedProfile(["a", "b", "c"], ["a=b>c", { ranking: [["b", "a"], "c"] }]),
    );
    expect(profile.ballotCount).toBe(1);
    expect(countOf(profile, 0)).toBe(2);
  });

  it("the builder renumbers tiers keeping their order (gaps removed)", () => {
    const builder = createProfileBuilder("ranked", ["a", "b", "c"]);
    expect(builder.add([2, 0, 2])).toBeUndefined();
    expect(builder.add([1, 0, 1], 2)).toBeUndefined();
    expect(builder.add([0, 2, UNRANKED])).toBeUndefined();
    const profile = right(builder.build());
    expect(profile.ballotCount).toBe(2);
    expect(Array.from(profile.ranks)).toEqual([1, 0, 1, 0, 1, UNRANKED]);
    expect(Array.from(profile.counts)).toEqual([3, 1]);
  });

  it("the builder copies rows (changing the array afterwards changes nothing)", () => {
    const builder = createProfileBuilder("ranked", ["a", "b"]);
    const row = new Uint16Array([0, 1]);
    builder.add(row);
    row[0] = 1;
    row[1] = 0;
    builder.add(row);
    const profile = right(builder.build());
    expect(rankingOf(profile, 0)).toEqual([["a"], ["b"]]);
    expect(rankingOf(profile, 1)).toEqual([["b"], ["a"]]);
  });

  it("the builder refuses malformed rows and counts, with a sentence, leaving the profile unchanged", () => {
    const builder = createProfileBuilder("ranked", ["a", "b", "c"]);
    expect(builder.add([0, 1])).toBe("a ballot needs 3 cells (one per candidate), got 2");
    expect(builder.add([0, 3, 1])).toBe(
      'tier 3 of candidate "b" is not a whole number from 0 to 2',
    );
    expect(builder.add([0.5, 1, 2])).toBe(
      'tier 0.5 of candidate "a" is not a whole number from 0 to 2',
    );
    expect(builder.add([0, 1, 2], -1)).toBe("the count -1 is negative");
    expect(builder.add([0, 1, 2], Number.NaN)).toBe("the count NaN is not a finite number");
    expect(builder.add([0, 1, 2], rational(-1n, 2n))).toBe("the count -1/2 is negative");
    const approvals = createProfileBuilder("approval", ["a"]);
    expect(approvals.add([2])).toBe('approval of "a" must be 0 or 1');
    const scores = createProfileBuilder("score", ["a"], { range: { min: 0, max: 5 } });
    expect(scores.add([6])).toBe('score 6 of "a" is not a whole number from 0 to 5');
    const grades = createProfileBuilder("grades", ["a"], { scale: ["good", "bad"] });
    expect(grades.add([2])).toBe('grade 2 of "a" is not on the scale');
    expect(right(builder.build()).ballotCount).toBe(0);
  });

  it("the builder takes exact rational counts", () => {
    const builder = createProfileBuilder("approval", ["a", "b"]);
    builder.add([1, 0], rational(1n, 3n));
    builder.add([1, 0], rational(1n, 6n));
    builder.add([0, 1]);
    const profile = right(builder.build());
    expect(profile.totalCountExact).toBe("3/2");
    expect(countOf(profile, 0)).toBe(0.5);
  });

  it("refuses counts too large to sum exactly (Unsupported, counts_too_large)", () => {
    const builder = createProfileBuilder("ranked", ["a", "b"]);
    builder.add([0, 1], 2 ** 52);
    builder.add([1, 0], 2 ** 52);
    const result = builder.build();
    expect(E.isLeft(result) && result.left._tag).toBe("Unsupported");
    expect(E.isLeft(result) && result.left._tag === "Unsupported" && result.left.reason).toBe(
      "counts_too_large",
    );
  });

  it("round-trips every ranked ballot through rankingOf and shorthand (property)", () => {
    fc.assert(
      fc.property(
        arbRankedProfileInput(6, 12, { withCounts: false }),
        ({ candidates, ballots }) => {
          const profile = right(rankedProfile(candidates, ballots));
          expect(profile.totalCount).toBe(ballots.length);
          // Every input ballot appears as a row, and the rows are distinct.
          const rows = new Set<string>();
          for (let b = 0; b < profile.ballotCount; b++)
            rows.add(JSON.stringify(rankingOf(profile, b)));
          expect(rows.size).toBe(profile.ballotCount);
          const canon = (tiers: readonly (string | readonly string[])[]): string =>
            JSON.stringify(
              tiers
                .map((tier) => (typeof tier === "string" ? [tier] : [...tier]))
                .map((tier) => tier.sort((x, y) => candidates.indexOf(x) - candidates.indexOf(y))),
            );
          for (const ballot of ballots) expect(rows.has(canon(ballot.ranking))).toBe(true);
        },
      ),
    );
  });

  it("does not change its input", () => {
    const ballots = [{ ranking: [["b", "a"], "c"], count: "1/2" }];
    const copy = structuredClone(ballots);
    rankedProfile(["a", "b", "c"], ballots);
    expect(ballots).toEqual(copy);
  });
});

describe("approval, score and graded profiles", () => {
  it("encodes approvals as 0/1 by candidate and merges equal sets in any order", () => {
    const profile = right(
      approvalProfile(
        ["a", "b", "c"],
        [{ approve: ["c", "a"] }, { approve: ["a", "c"], count: 2 }, { approve: [] }],
      ),
    );
    expect(profile.kind).toBe("approval");
    expect(Array.from(profile.approvals)).toEqual([1, 0, 1, 0, 0, 0]);
    expect(Array.from(profile.counts)).toEqual([3, 1]);
  });

  it("encodes scores with NO_SCORE for unscored candidates and keeps the range", () => {
    const profile = right(scoreProfile(["a", "b"], [{ scores: { b: 0 } }], { min: 0, max: 3 }));
    expect(Array.from(profile.scores)).toEqual([NO_SCORE, 0]);
    expect(profile.range).toEqual({ min: 0, max: 3 });
  });

  it("accepts negative score ranges", () => {
    const profile = right(
      scoreProfile(["a", "b"], [{ scores: { a: -2, b: 2 } }], { min: -2, max: 2 }),
    );
    expect(Array.from(profile.scores)).toEqual([-2, 2]);
  });

  it("encodes grades as indices in the scale, best first, NO_GRADE when ungraded", () => {
    const profile = right(
      gradeProfile(
        ["a", "b", "c"],
        [{ grades: { a: "poor", b: "good" } }],
        ["good", "fair", "poor"],
      ),
    );
    expect(Array.from(profile.grades)).toEqual([2, 0, NO_GRADE]);
    expect(profile.scale).toEqual(["good", "fair", "poor"]);
  });

  it("refuses a ballot of another kind in a typed constructor", () => {
    const result = rankedProfile(["a"], [{ approve: ["a"] } as never]);
    expect(
      E.isLeft(result) && result.left._tag === "InvalidInput" && result.left.issues[0]?.code,
    ).toBe("mixed_ballot_kinds");
  });

  it("refuses a bad scale or range in a typed constructor", () => {
    const range = scoreProfile(["a"], [], { min: 3, max: 1 });
    expect(
      E.isLeft(range) && range.left._tag === "InvalidInput" && range.left.issues[0]?.path,
    ).toBe("range");
    const scale = gradeProfile(["a"], [], []);
    expect(
      E.isLeft(scale) && scale.left._tag === "InvalidInput" && scale.left.issues[0]?.path,
    ).toBe("scale");
  });
});

describe("shorthand", () => {
  it("parses and formats tiers", () => {
    expect(parseShorthand(" c > a = b ")).toEqual({ tiers: [["c"], ["a", "b"]] });
    expect(parseShorthand("")).toEqual({ tiers: [] });
    expect(formatShorthand([["c"], ["a", "b"]])).toBe("c>a=b");
  });

  it("round-trips formatShorthand then parseShorthand (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc
              .string({ minLength: 1, maxLength: 4 })
              .filter((s) => !/[>=]/.test(s) && s.trim() === s),
            { minLength: 1, maxLength: 3 },
          ),
          { maxLength: 4 },
        ),
        (tiers) => {
          expect(parseShorthand(formatShorthand(tiers))).toEqual({ tiers });
        },
      ),
    );
  });
});

describe("Profile is plain data", () => {
  it("holds the candidate names as given, in order", () => {
    const names = ["__proto__", "constructor", "🍕"];
    const profile: Profile = right(rankedProfile(names, ["🍕>__proto__"]));
    expect(profile.candidates).toEqual(names);
    expect(profile.kind === "ranked" && rankingOf(profile, 0)).toEqual([["🍕"], ["__proto__"]]);
  });
});
