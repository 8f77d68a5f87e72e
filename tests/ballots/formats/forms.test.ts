/**
 * The form layouts of the CSV reader: `grid` (Google Forms' multiple-choice grid used as a ranking)
 * and `ranked-list` (Microsoft Forms' Ranking question), on the exported files of
 * `tests/fixtures/forms/` (see its README for how they were made), then edge cases and bad input.
 */
import { readFileSync } from "node:fs";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  GRID_HEADER,
  type ParseProfileOptions,
  parseProfile,
  writeProfile,
} from "../../../src/ballots/formats/index.js";
import { rankedProfile, rankingOf } from "../../../src/ballots/index.js";
import { decide } from "../../../src/voting/index.js";
import { canonical, right } from "./helpers.js";

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/forms/${name}`, import.meta.url), "utf8");

const ranked = (text: string, options: ParseProfileOptions) => {
  const profile = right(parseProfile(text, options));
  if (profile.kind !== "ranked") throw new Error("expected ranked");
  return profile;
};

const fails = (text: string, options: ParseProfileOptions) => {
  const result = parseProfile(text, options);
  if (E.isRight(result)) throw new Error("expected Left");
  return result.left;
};

const PROJECTS = ["Skate park", "Community garden", "Playground", "Outdoor gym"];

describe("parseProfile (CSV, grid layout): a Google Forms ranking grid", () => {
  const text = fixture("google-forms-ranking-grid.csv");

  it("reads the grid's columns, ignoring the timestamp, e-mail and comment columns", () => {
    const profile = ranked(text, { format: "csv", layout: "grid" });
    expect(profile.candidates).toEqual(PROJECTS);
    expect(profile.totalCount).toBe(7);
    const ballots = Array.from({ length: profile.ballotCount }, (_, b) => [
      rankingOf(profile, b),
      profile.counts[b],
    ]);
    expect(ballots).toContainEqual([
      [["Community garden"], ["Skate park"], ["Playground"], ["Outdoor gym"]],
      1,
    ]);
    // Ben left the outdoor gym blank: unranked.
    expect(ballots).toContainEqual([[["Skate park"], ["Playground"], ["Community garden"]], 1]);
    // Eli gave two projects "1st choice": a tie; the gap before "2nd choice" is closed up.
    expect(ballots).toContainEqual([[["Skate park", "Playground"], ["Community garden"]], 1]);
    // Fay answered nothing: a ballot that ranks nobody.
    expect(ballots).toContainEqual([[], 1]);
  });

  it("counts it: the community garden wins under Schulze", () => {
    const profile = ranked(text, { format: "csv", layout: "grid" });
    const ballots = Array.from({ length: profile.ballotCount }, (_, b) => ({
      ranking: rankingOf(profile, b),
      count: profile.counts[b] as number,
    }));
    const outcome = decide({ method: "schulze", candidates: profile.candidates, ballots });
    expect(E.isRight(outcome) && outcome.right.winners).toEqual(["Community garden"]);
  });

  it("reads the same profile when the question is named", () => {
    const named = ranked(text, {
      format: "csv",
      layout: "grid",
      question: "Rank the park projects",
    });
    expect(canonical(named)).toEqual(canonical(ranked(text, { format: "csv", layout: "grid" })));
  });

  it("refuses Eli's tie with strict, naming both options", () => {
    expect(fails(text, { format: "csv", layout: "grid", strict: true })).toMatchObject({
      _tag: "ParseError",
      format: "csv",
      line: 6,
      column: 59,
      message:
        'csv line 6, column 59: "Skate park" and "Playground" are both ranked "1st choice" (options.strict refuses ties)',
    });
  });
});

describe("parseProfile (CSV, ranked-list layout): a Microsoft Forms Ranking question", () => {
  const text = fixture("microsoft-forms-ranking.csv");

  it("reads the named question's column; a blank cell ranks nobody", () => {
    const profile = ranked(text, {
      format: "csv",
      layout: "ranked-list",
      question: "Rank the park projects",
    });
    expect(profile.candidates).toEqual([
      "Community garden",
      "Skate park",
      "Playground",
      "Outdoor gym",
    ]);
    expect(profile.totalCount).toBe(6);
    const rankings = Array.from({ length: profile.ballotCount }, (_, b) => rankingOf(profile, b));
    expect(rankings).toContainEqual([
      ["Community garden"],
      ["Playground"],
      ["Outdoor gym"],
      ["Skate park"],
    ]);
    expect(
      profile.counts[
        rankings.findIndex((r) => r[1]?.[0] === "Playground" && r[2]?.[0] === "Outdoor gym")
      ],
    ).toBe(2);
    expect(rankings).toContainEqual([]);
  });

  it("keeps the candidates given, in their order", () => {
    const profile = ranked(text, {
      format: "csv",
      layout: "ranked-list",
      question: "Rank the park projects",
      candidates: [...PROJECTS, "Splash pad"],
    });
    expect(profile.candidates).toEqual([...PROJECTS, "Splash pad"]);
  });

  it("reads a list without the final separator, and another separator", () => {
    const profile = ranked("Vote\na | b\nb | a | c |\n", {
      format: "csv",
      layout: "ranked-list",
      separator: "|",
    });
    expect(profile.candidates).toEqual(["a", "b", "c"]);
    expect(rankingOf(profile, 0)).toEqual([["a"], ["b"]]);
    expect(rankingOf(profile, 1)).toEqual([["b"], ["a"], ["c"]]);
  });
});

describe("parseProfile (CSV, grid layout): labels and headers", () => {
  const grid = (header: string, ...rows: string[]) => [header, ...rows].join("\n");

  it.each([
    ["1st choice"],
    ["1st"],
    ["1"],
    ["First"],
    ["first choice"],
    ["Rank 1"],
    ["#1"],
    ["1st Preference"],
    ["  1ST   CHOICE "],
  ])("reads the label %j as rank 1", (label) => {
    const profile = ranked(grid("Q [a],Q [b]", `"${label}",2nd choice`), {
      format: "csv",
      layout: "grid",
    });
    expect(rankingOf(profile, 0)).toEqual([["a"], ["b"]]);
  });

  it("reads ordinals past ten and their suffixes (11th, 12th, 13th, 21st, 22nd)", () => {
    const names = Array.from({ length: 22 }, (_, i) => `c${i + 1}`);
    const header = names.map((name) => `Q [${name}]`).join(",");
    const labels = ["11th", "12th", "13th", "21st", "22nd", "twentieth"];
    const cells = names.map((_, i) =>
      i === 0
        ? labels[0]
        : i === 1
          ? labels[1]
          : i === 2
            ? labels[2]
            : i === 3
              ? labels[3]
              : i === 4
                ? labels[4]
                : i === 5
                  ? labels[5]
                  : "",
    );
    const profile = ranked(grid(header, cells.join(",")), { format: "csv", layout: "grid" });
    expect(rankingOf(profile, 0)).toEqual([["c1"], ["c2"], ["c3"], ["c6"], ["c4"], ["c5"]]);
  });

  it("reads labels given as a list, best first, ignoring case", () => {
    const profile = ranked(grid("Q [a],Q [b],Q [c]", "runner-up,TOP PICK,"), {
      format: "csv",
      layout: "grid",
      labels: ["Top pick", "Runner-up"],
    });
    expect(rankingOf(profile, 0)).toEqual([["b"], ["a"]]);
  });

  it("reads labels with a pattern's rank group, and headers with a pattern's option group", () => {
    const profile = ranked(grid("Rank: a,Rank: b,Notes", "P2,P1,hello"), {
      format: "csv",
      layout: "grid",
      header: /^Rank: (?<option>.+)$/g,
      labels: /^P(?<rank>\d+)$/y,
    });
    expect(rankingOf(profile, 0)).toEqual([["b"], ["a"]]);
  });

  it("keeps brackets inside an option", () => {
    const profile = ranked(grid("Q [Park [north]],Q [Park [south]]", "2,1"), {
      format: "csv",
      layout: "grid",
    });
    expect(profile.candidates).toEqual(["Park [north]", "Park [south]"]);
  });

  it("reads only the question asked for when the form has two grids", () => {
    const text = grid("Q1 [a],Q1 [b],Q2 [x],Q2 [y]", "1,2,2,1");
    const profile = ranked(text, { format: "csv", layout: "grid", question: "Q2" });
    expect(profile.candidates).toEqual(["x", "y"]);
    expect(rankingOf(profile, 0)).toEqual([["y"], ["x"]]);
  });

  it("reads a question that holds a bracket when it is named", () => {
    const text = grid("Rate [2026] [Park],Rate [2026] [Pool],Rate [2025] [Park]", "2,1,1");
    const profile = ranked(text, { format: "csv", layout: "grid", question: "Rate [2026]" });
    expect(profile.candidates).toEqual(["Park", "Pool"]);
    expect(rankingOf(profile, 0)).toEqual([["Pool"], ["Park"]]);
  });

  it("exports a Google Forms header pattern that finds question and option", () => {
    expect(GRID_HEADER.exec("Rank these [Skate park]")?.groups).toEqual({
      question: "Rank these",
      option: "Skate park",
    });
  });

  it("does not move the lastIndex of a caller's global pattern", () => {
    const header = /^Q \[(?<option>.+)\]$/g;
    ranked(grid("Q [a],Q [b]", "1,2", "2,1"), { format: "csv", layout: "grid", header });
    expect(header.lastIndex).toBe(0);
  });
});

describe("parseProfile (CSV, form layouts) returns a ParseError with line and column", () => {
  const gridLayout = { format: "csv", layout: "grid" } as const;
  const listLayout = { format: "csv", layout: "ranked-list" } as const;

  it.each([
    ["an unknown label", "Q [a],Q [b]\n1st choice,maybe\n", gridLayout, 2, 12, 'found "maybe"'],
    ["a wrong ordinal suffix", "Q [a],Q [b]\n2st,1st\n", gridLayout, 2, 1, 'found "2st"'],
    ["rank 0", "Q [a],Q [b]\n0,1\n", gridLayout, 2, 1, 'found "0"'],
    ["a rank past the options", "Q [a],Q [b]\n3rd choice,1\n", gridLayout, 2, 1, "only 2 options"],
    [
      "a label not in the list",
      "Q [a],Q [b]\nbest,worst\n",
      { ...gridLayout, labels: ["best", "good"] },
      2,
      6,
      'found "worst"',
    ],
    ["no grid column", "Timestamp,Name\nx,y\n", gridLayout, 1, 1, "no column of the header"],
    [
      "no column of the question",
      "Q [a],Q [b]\n1,2\n",
      { ...gridLayout, question: "Other" },
      1,
      1,
      'headed like "Other [Option]"',
    ],
    [
      "a malformed column of the question",
      "Q [a],Q [b\n1,2\n",
      { ...gridLayout, question: "Q" },
      1,
      7,
      "starts with the question",
    ],
    ["two questions", "Q1 [a],Q2 [b]\n1,2\n", gridLayout, 1, 8, "choose one with options.question"],
    ["an option twice", "Q [a],Q [a]\n1,2\n", gridLayout, 1, 7, "two columns"],
    ["an empty option", "Q [a],Q []\n1,2\n", gridLayout, 1, 7, "names no option"],
    [
      "an option not among the candidates",
      "Q [a],Q [z]\n1,2\n",
      { ...gridLayout, candidates: ["a", "b"] },
      1,
      7,
      "not one of the candidates",
    ],
    ["a bad count", "n,Q [a]\n-1,1\n", { ...gridLayout, countColumn: "n" }, 2, 1, "negative"],
    ["a name twice in a list", "V\na;b;a;\n", listLayout, 2, 1, "twice"],
    ["an empty name in a list", "V\na;;b\n", listLayout, 2, 1, "empty name"],
    [
      "an unknown name in a list",
      "V\na;z\n",
      { ...listLayout, candidates: ["a", "b"] },
      2,
      1,
      'unknown candidate "z"',
    ],
    ["two columns and no question", "V,W\na,b\n", listLayout, 1, 3, "options.question"],
    ["a missing question", "V\na\n", { ...listLayout, question: "W" }, 1, 1, 'named "W"'],
  ] as const)("%s", (_, text, options, line, column, message) => {
    const error = fails(text, options as ParseProfileOptions);
    expect(error).toMatchObject({ _tag: "ParseError", format: "csv", line, column });
    expect(error.message).toContain(message);
  });

  it("refuses patterns without their named group as InvalidInput", () => {
    expect(fails("Q [a]\n1\n", { ...gridLayout, header: /^(.*)$/ })).toMatchObject({
      _tag: "InvalidInput",
      issues: [{ path: "header", code: "invalid_pattern" }],
    });
    expect(fails("Q [a]\n1\n", { ...gridLayout, labels: /^(\d)$/ })).toMatchObject({
      _tag: "InvalidInput",
      issues: [{ path: "labels", code: "invalid_pattern" }],
    });
  });

  it("refuses options of the wrong type as InvalidInput", () => {
    const bad = { ...gridLayout, header: "Q [(.*)]" } as unknown as ParseProfileOptions;
    expect(fails("Q [a]\n1\n", bad)).toMatchObject({ _tag: "InvalidInput" });
  });
});

describe("writeProfile (CSV, form layouts)", () => {
  const profile = right(rankedProfile(["Ann", "Bob", "Cy"], ["Ann>Bob=Cy", "Cy", "Cy"]));

  it("writes a grid with 1st choice labels that reads back the same", () => {
    const text = right(writeProfile(profile, { format: "csv", layout: "grid", question: "Vote" }));
    expect(text).toBe(
      "count,Vote [Ann],Vote [Bob],Vote [Cy]\r\n2,,,1st choice\r\n1,1st choice,2nd choice,2nd choice\r\n",
    );
    const back = parseProfile(text, { format: "csv", layout: "grid", countColumn: "count" });
    expect(canonical(right(back))).toEqual(canonical(profile));
  });

  it("writes a ranked list the way Microsoft Forms does, and refuses a tie", () => {
    const strict = right(rankedProfile(["Ann", "Bob", "Cy"], ["Ann>Cy", "Cy"]));
    expect(right(writeProfile(strict, { format: "csv", layout: "ranked-list" }))).toBe(
      "count,Ranking\r\n1,Ann;Cy;\r\n1,Cy;\r\n",
    );
    expect(writeProfile(profile, { format: "csv", layout: "ranked-list" })).toMatchObject({
      left: { _tag: "InvalidInput", issues: [{ code: "format_mismatch" }] },
    });
  });

  it("refuses names a layout cannot hold", () => {
    const semicolon = right(rankedProfile(["a;b", "c"], ["c"]));
    expect(writeProfile(semicolon, { format: "csv", layout: "ranked-list" })).toMatchObject({
      left: { issues: [{ path: "candidates[0]", code: "unwritable_name" }] },
    });
    expect(
      writeProfile(profile, { format: "csv", layout: "grid", question: "Rank [all]" }),
    ).toMatchObject({ left: { issues: [{ path: "question", code: "unwritable_name" }] } });
  });
});

describe("the parseProfile @example of a Google Forms grid", () => {
  it("reads two candidates and two ballots", () => {
    const text = [
      "Timestamp,Rank the projects [Park],Rank the projects [Library],Comments",
      "2026/03/01 10:00,2nd choice,1st choice,",
      "2026/03/01 10:05,1st choice,,Great idea",
    ].join("\n");
    const profile = ranked(text, { format: "csv", layout: "grid" });
    expect(profile.candidates).toEqual(["Park", "Library"]);
    expect(profile.totalCount).toBe(2);
  });
});
