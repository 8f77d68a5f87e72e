/**
 * Test helpers for the Condorcet family: profiles from compact ballot lists, and a tiny reader of
 * PrefLib `.soi` files (strict orders, incomplete lists) for the Debian elections.
 */
import { readFileSync } from "node:fs";
import * as E from "fp-ts/lib/Either.js";
import {
  createProfileBuilder,
  type RankedProfile,
  rankedProfile,
  UNRANKED,
} from "../../../src/ballots/index.js";

/** A profile from `[count, "a>b>c"]` pairs (strict orders; `=` ties within a tier). */
export const profileOf = (
  candidates: readonly string[],
  ballots: readonly (readonly [number, string])[],
): RankedProfile => {
  const built = rankedProfile(
    candidates,
    ballots.map(([count, order]) => ({
      ranking: order.split(">").map((tier) => tier.split("=")),
      count,
    })),
  );
  if (E.isLeft(built)) throw new Error(built.left.message);
  return built.right;
};

/** A PrefLib `.soi` election read into a profile (unlisted candidates left unranked). */
export interface PreflibElection {
  readonly title: string;
  readonly profile: RankedProfile;
}

/** Reads a PrefLib `.soi` (or `.soc`) file: `# ALTERNATIVE NAME i: name` headers, `count: a,b,c` lines. */
export const readSoi = (path: string): PreflibElection => {
  const lines = readFileSync(path, "utf8").split(/\r?\n/);
  const names: string[] = [];
  let title = "";
  const rows: [number, number[]][] = [];
  for (const line of lines) {
    const header = /^# ALTERNATIVE NAME (\d+): (.*)$/.exec(line);
    if (header !== null) {
      names[Number(header[1]) - 1] = (header[2] as string).trim();
      continue;
    }
    const t = /^# TITLE: (.*)$/.exec(line);
    if (t !== null) title = (t[1] as string).trim();
    if (line.startsWith("#") || line.trim() === "") continue;
    const [count, order] = line.split(":");
    rows.push([Number(count), (order ?? "").split(",").map((x) => Number(x.trim()) - 1)]);
  }
  const builder = createProfileBuilder("ranked", names);
  const row = new Array<number>(names.length);
  for (const [count, order] of rows) {
    row.fill(UNRANKED);
    order.forEach((c, position) => {
      row[c] = position;
    });
    const problem = builder.add(row, count);
    if (problem !== undefined) throw new Error(problem);
  }
  const built = builder.build();
  if (E.isLeft(built)) throw new Error(built.left.message);
  return { title, profile: built.right };
};

/** Tennessee capital example (Wikipedia, "Condorcet method" and others): 100 voters. */
export const TENNESSEE_CANDIDATES = ["Memphis", "Nashville", "Chattanooga", "Knoxville"] as const;
export const tennessee = (): RankedProfile =>
  profileOf(TENNESSEE_CANDIDATES, [
    [42, "Memphis>Nashville>Chattanooga>Knoxville"],
    [26, "Nashville>Chattanooga>Knoxville>Memphis"],
    [15, "Chattanooga>Knoxville>Nashville>Memphis"],
    [17, "Knoxville>Chattanooga>Nashville>Memphis"],
  ]);

/** Schulze's 45-voter example (Wikipedia, "Schulze method", example 1). */
export const schulze45 = (): RankedProfile =>
  profileOf(
    ["A", "B", "C", "D", "E"],
    [
      [5, "A>C>B>E>D"],
      [5, "A>D>E>C>B"],
      [8, "B>E>D>A>C"],
      [3, "C>A>B>E>D"],
      [7, "C>A>E>B>D"],
      [2, "C>B>A>D>E"],
      [7, "D>C>E>B>A"],
      [8, "E>B>A>D>C"],
    ],
  );

/** A profile of ballots with a given unranked rule in mind: `[count, "a>b"]` pairs. */
export const cycle3 = (): RankedProfile =>
  profileOf(
    ["a", "b", "c"],
    [
      [1, "a>b>c"],
      [1, "b>c>a"],
      [1, "c>a>b"],
    ],
  );

export const NONE = { kind: "none" } as const;

/** One generated ballot: a row of tiers (or UNRANKED) and a count. */
export interface GeneratedBallot {
  readonly row: readonly number[];
  readonly count: number;
}

/** Candidates and ballots drawn by fast-check; build with {@link buildProfile}. */
export interface GeneratedElection {
  readonly candidates: readonly string[];
  readonly ballots: readonly GeneratedBallot[];
}

/** Builds the profile of a generated election (ballot order as given). */
export const buildProfile = (election: GeneratedElection): RankedProfile => {
  const builder = createProfileBuilder("ranked", election.candidates);
  for (const ballot of election.ballots) {
    const problem = builder.add(ballot.row, ballot.count);
    if (problem !== undefined) throw new Error(problem);
  }
  const built = builder.build();
  if (E.isLeft(built)) throw new Error(built.left.message);
  return built.right;
};
