/**
 * Issue 10 in co-decide/ballots: the counterexamples of the hardening run, each now a value with
 * a path, and the work limits checked before any loop.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  euclidean,
  GENERATOR_LIMITS,
  gradeProfile,
  impartialCulture,
  MAX_COUNT_LENGTH,
  mallows,
  parseShorthand,
  parseSpec,
  parseSpecWithProfile,
  rankedProfile,
  resamplingApproval,
  SPEC_BALLOTS_LIMIT,
  SPEC_CELLS_LIMIT,
} from "../../src/ballots/index.js";
import { guardedArray } from "../helpers/guarded.js";

/** An array with a hole at `index` (what `["a", , "c"]` makes). */
const holed = (values: readonly unknown[], index: number): unknown[] => {
  const array = [...values];
  delete array[index];
  return array;
};

const leftOf = <A>(result: E.Either<unknown, A>): Record<string, unknown> => {
  if (E.isRight(result)) throw new Error("expected a Left");
  return result.left as Record<string, unknown>;
};

describe("a grade scale with a hole (issue 10)", () => {
  const spec = {
    method: "majority-judgment",
    candidates: ["a"],
    ballots: [{ grades: { a: "g" } }],
    options: { scale: holed(["g", "x", "p"], 1) },
  };
  it.each([
    ["parseSpec", (): E.Either<unknown, unknown> => parseSpec(spec)],
    ["parseSpecWithProfile", (): E.Either<unknown, unknown> => parseSpecWithProfile(spec)],
  ])("%s returns InvalidInput at the hole's index instead of throwing", (_, run) => {
    expect(leftOf(run())).toEqual({
      _tag: "InvalidInput",
      message:
        "Invalid input (1 problem): options.scale[1]: an empty slot (a hole in the array): every item must be given",
      issues: [
        {
          path: "options.scale[1]",
          code: "hole",
          message: "an empty slot (a hole in the array): every item must be given",
        },
      ],
    });
  });

  it("gradeProfile refuses a scale that is a number or has a hole", () => {
    const ballots = [{ grades: { a: "g" } }];
    expect(leftOf(gradeProfile(["a"], ballots, 5 as never))).toMatchObject({
      issues: [{ path: "scale", code: "invalid_scale" }],
    });
    expect(leftOf(gradeProfile(["a"], ballots, holed(["g", "x", "p"], 1) as never))).toMatchObject({
      issues: [{ path: "scale[1]", code: "hole" }],
    });
  });
});

describe("parseShorthand given something other than text (issue 10)", () => {
  it("returns an error value for 5 instead of throwing", () => {
    expect(parseShorthand(5 as never)).toEqual({
      error: 'expected shorthand as a string, such as "a>b=c"',
    });
  });
});

describe("holes anywhere in a spec are refused at their index (zod catches these)", () => {
  const base = { method: "irv", candidates: ["a", "b", "c"], ballots: ["a>b"] };
  it.each([
    ["candidates", { ...base, candidates: holed(["a", "b", "c"], 1) }, "candidates[1]"],
    ["ballots", { ...base, ballots: holed(["a", "b", "c"], 1) }, "ballots[1]"],
    [
      "a ranking",
      { ...base, ballots: [{ ranking: holed(["a", "b", "c"], 1) }] },
      "ballots[0].ranking[1]",
    ],
    [
      "a tier",
      { ...base, ballots: [{ ranking: [holed(["a", "b", "c"], 1)] }] },
      "ballots[0].ranking[0][1]",
    ],
    [
      "an approval list",
      { ...base, method: "approval", ballots: [{ approve: holed(["a", "b", "c"], 1) }] },
      "ballots[0].approve[1]",
    ],
    [
      "a tie-break order",
      { ...base, tieBreak: { kind: "order", order: holed(["a", "b", "c"], 1) } },
      "tieBreak.order[1]",
    ],
  ])("a hole in %s", (_, spec, path) => {
    const error = leftOf(parseSpec(spec));
    expect(error["_tag"]).toBe("InvalidInput");
    expect((error["issues"] as { path: string }[]).map((issue) => issue.path)).toEqual([path]);
  });
});

