import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type ParseProfileOptions,
  parseProfile,
  writeProfile,
} from "../../../src/ballots/formats/index.js";
import { rankedProfile, rankingOf } from "../../../src/ballots/index.js";
import { right } from "./helpers.js";

const ranked = (text: string, options: ParseProfileOptions) => {
  const profile = right(parseProfile(text, options));
  if (profile.kind !== "ranked") throw new Error("expected ranked");
  return profile;
};

describe("parseProfile (CSV, positions layout)", () => {
  const form =
    "\uFEFFTimestamp,1st choice,2nd choice,3rd choice\r\n" +
    '2026/03/01 10:00,Bob,"Ann, Jr.",\r\n' +
    "2026/03/01 10:05,Cy,,\r\n" +
    '2026/03/01 10:07,"Ann, Jr.",Bob,Cy\r\n';

  it("reads a form export, candidates collected in the order first met", () => {
    const profile = ranked(form, { format: "csv", layout: "positions", skipColumns: 1 });
    expect(profile.candidates).toEqual(["Bob", "Ann, Jr.", "Cy"]);
    expect(profile.totalCount).toBe(3);
    expect(rankingOf(profile, 0)).toEqual([["Bob"], ["Ann, Jr."]]);
    expect(rankingOf(profile, 1)).toEqual([["Cy"]]);
  });

  it("uses the candidates given, in their order, keeping candidates no one ranked", () => {
    const profile = ranked(form, {
      format: "csv",
      layout: "positions",
      skipColumns: 1,
      candidates: ["Cy", "Dee", "Bob", "Ann, Jr."],
    });
    expect(profile.candidates).toEqual(["Cy", "Dee", "Bob", "Ann, Jr."]);
    expect(rankingOf(profile, 2)).toEqual([["Ann, Jr."], ["Bob"], ["Cy"]]);
  });

  it("reads a count column, quoted line breaks, and LF line ends", () => {
    const text = 'votes,Preference 1,Preference 2\n3,"Line\nBreak",b\n2,b,\n';
    const profile = ranked(text, { format: "csv", layout: "positions", countColumn: "votes" });
    expect(profile.candidates).toEqual(["Line\nBreak", "b"]);
    expect(profile.totalCount).toBe(5);
  });
});

describe("parseProfile (CSV, candidate columns)", () => {
  it("reads ranks: equal ranks are a tie, blanks unranked, gaps closed up", () => {
    const text = "id,a,b,c,d\n1,1,3,3,\n2,,1,,\n";
    const profile = ranked(text, { format: "csv", layout: "candidate-ranks", skipColumns: 1 });
    expect(profile.candidates).toEqual(["a", "b", "c", "d"]);
    expect(rankingOf(profile, 0)).toEqual([["a"], ["b", "c"]]);
    expect(rankingOf(profile, 1)).toEqual([["b"]]);
  });

  it("reads scores on a declared range, blank = not scored", () => {
    const text = "a;b;n\n5;-2;2\n;0;1/2\n";
    const profile = right(
      parseProfile(text, {
        format: "csv",
        layout: "candidate-scores",
        delimiter: ";",
        countColumn: "n",
        range: { min: -2, max: 5 },
      }),
    );
    expect(profile.kind).toBe("score");
    if (profile.kind !== "score") return;
    expect(profile.totalCountExact).toBe("5/2");
    expect(profile.range).toEqual({ min: -2, max: 5 });
    expect(Array.from(profile.scores.subarray(0, 2))).toEqual([5, -2]);
  });

  it("reads approval marks: 1, x, yes, ✓ approve; blank, 0, no do not", () => {
    const text = "a,b,c,d\nx,YES,, 0\n✓,no,1,n\n";
    const profile = right(parseProfile(text, { format: "csv", layout: "candidate-approvals" }));
    expect(profile.kind).toBe("approval");
    if (profile.kind !== "approval") return;
    expect(Array.from(profile.approvals)).toEqual([1, 1, 0, 0, 1, 0, 1, 0]);
  });
});

