/**
 * Sequential elimination with every tie path followed: the machinery of the Condorcet–IRV
 * hybrids (Smith//IRV, Tideman's Alternative, Benham, Woodall, Condorcet-IRV, bottom-two runoff).
 *
 * A method describes one step as a function of the continuing candidates (the state): either it
 * elects (the candidates tied for the win), or it drops a group of candidates, listing every group
 * it might drop under some resolution of the ties it meets (`choices`) and how a deciding policy
 * picks one (`resolve`). The engine then:
 * - under a deciding policy (`lexicographic`, `order`, `random`, `forwards`, `backwards`) runs the
 *   one count the policy picks, recording each tie and each round;
 * - under `none` runs the count until the first tie with more than one way out, records it as not
 *   broken, and then follows **every** way of resolving it and every later tie, each resolved
 *   independently (the "parallel universes" reading, as Tideman's Ranked Pairs is read): the
 *   winners are every candidate who wins along some path. Paths are explored depth first with
 *   memoisation on the set of continuing candidates, so the work is at most one step per subset
 *   of the candidates continuing at the first tie (2^k steps for k candidates, each O(B n)). The
 *   exploration is refused, with an `Unsupported` "work_limit" error, when k passes
 *   {@link TIE_PATH_CANDIDATES} (default 14, about 16,000 states; `options.maxTiePathCandidates`
 *   raises it to at most 20).
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Profile, RankedProfile } from "../../ballots/profile.js";
import type { DecideError, Unsupported } from "../../core/errors.js";
import { checkWork, defineLimit, type WorkLimit } from "../../core/limits.js";
import type { ExactValue, Outcome } from "../../core/outcome.js";
import type { Rational } from "../../core/rational.js";
import * as rationals from "../../core/rational.js";
import type { RoundHistory, TieBreaker } from "../../core/tie-break.js";
import {
  describeScores,
  eliminateTied,
  exactOf,
  listNames,
  namesOf,
  selectWinners,
  tiersBy,
} from "./outcome.js";
import { type PreparedBallots, topTally, wrongBallotKind } from "./ranked.js";
import { agree, CountLog } from "./rounds.js";

/**
 * The limit on the candidates still continuing when `tieBreak: none` meets its first tie in a
 * sequential elimination: every path through the ties is explored, at most 2^k states for k
 * candidates.
 *
 * @internal
 */
export const TIE_PATH_CANDIDATES: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "elimination.tie-path-candidates",
  unit: "candidates continuing at the first unbroken tie",
  default: 14,
  ceiling: 20,
  option: "options.maxTiePathCandidates",
});

/** What one step of an elimination count decides. @internal */
export type Verdict =
  | {
      readonly kind: "elect";
      /** The candidates tied for the win (one, usually). */
      readonly top: readonly number[];
      /** Why they win, for the closing sentence. */
      readonly reason: string;
      /** The round's sentence. */
      readonly text: string;
      readonly tallies?: Readonly<Record<string, ExactValue>>;
    }
  | {
      readonly kind: "drop";
      /**
       * Every group that may be dropped under some resolution of this step's ties (one group when
       * there is no tie).
       */
      readonly choices: readonly (readonly number[])[];
      /** The candidates tied, for the record of an unbroken tie. */
      readonly tied: readonly number[];
      /** Picks the group to drop with a deciding policy (recording the ties it breaks). */
      readonly resolve: (tieBreaker: TieBreaker, where: string, history: RoundHistory) => number[];
      /** The round's sentence, given the group dropped (or `undefined` while undecided). */
      readonly text: (dropped: readonly number[] | undefined) => string;
      readonly tallies?: Readonly<Record<string, ExactValue>>;
      /** The scores a look-back tie-break reads, by candidate index. */
      readonly scores?: readonly Rational[];
    };

