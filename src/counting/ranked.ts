/**
 * Helpers shared by the methods that read ranked ballots: exact tallies of split votes, the order
 * of each ballot's candidates, and the error for a profile of the wrong kind.
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { BallotKind, Profile, RankedProfile, UnrankedRule } from "../ballots/profile.js";
import { UNRANKED } from "../ballots/profile.js";
import { type DecideError, invalidInputAt } from "../core/errors.js";
import type { Outcome } from "../core/outcome.js";
import * as rationals from "../core/rational.js";
import { type Rational, rational } from "../core/rational.js";
import type { TieBreakPolicy } from "../core/tie-break.js";

/** The default tie-break policy of `decide` and of every typed method function. @internal */
export const LEXICOGRAPHIC: TieBreakPolicy = { kind: "lexicographic" };

/**
 * The error for a profile whose ballots are not of the kind a method reads.
 *
 * @internal
 */
export const wrongBallotKind = (
  method: string,
  expected: BallotKind,
  got: BallotKind,
): DecideError =>
  invalidInputAt(
    "ballots",
    "wrong_ballot_kind",
    `method "${method}" reads ${expected} ballots, got ${got} ballots`,
  );

/**
 * Runs `f` when the profile is of the expected kind, else returns {@link wrongBallotKind}.
 *
 * @internal
 */
export const withKind = <K extends BallotKind>(
  method: string,
  kind: K,
  profile: Profile,
  f: (profile: Extract<Profile, { readonly kind: K }>) => Outcome,
): E.Either<DecideError, Outcome> =>
  profile.kind === kind
    ? E.right(f(profile as Extract<Profile, { readonly kind: K }>))
    : E.left(wrongBallotKind(method, kind, profile.kind));

/**
 * An exact tally of votes that may be split equally among tied candidates: a vote of weight `w`
 * shared by `k` candidates adds `w` to the row of size `k`, and each candidate's value is
 * `Σ_k row_k[c] / k`, divided by the profile's count denominator. Rows hold whole numbers.
 *
 * @internal
 */
export interface SplitTally {
  /** Adds `weight` (scaled) to candidate `c`, as one of `k` candidates sharing a vote. */
  readonly add: (c: number, weight: number, k: number) => void;
  /** Each candidate's exact value. */
  readonly values: () => Rational[];
  /** Whether some vote was split. */
  readonly hasSplits: () => boolean;
}

/**
 * Creates an empty {@link SplitTally} over `n` candidates.
 *
 * @internal
 */
export const createSplitTally = (n: number, denominator: number): SplitTally => {
  const sole = new Float64Array(n);
  const shared = new Map<number, Float64Array>();
  return {
    add: (c, weight, k) => {
      if (k === 1) {
        sole[c] = (sole[c] as number) + weight;
        return;
      }
      let row = shared.get(k);
      if (row === undefined) {
        row = new Float64Array(n);
        shared.set(k, row);
      }
      row[c] = (row[c] as number) + weight;
    },
    values: () =>
      Array.from(sole, (s, c) => {
        let value = rational(BigInt(s));
        for (const [k, row] of shared) {
          const v = row[c] as number;
          if (v !== 0) value = rationals.add(value, rational(BigInt(v), BigInt(k)));
        }
        return denominator === 1 ? value : rationals.div(value, rational(BigInt(denominator)));
      }),
    hasSplits: () => shared.size > 0,
  };
};

/**
 * Each ballot's candidates in the order of its tiers (counting sort, O(n) per ballot): row `b`
 * of `order` lists candidates from the first tier to the last, unranked candidates at the end;
 * `tier` holds the tier of `order`'s cell (or `UNRANKED`).
 *
 * @internal
 */
export const ballotOrders = (
  ranks: Uint16Array,
  ballotCount: number,
  n: number,
): { readonly order: Uint16Array | Uint32Array; readonly tier: Uint16Array } => {
  const order = n <= 0xffff ? new Uint16Array(ballotCount * n) : new Uint32Array(ballotCount * n);
  const tier = new Uint16Array(ballotCount * n);
  const start = new Int32Array(n + 2);
  for (let b = 0; b < ballotCount; b++) {
    const offset = b * n;
    start.fill(0);
    for (let c = 0; c < n; c++) {
      const r = ranks[offset + c] as number;
      const slot = r === UNRANKED ? n : r;
      start[slot + 1] = (start[slot + 1] as number) + 1;
    }
    for (let t = 1; t <= n + 1; t++) start[t] = (start[t] as number) + (start[t - 1] as number);
    for (let c = 0; c < n; c++) {
      const r = ranks[offset + c] as number;
      const slot = r === UNRANKED ? n : r;
      const at = start[slot] as number;
      start[slot] = at + 1;
      order[offset + at] = c;
      tier[offset + at] = r;
    }
  }
  return { order, tier };
};

/**
 * A ranked profile prepared for counts that move votes between candidates (IRV, two-round,
 * Coombs): each ballot's candidates in tier order.
 *
 * @internal
 */
