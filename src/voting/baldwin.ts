/**
 * Baldwin's method: compute every continuing candidate's Borda score, eliminate the lowest, and
 * recompute among the survivors until one remains.
 *
 * Documented rules:
 * - Borda scores are recomputed each round on the ballots restricted to the continuing
 *   candidates, from the pairwise matrix (1 point per continuing candidate ranked below, 1/2 per
 *   continuing candidate tied). Unranked candidates follow `options.unranked`.
 * - Ties for the lowest score: the tie-break policy eliminates one (the look-back policies read the
 *   earlier rounds' scores). When every continuing candidate has the same score, the policy
 *   eliminates one of three or more, or elects one of the last two.
 * - Tie-break policy `none` (the library's contract, docs/choosing-a-method.md): the winners are
 *   every candidate who wins on some path through the ties, each tie resolved independently where
 *   it arises; a "branches" step gives each choice's winners. Deciding whether a candidate wins on
 *   some path is NP-complete (Mattei, Narodytska and Walsh 2014), so the search, memoised on the
 *   set of continuing candidates, is bounded as for {@link irv} (`options.maxTiePathCandidates`).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { RankedProfile, UnrankedRule } from "../ballots/profile.js";
import type { DecideError, Unsupported } from "../core/errors.js";
import type { Outcome } from "../core/outcome.js";
import { compare, type Rational } from "../core/rational.js";
import { createTieBreaker, type TieBreakPolicy } from "../core/tie-break.js";
import {
  eliminationOptionsSchema,
  followTie,
  type RoundDecision,
  unbounded,
} from "../counting/elimination.js";
import { methodLimits } from "../counting/limits.js";
import type { MethodDefinition } from "../counting/method.js";
import {
  allCandidates,
  describeScores,
  eliminateTied,
  exactOf,
  listNames,
  namesOf,
  selectWinners,
  tiersBy,
} from "../counting/outcome.js";
import { bordaAmong, doubledPairwise, LEXICOGRAPHIC, wrongBallotKind } from "../counting/ranked.js";
import { agree, CountLog } from "../counting/rounds.js";

/** Options of {@link baldwin}. @category methods */
export interface BaldwinOptions {
  /** What a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: UnrankedRule | undefined;
  /**
   * Under tie-break `none`, the most candidates that may still be continuing at the first tie,
   * whose every resolution `decide` then follows (default 14, at most 20; the work grows as 2^k);
   * past it `decide` refuses with `Unsupported`. The typed function has no bound.
   */
  readonly maxTiePathCandidates?: number | undefined;
}

/**
 * Elects a candidate by repeated Borda counts, each dropping the candidate with the lowest score.
 *
 * @remarks
 * Baldwin (1926), "The technique of the Nanson preferential majority system of election",
 * Proceedings of the Royal Society of Victoria 39. A Condorcet winner always scores above the
 * mean, so it is never last. Scores are exact. O(B n² + n³). With tie-break `none`, `winners` is
 * every candidate who wins under some resolution of the ties met, each resolved independently at
 * its round (never an empty list).
 *
 * @param profile - ranked ballots.
 * @param options - `unranked` (see {@link nanson}); `maxTiePathCandidates` (read by `decide`).
 * @param tieBreak - how ties for elimination and for the win are broken (default lexicographic).
 * @example Tennessee's capital (Wikipedia): Nashville
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { baldwin } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["M", "N", "C", "K"], [
 *   { ranking: ["M", "N", "C", "K"], count: 42 }, { ranking: ["N", "C", "K", "M"], count: 26 },
 *   { ranking: ["C", "K", "N", "M"], count: 15 }, { ranking: ["K", "C", "N", "M"], count: 17 },
 * ]);
 * E.isRight(p) && baldwin(p.right).winners; // => ["N"]
 * ```
 *
 * @category methods
 */
export const baldwin = (
  profile: RankedProfile,
  options: BaldwinOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): Outcome => unbounded(countBaldwin(profile, options, tieBreak, Number.POSITIVE_INFINITY));

