/**
 * CPO-STV: Tideman's comparison of pairs of outcomes by the single transferable vote (Tideman,
 * "The Single Transferable Vote", Journal of Economic Perspectives 9(1), 1995; Tideman and
 * Richardson, "Better voting methods through technology", Public Choice 103, 2000).
 *
 * Every possible committee of `seats` candidates is an outcome. Two outcomes A and B are compared
 * by an STV count of their own: candidates in neither are excluded (their papers pass on);
 * candidates in both keep only the quota (valid votes / (seats + 1), Hagenbach-Bischoff), passing
 * the rest of their papers' weight on by Meek's keep values, iterated to 1e-10 (keep values rounded
 * up to 18 places, the rest exact); A's score is its members' votes, and A beats B by the
 * difference. The outcome that wins is chosen among these pairwise contests by a Condorcet
 * completion: Schulze's method on margins (default) or Ranked Pairs on margins.
 *
 * Cost: C(n, seats) outcomes and one count per pair of them; `options.maxOutcomes` (default 120,
 * at most 2,000) bounds the outcomes, and a count past it returns `Unsupported` (`work_limit`)
 * before any work.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { RankedProfile, UnrankedRule } from "../../ballots/profile.js";
import { type DecideError, invalidInputAt } from "../../core/errors.js";
import { step } from "../../core/explanation.js";
import { pure } from "../../core/internal/pure.js";
import { defineLimit, resolveLimit, type WorkLimit, workLimitError } from "../../core/limits.js";
import type { Outcome } from "../../core/outcome.js";
import {
  add,
  compare,
  div,
  isZero,
  mul,
  ONE,
  type Rational,
  rational,
  sub,
  truncateTo,
  ZERO,
} from "../../core/rational.js";
import { createTieBreaker, type TieBreakPolicy } from "../../core/tie-break.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { unrankedOption } from "../../counting/outcome.js";
import { wrongBallotKind } from "../../counting/ranked.js";
import { readPapers } from "./shared.js";

/**
 * The options of {@link cpoStv}.
 *
 * @category committees
 */
export interface CpoStvOptions {
  /** How the winning outcome is chosen from the pairwise contests (default `schulze-margin`). */
  readonly completion?: "schulze-margin" | "ranked-pairs" | undefined;
  /** The most outcomes (committees) compared (default 120; ceiling 2,000). */
  readonly maxOutcomes?: number | undefined;
  /** Candidates withdrawn before the count. */
  readonly withdrawn?: readonly string[] | undefined;
  /** Accepted as every ranked method accepts it; papers never pass to candidates they leave out. */
  readonly unranked?: UnrankedRule | undefined;
}

/**
 * The outcome of {@link cpoStv}: the winning committee in `winners` (candidate order).
 *
 * @category committees
 */
export interface CpoStvOutcome extends Outcome {
  /** The completion used. */
  readonly variant: "schulze-margin" | "ranked-pairs";
  /** The number of outcomes (committees) compared. */
  readonly outcomes: number;
  /** With tie-break `none`, or when the completion ties: every committee the completion elects. */
  readonly committees?: readonly (readonly string[])[];
}

const MAX_OUTCOMES: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "cpo-stv.outcomes",
  unit: "outcomes (committees)",
  default: 120,
  ceiling: 2_000,
  option: "options.maxOutcomes",
});

const KEEP_DIGITS = 18;

/**
 * Elects the committee that wins Tideman's comparison of pairs of outcomes (CPO-STV).
 *
 * @remarks
 * Follows Tideman (1995) and Tideman and Richardson (2000) with the Hagenbach-Bischoff quota and
 * Meek's keep values for the candidates two outcomes share; see the module comment. With one seat
 * the contests are the pairwise majorities, and CPO-STV is the Condorcet completion itself. Ties
 * between winning committees go to the tie-break policy (applied to the committees' names,
 * `"a+b"`); under `none` every winning committee is reported.
 *
 * @param profile - Ranked ballots.
 * @param seats - The committee size.
 * @param options - `completion`, `maxOutcomes`, `withdrawn`.
 * @param tieBreak - The tie-break policy among tied committees (default `lexicographic`).
 * @returns The outcome, or `Unsupported` (`work_limit`) past `maxOutcomes` committees.
 *
 * @see Tideman, "The Single Transferable Vote", Journal of Economic Perspectives 9(1), 1995.
 *
 * @example A solid coalition of two thirds takes two of three seats
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { cpoStv } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const profile = rankedProfile(["a", "b", "c", "d"], [
 *   { ranking: [["a"], ["b"]], count: 5 },
 *   { ranking: [["b"], ["a"]], count: 3 },
 *   { ranking: [["c"], ["d"]], count: 4 },
 * ]);
 * const outcome = E.isRight(profile) ? cpoStv(profile.right, 2) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.winners; // => ["a", "c"]
 * ```
 *
 * @category committees
 */
