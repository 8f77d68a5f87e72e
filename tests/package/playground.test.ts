/**
 * The docs site's playground (docs/playground/count.ts) on the library's source: each format it
 * reads, counted against published results, and every bad input as a `formatDecideError` message.
 * scripts/site-smoke.mjs runs the same page on the built package in Chromium.
 *
 * Published results: Schulze (2011, Social Choice and Welfare 36, section 3, example 1; also
 * Wikipedia "Schulze method"), 45 voters, winner E. Tennessee capital (Wikipedia "Borda count",
 * "Plurality voting"): Memphis by plurality, Nashville by Borda. Debian Project Leader 2007 (PrefLib
 * 00002-00000005, official winner Sam Hocevar; see tests/voting/condorcet/debian.test.ts). Glasgow
 * 2007, Anderston/City ward (Scottish STV, official declaration; see
 * tests/committees/stv/glasgow.test.ts).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CSV_LAYOUTS,
  count,
  detectFormat,
  EXAMPLES,
  FORMATS,
  methodChoices,
  renderViews,
} from "../../docs/playground/count.js";
import * as lib from "../../src/index.js";
import { dataText } from "../helpers/data.js";
import { runs } from "../helpers/runs.js";

const SCHULZE_45 = [
  "5: A>C>B>E>D",
  "5: A>D>E>C>B",
  "8: B>E>D>A>C",
  "3: C>A>B>E>D",
  "7: C>A>E>B>D",
  "2: C>B>A>D>E",
  "7: D>C>E>B>A",
  "8: E>B>A>D>C",
].join("\n");

const TENNESSEE = "42: M>N>C>K\n26: N>C>K>M\n15: C>K>N>M\n17: K>C>N>M\n";

const winners = (result: ReturnType<typeof count>): readonly string[] | string =>
  result.ok ? result.outcome.winners : result.message;

describe("the playground's count", () => {
  it("elects E in Schulze's 45-voter example, pasted as shorthand", () => {
    const result = count(lib, { text: SCHULZE_45, format: "auto", method: "schulze" });
    expect(result.ok && result.format).toBe("shorthand");
    expect(winners(result)).toEqual(["E"]);
    expect(result.ok && result.outcome.ranking).toEqual([["E"], ["A"], ["C"], ["B"], ["D"]]);
    expect(result.ok && result.outcome.explanation.length).toBeGreaterThan(0);
  });

  it("gives Memphis by plurality and Nashville by Borda on the Tennessee example", () => {
    expect(
      winners(count(lib, { text: TENNESSEE, format: "shorthand", method: "plurality" })),
    ).toEqual(["M"]);
    expect(winners(count(lib, { text: TENNESSEE, format: "shorthand", method: "borda" }))).toEqual([
      "N",
    ]);
  });

  it("elects Sam Hocevar from the Debian 2007 ballots, pasted as PrefLib .soi", () => {
    const text = dataText("preflib/debian/00002-00000005.soi");
    const result = count(lib, { text, format: "auto", method: "schulze" });
    expect(result.ok && result.format).toBe("soi");
    expect(winners(result)).toEqual(["Sam Hocevar"]);
  });

  it("counts a BLT file with its own seats: Glasgow 2007, Anderston/City, Scottish STV", () => {
    const text = dataText("stv/glasgow-2007/Anderston-City-2007.blt");
    const result = count(lib, {
      text,
      format: "auto",
      method: "stv",
      options: '{ "rule": "scottish" }',
    });
    expect(result.ok && result.format).toBe("blt");
    expect(winners(result)).toEqual([
      "Craig MacKay",
      "Philip Braat",
      "Nina Baker",
      "Gordon Matheson",
    ]);
    // The seats given on the page replace the file's.
    const two = count(lib, { text, format: "blt", method: "stv", seats: 2 });
    expect(two.ok && two.outcome.winners.length).toBe(2);
  });

  it("reads a JSON election spec, with the page's method in place of its own", () => {
    const spec = JSON.stringify({
      method: "plurality",
      candidates: ["a", "b", "c"],
      ballots: ["a>b>c", "b>a>c", "c>b>a", { ranking: [["b"], ["c"]], count: 1 }],
    });
    const result = count(lib, { text: spec, format: "auto", method: "irv" });
    expect(result.ok && result.format).toBe("json");
    expect(result.ok && result.outcome.method).toBe("irv");
    expect(winners(result)).toEqual(["b"]);
  });

  it("reads CSV in the layout chosen", () => {
    const ranks = "A,B,C\n1,2,3\n2,1,3\n1,3,2\n";
    expect(winners(count(lib, { text: ranks, format: "auto", method: "plurality" }))).toEqual([
      "A",
    ]);
    const approvals = "A,B,C\n1,1,0\n0,1,0\n1,0,1\n0,1,1\n";
    const result = count(lib, {
      text: approvals,
      format: "csv",
      csvLayout: "candidate-approvals",
      method: "approval",
    });
    expect(winners(result)).toEqual(["B"]);
  });

  it("drops seats for single-winner methods and passes them to multi-seat ones", () => {
    const single = count(lib, {
      text: SCHULZE_45,
      format: "shorthand",
      method: "schulze",
      seats: 3,
    });
    expect(winners(single)).toEqual(["E"]);
    const multi = count(lib, { text: SCHULZE_45, format: "shorthand", method: "stv", seats: 2 });
    expect(multi.ok && multi.outcome.winners.length).toBe(2);
  });
});

describe("the playground's errors, as formatDecideError writes them", () => {
  it("gives the line and column of bad shorthand", () => {
    const result = count(lib, { text: "a>b\n\n3: a>>b\n", format: "shorthand", method: "schulze" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ _tag: "ParseError", line: 3, column: 4 });
    expect(!result.ok && result.message).toBe(
      lib.formatDecideError(
        lib.parseError("shorthand", 3, 4, "tier 2 is empty (two '>' in a row?)"),
      ),
    );
  });

  it("refuses a count of 0", () => {
    const result = count(lib, { text: "0: a>b", format: "shorthand", method: "schulze" });
    expect(!result.ok && result.error).toMatchObject({ _tag: "ParseError", line: 1, column: 1 });
  });

  it("gives a ParseError for bad JSON and InvalidInput with paths for a bad spec", () => {
    const bad = count(lib, { text: '{\n  "candidates": [1,\n}', format: "json", method: "irv" });
    expect(!bad.ok && bad.error._tag).toBe("ParseError");
    expect(!bad.ok && bad.message).toContain("JSON line");
    const notObject = count(lib, { text: "[1, 2]", format: "json", method: "irv" });
    expect(!notObject.ok && notObject.error._tag).toBe("ParseError");
    const invalid = count(lib, {
      text: '{ "candidates": ["a"], "ballots": ["z"] }',
      format: "json",
      method: "irv",
    });
    expect(!invalid.ok && invalid.error._tag).toBe("InvalidInput");
    expect(!invalid.ok && invalid.message).toContain("ballots[0]");
  });

  it("names the known methods for an unknown one, and refuses bad options JSON", () => {
    const unknown = count(lib, { text: "a>b", format: "shorthand", method: "no-such-method" });
    expect(!unknown.ok && unknown.error._tag).toBe("UnknownMethod");
    const options = count(lib, {
      text: "a>b",
      format: "shorthand",
      method: "schulze",
      options: "{",
    });
    expect(!options.ok && options.message).toContain("options JSON line 1");
    const refused = count(lib, {
      text: "a>b",
      format: "shorthand",
      method: "schulze",
      options: '{ "nonsense": 1 }',
    });
    expect(!refused.ok && refused.error._tag).toBe("InvalidInput");
  });

  it("gives the reader's errors for BLT and PrefLib", () => {
    const blt = count(lib, { text: "2 1\n1 1 3 0\n0\n", format: "blt", method: "stv" });
    expect(!blt.ok && blt.error._tag).toBe("ParseError");
    const soi = count(lib, {
      text: "# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 1: a\n# ALTERNATIVE NAME 2: b\n1: 1,1\n",
      format: "soi",
      method: "schulze",
    });
    expect(!soi.ok && soi.error).toMatchObject({ _tag: "ParseError", line: 4, column: 6 });
  });

  it("never throws, whatever is pasted in whatever format", () => {
    const formats = FORMATS.map(([format]) => format);
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.json(), fc.constantFrom(SCHULZE_45, "3 1\n1 1 0\n0\n")),
        fc.constantFrom(...formats),
        fc.constantFrom("schulze", "stv", "approval", "x"),
        fc.constantFrom(undefined, ...CSV_LAYOUTS.map(([layout]) => layout)),
        (text, format, method, csvLayout) => {
          const result = count(lib, { text, format, method, csvLayout });
          expect(result.ok || typeof result.message === "string").toBe(true);
        },
      ),
      { numRuns: runs(200) },
    );
  });
});

describe("the playground's helpers", () => {
  it("counts each example of the page's buttons", () => {
    const results = Object.fromEntries(
      Object.entries(EXAMPLES).map(([name, example]) => [name, winners(count(lib, example))]),
    );
    expect(results).toEqual({
      schulze: ["E"],
      tennessee: ["Nashville"],
      // First preferences Ann 4, Bob 3, Cy 2, Dee 1; Droop quota 4 (10 votes, 2 seats): Ann is
      // elected on the first count, Dee and then Cy are excluded, their ballots exhaust, and Bob
      // takes the second seat.
      blt: ["Ann", "Bob"],
      json: ["park"],
    });
  });

  it("detects each format from the text", () => {
    expect(detectFormat('  { "method": "irv" }')).toBe("json");
    expect(detectFormat("# FILE NAME: x\n# DATA TYPE: toc\n")).toBe("toc");
    expect(detectFormat("# NUMBER ALTERNATIVES: 2\n")).toBe("soi");
    expect(detectFormat("4 2\n1 1 2 0\n")).toBe("blt");
    expect(detectFormat("name,rank\n")).toBe("csv");
    expect(detectFormat("a>b=c\n")).toBe("shorthand");
  });

  it("lists every registered method, single-winner ones first", () => {
    const choices = methodChoices(lib);
    expect(choices.map((m) => m.id).sort()).toEqual(
      lib
        .listMethods()
        .map((m) => m.id)
        .sort(),
    );
    const firstMulti = choices.findIndex((m) => m.multiSeat === true);
    expect(choices.slice(firstMulti).every((m) => m.multiSeat === true)).toBe(true);
  });

  it("renders the views only when the library has toMarkdown and toSvg", () => {
    const result = count(lib, { text: SCHULZE_45, format: "shorthand", method: "schulze" });
    if (!result.ok) throw new Error(result.message);
    // The package's own views (co-decide/render, re-exported by the root).
    const views = renderViews(lib, result.outcome);
    expect(views.markdown).toContain("- **Winner:** E");
    expect(views.svg?.startsWith("<svg")).toBe(true);
    expect(renderViews({}, result.outcome)).toEqual({});
    const render = {
      toMarkdown: (outcome: { winners: readonly string[] }) => `| ${outcome.winners.join()} |`,
      toSvg: () => "<svg/>",
    };
    expect(renderViews(render, result.outcome)).toEqual({ markdown: "| E |", svg: "<svg/>" });
    const throwing = {
      toMarkdown: () => {
        throw new Error("no");
      },
    };
    expect(renderViews(throwing, result.outcome)).toEqual({});
  });
});
