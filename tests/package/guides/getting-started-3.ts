import * as E from "fp-ts/lib/Either.js";
import { firstPreferenceShares, rankedProfile } from "../../../src/ballots/index.js";
import { gini } from "../../../src/power/index.js";
import { irv, schulze } from "../../../src/voting/index.js";

// Build the profile once, then count it two ways and measure how concentrated support is.
const profile = rankedProfile(
  ["Ann", "Bob", "Cy"],
  ["Ann>Bob>Cy", "Ann>Cy>Bob", "Bob>Cy>Ann", "Bob>Cy>Ann", "Cy>Bob>Ann"],
);

if (E.isRight(profile)) {
  console.log(schulze(profile.right).winners); // ["Bob"]
  console.log(irv(profile.right).winners); // ["Bob"]
  const shares = firstPreferenceShares(profile.right);
  console.log(shares); // { Ann: 0.4, Bob: 0.4, Cy: 0.2 }
  console.log(gini(shares)); // { _tag: "Right", right: 0.1333... }
}
