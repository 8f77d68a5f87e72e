/**
 * Condorcet-IRV: elect the Condorcet winner if there is one, otherwise count an instant runoff.
 *
 * Documented rules:
 * - The Condorcet winner is read off the whole profile (a pairwise tie is not a win).
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
import { withRanked } from "../../counting/elimination.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { LEXICOGRAPHIC } from "../../counting/ranked.js";
import { type CondorcetOutcome, condorcetWinnerIndex } from "../condorcet/shared.js";
import { type HybridOptions, HybridOptionsSchema, irvStep, runHybrid } from "./shared.js";

/**
 * Elects the Condorcet winner, or else the instant-runoff winner.
 *
 * @remarks
 * Electowiki ("Condorcet IRV"); the simplest Condorcet–Hare hybrid (Green-Armytage 2011, Voting
 * Matters 29). Condorcet consistent but not Smith efficient: without a Condorcet winner the
 * runoff may elect outside the Smith set. O(B n² + n (B n + n²)).
 *
 * @param profile - ranked ballots.
 * @param options - `unranked`; `maxTiePathCandidates` bounds the work of `tieBreak: none`.
 * @param tieBreak - how ties for elimination and for the win are broken (default lexicographic).
 * @returns the outcome, or `Unsupported` when `none` would follow the ties of too many candidates.
 * @example Tennessee's capital (Wikipedia): Nashville is the Condorcet winner (IRV elects Knoxville)
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { condorcetIrv } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["M", "N", "C", "K"], [
 *   { ranking: ["M", "N", "C", "K"], count: 42 }, { ranking: ["N", "C", "K", "M"], count: 26 },
 *   { ranking: ["C", "K", "N", "M"], count: 15 }, { ranking: ["K", "C", "N", "M"], count: 17 },
 * ]);
 * if (E.isRight(p)) {
 *   const outcome = condorcetIrv(p.right);
 *   E.isRight(outcome) && outcome.right.winners; // => ["N"]
 * }
 * ```
 *
 * @category methods
 */
export const condorcetIrv = (
  profile: RankedProfile,
  options: HybridOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<Unsupported, CondorcetOutcome> =>
  runHybrid(
    {
      method: "condorcet-irv",
      rule: "Condorcet-IRV: a candidate who beats every other head to head wins; if there is none, an instant runoff decides (a majority of the ballots in play wins, otherwise the fewest first preferences are eliminated).",
      step: (context) => {
        const winner = condorcetWinnerIndex(context.tally);
        const n = context.candidates.length;
        return (continuing) => {
          if (continuing.length === n && winner !== undefined)
            return {
              kind: "elect",
              top: [winner],
              reason: "beating every other candidate head to head (the Condorcet winner)",
              text: `${context.candidates[winner]} beats every other candidate head to head.`,
            };
          return irvStep(
            context,
            continuing,
            continuing.length === n ? "No candidate beats every other head to head." : "",
          );
        };
      },
    },
    profile,
    options,
    tieBreak,
  );

/**
 * The registry entry of {@link condorcetIrv}.
 *
 * @category registry
 */
export const condorcetIrvMethod: MethodDefinition<HybridOptions> = {
  id: "condorcet-irv",
  name: "Condorcet-IRV",
  ballotKind: "ranked",
  summary:
    "Elect the candidate who beats everyone head to head; if there is none, hold an instant runoff.",
  source: "Green-Armytage (2011), Four Condorcet-Hare hybrid methods, Voting Matters 29.",
  satisfies: [
    "anonymity",
    "neutrality",
    "pareto",
    "majority",
    "condorcet-winner",
    "condorcet-loser",
  ],
  fails: ["smith", "monotonicity", "later-no-harm", "participation"],
  complexity: "O(B n² + n (B n + n²)) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("condorcet-irv", 400, 2_000, { pairs: true }),
  options: HybridOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withRanked("condorcet-irv", profile, (p) => condorcetIrv(p, options, tieBreak)),
};
