import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { parseBlt, parseProfile, writeBlt } from "../../../src/ballots/formats/index.js";
import { type RankedProfile, rankedProfile, rankingOf } from "../../../src/ballots/index.js";
import { right } from "./helpers.js";
import { dataFiles, dataText, firstPreferenceCounts } from "./real-data.js";

const fails = (text: string) => {
  const result = parseBlt(text);
  if (E.isRight(result)) throw new Error("expected Left");
  return result.left;
};

describe("parseBlt on real STV files (tests/fixtures/data/stv)", () => {
  const glasgow = dataFiles("stv/glasgow-2007/", ".blt");

  it("finds the 21 Glasgow 2007 wards", () => {
    expect(glasgow.length).toBe(21);
  });

  for (const file of [...glasgow, "stv/droop-tests/M135.blt", "stv/droop-tests/SC.blt"]) {
    it(`reads ${file}: candidates and seats as its first line says, the title last`, () => {
      const text = dataText(file);
      const [n, seats] = (text.split("\n")[0] ?? "").trim().split(/\s+/).map(Number);
      const election = right(parseBlt(text));
      expect(election.profile.candidates.length).toBe(n);
      expect(election.seats).toBe(seats);
      expect(election.withdrawn).toEqual([]);
      expect(election.title.length).toBeGreaterThan(0);
      const lines = text.split("\n").filter((line) => line.trim() !== "");
      const ballotLines = lines.slice(1, lines.indexOf("0"));
      const weights = ballotLines.reduce((sum, line) => sum + Number(line.split(" ")[0]), 0);
      expect(election.profile.totalCount).toBe(weights);
    });
  }

  // Published first preferences, Greater Pollok ward, Glasgow City Council election of 3 May 2007
  // (Wikipedia, "Glasgow City Council election, 2007", ward result table).
  it("Glasgow 2007 Greater Pollok: first preferences as published", () => {
    const election = right(parseBlt(dataText("stv/glasgow-2007/Greater-Pollock-2007.blt")));
    const firsts = firstPreferenceCounts(election.profile);
    const of = (name: string) => firsts[election.profile.candidates.indexOf(name)];
    expect(election.title).toBe("GREATER POLLOK");
    expect(election.seats).toBe(4);
    expect(of("Alex Glass")).toBe(1637);
    expect(of("William O'Rourke")).toBe(1296);
    expect(of("Tommy Morrison")).toBe(1180);
    expect(of("Alice Sheridan")).toBe(630);
    expect(of("Keith Baldassara")).toBe(591);
    expect(of("Rory O'Brien")).toBe(549);
  });

  // M135 (B. Wichmann's ERBS validation set, 1999) states its first preferences and its quota in
  // the notes after the title; the reader ignores those notes, the test reads them.
  it("M135: first preferences and the Droop quota 84.88 as stated in the file", () => {
    const text = dataText("stv/droop-tests/M135.blt");
    const election = right(parseBlt(text));
    expect(election.title).toBe("M135: Gen v1.1 1 3 45");
    const lines = text.split("\n");
    const stated = lines[lines.indexOf("First Prefs") + 1] ?? "";
    const fields = Array.from({ length: stated.length / 3 }, (_, k) =>
      Number(stated.slice(3 * k, 3 * k + 3)),
    );
    expect(firstPreferenceCounts(election.profile)).toEqual(fields.slice(1, 26));
    expect(election.profile.totalCount).toBe(679);
    expect((election.profile.totalCount / (election.seats + 1)).toFixed(2)).toBe("84.88");
  });
});

