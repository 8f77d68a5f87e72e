/**
 * Dodgson's rule against published examples: the profiles and winners (and Dodgson scores where
 * printed) in tests/fixtures/data/dodgson/published-profiles.json. Its README gives every source:
 * Nurmi 1987 (as quoted by LeGrand 2002), Brandt 2009 Tables 1-4, Fishburn 1982 p. 132, Nurmi
 * 2004 p. 10, Bartholdi, Tovey and Trick 1989 p. 159 and Caragiannis et al. 2012 p. 34 (the last
 * five as transcribed by the pref_voting project). All use Bartholdi, Tovey and Trick's
 * definition, the one implemented: fewest adjacent swaps to make a candidate beat every rival by
 * a strict majority.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { decide, dodgson } from "../../../src/voting/index.js";
import { dataText } from "../../helpers/data.js";
import { right } from "../helpers/profiles.js";
import { NONE, profileOf } from "./helpers.js";

interface Published {
  readonly id: string;
  readonly source: string;
  readonly candidates: string[];
  readonly ballots: [number, string][];
  readonly winners: string[];
  readonly scores?: Record<string, number>;
  readonly condorcetLoser?: string;
}

const published = (): Published[] =>
  (JSON.parse(dataText("dodgson/published-profiles.json")) as { profiles: Published[] }).profiles;

const byId = (id: string): Published => {
  const found = published().find((p) => p.id === id);
  if (found === undefined) throw new Error(`no published profile ${id}`);
  return found;
};

const count = (p: Published) => right(dodgson(profileOf(p.candidates, p.ballots), {}, NONE));

describe("dodgson: published examples", () => {
  it("reads twelve published profiles", () => {
    expect(published()).toHaveLength(12);
  });

  for (const p of published()) {
    it(`${p.id}: the published winners (${p.winners.join(", ")}); ${p.source}`, () => {
      expect(count(p).winners).toEqual(p.winners);
    });
  }

  it("Nurmi 1987: A needs 3 swaps and D needs 4 (the published scores)", () => {
    const p = byId("nurmi-1987-before");
    const scores = count(p).dodgsonScores;
    expect(scores["A"]).toBe(p.scores?.["A"]);
    expect(scores["A"]).toBe(3);
    // D's lower bound (2) is below A's 3, so D is counted exactly rather than skipped.
    expect(scores["D"]).toBe(p.scores?.["D"]);
    expect(scores["D"]).toBe(4);
  });

  it("Nurmi 1987: raising the winner A on two ballots makes D win (non-monotonicity)", () => {
    const before = byId("nurmi-1987-before");
    const after = byId("nurmi-1987-after");
    // The change is exactly: the two B>A>D>E>C ballots become A>B>D>E>C.
    expect(after.ballots.filter(([, order], i) => order !== before.ballots[i]?.[1])).toEqual([
      [2, "A>B>D>E>C"],
    ]);
    expect(count(before).winners).toEqual(["A"]);
    expect(count(after).winners).toEqual(["D"]);
  });

  it("Brandt 2009 Table 1: tripling every ballot changes the winner from A to D (homogeneity fails)", () => {
    const p = byId("brandt-2009-table-1");
    const tripled = byId("brandt-2009-table-1-tripled");
    expect(tripled.ballots).toEqual(p.ballots.map(([n, order]) => [3 * n, order]));
    expect(count(p).winners).toEqual(["A"]);
    expect(count(tripled).winners).toEqual(["D"]);
  });

  it("Brandt 2009 Table 3 (Nurmi 2004): the Dodgson winner D is the Condorcet loser", () => {
    const p = byId("brandt-2009-table-3");
    const loser = p.condorcetLoser as string;
    const prefers = (x: string, y: string): number =>
      p.ballots
        .filter(([, order]) => order.split(">").indexOf(x) < order.split(">").indexOf(y))
        .reduce((s, [n]) => s + n, 0);
    for (const rival of p.candidates.filter((c) => c !== loser))
      expect(prefers(rival, loser)).toBeGreaterThan(prefers(loser, rival));
    expect(count(p).winners).toEqual([loser]);
  });

  it("through decide: Bartholdi, Tovey and Trick's example ties A and C", () => {
    const p = byId("bartholdi-tovey-trick-1989");
    const outcome = decide({
      method: "dodgson",
      candidates: p.candidates,
      ballots: p.ballots.map(([n, order]) => ({ ranking: order.split(">"), count: n })),
      tieBreak: NONE,
    });
    expect(E.isRight(outcome) && outcome.right.winners).toEqual(["A", "C"]);
  });
});
