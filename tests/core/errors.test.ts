import { describe, expect, it } from "vitest";
import {
  type DecideError,
  formatDecideError,
  integrityError,
  invalidInput,
  invalidInputAt,
  invalidTransition,
  isDecideError,
  MAX_ISSUES,
  MAX_LISTED_ISSUES,
  parseError,
  shorten,
  unknownMethod,
  unsupported,
} from "../../src/core/index.js";

describe("DecideError constructors", () => {
  it("invalidInput lists every issue in its message, up to five, then counts the rest", () => {
    const issues = Array.from({ length: 7 }, (_, i) => ({
      path: `ballots[${i}]`,
      code: "unknown_candidate",
      message: `unknown candidate "z${i}"`,
    }));
    const error = invalidInput(issues);
    expect(error._tag).toBe("InvalidInput");
    expect(error.issues).toBe(issues);
    expect(error.message).toBe(
      'Invalid input (7 problems): ballots[0]: unknown candidate "z0"; ballots[1]: unknown candidate "z1"; ' +
        'ballots[2]: unknown candidate "z2"; ballots[3]: unknown candidate "z3"; ballots[4]: unknown candidate "z4"; ' +
        "and 2 more problems",
    );
    expect(invalidInput(issues.slice(0, 6)).message).toMatch(/; and 1 more problem$/);
  });

  it("invalidInputAt holds one issue; an empty path is the input itself", () => {
    expect(invalidInputAt("", "invalid_type", "expected an object")).toEqual({
      _tag: "InvalidInput",
      message: "Invalid input (1 problem): expected an object",
      issues: [{ path: "", code: "invalid_type", message: "expected an object" }],
    });
  });

  it("parseError names the format, line and column", () => {
    expect(parseError("toc", 3, 7, "expected a count")).toEqual({
      _tag: "ParseError",
      message: "toc line 3, column 7: expected a count",
      format: "toc",
      line: 3,
      column: 7,
    });
  });

  it("unknownMethod lists the known ids", () => {
    expect(unknownMethod("shulze", ["irv", "schulze"])).toEqual({
      _tag: "UnknownMethod",
      message: 'Unknown method "shulze". Known methods: irv, schulze.',
      method: "shulze",
      known: ["irv", "schulze"],
    });
  });

  it("unsupported keeps its reason", () => {
    expect(
      unsupported("too_many_candidates", "Exact Kemeny-Young is limited to 10 candidates."),
    ).toEqual({
      _tag: "Unsupported",
      message: "Exact Kemeny-Young is limited to 10 candidates.",
      reason: "too_many_candidates",
    });
  });

  it("invalidTransition and integrityError name the event by id, or by position without one", () => {
    expect(
      invalidTransition("e7", 6, "illegal_transition", "cannot deliver a withdrawn commitment")
        .message,
    ).toBe('Event "e7" (events[6]): cannot deliver a withdrawn commitment');
    expect(invalidTransition("", 2, "seq_gap", "sequence jumps from 2 to 4").message).toBe(
      "Event #2 (events[2]): sequence jumps from 2 to 4",
    );
    expect(integrityError("e3", 2, "hash_mismatch", "the hash does not match").message).toBe(
      'The chain breaks at events[2] ("e3"): the hash does not match',
    );
    expect(integrityError("", 0, "hash_mismatch", "the hash does not match").message).toBe(
      "The chain breaks at events[0]: the hash does not match",
    );
  });
});

describe("formatDecideError", () => {
  it("puts every issue of an InvalidInput on its own line (all of them, not just five)", () => {
    const issues = Array.from({ length: 6 }, (_, i) => ({
      path: `x[${i}]`,
      code: "c",
      message: "bad",
    }));
    expect(formatDecideError(invalidInput(issues)).split("\n")).toEqual([
      "Invalid input (6 problems):",
      "- x[0]: bad",
      "- x[1]: bad",
      "- x[2]: bad",
      "- x[3]: bad",
      "- x[4]: bad",
      "- x[5]: bad",
    ]);
    expect(formatDecideError(invalidInputAt("", "invalid_type", "expected an object"))).toBe(
      "Invalid input (1 problem):\n- expected an object",
    );
  });

  it("renders the other errors as their message", () => {
    const errors: DecideError[] = [
      parseError("blt", 1, 1, "expected the number of candidates"),
      unknownMethod("x", ["irv"]),
      unsupported("r", "Not supported."),
      invalidTransition("e1", 0, "r", "no"),
      integrityError("e1", 0, "r", "no"),
    ];
    for (const error of errors) expect(formatDecideError(error)).toBe(error.message);
  });
});

describe("isDecideError", () => {
  it("recognises every tag and nothing else", () => {
    expect(isDecideError(unsupported("r", "m"))).toBe(true);
    expect(isDecideError(parseError("toc", 1, 1, "m"))).toBe(true);
    expect(isDecideError({ _tag: "Oops", message: "m" })).toBe(false);
    expect(isDecideError({ _tag: "Unsupported" })).toBe(false);
    expect(isDecideError(null)).toBe(false);
    expect(isDecideError("InvalidInput")).toBe(false);
    expect(isDecideError(new Error("x"))).toBe(false);
  });
});

describe("error sizes (issue 10)", () => {
  const many = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ path: `ballots[${i}]`, code: "c", message: "bad" }));

  it("keeps at most MAX_ISSUES issues, the last one counting the rest", () => {
    const error = invalidInput(many(1_000_000));
    expect(error.issues).toHaveLength(MAX_ISSUES);
    expect(error.issues[MAX_ISSUES - 1]).toEqual({
      path: "",
      code: "more_issues",
      message: "and 999901 more problems not listed",
    });
    expect(error.message).toMatch(/^Invalid input \(1000000 problems\): /);
    expect(error.message).toMatch(/; and 999995 more problems$/);
  });

  it("cuts each issue's path and message to 300 characters", () => {
    const error = invalidInputAt(
      "x".repeat(1000),
      "c",
      `unknown candidate "${"z".repeat(10_000)}"`,
    );
    expect(error.issues[0]?.path).toHaveLength(300);
    expect(error.issues[0]?.message).toHaveLength(300);
    expect(error.issues[0]?.message.endsWith("…")).toBe(true);
    expect(error.message.length).toBeLessThan(700);
  });

  it("formatDecideError lists the first 20 issues, then counts the rest", () => {
    const lines = formatDecideError(invalidInput(many(5000))).split("\n");
    expect(lines[0]).toBe("Invalid input (5000 problems):");
    expect(lines).toHaveLength(1 + MAX_LISTED_ISSUES + 1);
    expect(lines.at(-1)).toBe("- and 4980 more problems");
  });

  it("shorten cuts with an ellipsis", () => {
    expect(shorten("abcdef", 4)).toBe("abc…");
    expect(shorten("abc", 4)).toBe("abc");
  });

  it("isDecideError answers false for a proxy that throws", () => {
    const hostile = new Proxy(
      {},
      {
        has: () => {
          throw new Error("x");
        },
      },
    );
    expect(isDecideError(hostile)).toBe(false);
  });
});