describe("parseProfile (CSV) returns a ParseError with line and column", () => {
  const fails = (text: string, options: ParseProfileOptions) => {
    const result = parseProfile(text, options);
    if (E.isRight(result)) throw new Error("expected Left");
    return result.left;
  };
  const positions = { format: "csv", layout: "positions" } as const;
  const ranks = { format: "csv", layout: "candidate-ranks" } as const;

  it.each([
    ["an empty file", "", positions, 1, 1, "empty"],
    [
      "an unknown candidate",
      "1,2\na,z\n",
      { ...positions, candidates: ["a", "b"] },
      2,
      3,
      'unknown candidate "z"',
    ],
    ["a name after a blank", "1,2,3\na,,b\n", positions, 2, 4, "follows a blank"],
    ["a candidate twice", "1,2\na,a\n", positions, 2, 3, "twice"],
    ["position columns out of order", "2nd,1st\na,b\n", positions, 1, 1, "headed"],
    ["a rank out of range", "a,b\n1,3\n", ranks, 2, 3, "rank from 1 to 2"],
    ["a rank that is not a number", "a,b\n1,first\n", ranks, 2, 3, "rank from 1 to 2"],
    [
      "a score out of range",
      "a,b\n11,3\n",
      { format: "csv", layout: "candidate-scores" },
      2,
      1,
      "from 0 to 10",
    ],
    [
      "an unknown approval mark",
      "a,b\nmaybe,1\n",
      { format: "csv", layout: "candidate-approvals" },
      2,
      1,
      "approval mark",
    ],
    ["an unclosed quote", 'a,b\n"1,2\n', ranks, 2, 1, "never closed"],
    ["text after a closing quote", 'a,b\n"1"x,2\n', ranks, 2, 4, "after a closing quote"],
    ["a value beyond the header", "a,b\n1,2,3\n", ranks, 2, 5, "column 3"],
    ["two columns for one candidate", "a,a\n1,2\n", ranks, 1, 3, "two columns"],
    ["a negative count", "n,a\n-1,1\n", { ...ranks, countColumn: "n" }, 2, 1, "negative"],
    ["a NaN count", "n,a\nNaN,1\n", { ...ranks, countColumn: "n" }, 2, 1, "not a whole number"],
    [
      "an infinite count",
      "n,a\nInfinity,1\n",
      { ...ranks, countColumn: "n" },
      2,
      1,
      "not a whole number",
    ],
    [
      "a missing count column",
      "a,b\n1,2\n",
      { ...ranks, countColumn: "n" },
      1,
      1,
      'no column named "n"',
    ],
    [
      "a header column not among the candidates",
      "a,z\n1,2\n",
      { ...ranks, candidates: ["a", "b"] },
      1,
      3,
      '"z" is not one of',
    ],
  ] as const)("%s", (_, text, options, line, column, words) => {
    const error = fails(text, options);
    expect(error).toMatchObject({ _tag: "ParseError", format: "csv", line, column });
    expect(error.message).toContain(words);
  });

  it("returns InvalidInput for unknown options", () => {
    const result = parseProfile("a\n1\n", {
      format: "csv",
      layout: "ranks",
    } as unknown as ParseProfileOptions);
    expect(result).toEqual(
      E.left(
        expect.objectContaining({
          _tag: "InvalidInput",
          issues: [expect.objectContaining({ path: "layout", code: "invalid_value" })],
        }),
      ),
    );
    const range = parseProfile("a\n1\n", {
      format: "csv",
      layout: "candidate-scores",
      range: { min: 5, max: 1 },
    });
    expect(range).toEqual(
      E.left(
        expect.objectContaining({
          _tag: "InvalidInput",
          issues: [
            expect.objectContaining({
              path: "range",
              message: "range.min must be below range.max",
            }),
          ],
        }),
      ),
    );
  });
});

describe("writeProfile (CSV)", () => {
  it("writes a count column, then the candidates' ranks", () => {
    const profile = right(rankedProfile(["a", "b, c"], ["a>b, c", "a>b, c", "b, c"]));
    expect(right(writeProfile(profile, { format: "csv" }))).toBe(
      'count,a,"b, c"\r\n2,1,2\r\n1,,1\r\n',
    );
  });

  it("writes positions, and refuses a tie in that layout", () => {
    const profile = right(rankedProfile(["a", "b"], ["b>a"]));
    expect(right(writeProfile(profile, { format: "csv", layout: "positions" }))).toBe(
      "count,Preference 1,Preference 2\r\n1,b,a\r\n",
    );
    const tied = right(rankedProfile(["a", "b"], ["a=b"]));
    expect(E.isLeft(writeProfile(tied, { format: "csv", layout: "positions" }))).toBe(true);
    expect(E.isLeft(writeProfile(tied, { format: "csv", layout: "candidate-scores" }))).toBe(true);
  });
});
