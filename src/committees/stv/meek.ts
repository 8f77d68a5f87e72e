/**
 * The keep-value rules: Meek's method, Warren's method and the Proportional Representation
 * Foundation's reference Meek rule. Every ballot is read afresh at each iteration: its weight
 * passes down its preferences, each candidate keeping a part (their keep value) and passing the
 * rest on; an elected candidate's keep value shrinks until their votes come down to the quota.
 *
 * A ballot's weight always stops at its first hopeful candidate (whose keep value is 1), so the
 * ballots are grouped, stage by stage, by their preferences up to that candidate: an iteration
 * walks the groups, not the ballots.
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { RankedProfile } from "../../ballots/profile.js";
import { type DecideError, unsupported } from "../../core/errors.js";
import { pure } from "../../core/internal/pure.js";
import {
  add,
  compare,
  div,
  isZero,
  min,
  mul,
  ONE,
  parseRational,
  type Rational,
  rational,
  sub,
  truncateTo,
  ZERO,
} from "../../core/rational.js";
import type { TieBreaker } from "../../core/tie-break.js";
import { readPapers, type StvOptions, type StvOutcome } from "./shared.js";
import { StageLog, tieUnresolved } from "./stages.js";

/**
 * What distinguishes Meek's method, Warren's and the PRF reference rule.
 *
 * @internal
 */
export interface MeekRule {
  readonly variant: "meek" | "warren" | "meek-prf";
  readonly text: string;
  /** The decimal places of the displayed figures (9 for meek-prf); exact without. */
  readonly digits?: number;
  /** The part of `weight` a candidate with keep value `keep` takes. */
  readonly take: (weight: Rational, keep: Rational) => Rational;
  /** The quota for `total` votes (those not exhausted) and `seats`, and whether it must be exceeded. */
  readonly quota: (total: Rational, seats: number) => { quota: Rational; exceed: boolean };
  /** The next keep value of an elected candidate. */
  readonly nextKeep: (keep: Rational, quota: Rational, votes: Rational) => Rational;
  /** The default tolerance on the total surplus. */
  readonly omega: Rational;
}

/** Keep values of the exact rules are rounded up to this many decimal places (HWW's direction). */
const KEEP_DIGITS = 18;

function roundUp(a: Rational, digits: number): Rational {
  const down = truncateTo(a, digits);
  return compare(down, a) === 0 ? down : add(down, rational(1n, 10n ** BigInt(digits)));
}

function exactQuota(total: Rational, seats: number): { quota: Rational; exceed: boolean } {
  return { quota: div(total, rational(BigInt(seats + 1))), exceed: true };
}

function exactKeep(keep: Rational, quota: Rational, votes: Rational): Rational {
  return roundUp(div(mul(keep, quota), votes), KEEP_DIGITS);
}

/**
 * The three keep-value rules.
 *
 * - `meek`: Hill, Wichmann and Woodall, "Algorithm 123: Single Transferable Vote by Meek's
 *   method", The Computer Journal 30(3), 1987: each candidate takes weight × keep; the quota is
 *   (votes not exhausted)/(seats+1), recomputed at each iteration, and a candidate is elected on
 *   exceeding it; keep ← keep × quota / votes. Arithmetic exact, keep values rounded up to 18
 *   decimal places after each update; iteration stops when the total surplus is below `omega`
 *   (default 1e-10), when it stops falling, or when no keep value changes.
 * - `warren`: Warren (1994), the same count in which a candidate takes min(keep, remaining weight).
 * - `meek-prf`: the Proportional Representation Foundation's Reference Meek Rule (the rule New
 *   Zealand's local elections follow): every figure to 9 decimal places; weight × keep rounded
 *   up (B.2.a); quota = votes/(seats+1) truncated to 9 places plus 10^-9, reached with ≥ (B.2.b,
 *   B.2.c); iteration stops when a candidate is elected, the total surplus is below omega = 10^-6,
 *   or the surplus no longer falls (B.2.e); keep ← (keep × quota, rounded up) / votes, rounded up
 *   (B.2.f); then the lowest hopeful candidate is defeated (B.3).
 *
 * @internal
 */
