/**
 * Mirrors examples/04-power-grants-panel.ts (which imports from "co-decide/power" and so runs only
 * after a build) against the sources, and pins the figures docs/measuring-power.md quotes.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  classifyEngagement,
  gini,
  powerIndex,
  topShare,
  whosePreferencesWon,
} from "../../src/power/index.js";
import { rightOf } from "./oracle.js";

const panel = {
  quota: 6,
  weights: {
    council: 4,
    funder: 2,
    resident1: 1,
    resident2: 1,
    resident3: 1,
    resident4: 1,
    resident5: 1,
  },
};

describe("the community grants panel of the guide", () => {
  it("gives the council more power than its share of votes", () => {
    const banzhaf = rightOf(powerIndex({ index: "banzhaf", ...panel }));
    const shapley = rightOf(powerIndex({ index: "shapley-shubik", ...panel }));
    expect(banzhaf.values["council"]).toBeGreaterThan(4 / 11);
    expect(shapley.values["council"]).toBeGreaterThan(4 / 11);
    // hand check: the council swings in 26 + 26 coalitions, the funder in 6 + 6, each resident in
    // 4 + 4; 52 + 12 + 5 × 8 = 104 swings in all
    expect(banzhaf.swings).toMatchObject({ council: "52", funder: "12", resident1: "8" });
    expect(banzhaf.exact).toMatchObject({ council: "1/2", funder: "3/26", resident5: "1/13" });
    expect(shapley.exact).toMatchObject({ council: "10/21", funder: "1/7", resident3: "8/105" });
  });

  it("measures speaking time and whose preferences won", () => {
    const spoken = [34, 12, 6, 2, 0, 9, 3];
    expect(rightOf(topShare(spoken, { count: 2 }))).toBeCloseTo(46 / 66, 12);
    expect(rightOf(gini(spoken))).toBeCloseTo(0.5541, 4);
    const outcome = rightOf(
      whosePreferencesWon({
        kind: "budget",
        winners: ["youth-club", "food-bank"],
        costs: {
          "youth-club": 12_000,
          "food-bank": 8_000,
          "bus-shelter": 15_000,
          "play-park": 20_000,
        },
        voters: [
          { id: "council", group: "council", approve: ["youth-club", "food-bank"] },
          { id: "funder", group: "funder", approve: ["youth-club"] },
          { id: "resident1", group: "residents", approve: ["play-park", "food-bank"] },
          { id: "resident2", group: "residents", approve: ["bus-shelter"] },
          { id: "resident3", group: "residents", approve: ["play-park"] },
          { id: "resident4", group: "residents", approve: ["food-bank", "bus-shelter"] },
          { id: "resident5", group: "residents", approve: ["play-park", "youth-club"] },
        ],
      }),
    );
    expect(outcome.groups["council"]?.meanSatisfaction).toBe(1);
    expect(outcome.groups["funder"]?.meanSatisfaction).toBe(1);
    expect(outcome.gaps.satisfaction?.lowest).toBe("residents");
    expect(outcome.groups["residents"]?.meanSatisfaction).toBeCloseTo(0.2017, 4);
    expect(outcome.groups["residents"]?.firstChoiceWinRate).toBeCloseTo(0.6, 12);
  });

  it("classifies the residents' engagement", () => {
    const engagement = classifyEngagement({
      rights: [
        "receives-information",
        "gives-input",
        "told-how-input-used",
        "deliberates",
        "shares-decision",
      ],
    });
    expect(E.isRight(engagement)).toBe(true);
    const result = rightOf(engagement);
    expect(result.iap2.level).toBe("involve");
    expect(result.iap2.missingForNext).toEqual(["proposes-options"]);
    expect(result.arnstein.rung).toBe("partnership");
  });
});
