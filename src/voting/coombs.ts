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
 * - Ties for elimination: the tie-break policy decides, looking back at earlier rounds' last-place
 *   counts for the `forwards` and `backwards` policies; with policy `none` every candidate tied
 *   for the most last places is eliminated together. When every continuing candidate has the same
 *   first-place and last-place counts, the last two (or, with policy `none`, any number) are all
 *   tied for the win; three or more go on to an elimination by the policy.
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
  describeScores,
  eliminateTied,
  exactOf,
  listNames,
  namesOf,
  rankedOptionsSchema,
  selectWinners,
  tiersBy,
} from "./internal/outcome.js";
import {
  bottomTally,
  LEXICOGRAPHIC,
  prepareBallots,
  topTally,
  withKind,
} from "./internal/ranked.js";
import { agree, CountLog } from "./internal/rounds.js";
import type { MethodDefinition } from "./method.js";

/** Options of {@link coombs}. @category methods */
export interface CoombsOptions {
  /** What a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: UnrankedRule | undefined;
}

/**
 * Elects a candidate by eliminating, round by round, the one most voters rank last, until someone
 * is ranked first by a majority.
 *
 * @remarks
 * Coombs (1964), A Theory of Data; as described by Grofman and Feld (2004), Electoral Studies
 * 23. Ties and truncation follow the module comment. Tallies are exact. O(R B n) for R rounds.
 *
 * @param profile - ranked ballots.
 * @param options - `unranked` (see the module comment).
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
): Outcome => {
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
  let finalTiers: number[][] = [];
  let reason = "";
  let firstScores: Rational[] = [];
  for (let round = 1; ; round++) {
    const alive: number[] = [];
    for (let c = 0; c < n; c++) if (continuing[c] === 1) alive.push(c);
    const { values, active } = topTally(ballots, continuing, pointer);
    if (round === 1) firstScores = values;
    const firstExact = values.map(exactOf);
    const byFirst = tiersBy(alive, (a, b) => compare(values[a] as Rational, values[b] as Rational));
    const leader = byFirst[0] ?? [];
    const half = rationals.div(active, rationals.rational(2n));
    const firstText = `Round ${round}: first places ${describeScores(candidates, byFirst.flat(), firstExact)}`;
    const tallies = Object.fromEntries(alive.map((c) => [candidates[c], firstExact[c]]));
    if (
      leader.length === 1 &&
      rationals.compare(values[leader[0] as number] as Rational, half) > 0
    ) {
      top = leader;
      finalTiers = byFirst;
      reason = `ranked first on a majority of the ballots in play in round ${round}`;
      log.round({
        round,
        tallies,
        elected: namesOf(candidates, leader),
        text: `${firstText}; ${candidates[leader[0] as number]} has a majority and is elected.`,
      });
      break;
    }
    const last = bottomTally(ballots, continuing, unranked);
    lastHistory.push(last);
    const lastExact = last.map(exactOf);
    const byLast = tiersBy(alive, (a, b) => compare(last[a] as Rational, last[b] as Rational));
    if (
      alive.length <= 1 ||
      (byLast.length === 1 &&
        byFirst.length === 1 &&
        (alive.length <= 2 || tieBreaker.policy.kind === "none"))
    ) {
      top = alive;
      finalTiers = [alive];
      reason =
        alive.length <= 1
          ? "the last continuing candidate"
          : `every continuing candidate has the same first and last places in round ${round}`;
      log.round({
        round,
        tallies,
        text: `${firstText}. ${alive.length <= 1 ? "One candidate remains." : `${listNames(namesOf(candidates, alive))} are tied.`}`,
      });
      break;
    }
    const most = byLast[0] ?? [];
    const out = eliminateTied(most, tieBreaker, `round ${round}`, lastHistory.map(negated));
    for (const c of out) continuing[c] = 0;
    log.eliminate(out);
    const outNames = namesOf(candidates, out);
    log.round(
      {
        round,
        tallies,
        eliminated: outNames,
        text: `${firstText}; nobody has a majority. Last places: ${describeScores(candidates, byLast.flat(), lastExact)}; ${listNames(outNames)} ${agree(out.length, "is", "are")} eliminated.`,
      },
      { lastPlaces: Object.fromEntries(alive.map((c) => [candidates[c], lastExact[c]])) },
    );
  }
  return log.finish({
    method: "coombs",
    top,
    winners: selectWinners(top, tieBreaker, "final round"),
    reason,
    finalTiers,
    scores: firstScores.map(exactOf),
    tieBreaker,
  });
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
  limits: methodLimits("coombs", 200, 1_000, { pairs: true }),
  options: rankedOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("coombs", "ranked", profile, (p) => coombs(p, options, tieBreak)),
};