/** The count, with the bound on the search under policy `none` (`decide` passes the limit). */
const countBaldwin = (
  profile: RankedProfile,
  options: BaldwinOptions,
  tieBreak: TieBreakPolicy,
  allowed: number | undefined,
): E.Either<Unsupported, Outcome> => {
  const unranked = options.unranked ?? "tied-last";
  const { candidates } = profile;
  const n = candidates.length;
  const doubled = doubledPairwise(profile, unranked);
  const scoresAmong = (set: readonly number[]): Rational[] =>
    bordaAmong(doubled, n, set, profile.countDenominator);
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const history: Rational[][] = [];
  const log = new CountLog(
    candidates,
    "Baldwin's method: compute the Borda scores of the continuing candidates, eliminate the lowest, and repeat until one candidate remains.",
    { unranked },
  );
  let alive = allCandidates(n);
  let finalTiers: number[][] = [alive];
  let winners: number[] | undefined;
  let reason = "the last continuing candidate";
  for (let round = 1; ; round++) {
    const scores = scoresAmong(alive);
    history.push(scores);
    const exact = scores.map(exactOf);
    const byScore = tiersBy(alive, (a, b) => compare(scores[a] as Rational, scores[b] as Rational));
    const tallies = Object.fromEntries(alive.map((c) => [candidates[c], exact[c]]));
    const text = `Round ${round}: Borda scores ${describeScores(candidates, byScore.flat(), exact)}.`;
    const decision = baldwinRound(alive, scores);
    if (decision.kind === "elect" || (decision.kind === "tie" && decision.purpose === "select")) {
      finalTiers = byScore.length === 0 ? [] : byScore;
      reason =
        alive.length <= 1
          ? "the last continuing candidate"
          : `every continuing candidate has the same Borda score in round ${round}`;
      log.round({
        round,
        tallies,
        text: `${text} ${alive.length <= 1 ? "One candidate remains." : "They are all tied."}`,
      });
      break;
    }
    if (decision.kind === "tie" && tieBreak.kind === "none") {
      // The first tie left to the policy: follow every way of resolving it (module comment).
      tieBreaker.choose(decision.tied, "eliminate", `round ${round}`, history);
      const followed = followTie(
        alive,
        decision.tied,
        (set) => baldwinRound(set, scoresAmong(set)),
        allowed,
        (set, purpose, tied) =>
          tieBreaker.choose(
            tied,
            purpose,
            `round ${n - set.length + 1}, with ${listNames(namesOf(candidates, set))} continuing`,
          ),
      );
      if (E.isLeft(followed)) return followed;
      log.round({
        round,
        tallies,
        text: `${text} ${listNames(namesOf(candidates, decision.tied))} are tied for the lowest score.`,
      });
      log.branches(`round ${round}`, "eliminate", followed.right.branches);
      const found = followed.right.winners;
      winners = found;
      finalTiers = [found, alive.filter((c) => !found.includes(c))].filter((t) => t.length > 0);
      reason = `a winner on some path through the tie in round ${round}`;
      break;
    }
    const out =
      decision.kind === "drop"
        ? [...decision.out]
        : eliminateTied(decision.tied, tieBreaker, `round ${round}`, history);
    log.eliminate(out);
    const outNames = namesOf(candidates, out);
    log.round({
      round,
      tallies,
      eliminated: outNames,
      text: `${text} ${listNames(outNames)} ${agree(out.length, "has", "have")} the lowest score and ${agree(out.length, "is", "are")} eliminated.`,
    });
    alive = alive.filter((c) => !out.includes(c));
  }
  const top = finalTiers[0] ?? [];
  return E.right(
    log.finish({
      method: "baldwin",
      top,
      winners: winners ?? selectWinners(top, tieBreaker, "final round", history),
      reason,
      finalTiers,
      scores: (history[0] ?? []).map(exactOf),
      tieBreaker,
    }),
  );
};

/**
 * What a round of Baldwin's method decides from the continuing candidates' Borda scores: the last
 * candidate wins; the one lowest is dropped; a tie for the lowest goes to the policy (to drop
 * one), and so does a tie of every continuing candidate (to drop one of three or more, or to
 * elect one of the last two).
 */
const baldwinRound = (alive: readonly number[], scores: readonly Rational[]): RoundDecision => {
  if (alive.length <= 1) return { kind: "elect", winners: alive };
  const byScore = tiersBy(alive, (a, b) => compare(scores[a] as Rational, scores[b] as Rational));
  if (byScore.length <= 1)
    return { kind: "tie", purpose: alive.length === 2 ? "select" : "eliminate", tied: alive };
  const lowest = byScore[byScore.length - 1] ?? [];
  return lowest.length === 1
    ? { kind: "drop", out: lowest }
    : { kind: "tie", purpose: "eliminate", tied: lowest };
};

/**
 * The registry entry of {@link baldwin}.
 *
 * @category registry
 */
export const baldwinMethod: MethodDefinition<BaldwinOptions> = {
  id: "baldwin",
  name: "Baldwin's method",
  ballotKind: "ranked",
  summary: "Repeated Borda counts, each eliminating the candidate with the lowest score.",
  source: "Baldwin (1926), Proceedings of the Royal Society of Victoria 39.",
  satisfies: [
    "anonymity",
    "neutrality",
    "pareto",
    "majority",
    "condorcet-winner",
    "condorcet-loser",
    "smith",
  ],
  fails: [
    "monotonicity",
    "participation",
    "clone-independence",
    "reversal-symmetry",
    "later-no-harm",
  ],
  complexity: "O(B n² + n³) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("baldwin", 300, 1_000, { pairs: true }),
  options: eliminationOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> => {
    if (profile.kind !== "ranked")
      return E.left(wrongBallotKind("baldwin", "ranked", profile.kind));
    return countBaldwin(profile, options, tieBreak, options.maxTiePathCandidates);
  },
};
