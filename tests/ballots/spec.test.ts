import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  ElectionSpecSchema,
  MAX_ISSUES,
  parseSpec,
  parseSpecWithProfile,
  profileFromSpec,
  rankingOf,
} from "../../src/ballots/index.js";
import type { DecideError, InputIssue } from "../../src/core/index.js";

const base = { method: "irv", candidates: ["a", "b", "c"] } as const;

const issuesOf = (result: E.Either<DecideError, unknown>): readonly InputIssue[] => {
  if (E.isRight(result)) throw new Error("expected a Left");
  if (result.left._tag !== "InvalidInput")
    throw new Error(`expected InvalidInput, got ${result.left._tag}`);
  return result.left.issues;
};

describe("parseSpec: meaning checks, pinned path, code and message", () => {
  it("names unknown candidates at their exact path, in tiers and tied groups", () => {
    const result = parseSpec({
      ...base,
      ballots: ["a>b", "b>c", "c", { ranking: ["z", ["a", "q"]] }],
    });
    expect(issuesOf(result)).toEqual([
      {
        path: "ballots[3].ranking[0]",
        code: "unknown_candidate",
        message: 'unknown candidate "z"',
      },
      {
        path: "ballots[3].ranking[1][1]",
        code: "unknown_candidate",
        message: 'unknown candidate "q"',
      },
    ]);
    expect(E.isLeft(result) && result.left.message).toBe(
      'Invalid input (2 problems): ballots[3].ranking[0]: unknown candidate "z"; ballots[3].ranking[1][1]: unknown candidate "q"',
    );
  });

  it("names an unknown candidate in shorthand at the ballot", () => {
    expect(issuesOf(parseSpec({ ...base, ballots: ["a>b", "b>z"] }))).toEqual([
      { path: "ballots[1]", code: "unknown_candidate", message: 'unknown candidate "z"' },
    ]);
  });

  it("finds a candidate ranked twice, in shorthand, in tiers and on approval ballots", () => {
    expect(
      issuesOf(parseSpec({ ...base, ballots: ["a>b>a", { ranking: [["a"], ["a"]] }] })),
    ).toEqual([
      {
        path: "ballots[0]",
        code: "duplicate_candidate",
        message: '"a" appears twice on this ballot',
      },
      {
        path: "ballots[1].ranking[1][0]",
        code: "duplicate_candidate",
        message: '"a" appears twice on this ballot',
      },
    ]);
    expect(issuesOf(parseSpec({ ...base, ballots: [{ approve: ["b", "b"] }] }))).toEqual([
      {
        path: "ballots[0].approve[1]",
        code: "duplicate_candidate",
        message: '"b" appears twice on this ballot',
      },
    ]);
  });

  it("finds duplicate candidates in the list", () => {
    expect(issuesOf(parseSpec({ ...base, candidates: ["a", "b", "a"], ballots: [] }))).toEqual([
      {
        path: "candidates[2]",
        code: "duplicate_candidate",
        message: '"a" is listed twice (first at candidates[0])',
      },
    ]);
  });

  it("refuses mixed ballot kinds, naming each stray ballot", () => {
    expect(
      issuesOf(parseSpec({ ...base, ballots: ["a>b", { approve: ["a"] }, { scores: { a: 1 } }] })),
    ).toEqual([
      {
        path: "ballots[1]",
        code: "mixed_ballot_kinds",
        message: "an approval ballot among ranked ballots: all ballots must be of one kind",
      },
      {
        path: "ballots[2]",
        code: "mixed_ballot_kinds",
        message: "a score ballot among ranked ballots: all ballots must be of one kind",
      },
    ]);
  });

  it("checks scores against the declared range (default 0 to 10)", () => {
    expect(
      issuesOf(parseSpec({ ...base, ballots: [{ scores: { a: 11, b: -1, c: 2.5 } }] })),
    ).toEqual([
      {
        path: "ballots[0].scores.a",
        code: "score_out_of_range",
        message: "expected a whole number from 0 to 10, got number 11",
      },
      {
        path: "ballots[0].scores.b",
        code: "score_out_of_range",
        message: "expected a whole number from 0 to 10, got number -1",
      },
      {
        path: "ballots[0].scores.c",
        code: "score_out_of_range",
        message: "expected a whole number from 0 to 10, got number 2.5",
      },
    ]);
    expect(
      issuesOf(
        parseSpec({
          ...base,
          ballots: [{ scores: { a: 6 } }],
          options: { range: { min: 0, max: 5 } },
        }),
      ),
    ).toEqual([
      {
        path: "ballots[0].scores.a",
        code: "score_out_of_range",
        message: "expected a whole number from 0 to 5, got number 6",
      },
    ]);
    expect(
      issuesOf(parseSpec({ ...base, ballots: [{ scores: { "a b": "4" } }] })).map((i) => i.path),
    ).toEqual(['ballots[0].scores["a b"]']);
  });

  it("refuses an invalid range", () => {
    expect(
      issuesOf(parseSpec({ ...base, ballots: [], options: { range: { min: 5, max: 5 } } })),
    ).toEqual([
      {
        path: "options.range",
        code: "invalid_range",
        message:
          "expected { min, max } with whole numbers -2147483647 ≤ min < max ≤ 2147483647, got an object",
      },
    ]);
  });

  it("checks grades against the scale, and asks for a scale", () => {
    expect(
      issuesOf(
        parseSpec({
          ...base,
          ballots: [{ grades: { a: "good", b: "meh" } }],
          options: { scale: ["good", "bad"] },
        }),
      ),
    ).toEqual([
      {
        path: "ballots[0].grades.b",
        code: "unknown_grade",
        message: 'expected a grade on the scale ("good", "bad"), got string "meh"',
      },
    ]);
    expect(issuesOf(parseSpec({ ...base, ballots: [{ grades: { a: "good" } }] }))).toEqual([
      {
        path: "options.scale",
        code: "missing_scale",
        message: "graded ballots need options.scale, the grades from best to worst",
      },
    ]);
    expect(
      issuesOf(parseSpec({ ...base, ballots: [], options: { scale: ["good", "good"] } })),
    ).toEqual([
      {
        path: "options.scale",
        code: "invalid_scale",
        message: "expected a list of distinct grade names, best first",
      },
    ]);
  });

  it("refuses negative, malformed and zero-denominator counts", () => {
    expect(
      issuesOf(
        parseSpec({
          ...base,
          ballots: [
            { ranking: ["a"], count: -1 },
            { ranking: ["a"], count: "x" },
            { ranking: ["a"], count: Number.NaN },
            { ranking: ["a"], count: Number.POSITIVE_INFINITY },
          ],
        }),
      ),
    ).toEqual([
      { path: "ballots[0].count", code: "too_small", message: "count must not be negative" },
      {
        path: "ballots[1].count",
        code: "invalid_format",
        message:
          'count must be a non-negative number, a fraction such as "1/3" or a decimal such as "0.25"',
      },
      {
        path: "ballots[2].count",
        code: "invalid_union",
        message:
          'count must be a non-negative finite number, or a string holding a fraction such as "1/3" or a decimal such as "0.25"',
      },
      {
        path: "ballots[3].count",
        code: "invalid_union",
        message:
          'count must be a non-negative finite number, or a string holding a fraction such as "1/3" or a decimal such as "0.25"',
      },
    ]);
    expect(issuesOf(parseSpec({ ...base, ballots: [{ ranking: ["a"], count: "1/0" }] }))).toEqual([
      {
        path: "ballots[0].count",
        code: "invalid_format",
        message:
          'count must be a non-negative number, a fraction such as "1/3" or a decimal such as "0.25"',
      },
    ]);
  });

  it("refuses more seats than candidates", () => {
    expect(issuesOf(parseSpec({ ...base, ballots: [], seats: 4 }))).toEqual([
      { path: "seats", code: "too_many_seats", message: "4 seats, but only 3 candidates" },
    ]);
  });

  it("checks tie-break orders, also inside a look-back fallback", () => {
    expect(
      issuesOf(parseSpec({ ...base, ballots: [], tieBreak: { kind: "order", order: ["a", "z"] } })),
    ).toEqual([
      { path: "tieBreak.order[1]", code: "unknown_candidate", message: 'unknown candidate "z"' },
    ]);
    expect(
      issuesOf(
        parseSpec({
          ...base,
          ballots: [],
          tieBreak: { kind: "backwards", fallback: { kind: "order", order: ["y"] } },
        }),
      ),
    ).toEqual([
      {
        path: "tieBreak.fallback.order[0]",
        code: "unknown_candidate",
        message: 'unknown candidate "y"',
      },
    ]);
  });

  it("reports bad shorthand", () => {
    expect(issuesOf(parseSpec({ ...base, ballots: ["a>>b", "a="] }))).toEqual([
      {
        path: "ballots[0]",
        code: "invalid_shorthand",
        message: "tier 2 is empty (two '>' in a row?)",
      },
      {
        path: "ballots[1]",
        code: "invalid_shorthand",
        message: "tier 1 has an empty name (an '=' with nothing beside it?)",
      },
    ]);
  });

  it("stops at MAX_ISSUES problems", () => {
    const ballots = Array.from({ length: 500 }, () => "zz");
    expect(issuesOf(parseSpec({ ...base, ballots }))).toHaveLength(MAX_ISSUES);
  });
});

