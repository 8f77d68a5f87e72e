/**
 * Sequential elimination with every tie path followed: the one engine for `tieBreak: none` in the
 * counts that drop candidates round by round (IRV, Coombs, Baldwin, the contingent vote and the
 * Condorcet–IRV hybrids: Smith//IRV, Tideman's Alternative, Benham, Woodall, Condorcet-IRV,
 * bottom-two runoff).
 *
 * Under `none` a tie the rules leave to the policy is not broken: the count follows each way of
 * resolving it, independently at each step (the "parallel universes" reading of Tideman's Ranked
 * Pairs), and the winners are every candidate who wins on some path. What happens next in such a
 * count depends only on who is still in it, so the search ({@link searchFrom}) is memoised on the
 * set of continuing candidates: each set is counted once, however many paths lead to it, so the
 * work is at most one round per subset of the k candidates continuing at the first tie (2^k
 * rounds, each O(B n)), far below the number of paths (up to k!). Deciding whether a candidate
 * wins on some path is NP-complete for such counts (Mattei, Narodytska and Walsh 2014, for
 * Baldwin's and Coombs' rules), so the search has a work limit, {@link TIE_PATH_CANDIDATES}: it is
 * checked on k before the search starts (rather than counting states as it goes), so a count is
 * refused at once, and the error names `options.maxTiePathCandidates`, the one option of every
 * method here (default 14, about 16,000 sets; at most 20).
 *
 * Two drivers share that search: {@link followTie} for counts that explain their own rounds (IRV,
 * Coombs, Baldwin: every tie met on some path is recorded, and the first tie's branches are
 * explained), and {@link runElimination}, a whole count for the methods that describe a round as a
 * {@link Verdict} (the hybrids and the contingent vote), under a deciding policy too.
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { Profile, RankedProfile, UnrankedRule } from "../ballots/profile.js";
import type { DecideError, Unsupported } from "../core/errors.js";
import { pure } from "../core/internal/pure.js";
import { checkWork, defineLimit, type WorkLimit } from "../core/limits.js";
import type { ExactValue, Outcome } from "../core/outcome.js";
import type { Rational } from "../core/rational.js";
import * as rationals from "../core/rational.js";
import type { RoundHistory, TieBreaker, TiePurpose } from "../core/tie-break.js";
import {
  describeScores,
  eliminateTied,
  exactOf,
  listNames,
  namesOf,
  selectWinners,
  tiersBy,
  unrankedOption,
} from "./outcome.js";
import { type PreparedBallots, topTally, wrongBallotKind } from "./ranked.js";
import { agree, CountLog } from "./rounds.js";

/**
 * The work limit of `tieBreak: none` in a sequential elimination: the candidates still continuing
 * at the first tie, whose every resolution is then followed (at most 2^k sets of continuing
 * candidates for k of them). Checked before the search.
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

/** The schema of the option that raises {@link TIE_PATH_CANDIDATES}. @internal */
export const maxTiePathCandidatesOption = /* @__PURE__ */ pure(() =>
  z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(TIE_PATH_CANDIDATES.ceiling))),
);

/**
 * The options of an elimination count that explores ties under `none` (Coombs, Baldwin).
 *
 * @internal
 */
export interface EliminationOptions {
  /** What a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: UnrankedRule | undefined;
  /**
   * With `tieBreak: none`, the most candidates that may still be continuing at the first tie,
   * whose every resolution is then followed (default 14, at most 20; the work grows as 2^k).
   */
  readonly maxTiePathCandidates?: number | undefined;
}

/** The schema of {@link EliminationOptions}. @internal */
export const eliminationOptionsSchema: z.ZodMiniType<EliminationOptions> = /* @__PURE__ */ pure(
  () =>
    z.strictObject({
      unranked: unrankedOption,
      maxTiePathCandidates: maxTiePathCandidatesOption,
    }),
);

/** Where a set of continuing candidates leads: its winners, or every group that may leave next. */
type Next =
  | { readonly winners: readonly number[] }
  | { readonly choices: readonly (readonly number[])[] };

/**
 * The memoised search over every path from `start` (ascending indices): a function giving, for a
 * set of continuing candidates reached from `start`, every candidate who wins on some path from
 * it (ascending). Refuses first, by {@link TIE_PATH_CANDIDATES}, a `start` past `allowed`
 * (default the limit's default; `Infinity` for a typed function that runs without a bound).
 *
 * @internal
 */
