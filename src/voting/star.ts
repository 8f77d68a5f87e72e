/**
 * STAR voting (Score Then Automatic Runoff): the two candidates with the highest total scores
 * are finalists; the finalist scored higher on more ballots wins.
 *
 * Ties follow the Official STAR Voting Tiebreaker Protocol (Equal Vote Coalition,
 * starvoting.org/ties; the protocol of BetterVoting, docs.bettervoting.com/help/ties):
 * - Scoring round (choosing the finalists), one place at a time among the candidates tied on total
 *   score: drop those who lost the most head-to-head matchups among the tied (a loss: fewer
 *   voters score them above the other than the reverse), and repeat; when all have lost equally
 *   many, drop those with the fewest top scores (five stars on a 0-5 ballot; the declared range's
 *   maximum here), and repeat; whoever is left alone takes the place, and a tie left goes to the
 *   tie-break policy (the protocol's random draw is the `random` policy). With two tied this is
 *   "the candidate scored higher by more voters, then the most five-star ratings".
 * - Runoff: a tie in preferences goes to the finalist with the higher total score, then to the one
 *   with more top scores, then to the tie-break policy.
 * A blank score counts as the range's minimum. Top scores are those equal to the declared range's
 * maximum. STAR's ballots score 0 to 5 (Equal Vote Coalition), so through `decide` the range is
 * 0 to 5 unless `options.range` says otherwise (the other score methods default to 0 to 10).
 *
 * Tie-break policy `none` (the library's contract, docs/choosing-a-method.md): the winners are
 * every candidate who wins under some resolution of the ties the protocol leaves. The runoff is
 * always between two: each pair of finalists a tie could send through meets in its own runoff (a
 * "branches" step lists them, with who can win each), and a runoff tie lets both finalists win.
 * (An earlier release sent every tied candidate into one runoff among three or more, which could
 * elect a candidate who wins no possible two-way runoff.)
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
import { createTieBreaker, type TieBreakPolicy } from "../core/tie-break.js";
import { preferredBy, scoreAt, scoreSums, topScores } from "../counting/cardinal.js";
import { methodLimits } from "../counting/limits.js";
import type { MethodDefinition } from "../counting/method.js";
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
} from "../counting/outcome.js";
import { LEXICOGRAPHIC, withKind } from "../counting/ranked.js";
import { rangeOption } from "./score.js";

/** Options of {@link star}. @category methods */
export interface StarOptions {
  /** The score range the ballots use (through `decide`, default 0 to 5, STAR's own scale). */
  readonly range?: { readonly min: number; readonly max: number } | undefined;
}

const StarOptionsSchema: z.ZodMiniType<StarOptions> = /* @__PURE__ */ z.strictObject({
  range: rangeOption,
});

