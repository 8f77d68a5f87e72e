/**
 * parsePabulib: the real files of tests/fixtures/data/pabulib (pabulib.org, IJCAI 2023 citation in
 * that folder's README), every vote type, and bad input as ParseErrors with line and column.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { allocate, parsePabulib } from "../../../src/committees/index.js";
import { dataFiles, dataText } from "../../helpers/data.js";

const file = (meta: string, projects: string, votes: string): string =>
  `META\nkey;value\n${meta}\nPROJECTS\n${projects}\nVOTES\n${votes}\n`;

const APPROVAL = file(
  "budget;100\nvote_type;approval",
  'project_id;cost;name;selected\na;60;"Park; ""green""";1\nb;50.5;Bench;0',
  "voter_id;vote\n1;a,b\n2;b\n3;",
);

describe("parsePabulib", () => {
  for (const path of dataFiles("pabulib/", ".pb")) {
    it(`reads ${path.slice("pabulib/".length)} with the counts its META declares`, () => {
      const parsed = parsePabulib(dataText(path));
      expect(E.isRight(parsed)).toBe(true);
      if (E.isLeft(parsed)) return;
      const { meta, projects, ballots } = parsed.right;
      expect(projects.length).toBe(Number(meta["num_projects"]));
      expect(ballots.length).toBe(Number(meta["num_votes"]));
      expect(parsed.right.budget).toBe(meta["budget"]);
    });
  }

  it("reads quoted names, decimal costs, the selected column and empty votes", () => {
    const parsed = parsePabulib(APPROVAL);
    expect(parsed).toEqual(
      E.right({
        budget: "100",
        meta: { budget: "100", vote_type: "approval" },
        projects: [
          { id: "a", cost: "60", name: 'Park; "green"', selected: true },
          { id: "b", cost: "50.5", name: "Bench", selected: false },
        ],
        ballots: [{ approve: ["a", "b"] }, { approve: ["b"] }, { approve: [] }],
      }),
    );
  });

  it("reads CRLF line ends", () => {
    expect(parsePabulib(APPROVAL.replace(/\n/g, "\r\n"))).toEqual(parsePabulib(APPROVAL));
  });

  it("reads cumulative, scoring and ordinal votes, which allocate then counts", () => {
    const projects = "project_id;cost\na;40\nb;40\nc;40";
    const cumulative = parsePabulib(
      file("budget;80\nvote_type;cumulative", projects, "voter_id;vote;points\n1;a,b;3,2\n2;c;5"),
    );
    expect(E.map((i: { ballots: unknown }) => i.ballots)(cumulative)).toEqual(
      E.right([{ points: { a: "3", b: "2" } }, { points: { c: "5" } }]),
    );
    const scoring = parsePabulib(
      file("budget;80\nvote_type;scoring", projects, "voter_id;vote;points\n1;a;2"),
    );
    expect(E.map((i: { ballots: unknown }) => i.ballots)(scoring)).toEqual(
      E.right([{ scores: { a: "2" } }]),
    );
    const ordinal = parsePabulib(
      file("budget;80\nvote_type;ordinal", projects, "voter_id;vote\n1;c,a,b"),
    );
    expect(E.map((i: { ballots: unknown }) => i.ballots)(ordinal)).toEqual(
      E.right([{ ranking: ["c", "a", "b"] }]),
    );
    for (const parsed of [cumulative, scoring, ordinal]) {
      if (E.isLeft(parsed)) throw new Error("unreadable");
      expect(E.isRight(allocate({ ...parsed.right, method: "equal-shares" }))).toBe(true);
    }
  });

  it("keeps __proto__ and constructor as ordinary project ids", () => {
    const parsed = parsePabulib(
      file(
        "budget;10\nvote_type;cumulative",
        "project_id;cost\n__proto__;5\nconstructor;5",
        "voter_id;vote;points\n1;__proto__,constructor;1,2",
      ),
    );
    if (E.isLeft(parsed)) throw new Error(parsed.left.message);
    const ballot = parsed.right.ballots[0] as { points: Record<string, string> };
    expect(Object.keys(ballot.points)).toEqual(["__proto__", "constructor"]);
    expect(Object.getPrototypeOf(ballot.points)).toBe(Object.prototype);
    const result = allocate({
      ...parsed.right,
      method: "greedy",
      options: { satisfaction: "scores" },
    });
    expect(E.map((a: { winners: readonly string[] }) => a.winners)(result)).toEqual(
      E.right(["constructor", "__proto__"]),
    );
  });

  it.each([
    ["no sections", "budget;1", 1, 1, "expected META, PROJECTS or VOTES before any data"],
    [
      "no budget",
      file("vote_type;approval", "project_id;cost\na;1", "voter_id;vote\n1;a"),
      1,
      1,
      "META has no budget",
    ],
    [
      "a bad budget",
      file("budget;lots", "project_id;cost\na;1", "voter_id;vote\n1;a"),
      3,
      8,
      'the budget "lots" is not an exact non-negative number',
    ],
    [
      "a bad cost",
      file("budget;10", "project_id;cost\na;1e", "voter_id;vote\n1;a"),
      6,
      3,
      'the cost "1e" is not an exact non-negative number',
    ],
    [
      "a duplicate project",
      file("budget;10", "project_id;cost\na;1\na;2", "voter_id;vote\n1;a"),
      7,
      1,
      'project "a" is listed twice',
    ],
    [
      "an unknown project in a vote",
      file("budget;10", "project_id;cost\na;1", "voter_id;vote\n1;a\n2;a,zz"),
      10,
      3,
      'the vote names an unknown project "zz"',
    ],
    [
      "a project voted twice",
      file("budget;10", "project_id;cost\na;1", "voter_id;vote\n1;a,a"),
      9,
      3,
      'the vote lists project "a" twice',
    ],
    [
      "points not matching",
      file("budget;10\nvote_type;scoring", "project_id;cost\na;1", "voter_id;vote;points\n1;a;1,2"),
      10,
      5,
      "2 points for 1 projects",
    ],
    [
      "a missing column",
      file("budget;10", "project_id;price\na;1", "voter_id;vote\n1;a"),
      5,
      1,
      "the header has no cost column",
    ],
    [
      "an unclosed quote",
      file("budget;10", 'project_id;cost;name\na;1;"open', "voter_id;vote\n1;a"),
      6,
      5,
      "a quoted field is not closed",
    ],
    [
      "an unknown vote type",
      file("budget;10\nvote_type;quadratic", "project_id;cost\na;1", "voter_id;vote\n1;a"),
      4,
      11,
      'unknown vote_type "quadratic" (expected approval, cumulative, scoring or ordinal)',
    ],
    [
      "no VOTES",
      "META\nkey;value\nbudget;1\nPROJECTS\nproject_id;cost\na;1\n",
      7,
      1,
      "the file has no VOTES section",
    ],
  ])("returns a ParseError with line and column for %s", (_, text, line, column, what) => {
    expect(parsePabulib(text)).toEqual(
      E.left({
        _tag: "ParseError",
        format: "pabulib",
        line,
        column,
        message: `pabulib line ${line}, column ${column}: ${what}`,
      }),
    );
  });

  it("returns a ParseError, never throws, for a value that is not text", () => {
    expect(E.isLeft(parsePabulib(42 as unknown as string))).toBe(true);
  });
});
