/**
 * The counting machinery of the Thiele rules (Thiele 1895; Lackner and Skowron 2023, ch. 2): a
 * voter who approves `j` members of a committee gives it `w(1) + ... + w(j)` points.
 *
 * - Weights are exact: `w(j)` is a rational, and every engine works on whole numbers, the weights
 *   scaled by the least common multiple `L` of their denominators and the ballot counts by the
 *   profile's count denominator. Outcomes divide back.
 * - {@link Levels} keeps, for each candidate and each satisfaction level `j`, the (scaled) voters
 *   who approve that candidate and `j` members of the current committee; a candidate's marginal
 *   gain (or loss) is then a sum over levels, computed in bigints: exact for any number of
 *   voters. The sequential rules use it.
 * - {@link branchAndBound} maximises the score over committees of size k with the bound
 *   `f(S ∪ T) ≤ f(S) + Σ_{t ∈ T} Δ(t | S)`, valid because the weights never increase (the score is
 *   submodular). Its hot loop runs on doubles holding whole numbers, which is exact while every
 *   sum stays below 2^53; a rule checks that bound first and refuses past it.
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type Unsupported, unsupported } from "../../core/errors.js";
import { workLimitError } from "../../core/limits.js";
import type { ExactValue } from "../../core/outcome.js";
import { type Rational, rational } from "../../core/rational.js";
import { exactOf } from "../../counting/outcome.js";
import { byMembers, COMMITTEE_WORK, type Electorate, type Found, type Settings } from "./shared.js";

/** A Thiele weight sequence, `w(1), w(2), ...`, non-increasing and non-negative. @internal */
export type ThieleWeight = (j: number) => Rational;

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

/**
 * The weights `w(1..levels)` as whole numbers over a common denominator: `scaled[j] = w(j) · L`
 * (index 0 is 0).
 *
 * @internal
 */
export interface ScaledWeights {
  readonly scaled: readonly bigint[];
  readonly scale: bigint;
}

/** Scales `w(1..levels)` to whole numbers. @internal */
export const scaleWeights = (weight: ThieleWeight, levels: number): ScaledWeights => {
  const ws = Array.from({ length: levels }, (_, i) => weight(i + 1));
  let scale = 1n;
  for (const w of ws) scale = (scale / gcd(scale, w.den)) * w.den;
  return { scaled: [0n, ...ws.map((w) => (w.num * scale) / w.den)], scale };
};

/**
 * The exact Thiele score of a committee, for an outcome.
 *
 * @internal
 */
export const thieleScore = (
  electorate: Electorate,
  weight: ThieleWeight,
  committee: readonly number[],
): ExactValue => {
  const { scaled, scale } = scaleWeights(weight, Math.max(1, committee.length));
  const prefix: bigint[] = [0n];
  for (let j = 1; j < scaled.length; j++)
    prefix.push((prefix[j - 1] as bigint) + (scaled[j] as bigint));
  const member = new Uint8Array(electorate.m);
  for (const c of committee) member[c] = 1;
  let total = 0n;
  for (let r = 0; r < electorate.rows; r++) {
    let sat = 0;
    for (const c of electorate.approved[r] as Int32Array) sat += member[c] as number;
    total += BigInt(electorate.weight[r] as number) * (prefix[sat] as bigint);
  }
  return exactOf(rational(total, scale * BigInt(electorate.denominator)));
};

/**
 * Satisfaction levels of the voters towards a committee, by candidate: the exact marginal gain of
 * adding a candidate, or the loss of removing one.
 *
 * @internal
 */
export class Levels {
  private readonly sat: Int32Array;
  /** `count[c * width + j]`: scaled voters approving c with j approved members seated. */
  private readonly count: Float64Array;
  private readonly width: number;
  readonly member: Uint8Array;

