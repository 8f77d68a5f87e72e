/**
 * `ProfileBuilder`: builds a {@link Profile} from rows in O(B), merging identical ballots through an
 * open-addressing hash table over the typed-array rows (no string key, no allocation per ballot).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type DecideError, unsupported } from "../core/errors.js";
import * as rationals from "../core/rational.js";
import { parseRational, type Rational, rational } from "../core/rational.js";
import {
  type ApprovalProfile,
  type BallotKind,
  type GradeProfile,
  NO_GRADE,
  NO_SCORE,
  type Profile,
  type RankedProfile,
  type ScoreProfile,
  UNRANKED,
} from "./profile.js";

/** The profile type built for each kind. @category profiles */
export type ProfileOf<K extends BallotKind> = Extract<Profile, { readonly kind: K }>;

/** What a builder needs to know beyond the candidates, per kind. @category profiles */
export interface ProfileBuilderOptions {
  /** Score ballots: the declared whole-number range (default 0 to 10). */
  readonly range?: { readonly min: number; readonly max: number };
  /** Graded ballots: the scale from the best grade to the worst. */
  readonly scale?: readonly string[];
  /**
   * How many distinct ballots to expect (for example a file header's count): the builder allocates
   * its rows for them at once instead of growing by doubling. Only a hint: it still grows past it,
   * and it allocates for at most 2^22 rows up front.
   */
  readonly expectedRows?: number;
}

const MAX_HINTED_ROWS = 1 << 22;
const MAX_HINTED_SLOTS = 2_097_152; // 2^21

/**
 * A {@link ProfileBuilder} with `addTiers`: `add` for a ranked row known to be in the profile's
 * encoding already (tiers 0, 1, ..., k - 1 without gaps, {@link UNRANKED} for the rest, as the
 * spec reader writes them), which skips the row's checks and renumbering.
 *
 * @internal
 */
export interface RowBuilder<K extends BallotKind> extends ProfileBuilder<K> {
  readonly addTiers: (row: Uint16Array, count: number | Rational) => string | undefined;
}

/**
 * When a builder may stop merging identical rows (see {@link createRowBuilder}): it decides after
 * `sample` rows, and only when at least `minHint` rows are expected.
 *
 * @internal
 */
export interface AppendPolicy {
  readonly sample: number;
  readonly minHint: number;
}

/** The policy `decide`'s specs use: decide after 16,384 rows, from 131,072 expected rows. @internal */
export const APPEND_WHEN_DISTINCT: AppendPolicy = { sample: 16_384, minHint: 131_072 };

/**
 * Accumulates ballots, one row at a time, into a deduplicated profile.
 *
 * A row has one cell per candidate in the encoding of its kind (see {@link Profile}). Ranked rows
 * may use any tier numbers from 0 to n - 1, with gaps: they are renumbered to 0, 1, 2, ... keeping
 * their order, so `[2, 0, 2]` and `[1, 0, 1]` are the same ballot. The row array is copied, never
 * kept.
 *
 * @category profiles
 */
export interface ProfileBuilder<K extends BallotKind> {
  readonly kind: K;
  readonly candidates: readonly string[];
  /**
   * Adds one ballot with its count (default 1; a non-negative finite number, read exactly through
   * its decimal form, or a {@link Rational}). Returns `undefined`, or a sentence saying why the row
   * was refused (the profile is unchanged then).
   */
  readonly add: (row: ArrayLike<number>, count?: number | Rational) => string | undefined;
  /** The profile of every ballot added so far, or `Unsupported` if the counts grew too large to sum exactly. */
  readonly build: () => E.Either<DecideError, ProfileOf<K>>;
}

type Cells = Uint8Array | Uint16Array | Int32Array;

const EMPTY_SLOT = -1;

const gcdNumber = (a: number, b: number): number => {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
};

/**
 * Creates a builder for one kind of ballot.
 *
 * @example Merging identical ballots
 * ```ts
 * import { createProfileBuilder, UNRANKED } from "co-decide/ballots";
 *
 * const builder = createProfileBuilder("ranked", ["a", "b", "c"]);
 * builder.add([0, 1, 2]);
 * builder.add([0, 1, 2], 3);
 * builder.add([1, 0, UNRANKED]);
 * // builder.build() => right: a profile with 2 distinct ballots and totalCount 5
 * ```
 *
 * @category profiles
 */