/** An elimination count, as {@link runElimination} reads it. @internal */
export interface EliminationCount {
  readonly method: string;
  readonly variant?: string;
  readonly candidates: readonly string[];
  /** The rule in words, and its settings, for the first explanation step. */
  readonly rule: string;
  readonly settings: Readonly<Record<string, unknown>>;
  /** One step of the count on the continuing candidates (ascending indices). */
  readonly step: (continuing: readonly number[]) => Verdict;
  readonly tieBreaker: TieBreaker;
  /** The limit in force on {@link TIE_PATH_CANDIDATES} (default its default). */
  readonly tiePathLimit?: number;
  /** The scores of the outcome (by index). */
  readonly scores: readonly ExactValue[];
}

/**
 * Runs an elimination count to its end (see the module comment for the policies).
 *
 * @internal
 */
export const runElimination = (count: EliminationCount): E.Either<Unsupported, Outcome> => {
  const { candidates, tieBreaker } = count;
  const n = candidates.length;
  const log = new CountLog(candidates, count.rule, count.settings);
  const history: Rational[][] = [];
  let continuing = Array.from({ length: n }, (_, c) => c);
  for (let round = 1; ; round++) {
    const verdict = count.step(continuing);
    const tallies = verdict.tallies ?? {};
    if (verdict.kind === "elect") {
      const winners = selectWinners(verdict.top, tieBreaker, "final round", history);
      log.round({ round, tallies, elected: namesOf(candidates, winners), text: verdict.text });
      return E.right(
        log.finish({
          method: count.method,
          ...(count.variant === undefined ? {} : { variant: count.variant }),
          top: verdict.top,
          winners,
          reason: verdict.reason,
          finalTiers: tiersOfRemaining(verdict.top, continuing),
          scores: count.scores,
          tieBreaker,
        }),
      );
    }
    if (verdict.scores !== undefined) history.push([...verdict.scores]);
    let out: readonly number[];
    if (verdict.choices.length === 1) out = verdict.choices[0] as readonly number[];
    else if (tieBreaker.policy.kind === "none") {
      tieBreaker.choose(verdict.tied, "eliminate", `round ${round}`);
      log.round({ round, tallies, text: verdict.text(undefined) });
      const checked = checkWork(TIE_PATH_CANDIDATES, continuing.length, count.tiePathLimit);
      if (E.isLeft(checked)) return checked;
      const winners = everyPathWinner(count.step, continuing);
      return E.right(
        log.finish({
          method: count.method,
          ...(count.variant === undefined ? {} : { variant: count.variant }),
          top: winners,
          winners,
          reason: `the winners along every way of resolving the tie in round ${round} and any later tie`,
          finalTiers: tiersOfRemaining(winners, continuing),
          scores: count.scores,
          tieBreaker,
        }),
      );
    } else out = verdict.resolve(tieBreaker, `round ${round}`, history);
    log.eliminate([...out].sort((a, b) => a - b));
    log.round({
      round,
      tallies,
      eliminated: namesOf(candidates, out),
      text: verdict.text(out),
    });
    const gone = new Set(out);
    continuing = continuing.filter((c) => !gone.has(c));
  }
};

/** Every candidate who wins along some path through the ties, from `start` (memoised). */
const everyPathWinner = (
  stepOf: (continuing: readonly number[]) => Verdict,
  start: readonly number[],
): number[] => {
  const memo = new Map<string, readonly number[]>();
  const visit = (continuing: readonly number[]): readonly number[] => {
    const key = continuing.join(",");
    const seen = memo.get(key);
    if (seen !== undefined) return seen;
    const verdict = stepOf(continuing);
    let result: readonly number[];
    if (verdict.kind === "elect") result = verdict.top;
    else {
      const union = new Set<number>();
      for (const choice of verdict.choices) {
        const gone = new Set(choice);
        for (const w of visit(continuing.filter((c) => !gone.has(c)))) union.add(w);
      }
      result = [...union];
    }
    memo.set(key, result);
    return result;
  };
  return [...visit(start)].sort((a, b) => a - b);
};

/** The finalists first, then the other candidates still in when the count stopped. */
const tiersOfRemaining = (top: readonly number[], continuing: readonly number[]): number[][] => {
  const rest = continuing.filter((c) => !top.includes(c));
  return rest.length === 0 ? [[...top]] : [[...top], rest];
};

// ---------------------------------------------------------------------------------------------
// Building blocks of the hybrids' steps
// ---------------------------------------------------------------------------------------------