export const cpoStv = (
  profile: RankedProfile,
  seats: number,
  options: CpoStvOptions = {},
  tieBreak: TieBreakPolicy = { kind: "lexicographic" },
): E.Either<DecideError, CpoStvOutcome> => {
  const names = profile.candidates;
  const withdrawn = new Set<number>();
  const listed = options.withdrawn ?? [];
  for (let i = 0; i < listed.length; i++) {
    const c = names.indexOf(listed[i] as string);
    if (c < 0)
      return E.left(
        invalidInputAt(
          `options.withdrawn[${i}]`,
          "unknown_candidate",
          `"${listed[i]}" is not a candidate`,
        ),
      );
    withdrawn.add(c);
  }
  const standing = names.map((_, c) => c).filter((c) => !withdrawn.has(c));
  if (!Number.isSafeInteger(seats) || seats < 1 || seats > standing.length)
    return E.left(
      invalidInputAt(
        "seats",
        "invalid_seats",
        `expected a whole number of seats from 1 to ${standing.length}`,
      ),
    );
  const allowed = resolveLimit(MAX_OUTCOMES, options.maxOutcomes);
  if (E.isLeft(allowed)) return allowed;
  const total = binomial(standing.length, seats);
  if (total > allowed.right) return E.left(workLimitError(MAX_OUTCOMES, total, allowed.right));

  const outcomes = combinations(standing, seats);
  const k = outcomes.length;
  const papers = readPapers(profile);
  const D = BigInt(papers.denominator);
  const valid = rational(BigInt(papers.validScaled), D);
  const quota = div(valid, rational(BigInt(seats + 1)));
  // margin[i * k + j]: outcome i's score minus outcome j's, in their contest.
  const margin: Rational[] = Array.from({ length: k * k }, () => ZERO);
  for (let i = 0; i < k; i++)
    for (let j = i + 1; j < k; j++) {
      const m = contest(
        papers,
        D,
        names.length,
        outcomes[i] as number[],
        outcomes[j] as number[],
        quota,
      );
      margin[i * k + j] = m;
      margin[j * k + i] = sub(ZERO, m);
    }
  const completion = options.completion ?? "schulze-margin";
  const best = completion === "ranked-pairs" ? rankedPairs(margin, k) : schulze(margin, k);
  const committeeNames = outcomes.map((o) => o.map((c) => names[c] as string).join("+"));
  const tieBreaker = createTieBreaker(tieBreak, committeeNames);
  let chosen: number[] = best;
  if (best.length > 1) {
    const pick = tieBreaker.choose(best, "select", "completion");
    if (pick !== undefined) chosen = [pick];
  }
  const committees = chosen.map((i) => (outcomes[i] as number[]).map((c) => names[c] as string));
  const winners = [...new Set(committees.flat())].sort(
    (a, b) => names.indexOf(a) - names.indexOf(b),
  );
  return E.right({
    method: "cpo-stv",
    variant: completion,
    candidates: [...names],
    winners,
    outcomes: k,
    ...(best.length > 1
      ? { committees: best.map((i) => (outcomes[i] as number[]).map((c) => names[c] as string)) }
      : {}),
    tieBreaks: tieBreaker.records(),
    explanation: [
      step(
        "rule",
        `CPO-STV (Tideman 1995): each of the ${k} committees of ${seats} is compared with every other by an STV count of the two (quota ${showQuota(quota)}); the winner is chosen by ${completion === "ranked-pairs" ? "Ranked Pairs" : "Schulze's method"} on the margins.`,
        { seats, outcomes: k, completion },
      ),
      step("elect", `Elected: ${committees.map((c) => c.join(", ")).join(" or ")}.`, { winners }),
    ],
  });
};