export const createProfileBuilder = <K extends BallotKind>(
  kind: K,
  candidates: readonly string[],
  options: ProfileBuilderOptions = {},
): ProfileBuilder<K> => createRowBuilder(kind, candidates, options);

/**
 * {@link createProfileBuilder}, and with an `append` policy a ranked builder that stops merging
 * identical rows when merging does not pay: once it has merged its first `append.sample` rows
 * ({@link APPEND_WHEN_DISTINCT}: 16,384), if at least three quarters of them were distinct and at
 * least `append.minHint` rows are expected (`expectedRows`), every later row is appended as it
 * comes (no hash, no probe). The profile then may hold
 * one ballot in several rows, whose counts add up to that ballot's count: the same profile in
 * meaning (every tally, and so every count, is a sum over rows weighted by their counts), at most
 * one row per ballot added. Merging a row costs about one cache miss in a table of many megabytes
 * (about 0.35 µs at a million rows), while a repeated row costs a method about 0.25 µs (the
 * pairwise tally of 10 candidates); with three quarters of the rows distinct, merging cannot pay.
 * Used where the rows come from ballots written one by one (`decide`'s specs), whose count the
 * hint gives; 1,000,000 uniformly random rankings of 10 candidates (874k distinct) then build in
 * about a quarter of the time (bench/results/scale.md).
 *
 * @internal
 */
