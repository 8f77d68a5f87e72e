/**
 * First-preference shares as plain numbers, for reports, charts and inequality measures.
 *
 * @module
 */
import * as rationals from "../../core/rational.js";
import { rational } from "../../core/rational.js";
import type { RankedProfile } from "../profile.js";
import { firstPreferenceScores, firstPreferences } from "./first-preferences.js";

/**
 * Each candidate's share of the first preferences, from 0 to 1, keyed by candidate name.
 *
 * @remarks
 * The share of candidate c is its exact first-preference score (see {@link firstPreferences}: a
 * ballot that ties k candidates first gives each 1/k of its count) divided by the count of ballots
 * that rank someone; ballots that rank nobody are left out, as blank papers are left out of the
 * valid vote. The shares then sum to 1, up to the rounding of each to the nearest double; when no
 * ballot ranks anyone, every share is 0.
 *
 * **Floats, for reporting only.** Each share is the nearest double to an exact fraction
 * (`rationals.toNumber`); never decide with them. The exact values are
 * `firstPreferenceScores(firstPreferences(profile))`.
 *
 * The record has one own key per candidate, in the profile's order (`profile.candidates`), built
 * with `Object.fromEntries`, so names such as `__proto__` are ordinary keys. JavaScript lists keys
 * that look like array indices (`"1"`, `"2"`) before the others: read `profile.candidates` when the
 * order matters. Inequality measures in `co-decide/power` (`gini`, `hhi`, ...) take the record as
 * it is. One pass over the distinct ballots: O(ballots × candidates).
 *
 * @example First-preference shares, then their concentration
 * ```ts
 * import { firstPreferenceShares, rankedProfile } from "co-decide/ballots";
 * import { hhi } from "co-decide/power";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const profile = rankedProfile(["Ann", "Bob", "Cy"], ["Ann>Bob", "Ann", "Bob=Cy", "Cy>Ann"]);
 * if (E.isRight(profile)) {
 *   const shares = firstPreferenceShares(profile.right);
 *   // => { Ann: 0.5, Bob: 0.125, Cy: 0.375 }
 *   hhi(shares); // => right(0.40625)
 * }
 * ```
 *
 * @category tallies
 */
export const firstPreferenceShares = (profile: RankedProfile): Readonly<Record<string, number>> => {
  const tally = firstPreferences(profile);
  const scores = firstPreferenceScores(tally);
  let total = 0n;
  for (const count of profile.counts) total += BigInt(count);
  const voting = rational(total - BigInt(tally.blank));
  const denominator = rationals.div(voting, rational(BigInt(profile.countDenominator)));
  return Object.fromEntries(
    profile.candidates.map((name, c) => [
      name,
      voting.num === 0n
        ? 0
        : rationals.toNumber(rationals.div(scores[c] ?? rational(0n), denominator)),
    ]),
  );
};