const showQuota = (q: Rational): string => (q.den === 1n ? q.num.toString() : `${q.num}/${q.den}`);

/**
 * One contest: A's score minus B's, after excluding the candidates in neither and reducing the
 * candidates in both to the quota by Meek's keep values.
 */
const contest = (
  papers: ReturnType<typeof readPapers>,
  D: bigint,
  n: number,
  a: readonly number[],
  b: readonly number[],
  quota: Rational,
): Rational => {
  const inA = new Uint8Array(n);
  const inB = new Uint8Array(n);
  for (const c of a) inA[c] = 1;
  for (const c of b) inB[c] = 1;
  // Group the papers by their path through the shared candidates to their first other one.
  const groups = new Map<string, { path: number[]; size: number }>();
  for (const ballot of papers.valid) {
    const path: number[] = [];
    const end = papers.start[ballot + 1] as number;
    for (let p = papers.start[ballot] as number; p < end; p++) {
      const c = papers.list[p] as number;
      if (inA[c] === 0 && inB[c] === 0) continue;
      path.push(c);
      if (inA[c] !== inB[c]) break;
    }
    if (path.length === 0) continue;
    const key = path.join(",");
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { path, size: papers.counts[ballot] as number });
    else g.size += papers.counts[ballot] as number;
  }
  const keep: Rational[] = Array.from({ length: n }, () => ONE);
  const shared = a.filter((c) => inB[c] === 1);
  let votes: Rational[] = [];
  for (let iteration = 0; iteration < 10_000; iteration++) {
    votes = Array.from({ length: n }, () => ZERO);
    for (const g of groups.values()) {
      const count = rational(BigInt(g.size), D);
      let weight = ONE;
      for (const c of g.path) {
        const part = mul(weight, keep[c] as Rational);
        votes[c] = add(votes[c] as Rational, mul(part, count));
        weight = sub(weight, part);
        if (isZero(weight)) break;
      }
    }
    let changed = false;
    let surplus = ZERO;
    for (const c of shared) {
      if (compare(votes[c] as Rational, quota) <= 0) continue;
      surplus = add(surplus, sub(votes[c] as Rational, quota));
      const next = roundUp(div(mul(keep[c] as Rational, quota), votes[c] as Rational));
      if (compare(next, keep[c] as Rational) !== 0) changed = true;
      keep[c] = next;
    }
    if (!changed || compare(surplus, OMEGA) < 0) break;
  }
  let score = ZERO;
  for (const c of a) if (inB[c] === 0) score = add(score, votes[c] as Rational);
  for (const c of b) if (inA[c] === 0) score = sub(score, votes[c] as Rational);
  return score;
};

const OMEGA: Rational = { num: 1n, den: 10_000_000_000n };

function roundUp(x: Rational): Rational {
  const down = truncateTo(x, KEEP_DIGITS);
  return compare(down, x) === 0 ? down : add(down, rational(1n, 10n ** BigInt(KEEP_DIGITS)));
}

/** The outcomes Schulze's method (margins) elects: unbeaten along the strongest paths. */
const schulze = (margin: readonly Rational[], k: number): number[] => {
  const p: Rational[] = margin.map((m) => (m.num > 0n ? m : ZERO));
  for (let x = 0; x < k; x++)
    for (let i = 0; i < k; i++) {
      if (i === x) continue;
      const ix = p[i * k + x] as Rational;
      if (isZero(ix)) continue;
      for (let j = 0; j < k; j++) {
        if (j === i || j === x) continue;
        const through = compare(ix, p[x * k + j] as Rational) < 0 ? ix : (p[x * k + j] as Rational);
        if (compare(through, p[i * k + j] as Rational) > 0) p[i * k + j] = through;
      }
    }
  const out: number[] = [];
  for (let i = 0; i < k; i++) {
    let beaten = false;
    for (let j = 0; j < k && !beaten; j++)
      if (j !== i && compare(p[j * k + i] as Rational, p[i * k + j] as Rational) > 0) beaten = true;
    if (!beaten) out.push(i);
  }
  return out;
};

