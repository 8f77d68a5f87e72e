/**
 * Smith//IRV: keep only the Smith set (the smallest group of candidates who each beat everyone
 * outside it head to head), then count an instant runoff among them.
 *
 * Documented rules:
 * - The Smith set is computed once, on the whole profile (Smith 1973; ties in a contest keep both
 *   candidates in, see `smithSet`). The ballots are then read as if the other candidates had
 *   never stood.
 * - The instant runoff is {@link irv}'s: a tie on a ballot shares its vote equally, a majority of
 *   the ballots in play wins, the fewest first preferences are eliminated.
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
import { dropAll, withRanked } from "../../counting/elimination.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { listNames, namesOf } from "../../counting/outcome.js";
import { LEXICOGRAPHIC } from "../../counting/ranked.js";
import { type CondorcetOutcome, smithIndices } from "../condorcet/shared.js";
import { type HybridOptions, HybridOptionsSchema, irvStep, runHybrid } from "./shared.js";

/**
 * Elects by instant runoff among the Smith set.
 *
 * @remarks
 * Smith//IRV as electowiki ("Smith//IRV") and Green-Armytage (2011, "Four Condorcet-Hare hybrid
 * methods for single-winner elections", Voting Matters 29) describe it. Smith efficient, hence
 * Condorcet consistent; independent of Smith-dominated alternatives; not monotone. O(B n² + n³).
 *
 * @param profile - ranked ballots.
 * @param options - `unranked`; `maxTiePathCandidates` bounds the work of `tieBreak: none`.
 * @param tieBreak - how ties for elimination and for the win are broken (default lexicographic).
 * @returns the outcome, or `Unsupported` when `none` would follow the ties of too many candidates.
 * @example Electowiki's Tideman's Alternative example: D is outside the Smith set, then C goes
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { smithIrv } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["A", "B", "C", "D"], [
 *   { ranking: ["D", "A", "B", "C"], count: 6 },
 *   { ranking: ["B", "C", "A", "D"], count: 5 },
 *   { ranking: ["C", "A", "B", "D"], count: 4 },
 * ]);
 * if (E.isRight(p)) {
 *   const outcome = smithIrv(p.right);
 *   E.isRight(outcome) && outcome.right.winners; // => ["A"]
 * }
 * ```
 *
 * @category methods
 */
export const smithIrv = (
  profile: RankedProfile,
  options: HybridOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<Unsupported, CondorcetOutcome> =>
  runHybrid(
    {
      method: "smith-irv",
      rule: "Smith//IRV: the candidates outside the Smith set (the smallest group who each beat everyone outside it head to head) are eliminated; then an instant runoff among the rest: a majority of the ballots in play wins, otherwise the fewest first preferences are eliminated.",
      step: (context) => {
        const smith = smithIndices(context.tally);
        return (continuing) => {
          const outside = continuing.filter((c) => !smith.includes(c));
          if (outside.length > 0)
            return dropAll(
              outside,
              `The Smith set is ${listNames(namesOf(context.candidates, smith))}; ${listNames(namesOf(context.candidates, outside))} ${outside.length === 1 ? "is" : "are"} outside it and eliminated.`,
            );
          return irvStep(context, continuing, "Instant runoff among the Smith set:");
        };
      },
    },
    profile,
    options,
    tieBreak,
  );

/**
 * The registry entry of {@link smithIrv}.
 *
 * @category registry
 */
export const smithIrvMethod: MethodDefinition<HybridOptions> = {
  id: "smith-irv",
  name: "Smith//IRV",
  ballotKind: "ranked",
  summary:
    "Keep only the Smith set (the candidates who together beat everyone else head to head), then hold an instant runoff among them.",
  source:
    "Green-Armytage (2011), Four Condorcet-Hare hybrid methods, Voting Matters 29; Smith (1973).",
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
  complexity: "O(B n² + n³) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("smith-irv", 200, 1_000, { pairs: true }),
  options: HybridOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withRanked("smith-irv", profile, (p) => smithIrv(p, options, tieBreak)),
};
