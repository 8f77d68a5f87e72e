/**
 * STAR voting (Score Then Automatic Runoff): the two candidates with the highest total scores
 * are finalists; the finalist scored higher on more ballots wins.
 *
 * Ties follow the Official STAR Voting Tiebreaker Protocol (Equal Vote Coalition, as implemented
 * by BetterVoting, docs.bettervoting.com/help/ties):
 * - Scoring round (choosing the finalists): when exactly two candidates are tied for a finalist
 *   place, the one scored higher by more voters goes through; when more than two are tied, or the
 *   two are preferred by equally many voters, the one with the most top scores (five stars on a
 *   0-5 ballot; the range's maximum here) goes through; any tie left goes to the tie-break policy
 *   (the protocol's random draw is the `random` policy).
 * - Runoff: a tie in preferences goes to the finalist with the higher total score, then to the one
 *   with more top scores, then to the tie-break policy.
 * A blank score counts as the range's minimum. With tie-break policy `none`, an unresolved tie for
 * a finalist place sends every tied candidate to the runoff (each ballot then counts for the
 * finalist it scores strictly above all others), and an unresolved runoff tie leaves co-winners.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { ScoreProfile } from "../ballots/profile.js";
import type { DecideError } from "../core/errors.js";
import { type ExplanationStep, step } from "../core/explanation.js";
import type { Outcome, Round } from "../core/outcome.js";
import { compare, type Rational, rational } from "../core/rational.js";
import { createTieBreaker, type TieBreaker, type TieBreakPolicy } from "../core/tie-break.js";
import { preferredBy, scoreAt, scoreSums, topScores } from "./internal/cardinal.js";
import { methodLimits } from "./internal/limits.js";
import {
  allCandidates,
  describeScores,
  exactOf,
  listNames,
  makeOutcome,
  namesOf,
  selectWinners,
  tiersBy,
  winnerSentence,
} from "./internal/outcome.js";
import { LEXICOGRAPHIC, withKind } from "./internal/ranked.js";
import type { MethodDefinition } from "./method.js";
import { rangeOption } from "./score.js";

/** Options of {@link star}. @category methods */
export interface StarOptions {
  /** The score range the ballots use (default 0 to 10; STAR ballots are usually 0 to 5). */
  readonly range?: { readonly min: number; readonly max: number } | undefined;
}

const StarOptionsSchema: z.ZodMiniType<StarOptions> = z.strictObject({ range: rangeOption });

/**
 * Elects by STAR voting: the two highest-scoring candidates meet in an automatic runoff, won by
 * the one preferred on more ballots.
 *
 * @remarks
 * Score Then Automatic Runoff (Frohnmayer, 2014; Equal Vote Coalition), with the Official STAR
 * Voting Tiebreaker Protocol as the module comment states. Sums and counts are exact. O(B n).
 *
 * @param profile - score ballots.
 * @param _options - `range` (read when the ballots are checked).
 * @param tieBreak - the last resort for ties the protocol cannot break (default lexicographic).
 * @example The runoff overturns the scoring round's leader
 * ```ts
 * import { scoreProfile } from "co-decide/ballots";
 * import { star } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = scoreProfile(["a", "b", "c"], [
 *   { scores: { a: 5, b: 0, c: 1 }, count: 2 }, { scores: { a: 4, b: 5, c: 0 }, count: 3 },
 * ], { min: 0, max: 5 });
 * E.isRight(p) && star(p.right).winners; // => ["b"] (a leads the scores 22 to 15, but 3 of 5 prefer b)
 * ```
 *
 * @category methods
 */
