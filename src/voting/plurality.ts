/**
 * Plurality (first past the post): each voter's first preference counts one vote; the most votes
 * win.
 *
 * Ties and truncation: a ballot that ties k candidates first gives each 1/k of its vote (exact). A
 * ballot that ranks nobody supports nobody under either `unranked` rule (under `tied-last` it
 * would give every candidate the same share, which changes no comparison), so it is reported as
 * blank.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import type { RankedProfile, UnrankedRule } from "../ballots/profile.js";
import { firstPreferenceScores, firstPreferences } from "../ballots/tally/first-preferences.js";
import type { DecideError } from "../core/errors.js";
import type { Outcome } from "../core/outcome.js";
import type { TieBreakPolicy } from "../core/tie-break.js";
import { electByScore } from "../counting/elect.js";
import { methodLimits } from "../counting/limits.js";
import type { MethodDefinition } from "../counting/method.js";
import { rankedOptionsSchema } from "../counting/outcome.js";
import { LEXICOGRAPHIC, withKind } from "../counting/ranked.js";

/** Options of {@link plurality}. @category methods */
export interface PluralityOptions {
  /** What a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: UnrankedRule | undefined;
}

/**
 * Elects the candidate whom the most voters rank first.
 *
 * @remarks
 * The oldest rule (single-member plurality, "first past the post"). Scores are first-preference
 * counts, exact (`"p/q"` when ballots tie candidates first or counts are fractional). The ranking
 * orders all candidates by their counts. O(B n).
 * Tie-break `none`: `winners` is every candidate who wins under some resolution of the ties met
 * (here the only tie left to the policy is for first place, so: every candidate tied for first);
 * never an empty list.
 *
 * @param profile - ranked ballots.
 * @param options - `unranked` (no effect on the winner; see the module comment).
 * @param tieBreak - how to choose among tied leaders (default lexicographic).
 * @example Tennessee's capital (Wikipedia)
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { plurality } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["M", "N", "C", "K"], [
 *   { ranking: ["M", "N", "C", "K"], count: 42 }, { ranking: ["N", "C", "K", "M"], count: 26 },
 *   { ranking: ["C", "K", "N", "M"], count: 15 }, { ranking: ["K", "C", "N", "M"], count: 17 },
 * ]);
 * E.isRight(p) && plurality(p.right).winners; // => ["M"]
 * ```
 *
 * @category methods
 */
export const plurality = (
  profile: RankedProfile,
  options: PluralityOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): Outcome =>
  electByScore({
    method: "plurality",
    candidates: profile.candidates,
    scores: firstPreferenceScores(firstPreferences(profile)),
    tieBreak,
    tally: {
      label: "Count each ballot's first preference",
      key: "firstPreferences",
      data: { unranked: options.unranked ?? "tied-last" },
    },
    reason: "the most first preferences",
  });

/**
 * The registry entry of {@link plurality}.
 *
 * @category registry
 */
export const pluralityMethod: MethodDefinition<PluralityOptions> = {
  id: "plurality",
  name: "Plurality (first past the post)",
  ballotKind: "ranked",
  summary: "Each voter's first choice counts once; the candidate with the most first choices wins.",
  source: "Single-member plurality; see Tideman (2006), Collective Decisions and Voting, ch. 7.",
  satisfies: ["anonymity", "neutrality", "pareto", "majority", "monotonicity", "later-no-harm"],
  fails: ["condorcet-winner", "condorcet-loser", "clone-independence", "reversal-symmetry"],
  complexity: "O(B n) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("plurality", 10_000, 65_534),
  options: rankedOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("plurality", "ranked", profile, (p) => plurality(p, options, tieBreak)),
};
