import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { describeValue, formatPath, toInputIssues, validate } from "../../src/core/index.js";

const issuesOf = <T>(result: E.Either<{ issues: readonly unknown[] }, T>): readonly unknown[] => {
  if (E.isRight(result)) throw new Error("expected a Left");
  return result.left.issues;
};

describe("formatPath", () => {
  it("writes paths as JavaScript would", () => {
    expect(formatPath([])).toBe("");
    expect(formatPath(["ballots", 3, "ranking", 0])).toBe("ballots[3].ranking[0]");
    expect(formatPath(["scores", "a b"])).toBe('scores["a b"]');
    expect(formatPath(["scores", "__proto__"])).toBe("scores.__proto__");
    expect(formatPath(["scores", "🍕"])).toBe('scores["🍕"]');
    expect(formatPath(["scores", ""])).toBe('scores[""]');
    expect(formatPath([0, "a"])).toBe("[0].a");
    expect(formatPath([Symbol("s")])).toBe("[Symbol(s)]");
  });
});

describe("describeValue", () => {
  it("describes a value briefly", () => {
    expect(describeValue(null)).toBe("null");
    expect(describeValue(undefined)).toBe("nothing");
    expect(describeValue([1])).toBe("an array");
    expect(describeValue("4")).toBe('string "4"');
    expect(describeValue("x".repeat(50))).toBe(`string "${"x".repeat(40)}…"`);
    expect(describeValue(Number.NaN)).toBe("number NaN");
    expect(describeValue(10n)).toBe("bigint 10");
    expect(describeValue(true)).toBe("boolean true");
    expect(describeValue({})).toBe("an object");
    expect(describeValue(() => 1)).toBe("function");
  });
});

describe("validate: the zod-to-Either bridge", () => {
  const Schema = z.strictObject({
    seats: z.int(),
    name: z.string().check(z.minLength(2)),
    tags: z.array(z.string()).check(z.maxLength(1)),
    kind: z.enum(["a", "b"]),
    share: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  });
  const good = { seats: 2, name: "ok", tags: [], kind: "a" };

  it("returns the parsed value on success", () => {
    expect(validate(Schema, good)).toEqual(E.right(good));
  });

  it("writes an English message for each zod issue code, with its path", () => {
    expect(
      issuesOf(validate(Schema, { seats: "3", name: "x", tags: ["a", "b"], kind: "c", extra: 1 })),
    ).toEqual([
      // zod reports a non-number against z.int() as expected "number"; a fraction as "int".
      { path: "seats", code: "invalid_type", message: 'expected a number, got string "3"' },
      {
        path: "name",
        code: "too_small",
        message: 'must have at least 2 characters, got string "x"',
      },
      { path: "tags", code: "too_big", message: "must have at most 1 item, got an array" },
      { path: "kind", code: "invalid_value", message: 'expected one of "a", "b", got string "c"' },
      { path: "", code: "unrecognized_keys", message: 'unknown key "extra"' },
    ]);
  });

  it("says 'required' for a missing key and reports numeric bounds", () => {
    expect(issuesOf(validate(Schema, { ...good, seats: 1.5, share: 2 }))).toEqual([
      { path: "seats", code: "invalid_type", message: "expected a whole number, got number 1.5" },
      { path: "share", code: "too_big", message: "must have at most 1, got number 2" },
    ]);
    expect(issuesOf(validate(Schema, { name: "ok", tags: [], kind: "a" }))).toEqual([
      { path: "seats", code: "invalid_type", message: "required: expected a number" },
    ]);
    // A key that is present but undefined is not missing.
    expect(issuesOf(validate(Schema, { ...good, seats: undefined }))).toEqual([
      { path: "seats", code: "invalid_type", message: "expected a number, got nothing" },
    ]);
  });

  it("keeps a custom message from the schema", () => {
    const S = z.object({
      n: z.number().check(z.minimum(0, { message: "n must not be negative" })),
    });
    expect(issuesOf(validate(S, { n: -1 }))).toEqual([
      { path: "n", code: "too_small", message: "n must not be negative" },
    ]);
  });

  it("expands a union failure into the issues of the nearest branch", () => {
    const Ballot = z.union([
      z.string(),
      z.strictObject({ ranking: z.array(z.string()) }),
      z.strictObject({ approve: z.array(z.string()) }),
    ]);
    const S = z.object({ ballots: z.array(Ballot) });
    // The approval branch has no missing or unknown key, so its deeper issue is reported.
    expect(issuesOf(validate(S, { ballots: ["a", { approve: ["x", 1] }] }))).toEqual([
      {
        path: "ballots[1].approve[1]",
        code: "invalid_type",
        message: "expected a string, got number 1",
      },
    ]);
    expect(issuesOf(validate(S, { ballots: [{ ranking: "a>b" }] }))).toEqual([
      {
        path: "ballots[0].ranking",
        code: "invalid_type",
        message: 'expected an array, got string "a>b"',
      },
    ]);
    // When every branch fails at the value itself, one "matches no form" line says it best.
    expect(issuesOf(validate(S, { ballots: [7] }))).toEqual([
      {
        path: "ballots[0]",
        code: "invalid_union",
        message: "does not match any accepted form, got number 7",
      },
    ]);
  });

  it("expands nested unions", () => {
    const Inner = z.union([z.strictObject({ x: z.number() }), z.strictObject({ y: z.string() })]);
    const Outer = z.union([z.string(), z.strictObject({ inner: Inner })]);
    expect(issuesOf(validate(Outer, { inner: { y: 3 } }))).toEqual([
      { path: "inner.y", code: "invalid_type", message: "expected a string, got number 3" },
    ]);
  });

  it("never throws, even on inputs whose getters throw", () => {
    const hostile = Object.defineProperty({}, "seats", {
      enumerable: true,
      get(): never {
        throw new Error("boom");
      },
    });
    expect(validate(Schema, hostile)).toEqual(
      E.left({
        _tag: "InvalidInput",
        message: "Invalid input (1 problem): the input could not be read (boom)",
        issues: [{ path: "", code: "unreadable", message: "the input could not be read (boom)" }],
      }),
    );
  });

  it("never throws on any JSON-like input (property)", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = validate(Schema, input);
        expect(E.isLeft(result) || E.isRight(result)).toBe(true);
      }),
    );
  });

  it("toInputIssues puts a prefix before each path", () => {
    const result = z.object({ a: z.string() }).safeParse({ a: 1 });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(toInputIssues(result.error.issues, { a: 1 }, ["options", 2])).toEqual([
        { path: "options[2].a", code: "invalid_type", message: "expected a string, got number 1" },
      ]);
    }
  });
});
