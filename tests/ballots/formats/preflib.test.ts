import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { parseProfile, writeProfile } from "../../../src/ballots/formats/index.js";
import { rankedProfile, rankingOf } from "../../../src/ballots/index.js";
import { canonical, right } from "./helpers.js";
import { dataFiles, dataText, firstPreferenceCounts } from "./real-data.js";

const header = (type: string, names: readonly string[], extra: readonly string[] = []): string =>
  [
    `# DATA TYPE: ${type}`,
    `# NUMBER ALTERNATIVES: ${names.length}`,
    ...extra,
    ...names.map((name, i) => `# ALTERNATIVE NAME ${i + 1}: ${name}`),
  ].join("\n");

const ABC = ["a", "b", "c"];

describe("parseProfile on PrefLib's real files (tests/fixtures/data/preflib)", () => {
  const files = [...dataFiles("preflib/irish/", ".soi"), ...dataFiles("preflib/debian/", ".soi")];

  it("finds the Irish and Debian files", () => {
    expect(files.length).toBe(8);
  });

  for (const file of files) {
    it(`reads ${file} with totals equal to its NUMBER VOTERS and NUMBER ALTERNATIVES`, () => {
      const text = dataText(file);
      const voters = Number(/# NUMBER VOTERS: (\d+)/.exec(text)?.[1]);
      const alternatives = Number(/# NUMBER ALTERNATIVES: (\d+)/.exec(text)?.[1]);
      const profile = right(parseProfile(text, { format: "soi" }));
      expect(profile.totalCount).toBe(voters);
      expect(profile.candidates.length).toBe(alternatives);
    });
  }

  // Official figures: "Results of the General Election, 17 May 2002", Appendix 1 of Gallagher,
  // Marsh and Mitchell (eds.), How Ireland Voted 2002 (valid votes and first preferences by party).
  const party = (name: string): string => {
    for (const [suffix, code] of [
      ["F.F.", "FF"],
      ["F.G.", "FG"],
      ["Lab", "Lab"],
      ["G.P.", "GP"],
      ["S.F.", "SF"],
      ["P.D.", "PD"],
    ] as const) {
      if (name.endsWith(suffix)) return code;
    }
    return "Others";
  };
  const byParty = (file: string): Record<string, number> => {
    const profile = right(parseProfile(dataText(file), { format: "soi" }));
    if (profile.kind !== "ranked") throw new Error("expected ranked");
    const totals: Record<string, number> = {};
    firstPreferenceCounts(profile).forEach((votes, c) => {
      const code = party(profile.candidates[c] as string);
      totals[code] = (totals[code] ?? 0) + votes;
    });
    return totals;
  };

  it("Dublin North 2002: 43,942 valid votes, 12 candidates, first preferences by party as published", () => {
    const profile = right(
      parseProfile(dataText("preflib/irish/00001-00000001.soi"), { format: "soi" }),
    );
    expect(profile.totalCount).toBe(43_942);
    expect(profile.candidates.length).toBe(12);
    expect(byParty("preflib/irish/00001-00000001.soi")).toEqual({
      FF: 16_803,
      FG: 5_189,
      Lab: 6_359,
      GP: 7_294,
      SF: 1_350,
      Others: 6_947,
    });
  });

  it("Dublin West 2002: 29,988 valid votes, 9 candidates, first preferences by party as published", () => {
    const profile = right(
      parseProfile(dataText("preflib/irish/00001-00000002.soi"), { format: "soi" }),
    );
    expect(profile.totalCount).toBe(29_988);
    expect(profile.candidates.length).toBe(9);
    expect(byParty("preflib/irish/00001-00000002.soi")).toEqual({
      FF: 10_386,
      FG: 3_694,
      Lab: 3_810,
      PD: 2_370,
      GP: 748,
      SF: 2_404,
      Others: 6_576,
    });
  });

  it("Meath 2002: 64,081 valid votes over 14 candidates (PrefLib info.txt)", () => {
    const profile = right(
      parseProfile(dataText("preflib/irish/00001-00000003.soi"), { format: "soi" }),
    );
    expect(profile.totalCount).toBe(64_081);
    expect(profile.candidates.length).toBe(14);
  });

  it("reads the first order of Debian 2002 as written (60: 3,1,2,4)", () => {
    const profile = right(
      parseProfile(dataText("preflib/debian/00002-00000001.soi"), { format: "soi" }),
    );
    if (profile.kind !== "ranked") throw new Error("expected ranked");
    const b = profile.counts.indexOf(60);
    expect(rankingOf(profile, b)).toEqual([
      ["Bdale Garbee"],
      ["Branden Robinson"],
      ["Raphael Hertzog"],
      ["None Of The Above"],
    ]);
  });
});

describe("parseProfile (PrefLib) reads what the format allows", () => {
  it("reads ties, CRLF line ends, a BOM, blank lines and spaces around items", () => {
    const text = `\uFEFF${header("toi", ABC, ["# NUMBER VOTERS: 5", "# NUMBER UNIQUE ORDERS: 2"])}\r\n\r\n3: { 2 , 3 } , 1\r\n2 : 1\r\n`;
    const profile = right(parseProfile(text, { format: "toi" }));
    if (profile.kind !== "ranked") throw new Error("expected ranked");
    expect(rankingOf(profile, 0)).toEqual([["b", "c"], ["a"]]);
    expect(rankingOf(profile, 1)).toEqual([["a"]]);
    expect(profile.totalCount).toBe(5);
  });

  it("merges repeated orders and reads decimal and fractional counts exactly", () => {
    const text = `${header("soi", ABC)}\n1.5: 1,2\n1/2: 1,2\n2: 3\n`;
    const profile = right(parseProfile(text, { format: "soi" }));
    expect(profile.ballotCount).toBe(2);
    expect(profile.totalCountExact).toBe("4");
  });

  it("reads cat files as approval of the first category", () => {
    const text = `${header("cat", ABC, ["# NUMBER CATEGORIES: 3"])}\n4: {1,3},{},2\n1: 2, {1, 3}\n`;
    const profile = right(parseProfile(text, { format: "cat" }));
    expect(profile.kind).toBe("approval");
    if (profile.kind !== "approval") return;
    expect(Array.from(profile.approvals)).toEqual([1, 0, 1, 0, 1, 0]);
    expect(Array.from(profile.counts)).toEqual([4, 1]);
  });

  it("keeps names such as __proto__ and constructor", () => {
    const text = `${header("soc", ["__proto__", "constructor"])}\n1: 2,1\n`;
    expect(right(parseProfile(text, { format: "soc" })).candidates).toEqual([
      "__proto__",
      "constructor",
    ]);
  });
});

describe("parseProfile (PrefLib) returns a ParseError with line and column", () => {
  const fails = (text: string, format: "soc" | "soi" | "toc" | "toi" | "cat") => {
    const result = parseProfile(text, { format });
    if (E.isRight(result)) throw new Error("expected Left");
    return result.left;
  };
  const h = header("toc", ABC); // 5 header lines, data from line 6

  it.each([
    ["a tie in a soc file", `${header("soc", ABC)}\n1: 1,{2,3}\n`, "soc", 6, 6, "ties"],
    [
      "an incomplete order in a soc file",
      `${header("soc", ABC)}\n1: 1,2\n`,
      "soc",
      6,
      7,
      "ranks 2 of the 3",
    ],
    ["an incomplete order in a toc file", `${h}\n1: {1,2}\n`, "toc", 6, 9, "ranks 2 of the 3"],
    [
      "an alternative out of range",
      `${h}\n1: 1,2,4\n`,
      "toc",
      6,
      8,
      'alternative "4" does not exist',
    ],
    ["alternative 0", `${h}\n1: 0,1,2\n`, "toc", 6, 4, 'alternative "0" does not exist'],
    ["an alternative twice", `${h}\n1: 1,{2,1}\n`, "toc", 6, 9, "alternative 1 appears twice"],
    ["a negative count", `${h}\n-2: 1,2,3\n`, "toc", 6, 1, "negative"],
    ["a NaN count", `${h}\nNaN: 1,2,3\n`, "toc", 6, 1, "not a whole number"],
    ["an infinite count", `${h}\nInfinity: 1,2,3\n`, "toc", 6, 1, "not a whole number"],
    ["a missing colon", `${h}\n1 1,2,3\n`, "toc", 6, 3, "expected ':'"],
    ["a trailing comma", `${h}\n1: 1,2,3,\n`, "toc", 6, 10, "after ','"],
    ["an unclosed tie", `${h}\n1: 1,{2,3\n`, "toc", 6, 10, "expected ',' or '}'"],
    ["an empty tie", `${header("toi", ABC)}\n1: {}\n`, "toi", 6, 4, "empty tie"],
    ["garbage in an order", `${h}\n1: 1,\u0000,3\n`, "toc", 6, 6, "expected an alternative number"],
    [
      "a header line among the orders",
      `${h}\n1: 1,2,3\n# NUMBER VOTERS: 1\n`,
      "toc",
      7,
      1,
      "after the first order",
    ],
    ["a wrong DATA TYPE", `${h}\n1: 1,2,3\n`, "soi", 1, 14, 'DATA TYPE "toc"'],
    [
      "too many categories",
      `${header("cat", ABC, ["# NUMBER CATEGORIES: 2"])}\n1: 1,2,3\n`,
      "cat",
      7,
      9,
      "3 categories",
    ],
  ] as const)("%s", (_, text, format, line, column, words) => {
    const error = fails(text, format);
    expect(error).toMatchObject({ _tag: "ParseError", format, line, column });
    expect(error.message).toContain(words);
  });

  it("checks NUMBER VOTERS against the counts", () => {
    const error = fails(`${header("toc", ABC, ["# NUMBER VOTERS: 7"])}\n3: 1,2,3\n`, "toc");
    expect(error).toMatchObject({ _tag: "ParseError", line: 3, column: 18 });
    expect(error.message).toContain("NUMBER VOTERS is 7, but the counts of the orders sum to 3");
  });

  it("checks NUMBER UNIQUE ORDERS against the lines", () => {
    const error = fails(`${header("toc", ABC, ["# NUMBER UNIQUE ORDERS: 2"])}\n3: 1,2,3\n`, "toc");
    expect(error).toMatchObject({ _tag: "ParseError", line: 3, column: 25 });
  });

  it("reports a missing alternative name, NUMBER ALTERNATIVES, or an empty file", () => {
    expect(fails("# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 1: a\n1: 1\n", "soi")).toMatchObject(
      {
        line: 3,
        column: 1,
        message: 'soi line 3, column 1: missing "# ALTERNATIVE NAME 2: ..."',
      },
    );
    expect(fails("# ALTERNATIVE NAME 1: a\n1: 1\n", "soi").message).toContain(
      "NUMBER ALTERNATIVES",
    );
    expect(fails("", "soi")).toMatchObject({ line: 1, column: 1 });
    expect(fails("1: 1,2\n", "soi").message).toContain("pre-2022");
    expect(fails("# NUMBER ALTERNATIVES: 0\n", "soi").message).toContain("from 1 to");
  });

  it("reports two alternatives with the same name", () => {
    expect(fails(header("soi", ["a", "a"]), "soi")).toMatchObject({ line: 4, column: 23 });
  });

  it("reports a truncated file: an order cut in a tie", () => {
    const text = right(
      writeProfile(right(rankedProfile(ABC, ["a>b=c", "c>a=b"])), { format: "toc" }),
    );
    const cut = text.slice(0, text.lastIndexOf(",") + 2);
    expect(fails(cut, "toc")._tag).toBe("ParseError");
  });
});

describe("writeProfile (PrefLib)", () => {
  it("writes the header and orders PrefLib uses, largest count first", () => {
    const profile = right(rankedProfile(ABC, ["c>a=b", "a>b=c", "a>b=c"]));
    expect(right(writeProfile(profile, { format: "toc", title: "Example" }))).toBe(
      [
        "# TITLE: Example",
        "# DATA TYPE: toc",
        "# NUMBER ALTERNATIVES: 3",
        "# NUMBER VOTERS: 3",
        "# NUMBER UNIQUE ORDERS: 2",
        "# ALTERNATIVE NAME 1: a",
        "# ALTERNATIVE NAME 2: b",
        "# ALTERNATIVE NAME 3: c",
        "2: 1,{2,3}",
        "1: 3,{1,2}",
        "",
      ].join("\n"),
    );
  });

  it("refuses a profile the type cannot hold", () => {
    const tied = right(rankedProfile(ABC, ["a>b=c"]));
    expect(writeProfile(tied, { format: "soc" })).toEqual(
      E.left(expect.objectContaining({ _tag: "InvalidInput" })),
    );
    const partial = right(rankedProfile(ABC, ["a>b"]));
    const left = writeProfile(partial, { format: "toc" });
    expect(E.isLeft(left) && left.left._tag === "InvalidInput" && left.left.issues[0]?.code).toBe(
      "format_mismatch",
    );
    expect(E.isLeft(writeProfile(partial, { format: "cat" }))).toBe(true);
    const named = right(rankedProfile(["a\nb", "c"], ["c"]));
    expect(E.isLeft(writeProfile(named, { format: "soi" }))).toBe(true);
  });

  it("round-trips Dublin West through toi and back", () => {
    const profile = right(
      parseProfile(dataText("preflib/irish/00001-00000002.soi"), { format: "soi" }),
    );
    const text = right(writeProfile(profile, { format: "toi" }));
    expect(canonical(right(parseProfile(text, { format: "toi" })))).toEqual(canonical(profile));
  });
});
