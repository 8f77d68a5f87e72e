import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  createProfileBuilder,
  gradeProfile,
  parseProfile,
  type RankedProfile,
  rankedProfile,
  scoreProfile,
} from "../../src/ballots/index.js";
import { createDecide, decide, irvMethod } from "../../src/voting/index.js";
import { arbRankedProfileInput } from "../helpers/arbitraries.js";
import { runs } from "../helpers/runs.js";
import { right } from "./helpers/profiles.js";

const left = (spec: unknown): unknown => {
  const result = decide(spec);
  if (E.isRight(result)) throw new Error("expected Left");
  return result.left;
};

// Wikipedia's Tennessee capital example as a PrefLib .soc file (complete orders), and the same
// ballots as JSON; then a .toi file (ties, truncation) with its JSON twin.
const TENNESSEE_SOC = `# FILE NAME: tennessee.soc
# TITLE: Tennessee capital (Wikipedia)
# DATA TYPE: soc
# NUMBER ALTERNATIVES: 4
# NUMBER VOTERS: 100
# NUMBER UNIQUE ORDERS: 4
# ALTERNATIVE NAME 1: Memphis
# ALTERNATIVE NAME 2: Nashville
# ALTERNATIVE NAME 3: Chattanooga
# ALTERNATIVE NAME 4: Knoxville
42: 1,2,3,4
26: 2,3,4,1
15: 3,4,2,1
17: 4,3,2,1
`;
const TENNESSEE_JSON = {
  candidates: ["Memphis", "Nashville", "Chattanooga", "Knoxville"],
  ballots: [
    { ranking: ["Memphis", "Nashville", "Chattanooga", "Knoxville"], count: 42 },
    { ranking: ["Nashville", "Chattanooga", "Knoxville", "Memphis"], count: 26 },
    { ranking: ["Chattanooga", "Knoxville", "Nashville", "Memphis"], count: 15 },
    { ranking: ["Knoxville", "Chattanooga", "Nashville", "Memphis"], count: 17 },
  ],
};
const TIES_TOI = `# DATA TYPE: toi
# NUMBER ALTERNATIVES: 3
# ALTERNATIVE NAME 1: a
# ALTERNATIVE NAME 2: b
# ALTERNATIVE NAME 3: c
3: 1,{2,3}
2: 2
2: {2,3},1
1: 3,1,2
`;
const TIES_JSON = {
  candidates: ["a", "b", "c"],
  ballots: [
    { ranking: ["a", ["b", "c"]], count: 3 },
    { ranking: ["b"], count: 2 },
    { ranking: [["b", "c"], "a"], count: 2 },
    "c>a>b",
  ],
};

