/**
 * The count shared by the Gregory rules (`scottish`, `wigm`, and a count with a chosen quota):
 * first preferences; then, stage by stage, either the largest surplus is transferred (every paper
 * of the elected candidate passes on, at its value times surplus / votes: the weighted inclusive
 * Gregory method) or the lowest candidate is excluded (every paper passes on at its value); one
 * candidate at a time. A candidate reaching the quota is elected after the stage that brings them
 * there; when as many candidates remain as seats, they are elected.
 *
 * Papers are kept in parcels (papers of one value with one candidate), so that a stage touches
 * only the papers it moves and rational arithmetic runs once per parcel, not per paper.
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { RankedProfile } from "../../ballots/profile.js";
import type { DecideError } from "../../core/errors.js";
import { add, compare, isZero, type Rational, rational, sub, ZERO } from "../../core/rational.js";
import type { TieBreaker } from "../../core/tie-break.js";
import { type Papers, readPapers, type StvOutcome } from "./shared.js";
import { StageLog, tieUnresolved } from "./stages.js";

/**
 * What distinguishes one Gregory rule from another.
 *
 * @internal
 */
export interface GregoryRule {
  /** The variant named in the outcome (`scottish`, `wigm`, `wigm-droop`, ...). */
  readonly variant: string;
  /** The rule in a sentence, for the explanation. */
  readonly text: string;
  /** The decimal places the rule counts to (5 for Scottish STV); exact rationals without. */
  readonly digits?: number;
  /** The quota for `valid` votes, and whether a candidate must exceed it (else reach it). */
  readonly quota: (
    valid: Rational,
    seats: number,
  ) => { readonly quota: Rational; readonly exceed: boolean };
  /** The value a paper of value `weight` carries on from a surplus `surplus` of `total` votes. */
  readonly transferValue: (weight: Rational, surplus: Rational, total: Rational) => Rational;
}

interface Parcel {
  readonly weight: Rational;
  readonly ballots: number[];
  /** The scaled count of its papers. */
  size: number;
}

const HOPEFUL = 0;
const ELECTED = 1;
const EXCLUDED = 2;

/**
 * Counts a ranked profile by a Gregory rule.
 *
 * @internal
 */
