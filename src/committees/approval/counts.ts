/**
 * The three ways an approval-committee rule of the Thiele family counts (Lackner and Skowron 2023,
 * sections 2.3 and 2.4): by optimisation (the committee with the highest score, exactly, by
 * branch and bound), sequentially (add the candidate with the largest marginal gain, k times),
 * and in reverse (start from every candidate and remove the one whose removal costs least), plus
 * the additive rules (AV, SAV), whose winners are the k best candidates by a per-candidate score.
 *
 * Ties under `none` follow abcvoting's irresolute definition: an optimisation rule lists every
 * committee with the highest score; a sequential or reverse rule lists every committee reachable
 * when each tie met is broken in every possible way.
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { ApprovalProfile } from "../../ballots/profile.js";
import type { DecideError } from "../../core/errors.js";
import { type ExplanationStep, step } from "../../core/explanation.js";
import { workLimitError } from "../../core/limits.js";
import type { ExactValue, Round } from "../../core/outcome.js";
import { add, compare, type Rational, rational } from "../../core/rational.js";
import { createTieBreaker, type TieBreaker, type TieBreakPolicy } from "../../core/tie-break.js";
import { exactOf, listNames, namesOf } from "../../counting/outcome.js";
import {
  type ApprovalCommitteeOptions,
  type ApprovalCommitteeOutcome,
  byMembers,
  COMMITTEE_WORK,
  type Electorate,
  electorateOf,
  type Found,
  finishCommittee,
  keyOf,
  resolveCommittees,
  type Settings,
  settingsOf,
} from "./shared.js";
import {
  branchAndBound,
  fitsDoubles,
  Levels,
  scaleWeights,
  type ThieleWeight,
  thieleScore,
  tooLargeForExact,
} from "./thiele-engine.js";

/** The options of a typed committee rule: the shared options and the seats. @category committees */
export interface CommitteeRuleOptions extends ApprovalCommitteeOptions {
  /** The number of seats to fill (at least 1, at most the number of candidates). */
  readonly seats: number;
}

/** What a count needs to know of its rule. @internal */
export interface RuleSpec {
  readonly id: string;
  readonly variant?: string;
  /** The rule in words, for the explanation's first step. */
  readonly rule: string;
  /** Why the committee wins, for the closing sentence. */
  readonly reason: string;
}

/** Checks the seats and options and reads the profile. @internal */
export const begin = (
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy,
): E.Either<
  DecideError,
  { electorate: Electorate; settings: Settings; tieBreaker: TieBreaker }
> => {
  const settings = settingsOf(profile, options.seats, options, tieBreak);
  if (E.isLeft(settings)) return settings;
  return E.right({
    electorate: electorateOf(profile),
    settings: settings.right,
    tieBreaker: createTieBreaker(tieBreak, profile.candidates),
  });
};

/** The explanation's first step. @internal */
export const ruleStep = (spec: RuleSpec, seats: number): ExplanationStep =>
  step("rule", `${spec.rule} Seats: ${seats}.`, {
    seats,
    ...(spec.variant ? { variant: spec.variant } : {}),
  });

/**
 * An optimisation rule: every committee with the highest Thiele score.
 *
 * @internal
 */
export const countOptimal = (
  spec: RuleSpec,
  weight: ThieleWeight,
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy,
  /** Scaled weights to search with, when the rule's own differ (lex-CC). */
  searchWeights?: (electorate: Electorate, seats: number) => readonly bigint[],
  score?: (electorate: Electorate, committee: readonly number[]) => ExactValue,
): E.Either<DecideError, ApprovalCommitteeOutcome> => {
  const started = begin(profile, options, tieBreak);
  if (E.isLeft(started)) return started;
  const { electorate, settings, tieBreaker } = started.right;
  const scaled =
    searchWeights?.(electorate, settings.seats) ?? scaleWeights(weight, settings.seats).scaled;
  if (!fitsDoubles(electorate, scaled)) return E.left(tooLargeForExact(spec.id));
  const found = branchAndBound(electorate, scaled, settings);
  if (E.isLeft(found)) return found;
  const elected = settings.none
    ? (found.right.committees[0] ?? [])
    : resolveCommittees(found.right.committees, tieBreaker, "winning committees");
  const scoreOf = score ?? ((e: Electorate, c: readonly number[]) => thieleScore(e, weight, c));
  const count = found.right.committees.length;
  return E.right(
    finishCommittee({
      method: spec.id,
      ...(spec.variant === undefined ? {} : { variant: spec.variant }),
      electorate,
      settings,
      found: found.right,
      elected,
      tieBreaker,
      steps: [
        ruleStep(spec, settings.seats),
        step(
          "search",
          `The exact search found ${count}${found.right.truncated ? " or more" : ""} ${count === 1 ? "committee" : "committees"} with the highest score.`,
          { committees: count, truncated: found.right.truncated },
        ),
      ],
      score: (c) => scoreOf(electorate, c),
      reason: spec.reason,
    }),
  );
};