/** First preferences among the continuing candidates: exact values and tiers, fewest last. @internal */
export interface FirstPreferences {
  readonly values: readonly Rational[];
  readonly active: Rational;
  /** The continuing candidates in tiers by votes, most first. */
  readonly tiers: readonly (readonly number[])[];
  readonly tallies: Readonly<Record<string, ExactValue>>;
  /** `"Round tallies: a 3, b 2 (5 ballots in play)."` without the round number. */
  readonly sentence: string;
}

/**
 * Counts each ballot for its highest-ranked continuing candidates (a tie of k shares the vote
 * equally, as {@link topTally} does). O(B n).
 *
 * @internal
 */
export const firstPreferences = (
  ballots: PreparedBallots,
  candidates: readonly string[],
  continuing: readonly number[],
): FirstPreferences => {
  const mask = new Uint8Array(ballots.n);
  for (const c of continuing) mask[c] = 1;
  const { values, active } = topTally(ballots, mask, new Int32Array(ballots.ballotCount));
  const tiers = tiersBy(continuing, (a, b) =>
    rationals.compare(values[a] as Rational, values[b] as Rational),
  );
  const exact = values.map(exactOf);
  return {
    values,
    active,
    tiers,
    tallies: Object.fromEntries(continuing.map((c) => [candidates[c], exact[c]])),
    sentence: `first preferences ${describeScores(candidates, tiers.flat(), exact)} (${exactOf(active)} ballots in play)`,
  };
};

/**
 * The instant-runoff drop: the candidate with the fewest first preferences; a tie for fewest is a
 * choice of one of them (the policy eliminates one, with look-back on the history).
 *
 * @internal
 */
export const dropFewest = (
  candidates: readonly string[],
  prefs: FirstPreferences,
  lead: string,
): Verdict => {
  const lowest = prefs.tiers[prefs.tiers.length - 1] ?? [];
  return {
    kind: "drop",
    choices: lowest.map((c) => [c]),
    tied: lowest,
    resolve: (tieBreaker, where, history) => eliminateTied(lowest, tieBreaker, where, history),
    text: (out) => {
      const names = namesOf(candidates, lowest);
      if (out === undefined)
        return `${lead} ${listNames(names)} tie for the fewest votes; the tie is not broken, so every way of breaking it is followed.`;
      const spared = lowest.filter((c) => !out.includes(c));
      const note =
        spared.length > 0
          ? ` (tied with ${listNames(namesOf(candidates, spared))}; the tie-break decided)`
          : "";
      return `${lead} ${listNames(namesOf(candidates, out))} ${agree(out.length, "has", "have")} the fewest votes${note} and ${agree(out.length, "is", "are")} eliminated.`;
    },
    tallies: prefs.tallies,
    scores: prefs.values,
  };
};

/** A drop without a tie: every candidate in `out` goes. @internal */
export const dropAll = (out: readonly number[], text: string): Verdict => ({
  kind: "drop",
  choices: [out],
  tied: [],
  resolve: () => [...out],
  text: () => text,
});

/** The continuing candidates as a mask over `n`. @internal */
export const maskOf = (n: number, continuing: readonly number[]): Uint8Array => {
  const mask = new Uint8Array(n);
  for (const c of continuing) mask[c] = 1;
  return mask;
};

/** Whether `first` holds more than half of the ballots in play, alone at the top. @internal */
export const hasMajority = (prefs: FirstPreferences): number | undefined => {
  const leader = prefs.tiers[0] ?? [];
  if (leader.length !== 1) return undefined;
  const c = leader[0] as number;
  const half = rationals.div(prefs.active, rationals.rational(2n));
  return rationals.compare(prefs.values[c] as Rational, half) > 0 ? c : undefined;
};

/** Runs a count that may refuse (`Unsupported`) on a ranked profile, else the wrong-kind error. @internal */
export const withRanked = (
  method: string,
  profile: Profile,
  f: (profile: RankedProfile) => E.Either<DecideError, Outcome>,
): E.Either<DecideError, Outcome> =>
  profile.kind === "ranked" ? f(profile) : E.left(wrongBallotKind(method, "ranked", profile.kind));