describe("parseBlt reads the dialects", () => {
  it("reads withdrawn candidates, decimal and p/q weights, '=' ties, names several to a line", () => {
    const text =
      '4 2\n-4 -2\n1.5 1 2=3 0\n1/2 1 2=3 0\n\n2 4 0\n0\n"Ann" "Bob"\n"Cy"\n"Dee"\n"Ward 7"\n';
    const election = right(parseBlt(text));
    expect(election.seats).toBe(2);
    expect(election.withdrawn).toEqual(["Dee", "Bob"]);
    expect(election.title).toBe("Ward 7");
    expect(election.profile.totalCountExact).toBe("4");
    expect(election.profile.ballotCount).toBe(2);
    expect(rankingOf(election.profile, 0)).toEqual([["Ann"], ["Bob", "Cy"]]);
  });

  it("reads CRLF line ends, escapes in names, and an empty ballot", () => {
    const text = '2 1\r\n3 0\r\n1 2 1 0\r\n0\r\n"say \\"hi\\""\r\n"back\\\\slash"\r\n"T"';
    const election = right(parseBlt(text));
    expect(election.profile.candidates).toEqual(['say "hi"', "back\\slash"]);
    expect(election.profile.totalCount).toBe(4);
  });

  it("is what parseProfile returns for format blt", () => {
    const text = '2 1\n3 2 0\n0\n"a"\n"b"\n"t"\n';
    expect(right(parseProfile(text, { format: "blt" }))).toEqual(right(parseBlt(text)).profile);
  });
});

describe("parseBlt returns a ParseError with line and column", () => {
  it.each([
    ["an empty file", "", 1, 1, "empty"],
    ["seats above candidates", "2 3\n", 1, 3, "number of seats"],
    [
      "a candidate out of range",
      '2 1\n1 3 0\n0\n"a"\n"b"\n"t"\n',
      2,
      3,
      'candidate "3" does not exist',
    ],
    ["a candidate twice", '2 1\n1 1 2 1 0\n0\n"a"\n"b"\n"t"\n', 2, 7, "candidate 1 appears twice"],
    ["a ballot without its 0", '2 1\n1 1 2\n0\n"a"\n"b"\n"t"\n', 2, 6, "does not end with 0"],
    ["a negative weight", "2 1\n1 1 0\n-1 1 0\n", 3, 1, "negative"],
    ["a NaN weight", '2 1\nNaN 1 0\n0\n"a"\n"b"\n"t"\n', 2, 1, "not a whole number"],
    ["an infinite weight", '2 1\nInfinity 1 0\n0\n"a"\n"b"\n"t"\n', 2, 1, "not a whole number"],
    ["a withdrawn candidate out of range", "2 1\n-3\n", 2, 1, "-1 to -2"],
    ["a file cut inside the ballots", "2 1\n1 1 0\n", 3, 1, "ends inside the ballots"],
    ["a file cut before the names", "2 1\n1 1 0\n0\n", 4, 1, "before the name of candidate 1"],
    ["a file cut before the title", '2 1\n1 1 0\n0\n"a"\n"b"\n', 6, 1, "before the title"],
    ["a name without quotes", '2 1\n1 1 0\n0\na\n"b"\n"t"\n', 4, 1, "in double quotes"],
    ["an unclosed quote", '2 1\n1 1 0\n0\n"a\n"b"\n"t"\n', 4, 1, "never closed"],
    ["two candidates with one name", '2 1\n1 1 0\n0\n"a"\n"a"\n"t"\n', 5, 1, "the same name"],
    ["binary garbage", "\u0000\u0001\u00ff", 1, 1, "number of candidates"],
  ] as const)("%s", (_, text, line, column, words) => {
    const error = fails(text);
    expect(error).toMatchObject({ _tag: "ParseError", format: "blt", line, column });
    expect(error.message).toContain(words);
  });
});

describe("writeBlt", () => {
  it("writes the layout parseBlt reads", () => {
    const profile = right(rankedProfile(["Ann", "Bob", "Cy"], ["Ann>Bob=Cy", "Ann>Bob=Cy", "Cy"]));
    expect(right(writeBlt({ profile, seats: 2, withdrawn: ["Bob"], title: "Ward" }))).toBe(
      '3 2\n-2\n2 1 2=3 0\n1 3 0\n0\n"Ann"\n"Bob"\n"Cy"\n"Ward"\n',
    );
  });

  it("refuses seats out of range and unknown withdrawn candidates", () => {
    const profile = right(rankedProfile(["a", "b"], ["a"])) as RankedProfile;
    expect(writeBlt({ profile, seats: 3 })).toEqual(
      E.left(expect.objectContaining({ _tag: "InvalidInput" })),
    );
    expect(writeBlt({ profile, seats: 1, withdrawn: ["z"] })).toEqual(
      E.left(expect.objectContaining({ _tag: "InvalidInput" })),
    );
  });
});
