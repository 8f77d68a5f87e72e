/**
 * Anti-plurality (the veto rule): each voter votes against the candidate they rank last; the
 * candidate with the fewest votes against wins. Equivalently each ballot gives 1 point to every
 * candidate but its last, and the score reported is that count of points.
 *
 * Ties and truncation: a ballot's last place is its bottom tier, and a bottom tier of k candidates
 * gives each 1/k of a veto (exact). Under `unranked: "tied-last"` the unranked candidates form the
 * bottom tier; under `"not-compared"` the bottom tier is the lowest ranked tier. A ballot whose
 * bottom tier holds every candidate it compares (a blank ballot, or one that ties everyone) vetoes
 * nobody: it is an abstention.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import type { RankedProfile, UnrankedRule } from "../ballots/profile.js";
import { UNRANKED } from "../ballots/profile.js";
import type { DecideError } from "../core/errors.js";
import type { Outcome } from "../core/outcome.js";
import * as rationals from "../core/rational.js";
import { type Rational, rational } from "../core/rational.js";
import type { TieBreakPolicy } from "../core/tie-break.js";
import { electByScore } from "../counting/elect.js";
import { methodLimits } from "../counting/limits.js";
import type { MethodDefinition } from "../counting/method.js";
import { rankedOptionsSchema } from "../counting/outcome.js";
import { createSplitTally, LEXICOGRAPHIC, withKind } from "../counting/ranked.js";

/** Options of {@link antiPlurality}. @category methods */
export interface AntiPluralityOptions {
  /** What a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: UnrankedRule | undefined;
}

/**
 * Elects the candidate the fewest voters rank last.
 *
 * @remarks
 * The veto (anti-plurality) rule, the positional rule with points (1, ..., 1, 0); see Saari
 * (1995), Basic Geometry of Voting. Scores are the exact number of voters who did not rank the
 * candidate last (among ballots that veto someone). O(B n).
 * Tie-break `none`: `winners` is every candidate who wins under some resolution of the ties met
 * (here the only tie left to the policy is for first place, so: every candidate tied for first);
 * never an empty list.
 *
 * @param profile - ranked ballots.
 * @param options - `unranked` (see the module comment).
 * @param tieBreak - how to choose among tied leaders (default lexicographic).
 * @example Tennessee's capital (Wikipedia): Nashville and Chattanooga are never last
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { antiPlurality } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["M", "N", "C", "K"], [
 *   { ranking: ["M", "N", "C", "K"], count: 42 }, { ranking: ["N", "C", "K", "M"], count: 26 },
 *   { ranking: ["C", "K", "N", "M"], count: 15 }, { ranking: ["K", "C", "N", "M"], count: 17 },
 * ]);
 * E.isRight(p) && antiPlurality(p.right, {}, { kind: "none" }).winners; // => ["N", "C"]
 * ```
 *
 * @category methods
 */
export const antiPlurality = (
  profile: RankedProfile,
  options: AntiPluralityOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): Outcome => {
  const unranked = options.unranked ?? "tied-last";
  const { candidates } = profile;
  const n = candidates.length;
  const vetoes = createSplitTally(n, profile.countDenominator);
  let voting = 0;
  const { ranks } = profile;
  for (let b = 0; b < profile.ballotCount; b++) {
    const w = profile.counts[b] as number;
    if (w === 0) continue;
    const offset = b * n;
    let worst = -1;
    let compared = 0;
    let hasUnranked = false;
    for (let c = 0; c < n; c++) {
      const r = ranks[offset + c] as number;
      if (r === UNRANKED) hasUnranked = true;
      else {
        compared += 1;
        if (r > worst) worst = r;
      }
    }
    const bottom = unranked === "tied-last" && hasUnranked ? UNRANKED : worst;
    if (unranked === "tied-last") compared = n;
    let k = 0;
    for (let c = 0; c < n; c++) if (ranks[offset + c] === bottom) k += 1;
    if (bottom === -1 || k === compared) continue;
    voting += w;
    for (let c = 0; c < n; c++) if (ranks[offset + c] === bottom) vetoes.add(c, w, k);
  }
  return antiPluralityWith(
    candidates,
    vetoes.values(),
    rational(BigInt(voting), BigInt(profile.countDenominator)),
    tieBreak,
  );
};

/**
 * Anti-plurality's outcome from each candidate's vetoes (`against`) and the number of voters who
 * veto someone (`votingTotal`), counted from a profile or from a positional tally (`decideTally`).
 *
 * @internal
 */
export const antiPluralityWith = (
  candidates: readonly string[],
  against: readonly Rational[],
  votingTotal: Rational,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): Outcome => {
  const scores = against.map((v) => rationals.sub(votingTotal, v));
  return electByScore({
    method: "anti-plurality",
    candidates,
    scores,
    tieBreak,
    tally: {
      label: "Count the voters who rank each candidate last",
      key: "against",
      values: against,
    },
    reason: "the fewest voters rank them last",
  });
};

/**
 * The registry entry of {@link antiPlurality}.
 *
 * @category registry
 */
export const antiPluralityMethod: MethodDefinition<AntiPluralityOptions> = {
  id: "anti-plurality",
  name: "Anti-plurality (veto)",
  ballotKind: "ranked",
  summary: "Each voter vetoes their last choice; the candidate vetoed least wins.",
  source: "The veto rule, points (1, ..., 1, 0); Saari (1995), Basic Geometry of Voting.",
  satisfies: ["anonymity", "neutrality", "monotonicity"],
  fails: [
    "majority",
    "condorcet-winner",
    "condorcet-loser",
    "pareto",
    "clone-independence",
    "later-no-harm",
  ],
  complexity: "O(B n) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("anti-plurality", 10_000, 65_534),
  options: rankedOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("anti-plurality", "ranked", profile, (p) => antiPlurality(p, options, tieBreak)),
};
