/**
 * The uncovered set (and the Smith set) on a published tournament: the Electowiki "Uncovered set"
 * example (tests/fixtures/data/tournaments/published.json; its README gives the source and the
 * caveat that it is a wiki page). The ballots below are ours: three voters whose majority
 * relation is exactly the published tournament, checked first.
 */
import { describe, expect, it } from "vitest";
import { pairwiseTally } from "../../../src/ballots/index.js";
import { smithSet, uncoveredSet } from "../../../src/voting/index.js";
import { dataText } from "../../helpers/data.js";
import { profileOf } from "./helpers.js";

interface PublishedTournament {
  readonly id: string;
  readonly candidates: string[];
  readonly beats: [string, string][];
  readonly smithSet: string[];
  readonly uncoveredSet: string[];
}

const electowiki = (): PublishedTournament => {
  const all = (
    JSON.parse(dataText("tournaments/published.json")) as {
      tournaments: PublishedTournament[];
    }
  ).tournaments;
  return all.find((t) => t.id === "electowiki-uncovered-set") as PublishedTournament;
};

describe("tournament solutions on a published tournament (Electowiki, 'Uncovered set')", () => {
  const t = electowiki();
  // Three voters realising the tournament (McGarvey-style; our construction, not the source's).
  const profile = profileOf(t.candidates, [
    [1, "x>y>z>v"],
    [1, "v>x>y>z"],
    [1, "y>z>v>x"],
  ]);
  const tally = pairwiseTally(profile);

  it("the ballots' majority relation is exactly the published tournament", () => {
    const n = t.candidates.length;
    const won: [string, string][] = [];
    for (let a = 0; a < n; a++)
      for (let b = 0; b < n; b++)
        if ((tally.counts[a * n + b] as number) > (tally.counts[b * n + a] as number))
          won.push([t.candidates[a] as string, t.candidates[b] as string]);
    expect(new Set(won.map((e) => e.join(">")))).toEqual(new Set(t.beats.map((e) => e.join(">"))));
  });

  it("the Smith set holds all four candidates, as the source says", () => {
    expect(new Set(smithSet(tally))).toEqual(new Set(t.smithSet));
  });

  it("the uncovered set is every candidate but z (y beats z and everything z beats), as the source says", () => {
    expect(uncoveredSet(tally)).toEqual(t.uncoveredSet);
  });
});
