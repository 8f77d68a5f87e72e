import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  approvalProfile,
  approvalTally,
  emptyPairwise,
  firstPreferenceScores,
  firstPreferences,
  mergeApproval,
  mergeFirstPreferences,
  mergePairwise,
  mergeScores,
  pairwiseTally,
  preferring,
  preferringExact,
  rankedProfile,
  scoreProfile,
  scoreTally,
} from "../../src/ballots/index.js";
import { type DecideError, rationals } from "../../src/core/index.js";

const right = <T>(either: E.Either<DecideError, T>): T => {
  if (E.isLeft(either)) throw new Error(either.left.message);
  return either.right;
};

/** The pairwise matrix as true counts, row i = voters preferring i to each j. */
const matrix = (tally: ReturnType<typeof pairwiseTally>): number[][] => {
  const n = tally.candidates.length;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => preferring(tally, i, j)),
  );
};

// The Tennessee capital example (Wikipedia, "Condorcet method"): 42% Memphis, 26% Nashville,
// 15% Chattanooga, 17% Knoxville, each ranking by distance. Its published pairwise results:
// Nashville beats Memphis 58-42, Chattanooga 68-32 and Knoxville 68-32; Chattanooga beats
// Knoxville 83-17, and beats Memphis 58-42; Knoxville beats Memphis 58-42.
const TENNESSEE = ["Memphis", "Nashville", "Chattanooga", "Knoxville"];
const tennessee = right(
  rankedProfile(TENNESSEE, [
    { ranking: ["Memphis", "Nashville", "Chattanooga", "Knoxville"], count: 42 },
    { ranking: ["Nashville", "Chattanooga", "Knoxville", "Memphis"], count: 26 },
    { ranking: ["Chattanooga", "Knoxville", "Nashville", "Memphis"], count: 15 },
    { ranking: ["Knoxville", "Chattanooga", "Nashville", "Memphis"], count: 17 },
  ]),
);