/**
 * Elects by STAR voting: the two highest-scoring candidates meet in an automatic runoff, won by
 * the one preferred on more ballots.
 *
 * @remarks
 * Score Then Automatic Runoff (Frohnmayer, 2014; Equal Vote Coalition), with the Official STAR
 * Voting Tiebreaker Protocol as the module comment states. Sums and counts are exact. O(B n), plus
 * O(B k³) for a tie of k on total score. With tie-break `none`, `winners` is every candidate who
 * wins the runoff under some resolution of the ties the protocol leaves (never an empty list).
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
  const tops = candidates.map((_, c) => topScores(profile, c));
  const exact = totals.map(exactOf);
  const byTotal = tiersBy(allCandidates(n), (a, b) =>
    compare(totals[a] as Rational, totals[b] as Rational),
  );
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const name = (c: number): string => candidates[c] as string;
  const explanation: ExplanationStep[] = [
    step(
      "rule",
      `STAR voting: add up each candidate's scores (from ${profile.range.min} to ${profile.range.max}); the two highest go to an automatic runoff, won by the finalist scored higher on more ballots.`,
      { range: { ...profile.range } },
    ),
  ];
  // Scoring round: fill two places tier by tier; a tier that straddles the cut goes to the protocol.
  const sure: number[] = [];
  let straddling: number[] = [];
  for (const tier of byTotal) {
    if (sure.length >= 2) break;
    if (sure.length + tier.length <= 2) sure.push(...tier);
    else {
      straddling = tier;
      break;
    }
  }
  const notes: string[] = [];
  const picks = finalistChoices(
    profile,
    tops,
    straddling,
    Math.min(2, n) - sure.length,
    (kept) => {
      const chosen = tieBreaker.choose(kept, "select", "scoring round");
      return chosen === undefined ? kept : [chosen];
    },
    notes,
  );
  const pairs = picks.map((p) => [...sure, ...p].sort((a, b) => a - b));
  const inRunoff = [...new Set(pairs.flat())].sort((a, b) => a - b);
  const eliminated = allCandidates(n).filter((c) => !inRunoff.includes(c));
  const noteText = notes.length > 0 ? ` ${[...new Set(notes)].join(" ")}` : "";
  const scoringText =
    pairs.length === 1
      ? `Scoring round: ${describeScores(candidates, byTotal.flat(), exact)}.${noteText} ${listNames(namesOf(candidates, inRunoff))} ${inRunoff.length === 1 ? "is the only finalist" : "go to the runoff"}.`
      : `Scoring round: ${describeScores(candidates, byTotal.flat(), exact)}.${noteText} With no tie-break, ${pairs.length} pairs of finalists are possible.`;
  const rounds: Round[] = [
    {
      round: 1,
      tallies: Object.fromEntries(byTotal.flat().map((c) => [candidates[c], exact[c]])),
      ...(eliminated.length > 0 ? { eliminated: namesOf(candidates, eliminated) } : {}),
      text: scoringText,
    },
  ];
  explanation.push(step("round", scoringText, { round: 1, totals: rounds[0]?.tallies }));
  const rest = byTotal
    .map((tier) => tier.filter((c) => !inRunoff.includes(c)))
    .filter((t) => t.length > 0);
  if (pairs.length > 1) {
    // Policy none with a tie the protocol cannot break: each possible pair meets in its runoff.
    const runs = pairs.map((pair) => ({ pair, ...automaticRunoff(profile, totals, tops, pair) }));
    for (const r of runs)
      if (r.top.length > 1)
        tieBreaker.choose(
          r.top,
          "select",
          `runoff between ${listNames(namesOf(candidates, r.pair))}`,
        );
    const winners = [...new Set(runs.flatMap((r) => r.top))].sort((a, b) => a - b);
    explanation.push(
      step(
        "branches",
        `With no tie-break, each possible pair of finalists meets in its own runoff: ${runs
          .map(
            (r) =>
              `${listNames(namesOf(candidates, r.pair))}: ${describeScores(candidates, r.pair, r.votes.map(exactOf))}${r.notes.length > 0 ? ` (${r.notes.join(" ")})` : ""}, so ${r.top.map(name).join(" or ")} ${r.top.length === 1 ? "wins" : "can win"}`,
          )
          .join("; ")}.`,
        {
          branches: runs.map((r) => ({
            finalists: namesOf(candidates, r.pair),
            runoff: Object.fromEntries(
              r.pair.map((c) => [name(c), exactOf(r.votes[c] as Rational)]),
            ),
            winners: namesOf(candidates, r.top),
          })),
        },
      ),
    );
    explanation.push(
      step(
        "elect",
        winnerSentence(
          candidates,
          winners,
          winners,
          "a winner of the runoff under some way of breaking the tie for a finalist place",
        ),
        { winners: namesOf(candidates, winners) },
      ),
    );
    return makeOutcome({
      method: "star",
      candidates,
      winners,
      ranking: [winners, inRunoff.filter((c) => !winners.includes(c)), ...rest].filter(
        (t) => t.length > 0,
      ),
      scores: exact,
      rounds,
      tieBreaker,
      explanation,
    });
  }
  const finalists = pairs[0] ?? [];
  const run = automaticRunoff(profile, totals, tops, finalists);
  const winners = selectWinners(run.top, tieBreaker, "runoff");
  const votesExact = run.votes.map(exactOf);
  const runoffTallies = Object.fromEntries(
    run.byVotes.flat().map((c) => [candidates[c], votesExact[c]]),
  );
  const noPreference = exactOf(run.votes[n] as Rational);
  const runoffText = `Automatic runoff: ${describeScores(candidates, run.byVotes.flat(), votesExact)}, no preference ${noPreference}.${run.notes.length > 0 ? ` ${run.notes.join(" ")}` : ""}`;
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
    step("elect", winnerSentence(candidates, run.top, winners, run.reason), {
      winners: namesOf(candidates, winners),
    }),
  );
  const finalTiers =
    run.byVotes.length > 1 || run.top.length === finalists.length
      ? run.byVotes
      : [run.top, finalists.filter((c) => !run.top.includes(c))];
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

/**
 * Scoring-round protocol: every way of filling `need` finalist places from `tied` (candidates
 * tied on total score), one place at a time. For each place the protocol narrows the tied
 * candidates ({@link narrowTie}); if several are left, `resolve` returns the candidates to try:
 * the one the policy picks, or all of them under policy `none`. Writes what decided to `notes`.
 */
