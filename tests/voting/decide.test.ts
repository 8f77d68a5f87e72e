import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { decide, getMethod, listMethods, METHODS } from "../../src/voting/index.js";
import { TENNESSEE_BALLOTS, TENNESSEE_CANDIDATES } from "./helpers/profiles.js";

const left = (spec: unknown): unknown => {
  const result = decide(spec);
  if (E.isRight(result)) throw new Error("expected Left");
  return result.left;
};

describe("decide", () => {
  it("runs the named method on the Tennessee example (Wikipedia)", () => {
    const result = decide({
      method: "irv",
      candidates: TENNESSEE_CANDIDATES,
      ballots: TENNESSEE_BALLOTS,
    });
    expect(E.isRight(result) && result.right.winners).toEqual(["Knoxville"]);
  });

  it("returns UnknownMethod listing every known id", () => {
    expect(left({ method: "nope", candidates: ["a"], ballots: [] })).toEqual({
      _tag: "UnknownMethod",
      message: `Unknown method "nope". Known methods: ${METHODS.map((m) => m.id).join(", ")}.`,
      method: "nope",
      known: METHODS.map((m) => m.id),
    });
  });

  it("treats __proto__ and constructor as unknown method ids, not prototype keys", () => {
    for (const method of ["__proto__", "constructor", "toString"]) {
      expect(left({ method, candidates: ["a"], ballots: [] })).toMatchObject({
        _tag: "UnknownMethod",
        method,
      });
    }
  });

  it("refuses ballots of the wrong kind at the path ballots", () => {
    expect(
      left({ method: "borda", candidates: ["a", "b"], ballots: [{ approve: ["a"] }] }),
    ).toEqual({
      _tag: "InvalidInput",
      message:
        'Invalid input (1 problem): ballots: method "borda" reads ranked ballots, got approval ballots',
      issues: [
        {
          path: "ballots",
          code: "wrong_ballot_kind",
          message: 'method "borda" reads ranked ballots, got approval ballots',
        },
      ],
    });
    expect(left({ method: "approval", candidates: ["a", "b"], ballots: ["a>b"] })).toMatchObject({
      _tag: "InvalidInput",
      issues: [{ path: "ballots", code: "wrong_ballot_kind" }],
    });
  });

  it("checks options with the method's schema, with paths under options", () => {
    expect(
      left({
        method: "borda",
        candidates: ["a", "b"],
        ballots: ["a>b"],
        options: { points: "nope" },
      }),
    ).toEqual({
      _tag: "InvalidInput",
      message:
        'Invalid input (1 problem): options.points: expected one of "standard", "tournament", "modified", got string "nope"',
      issues: [
        {
          path: "options.points",
          code: "invalid_value",
          message: 'expected one of "standard", "tournament", "modified", got string "nope"',
        },
      ],
    });
    expect(
      left({ method: "irv", candidates: ["a", "b"], ballots: ["a>b"], options: { unranked: 3 } }),
    ).toMatchObject({ issues: [{ path: "options.unranked", code: "invalid_value" }] });
    expect(
      left({ method: "plurality", candidates: ["a"], ballots: [], options: { extra: 1 } }),
    ).toMatchObject({ issues: [{ path: "options", code: "unrecognized_keys" }] });
  });

  it("returns the shape stage's InvalidInput before looking up the method", () => {
    expect(left(null)).toMatchObject({
      _tag: "InvalidInput",
      issues: [{ path: "", code: "invalid_type" }],
    });
    expect(left({ method: "nope", candidates: [], ballots: [] })).toMatchObject({
      _tag: "InvalidInput",
      issues: [{ path: "candidates" }],
    });
    expect(left({ method: "irv", candidates: ["a"], ballots: ["a>z"] })).toMatchObject({
      _tag: "InvalidInput",
      issues: [{ path: "ballots[0]", code: "unknown_candidate" }],
    });
  });

  it("never throws, even on inputs whose getters throw", () => {
    const hostile = {
      get method(): string {
        throw new Error("boom");
      },
    };
    const result = decide(hostile);
    expect(E.isLeft(result)).toBe(true);
  });

  it("builds an empty profile of the method's own ballot kind", () => {
    const result = decide({ method: "approval", candidates: ["a", "b"], ballots: [] });
    expect(E.isRight(result) && result.right.winners).toEqual(["a"]);
  });

  it("defaults to the lexicographic tie-break and honours tieBreak none", () => {
    const tied = { method: "plurality", candidates: ["b", "a"], ballots: ["a>b", "b>a"] };
    const byDefault = decide(tied);
    expect(E.isRight(byDefault) && byDefault.right.winners).toEqual(["a"]);
    expect(E.isRight(byDefault) && byDefault.right.tieBreaks[0]?.resolvedBy).toBe("lexicographic");
    const none = decide({ ...tied, tieBreak: { kind: "none" } });
    expect(E.isRight(none) && none.right.winners).toEqual(["b", "a"]);
  });
});

describe("registry", () => {
  it("finds each method by id and lists them all once", () => {
    const ids = listMethods().map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(getMethod(id)?.id).toBe(id);
    expect(getMethod("__proto__")).toBeUndefined();
  });

  it("holds every method of part A of issue 3", () => {
    const ids = listMethods().map((m) => m.id);
    for (const id of [
      "plurality",
      "anti-plurality",
      "borda",
      "dowdall",
      "two-round",
      "irv",
      "coombs",
      "bucklin",
      "nanson",
      "baldwin",
      "approval",
      "score",
      "star",
      "majority-judgment",
      "usual-judgment",
    ])
      expect(ids).toContain(id);
  });
});
