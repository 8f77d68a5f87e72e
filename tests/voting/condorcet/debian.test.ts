/**
 * The real Debian Project Leader elections in PrefLib (data set 00002, "Debian Project Data",
 * tests/fixtures/data/preflib/debian), counted by every Condorcet method. Debian counts its votes with
 * a Condorcet method (the Schulze method since 2003), and an unranked option is below every
 * ranked one, as under `unranked: "tied-last"`.
 *
 * Official winners: 2002 Bdale Garbee (Slashdot, 17 April 2002, from the Project Secretary's
 * results); 2005 Branden Robinson (ComputerBase, April 2005); 2007 Sam Hocevar (Linux Magazine
 * issue 80, 2007); 2010 Stefano Zacchiroli (Debian news, 16 April 2010); 2012 Stefano Zacchiroli
 * (Debian news, 15 April 2012).
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { pairwiseTally } from "../../../src/ballots/index.js";
import {
  CONDORCET_METHODS,
  condorcetWinner,
  schulze,
} from "../../../src/voting/condorcet/index.js";
import { dataPath } from "../../helpers/data.js";
import { NONE, readSoi } from "./helpers.js";

const ELECTIONS = [
  { file: "00002-00000001.soi", year: 2002, winner: "Bdale Garbee", voters: 475 },
  { file: "00002-00000003.soi", year: 2005, winner: "Branden Robinson", voters: 504 },
  { file: "00002-00000005.soi", year: 2007, winner: "Sam Hocevar", voters: 482 },
  { file: "00002-00000006.soi", year: 2010, winner: "Stefano Zacchiroli", voters: 436 },
  { file: "00002-00000007.soi", year: 2012, winner: "Stefano Zacchiroli", voters: 403 },
] as const;

describe("Debian Project Leader elections (PrefLib 00002)", () => {
  for (const election of ELECTIONS) {
    const { profile, title } = readSoi(dataPath(`preflib/debian/${election.file}`));

    it(`Schulze elects ${election.winner} in ${election.year}, the official winner`, () => {
      expect(title).toBe(`Debian ${election.year} Leader`);
      expect(profile.totalCount).toBe(election.voters);
      const outcome = schulze(profile, {}, NONE);
      expect(outcome.winners).toEqual([election.winner]);
      expect(outcome.ranking?.[0]).toEqual([election.winner]);
    });

    it(`every Condorcet method elects ${election.winner} in ${election.year} (the Condorcet winner)`, () => {
      expect(condorcetWinner(pairwiseTally(profile))).toBe(election.winner);
      for (const method of CONDORCET_METHODS) {
        const result = method.run(profile, { options: {}, tieBreak: NONE });
        expect(E.isRight(result) && result.right.winners, method.id).toEqual([election.winner]);
      }
    });
  }

  it("changes the 2005 result if unranked options are not compared (Debian ranks them last)", () => {
    const { profile } = readSoi(dataPath(`preflib/debian/${ELECTIONS[1].file}`));
    expect(schulze(profile, { unranked: "not-compared" }, NONE).winners).toEqual([
      "Matthew Garrett",
    ]);
  });
});
