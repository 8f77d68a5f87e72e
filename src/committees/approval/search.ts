/**
 * Two searches that the non-Thiele approval-committee rules share:
 *
 * - {@link bestByValue}: every committee of k members with the best value of an objective (a
 *   comparison, not a number, so that lexicographic objectives fit), by depth-first enumeration
 *   with an optional optimistic bound for pruning; within `options.maxWork` steps.
 * - {@link sequentialByValue}: a sequential rule whose state (budgets, loads) depends on the order
 *   of the choices: each round every candidate gets an exact value, the best is added (a tie goes
 *   to the tie-break, or under `none` every tied candidate is followed, and every committee some
 *   path reaches is listed).
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Unsupported } from "../../core/errors.js";
import { workLimitError } from "../../core/limits.js";
import type { ExactValue, Round } from "../../core/outcome.js";
import { compare, type Rational } from "../../core/rational.js";
import type { TieBreaker } from "../../core/tie-break.js";
import { exactOf } from "../../counting/outcome.js";
import { byMembers, COMMITTEE_WORK, type Found, keyOf, type Settings } from "./shared.js";

/** An objective over committees (`compare` negative when the first is better). @internal */
export interface Objective<V> {
  readonly value: (committee: readonly number[]) => V;
  readonly compare: (a: V, b: V) => number;
  /** An optimistic value of every completion of `chosen` by candidates from `from` on, if known. */
  readonly bound?: (chosen: readonly number[], from: number) => V | undefined;
  /** The steps one evaluation costs. */
  readonly cost: number;
}

/**
 * Every committee of `settings.seats` members among `m` candidates with the best value.
 *
 * @internal
 */
export const bestByValue = <V>(
  m: number,
  settings: Settings,
  objective: Objective<V>,
): E.Either<Unsupported, Found & { readonly best: V | undefined }> => {
  const k = settings.seats;
  let best: V | undefined;
  let found: number[][] = [];
  let truncated = false;
  let work = 0;
  let stopped = false;
  const chosen: number[] = [];
  const walk = (from: number): void => {
    if (stopped) return;
    work += objective.cost;
    if (work > settings.maxWork) {
      stopped = true;
      return;
    }
    if (chosen.length === k) {
      const v = objective.value(chosen);
      const d = best === undefined ? -1 : objective.compare(v, best);
      if (d < 0) {
        best = v;
        found = [];
        truncated = false;
      }
      if (d <= 0) {
        if (found.length < settings.maxCommittees) found.push([...chosen]);
        else truncated = true;
      }
      return;
    }
    if (m - from < k - chosen.length) return;
    if (best !== undefined && objective.bound !== undefined) {
      const b = objective.bound(chosen, from);
      if (b !== undefined) {
        const d = objective.compare(b, best);
        if (d > 0 || (truncated && d >= 0)) return;
      }
    }
    chosen.push(from);
    walk(from + 1);
    chosen.pop();
    walk(from + 1);
  };
  walk(0);
  if (stopped) return E.left(workLimitError(COMMITTEE_WORK, work, settings.maxWork));
  return E.right({ committees: found.sort(byMembers), truncated, best });
};

/** One round of a sequential rule: each candidate's value, and whether the largest or smallest wins. @internal */
export interface SequentialStep {
  readonly values: ReadonlyMap<number, Rational>;
  readonly best: "max" | "min";
}

/** A sequential rule over a state that the choices change. @internal */
export interface SequentialRule<S> {
  readonly initial: S;
  readonly step: (state: S, committee: readonly number[]) => SequentialStep;
  readonly apply: (state: S, committee: readonly number[], chosen: number) => S;
  /** The steps one round costs. */
  readonly cost: number;
  /** The round's sentence, for the explanation. */
  readonly describe: (round: number, chosen: number, value: ExactValue) => string;
}

/**
 * Runs a sequential rule: one committee under a deterministic policy, every reachable committee
 * under `none`; the rounds of the first path.
 *
 * @internal
 */
export const sequentialByValue = <S>(
  candidates: readonly string[],
  settings: Settings,
  tieBreaker: TieBreaker,
  rule: SequentialRule<S>,
): E.Either<Unsupported, { found: Found; elected: readonly number[]; rounds: Round[] }> => {
  const k = settings.seats;
  const results: number[][] = [];
  const keys = new Set<string>();
  const rounds: Round[] = [];
  let truncated = false;
  let stopped = false;
  let work = 0;
  const walk = (state: S, committee: number[], first: boolean): void => {
    if (stopped) return;
    if (committee.length === k) {
      const key = keyOf(committee);
      if (keys.has(key)) return;
      if (results.length >= settings.maxCommittees) {
        truncated = true;
        stopped = true;
        return;
      }
      keys.add(key);
      results.push(committee);
      return;
    }
    work += rule.cost;
    if (work > settings.maxWork) {
      stopped = true;
      return;
    }
    const { values, best } = rule.step(state, committee);
    let top: Rational | undefined;
    for (const v of values.values())
      if (top === undefined || (best === "max" ? compare(v, top) > 0 : compare(v, top) < 0))
        top = v;
    const tied = [...values]
      .filter(([, v]) => top !== undefined && compare(v, top) === 0)
      .map(([c]) => c);
    const round = committee.length + 1;
    let choices = tied;
    if (tied.length > 1 && (first || !settings.none)) {
      const chosen = tieBreaker.choose(tied, "select", `round ${round}`);
      if (chosen !== undefined) choices = [chosen];
    }
    choices.forEach((c, i) => {
      if (first && i === 0) {
        const tallies: Record<string, ExactValue> = Object.fromEntries(
          [...values].map(([d, v]) => [candidates[d] as string, exactOf(v)]),
        );
        const value = exactOf(values.get(c) as Rational);
        rounds.push({
          round,
          tallies,
          elected: [candidates[c] as string],
          text: rule.describe(round, c, value),
        });
      }
      walk(rule.apply(state, committee, c), [...committee, c], first && i === 0);
    });
  };
  walk(rule.initial, [], true);
  if (stopped && !truncated) return E.left(workLimitError(COMMITTEE_WORK, work, settings.maxWork));
  const sorted = (c: readonly number[]): number[] => [...c].sort((a, b) => a - b);
  const elected = results[0] ?? [];
  return E.right({
    found: settings.none
      ? {
          committees: [...results].sort((a, b) => byMembers(sorted(a), sorted(b))),
          truncated,
        }
      : { committees: [elected], truncated: false },
    elected,
    rounds,
  });
};