const finalistChoices = (
  profile: ScoreProfile,
  tops: readonly Rational[],
  tied: readonly number[],
  need: number,
  resolve: (kept: readonly number[]) => readonly number[],
  notes: string[],
): number[][] => {
  if (need <= 0 || tied.length === 0) return [[]];
  const names = profile.candidates;
  const { kept, steps } = narrowTie(profile, tops, tied);
  const tries = kept.length === 1 ? kept : resolve(kept);
  notes.push(
    `${listNames(namesOf(names, [...tied]))} ${tied.length === 2 ? "are" : "are all"} tied on total score${steps.length > 0 ? `; ${steps.join("; ")}` : ""}; ${
      kept.length === 1
        ? `${names[kept[0] as number]} goes through`
        : tries.length === 1
          ? `${listNames(namesOf(names, kept))} are still tied and the tie-break sends ${names[tries[0] as number]} through`
          : `${listNames(namesOf(names, kept))} are still tied and the tie is not broken`
    }.`,
  );
  const out: number[][] = [];
  const seen = new Set<string>();
  for (const c of tries) {
    const further =
      need > 1
        ? finalistChoices(
            profile,
            tops,
            tied.filter((x) => x !== c),
            need - 1,
            resolve,
            notes,
          )
        : [[]];
    for (const restPick of further) {
      const pick = [c, ...restPick].sort((a, b) => a - b);
      const key = pick.join(",");
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(pick);
    }
  }
  return out;
};

/**
 * The Official STAR Voting Tiebreaker Protocol for one finalist place among candidates tied on
 * total score: repeatedly drop those who lost the most head-to-head matchups among the tied
 * (a loss: fewer voters score them above the other than the reverse); when every one has lost
 * equally many, drop those with the fewest top scores; stop when one is left or neither step
 * separates them.
 */
const narrowTie = (
  profile: ScoreProfile,
  tops: readonly Rational[],
  tied: readonly number[],
): { readonly kept: number[]; readonly steps: string[] } => {
  const names = profile.candidates;
  let kept = [...tied];
  const steps: string[] = [];
  while (kept.length > 1) {
    const losses = kept.map(
      (a) =>
        kept.filter(
          (b) => b !== a && compare(preferredBy(profile, b, a), preferredBy(profile, a, b)) > 0,
        ).length,
    );
    const most = Math.max(...losses);
    if (losses.some((l) => l !== most)) {
      const out = kept.filter((_, i) => losses[i] === most);
      steps.push(
        `${listNames(namesOf(names, out))} lost the most head-to-head matchups among them (${most})`,
      );
      kept = kept.filter((_, i) => losses[i] !== most);
      continue;
    }
    const fewest = kept.reduce(
      (low, c) => (compare(tops[c] as Rational, low) < 0 ? (tops[c] as Rational) : low),
      tops[kept[0] as number] as Rational,
    );
    const out = kept.filter((c) => compare(tops[c] as Rational, fewest) === 0);
    if (out.length === kept.length) break;
    steps.push(`${listNames(namesOf(names, out))} had the fewest top scores (${exactOf(fewest)})`);
    kept = kept.filter((c) => !out.includes(c));
  }
  return { kept, steps };
};

/**
 * The automatic runoff between `finalists`, with the protocol's runoff steps: a tie in
 * preferences goes to the finalist with the higher total score, then to the one with more top
 * scores; `top` holds those still tied after that (for the policy).
 */
const automaticRunoff = (
  profile: ScoreProfile,
  totals: readonly Rational[],
  tops: readonly Rational[],
  finalists: readonly number[],
): {
  readonly votes: Rational[];
  readonly byVotes: number[][];
  readonly top: number[];
  readonly notes: string[];
  readonly reason: string;
} => {
  const names = profile.candidates;
  const votes = runoffVotes(profile, finalists);
  const byVotes = tiersBy(finalists, (a, b) => compare(votes[a] as Rational, votes[b] as Rational));
  let top = byVotes[0] ?? [];
  let reason = "preferred on more ballots in the runoff";
  const notes: string[] = [];
  if (top.length > 1) {
    // Protocol, runoff step 1: the higher total score; step 2: more top scores.
    const byScore = tiersBy(top, (a, b) => compare(totals[a] as Rational, totals[b] as Rational));
    if ((byScore[0] ?? []).length < top.length) {
      notes.push(
        `The runoff is tied; ${listNames(namesOf(names, byScore[0] ?? []))} had the higher total score.`,
      );
      top = byScore[0] ?? [];
      reason = "tied in the runoff, with the higher total score";
    } else {
      const byTop = tiersBy(top, (a, b) => compare(tops[a] as Rational, tops[b] as Rational));
      if ((byTop[0] ?? []).length < top.length) {
        notes.push(
          `The runoff and the total scores are tied; ${listNames(namesOf(names, byTop[0] ?? []))} had more top scores.`,
        );
        top = byTop[0] ?? [];
        reason = "tied in the runoff and in total score, with more top scores";
      } else {
        reason = "tied in the runoff, in total score and in top scores";
      }
    }
  }
  return { votes, byVotes, top, notes, reason };
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
  limits: /* @__PURE__ */ methodLimits("star", 10_000, 65_534),
  defaultRange: { min: 0, max: 5 },
  options: StarOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("star", "score", profile, (p) => star(p, options, tieBreak)),
};