export const countGregory = (
  profile: RankedProfile,
  seats: number,
  withdrawn: readonly number[],
  rule: GregoryRule,
  tieBreaker: TieBreaker,
): E.Either<DecideError, StvOutcome> => {
  const names = profile.candidates;
  const n = names.length;
  const papers = readPapers(profile);
  const D = BigInt(papers.denominator);
  const valid = rational(BigInt(papers.validScaled), D);
  const { quota, exceed } = rule.quota(valid, seats);
  const state = new Uint8Array(n);
  for (const c of withdrawn) state[c] = EXCLUDED;
  const piles: Parcel[][] = Array.from({ length: n }, () => []);
  const tally: Rational[] = Array.from({ length: n }, () => ZERO);
  const pos = new Int32Array(profile.ballotCount);
  let nonTransferable = ZERO;
  const log = new StageLog(names, rule.text, rule.digits, valid, seats, tieBreaker);

  const reached = (c: number): boolean => {
    const cmp = compare(tally[c] as Rational, quota);
    return exceed ? cmp > 0 : cmp >= 0;
  };
  const hopefuls = (): number[] => {
    const out: number[] = [];
    for (let c = 0; c < n; c++) if (state[c] === HOPEFUL) out.push(c);
    return out;
  };

  /** Moves papers at `weight` to their next hopeful preferences; returns the value moved on. */
  const distribute = (ballots: Iterable<number>, weight: Rational): Rational => {
    const byDest = new Map<number, Parcel>();
    let exhausted = 0;
    for (const b of ballots) {
      const dest = nextHopeful(papers, pos, b, state);
      const size = papers.counts[b] as number;
      if (dest < 0) {
        exhausted += size;
        continue;
      }
      let parcel = byDest.get(dest);
      if (parcel === undefined) {
        parcel = { weight, ballots: [], size: 0 };
        byDest.set(dest, parcel);
      }
      parcel.ballots.push(b);
      parcel.size += size;
    }
    let moved = ZERO;
    for (const [dest, parcel] of byDest) {
      const value = scaled(weight, parcel.size, D);
      tally[dest] = add(tally[dest] as Rational, value);
      moved = add(moved, value);
      mergeInto(piles[dest] as Parcel[], parcel);
    }
    if (exhausted > 0) {
      const lost = scaled(weight, exhausted, D);
      nonTransferable = add(nonTransferable, lost);
      moved = add(moved, lost);
    }
    return moved;
  };

  // Stage 1: first preferences.
  const firsts: number[] = [];
  for (const b of papers.valid) {
    pos[b] = papers.start[b] as number;
    firsts.push(b);
  }
  distribute(firsts, rational(1n));
  const pending: number[] = [];
  const electNow = (): E.Either<DecideError, { byQuota: number[]; remaining: number[] }> => {
    const byQuota = hopefuls().filter(reached);
    const ordered = log.orderByVotes(byQuota, tally);
    if (ordered === undefined) return E.left(tieUnresolved());
    for (const c of ordered) {
      if (log.electedCount() >= seats) break;
      state[c] = ELECTED;
      log.elect(c);
      pending.push(c);
    }
    const left = hopefuls();
    const vacancies = seats - log.electedCount();
    if (vacancies > 0 && left.length <= vacancies) {
      const rest = log.orderByVotes(left, tally);
      if (rest === undefined) return E.left(tieUnresolved());
      for (const c of rest) {
        state[c] = ELECTED;
        log.elect(c);
      }
      return E.right({ byQuota: ordered.filter((c) => state[c] === ELECTED), remaining: rest });
    }
    return E.right({ byQuota: ordered.filter((c) => state[c] === ELECTED), remaining: [] });
  };

  let lost = ZERO;
  const record = (
    action: "first-preferences" | "surplus" | "exclusion",
    from: number | undefined,
    transferValue: Rational | undefined,
  ): E.Either<DecideError, undefined> => {
    const elected = electNow();
    if (E.isLeft(elected)) return elected;
    log.stage({
      action,
      from,
      transferValue,
      tally,
      nonTransferable,
      lost: rule.digits === undefined ? undefined : lost,
      quota,
      byQuota: elected.right.byQuota,
      remaining: elected.right.remaining,
    });
    return E.right(undefined);
  };
  const first = record("first-preferences", undefined, undefined);
  if (E.isLeft(first)) return first;

  while (log.electedCount() < seats) {
    // The largest surplus first (SSI 2007/42 rule 48(2)); ties by look-back, then lot.
    const surplused = pending.filter((c) => compare(tally[c] as Rational, quota) > 0);
    if (surplused.length > 0) {
      const surpluses = surplused.map((c) => sub(tally[c] as Rational, quota));
      const e = log.largest(surplused, surpluses);
      if (e === undefined) return E.left(tieUnresolved());
      pending.splice(pending.indexOf(e), 1);
      const total = tally[e] as Rational;
      const surplus = sub(total, quota);
      const parcels = piles[e] as Parcel[];
      piles[e] = [];
      let moved = ZERO;
      for (const parcel of parcels) {
        const w = rule.transferValue(parcel.weight, surplus, total);
        if (isZero(w)) continue;
        moved = add(moved, distribute(parcel.ballots, w));
      }
      tally[e] = quota;
      lost = add(lost, sub(surplus, moved));
      const step = record("surplus", e, rule.transferValue(rational(1n), surplus, total));
      if (E.isLeft(step)) return step;
      continue;
    }
    pending.length = 0;
    const left = hopefuls();
    const x = log.lowest(left, tally);
    if (x === undefined) return E.left(tieUnresolved());
    state[x] = EXCLUDED;
    const parcels = piles[x] as Parcel[];
    piles[x] = [];
    tally[x] = ZERO;
    for (const parcel of parcels) distribute(parcel.ballots, parcel.weight);
    log.exclude(x);
    const step = record("exclusion", x, undefined);
    if (E.isLeft(step)) return step;
  }
  return E.right(
    log.finish({
      variant: rule.variant,
      quota,
      tally,
      nonTransferable,
      excludedOrDefeated: hopefuls(),
    }),
  );
};

/** The next hopeful candidate on ballot `b` from its current position (-1 when none). @internal */
export const nextHopeful = (
  papers: Papers,
  pos: Int32Array,
  b: number,
  state: Uint8Array,
): number => {
  const end = papers.start[b + 1] as number;
  let p = pos[b] as number;
  while (p < end && state[papers.list[p] as number] !== HOPEFUL) p++;
  pos[b] = p;
  return p < end ? (papers.list[p] as number) : -1;
};

/** `weight × size / D`, exactly. */
const scaled = (weight: Rational, size: number, D: bigint): Rational =>
  rational(weight.num * BigInt(size), weight.den * D);

/** Adds a parcel to a pile, joining the last parcel when it has the same value. */
const mergeInto = (pile: Parcel[], parcel: Parcel): void => {
  const last = pile[pile.length - 1];
  if (last !== undefined && compare(last.weight, parcel.weight) === 0) {
    for (const b of parcel.ballots) last.ballots.push(b);
    last.size += parcel.size;
    return;
  }
  pile.push(parcel);
};