describe("sizes checked before any loop (issue 10)", () => {
  // Each huge array counts the entries read past its first: refusing by length reads none.

  it("refuses candidates of length 2^32 - 1 without reading them", () => {
    const candidates = guardedArray<unknown>(2 ** 32 - 1, "a");
    const value = parseSpec({ method: "irv", candidates: candidates.array, ballots: [] });
    expect(candidates.reads()).toBe(0);
    expect(leftOf(value)).toMatchObject({
      issues: [{ path: "candidates", code: "too_many_candidates" }],
    });
  });

  it("refuses ballots of length 2^32 - 1 as a work limit, naming the option", () => {
    const ballots = guardedArray<unknown>(2 ** 32 - 1, "a");
    const value = parseSpec({ method: "irv", candidates: ["a"], ballots: ballots.array });
    expect(ballots.reads()).toBe(0);
    expect(leftOf(value)).toEqual({
      _tag: "Unsupported",
      reason: "work_limit",
      message: `This input has 4294967295 ballots, past the work limit of 1000000 for spec.ballots; set limits.ballots (up to 5000000) to allow more.`,
      limit: {
        name: "spec.ballots",
        limit: SPEC_BALLOTS_LIMIT.default,
        size: 2 ** 32 - 1,
        option: "limits.ballots",
        ceiling: SPEC_BALLOTS_LIMIT.ceiling,
      },
    });
  });

  it("refuses a ranking, tier or order of length 2^32 - 1 without walking it", () => {
    const huge = guardedArray<unknown>(2 ** 32 - 1, "a");
    const value = parseSpec({
      method: "irv",
      candidates: ["a", "b"],
      ballots: [{ ranking: huge.array }, { ranking: [huge.array] }, { approve: huge.array }],
      tieBreak: { kind: "order", order: huge.array },
    });
    expect(huge.reads()).toBe(0);
    expect((leftOf(value)["issues"] as { path: string }[]).map((issue) => issue.path)).toEqual([
      "ballots[0].ranking",
      "ballots[1].ranking[0]",
      "ballots[2].approve",
      "tieBreak.order",
    ]);
  });

  it("refuses a grade scale of length 2^32 - 1 without reading it", () => {
    const scale = guardedArray<unknown>(2 ** 32 - 1, "g");
    const value = parseSpec({
      method: "majority-judgment",
      candidates: ["a"],
      ballots: [],
      options: { scale: scale.array },
    });
    expect(scale.reads()).toBe(0);
    expect(leftOf(value)).toMatchObject({ issues: [{ path: "options.scale" }] });
  });

  it("refuses more cells than the limit, and takes a raised limit up to its ceiling", () => {
    const candidates = Array.from({ length: 1000 }, (_, i) => `c${i}`);
    const ballots = Array.from({ length: 20_001 }, () => "c0");
    const spec = { method: "plurality", candidates, ballots };
    expect(leftOf(parseSpec(spec))).toMatchObject({
      reason: "work_limit",
      limit: { name: "spec.cells", size: 20_001_000, limit: SPEC_CELLS_LIMIT.default },
    });
    expect(leftOf(parseSpec({ ...spec, limits: { cells: 1e12 } }))).toMatchObject({
      _tag: "InvalidInput",
      issues: [{ path: "limits.cells", code: "out_of_range" }],
    });
    expect(
      leftOf(parseSpec({ ...spec, ballots: ballots.slice(0, 11), limits: { ballots: 10 } })),
    ).toMatchObject({ reason: "work_limit", limit: { name: "spec.ballots", limit: 10, size: 11 } });
  });
});

describe("counts written as long strings (issue 10)", () => {
  it(`refuses a count of more than ${MAX_COUNT_LENGTH} characters at once, with a short message`, () => {
    const ballots = Array.from({ length: 10 }, () => ({ ranking: ["a"], count: "1".repeat(1e6) }));
    // 15.5 s and a 5 MB message before; now refused by its length, before the digits are read.
    const value = parseSpec({ method: "irv", candidates: ["a"], ballots });
    const error = leftOf(value);
    expect((error["message"] as string).length).toBeLessThan(1000);
    expect(error["issues"]).toHaveLength(10);
    expect((error["issues"] as { path: string; code: string }[])[3]).toMatchObject({
      path: "ballots[3].count",
    });
  });

  it("still reads a count of 40 characters", () => {
    const count = `1/${"0".repeat(37)}3`;
    expect(count).toHaveLength(MAX_COUNT_LENGTH);
    expect(
      E.isRight(
        parseSpec({ method: "irv", candidates: ["a"], ballots: [{ ranking: ["a"], count }] }),
      ),
    ).toBe(true);
  });
});

describe("issues capped (issue 10)", () => {
  it("lists at most 100 issues, each message short, however long the names", () => {
    const name = "z".repeat(100_000);
    const ballots = Array.from({ length: 1000 }, () => ({ approve: [name] }));
    const error = leftOf(approvalProfileOf(ballots));
    const issues = error["issues"] as { path: string; code: string; message: string }[];
    expect(issues).toHaveLength(100);
    for (const issue of issues) expect(issue.message.length).toBeLessThanOrEqual(300);
    expect((error["message"] as string).length).toBeLessThan(2000);
  });
});

const approvalProfileOf = (ballots: unknown[]) =>
  parseSpec({ method: "approval", candidates: ["a"], ballots });