export const MEEK_RULES: Readonly<Record<"meek" | "warren" | "meek-prf", MeekRule>> =
  /* @__PURE__ */ pure(() => ({
    meek: {
      variant: "meek",
      text: "Meek's method (Hill, Wichmann and Woodall 1987), exact: keep values iterated until the total surplus is below omega; dynamic quota (votes not exhausted)/(seats+1), elected on exceeding it; the lowest candidate defeated, one at a time.",
      take: (weight, keep) => mul(weight, keep),
      quota: exactQuota,
      nextKeep: exactKeep,
      omega: rational(1n, 10n ** 10n),
    },
    warren: {
      variant: "warren",
      text: "Warren's method, exact: each candidate takes min(keep value, remaining weight); keep values iterated until the total surplus is below omega; dynamic quota, elected on exceeding it.",
      take: (weight, keep) => min(weight, keep),
      quota: exactQuota,
      nextKeep: exactKeep,
      omega: rational(1n, 10n ** 10n),
    },
    "meek-prf": {
      variant: "meek-prf",
      text: "Meek's method by the Proportional Representation Foundation's reference rule: 9-decimal fixed point, weight × keep rounded up, quota truncated plus 10^-9 and reached with ≥, keep values rounded up, omega 10^-6; the lowest candidate defeated.",
      digits: 9,
      take: (weight, keep) => roundUp(mul(weight, keep), 9),
      quota: (total, seats) => ({
        quota: add(truncateTo(div(total, rational(BigInt(seats + 1))), 9), rational(1n, 10n ** 9n)),
        exceed: false,
      }),
      nextKeep: (keep, quota, votes) => roundUp(div(roundUp(mul(keep, quota), 9), votes), 9),
      omega: rational(1n, 10n ** 6n),
    },
  }));

const HOPEFUL = 0;
const ELECTED = 1;
const DEFEATED = 2;

interface Group {
  /** The candidates a ballot's weight passes through, ending with its first hopeful (if any). */
  readonly path: number[];
  /** The scaled count of its ballots. */
  size: number;
}

/**
 * Counts a ranked profile by a keep-value rule.
 *
 * @internal
 */