export const createRowBuilder = <K extends BallotKind>(
  kind: K,
  candidates: readonly string[],
  options: ProfileBuilderOptions,
  append?: AppendPolicy,
): RowBuilder<K> => {
  const n = candidates.length;
  const range = options.range ?? { min: 0, max: 10 };
  const scale = options.scale ?? [];
  const makeCells = (size: number): Cells =>
    kind === "approval"
      ? new Uint8Array(size)
      : kind === "score"
        ? new Int32Array(size)
        : new Uint16Array(size);

  const hint = options.expectedRows;
  let capacity =
    hint !== undefined && Number.isSafeInteger(hint) && hint > 16
      ? Math.min(hint, MAX_HINTED_ROWS)
      : 16;
  let rows = makeCells(capacity * n);
  let counts = new Float64Array(capacity);
  let size = 0;
  // The hash table: slot i holds a row index at [2i] and that row's hash at [2i + 1], side by side
  // so that one cache line answers a probe. Its load stays at most 1/2. With a hint it starts with
  // twice the hinted rows (at most 2^21 slots, 16 MB), so that mostly distinct ballots never pay
  // for rehashing it as it doubles (about half of the builder's time at a million rows); repeated
  // ballots touch only their own few slots of it, which stay in cache. Past that it doubles.
  let slotCount = 64;
  while (slotCount < 2 * capacity && slotCount < MAX_HINTED_SLOTS) slotCount *= 2;
  let table = new Int32Array(2 * slotCount).fill(EMPTY_SLOT);
  let rowHashes = new Int32Array(capacity);
  // Rows added (merged or not) until the builder decides whether to keep merging; 0 once decided.
  const sample =
    append !== undefined && kind === "ranked" && hint !== undefined && hint >= append.minHint
      ? Math.max(1, append.sample)
      : 0;
  let sampleLeft = sample;
  let appending = false;
  let denominator = 1;
  let scaledTotal = 0;
  let overflow = false;
  // Every tally sums at most n cells per ballot, or (score) |score| × count per candidate.
  const largestScore = kind === "score" ? Math.max(Math.abs(range.min), Math.abs(range.max)) : 1;
  const limit = Number.MAX_SAFE_INTEGER / Math.max(1, n, largestScore);
  const scratch = makeCells(n);
  const seen = new Int32Array(n + 1);
  const stamp = new Int32Array(n + 1);
  let generation = 0;

  const hashRow = (source: Cells, offset: number): number => {
    let h = 0x811c9dc5 | 0;
    for (let c = 0; c < n; c++) {
      h = Math.imul(h ^ (source[offset + c] as number), 0x01000193);
      h ^= h >>> 15;
    }
    return h >>> 0;
  };

  const sameRow = (b: number): boolean => {
    const offset = b * n;
    for (let c = 0; c < n; c++) if (rows[offset + c] !== scratch[c]) return false;
    return true;
  };

  const growSlots = (): void => {
    slotCount *= 2;
    const next = new Int32Array(2 * slotCount).fill(EMPTY_SLOT);
    const mask = slotCount - 1;
    for (let b = 0; b < size; b++) {
      const h = rowHashes[b] as number;
      let i = h & mask;
      while (next[2 * i] !== EMPTY_SLOT) i = (i + 1) & mask;
      next[2 * i] = b;
      next[2 * i + 1] = h;
    }
    table = next;
  };

  const growRows = (): void => {
    capacity *= 2;
    const nextRows = makeCells(capacity * n);
    nextRows.set(rows);
    rows = nextRows;
    const nextCounts = new Float64Array(capacity);
    nextCounts.set(counts);
    counts = nextCounts;
    const nextHashes = new Int32Array(capacity);
    nextHashes.set(rowHashes);
    rowHashes = nextHashes;
  };

  /** Copies `row` into `scratch` in the kind's encoding, or says why it cannot. */
  const encode = (row: ArrayLike<number>): string | undefined => {
    if (row.length !== n) return `a ballot needs ${n} cells (one per candidate), got ${row.length}`;
    switch (kind) {
      case "ranked": {
        // Renumber tiers 0, 1, 2, ... keeping their order (a counting pass over tier values < n).
        // Rows whose tiers are already 0..k-1 (the usual case) are copied as they are.
        generation += 1;
        let distinct = 0;
        let highest = -1;
        for (let c = 0; c < n; c++) {
          const tier = row[c] as number;
          scratch[c] = tier;
          if (tier === UNRANKED) continue;
          if (!Number.isInteger(tier) || tier < 0 || tier >= n) {
            return `tier ${String(tier)} of candidate "${candidates[c]}" is not a whole number from 0 to ${n - 1}`;
          }
          if (stamp[tier] !== generation) {
            stamp[tier] = generation;
            distinct += 1;
            if (tier > highest) highest = tier;
          }
        }
        if (highest === distinct - 1) return undefined;
        let next = 0;
        for (let t = 0; t < n; t++) if (stamp[t] === generation) seen[t] = next++;
        for (let c = 0; c < n; c++) {
          const tier = row[c] as number;
          scratch[c] = tier === UNRANKED ? UNRANKED : (seen[tier] as number);
        }
        return undefined;
      }
      case "approval":
        for (let c = 0; c < n; c++) {
          const cell = row[c];
          if (cell !== 0 && cell !== 1) return `approval of "${candidates[c]}" must be 0 or 1`;
          scratch[c] = cell;
        }
        return undefined;
      case "score":
        for (let c = 0; c < n; c++) {
          const cell = row[c] as number;
          if (
            cell !== NO_SCORE &&
            !(
              Number.isInteger(cell) &&
              cell >= range.min &&
              cell <= range.max &&
              cell > NO_SCORE &&
              cell <= 0x7fffffff
            )
          ) {
            return `score ${String(cell)} of "${candidates[c]}" is not a whole number from ${range.min} to ${range.max}`;
          }
          scratch[c] = cell;
        }
        return undefined;
      default:
        for (let c = 0; c < n; c++) {
          const cell = row[c] as number;
          if (cell !== NO_GRADE && !(Number.isInteger(cell) && cell >= 0 && cell < scale.length)) {
            return `grade ${String(cell)} of "${candidates[c]}" is not on the scale`;
          }
          scratch[c] = cell;
        }
        return undefined;
    }
  };

  /** The count as a whole number over `denominator`, rescaling the stored counts if needed. */
  const scaleCount = (count: number | Rational): number | string => {
    let exact: Rational | undefined;
    if (typeof count === "number") {
      if (Number.isSafeInteger(count) && count >= 0) return count * denominator;
      exact = parseRational(count);
      if (exact === undefined) return `the count ${String(count)} is not a finite number`;
    } else {
      exact = count;
    }
    if (exact.num < 0n) return `the count ${rationals.toFraction(exact)} is negative`;
    const den = Number(exact.den);
    if (!Number.isSafeInteger(den))
      return `the count ${rationals.toFraction(exact)} has too large a denominator`;
    if (denominator % den !== 0) {
      const next = (denominator / gcdNumber(denominator, den)) * den;
      if (!Number.isSafeInteger(next)) return "the counts' common denominator grows too large";
      const factor = next / denominator;
      for (let b = 0; b < size; b++) counts[b] = (counts[b] as number) * factor;
      scaledTotal *= factor;
      if (scaledTotal > limit) overflow = true;
      denominator = next;
    }
    const scaled = rationals.mul(exact, rational(BigInt(denominator)));
    const whole = Number(scaled.num);
    if (!Number.isSafeInteger(whole))
      return `the count ${rationals.toFraction(exact)} is too large`;
    return whole;
  };

  const add = (row: ArrayLike<number>, count: number | Rational = 1): string | undefined => {
    const problem = encode(row);
    return problem === undefined ? addScratch(count) : problem;
  };

  const addTiers = (row: Uint16Array, count: number | Rational): string | undefined => {
    for (let c = 0; c < n; c++) scratch[c] = row[c] as number;
    return addScratch(count);
  };

  /** Adds the row in `scratch` (encoded already) with its count. */
  const addScratch = (count: number | Rational): string | undefined => {
    const scaled = scaleCount(count);
    if (typeof scaled === "string") return scaled;
    if (appending) {
      if (size === capacity) growRows();
      appendRow(scaled);
      return undefined;
    }
    if (sampleLeft > 0) {
      sampleLeft -= 1;
      if (sampleLeft === 0 && size * 4 >= sample * 3) {
        appending = true;
        table = new Int32Array(0);
        if (size === capacity) growRows();
        appendRow(scaled);
        return undefined;
      }
    }
    const mask = slotCount - 1;
    const h = hashRow(scratch, 0) | 0;
    let i = h & mask;
    for (;;) {
      const b = table[2 * i] as number;
      if (b === EMPTY_SLOT) break;
      if (table[2 * i + 1] === h && sameRow(b)) {
        counts[b] = (counts[b] as number) + scaled;
        scaledTotal += scaled;
        if (scaledTotal > limit) overflow = true;
        return undefined;
      }
      i = (i + 1) & mask;
    }
    if (size === capacity) growRows();
    const offset = size * n;
    for (let c = 0; c < n; c++) rows[offset + c] = scratch[c] as number;
    counts[size] = scaled;
    table[2 * i] = size;
    table[2 * i + 1] = h;
    rowHashes[size] = h;
    size += 1;
    scaledTotal += scaled;
    if (scaledTotal > limit) overflow = true;
    if (size * 2 > slotCount) growSlots();
    return undefined;
  };

  /** Appends `scratch` as a row of its own (no merging: see {@link createRowBuilder}). */
  const appendRow = (scaled: number): void => {
    const offset = size * n;
    for (let c = 0; c < n; c++) rows[offset + c] = scratch[c] as number;
    counts[size] = scaled;
    size += 1;
    scaledTotal += scaled;
    if (scaledTotal > limit) overflow = true;
  };

  const build = (): E.Either<DecideError, ProfileOf<K>> => {
    if (overflow) {
      return E.left(
        unsupported(
          "counts_too_large",
          // A score tally adds score × count, so there the scores' size is the binding factor.
          largestScore > n
            ? `The counts times the largest score (${largestScore}) could pass what a tally holds exactly (2^53 in units of 1/${denominator}); a narrower score range or smaller counts fit.`
            : `The counts sum to more than can be tallied exactly (2^53 / ${n} in units of 1/${denominator}).`,
        ),
      );
    }
    const total = rational(BigInt(scaledTotal), BigInt(denominator));
    const base = {
      candidates: [...candidates],
      ballotCount: size,
      counts: counts.slice(0, size),
      countDenominator: denominator,
      totalCount: scaledTotal / denominator,
      totalCountExact: rationals.toFraction(total),
    };
    // Rows already added never change, so the profile may share the buffer unless most of it is unused.
    const cells = size * 4 >= capacity * 3 ? rows.subarray(0, size * n) : rows.slice(0, size * n);
    const profile =
      kind === "ranked"
        ? ({ ...base, kind: "ranked", ranks: cells as Uint16Array } satisfies RankedProfile)
        : kind === "approval"
          ? ({
              ...base,
              kind: "approval",
              approvals: cells as Uint8Array,
            } satisfies ApprovalProfile)
          : kind === "score"
            ? ({
                ...base,
                kind: "score",
                scores: cells as Int32Array,
                range: { ...range },
              } satisfies ScoreProfile)
            : ({
                ...base,
                kind: "grades",
                grades: cells as Uint16Array,
                scale: [...scale],
              } satisfies GradeProfile);
    return E.right(profile as unknown as ProfileOf<K>);
  };

  return { kind, candidates, add, addTiers, build };
};