export interface PreparedBallots {
  readonly n: number;
  readonly ballotCount: number;
  readonly counts: Float64Array;
  readonly denominator: number;
  readonly order: Uint16Array | Uint32Array;
  readonly tier: Uint16Array;
}

/**
 * Prepares a ranked profile for {@link topTally} and {@link bottomTally}.
 *
 * @internal
 */
export const prepareBallots = (profile: RankedProfile): PreparedBallots => {
  const n = profile.candidates.length;
  const { order, tier } = ballotOrders(profile.ranks, profile.ballotCount, n);
  return {
    n,
    ballotCount: profile.ballotCount,
    counts: profile.counts,
    denominator: profile.countDenominator,
    order,
    tier,
  };
};

/**
 * Counts each ballot for its highest-ranked continuing candidates (a tie of k shares the vote
 * equally, or, under `tiedFirst: "approval"`, gives each a whole vote). A ballot whose ranked candidates are all out is exhausted; `pointer` (one cell per
 * ballot, starting at 0) remembers how far each ballot has moved, so a count that only ever drops
 * candidates costs O(B n) over all its rounds.
 *
 * @internal
 */
export const topTally = (
  ballots: PreparedBallots,
  continuing: Uint8Array,
  pointer: Int32Array,
  tiedFirst: TiedFirst = "split",
): { readonly values: Rational[]; readonly active: Rational } => {
  const { n, order, tier, counts } = ballots;
  const tally = createSplitTally(n, ballots.denominator);
  let active = 0;
  for (let b = 0; b < ballots.ballotCount; b++) {
    const w = counts[b] as number;
    if (w === 0) continue;
    const offset = b * n;
    let p = pointer[b] as number;
    while (p < n && continuing[order[offset + p] as number] === 0) p++;
    pointer[b] = p;
    if (p === n) continue;
    const t = tier[offset + p] as number;
    if (t === UNRANKED) continue;
    let k = 1;
    for (let q = p + 1; q < n && tier[offset + q] === t; q++)
      if (continuing[order[offset + q] as number] === 1) k++;
    active += w;
    if (k === 1) tally.add(order[offset + p] as number, w, 1);
    else
      for (let q = p; q < n && tier[offset + q] === t; q++) {
        const c = order[offset + q] as number;
        if (continuing[c] === 1) tally.add(c, w, tiedFirst === "approval" ? 1 : k);
      }
  }
  return {
    values: tally.values(),
    active: rational(BigInt(active), BigInt(ballots.denominator)),
  };
};

/**
 * Counts each ballot against its lowest-ranked continuing candidates (a tie of k shares the vote).
 * Under `tied-last` the continuing unranked candidates, if any, are a ballot's bottom tier; under
 * `not-compared` its lowest ranked continuing tier is. A ballot whose bottom tier holds every
 * continuing candidate it compares expresses no last place and counts for nobody.
 *
 * @internal
 */
export const bottomTally = (
  ballots: PreparedBallots,
  continuing: Uint8Array,
  unranked: UnrankedRule,
): Rational[] => {
  const { n, order, tier, counts } = ballots;
  const tally = createSplitTally(n, ballots.denominator);
  for (let b = 0; b < ballots.ballotCount; b++) {
    const w = counts[b] as number;
    if (w === 0) continue;
    const offset = b * n;
    // Walk from the end: the last continuing candidate's tier is the bottom tier.
    let q = n - 1;
    let compared = 0;
    let bottom = -1;
    let k = 0;
    for (; q >= 0; q--) {
      const c = order[offset + q] as number;
      if (continuing[c] === 0) continue;
      const t = tier[offset + q] as number;
      if (t === UNRANKED && unranked === "not-compared") continue;
      compared++;
      if (bottom === -1) bottom = t;
      if (t === bottom) k++;
    }
    if (bottom === -1 || k === compared) continue;
    // Tiers ascend along the row and UNRANKED (0xffff) sorts after every ranked tier.
    for (let p = n - 1; p >= 0; p--) {
      const t = tier[offset + p] as number;
      if (t > bottom) continue;
      if (t < bottom) break;
      const c = order[offset + p] as number;
      if (continuing[c] === 1) tally.add(c, w, k);
    }
  }
  return tally.values();
};

/**
 * Doubled pairwise Borda points: cell `i * n + j` is `2 × (voters ranking i above j) + (voters
 * tying them)`, in units of `1 / denominator`. The Borda score of i among a set S of candidates
 * (ballots restricted to S, tied candidates sharing averaged points) is half the sum of row i over
 * S. Under `tied-last` two unranked candidates are tied and an unranked one is below every ranked
 * one; under `not-compared` a pair with an unranked candidate is not counted. O(B n²).
 *
 * @internal
 */
