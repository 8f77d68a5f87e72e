/**
 * The first two stages of the Electoral Reform Society's own model election (R. A. Newland and
 * F. S. Britton, "How to conduct an election by the Single Transferable Vote", 3rd edition, ERS
 * 1997, section 8 "Model election", 8.1-8.2; text at <http://www.rosenstiel.co.uk/stvrules/model.htm>).
 *
 * Published facts used: 753 valid votes, 6 places, 11 candidates; quota 753/7 = 107.57142 ->
 * 107.58; Smith has 134 first preferences and is elected; the last two candidates have 24 and 23,
 * so Smith's surplus 26.42 (which exceeds their difference, 1) must be transferred; 123 of
 * Smith's 134 papers are transferable; transfer value 26.42/123 = 0.21; non-transferable
 * 26.42 - 123 x 0.21 = 0.59.
 *
 * The model's ballots are not published (only its result sheet), so the profile below is ours,
 * built to have exactly those first-stage facts: the other eight candidates' first preferences
 * (which only need to sum to 572 and stay under the quota) and where Smith's 123 transferable
 * papers go are filler, marked as such, and no assertion depends on them.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { stv } from "../../../src/committees/stv/stv.js";
import { ranked } from "../../voting/helpers/profiles.js";

// Published: Smith 134 (123 papers with a next preference, 11 without); the two lowest 24 and 23.
// Filler: "Other1".."Other8" (8 x 71.5 = 572 first preferences in all), and the next preference
// of Smith's 123 transferable papers (all to Other1 here).
const others = ["Other1", "Other2", "Other3", "Other4", "Other5", "Other6", "Other7", "Other8"];
const candidates = ["Smith", ...others, "Low24", "Low23"];
const ballots = [
  { ranking: [["Smith"], ["Other1"]], count: 123 },
  { ranking: [["Smith"]], count: 11 },
  ...others.map((name, i) => ({ ranking: [[name]], count: i < 4 ? 72 : 71 })),
  { ranking: [["Low24"]], count: 24 },
  { ranking: [["Low23"]], count: 23 },
];

describe("stv, ERS97: the ERS model election (section 8), stages 1 and 2", () => {
  const outcome = stv(ranked(candidates, ballots), 6, { rule: "ers97" });
  const o = E.isRight(outcome) ? outcome.right : undefined;

  it("the profile has the published first-stage facts: 753 valid votes, Smith 134, the lowest 24 and 23", () => {
    expect(ballots.reduce((s, b) => s + b.count, 0)).toBe(753);
    expect(o?.rounds[0]?.tallies).toMatchObject({
      Smith: "134.00",
      Low24: "24.00",
      Low23: "23.00",
    });
  });

  it("8.1: quota 753/7 = 107.57142, rounded up at two decimals to 107.58; Smith elected", () => {
    expect(o?.quota).toBe("107.58");
    expect(o?.rounds[0]?.electedByQuota).toEqual(["Smith"]);
  });

  it("8.2: the surplus 26.42 is transferred (it exceeds 24 - 23), 123 papers at 0.21, 0.59 non-transferable", () => {
    expect(o?.rounds[1]).toMatchObject({
      action: "surplus",
      from: "Smith",
      transferValue: "0.21",
      nonTransferable: "0.59",
    });
    expect(o?.rounds[1]?.tallies["Smith"]).toBe("107.58");
    // 123 x 0.21 = 25.83 credited in all (to the filler recipient here).
    expect(
      Number(o?.rounds[1]?.tallies["Other1"]) - Number(o?.rounds[0]?.tallies["Other1"]),
    ).toBeCloseTo(25.83, 10);
  });
});