export const countMeek = (
  profile: RankedProfile,
  seats: number,
  withdrawn: readonly number[],
  rule: MeekRule,
  options: StvOptions,
  tieBreaker: TieBreaker,
): E.Either<DecideError, StvOutcome> => {
  const names = profile.candidates;
  const n = names.length;
  const papers = readPapers(profile);
  const D = BigInt(papers.denominator);
  const valid = rational(BigInt(papers.validScaled), D);
  const omega = omegaOf(options.omega, rule.omega);
  if (omega === undefined)
    return E.left(
      unsupported(
        "invalid_omega",
        'options.omega must be a positive decimal, e.g. "1e-10" or 0.000001',
      ),
    );
  const maxIterations = options.maxIterations ?? 10_000;
  const state = new Uint8Array(n);
  const keep: Rational[] = Array.from({ length: n }, () => ONE);
  for (const c of withdrawn) {
    state[c] = DEFEATED;
    keep[c] = ZERO;
  }
  const log = new StageLog(names, rule.text, rule.digits, valid, seats, tieBreaker);
  const electedCount = (): number => log.electedCount();
  const hopefuls = (): number[] => {
    const out: number[] = [];
    for (let c = 0; c < n; c++) if (state[c] === HOPEFUL) out.push(c);
    return out;
  };

  let groups: Group[] = [];
  const regroup = (): void => {
    const byKey = new Map<string, Group>();
    for (const b of papers.valid) {
      const path: number[] = [];
      const end = papers.start[b + 1] as number;
      for (let p = papers.start[b] as number; p < end; p++) {
        const c = papers.list[p] as number;
        if (state[c] === DEFEATED) continue;
        path.push(c);
        if (state[c] === HOPEFUL) break;
      }
      const key = path.join(",");
      const group = byKey.get(key);
      if (group === undefined) byKey.set(key, { path, size: papers.counts[b] as number });
      else group.size += papers.counts[b] as number;
    }
    groups = [...byKey.values()];
  };

  let tally: Rational[] = [];
  let exhausted = ZERO;
  let quota = ZERO;
  let exceed = true;
  const distribute = (): void => {
    const votes: Rational[] = Array.from({ length: n }, () => ZERO);
    let left = ZERO;
    for (const group of groups) {
      const count = rational(BigInt(group.size), D);
      let weight = ONE;
      for (const c of group.path) {
        const part = rule.take(weight, keep[c] as Rational);
        if (!isZero(part)) {
          votes[c] = add(votes[c] as Rational, mul(part, count));
          weight = sub(weight, part);
        }
        if (isZero(weight)) break;
      }
      if (!isZero(weight)) left = add(left, mul(weight, count));
    }
    tally = votes;
    exhausted = left;
    const q = rule.quota(sub(valid, left), seats);
    quota = q.quota;
    exceed = q.exceed;
  };
  const reached = (c: number): boolean => {
    const cmp = compare(tally[c] as Rational, quota);
    return exceed ? cmp > 0 : cmp >= 0;
  };
  const surplus = (): Rational => {
    let s = ZERO;
    for (let c = 0; c < n; c++)
      if (state[c] === ELECTED && compare(tally[c] as Rational, quota) > 0)
        s = add(s, sub(tally[c] as Rational, quota));
    return s;
  };

  let stageAction: "first-preferences" | "surplus" | "exclusion" = "first-preferences";
  let excluded: number | undefined;
  let iterations = 0;
  regroup();
  for (;;) {
    // Iterate the keep values until someone is elected or the surplus settles (B.2).
    let previous: Rational | undefined;
    let byQuota: number[] = [];
    for (;;) {
      distribute();
      const winners = hopefuls().filter(reached);
      if (winners.length > 0) {
        const ordered = log.orderByVotes(winners, tally);
        if (ordered === undefined) return E.left(tieUnresolved());
        byQuota = ordered.slice(0, seats - electedCount());
        break;
      }
      const s = surplus();
      if (stageAction === "first-preferences") break;
      if (compare(s, omega) < 0 || (previous !== undefined && compare(s, previous) >= 0)) break;
      previous = s;
      let changed = false;
      for (let c = 0; c < n; c++) {
        if (state[c] !== ELECTED) continue;
        const next = rule.nextKeep(keep[c] as Rational, quota, tally[c] as Rational);
        if (compare(next, keep[c] as Rational) !== 0) changed = true;
        keep[c] = next;
      }
      if (!changed) break;
      iterations++;
      if (iterations > maxIterations)
        return E.left(
          unsupported(
            "work_limit",
            `The ${rule.variant} count needed more than ${maxIterations} iterations of its keep values; raise options.maxIterations (at most 1,000,000) or omega.`,
          ),
        );
    }
    for (const c of byQuota) {
      state[c] = ELECTED;
      log.elect(c);
    }
    // Count complete? (B.1): all seats filled, or as many seats left as hopefuls.
    let remaining: number[] = [];
    const left = hopefuls();
    const vacancies = seats - electedCount();
    if (vacancies > 0 && left.length <= vacancies) {
      const rest = log.orderByVotes(left, tally);
      if (rest === undefined) return E.left(tieUnresolved());
      remaining = rest;
      for (const c of rest) {
        state[c] = ELECTED;
        log.elect(c);
      }
    }
    const done = electedCount() >= seats;
    const lowest = !done && byQuota.length === 0;
    let defeat: number | undefined;
    if (lowest) {
      defeat = log.lowest(left, tally);
      if (defeat === undefined) return E.left(tieUnresolved());
    }
    log.stage({
      action: stageAction,
      from: excluded,
      transferValue: undefined,
      tally,
      nonTransferable: exhausted,
      lost: undefined,
      quota,
      byQuota,
      remaining,
    });
    if (done) break;
    excluded = undefined;
    if (defeat !== undefined) {
      // Defeat the lowest hopeful candidate (B.3); the next stage shows their votes passed on.
      state[defeat] = DEFEATED;
      keep[defeat] = ZERO;
      log.exclude(defeat);
      excluded = defeat;
      stageAction = "exclusion";
    } else stageAction = "surplus";
    regroup();
  }
  return E.right(
    log.finish({
      variant: rule.variant,
      quota,
      tally,
      nonTransferable: exhausted,
      excludedOrDefeated: hopefuls(),
    }),
  );
};

/**
 * The tolerance `omega` as an exact rational: a positive decimal (`"0.000001"`, `"1e-10"`, a
 * `"p/q"` or a number), else `undefined`.
 *
 * @internal
 */
export const parseOmega = (option: string | number): Rational | undefined => {
  const value =
    typeof option === "string" && /e/i.test(option)
      ? parseRational(Number(option))
      : parseRational(option);
  return value === undefined || value.num <= 0n ? undefined : value;
};

const omegaOf = (option: string | number | undefined, fallback: Rational): Rational | undefined =>
  option === undefined ? fallback : parseOmega(option);