export const star = (
  profile: ScoreProfile,
  _options: StarOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): Outcome => {
  const { candidates } = profile;
  const n = candidates.length;
  const sums = scoreSums(profile);
  const totals: Rational[] = candidates.map((_, c) =>
    rational(sums.sums[c] as bigint, sums.denominator),
  );
  const exact = totals.map(exactOf);
  const byTotal = tiersBy(allCandidates(n), (a, b) =>
    compare(totals[a] as Rational, totals[b] as Rational),
  );
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const explanation: ExplanationStep[] = [
    step(
      "rule",
      `STAR voting: add up each candidate's scores (from ${profile.range.min} to ${profile.range.max}); the two highest go to an automatic runoff, won by the finalist scored higher on more ballots.`,
      { range: { ...profile.range } },
    ),
  ];
  const notes: string[] = [];
  const finalists: number[] = [];
  for (const tier of byTotal) {
    const need = 2 - finalists.length;
    if (need <= 0) break;
    if (tier.length <= need) finalists.push(...tier);
    else finalists.push(...breakScoringTie(profile, tier, need, tieBreaker, notes));
  }
  finalists.sort((a, b) => a - b);
  const scoringText = `Scoring round: ${describeScores(candidates, byTotal.flat(), exact)}. ${notes.join(" ")}${notes.length > 0 ? " " : ""}${listNames(namesOf(candidates, finalists))} ${finalists.length === 1 ? "is the only finalist" : "go to the runoff"}.`;
  const rounds: Round[] = [
    {
      round: 1,
      tallies: Object.fromEntries(byTotal.flat().map((c) => [candidates[c], exact[c]])),
      ...(n > finalists.length
        ? {
            eliminated: namesOf(
              candidates,
              allCandidates(n).filter((c) => !finalists.includes(c)),
            ),
          }
        : {}),
      text: scoringText,
    },
  ];
  explanation.push(step("round", scoringText, { round: 1, totals: rounds[0]?.tallies }));
  const votes = runoffVotes(profile, finalists);
  const votesExact = votes.map(exactOf);
  const byVotes = tiersBy(finalists, (a, b) => compare(votes[a] as Rational, votes[b] as Rational));
  let top = byVotes[0] ?? [];
  let reason = "preferred on more ballots in the runoff";
  const runoffNotes: string[] = [];
  if (top.length > 1) {
    // Protocol, runoff step 1: the higher total score; step 2: more top scores.
    const byScore = tiersBy(top, (a, b) => compare(totals[a] as Rational, totals[b] as Rational));
    if ((byScore[0] ?? []).length < top.length) {
      runoffNotes.push(
        `The runoff is tied; ${listNames(namesOf(candidates, byScore[0] ?? []))} had the higher total score.`,
      );
      top = byScore[0] ?? [];
      reason = "tied in the runoff, with the higher total score";
    } else {
      const tops = top.map((c) => topScores(profile, c));
      const byTop = tiersBy(top, (a, b) =>
        compare(tops[top.indexOf(a)] as Rational, tops[top.indexOf(b)] as Rational),
      );
      if ((byTop[0] ?? []).length < top.length) {
        runoffNotes.push(
          `The runoff and the total scores are tied; ${listNames(namesOf(candidates, byTop[0] ?? []))} had more top scores.`,
        );
        top = byTop[0] ?? [];
        reason = "tied in the runoff and in total score, with more top scores";
      } else {
        reason = "tied in the runoff, in total score and in top scores";
      }
    }
  }
  const winners = selectWinners(top, tieBreaker, "runoff");
  const runoffTallies = Object.fromEntries(
    byVotes.flat().map((c) => [candidates[c], votesExact[c]]),
  );
  const noPreference = exactOf(votes[n] as Rational);
  const runoffText = `Automatic runoff: ${describeScores(candidates, byVotes.flat(), votesExact)}, no preference ${noPreference}.${runoffNotes.length > 0 ? ` ${runoffNotes.join(" ")}` : ""}`;
  rounds.push({
    round: 2,
    tallies: runoffTallies,
    elected: namesOf(candidates, winners),
    text: runoffText,
  });
  explanation.push(
    step("round", runoffText, { round: 2, preferences: runoffTallies, noPreference }),
  );
  explanation.push(
    step("elect", winnerSentence(candidates, top, winners, reason), {
      winners: namesOf(candidates, winners),
    }),
  );
  const rest = byTotal
    .map((tier) => tier.filter((c) => !finalists.includes(c)))
    .filter((t) => t.length > 0);
  const finalTiers =
    byVotes.length > 1 || top.length === finalists.length
      ? byVotes
      : [top, finalists.filter((c) => !top.includes(c))];
  return makeOutcome({
    method: "star",
    candidates,
    winners,
    ranking: [...finalTiers.filter((t) => t.length > 0), ...rest],
    scores: exact,
    rounds,
    tieBreaker,
    explanation,
  });
};