/**
 * The outcomes Ranked Pairs (margins) elects: lock the contests from the largest margin down,
 * skipping any that would close a cycle (equal margins in outcome order); the unbeaten win.
 */
const rankedPairs = (margin: readonly Rational[], k: number): number[] => {
  const pairs: [number, number][] = [];
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) if ((margin[i * k + j] as Rational).num > 0n) pairs.push([i, j]);
  pairs.sort(
    (x, y) =>
      compare(margin[y[0] * k + y[1]] as Rational, margin[x[0] * k + x[1]] as Rational) ||
      x[0] - y[0] ||
      x[1] - y[1],
  );
  const locked = new Uint8Array(k * k);
  const reaches = (from: number, to: number): boolean => {
    const seen = new Uint8Array(k);
    const stack = [from];
    while (stack.length > 0) {
      const v = stack.pop() as number;
      if (v === to) return true;
      if (seen[v] === 1) continue;
      seen[v] = 1;
      for (let w = 0; w < k; w++) if (locked[v * k + w] === 1) stack.push(w);
    }
    return false;
  };
  for (const [i, j] of pairs) if (!reaches(j, i)) locked[i * k + j] = 1;
  const out: number[] = [];
  for (let j = 0; j < k; j++) {
    let beaten = false;
    for (let i = 0; i < k && !beaten; i++) if (locked[i * k + j] === 1) beaten = true;
    if (!beaten) out.push(j);
  }
  return out;
};

const combinations = (items: readonly number[], size: number): number[][] => {
  const out: number[][] = [];
  const pick: number[] = [];
  const walk = (from: number): void => {
    if (pick.length === size) {
      out.push([...pick]);
      return;
    }
    for (let i = from; i <= items.length - (size - pick.length); i++) {
      pick.push(items[i] as number);
      walk(i + 1);
      pick.pop();
    }
  };
  walk(0);
  return out;
};

const binomial = (n: number, r: number): number => {
  let result = 1;
  for (let i = 1; i <= r; i++) {
    result = (result * (n - r + i)) / i;
    if (result > Number.MAX_SAFE_INTEGER) return Number.POSITIVE_INFINITY;
  }
  return Math.round(result);
};

/** The options schema of {@link cpoStvMethod}. @category registry */
export const CpoStvOptionsSchema: z.ZodMiniType<CpoStvOptions> = /* @__PURE__ */ pure(() =>
  z.strictObject({
    completion: z.optional(z.enum(["schulze-margin", "ranked-pairs"])),
    maxOutcomes: z.optional(z.number()),
    withdrawn: z.optional(z.array(z.string())),
    unranked: unrankedOption,
  }),
);

/**
 * The registry entry of {@link cpoStv}: `decide({ method: "cpo-stv", candidates, ballots, seats })`.
 *
 * @category registry
 */
export const cpoStvMethod: MethodDefinition<CpoStvOptions> = {
  id: "cpo-stv",
  name: "CPO-STV (comparison of pairs of outcomes)",
  ballotKind: "ranked",
  summary:
    "Compare every possible committee with every other by an STV count of the two, and elect the committee that wins those contests.",
  source:
    "Tideman (1995), Journal of Economic Perspectives 9(1); Tideman and Richardson (2000), Public Choice 103.",
  satisfies: ["anonymity"],
  fails: ["participation"],
  complexity:
    "O(C(n, s)² B n) for B distinct ballots, n candidates and s seats, times the keep-value iterations",
  multiSeat: true,
  limits: /* @__PURE__ */ methodLimits("cpo-stv", 30, 100),
  options: CpoStvOptionsSchema,
  run: (profile, { options, tieBreak, seats }): E.Either<DecideError, CpoStvOutcome> => {
    if (profile.kind !== "ranked")
      return E.left(wrongBallotKind("cpo-stv", "ranked", profile.kind));
    if (seats === undefined)
      return E.left(
        invalidInputAt("seats", "missing_seats", "CPO-STV needs `seats`, the committee size"),
      );
    return cpoStv(profile, seats, options, tieBreak);
  },
};