export const searchFrom = (
  start: readonly number[],
  allowed: number | undefined,
  next: (continuing: readonly number[]) => Next,
): E.Either<Unsupported, (continuing: readonly number[]) => readonly number[]> => {
  const checked = checkWork(TIE_PATH_CANDIDATES, start.length, allowed);
  if (E.isLeft(checked)) return checked;
  const memo = new Map<string, readonly number[]>();
  const walk = (continuing: readonly number[]): readonly number[] => {
    const key = continuing.join(",");
    const known = memo.get(key);
    if (known !== undefined) return known;
    const found = next(continuing);
    const winners = new Set<number>("winners" in found ? found.winners : []);
    if ("choices" in found)
      for (const group of found.choices)
        for (const w of walk(continuing.filter((c) => !group.includes(c)))) winners.add(w);
    const sorted = [...winners].sort((a, b) => a - b);
    memo.set(key, sorted);
    return sorted;
  };
  return E.right(walk);
};

// ---------------------------------------------------------------------------------------------
// Counts that explain their own rounds (IRV, Coombs, Baldwin)
// ---------------------------------------------------------------------------------------------

/**
 * What one round of an elimination count decides, given who is still in the count.
 *
 * @internal
 */
export type RoundDecision =
  /** The count ends with these winners (one, or the last candidates standing). */
  | { readonly kind: "elect"; readonly winners: readonly number[] }
  /** The rules drop these candidates and the count goes on. */
  | { readonly kind: "drop"; readonly out: readonly number[] }
  /** The rules leave a choice among `tied` to the policy: one to elect or one to drop. */
  | { readonly kind: "tie"; readonly purpose: TiePurpose; readonly tied: readonly number[] };

/**
 * One branch of a tie: the candidate dropped and who wins on some path after.
 *
 * @internal
 */
export interface Branch {
  readonly chosen: number;
  readonly winners: readonly number[];
}

/**
 * Follows each way of resolving a tie to drop one of `tied`, met with `alive` continuing: every
 * path of the count after dropping each tied candidate ({@link searchFrom}). Each set of
 * continuing candidates is decided once (`decideRound`), and each later tie is reported once to
 * `onTie` (in the order of a depth-first walk, choices in candidate order).
 *
 * @internal
 */
export const followTie = (
  alive: readonly number[],
  tied: readonly number[],
  decideRound: (alive: readonly number[]) => RoundDecision,
  allowed: number | undefined,
  onTie: (alive: readonly number[], purpose: TiePurpose, tied: readonly number[]) => void,
): E.Either<Unsupported, { readonly branches: readonly Branch[]; readonly winners: number[] }> => {
  const start = [...alive].sort((a, b) => a - b);
  const search = searchFrom(start, allowed, (set) => {
    const decision = decideRound(set);
    if (decision.kind === "elect") return { winners: decision.winners };
    if (decision.kind === "drop") return { choices: [decision.out] };
    onTie(set, decision.purpose, decision.tied);
    return decision.purpose === "select"
      ? { winners: decision.tied }
      : { choices: decision.tied.map((c) => [c]) };
  });
  if (E.isLeft(search)) return search;
  const branches = [...tied]
    .sort((a, b) => a - b)
    .map((chosen) => ({ chosen, winners: search.right(start.filter((c) => c !== chosen)) }));
  const winners = [...new Set(branches.flatMap((b) => b.winners))].sort((a, b) => a - b);
  return E.right({ branches, winners });
};

/**
 * The result of a search run without a bound (`allowed` infinite), which cannot be refused: an
 * invariant, so a `Left` here is a bug (and `decide` reports it as an internal error).
 *
 * @internal
 */
export const unbounded = <T>(result: E.Either<Unsupported, T>): T => {
  if (E.isRight(result)) return result.right;
  throw new Error(`an unbounded tie search was refused (${result.left.message})`);
};

// ---------------------------------------------------------------------------------------------
// Counts described by a verdict per round (the hybrids, the contingent vote)
// ---------------------------------------------------------------------------------------------

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
  readonly tiePathLimit?: number | undefined;
  /** The scores of the outcome (by index). */
  readonly scores: readonly ExactValue[];
}

/**
 * Runs an elimination count to its end: under a deciding policy (`lexicographic`, `order`,
 * `random`, `forwards`, `backwards`) the one count the policy picks, recording each tie and each
 * round; under `none` the count until the first tie with more than one way out, recorded as not
 * broken, and then every path from it ({@link searchFrom}).
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
      const search = searchFrom(continuing, count.tiePathLimit, (set) => {
        const next = count.step(set);
        return next.kind === "elect" ? { winners: next.top } : { choices: next.choices };
      });
      if (E.isLeft(search)) return search;
      const winners = [...search.right(continuing)];
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