describe("pairwiseTally", () => {
  it("gives the published pairwise results of the Tennessee example", () => {
    expect(matrix(pairwiseTally(tennessee))).toEqual([
      [0, 42, 42, 42],
      [58, 0, 68, 68],
      [58, 32, 0, 83],
      [58, 32, 17, 0],
    ]);
  });

  // Ballots: 2 × a>b (c unranked), 1 × c (a, b unranked), 1 × b=c>a.
  const truncated = right(
    rankedProfile(["a", "b", "c"], [{ ranking: ["a", "b"], count: 2 }, "c", "b=c>a"]),
  );

  it("under tied-last puts unranked candidates below every ranked one, tied together", () => {
    // Hand count: a>b 2; a>c 2 (c unranked on a>b); b>a 1; b>c 2; c>a 1 + 1; c>b 1; ties none.
    expect(matrix(pairwiseTally(truncated))).toEqual([
      [0, 2, 2],
      [1, 0, 2],
      [2, 1, 0],
    ]);
  });

  it("under not-compared leaves out every pair with an unranked candidate", () => {
    // Only pairs both ranked count: a>b on a>b (2); b>a and c>a on b=c>a (1 each).
    expect(matrix(pairwiseTally(truncated, { unranked: "not-compared" }))).toEqual([
      [0, 2, 0],
      [1, 0, 0],
      [1, 0, 0],
    ]);
  });

  it("counts neither side of a tie", () => {
    const tie = right(rankedProfile(["a", "b"], ["a=b", { ranking: [], count: 3 }]));
    expect(matrix(pairwiseTally(tie))).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it("is exact with fractional counts", () => {
    const profile = right(
      rankedProfile(
        ["a", "b"],
        [
          { ranking: ["a", "b"], count: "1/3" },
          { ranking: ["a"], count: "0.5" },
        ],
      ),
    );
    const tally = pairwiseTally(profile);
    expect(preferringExact(tally, 0, 1)).toBe("5/6");
    expect(preferringExact(tally, 1, 0)).toBe("0");
  });
});

describe("firstPreferences", () => {
  it("gives the Tennessee first preferences", () => {
    expect(Array.from(firstPreferences(tennessee).sole)).toEqual([42, 26, 15, 17]);
  });

  it("shares a tied first tier equally, keeps blanks apart, and is exact", () => {
    const profile = right(
      rankedProfile(
        ["a", "b", "c"],
        [
          { ranking: ["a", "b"], count: 2 },
          "c",
          "b=c>a",
          { ranking: [["a", "b", "c"]], count: 3 },
          { ranking: [], count: "1/2" },
        ],
      ),
    );
    const tally = firstPreferences(profile);
    expect(Array.from(tally.sole)).toEqual([4, 0, 2]); // in units of 1/2: a 2, c 1
    expect(tally.denominator).toBe(2);
    expect(tally.blank).toBe(1);
    // a: 2 + 3/3 = 3; b: 1/2 + 1 = 3/2; c: 1 + 1/2 + 1 = 5/2.
    expect(firstPreferenceScores(tally).map(rationals.toFraction)).toEqual(["3", "3/2", "5/2"]);
  });
});

describe("approvalTally", () => {
  it("counts approvals, exactly with fractional counts", () => {
    const profile = right(
      approvalProfile(
        ["a", "b", "c"],
        [{ approve: ["a", "b"], count: 3 }, { approve: ["b"], count: "1/4" }, { approve: [] }],
      ),
    );
    const tally = approvalTally(profile);
    expect(tally.denominator).toBe(4);
    expect(Array.from(tally.approvals)).toEqual([12, 13, 0]);
  });
});

describe("scoreTally", () => {
  it("sums scores and counts who scored each candidate", () => {
    const profile = right(
      scoreProfile(
        ["a", "b", "c"],
        [
          { scores: { a: 5, b: 1 }, count: 2 },
          { scores: { a: 2, c: 0 } },
          { scores: { c: 4 }, count: "0.5" },
        ],
        { min: 0, max: 5 },
      ),
    );
    const tally = scoreTally(profile);
    // In halves: a 5·2 + 2 = 12 → 24; b 2 → 4; c 0 + 4·0.5 = 2 → 4. Scored: a 3 → 6, b 2 → 4, c 1.5 → 3.
    expect(tally.denominator).toBe(2);
    expect(Array.from(tally.sums)).toEqual([24, 4, 4]);
    expect(Array.from(tally.scored)).toEqual([6, 4, 3]);
  });

  it("sums negative scores", () => {
    const profile = right(
      scoreProfile(["a"], [{ scores: { a: -3 } }, { scores: { a: 1 }, count: 2 }], {
        min: -3,
        max: 3,
      }),
    );
    expect(Array.from(scoreTally(profile).sums)).toEqual([-1]);
  });
});

describe("merging tallies", () => {
  it("merges over the least common denominator", () => {
    const a = pairwiseTally(
      right(rankedProfile(["a", "b"], [{ ranking: ["a", "b"], count: "1/3" }])),
    );
    const b = pairwiseTally(
      right(rankedProfile(["a", "b"], [{ ranking: ["a", "b"], count: "1/2" }])),
    );
    const merged = right(mergePairwise(a, b));
    expect(merged.denominator).toBe(6);
    expect(preferringExact(merged, 0, 1)).toBe("5/6");
  });

  it("refuses tallies over other candidates, or under another unranked rule", () => {
    const ab = pairwiseTally(right(rankedProfile(["a", "b"], ["a>b"])));
    const ba = pairwiseTally(right(rankedProfile(["b", "a"], ["a>b"])));
    const merged = mergePairwise(ab, ba);
    expect(E.isLeft(merged) && merged.left._tag === "InvalidInput" && merged.left.issues).toEqual([
      {
        path: "candidates",
        code: "candidates_differ",
        message: "only tallies over the same candidates, in the same order, can be merged",
      },
    ]);
    const rules = mergePairwise(ab, emptyPairwise(["a", "b"], "not-compared"));
    expect(
      E.isLeft(rules) && rules.left._tag === "InvalidInput" && rules.left.issues[0]?.code,
    ).toBe("rules_differ");
    for (const result of [
      mergeFirstPreferences(firstPreferences(tennessee), {
        ...firstPreferences(tennessee),
        candidates: ["x", "y", "z", "w"],
      }),
      mergeApproval(
        approvalTally(right(approvalProfile(["a"], []))),
        approvalTally(right(approvalProfile(["b"], []))),
      ),
      mergeScores(
        scoreTally(right(scoreProfile(["a"], [], { min: 0, max: 1 }))),
        scoreTally(right(scoreProfile(["a", "b"], [], { min: 0, max: 1 }))),
      ),
    ]) {
      expect(E.isLeft(result) && result.left._tag).toBe("InvalidInput");
    }
  });

  it("refuses a merge whose sums pass 2^53 (Unsupported)", () => {
    const big = { ...emptyPairwise(["a", "b"]), counts: new Float64Array([0, 2 ** 52, 0, 0]) };
    const result = mergePairwise(big, big);
    expect(E.isLeft(result) && result.left._tag).toBe("Unsupported");
  });
});
