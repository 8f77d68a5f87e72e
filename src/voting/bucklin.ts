/**
 * Bucklin voting (the Grand Junction system): count first choices; if nobody has a majority, add
 * every ballot's second choices, then third, and so on, until one or more candidates pass a
 * majority of the voters. The one with the most votes at that round wins.
 *
 * Documented rules:
 * - Rounds follow a ballot's tiers: round k counts a ballot for every candidate in its first k
 *   tiers (candidates tied on a ballot enter together, each with the full vote, as in the
 *   original rules every added choice counts one vote).
 * - Unranked candidates: under `unranked: "tied-last"` they form one more tier after the ballot's
 *   last ranked tier; under `"not-compared"` they are never counted.
 * - The majority is of the voters whose ballots count for someone. If no candidate passes it after
 *   the last tier, the most votes at the last round win.
 * - Ties for the most votes at the deciding round are broken by the tie-break policy (the look-back
 *   policies read the earlier rounds).
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import type { RankedProfile, UnrankedRule } from "../ballots/profile.js";
import { UNRANKED } from "../ballots/profile.js";
import type { DecideError } from "../core/errors.js";
import type { Outcome } from "../core/outcome.js";
import { type Rational, rational } from "../core/rational.js";
import { createTieBreaker, type TieBreakPolicy } from "../core/tie-break.js";
import { methodLimits } from "../counting/limits.js";
import type { MethodDefinition } from "../counting/method.js";
import {
  allCandidates,
  describeScores,
  exactScaled,
  listNames,
  namesOf,
  rankedOptionsSchema,
  selectWinners,
  tiersBy,
} from "../counting/outcome.js";
import { LEXICOGRAPHIC, withKind } from "../counting/ranked.js";
import { agree, CountLog } from "../counting/rounds.js";

/** Options of {@link bucklin}. @category methods */
export interface BucklinOptions {
  /** What a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: UnrankedRule | undefined;
}

/**
 * Elects a candidate by adding lower choices round by round until someone has a majority.
 *
 * @remarks
 * James W. Bucklin's rule (Grand Junction, Colorado, 1909); see Tideman (2006), Collective
 * Decisions and Voting, and Wikipedia's "Bucklin voting". Counts are whole multiples of the count
 * unit, exact. O(B n).
 * Tie-break `none`: `winners` is every candidate who wins under some resolution of the ties met
 * (the only tie left to the policy is for the most votes at the deciding round: all of them);
 * never an empty list.
 *
 * @param profile - ranked ballots.
 * @param options - `unranked` (see the module comment).
 * @param tieBreak - how a tie for the most votes is broken (default lexicographic).
 * @example Tennessee's capital (Wikipedia): Nashville passes a majority in round 2
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { bucklin } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["M", "N", "C", "K"], [
 *   { ranking: ["M", "N", "C", "K"], count: 42 }, { ranking: ["N", "C", "K", "M"], count: 26 },
 *   { ranking: ["C", "K", "N", "M"], count: 15 }, { ranking: ["K", "C", "N", "M"], count: 17 },
 * ]);
 * E.isRight(p) && bucklin(p.right).scores; // => { M: 42, N: 68, C: 58, K: 32 }
 * ```
 *
 * @category methods
 */
export const bucklin = (
  profile: RankedProfile,
  options: BucklinOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): Outcome => {
  const unranked = options.unranked ?? "tied-last";
  const { candidates, ranks } = profile;
  const n = candidates.length;
  // arrivals[t * n + c]: the weight of ballots on which c enters at round t + 1.
  const arrivals = new Float64Array((n + 1) * n);
  let voters = 0;
  let maxTier = 0;
  for (let b = 0; b < profile.ballotCount; b++) {
    const w = profile.counts[b] as number;
    if (w === 0) continue;
    const offset = b * n;
    let tiers = 0;
    let ranked = 0;
    for (let c = 0; c < n; c++) {
      const r = ranks[offset + c] as number;
      if (r !== UNRANKED) {
        ranked++;
        if (r + 1 > tiers) tiers = r + 1;
      }
    }
    const countsUnranked = unranked === "tied-last" && ranked < n;
    if (ranked === 0 && !countsUnranked) continue;
    voters += w;
    for (let c = 0; c < n; c++) {
      const r = ranks[offset + c] as number;
      const t = r === UNRANKED ? (countsUnranked ? tiers : -1) : r;
      if (t < 0) continue;
      if (t > maxTier) maxTier = t;
      arrivals[t * n + c] = (arrivals[t * n + c] as number) + w;
    }
  }
  const den = profile.countDenominator;
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const running = new Float64Array(n);
  const history: Rational[][] = [];
  const log = new CountLog(
    candidates,
    `Bucklin voting: count first choices, then add second choices, and so on, until a candidate has more than half of the ${exactScaled(voters, den)} voters; the most votes at that round win.`,
    { unranked, voters: exactScaled(voters, den) },
  );
  const everyone = allCandidates(n);
  let ranking: number[][] = [everyone];
  let top: number[] = everyone;
  let reason = "nobody has any votes";
  for (let t = 0; t <= maxTier && voters > 0; t++) {
    for (let c = 0; c < n; c++)
      running[c] = (running[c] as number) + (arrivals[t * n + c] as number);
    const snapshot = Array.from(running);
    history.push(snapshot.map((v) => rational(BigInt(v), BigInt(den))));
    const exact = snapshot.map((v) => exactScaled(v, den));
    ranking = tiersBy(everyone, (a, b) => (snapshot[a] as number) - (snapshot[b] as number));
    const order = ranking.flat();
    const tallies = Object.fromEntries(order.map((c) => [candidates[c], exact[c]]));
    const passed = everyone.filter((c) => 2 * (snapshot[c] as number) > voters);
    const lastRound = t === maxTier;
    if (passed.length > 0 || lastRound) {
      top = ranking[0] ?? [];
      reason =
        passed.length > 0
          ? `a majority of the voters, with the most votes, in round ${t + 1}`
          : `nobody passed a majority, so the most votes in the last round (${t + 1})`;
      log.round({
        round: t + 1,
        tallies,
        text: `Round ${t + 1}: ${describeScores(candidates, order, exact)}. ${passed.length > 0 ? `${listNames(namesOf(candidates, passed))} ${agree(passed.length, "has", "have")} a majority.` : "Nobody has a majority, and no lower choices remain."}`,
      });
      break;
    }
    log.round({
      round: t + 1,
      tallies,
      text: `Round ${t + 1}: ${describeScores(candidates, order, exact)}. Nobody has a majority; the next choices are added.`,
    });
  }
  return log.finish({
    method: "bucklin",
    top,
    winners: selectWinners(top, tieBreaker, `round ${log.rounds.length}`, history),
    reason,
    finalTiers: ranking,
    scores: Array.from(running, (v) => exactScaled(v, den)),
    tieBreaker,
  });
};

/**
 * The registry entry of {@link bucklin}.
 *
 * @category registry
 */
export const bucklinMethod: MethodDefinition<BucklinOptions> = {
  id: "bucklin",
  name: "Bucklin voting",
  ballotKind: "ranked",
  summary:
    "Add second, third, ... choices round by round until someone has a majority of the voters.",
  source:
    "Bucklin's Grand Junction system (1909); Tideman (2006), Collective Decisions and Voting.",
  satisfies: ["anonymity", "neutrality", "majority", "monotonicity"],
  fails: ["condorcet-winner", "condorcet-loser", "clone-independence", "later-no-harm"],
  complexity: "O(B n + n²) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("bucklin", 300, 3_000),
  options: rankedOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("bucklin", "ranked", profile, (p) => bucklin(p, options, tieBreak)),
};
