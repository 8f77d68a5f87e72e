/**
 * Benham's method: an instant runoff that stops as soon as one continuing candidate beats every
 * other continuing candidate head to head.
 *
 * Documented rules:
 * - Before each elimination, the Condorcet winner of the contests among the continuing
 *   candidates (if any) is elected; otherwise the candidate with the fewest first preferences is
 *   eliminated, first preferences counted as in {@link irv} (a tie on a ballot shares its vote).
 * - Ties for elimination go to the tie-break policy; with policy `none`, every way of breaking
 *   each tie is followed and the winners are every candidate who wins along some path.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import type { RankedProfile } from "../../ballots/profile.js";
import type { DecideError, Unsupported } from "../../core/errors.js";
import type { Outcome } from "../../core/outcome.js";
import type { TieBreakPolicy } from "../../core/tie-break.js";
import { dropFewest, withRanked } from "../../counting/elimination.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { LEXICOGRAPHIC } from "../../counting/ranked.js";
import { type CondorcetOutcome, condorcetWinnerAmong } from "../condorcet/shared.js";
import { capitalise, type HybridOptions, HybridOptionsSchema, runHybrid } from "./shared.js";

/**
 * Elects the first candidate to beat every other continuing candidate while the instant runoff
 * eliminates the weakest.
 *
 * @remarks
 * Benham's method as Green-Armytage (2011, "Four Condorcet-Hare hybrid methods", Voting Matters
 * 29) and electowiki ("Benham's method") define it. Smith efficient; not independent of
 * Smith-dominated alternatives; not monotone. O(B n² + n (B n + n²)).
 *
 * @param profile - ranked ballots.
 * @param options - `unranked`; `maxTiePathCandidates` bounds the work of `tieBreak: none`.
 * @param tieBreak - how ties for elimination are broken (default lexicographic).
 * @returns the outcome, or `Unsupported` when `none` would follow the ties of too many candidates.
 * @example Electowiki's Tideman's Alternative example: A goes first, then B beats C and D
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { benham } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["A", "B", "C", "D"], [
 *   { ranking: ["D", "A", "B", "C"], count: 6 },
 *   { ranking: ["B", "C", "A", "D"], count: 5 },
 *   { ranking: ["C", "A", "B", "D"], count: 4 },
 * ]);
 * if (E.isRight(p)) {
 *   const outcome = benham(p.right);
 *   E.isRight(outcome) && outcome.right.winners; // => ["B"]
 * }
 * ```
 *
 * @category methods
 */
export const benham = (
  profile: RankedProfile,
  options: HybridOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<Unsupported, CondorcetOutcome> =>
  runHybrid(
    {
      method: "benham",
      rule: "Benham: if a continuing candidate beats every other continuing candidate head to head, they win; otherwise the candidate with the fewest first preferences is eliminated, and the count repeats.",
      step: (context) => (continuing) => {
        const { candidates, tally } = context;
        const winner = condorcetWinnerAmong(tally, continuing);
        if (winner !== undefined)
          return {
            kind: "elect",
            top: [winner],
            reason: "beating every other continuing candidate head to head",
            text: `${candidates[winner]} beats every other continuing candidate head to head.`,
          };
        const prefs = context.prefs(continuing);
        return dropFewest(
          candidates,
          prefs,
          `No continuing candidate beats all the others head to head. ${capitalise(prefs.sentence)};`,
        );
      },
    },
    profile,
    options,
    tieBreak,
  );

/**
 * The registry entry of {@link benham}.
 *
 * @category registry
 */
export const benhamMethod: MethodDefinition<HybridOptions> = {
  id: "benham",
  name: "Benham's method",
  ballotKind: "ranked",
  summary:
    "Instant runoff that stops as soon as a remaining candidate beats every other remaining candidate head to head.",
  source: "Green-Armytage (2011), Four Condorcet-Hare hybrid methods, Voting Matters 29.",
  satisfies: [
    "anonymity",
    "neutrality",
    "pareto",
    "majority",
    "condorcet-winner",
    "condorcet-loser",
    "smith",
  ],
  fails: ["monotonicity", "later-no-harm", "participation", "independence-of-smith-dominated"],
  complexity: "O(B n² + n (B n + n²)) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("benham", 200, 1_000, { pairs: true }),
  options: HybridOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withRanked("benham", profile, (p) => benham(p, options, tieBreak)),
};