  constructor(
    private readonly electorate: Electorate,
    maxLevel: number,
    full: boolean,
  ) {
    const { m, rows } = electorate;
    this.width = maxLevel + 1;
    this.sat = new Int32Array(rows);
    this.count = new Float64Array(m * this.width);
    this.member = new Uint8Array(m).fill(full ? 1 : 0);
    for (let r = 0; r < rows; r++) {
      const approved = electorate.approved[r] as Int32Array;
      const s = full ? approved.length : 0;
      this.sat[r] = s;
      const w = electorate.weight[r] as number;
      for (const d of approved)
        this.count[d * this.width + s] = (this.count[d * this.width + s] as number) + w;
    }
  }

  private move(c: number, step: 1 | -1): void {
    const { electorate, sat, count, width } = this;
    const { rowStart, rowCells, supStart, supCells, weight } = electorate;
    this.member[c] = step === 1 ? 1 : 0;
    const end = supStart[c + 1] as number;
    for (let i = supStart[c] as number; i < end; i++) {
      const r = supCells[i] as number;
      const j = sat[r] as number;
      const w = weight[r] as number;
      const rowEnd = rowStart[r + 1] as number;
      for (let x = rowStart[r] as number; x < rowEnd; x++) {
        const at = (rowCells[x] as number) * width + j;
        count[at] = (count[at] as number) - w;
        count[at + step] = (count[at + step] as number) + w;
      }
      sat[r] = j + step;
    }
  }

  add(c: number): void {
    this.move(c, 1);
  }

  remove(c: number): void {
    this.move(c, -1);
  }

  /** The scaled gain of adding c: `Σ_j count[c][j] · w(j + 1)`. */
  gain(c: number, scaled: readonly bigint[]): bigint {
    let total = 0n;
    const base = c * this.width;
    for (let j = 0; j + 1 < scaled.length && j < this.width; j++) {
      const v = this.count[base + j] as number;
      if (v !== 0) total += BigInt(v) * (scaled[j + 1] as bigint);
    }
    return total;
  }

  /** The scaled loss of removing c: `Σ_j count[c][j] · w(j)`. */
  loss(c: number, scaled: readonly bigint[]): bigint {
    let total = 0n;
    const base = c * this.width;
    for (let j = 1; j < scaled.length && j < this.width; j++) {
      const v = this.count[base + j] as number;
      if (v !== 0) total += BigInt(v) * (scaled[j] as bigint);
    }
    return total;
  }
}

/** The largest whole number a double holds exactly, and every sum of the search stays below. */
const EXACT = 9_007_199_254_740_992;

/**
 * Whether the branch and bound's sums stay exact in doubles for these weights: the total scaled
 * count times `(k + 1) · w(1) · L` must stay below 2^53.
 *
 * @internal
 */
export const fitsDoubles = (electorate: Electorate, scaled: readonly bigint[]): boolean => {
  const k = scaled.length - 1;
  const w1 = scaled[1] ?? 0n;
  return BigInt(Math.ceil(electorate.total)) * BigInt(2 * k + 1) * w1 < BigInt(EXACT);
};

/** The refusal when a rule's scaled scores would pass 2^53. @internal */
export const tooLargeForExact = (id: string): Unsupported =>
  unsupported(
    "exact_range",
    `${id}: the scaled committee scores of this profile pass 2^53, beyond the exact search; use fewer seats or whole ballot counts.`,
  );

/**
 * Every committee of `seats` members with the highest Thiele score, by branch and bound (see the
 * module comment). Takes at most `settings.maxWork` steps, then returns `Unsupported`
 * (`work_limit`). Committees are listed in candidate order, at most `settings.maxCommittees`.
 *
 * @internal
 */