describe("parseSpec: shape errors from the zod bridge", () => {
  it("refuses a non-object, an unknown key, an empty candidate list", () => {
    expect(issuesOf(parseSpec(null))).toEqual([
      { path: "", code: "invalid_type", message: "expected an object, got null" },
    ]);
    expect(issuesOf(parseSpec({ ...base, ballots: [], extra: 1 }))).toEqual([
      { path: "", code: "unrecognized_keys", message: 'unknown key "extra"' },
    ]);
    expect(issuesOf(parseSpec({ ...base, candidates: [], ballots: [] }))).toEqual([
      { path: "candidates", code: "too_small", message: "list at least one candidate" },
    ]);
    expect(issuesOf(parseSpec({ candidates: ["a"], ballots: [] }))).toEqual([
      { path: "method", code: "invalid_type", message: "required: expected a string" },
    ]);
  });

  it("reports the nearest ballot form's problem, not just 'no form matched'", () => {
    expect(issuesOf(parseSpec({ ...base, ballots: [{ approve: [1] }] }))).toEqual([
      {
        path: "ballots[0].approve[0]",
        code: "invalid_type",
        message: "expected a string, got number 1",
      },
    ]);
    expect(issuesOf(parseSpec({ ...base, ballots: [42] }))).toEqual([
      {
        path: "ballots[0]",
        code: "invalid_union",
        message:
          'expected a ballot: shorthand such as "a>b=c", or an object with "ranking", "approve", "scores" or "grades"',
      },
    ]);
    expect(issuesOf(parseSpec({ ...base, seats: 1.5, ballots: [] }))).toEqual([
      { path: "seats", code: "invalid_type", message: "expected a whole number, got number 1.5" },
    ]);
  });

  it("never throws, even when a getter throws", () => {
    const hostile = {
      method: "x",
      get candidates(): string[] {
        throw new Error("boom");
      },
      ballots: [],
    };
    const result = parseSpec(hostile);
    expect(E.isLeft(result) && result.left._tag).toBe("InvalidInput");
  });
});

