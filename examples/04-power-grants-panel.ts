/**
 * A community grants panel, measured three ways: formal voting power, voice in the room, and whose
 * preferences won. Then the depth of engagement the residents were offered.
 *
 * The panel has nine members. The council holds a block of 4 votes (its two officers vote
 * together), the funder 2, and five residents 1 each: 11 votes, and a grant needs 6.
 *
 * Run it with `npm run build && node scripts/run-examples.mjs 04`.
 */

import {
  classifyEngagement,
  gini,
  powerIndex,
  topShare,
  whosePreferencesWon,
} from "co-decide/power";
import * as E from "fp-ts/lib/Either.js";

const show = (label: string, value: unknown): void => {
  console.log(`${label}:`, JSON.stringify(value, null, 2));
};

// 1. Formal power: who can swing a grant decision?
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
for (const index of ["banzhaf", "shapley-shubik"] as const) {
  const result = powerIndex({ index, ...panel });
  if (E.isLeft(result)) throw new Error(result.left.message);
  show(`${index} (exact)`, result.right.exact);
}
// The council holds 4 of 11 votes (36%) but a larger share of the power: with a quota of 6 it needs
// only two residents, or the funder, to carry any grant.

// 2. Voice: minutes each member spoke in the meeting (from the facilitator's timer).
const minutes = {
  council: 34,
  funder: 12,
  resident1: 6,
  resident2: 2,
  resident3: 0,
  resident4: 9,
  resident5: 3,
};
const spoken = Object.values(minutes);
show("Gini of speaking time", gini(spoken));
show("share of time taken by the top two speakers", topShare(spoken, { count: 2 }));

// 3. Whose preferences won: each member approved the projects they wanted funded.
const outcome = whosePreferencesWon({
  kind: "budget",
  winners: ["youth-club", "food-bank"],
  costs: { "youth-club": 12_000, "food-bank": 8_000, "bus-shelter": 15_000, "play-park": 20_000 },
  voters: [
    { id: "council", group: "council", approve: ["youth-club", "food-bank"] },
    { id: "funder", group: "funder", approve: ["youth-club"] },
    { id: "resident1", group: "residents", approve: ["play-park", "food-bank"] },
    { id: "resident2", group: "residents", approve: ["bus-shelter"] },
    { id: "resident3", group: "residents", approve: ["play-park"] },
    { id: "resident4", group: "residents", approve: ["food-bank", "bus-shelter"] },
    { id: "resident5", group: "residents", approve: ["play-park", "youth-club"] },
  ],
});
if (E.isLeft(outcome)) throw new Error(outcome.left.message);
show("satisfaction by group", outcome.right.groups);
show("gap between groups", outcome.right.gaps.satisfaction);

// 4. Depth of engagement offered to residents.
const engagement = classifyEngagement({
  rights: [
    "receives-information",
    "gives-input",
    "told-how-input-used",
    "deliberates",
    "shares-decision",
  ],
});
if (E.isLeft(engagement)) throw new Error(engagement.left.message);
for (const reason of engagement.right.reasons) console.log(reason);