/** Scoring-round protocol: picks `need` of the tied candidates, writing what decided. */
const breakScoringTie = (
  profile: ScoreProfile,
  tied: readonly number[],
  need: number,
  tieBreaker: TieBreaker,
  notes: string[],
): number[] => {
  const names = profile.candidates;
  if (tied.length === 2 && need === 1) {
    const [a, b] = tied as [number, number];
    const cmp = compare(preferredBy(profile, a, b), preferredBy(profile, b, a));
    if (cmp !== 0) {
      const chosen = cmp > 0 ? a : b;
      notes.push(
        `${names[a]} and ${names[b]} tied on total score; ${names[chosen]} was scored higher by more voters.`,
      );
      return [chosen];
    }
  }
  const tops = new Map(tied.map((c) => [c, topScores(profile, c)] as const));
  const byTop = tiersBy(tied, (a, b) => compare(tops.get(a) as Rational, tops.get(b) as Rational));
  const picked: number[] = [];
  for (const tier of byTop) {
    const left = need - picked.length;
    if (left <= 0) break;
    if (tier.length <= left) {
      picked.push(...tier);
      continue;
    }
    let pool = [...tier];
    while (picked.length < need && pool.length > 0) {
      const chosen = selectWinners(pool, tieBreaker, "scoring round");
      if (chosen.length > 1) {
        picked.push(...chosen);
        break;
      }
      picked.push(chosen[0] as number);
      pool = pool.filter((c) => c !== chosen[0]);
    }
  }
  notes.push(
    `${listNames(namesOf(names, [...tied]))} tied on total score; the most top scores${byTop.some((t) => t.length > 1 && t.some((c) => picked.includes(c)) && t.some((c) => !picked.includes(c))) ? " and then the tie-break" : ""} sent ${listNames(namesOf(names, picked))} through.`,
  );
  return picked;
};

/** Runoff votes: index c for each finalist, index n for ballots with no preference. */
const runoffVotes = (profile: ScoreProfile, finalists: readonly number[]): Rational[] => {
  const n = profile.candidates.length;
  const votes = new Float64Array(n + 1);
  for (let b = 0; b < profile.ballotCount; b++) {
    const w = profile.counts[b] as number;
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    let unique = false;
    for (const c of finalists) {
      const s = scoreAt(profile, b, c);
      if (s > bestScore) {
        best = c;
        bestScore = s;
        unique = true;
      } else if (s === bestScore) unique = false;
    }
    const slot = unique && finalists.length > 1 ? best : n;
    votes[slot] = (votes[slot] as number) + w;
  }
  return Array.from(votes, (v) => rational(BigInt(v), BigInt(profile.countDenominator)));
};

/**
 * The registry entry of {@link star}.
 *
 * @category registry
 */
export const starMethod: MethodDefinition<StarOptions> = {
  id: "star",
  name: "STAR voting (Score Then Automatic Runoff)",
  ballotKind: "score",
  summary:
    "Score every candidate; the two highest totals meet in a runoff won by the one preferred on more ballots.",
  source:
    "Equal Vote Coalition, STAR Voting and its Official Tiebreaker Protocol (starvoting.org/ties).",
  satisfies: ["anonymity", "neutrality"],
  fails: ["majority", "condorcet-winner", "monotonicity", "later-no-harm"],
  complexity: "O(B n) for B distinct ballots and n candidates",
  limits: methodLimits("star", 10_000, 65_534),
  options: StarOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("star", "score", profile, (p) => star(p, options, tieBreak)),
};
