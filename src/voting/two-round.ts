/**
 * Two-round runoff (the contingent vote), counted from ranked ballots: if a candidate holds more
 * than half of the first preferences they win; otherwise the two candidates with the most first
 * preferences go to a second round, and each ballot counts for whichever of the two it ranks
 * higher.
 *
 * Documented rules:
 * - First preferences: a ballot tying k candidates first gives each 1/k (exact).
 * - The second round reads the same ballots, as the contingent vote does (a voter does not change
 *   their mind between rounds). A ballot that ranks neither finalist, or ties them, abstains;
 *   under `unranked: "tied-last"` such a ballot would support both equally, which changes
 *   nothing, so both `unranked` rules elect the same candidate.
 * - Ties for the two places: the tie-break policy selects among the candidates tied at the cut.
 *   With policy `none` every candidate tied at the cut goes through, and the second round is an
 *   instant runoff among the finalists: each ballot counts for the finalist it ranks highest, and
 *   those with the fewest votes are dropped together until two remain or all are tied. (An
 *   instant runoff, unlike a round robin, keeps later-no-harm: a ballot whose first choice is a
 *   finalist never counts for anyone else.) A tie in the second round is broken by the policy.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import type { RankedProfile, UnrankedRule } from "../ballots/profile.js";
import type { DecideError } from "../core/errors.js";
import type { Outcome } from "../core/outcome.js";
import * as rationals from "../core/rational.js";
import { compare, type Rational } from "../core/rational.js";
import { createTieBreaker, type TieBreakPolicy } from "../core/tie-break.js";
import { methodLimits } from "./internal/limits.js";
import {
  allCandidates,
  describeScores,
  exactOf,
  listNames,
  namesOf,
  rankedOptionsSchema,
  selectWinners,
  tiersBy,
} from "./internal/outcome.js";
import { LEXICOGRAPHIC, prepareBallots, topTally, withKind } from "./internal/ranked.js";
import { agree, CountLog } from "./internal/rounds.js";
import type { MethodDefinition } from "./method.js";

/** Options of {@link twoRound}. @category methods */
export interface TwoRoundOptions {
  /** What a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: UnrankedRule | undefined;
}

/**
 * Elects a majority winner of the first preferences, or else the winner of a runoff between the
 * top two.
 *
 * @remarks
 * The contingent vote (Sri Lanka's presidential rule; the French two-round system with voters who
 * do not change their preferences); see Grofman, Bowler and Blais on the contingent vote. Tallies
 * are exact. O(B n).
 *
 * @param profile - ranked ballots.
 * @param options - `unranked` (no effect on the winner; see the module comment).
 * @param tieBreak - how ties at the cut and in the runoff are broken (default lexicographic).
 * @example Tennessee's capital (Wikipedia): Nashville beats Memphis in the runoff
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { twoRound } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["M", "N", "C", "K"], [
 *   { ranking: ["M", "N", "C", "K"], count: 42 }, { ranking: ["N", "C", "K", "M"], count: 26 },
 *   { ranking: ["C", "K", "N", "M"], count: 15 }, { ranking: ["K", "C", "N", "M"], count: 17 },
 * ]);
 * E.isRight(p) && twoRound(p.right).winners; // => ["N"]
 * ```
 *
 * @category methods
 */
export const twoRound = (
  profile: RankedProfile,
  options: TwoRoundOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): Outcome => {
  const { candidates } = profile;
  const n = candidates.length;
  const ballots = prepareBallots(profile);
  const continuing = new Uint8Array(n).fill(1);
  const pointer = new Int32Array(profile.ballotCount);
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const first = topTally(ballots, continuing, pointer);
  const firstExact = first.values.map(exactOf);
  const byVotes = tiersBy(allCandidates(n), (a, b) =>
    compare(first.values[a] as Rational, first.values[b] as Rational),
  );
  const log = new CountLog(
    candidates,
    "Two-round runoff: a candidate with more than half of the first preferences wins; otherwise the top two meet in a runoff, where each ballot counts for the finalist it ranks higher.",
    { unranked: options.unranked ?? "tied-last" },
  );
  const firstText = `Round 1: ${describeScores(candidates, byVotes.flat(), firstExact)} (${exactOf(first.active)} ballots with a first preference).`;
  const leader = byVotes[0] ?? [];
  const half = rationals.div(first.active, rationals.rational(2n));
  const firstTallies = Object.fromEntries(
    byVotes.flat().map((c) => [candidates[c], firstExact[c]]),
  );
  if (
    leader.length === 1 &&
    rationals.compare(first.values[leader[0] as number] as Rational, half) > 0
  ) {
    log.round({
      round: 1,
      tallies: firstTallies,
      elected: namesOf(candidates, leader),
      text: `${firstText} ${candidates[leader[0] as number]} has a majority and is elected.`,
    });
    return log.finish({
      method: "two-round",
      top: leader,
      winners: [...leader],
      reason: "a majority of first preferences",
      finalTiers: byVotes,
      scores: firstExact,
      tieBreaker,
    });
  }
  // Fill two places tier by tier; a tier that straddles the cut goes to the tie-break.
  const finalists: number[] = [];
  for (const tier of byVotes) {
    if (finalists.length >= 2) break;
    if (finalists.length + tier.length <= 2) {
      finalists.push(...tier);
      continue;
    }
    const pool = [...tier];
    while (finalists.length < 2 && pool.length > 0) {
      const picked = selectWinners(pool, tieBreaker, `round 1, place ${finalists.length + 1}`, [
        first.values,
      ]);
      if (picked.length > 1) {
        finalists.push(...picked);
        break;
      }
      const chosen = picked[0] as number;
      finalists.push(chosen);
      pool.splice(pool.indexOf(chosen), 1);
    }
  }
  finalists.sort((a, b) => a - b);
  const out = allCandidates(n).filter((c) => !finalists.includes(c));
  log.round({
    round: 1,
    tallies: firstTallies,
    ...(out.length > 0 ? { eliminated: namesOf(candidates, out) } : {}),
    text: `${firstText} Nobody has a majority; ${listNames(namesOf(candidates, finalists))} go to the runoff.`,
  });
  // Those out after round 1 rank below the finalists, by their first preferences.
  for (const group of tiersBy(out, (a, b) =>
    compare(first.values[a] as Rational, first.values[b] as Rational),
  ).reverse())
    log.eliminate(group);
  for (const c of out) continuing[c] = 0;
  // More than two finalists only under policy none (a tie at the cut): the second round is then an
  // instant runoff among them (see the module comment); with two finalists it is the plain runoff.
  let second = topTally(ballots, continuing, pointer);
  let inRunoff = finalists;
  let round = 2;
  for (;;) {
    const values = second.values;
    const tiers = tiersBy(inRunoff, (a, b) =>
      compare(values[a] as Rational, values[b] as Rational),
    );
    if (inRunoff.length <= 2 || tiers.length <= 1) break;
    const lowest = tiers[tiers.length - 1] ?? [];
    const exact = values.map(exactOf);
    log.round({
      round,
      tallies: Object.fromEntries(tiers.flat().map((c) => [candidates[c], exact[c]])),
      eliminated: namesOf(candidates, lowest),
      text: `Round ${round} (runoff among ${inRunoff.length}): ${describeScores(candidates, tiers.flat(), exact)}; ${listNames(namesOf(candidates, lowest))} ${agree(lowest.length, "has", "have")} the fewest votes and ${agree(lowest.length, "is", "are")} eliminated.`,
    });
    log.eliminate(lowest);
    for (const c of lowest) continuing[c] = 0;
    inRunoff = inRunoff.filter((c) => !lowest.includes(c));
    second = topTally(ballots, continuing, pointer);
    round += 1;
  }
  const secondExact = second.values.map(exactOf);
  const runoff = tiersBy(inRunoff, (a, b) =>
    compare(second.values[a] as Rational, second.values[b] as Rational),
  );
  const secondTallies = Object.fromEntries(
    runoff.flat().map((c) => [candidates[c], secondExact[c]]),
  );
  const top = runoff[0] ?? [];
  const winners = selectWinners(top, tieBreaker, `round ${round}`, [first.values, second.values]);
  log.round({
    round,
    tallies: secondTallies,
    elected: namesOf(candidates, winners),
    text: `Round ${round} (runoff): ${describeScores(candidates, runoff.flat(), secondExact)}.`,
  });
  return log.finish({
    method: "two-round",
    top,
    winners,
    reason: "the most votes in the runoff",
    finalTiers: runoff,
    scores: firstExact,
    tieBreaker,
  });
};

/**
 * The registry entry of {@link twoRound}.
 *
 * @category registry
 */
export const twoRoundMethod: MethodDefinition<TwoRoundOptions> = {
  id: "two-round",
  name: "Two-round runoff (contingent vote)",
  ballotKind: "ranked",
  summary:
    "A first-round majority wins; otherwise the top two face a runoff decided by the same ballots.",
  source: "The contingent vote; Tideman (2006), Collective Decisions and Voting, ch. 7.",
  satisfies: ["anonymity", "neutrality", "pareto", "majority", "condorcet-loser", "later-no-harm"],
  fails: ["condorcet-winner", "monotonicity", "clone-independence", "participation"],
  complexity: "O(B n) for B distinct ballots and n candidates",
  limits: methodLimits("two-round", 10_000, 65_534),
  options: rankedOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("two-round", "ranked", profile, (p) => twoRound(p, options, tieBreak)),
};