describe("generators (issue 10)", () => {
  it("mallows refuses a reference with a hole instead of returning b > a > c", () => {
    const result = mallows({
      candidates: ["a", "b", "c"],
      reference: holed(["a", "b", "c"], 1) as string[],
      phi: 0,
      voters: 3,
      seed: "m",
    });
    expect(leftOf(result)).toMatchObject({ issues: [{ path: "reference[1]", code: "hole" }] });
  });

  it("impartialCulture refuses candidates with a hole instead of naming one undefined", () => {
    const result = impartialCulture({
      candidates: holed(["a", "x", "b"], 1) as string[],
      voters: 2,
      seed: "x",
    });
    expect(leftOf(result)).toMatchObject({ issues: [{ path: "candidates[1]", code: "hole" }] });
  });

  it("resamplingApproval refuses a central ballot with a hole", () => {
    const result = resamplingApproval({
      candidates: ["a", "b", "c"],
      central: holed(["a", "b", "c"], 1) as string[],
      p: 0.5,
      phi: 0.5,
      voters: 2,
      seed: "r",
    });
    expect(leftOf(result)).toMatchObject({ issues: [{ path: "central[1]", code: "hole" }] });
  });

  it("euclidean refuses positions with a hole, and a point with a hole", () => {
    const common = { candidates: ["a", "b", "c"], voters: 2, dimensions: 2, seed: "e" };
    expect(
      leftOf(
        euclidean({
          ...common,
          candidatePositions: holed(
            [
              [0, 0],
              [1, 1],
              [2, 2],
            ],
            1,
          ) as number[][],
        }),
      ),
    ).toMatchObject({ issues: [{ path: "candidatePositions[1]", code: "hole" }] });
    expect(
      leftOf(
        euclidean({
          ...common,
          candidatePositions: [[0, 0], holed([1, 1], 1) as number[], [2, 2]],
        }),
      ),
    ).toMatchObject({ issues: [{ path: "candidatePositions[1]", code: "invalid_position" }] });
  });

  it("impartialCulture refuses the maximum voters at once (35 minutes of work before)", () => {
    // Refused by the product of its sizes: generating first would run far past the test timeout.
    const value = impartialCulture({ candidates: 10, voters: 2_147_483_647, seed: "ic" });
    expect(leftOf(value)).toEqual({
      _tag: "Unsupported",
      reason: "work_limit",
      message:
        "This input has 21474836470 steps (voters × candidates), past the work limit of 20000000 for impartialCulture.steps; set limits.steps (up to 1000000000) to allow more.",
      limit: {
        name: "impartialCulture.steps",
        limit: GENERATOR_LIMITS.impartialCulture.default,
        size: 21_474_836_470,
        option: "limits.steps",
        ceiling: GENERATOR_LIMITS.impartialCulture.ceiling,
      },
    });
  });

  it("takes a raised limit, and refuses one past the ceiling", () => {
    const options = { candidates: 10, voters: 3_000_000, seed: "ic" };
    expect(leftOf(impartialCulture(options))).toMatchObject({ reason: "work_limit" });
    expect(
      E.isRight(impartialCulture({ ...options, voters: 2_000, limits: { steps: 20_000 } })),
    ).toBe(true);
    expect(leftOf(impartialCulture({ ...options, limits: { steps: 1e10 } }))).toMatchObject({
      issues: [{ path: "limits.steps", code: "out_of_range" }],
    });
  });

  it("every generator declares its limit with a default under its ceiling", () => {
    for (const limit of Object.values(GENERATOR_LIMITS)) {
      expect(limit.default).toBeLessThanOrEqual(limit.ceiling);
      expect(limit.option).toBe("limits.steps");
    }
  });
});

describe("rankedProfile with a hole in a ranking", () => {
  it("is an InvalidInput at the hole", () => {
    const result = rankedProfile(
      ["a", "b", "c"],
      [{ ranking: holed(["a", "b", "c"], 1) as string[] }],
    );
    expect(leftOf(result)).toMatchObject({ _tag: "InvalidInput" });
    expect((leftOf(result)["issues"] as { path: string }[])[0]?.path).toBe("ballots[0].ranking[1]");
  });
});

describe("the score-overflow refusal names the scores (issue 10, wording)", () => {
  it("says the largest score is the factor when it is", () => {
    const result = scoreProfileOf(2 ** 40);
    expect(leftOf(result)).toMatchObject({ _tag: "Unsupported", reason: "counts_too_large" });
    expect(leftOf(result)["message"]).toContain("the largest score (1000000)");
  });
});

const scoreProfileOf = (count: number) =>
  parseSpec({
    method: "score",
    candidates: ["a", "b"],
    ballots: [{ scores: { a: 1_000_000 }, count }],
    options: { range: { min: 0, max: 1_000_000 } },
  });