describe("decide with a built profile", () => {
  const methods = ["schulze", "ranked-pairs", "irv", "borda", "copeland", "plurality", "coombs"];

  it("counts a profile read from a PrefLib .soc file as it counts the same ballots as JSON", () => {
    const profile = right(parseProfile(TENNESSEE_SOC, { format: "soc" }));
    for (const method of methods) {
      const fromFile = decide({ method, profile });
      expect(E.isRight(fromFile)).toBe(true);
      expect(fromFile).toEqual(decide({ method, ...TENNESSEE_JSON }));
    }
    const schulze = decide({ method: "schulze", profile });
    expect(E.isRight(schulze) && schulze.right.winners).toEqual(["Nashville"]);
  });

  it("does the same with ties and truncated ballots (.toi), options and a tie-break", () => {
    const profile = right(parseProfile(TIES_TOI, { format: "toi" }));
    const extra = { options: { unranked: "not-compared" }, tieBreak: { kind: "none" } };
    for (const method of ["schulze", "ranked-pairs", "copeland", "minimax"]) {
      const fromFile = decide({ method, profile, ...extra });
      expect(E.isRight(fromFile)).toBe(true);
      expect(fromFile).toEqual(decide({ method, ...TIES_JSON, ...extra }));
    }
  });

  it("gives the outcome of the same ballots as JSON, for any ranked ballots (property)", () => {
    fc.assert(
      fc.property(
        arbRankedProfileInput(5, 12),
        fc.constantFrom("schulze", "irv", "borda", "ranked-pairs"),
        ({ candidates, ballots }, method) => {
          const profile = rankedProfile(candidates, ballots);
          fc.pre(E.isRight(profile));
          if (E.isLeft(profile)) return;
          expect(decide({ method, profile: profile.right })).toEqual(
            decide({ method, candidates, ballots }),
          );
        },
      ),
      { numRuns: runs(60) },
    );
  });

  it("runs decide's doc example (a PrefLib text read with parseProfile)", () => {
    const text =
      "# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 1: a\n# ALTERNATIVE NAME 2: b\n2: 1,2\n1: 2,1\n";
    const profile = right(parseProfile(text, { format: "soc" }));
    const outcome = decide({ method: "schulze", profile });
    expect(E.isRight(outcome) && outcome.right.winners).toEqual(["a"]);
  });

  it("runs through createDecide too, and passes seats through", () => {
    const profile = right(rankedProfile(["a", "b", "c"], ["a>b>c", "b>a>c", "c>b>a"]));
    const result = createDecide([irvMethod])({ method: "irv", profile });
    expect(E.isRight(result) && result.right.winners).toEqual(["b"]);
    expect(left({ method: "irv", profile, seats: 4 })).toMatchObject({
      _tag: "InvalidInput",
      issues: [{ path: "seats", code: "too_many_seats" }],
    });
  });

  it("reads score and graded profiles with their own range and scale", () => {
    const scores = right(
      scoreProfile(["a", "b"], [{ scores: { a: 5, b: 3 } }, { scores: { a: 0, b: 4 } }], {
        min: 0,
        max: 5,
      }),
    );
    const star = decide({ method: "star", profile: scores });
    expect(star).toEqual(
      decide({
        method: "star",
        candidates: ["a", "b"],
        ballots: [{ scores: { a: 5, b: 3 } }, { scores: { a: 0, b: 4 } }],
        options: { range: { min: 0, max: 5 } },
      }),
    );
    expect(
      decide({ method: "star", profile: scores, options: { range: { max: 5, min: 0 } } }),
    ).toEqual(star);
    expect(
      left({ method: "star", profile: scores, options: { range: { min: 0, max: 10 } } }),
    ).toMatchObject({
      _tag: "InvalidInput",
      issues: [{ path: "options.range", code: "conflicts_with_profile" }],
    });
    const scale = ["good", "fair", "poor"];
    const grades = right(gradeProfile(["a", "b"], [{ grades: { a: "good", b: "poor" } }], scale));
    const judged = decide({ method: "majority-judgment", profile: grades });
    expect(E.isRight(judged) && judged.right.winners).toEqual(["a"]);
    expect(
      left({ method: "majority-judgment", profile: grades, options: { scale: ["good", "poor"] } }),
    ).toMatchObject({ issues: [{ path: "options.scale", code: "conflicts_with_profile" }] });
  });

  it("refuses a spec with both a profile and candidates or ballots", () => {
    const profile = right(rankedProfile(["a", "b"], ["a>b"]));
    expect(left({ method: "irv", profile, candidates: ["a", "b"], ballots: ["a>b"] })).toEqual({
      _tag: "InvalidInput",
      message:
        "Invalid input (2 problems): candidates: give either a profile or candidates and ballots, not both; ballots: give either a profile or candidates and ballots, not both",
      issues: [
        {
          path: "candidates",
          code: "profile_and_ballots",
          message: "give either a profile or candidates and ballots, not both",
        },
        {
          path: "ballots",
          code: "profile_and_ballots",
          message: "give either a profile or candidates and ballots, not both",
        },
      ],
    });
    expect(left({ method: "irv", profile, ballots: [] })).toMatchObject({
      issues: [{ path: "ballots", code: "profile_and_ballots" }],
    });
  });

  it("refuses a method that reads another kind of ballot, and unknown keys", () => {
    const profile = right(rankedProfile(["a", "b"], ["a>b"]));
    expect(left({ method: "approval", profile })).toEqual({
      _tag: "InvalidInput",
      message:
        'Invalid input (1 problem): profile: method "approval" reads approval ballots, got ranked ballots',
      issues: [
        {
          path: "profile",
          code: "wrong_ballot_kind",
          message: 'method "approval" reads approval ballots, got ranked ballots',
        },
      ],
    });
    expect(left({ method: "irv", profile, extra: 1 })).toMatchObject({ _tag: "InvalidInput" });
  });

  describe("refuses, at path profile, anything that is not a well-formed profile", () => {
    const good = right(rankedProfile(["a", "b", "c"], ["a>b>c", { ranking: ["b"], count: 2 }]));
    const malformed: [string, unknown][] = [
      ["null", null],
      ["a string", "a>b"],
      ["an object without kind", {}],
      ["an unknown kind", { ...good, kind: "ranks" }],
      ["no candidates", { ...good, candidates: [] }],
      ["repeated candidates", { ...good, candidates: ["a", "a", "c"] }],
      ["a candidate that is not a string", { ...good, candidates: ["a", 2, "c"] }],
      ["a negative ballotCount", { ...good, ballotCount: -1 }],
      ["a ballotCount that disagrees with the arrays", { ...good, ballotCount: 3 }],
      ["counts as a plain array", { ...good, counts: [1, 2] }],
      ["a zero denominator", { ...good, countDenominator: 0 }],
      ["ranks of the wrong type", { ...good, ranks: new Int32Array(good.ranks) }],
      ["ranks of the wrong length", { ...good, ranks: good.ranks.slice(1) }],
      ["a tier past the last candidate", { ...good, ranks: Uint16Array.from([0, 1, 7, 0, 1, 2]) }],
      ["a fractional scaled count", { ...good, counts: Float64Array.from([1, 1.5]) }],
      ["a negative count", { ...good, counts: Float64Array.from([1, -2]) }],
      ["a wrong totalCountExact", { ...good, totalCountExact: "4" }],
      ["a score profile without range", scoreWithout("range")],
      ["a score outside its range", scoreOutsideRange()],
      ["a graded profile without scale", gradesWithout("scale")],
    ];
    for (const [what, profile] of malformed) {
      it(what, () => {
        const error = left({ method: "irv", profile });
        expect(error).toMatchObject({ _tag: "InvalidInput" });
        const issues = (error as { issues: { path: string; code: string }[] }).issues;
        expect(issues.length).toBe(1);
        expect(issues[0]?.path).toBe("profile");
      });
    }

    it("accepts the well-formed profile those were made from, and one filled by a builder", () => {
      expect(E.isRight(decide({ method: "irv", profile: good }))).toBe(true);
      const builder = createProfileBuilder("ranked", ["a", "b", "c"]);
      builder.add([2, 0, 2], 3); // tiers with a gap: read as b > a = c
      const built = right(builder.build()) as RankedProfile;
      expect(decide({ method: "borda", profile: built })).toEqual(
        decide({
          method: "borda",
          candidates: ["a", "b", "c"],
          ballots: [{ ranking: ["b", ["a", "c"]], count: 3 }],
        }),
      );
    });

    it("names the problem in its message", () => {
      expect(
        left({ method: "irv", profile: { ...good, ranks: Uint16Array.from([0, 1, 7, 0, 1, 2]) } }),
      ).toEqual({
        _tag: "InvalidInput",
        message:
          'Invalid input (1 problem): profile: row 0: tier 7 of candidate "c" is not a whole number from 0 to 2',
        issues: [
          {
            path: "profile",
            code: "invalid_profile",
            message: 'row 0: tier 7 of candidate "c" is not a whole number from 0 to 2',
          },
        ],
      });
    });
  });
});

function scoreWithout(key: "range"): unknown {
  const profile = right(scoreProfile(["a", "b"], [{ scores: { a: 1, b: 2 } }], { min: 0, max: 5 }));
  const { [key]: _, ...rest } = profile;
  return rest;
}

function scoreOutsideRange(): unknown {
  const profile = right(scoreProfile(["a", "b"], [{ scores: { a: 1, b: 2 } }], { min: 0, max: 5 }));
  return { ...profile, scores: Int32Array.from([1, 9]) };
}

function gradesWithout(key: "scale"): unknown {
  const profile = right(gradeProfile(["a", "b"], [{ grades: { a: "good" } }], ["good", "poor"]));
  const { [key]: _, ...rest } = profile;
  return rest;
}
