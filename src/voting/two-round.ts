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
 * - Ties for the two places: the tie-break policy selects, place by place, among the candidates
 *   tied at the cut; a tie in the second round is broken by the policy.
 * - Tie-break policy `none` (the library's contract, docs/choosing-a-method.md): the winners are
 *   every candidate who wins under some resolution of the ties. The runoff is always between two
 *   finalists: each way of choosing them from a tie at the cut is counted as its own runoff (a
 *   "branches" step lists each pair, its tallies and who can win it), and a runoff tie lets both
 *   win. There are at most k(k-1)/2 pairs for k candidates tied, each O(B n). (An earlier release
 *   held an instant runoff among every candidate tied at the cut: a different method, which could
 *   elect a Condorcet loser who loses every possible runoff.) Later-no-harm holds under this
 *   reading: completing a ballot that ranks only a candidate changes no first preference, so the
 *   same pairs meet, and that ballot counts for its candidate in every runoff they are in.
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
import { methodLimits } from "../counting/limits.js";
import type { MethodDefinition } from "../counting/method.js";
import {
  allCandidates,
  describeScores,
  exactOf,
  listNames,
  namesOf,
  rankedOptionsSchema,
  selectWinners,
  tiersBy,
} from "../counting/outcome.js";
import {
  LEXICOGRAPHIC,
  type PreparedBallots,
  prepareBallots,
  topTally,
  withKind,
} from "../counting/ranked.js";
import { agree, CountLog } from "../counting/rounds.js";

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
 * are exact. O(B n). With tie-break `none`, `winners` is every candidate who wins the runoff under
 * some way of choosing the two finalists from a tie at the cut (never an empty list).
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
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const first = topTally(ballots, new Uint8Array(n).fill(1), new Int32Array(profile.ballotCount));
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
  const sure: number[] = [];
  let straddling: number[] = [];
  for (const tier of byVotes) {
    if (sure.length >= 2) break;
    if (sure.length + tier.length <= 2) sure.push(...tier);
    else {
      straddling = tier;
      break;
    }
  }
  const need = Math.min(2, n) - sure.length;
  if (tieBreak.kind === "none" && straddling.length > 0) {
    // Policy none: every way of choosing the finalists from the tie meets in its own runoff.
    const pairs = choose(straddling, need).map((picked) =>
      [...sure, ...picked].sort((a, b) => a - b),
    );
    tieBreaker.choose(straddling, "select", "round 1, places at the cut", [first.values]);
    const runs = pairs.map((pair) => ({ pair, ...runoff(ballots, pair) }));
    const winners = [...new Set(runs.flatMap((r) => r.top))].sort((a, b) => a - b);
    for (const r of runs)
      if (r.top.length > 1)
        tieBreaker.choose(
          r.top,
          "select",
          `runoff between ${listNames(namesOf(candidates, r.pair))}`,
        );
    const inSome = [...sure, ...straddling];
    const out = allCandidates(n).filter((c) => !inSome.includes(c));
    log.round({
      round: 1,
      tallies: firstTallies,
      ...(out.length > 0 ? { eliminated: namesOf(candidates, out) } : {}),
      text: `${firstText} Nobody has a majority; ${sure.length > 0 ? `${listNames(namesOf(candidates, sure))} ${agree(sure.length, "goes", "go")} to the runoff, and ` : ""}${listNames(namesOf(candidates, straddling))} are tied for the ${need === 1 ? "other place" : "two places"}.`,
    });
    for (const group of tiersBy(out, (a, b) =>
      compare(first.values[a] as Rational, first.values[b] as Rational),
    ).reverse())
      log.eliminate(group);
    log.step(
      "branches",
      `With no tie-break, each way of filling the runoff is counted separately: ${runs
        .map(
          (r) =>
            `${listNames(namesOf(candidates, r.pair))}: ${describeScores(candidates, r.pair, r.values.map(exactOf))}, so ${orNames(namesOf(candidates, r.top))} ${agree(r.top.length, "wins", "can win")}`,
        )
        .join("; ")}.`,
      {
        branches: runs.map((r) => ({
          finalists: namesOf(candidates, r.pair),
          runoff: Object.fromEntries(
            r.pair.map((c) => [candidates[c], exactOf(r.values[c] as Rational)]),
          ),
          winners: namesOf(candidates, r.top),
        })),
      },
    );
    return log.finish({
      method: "two-round",
      top: winners,
      winners,
      reason: "a winner of the runoff under some way of breaking the tie at the cut",
      finalTiers: [
        winners,
        inSome.filter((c) => !winners.includes(c)).sort((a, b) => a - b),
      ].filter((t) => t.length > 0),
      scores: firstExact,
      tieBreaker,
    });
  }
  const finalists = [...sure];
  let pool = [...straddling];
  while (finalists.length < 2 && pool.length > 0) {
    const picked = selectWinners(pool, tieBreaker, `round 1, place ${finalists.length + 1}`, [
      first.values,
    ]);
    const chosen = picked[0] as number;
    finalists.push(chosen);
    pool = pool.filter((c) => c !== chosen);
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
  const second = runoff(ballots, finalists);
  const secondExact = second.values.map(exactOf);
  const secondTallies = Object.fromEntries(
    second.tiers.flat().map((c) => [candidates[c], secondExact[c]]),
  );
  const winners = selectWinners(second.top, tieBreaker, "round 2", [first.values, second.values]);
  log.round({
    round: 2,
    tallies: secondTallies,
    elected: namesOf(candidates, winners),
    text: `Round 2 (runoff): ${describeScores(candidates, second.tiers.flat(), secondExact)}.`,
  });
  return log.finish({
    method: "two-round",
    top: second.top,
    winners,
    reason: "the most votes in the runoff",
    finalTiers: second.tiers,
    scores: firstExact,
    tieBreaker,
  });
};

/** The runoff between `finalists`: each ballot counts for the one it ranks higher. */
const runoff = (
  ballots: PreparedBallots,
  finalists: readonly number[],
): { values: Rational[]; tiers: number[][]; top: number[] } => {
  const continuing = new Uint8Array(ballots.n);
  for (const c of finalists) continuing[c] = 1;
  const { values } = topTally(ballots, continuing, new Int32Array(ballots.ballotCount));
  const tiers = tiersBy(finalists, (a, b) => compare(values[a] as Rational, values[b] as Rational));
  return { values, tiers, top: tiers[0] ?? [] };
};

/** Every way of choosing `k` of `items`, in lexicographic order of positions. */
const choose = (items: readonly number[], k: number): number[][] => {
  if (k <= 0) return [[]];
  const out: number[][] = [];
  items.forEach((x, i) => {
    for (const rest of choose(items.slice(i + 1), k - 1)) out.push([x, ...rest]);
  });
  return out;
};

/** `a`, `a or b`, `a, b or c`. */
const orNames = (names: readonly string[]): string =>
  names.length <= 2
    ? names.join(" or ")
    : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1] ?? ""}`;

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
  limits: /* @__PURE__ */ methodLimits("two-round", 10_000, 65_534),
  options: rankedOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("two-round", "ranked", profile, (p) => twoRound(p, options, tieBreak)),
};
