/**
 * Tideman's Alternative (Alternative Smith, Alternative Schwartz): eliminate every candidate
 * outside the top set, then the one with the fewest first preferences among those left, and
 * repeat (recomputing the top set of the contests among the candidates still in) until one
 * remains.
 *
 * Documented rules:
 * - `set: "smith"` (default) uses the Smith set, `set: "schwartz"` the Schwartz set, each of the
 *   head-to-head contests among the continuing candidates only.
 * - First preferences as in {@link irv}: a tie on a ballot shares its vote equally; ballots whose
 *   candidates are all out are exhausted.
 * - Ties for elimination go to the tie-break policy; with policy `none`, every way of breaking
 *   each tie is followed and the winners are every candidate who wins along some path.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { RankedProfile } from "../../ballots/profile.js";
import type { DecideError, Unsupported } from "../../core/errors.js";
import { pure } from "../../core/internal/pure.js";
import type { Outcome } from "../../core/outcome.js";
import type { TieBreakPolicy } from "../../core/tie-break.js";
import { dropAll, dropFewest, withRanked } from "../../counting/elimination.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { listNames, namesOf } from "../../counting/outcome.js";
import { LEXICOGRAPHIC } from "../../counting/ranked.js";
import { type CondorcetOutcome, schwartzIndices, smithIndices } from "../condorcet/shared.js";
import { capitalise, type HybridOptions, hybridOptionsShape, runHybrid } from "./shared.js";

/** Options of {@link tidemanAlternative}. @category methods */
export interface TidemanAlternativeOptions extends HybridOptions {
  /** The top set recomputed before each elimination (default `smith`). */
  readonly set?: "smith" | "schwartz" | undefined;
}

/**
 * Elects by alternating the top set and an instant-runoff elimination.
 *
 * @remarks
 * Tideman (2006), Collective Decisions and Voting, p. 232 ("alternative Smith"; the Schwartz
 * variant alike). Smith (or Schwartz) efficient, hence Condorcet consistent; independent of
 * clones and of Smith-dominated alternatives (Tideman); not monotone. O(B n² + n² (B n + n²)).
 *
 * @param profile - ranked ballots.
 * @param options - `set`, `unranked`; `maxTiePathCandidates` bounds the work of `tieBreak: none`.
 * @param tieBreak - how ties for elimination are broken (default lexicographic).
 * @returns the outcome, or `Unsupported` when `none` would follow the ties of too many candidates.
 * @example Electowiki ("Tideman's Alternative methods"): D is outside the Smith set, then C goes
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { tidemanAlternative } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["A", "B", "C", "D"], [
 *   { ranking: ["D", "A", "B", "C"], count: 6 },
 *   { ranking: ["B", "C", "A", "D"], count: 5 },
 *   { ranking: ["C", "A", "B", "D"], count: 4 },
 * ]);
 * if (E.isRight(p)) {
 *   const outcome = tidemanAlternative(p.right);
 *   E.isRight(outcome) && outcome.right.winners; // => ["A"]
 * }
 * ```
 *
 * @category methods
 */
export const tidemanAlternative = (
  profile: RankedProfile,
  options: TidemanAlternativeOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<Unsupported, CondorcetOutcome> => {
  const set = options.set ?? "smith";
  const setName = set === "smith" ? "Smith set" : "Schwartz set";
  return runHybrid(
    {
      method: "tideman-alternative",
      variant: set,
      rule: `Tideman's Alternative (${setName}): eliminate every candidate outside the ${setName} of the contests among the continuing candidates; if one remains they win, otherwise the candidate with the fewest first preferences is eliminated, and the count repeats.`,
      step: (context) => (continuing) => {
        const { candidates, tally } = context;
        const top =
          set === "smith" ? smithIndices(tally, continuing) : schwartzIndices(tally, continuing);
        if (top.length === 1)
          return {
            kind: "elect",
            top,
            reason: `the ${setName} of the continuing candidates is ${candidates[top[0] as number]} alone`,
            text: `The ${setName} of the continuing candidates is ${candidates[top[0] as number]} alone.`,
          };
        const outside = continuing.filter((c) => !top.includes(c));
        if (outside.length > 0)
          return dropAll(
            outside,
            `The ${setName} of the continuing candidates is ${listNames(namesOf(candidates, top))}; ${listNames(namesOf(candidates, outside))} ${outside.length === 1 ? "is" : "are"} outside it and eliminated.`,
          );
        const prefs = context.prefs(continuing);
        return dropFewest(
          candidates,
          prefs,
          `The ${setName} is every continuing candidate. ${capitalise(prefs.sentence)};`,
        );
      },
    },
    profile,
    options,
    tieBreak,
  );
};

/** The options schema of {@link tidemanAlternativeMethod}. @category registry */
export const TidemanAlternativeOptionsSchema: z.ZodMiniType<TidemanAlternativeOptions> =
  /* @__PURE__ */ pure(() =>
    z.strictObject({ ...hybridOptionsShape, set: z.optional(z.enum(["smith", "schwartz"])) }),
  );

/**
 * The registry entry of {@link tidemanAlternative}.
 *
 * @category registry
 */
export const tidemanAlternativeMethod: MethodDefinition<TidemanAlternativeOptions> = {
  id: "tideman-alternative",
  name: "Tideman's Alternative (Smith or Schwartz)",
  ballotKind: "ranked",
  summary:
    "Drop everyone outside the Smith set, then the candidate with the fewest first choices, and repeat until one is left.",
  source: "Tideman (2006), Collective Decisions and Voting, p. 232.",
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
  complexity: "O(B n² + n² (B n + n²)) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("tideman-alternative", 200, 1_000, { pairs: true }),
  options: TidemanAlternativeOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withRanked("tideman-alternative", profile, (p) => tidemanAlternative(p, options, tieBreak)),
};