export const branchAndBound = (
  electorate: Electorate,
  scaled: readonly bigint[],
  settings: Settings,
): E.Either<Unsupported, Found> => {
  const { m, rows, weight, approved } = electorate;
  const k = settings.seats;
  const W = Float64Array.from([...scaled.map(Number), 0, 0]);
  const { rowStart, rowCells, supStart, supCells } = electorate;
  const sat = new Int32Array(rows);
  const marginal = new Float64Array(m);
  for (let r = 0; r < rows; r++)
    for (const d of approved[r] as Int32Array)
      marginal[d] = (marginal[d] as number) + (weight[r] as number) * (W[1] as number);
  let score = 0;

  const move = (c: number, step: 1 | -1): void => {
    const end = supStart[c + 1] as number;
    for (let i = supStart[c] as number; i < end; i++) {
      const r = supCells[i] as number;
      const j = sat[r] as number;
      const w = weight[r] as number;
      // Adding: gain W[j+1], marginals move from W[j+1] to W[j+2]; removing: the reverse.
      const before = step === 1 ? (W[j + 1] as number) : (W[j] as number);
      const after = step === 1 ? (W[j + 2] as number) : (W[j + 1] as number);
      score += step * w * before;
      const delta = w * (after - before) * step;
      if (delta !== 0) {
        const rowEnd = rowStart[r + 1] as number;
        for (let x = rowStart[r] as number; x < rowEnd; x++) {
          const d = rowCells[x] as number;
          marginal[d] = (marginal[d] as number) + delta;
        }
      }
      sat[r] = j + step;
    }
  };
  const add = (c: number): void => move(c, 1);
  const remove = (c: number): void => move(c, -1);

  // Candidates by approvals, most first: good committees are met early, so the bound bites.
  const order = Array.from({ length: m }, (_, c) => c).sort(
    (a, b) => (electorate.approvals[b] as number) - (electorate.approvals[a] as number) || a - b,
  );

  // A first lower bound: the greedy committee's score.
  const greedy: number[] = [];
  for (let round = 0; round < k; round++) {
    let pick = -1;
    for (const c of order)
      if (!greedy.includes(c) && (pick < 0 || (marginal[c] as number) > (marginal[pick] as number)))
        pick = c;
    greedy.push(pick);
    add(pick);
  }
  let best = score;
  for (const c of greedy) remove(c);

  const top = new Float64Array(k + 1);
  const bound = (pos: number, need: number): number => {
    // The sum of the `need` largest marginals among order[pos..].
    let filled = 0;
    for (let i = pos; i < m; i++) {
      const v = marginal[order[i] as number] as number;
      if (filled < need) {
        let at = filled++;
        while (at > 0 && (top[at - 1] as number) < v) {
          top[at] = top[at - 1] as number;
          at--;
        }
        top[at] = v;
      } else if (v > (top[need - 1] as number)) {
        let at = need - 1;
        while (at > 0 && (top[at - 1] as number) < v) {
          top[at] = top[at - 1] as number;
          at--;
        }
        top[at] = v;
      }
    }
    let total = score;
    for (let i = 0; i < filled; i++) total += top[i] as number;
    return total;
  };

  let found: number[][] = [];
  let truncated = false;
  let work = 0;
  let stopped = false;
  const chosen: number[] = [];
  const cost = electorate.cost;

  const search = (pos: number): void => {
    if (stopped) return;
    work += m;
    if (work > settings.maxWork) {
      stopped = true;
      return;
    }
    const need = k - chosen.length;
    if (need === 0) {
      if (score > best) {
        best = score;
        found = [];
        truncated = false;
      }
      if (score === best) {
        if (found.length < settings.maxCommittees) found.push([...chosen].sort((a, b) => a - b));
        else truncated = true;
      }
      return;
    }
    if (m - pos < need) return;
    const b = bound(pos, need);
    if (b < best || (truncated && b <= best)) return;
    const c = order[pos] as number;
    work += 2 * (cost[c] as number);
    chosen.push(c);
    add(c);
    search(pos + 1);
    remove(c);
    chosen.pop();
    search(pos + 1);
  };
  search(0);
  if (stopped) return E.left(workLimitError(COMMITTEE_WORK, work, settings.maxWork));
  found.sort(byMembers);
  return E.right({ committees: found, truncated });
};
