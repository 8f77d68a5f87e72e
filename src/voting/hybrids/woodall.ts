/**
 * Woodall's method: count an instant runoff on every candidate, and elect the member of the
 * Smith set who is eliminated last.
 *
 * Documented rules:
 * - The Smith set is computed once, on the whole profile. The instant runoff runs on every
 *   candidate (first preferences as in {@link irv}: a tie on a ballot shares its vote) and stops
 *   when only one Smith set member is still in; that member wins. No majority stop is needed:
 *   the count goes on until one Smith set member is left.
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
import { listNames, namesOf } from "../../counting/outcome.js";
import { LEXICOGRAPHIC } from "../../counting/ranked.js";
import { type CondorcetOutcome, smithIndices } from "../condorcet/shared.js";
import { capitalise, type HybridOptions, HybridOptionsSchema, runHybrid } from "./shared.js";

/**
 * Elects the Smith set member who survives longest in the instant runoff.
 *
 * @remarks
 * Woodall's method as Green-Armytage (2011, "Four Condorcet-Hare hybrid methods", Voting
 * Matters 29) describes it, after Douglas Woodall's proposal. Smith efficient; not monotone.
 * O(B n² + n (B n + n²)).
 *
 * @param profile - ranked ballots.
 * @param options - `unranked`; `maxTiePathCandidates` bounds the work of `tieBreak: none`.
 * @param tieBreak - how ties for elimination are broken (default lexicographic).
 * @returns the outcome, or `Unsupported` when `none` would follow the ties of too many candidates.
 * @example Electowiki's Tideman's Alternative example: A and C go, B is the last of the Smith set
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { woodall } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["A", "B", "C", "D"], [
 *   { ranking: ["D", "A", "B", "C"], count: 6 },
 *   { ranking: ["B", "C", "A", "D"], count: 5 },
 *   { ranking: ["C", "A", "B", "D"], count: 4 },
 * ]);
 * if (E.isRight(p)) {
 *   const outcome = woodall(p.right);
 *   E.isRight(outcome) && outcome.right.winners; // => ["B"]
 * }
 * ```
 *
 * @category methods
 */
export const woodall = (
  profile: RankedProfile,
  options: HybridOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<Unsupported, CondorcetOutcome> =>
  runHybrid(
    {
      method: "woodall",
      rule: "Woodall: an instant runoff on every candidate, until only one member of the Smith set (the smallest group who each beat everyone outside it head to head) is still in; that member wins.",
      step: (context) => {
        const { candidates, tally } = context;
        const smith = smithIndices(tally);
        const smithText = `The Smith set is ${listNames(namesOf(candidates, smith))}.`;
        return (continuing) => {
          const left = continuing.filter((c) => smith.includes(c));
          if (left.length === 1)
            return {
              kind: "elect",
              top: left,
              reason: "the last member of the Smith set in the instant runoff",
              text: `${smithText} ${candidates[left[0] as number]} is the only member still in.`,
            };
          const prefs = context.prefs(continuing);
          return dropFewest(candidates, prefs, `${smithText} ${capitalise(prefs.sentence)};`);
        };
      },
    },
    profile,
    options,
    tieBreak,
  );

/**
 * The registry entry of {@link woodall}.
 *
 * @category registry
 */
export const woodallMethod: MethodDefinition<HybridOptions> = {
  id: "woodall",
  name: "Woodall's method",
  ballotKind: "ranked",
  summary: "Run an instant runoff on everyone; the member of the Smith set who lasts longest wins.",
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
  fails: ["monotonicity", "later-no-harm", "participation"],
  complexity: "O(B n² + n (B n + n²)) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("woodall", 200, 1_000, { pairs: true }),
  options: HybridOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withRanked("woodall", profile, (p) => woodall(p, options, tieBreak)),
};
