/**
 * Coombs' method: if a candidate is ranked first on more than half of the ballots in play, they
 * win; otherwise the candidate ranked last by the most voters is eliminated, and the count repeats
 * over the continuing candidates.
 *
 * Documented rules:
 * - Ties on a ballot: a first tier (or bottom tier) of k continuing candidates gives each 1/k of
 *   the ballot's first (or last) place, exactly.
 * - Unranked candidates: under `unranked: "tied-last"` a ballot's continuing unranked candidates
 *   are its bottom tier and share its last place; under `"not-compared"` its last place is its
 *   lowest ranked continuing tier. A ballot whose continuing candidates are all in one tier has no
 *   last place. A ballot whose ranked candidates are all out no longer counts for a majority.
 * - Each round first checks for a majority of first places; then exactly one candidate is
 *   eliminated (Coombs 1964), so the count never eliminates everyone. Ties for the most last
 *   places go to the tie-break policy, looking back at earlier rounds' last-place counts for the
 *   `forwards` and `backwards` policies; when the last two are tied, the policy elects one.
 * - Tie-break policy `none` (the library's contract, docs/choosing-a-method.md): the winners are
 *   every candidate who wins on some path through the ties, each tie resolved independently where
 *   it arises. The rounds run up to the first tie left to the policy; a "branches" step then gives,
 *   for each candidate that tie could eliminate, who wins on some path after. The search is
 *   memoised on the set of continuing candidates and bounded as for {@link irv}
 *   (`options.maxTiePathCandidates`); every tie met is recorded in `tieBreaks`.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { RankedProfile, UnrankedRule } from "../ballots/profile.js";
import type { DecideError, Unsupported } from "../core/errors.js";
import type { Outcome } from "../core/outcome.js";
import * as rationals from "../core/rational.js";
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
  describeScores,
  eliminateTied,
  exactOf,
  listNames,
  namesOf,
  selectWinners,
  tiersBy,
} from "../counting/outcome.js";
import {
  bottomTally,
  LEXICOGRAPHIC,
  type PreparedBallots,
  prepareBallots,
  topTally,
  wrongBallotKind,
} from "../counting/ranked.js";
import { agree, CountLog } from "../counting/rounds.js";

/** Options of {@link coombs}. @category methods */
export interface CoombsOptions {
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
 * Elects a candidate by eliminating, round by round, the one most voters rank last, until someone
 * is ranked first by a majority.
 *
 * @remarks
 * Coombs (1964), A Theory of Data; as described by Grofman and Feld (2004), Electoral Studies
 * 23. Ties and truncation follow the module comment. Tallies are exact. O(R B n) for R rounds.
 * With tie-break `none`, `winners` is every candidate who wins under some resolution of the ties
 * met, each resolved independently at its round (never an empty list).
 *
 * @param profile - ranked ballots.
 * @param options - `unranked` (see the module comment); `maxTiePathCandidates` (read by
 *   `decide`).
 * @param tieBreak - how ties for elimination and for the win are broken (default lexicographic).
 * @example Tennessee's capital (Wikipedia): Memphis is eliminated, then Nashville has a majority
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { coombs } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["M", "N", "C", "K"], [
 *   { ranking: ["M", "N", "C", "K"], count: 42 }, { ranking: ["N", "C", "K", "M"], count: 26 },
 *   { ranking: ["C", "K", "N", "M"], count: 15 }, { ranking: ["K", "C", "N", "M"], count: 17 },
 * ]);
 * E.isRight(p) && coombs(p.right).winners; // => ["N"]
 * ```
 *
 * @category methods
 */
export const coombs = (
  profile: RankedProfile,
  options: CoombsOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): Outcome => unbounded(countCoombs(profile, options, tieBreak, Number.POSITIVE_INFINITY));

/** The count, with the bound on the search under policy `none` (`decide` passes the limit). */
const countCoombs = (
  profile: RankedProfile,
  options: CoombsOptions,
  tieBreak: TieBreakPolicy,
  allowed: number | undefined,
): E.Either<Unsupported, Outcome> => {
  const unranked = options.unranked ?? "tied-last";
  const { candidates } = profile;
  const n = candidates.length;
  const ballots = prepareBallots(profile);
  const continuing = new Uint8Array(n).fill(1);
  const pointer = new Int32Array(profile.ballotCount);
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const lastHistory: Rational[][] = [];
  const log = new CountLog(
    candidates,
    "Coombs' method: a candidate ranked first on more than half of the ballots in play wins; otherwise the candidate ranked last by the most voters is eliminated and the ballots are counted again.",
    { unranked },
  );
  let top: number[] = [];
  let winners: number[] | undefined;
  let finalTiers: number[][] = [];
  let reason = "";
  let firstScores: Rational[] = [];
  for (let round = 1; ; round++) {
    const alive: number[] = [];
    for (let c = 0; c < n; c++) if (continuing[c] === 1) alive.push(c);
    const first = topTally(ballots, continuing, pointer);
    const { values } = first;
    if (round === 1) firstScores = values;
    const firstExact = values.map(exactOf);
    const byFirst = tiersBy(alive, (a, b) => compare(values[a] as Rational, values[b] as Rational));
    const firstText = `Round ${round}: first places ${describeScores(candidates, byFirst.flat(), firstExact)}`;
    const tallies = Object.fromEntries(alive.map((c) => [candidates[c], firstExact[c]]));
    const last = bottomTally(ballots, continuing, unranked);
    const decision = coombsRound(alive, first, last);
    if (decision.kind === "elect") {
      top = [...decision.winners];
      finalTiers = decision.majority ? byFirst : [top];
      reason = decision.majority
        ? `ranked first on a majority of the ballots in play in round ${round}`
        : "the last continuing candidate";
      log.round({
        round,
        tallies,
        ...(decision.majority ? { elected: namesOf(candidates, top) } : {}),
        text: decision.majority
          ? `${firstText}; ${candidates[top[0] as number]} has a majority and is elected.`
          : `${firstText}. One candidate remains.`,
      });
      break;
    }
    lastHistory.push(last);
    const lastExact = last.map(exactOf);
    const byLast = tiersBy(alive, (a, b) => compare(last[a] as Rational, last[b] as Rational));
    const lastText = `Last places: ${describeScores(candidates, byLast.flat(), lastExact)}`;
    const lastPlaces = {
      lastPlaces: Object.fromEntries(alive.map((c) => [candidates[c], lastExact[c]])),
    };
    if (decision.kind === "tie" && decision.purpose === "select") {
      top = [...decision.tied];
      finalTiers = [top];
      reason = `nobody has a majority and both continuing candidates have the same number of last places in round ${round}`;
      log.round(
        {
          round,
          tallies,
          text: `${firstText}; nobody has a majority. ${lastText}; ${listNames(namesOf(candidates, top))} are tied.`,
        },
        lastPlaces,
      );
      break;
    }
    if (decision.kind === "tie" && tieBreak.kind === "none") {
      // The first tie left to the policy: follow every way of resolving it (module comment).
      tieBreaker.choose(decision.tied, "eliminate", `round ${round}`, lastHistory.map(negated));
      const followed = followTie(
        alive,
        decision.tied,
        (set) => coombsRound(set, ...talliesOf(ballots, set, unranked)),
        allowed,
        (set, purpose, tied) =>
          tieBreaker.choose(
            tied,
            purpose,
            `round ${n - set.length + 1}, with ${listNames(namesOf(candidates, set))} continuing`,
          ),
      );
      if (E.isLeft(followed)) return followed;
      log.round(
        {
          round,
          tallies,
          text: `${firstText}; nobody has a majority. ${lastText}; ${listNames(namesOf(candidates, decision.tied))} are tied for the most last places.`,
        },
        lastPlaces,
      );
      log.branches(`round ${round}`, "eliminate", followed.right.branches);
      const found = followed.right.winners;
      winners = found;
      top = found;
      finalTiers = [found, alive.filter((c) => !found.includes(c))].filter((t) => t.length > 0);
      reason = `a winner on some path through the tie in round ${round}`;
      break;
    }
    const out =
      decision.kind === "drop"
        ? [...decision.out]
        : eliminateTied(decision.tied, tieBreaker, `round ${round}`, lastHistory.map(negated));
    for (const c of out) continuing[c] = 0;
    log.eliminate(out);
    const outNames = namesOf(candidates, out);
    log.round(
      {
        round,
        tallies,
        eliminated: outNames,
        text: `${firstText}; nobody has a majority. ${lastText}; ${listNames(outNames)} ${agree(out.length, "is", "are")} eliminated.`,
      },
      lastPlaces,
    );
  }
  return E.right(
    log.finish({
      method: "coombs",
      top,
      winners: winners ?? selectWinners(top, tieBreaker, "final round"),
      reason,
      finalTiers,
      scores: firstScores.map(exactOf),
      tieBreaker,
    }),
  );
};

/** A round's decision, saying whether an election was by majority. */
type CoombsDecision =
  | (RoundDecision & { readonly kind: "drop" | "tie" })
  | { readonly kind: "elect"; readonly winners: readonly number[]; readonly majority: boolean };

/**
 * What a round of Coombs' method decides (Coombs 1964; Grofman and Feld 2004): a candidate ranked
 * first on more than half of the ballots in play wins (checked first, every round); the last
 * candidate standing wins; otherwise the candidate with the most last places is eliminated, and a
 * tie for the most goes to the policy, which eliminates one of them (when the last two are tied,
 * it elects one). Exactly one candidate leaves per round, so the count never eliminates everyone.
 */
const coombsRound = (
  alive: readonly number[],
  first: { readonly values: readonly Rational[]; readonly active: Rational },
  last: readonly Rational[],
): CoombsDecision => {
  const { values, active } = first;
  const byFirst = tiersBy(alive, (a, b) => compare(values[a] as Rational, values[b] as Rational));
  const leader = byFirst[0] ?? [];
  const half = rationals.div(active, rationals.rational(2n));
  if (leader.length === 1 && rationals.compare(values[leader[0] as number] as Rational, half) > 0)
    return { kind: "elect", winners: leader, majority: true };
  if (alive.length <= 1) return { kind: "elect", winners: alive, majority: false };
  const most = tiersBy(alive, (a, b) => compare(last[a] as Rational, last[b] as Rational))[0] ?? [];
  if (most.length === 1) return { kind: "drop", out: most };
  return alive.length === 2
    ? { kind: "tie", purpose: "select", tied: alive }
    : { kind: "tie", purpose: "eliminate", tied: most };
};

/** First and last places with only `alive` continuing, counted afresh. */
const talliesOf = (
  ballots: PreparedBallots,
  alive: readonly number[],
  unranked: UnrankedRule,
): [
  first: { readonly values: readonly Rational[]; readonly active: Rational },
  last: Rational[],
] => {
  const continuing = new Uint8Array(ballots.n);
  for (const c of alive) continuing[c] = 1;
  return [
    topTally(ballots, continuing, new Int32Array(ballots.ballotCount)),
    bottomTally(ballots, continuing, unranked),
  ];
};

/** Look-back rules keep the candidate with more votes: for last places, fewer is better. */
const negated = (values: readonly Rational[]): Rational[] => values.map(rationals.neg);

/**
 * The registry entry of {@link coombs}.
 *
 * @category registry
 */
export const coombsMethod: MethodDefinition<CoombsOptions> = {
  id: "coombs",
  name: "Coombs' method",
  ballotKind: "ranked",
  summary:
    "Eliminate the candidate most voters rank last, until someone is ranked first by a majority.",
  source: "Coombs (1964), A Theory of Data; Grofman and Feld (2004), Electoral Studies 23.",
  satisfies: ["anonymity", "neutrality", "pareto", "majority", "condorcet-loser"],
  fails: ["condorcet-winner", "monotonicity", "clone-independence", "later-no-harm"],
  complexity: "O(R B n) for R rounds, B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("coombs", 200, 1_000, { pairs: true }),
  options: eliminationOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> => {
    if (profile.kind !== "ranked") return E.left(wrongBallotKind("coombs", "ranked", profile.kind));
    return countCoombs(profile, options, tieBreak, options.maxTiePathCandidates);
  },
};
