/**
 * What the simple multi-seat rules (SNTV, block, limited voting, bloc Borda) share: each gives
 * every candidate one exact score and elects the `seats` highest, in order of score.
 *
 * Ties: candidates whose scores are equal and all fit in the seats left are elected together (no
 * tie-break is needed, and none is recorded); when a group of equal scores does not fit, the
 * policy picks among them one seat at a time, each pick recorded ("seat 3"). With policy `none`,
 * `winners` is every candidate elected under some resolution of that tie (those above it and the
 * whole tied group), and `committees` lists every winning committee (DESIGN.md 3.5) while there
 * are at most {@link MAX_COMMITTEES}; `committeeCount` always gives their number.
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Profile } from "../../ballots/profile.js";
import { type DecideError, invalidInputAt } from "../../core/errors.js";
import { type ExplanationStep, step } from "../../core/explanation.js";
import type { Outcome } from "../../core/outcome.js";
import { compare, type Rational } from "../../core/rational.js";
import { createTieBreaker, type TieBreakPolicy } from "../../core/tie-break.js";
import {
  allCandidates,
  describeScores,
  exactOf,
  listNames,
  makeOutcome,
  namesOf,
  tiersBy,
} from "../../counting/outcome.js";

/**
 * The most winning committees a multi-seat outcome lists under tie-break `none`; past it,
 * `committees` is left out and `committeeCount` says how many there are.
 *
 * @category committees
 */
export const MAX_COMMITTEES = 1000;

/**
 * The outcome of a multi-seat rule: {@link Outcome} with `winners` in order of election, and under
 * tie-break `none` every winning committee.
 *
 * @category committees
 */
export interface CommitteeOutcome extends Outcome {
  /** The seats filled. */
  readonly seats: number;
  /** Under tie-break `none`: every winning committee, each in order of election (at most {@link MAX_COMMITTEES}). */
  readonly committees?: readonly (readonly string[])[];
  /** Under tie-break `none`: the number of winning committees, as a decimal string. */
  readonly committeeCount?: string;
}

/** A scored multi-seat count, as {@link electTop} reads it. @internal */
export interface TopCount {
  readonly method: string;
  readonly variant?: string;
  readonly candidates: readonly string[];
  readonly seats: number;
  readonly scores: readonly Rational[];
  readonly tieBreak: TieBreakPolicy;
  /** Steps before the election: the rule, the tally. */
  readonly steps: readonly ExplanationStep[];
  /** What the scores are, for the closing sentence ("the most votes"). */
  readonly reason: string;
}

/**
 * Elects the `seats` highest-scoring candidates in order of score (see the module comment for
 * ties). `seats` is clamped to 0..n.
 *
 * @internal
 */
export const electTop = (count: TopCount): CommitteeOutcome => {
  const { candidates, scores } = count;
  const n = candidates.length;
  const seats = Math.max(0, Math.min(n, Math.trunc(count.seats)));
  const tieBreaker = createTieBreaker(count.tieBreak, candidates);
  const ranking = tiersBy(allCandidates(n), (a, b) =>
    compare(scores[a] as Rational, scores[b] as Rational),
  );
  const sure: number[] = [];
  let tied: number[] = [];
  let need = 0;
  for (const tier of ranking) {
    const left = seats - sure.length;
    if (left <= 0) break;
    if (tier.length <= left) {
      sure.push(...tier);
      continue;
    }
    tied = tier;
    need = left;
    break;
  }
  const picked: number[] = [];
  let undecided = false;
  const open = [...tied];
  for (let k = 0; k < need; k++) {
    const chosen = tieBreaker.choose(open, "select", `seat ${sure.length + k + 1}`);
    if (chosen === undefined) {
      undecided = true;
      break;
    }
    picked.push(chosen);
    open.splice(open.indexOf(chosen), 1);
  }
  const winners = undecided ? [...sure, ...tied] : [...sure, ...picked];
  const count_ = undecided ? binomial(tied.length, need) : 1n;
  const committees = undecided
    ? count_ <= BigInt(MAX_COMMITTEES)
      ? subsets(tied, need).map((extra) => namesOf(candidates, [...sure, ...extra]))
      : undefined
    : undefined;
  const exact = scores.map(exactOf);
  const order = ranking.flat();
  const closing =
    tied.length === 0 || need === 0
      ? `Elected, in order of ${count.reason}: ${listNames(namesOf(candidates, winners)) || "nobody"}.`
      : undecided
        ? `${listNames(namesOf(candidates, tied))} tie for the last ${need === 1 ? "seat" : `${need} seats`}; the tie is not broken, so all of them are listed as winners (${count_.toString()} winning committees).`
        : `Elected, in order of ${count.reason}: ${listNames(namesOf(candidates, winners))}; ${listNames(namesOf(candidates, tied))} tied for the last ${need === 1 ? "seat" : `${need} seats`} and the tie-break chose ${listNames(namesOf(candidates, picked))}.`;
  const outcome = makeOutcome({
    method: count.method,
    ...(count.variant === undefined ? {} : { variant: count.variant }),
    candidates,
    winners,
    ranking,
    scores: exact,
    tieBreaker,
    explanation: [
      ...count.steps,
      step("scores", `Scores: ${describeScores(candidates, order, exact)}.`, {
        scores: Object.fromEntries(order.map((c) => [candidates[c], exact[c]])),
      }),
      step("elect", closing, { winners: namesOf(candidates, winners), seats }),
    ],
  });
  return {
    ...outcome,
    seats,
    ...(undecided ? { committeeCount: count_.toString() } : {}),
    ...(committees === undefined ? {} : { committees }),
  };
};

/** Every k-subset of `items`, in lexicographic order of positions. */
const subsets = (items: readonly number[], k: number): number[][] => {
  const out: number[][] = [];
  const current: number[] = [];
  const walk = (start: number): void => {
    if (current.length === k) {
      out.push([...current]);
      return;
    }
    for (let i = start; i <= items.length - (k - current.length); i++) {
      current.push(items[i] as number);
      walk(i + 1);
      current.pop();
    }
  };
  walk(0);
  return out;
};

const binomial = (n: number, k: number): bigint => {
  let r = 1n;
  for (let i = 0; i < k; i++) r = (r * BigInt(n - i)) / BigInt(i + 1);
  return r;
};

/**
 * The seats a registered multi-seat method fills: the spec's `seats`, required, from 1 to the
 * number of candidates.
 *
 * @internal
 */
export const requireSeats = (
  method: string,
  profile: Profile,
  seats: number | undefined,
): E.Either<DecideError, number> => {
  if (seats === undefined)
    return E.left(
      invalidInputAt(
        "seats",
        "invalid_type",
        `required: method "${method}" fills several seats; give seats`,
      ),
    );
  if (!Number.isInteger(seats) || seats < 1 || seats > profile.candidates.length)
    return E.left(
      invalidInputAt(
        "seats",
        "too_many_seats",
        `expected a whole number from 1 to ${profile.candidates.length} (the candidates), got ${seats}`,
      ),
    );
  return E.right(seats);
};
