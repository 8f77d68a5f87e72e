/**
 * Bad input (issue 2, section 4): each reader answers a Left saying what is wrong and where,
 * quickly, for binary garbage, NUL bytes, absurd header values and a 100 MB line. The time limits
 * are loose (10 s, for a loaded CI machine): they catch a hang or a quadratic scan, not a slowdown.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type ParseProfileOptions,
  parseBlt,
  parseProfile,
} from "../../../src/ballots/formats/index.js";

const HUNDRED_MB = 100 * 1024 * 1024;

const leftOf = (text: string, options: ParseProfileOptions) => {
  const result = parseProfile(text, options);
  if (E.isRight(result)) throw new Error("expected Left");
  return result.left;
};

/** Times a call, in milliseconds. */
const timed = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
};

describe("a 100 MB line", () => {
  it("in a PrefLib order: refused at its first bad character, without scanning it all", () => {
    const text = `# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 1: a\n# ALTERNATIVE NAME 2: b\n1: 1,${"2,".repeat(HUNDRED_MB / 2)}\n`;
    const [error, ms] = timed(() => leftOf(text, { format: "soi" }));
    expect(error).toMatchObject({ _tag: "ParseError", line: 4, column: 8 });
    expect(error.message).toContain("alternative 2 appears twice");
    expect(ms).toBeLessThan(10_000);
  });

  it("in a PrefLib header and as a count: refused with a short message", () => {
    const digits = "9".repeat(HUNDRED_MB);
    const [header, ms1] = timed(() =>
      leftOf(`# NUMBER ALTERNATIVES: ${digits}\n`, { format: "toc" }),
    );
    expect(header).toMatchObject({ _tag: "ParseError", line: 1, column: 24 });
    expect(header.message.length).toBeLessThan(200);
    const count = `# NUMBER ALTERNATIVES: 1\n# ALTERNATIVE NAME 1: a\n${digits}: 1\n`;
    const [error, ms2] = timed(() => leftOf(count, { format: "toc" }));
    expect(error).toMatchObject({ _tag: "ParseError", line: 3, column: 1 });
    expect(error.message).toContain("more than 40 characters");
    expect(ms1 + ms2).toBeLessThan(10_000);
  });

  it("in a BLT ballot and in a BLT name", () => {
    const ballot = `2 1\n1 ${"1 ".repeat(HUNDRED_MB / 2)}0\n`;
    const [error, ms] = timed(() => parseBlt(ballot));
    expect(error).toEqual(E.left(expect.objectContaining({ line: 2, column: 5 })));
    const name = `1 1\n1 1 0\n0\n"${"x".repeat(HUNDRED_MB)}`;
    const [unclosed, ms2] = timed(() => parseBlt(name));
    expect(unclosed).toEqual(E.left(expect.objectContaining({ line: 4, column: 1 })));
    expect(ms + ms2).toBeLessThan(10_000);
  });

  it("in CSV: a row of 100 MB of separators stops at the column limit", () => {
    const text = `a,b\n${",".repeat(HUNDRED_MB)}\n`;
    const [error, ms] = timed(() => leftOf(text, { format: "csv", layout: "candidate-ranks" }));
    expect(error._tag).toBe("ParseError");
    expect(error.message).toContain("more than");
    expect(ms).toBeLessThan(10_000);
  });

  it("in CSV: one 100 MB cell is read and refused as a rank", () => {
    const text = `a\n${"7".repeat(HUNDRED_MB)}\n`;
    const [error, ms] = timed(() => leftOf(text, { format: "csv", layout: "candidate-ranks" }));
    expect(error).toMatchObject({ _tag: "ParseError", line: 2, column: 1 });
    expect(error.message.length).toBeLessThan(200);
    expect(ms).toBeLessThan(10_000);
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