export const doubledPairwise = (profile: RankedProfile, unranked: UnrankedRule): Float64Array => {
  const n = profile.candidates.length;
  const out = new Float64Array(n * n);
  const { ranks, counts } = profile;
  const compareUnranked = unranked === "tied-last";
  for (let b = 0; b < profile.ballotCount; b++) {
    const w = counts[b] as number;
    if (w === 0) continue;
    const offset = b * n;
    for (let i = 0; i < n; i++) {
      const ri = ranks[offset + i] as number;
      if (ri === UNRANKED && !compareUnranked) continue;
      const row = i * n;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const rj = ranks[offset + j] as number;
        if (rj === UNRANKED && !compareUnranked) continue;
        if (ri < rj) out[row + j] = (out[row + j] as number) + 2 * w;
        else if (ri === rj) out[row + j] = (out[row + j] as number) + w;
      }
    }
  }
  return out;
};

/**
 * Each candidate's exact Borda score among the candidates `among` (others get 0), from
 * {@link doubledPairwise}.
 *
 * @internal
 */
export const bordaAmong = (
  doubled: Float64Array,
  n: number,
  among: readonly number[],
  denominator: number,
): Rational[] => {
  const scores: Rational[] = Array.from({ length: n }, () => rationals.ZERO);
  const den = BigInt(2 * denominator);
  for (const i of among) {
    let sum = 0n;
    for (const j of among) if (j !== i) sum += BigInt(doubled[i * n + j] as number);
    scores[i] = rational(sum, den);
  }
  return scores;
};

/**
 * An instant-runoff style count that moves only the ballots of eliminated candidates: each
 * continuing candidate keeps a linked list of the ballots counting for it alone, so a round costs
 * the ballots it transfers, not every ballot. Ballots whose top continuing tier ties several
 * candidates are kept apart and recounted each round (they are rare in practice).
 *
 * @internal
 */
export interface TransferCount {
  /** The current tallies of the continuing candidates and the weight of ballots in play. */
  readonly tally: () => { readonly values: Rational[]; readonly active: Rational };
  /** Eliminates candidates and moves their ballots to the next continuing choice. */
  readonly drop: (out: readonly number[]) => void;
}

/**
 * How a ballot whose top continuing tier holds k candidates counts: `split` gives each 1/k,
 * `approval` gives each a whole vote (Delemazure and Peters 2024, Approval-IRV).
 *
 * @internal
 */
export type TiedFirst = "split" | "approval";

/**
 * Starts a {@link TransferCount} with every candidate continuing. Finding a ballot's top
 * continuing tier scans its row of tiers (n sequential reads), which is faster than sorting each
 * ballot first.
 *
 * @internal
 */
export const createTransferCount = (
  profile: RankedProfile,
  tiedFirst: TiedFirst = "split",
): TransferCount => {
  const n = profile.candidates.length;
  const { ranks, counts, ballotCount } = profile;
  const denominator = profile.countDenominator;
  const continuing = new Uint8Array(n).fill(1);
  const head = new Int32Array(n).fill(-1);
  const next = new Int32Array(ballotCount);
  const sole = new Float64Array(n);
  let split: number[] = [];
  let soleActive = 0;
  const place = (b: number): void => {
    const w = counts[b] as number;
    if (w === 0) return;
    const offset = b * n;
    let best = UNRANKED;
    let top = -1;
    let k = 0;
    for (let c = 0; c < n; c++) {
      if (continuing[c] === 0) continue;
      const r = ranks[offset + c] as number;
      if (r < best) {
        best = r;
        top = c;
        k = 1;
      } else if (r === best) k++;
    }
    if (best === UNRANKED) return;
    if (k > 1) {
      split.push(b);
      return;
    }
    sole[top] = (sole[top] as number) + w;
    soleActive += w;
    next[b] = head[top] as number;
    head[top] = b;
  };
  for (let b = 0; b < ballotCount; b++) place(b);
  return {
    tally: () => {
      const splits = createSplitTally(n, denominator);
      let splitActive = 0;
      for (const b of split) {
        const w = counts[b] as number;
        const offset = b * n;
        let best = UNRANKED;
        let k = 0;
        for (let c = 0; c < n; c++) {
          if (continuing[c] === 0) continue;
          const r = ranks[offset + c] as number;
          if (r < best) {
            best = r;
            k = 1;
          } else if (r === best) k++;
        }
        for (let c = 0; c < n; c++)
          if (continuing[c] === 1 && ranks[offset + c] === best)
            splits.add(c, w, tiedFirst === "approval" ? 1 : k);
        splitActive += w;
      }
      const extra = split.length > 0 ? splits.values() : undefined;
      const den = BigInt(denominator);
      const values = Array.from(sole, (v, c) => {
        const base = rational(BigInt(v), den);
        return extra === undefined ? base : rationals.add(base, extra[c] as Rational);
      });
      return { values, active: rational(BigInt(soleActive + splitActive), den) };
    },
    drop: (out) => {
      for (const c of out) continuing[c] = 0;
      for (const c of out) {
        let b = head[c] as number;
        head[c] = -1;
        soleActive -= sole[c] as number;
        sole[c] = 0;
        while (b !== -1) {
          const following = next[b] as number;
          place(b);
          b = following;
        }
      }
      const pending = split;
      split = [];
      for (const b of pending) place(b);
    },
  };
};