describe("parseSpec: candidate names that are hard for JavaScript", () => {
  const names = ["__proto__", "constructor", "🍕", ""];

  it("accepts __proto__, constructor, emoji and the empty string as candidates", () => {
    const spec = {
      method: "x",
      candidates: names,
      ballots: [{ ranking: [["🍕", ""], "__proto__"] }],
    };
    const result = parseSpecWithProfile(spec);
    expect(E.isRight(result)).toBe(true);
    if (E.isRight(result) && result.right.profile.kind === "ranked") {
      expect(rankingOf(result.right.profile, 0)).toEqual([["🍕", ""], ["__proto__"]]);
    }
    expect(
      E.isRight(parseSpec({ method: "x", candidates: names, ballots: ["__proto__>constructor"] })),
    ).toBe(true);
  });

  it("reads scores keyed by __proto__ (as JSON.parse gives them)", () => {
    const spec = JSON.parse(
      '{"method":"x","candidates":["__proto__","constructor"],"ballots":[{"scores":{"__proto__":3,"constructor":2}}]}',
    );
    const profile = profileFromSpec(spec);
    expect(
      E.isRight(profile) && profile.right.kind === "score" && Array.from(profile.right.scores),
    ).toEqual([3, 2]);
  });

  it("treats constructor as unknown when it is not a candidate (no prototype lookups)", () => {
    expect(
      issuesOf(parseSpec({ ...base, ballots: ["constructor>a", { approve: ["toString"] }] })),
    ).toEqual([
      { path: "ballots[0]", code: "unknown_candidate", message: 'unknown candidate "constructor"' },
      {
        path: "ballots[1]",
        code: "mixed_ballot_kinds",
        message: "an approval ballot among ranked ballots: all ballots must be of one kind",
      },
    ]);
  });
});

describe("ElectionSpecSchema", () => {
  it("is exported for apps to validate their own input", () => {
    expect(
      ElectionSpecSchema.safeParse({ method: "schulze", candidates: ["a"], ballots: ["a"] })
        .success,
    ).toBe(true);
    expect(
      ElectionSpecSchema.safeParse({ method: "", candidates: ["a"], ballots: [] }).success,
    ).toBe(false);
  });
});
