/**
 * Bad input (issue 2, section 4): each reader answers a Left saying what is wrong and where, for
 * binary garbage, NUL bytes, absurd header values and a line of 20 MB. No wall-clock assertion
 * (speed is for the benchmarks, and a loaded machine made them flaky): a hang or a quadratic scan
 * of a 20 MB line (4 * 10^14 steps) still fails, by the test's timeout.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type ParseProfileOptions,
  parseBlt,
  parseProfile,
} from "../../../src/ballots/formats/index.js";

const BIG = 20 * 1024 * 1024;
/** Long enough for reading each big input once, on a loaded machine; far too short for a hang. */
const TIMEOUT = { timeout: 60_000 };

const leftOf = (text: string, options: ParseProfileOptions) => {
  const result = parseProfile(text, options);
  if (E.isRight(result)) throw new Error("expected Left");
  return result.left;
};

describe("a 20 MB line", () => {
  it(
    "in a PrefLib order: refused at its first bad character, without scanning it all",
    TIMEOUT,
    () => {
      const text = `# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 1: a\n# ALTERNATIVE NAME 2: b\n1: 1,${"2,".repeat(BIG / 2)}\n`;
      const error = leftOf(text, { format: "soi" });
      expect(error).toMatchObject({ _tag: "ParseError", line: 4, column: 8 });
      expect(error.message).toContain("alternative 2 appears twice");
    },
  );

  it("in a PrefLib header and as a count: refused with a short message", TIMEOUT, () => {
    const digits = "9".repeat(BIG);
    const header = leftOf(`# NUMBER ALTERNATIVES: ${digits}\n`, { format: "toc" });
    expect(header).toMatchObject({ _tag: "ParseError", line: 1, column: 24 });
    expect(header.message.length).toBeLessThan(200);
    const count = `# NUMBER ALTERNATIVES: 1\n# ALTERNATIVE NAME 1: a\n${digits}: 1\n`;
    const error = leftOf(count, { format: "toc" });
    expect(error).toMatchObject({ _tag: "ParseError", line: 3, column: 1 });
    expect(error.message).toContain("more than 40 characters");
  });

  it("in a BLT ballot and in a BLT name", TIMEOUT, () => {
    const ballot = `2 1\n1 ${"1 ".repeat(BIG / 2)}0\n`;
    const error = parseBlt(ballot);
    expect(error).toEqual(E.left(expect.objectContaining({ line: 2, column: 5 })));
    const name = `1 1\n1 1 0\n0\n"${"x".repeat(BIG)}`;
    const unclosed = parseBlt(name);
    expect(unclosed).toEqual(E.left(expect.objectContaining({ line: 4, column: 1 })));
  });

  it("in CSV: a row of 20 MB of separators stops at the column limit", TIMEOUT, () => {
    const text = `a,b\n${",".repeat(BIG)}\n`;
    const error = leftOf(text, { format: "csv", layout: "candidate-ranks" });
    expect(error._tag).toBe("ParseError");
    expect(error.message).toContain("more than");
  });

  it("in CSV: one 20 MB cell is read and refused as a rank", TIMEOUT, () => {
    const text = `a\n${"7".repeat(BIG)}\n`;
    const error = leftOf(text, { format: "csv", layout: "candidate-ranks" });
    expect(error).toMatchObject({ _tag: "ParseError", line: 2, column: 1 });
    expect(error.message.length).toBeLessThan(200);
  });
});

describe("garbage and absurd values", () => {
  it("refuses binary garbage and NUL bytes in every format", () => {
    const garbage = "\u0000\u0001\u0002\uFFFD\u00FF\n\u0000#\u0000:\u0000";
    for (const format of ["soc", "soi", "toc", "toi", "cat", "blt"] as const) {
      expect(leftOf(garbage, { format })._tag).toBe("ParseError");
    }
    expect(
      leftOf("a,b\n\u0000,\u0001\n", { format: "csv", layout: "candidate-ranks" }),
    ).toMatchObject({ _tag: "ParseError", line: 2, column: 1 });
  });

  it("refuses a billion alternatives without allocating for them", () => {
    expect(leftOf("# NUMBER ALTERNATIVES: 1000000000\n", { format: "soi" })).toMatchObject({
      _tag: "ParseError",
      line: 1,
      column: 24,
    });
    expect(E.isLeft(parseBlt("1000000000 1\n"))).toBe(true);
  });

  it("refuses counts too large to sum exactly", () => {
    const text = "# NUMBER ALTERNATIVES: 1\n# ALTERNATIVE NAME 1: a\n99999999999999999999: 1\n";
    expect(leftOf(text, { format: "soi" })).toMatchObject({
      _tag: "ParseError",
      line: 3,
      column: 1,
    });
  });

  it("refuses text that is not a string, and unknown formats, with InvalidInput", () => {
    const notText = parseProfile(42 as unknown as string, { format: "soi" });
    expect(notText).toEqual(
      E.left(
        expect.objectContaining({
          _tag: "InvalidInput",
          issues: [expect.objectContaining({ path: "text", code: "invalid_type" })],
        }),
      ),
    );
    const unknown = parseProfile("", { format: "xls" } as unknown as ParseProfileOptions);
    expect(E.isLeft(unknown) && unknown.left._tag).toBe("InvalidInput");
    expect(parseBlt(null as unknown as string)).toEqual(
      E.left(expect.objectContaining({ _tag: "InvalidInput" })),
    );
  });
});