/** Scaled gains or losses of the candidates, and their exact values. */
const roundOf = (
  electorate: Electorate,
  round: number,
  values: ReadonlyMap<number, bigint>,
  scale: bigint,
  picked: number,
  purpose: "elected" | "eliminated",
  what: string,
): Round => {
  const { candidates } = electorate;
  const exact = (v: bigint): ExactValue =>
    exactOf(rational(v, scale * BigInt(electorate.denominator)));
  const tallies: Record<string, ExactValue> = {};
  for (const [c, v] of values)
    Object.defineProperty(tallies, candidates[c] as string, {
      value: exact(v),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  const name = candidates[picked] as string;
  const value = String(exact(values.get(picked) ?? 0n));
  return {
    round,
    tallies,
    [purpose]: [name],
    text:
      purpose === "elected"
        ? `Round ${round}: ${name} is added, with the largest ${what} (${value}).`
        : `Round ${round}: ${name} is removed, with the smallest ${what} (${value}).`,
  };
};

/**
 * A sequential rule (forwards: add the largest marginal gain; reverse: remove the smallest
 * marginal loss), with every tie path explored under `none`.
 *
 * @internal
 */
export const countSequential = (
  spec: RuleSpec,
  weight: ThieleWeight,
  direction: "forwards" | "reverse",
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy,
): E.Either<DecideError, ApprovalCommitteeOutcome> => {
  const started = begin(profile, options, tieBreak);
  if (E.isLeft(started)) return started;
  const { electorate, settings, tieBreaker } = started.right;
  const { m } = electorate;
  const k = settings.seats;
  const forwards = direction === "forwards";
  const { scaled, scale } = scaleWeights(weight, forwards ? k : m);
  const levels = new Levels(electorate, forwards ? k : m, !forwards);
  const rounds: Round[] = [];
  const results: number[][] = [];
  const seenResults = new Set<string>();
  const visited = new Set<string>();
  let truncated = false;
  let work = 0;
  let stopped = false;
  const path: number[] = [];
  const what = forwards ? "marginal gain" : "marginal loss";

  const walk = (first: boolean): void => {
    if (stopped) return;
    work += m * (forwards ? k : m);
    if (work > settings.maxWork) {
      stopped = true;
      return;
    }
    const done = forwards ? path.length === k : m - path.length === k;
    if (done) {
      const committee = forwards
        ? [...path]
        : Array.from({ length: m }, (_, c) => c).filter((c) => levels.member[c] === 1);
      const key = keyOf(committee);
      if (seenResults.has(key)) return;
      if (results.length >= settings.maxCommittees) {
        truncated = true;
        stopped = settings.none;
        return;
      }
      seenResults.add(key);
      results.push(committee);
      return;
    }
    if (settings.none) {
      const key = keyOf(path);
      if (visited.has(key)) return;
      visited.add(key);
    }
    const values = new Map<number, bigint>();
    let bestValue: bigint | undefined;
    for (let c = 0; c < m; c++) {
      if ((levels.member[c] === 1) !== !forwards) continue;
      const v = forwards ? levels.gain(c, scaled) : levels.loss(c, scaled);
      values.set(c, v);
      if (bestValue === undefined || (forwards ? v > bestValue : v < bestValue)) bestValue = v;
    }
    const tied = [...values].filter(([, v]) => v === bestValue).map(([c]) => c);
    const round = path.length + 1;
    let choices = tied;
    if (tied.length > 1 && (first || !settings.none)) {
      const chosen = tieBreaker.choose(tied, forwards ? "select" : "eliminate", `round ${round}`);
      if (chosen !== undefined) choices = [chosen];
    }
    choices.forEach((c, i) => {
      if (first && i === 0)
        rounds.push(
          roundOf(electorate, round, values, scale, c, forwards ? "elected" : "eliminated", what),
        );
      work += 2 * (electorate.cost[c] as number);
      path.push(c);
      if (forwards) levels.add(c);
      else levels.remove(c);
      walk(first && i === 0);
      if (forwards) levels.remove(c);
      else levels.add(c);
      path.pop();
    });
  };
  walk(true);
  if (stopped && !truncated) return E.left(workLimitError(COMMITTEE_WORK, work, settings.maxWork));
  const found: Found = {
    committees: settings.none
      ? [...results].sort((a, b) => byMembers(sortedOf(a), sortedOf(b)))
      : results,
    truncated,
  };
  const elected = results[0] ?? [];
  return E.right(
    finishCommittee({
      method: spec.id,
      ...(spec.variant === undefined ? {} : { variant: spec.variant }),
      electorate,
      settings,
      found: settings.none ? found : { committees: [elected], truncated: false },
      elected,
      tieBreaker,
      steps: [
        ruleStep(spec, k),
        ...rounds.map((r) => step("round", r.text, { round: r.round, tallies: r.tallies })),
      ],
      rounds,
      score: (c) => thieleScore(electorate, weight, c),
      reason: spec.reason,
    }),
  );
};

/**
 * An additive rule: the k candidates with the highest per-candidate score (ties at the cut go to
 * the tie-break, or under `none` every way of filling the last seats is a winning committee).
 *
 * @internal
 */
export const countAdditive = (
  spec: RuleSpec,
  scoresOf: (electorate: Electorate) => readonly Rational[],
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy,
): E.Either<DecideError, ApprovalCommitteeOutcome> => {
  const started = begin(profile, options, tieBreak);
  if (E.isLeft(started)) return started;
  const { electorate, settings, tieBreaker } = started.right;
  const { candidates, m } = electorate;
  const k = settings.seats;
  const scores = scoresOf(electorate);
  const order = Array.from({ length: m }, (_, c) => c).sort(
    (a, b) => compare(scores[b] as Rational, scores[a] as Rational) || a - b,
  );
  const cut = scores[order[k - 1] as number] as Rational;
  const sure = order.filter((c) => compare(scores[c] as Rational, cut) > 0);
  const boundary = order.filter((c) => compare(scores[c] as Rational, cut) === 0);
  const need = k - sure.length;
  let elected: number[] = [...sure];
  let found: Found;
  if (settings.none) {
    const committees: number[][] = [];
    let truncated = false;
    const pick = (from: number, chosen: number[]): void => {
      if (truncated) return;
      if (chosen.length === need) {
        if (committees.length >= settings.maxCommittees) truncated = true;
        else committees.push([...sure, ...chosen].sort((a, b) => a - b));
        return;
      }
      for (let i = from; i <= boundary.length - (need - chosen.length); i++)
        pick(i + 1, [...chosen, boundary[i] as number]);
    };
    pick(0, []);
    if (need === boundary.length) elected = [...sure, ...boundary];
    found = { committees: committees.sort(byMembers), truncated };
    if (committees.length === 1) found = { committees: [[...sure, ...boundary]], truncated };
  } else {
    let left = [...boundary];
    for (let i = 0; i < need; i++) {
      const chosen =
        left.length === need - i
          ? (left[0] as number)
          : (tieBreaker.choose(left, "select", `seat ${sure.length + i + 1}`) as number);
      elected.push(chosen);
      left = left.filter((c) => c !== chosen);
    }
    found = { committees: [elected], truncated: false };
  }
  const exact = scores.map(exactOf);
  return E.right(
    finishCommittee({
      method: spec.id,
      ...(spec.variant === undefined ? {} : { variant: spec.variant }),
      electorate,
      settings,
      found,
      elected,
      tieBreaker,
      steps: [
        ruleStep(spec, k),
        step(
          "tally",
          `Scores: ${order.map((c) => `${candidates[c]} ${String(exact[c])}`).join(", ")}.${
            need < boundary.length
              ? ` ${listNames(namesOf(candidates, boundary))} tie for the last ${need === 1 ? "seat" : `${need} seats`}.`
              : ""
          }`,
          { scores: Object.fromEntries(order.map((c) => [candidates[c], exact[c]])) },
        ),
      ],
      score: (c) => {
        let total: Rational = rational(0);
        for (const x of c) total = add(total, scores[x] as Rational);
        return exactOf(total);
      },
      reason: spec.reason,
    }),
  );
};

const sortedOf = (committee: readonly number[]): number[] => [...committee].sort((a, b) => a - b);
