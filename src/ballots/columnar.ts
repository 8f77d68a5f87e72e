/**
 * Columnar entry: profiles from ballots an app already holds as numbers in one typed array, one
 * row per voter, without building an object per ballot.
 *
 * **Ranked rows** (`rankedProfileFromRows`): `rows[r * width + c]` is the *rank* voter r gives
 * candidate c: 1 for a first preference, 2 for the next, ..., and **0 for a candidate the voter
 * leaves unranked**. Equal ranks are ties; ranks may skip numbers (`[1, 3, 3]` is the same ballot
 * as `[1, 2, 2]`: only their order counts). We chose this "rank per candidate" layout over the
 * other common one ("candidate at each position") because:
 * - it is the layout of {@link RankedProfile} itself (a tier per candidate), so each cell maps to
 *   one cell of the profile by a subtraction: no permutation, no per-row sort;
 * - every cell is checked on its own (a whole number from 0 to n), whereas a position list must be
 *   checked for repeated candidates and needs a second convention for ties and for the short rows
 *   of truncated ballots (padding);
 * - ties and truncation need no extra syntax, and a zero-filled row is a valid (blank) ballot.
 *
 * **Approval rows** (`approvalProfileFromRows`): each voter takes `words = ceil(n / bits)` whole
 * words of the array (`bits` = 8 for a `Uint8Array`, 32 for a `Uint32Array`); candidate c is
 * approved when bit `c % bits` (least significant bit first) of word `r * words + floor(c / bits)`
 * is set. The bits past the last candidate in a row's last word must be 0.
 *
 * Both deduplicate rows through an open-addressing hash table over the rows (no string key, no
 * allocation per row), so the profile holds each distinct ballot once with its count, as every
 * profile does; but from 131,072 ranked rows, when at least three quarters of the first 16,384
 * are distinct, the rest are appended as they come (merging them would cost more than it saves,
 * and the profile means the same: see {@link RankedProfile}). They are boundaries: they take numbers from outside, check every cell, and report
 * every bad value with its row and column (`rows[12][3]`), up to {@link MAX_ISSUES}.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import {
  type DecideError,
  type InputIssue,
  invalidInput,
  invalidInputAt,
  MAX_ISSUES,
  unsupported,
} from "../core/errors.js";
import { checkWork, defineLimit, resolveLimit, type WorkLimit } from "../core/limits.js";
import * as rationals from "../core/rational.js";
import { rational } from "../core/rational.js";
import { APPEND_WHEN_DISTINCT } from "./builder.js";
import {
  type ApprovalProfile,
  type RankedProfile,
  UNRANKED,
  type UnrankedRule,
} from "./profile.js";
import { MAX_CANDIDATES } from "./spec.js";
import { mergeTallies, type Tally, type TallyKind, tallyProfile } from "./tally/wire.js";

/** The typed arrays {@link rankedProfileFromRows} reads. @category profiles */
export type RankRows = Uint8Array | Uint16Array | Int32Array;

/** The typed arrays {@link approvalProfileFromRows} reads. @category profiles */
export type ApprovalBits = Uint8Array | Uint32Array;

/** What {@link rankedProfileFromRows} and {@link approvalProfileFromRows} need beside the rows. @category profiles */
export interface RowsOptions {
  /** Candidate names, in column order (distinct strings). */
  readonly candidates: readonly string[];
  /**
   * Each row's count (a whole number ≥ 0), one per row; without it every row counts once. A
   * weight of 0 keeps the row's ballot in the profile with count 0.
   */
  readonly weights?: ArrayLike<number>;
  /** Raises {@link ROWS_CELLS_LIMIT} (`limits.cells`). */
  readonly limits?: { readonly cells?: number };
}

/** What {@link rankedProfileFromRows} needs: {@link RowsOptions} and the row width. @category profiles */
export interface RankRowsOptions extends RowsOptions {
  /**
   * Cells per row: the number of candidates. Given so that an array of the wrong shape is caught
   * (its length must be a multiple of it); it must equal `candidates.length`.
   */
  readonly width: number;
}

/**
 * The work limit of the columnar entry: the cells it reads (rows × width). Reading is O(cells);
 * the default, 2 billion, lets through any array a 32-bit index can address.
 *
 * @category profiles
 */
export const ROWS_CELLS_LIMIT: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "rows.cells",
  unit: "cells (rows × width)",
  default: 2_000_000_000,
  ceiling: 2_000_000_000,
  option: "limits.cells",
});

/**
 * Builds a ranked profile from one typed array of rank rows (see the module comment for the
 * encoding: `rows[r * width + c]` = the rank of candidate c, 1 = first, 0 = unranked).
 *
 * @remarks
 * O(R n) for R rows of n cells, one pass; identical ballots merge through a hash of the row
 * (the profile stores each distinct ballot once, with its count), unless the rows are many and
 * nearly all distinct (see the module comment), when the rows past a sample are copied as they
 * are: 1,000,000 distinct rows of 10 candidates then take about as long as writing their cells
 * into new typed arrays (bench/results/scale.md). The input is never changed.
 * Every bad cell is reported as `rows[r][c]` (a rank that is not a whole number from 0 to n), a
 * bad weight as `weights[r]`; a length that is not a multiple of `width` as `rows`.
 *
 * @param rows - the rank rows, row after row.
 * @param options - `candidates`, `width`, optional `weights` and `limits`.
 * @returns the profile, or `InvalidInput` naming every bad value, or `Unsupported` when the
 *   counts would pass what a tally holds exactly.
 * @example Three voters, the last one ranks only b
 * ```ts
 * import { rankedProfileFromRows } from "co-decide/ballots";
 *
 * const rows = Uint8Array.from([1, 2, 3, 1, 2, 3, 0, 1, 0]);
 * rankedProfileFromRows(rows, { candidates: ["a", "b", "c"], width: 3 });
 * // => right: a profile of 2 distinct ballots, totalCount 3
 * rankedProfileFromRows(Uint8Array.from([1, 4]), { candidates: ["a", "b"], width: 2 });
 * // => left: InvalidInput at "rows[0][1]" (a rank from 0 to 2)
 * ```
 *
 * @category profiles
 */
export const rankedProfileFromRows = (
  rows: RankRows,
  options: RankRowsOptions,
): E.Either<DecideError, RankedProfile> => {
  try {
    const checked = checkShape(
      rows,
      options,
      isRankRows,
      "a Uint8Array, Uint16Array or Int32Array",
      "rows",
    );
    if (E.isLeft(checked)) return checked;
    const { n, weights } = checked.right;
    const width = (options as { readonly width?: unknown }).width;
    if (width !== n) {
      return E.left(
        invalidInputAt(
          "width",
          "invalid_width",
          `width must equal the number of candidates (${n}), got ${String(width)}`,
        ),
      );
    }
    return buildRanked(rows, n, options.candidates, weights);
  } catch (cause) {
    return E.left(internalError(cause));
  }
};

/**
 * Builds an approval profile from one typed array of bitsets (see the module comment for the
 * packing: `ceil(n / bits)` words per voter, least significant bit first).
 *
 * @remarks
 * O(R w) for R rows of w words, plus O(D n) to unpack the D distinct ballots. Identical rows
 * merge through a hash of their words. A set bit past the last candidate is reported as
 * `bits[r][c]` with c its candidate position; a bad weight as `weights[r]`.
 *
 * @param bits - the packed rows, row after row.
 * @param options - `candidates`, optional `weights` and `limits`.
 * @returns the profile, or `InvalidInput` naming every bad value.
 * @example Two voters over three candidates, one byte each
 * ```ts
 * import { approvalProfileFromRows } from "co-decide/ballots";
 *
 * // 0b011: a and b; 0b100: c
 * approvalProfileFromRows(Uint8Array.from([0b011, 0b100]), { candidates: ["a", "b", "c"] });
 * // => right: a profile with approvals [1, 1, 0, 0, 0, 1]
 * ```
 *
 * @category profiles
 */
export const approvalProfileFromRows = (
  bits: ApprovalBits,
  options: RowsOptions,
): E.Either<DecideError, ApprovalProfile> => {
  try {
    const checked = checkShape(
      bits,
      options,
      isApprovalBits,
      "a Uint8Array or Uint32Array",
      "bits",
    );
    if (E.isLeft(checked)) return checked;
    const { n, weights } = checked.right;
    return buildApproval(bits, n, options.candidates, weights);
  } catch (cause) {
    return E.left(internalError(cause));
  }
};

const isRankRows = (value: unknown): value is RankRows =>
  value instanceof Uint8Array || value instanceof Uint16Array || value instanceof Int32Array;

const isApprovalBits = (value: unknown): value is ApprovalBits =>
  value instanceof Uint8Array || value instanceof Uint32Array;

/** What a throwing getter or proxy among the inputs gives (the code itself reads plain values only). */
const internalError = (cause: unknown): DecideError =>
  invalidInputAt(
    "",
    "unreadable",
    `the input could not be read (${cause instanceof Error ? cause.message : "unknown cause"})`,
  );

/** Checks the array's type, the candidates, the weights and the cells limit. */
const checkShape = (
  array: unknown,
  options: unknown,
  isArray: (value: unknown) => boolean,
  expected: string,
  arrayPath: string,
): E.Either<
  DecideError,
  { readonly n: number; readonly weights: ArrayLike<number> | undefined }
> => {
  if (!isArray(array))
    return E.left(invalidInputAt(arrayPath, "invalid_type", `expected ${expected}`));
  if (typeof options !== "object" || options === null) {
    return E.left(invalidInputAt("", "invalid_type", "expected an options object with candidates"));
  }
  const { candidates, weights, limits } = options as {
    readonly candidates?: unknown;
    readonly weights?: unknown;
    readonly limits?: unknown;
  };
  const issues: InputIssue[] = [];
  if (!Array.isArray(candidates) || candidates.length === 0) {
    issues.push({
      path: "candidates",
      code: "invalid_type",
      message: "expected a non-empty array of candidate names",
    });
  } else if (candidates.length > MAX_CANDIDATES) {
    issues.push({
      path: "candidates",
      code: "too_big",
      message: `at most ${MAX_CANDIDATES} candidates`,
    });
  } else {
    const seen = new Set<string>();
    candidates.forEach((name: unknown, i) => {
      if (typeof name !== "string") {
        issues.push({
          path: `candidates[${i}]`,
          code: "invalid_type",
          message: "expected a string",
        });
      } else if (seen.has(name)) {
        issues.push({
          path: `candidates[${i}]`,
          code: "duplicate",
          message: "candidate names must be distinct",
        });
      } else seen.add(name);
    });
  }
  if (issues.length > 0) return E.left(invalidInput(issues.slice(0, MAX_ISSUES)));
  const n = (candidates as readonly string[]).length;
  const length = (array as RankRows).length;
  if (weights !== undefined) {
    const list = weights as ArrayLike<number>;
    if (
      typeof weights !== "object" ||
      weights === null ||
      typeof list.length !== "number" ||
      !Number.isSafeInteger(list.length)
    ) {
      return E.left(
        invalidInputAt("weights", "invalid_type", "expected an array of whole numbers"),
      );
    }
  }
  const allowed = resolveLimit(
    ROWS_CELLS_LIMIT,
    typeof limits === "object" && limits !== null
      ? (limits as { readonly cells?: unknown }).cells
      : undefined,
  );
  if (E.isLeft(allowed)) return allowed;
  const work = checkWork(ROWS_CELLS_LIMIT, length, allowed.right);
  if (E.isLeft(work)) return work;
  return E.right({ n, weights: weights as ArrayLike<number> | undefined });
};

/** Checks the weights against the row count: one whole number ≥ 0 per row, summing within `limit`. */
const readWeights = (
  weights: ArrayLike<number> | undefined,
  rowCount: number,
  limit: number,
  issues: InputIssue[],
): { readonly ok: boolean; readonly total: number } => {
  if (weights === undefined) return { ok: true, total: rowCount };
  if (weights.length !== rowCount) {
    issues.push({
      path: "weights",
      code: "invalid_length",
      message: `expected one weight per row (${rowCount}), got ${weights.length}`,
    });
    return { ok: false, total: 0 };
  }
  let total = 0;
  let ok = true;
  for (let r = 0; r < rowCount; r++) {
    const w = weights[r];
    if (typeof w !== "number" || !Number.isSafeInteger(w) || w < 0) {
      ok = false;
      if (issues.length < MAX_ISSUES) {
        issues.push({
          path: `weights[${r}]`,
          code: "invalid_weight",
          message: `a weight is a whole number ≥ 0, got ${String(w)}`,
        });
      }
      continue;
    }
    total += w;
  }
  if (ok && total > limit) {
    return { ok: false, total };
  }
  return { ok, total };
};

const tooLarge = (n: number): DecideError =>
  unsupported(
    "counts_too_large",
    `The weights sum to more than can be tallied exactly (2^53 / ${n}).`,
  );

/** A mutable hash table of distinct rows, in the spirit of the profile builder's. */
interface Table {
  slots: Int32Array; // [2i] row index or -1, [2i + 1] hash
  mask: number;
}

const newTable = (expected: number): Table => {
  let size = 64;
  while (size < expected * 2 && size < 1 << 30) size *= 2;
  return { slots: new Int32Array(2 * size).fill(-1), mask: size - 1 };
};

const growTable = (table: Table, hashes: Int32Array, distinct: number): void => {
  const size = (table.mask + 1) * 2;
  const slots = new Int32Array(2 * size).fill(-1);
  const mask = size - 1;
  for (let d = 0; d < distinct; d++) {
    const h = hashes[d] as number;
    let i = h & mask;
    while (slots[2 * i] !== -1) i = (i + 1) & mask;
    slots[2 * i] = d;
    slots[2 * i + 1] = h;
  }
  table.slots = slots;
  table.mask = mask;
};

const buildRanked = (
  rows: RankRows,
  n: number,
  candidates: readonly string[],
  weights: ArrayLike<number> | undefined,
): E.Either<DecideError, RankedProfile> => {
  const issues: InputIssue[] = [];
  if (rows.length % n !== 0) {
    return E.left(
      invalidInputAt(
        "rows",
        "invalid_length",
        `the length (${rows.length}) must be a whole number of rows of ${n} cells`,
      ),
    );
  }
  const rowCount = rows.length / n;
  const limit = Math.floor(Number.MAX_SAFE_INTEGER / Math.max(1, n));
  const read = readWeights(weights, rowCount, limit, issues);
  // Pass 1 is the count itself; bad cells are collected as it goes, and it stops storing rows
  // once one is found (it only keeps looking for more problems).
  let distinct = 0;
  // Past the sample, rows are appended without merging when most of the sample was distinct.
  const sampleEnd = rowCount >= APPEND_WHEN_DISTINCT.minHint ? APPEND_WHEN_DISTINCT.sample : -1;
  // Room for up to 2^18 distinct rows at first (about 5 MB for 10 candidates), or for the sample
  // alone when there is one; it doubles as needed.
  let capacity = Math.max(1024, sampleEnd > 0 ? sampleEnd : Math.min(rowCount, 1 << 18));
  let stored = new Uint16Array(capacity * n); // distinct rows, in the input's rank encoding
  let counts = new Float64Array(capacity);
  let hashes = new Int32Array(capacity);
  const table = newTable(capacity);
  const scratch = new Uint16Array(n);
  const present = new Int32Array(n + 2);
  const renumber = new Uint16Array(n + 2);
  let stamp = 0;
  let bad = 0;
  let hashMask = table.mask;
  // Up to 30 candidates, the ranks a row uses are one bit each of a 32-bit mask (bit v - 1 for
  // rank v), and "no gaps" is "the mask is 2^k - 1"; past 30, a stamped array does the same.
  const small = n <= 30;
  let r = 0;
  for (; r < rowCount; r++) {
    if (r === sampleEnd && distinct * 4 >= sampleEnd * 3) break;
    const offset = r * n;
    // Hash the row while checking it, and note which ranks it uses.
    let h = 0x811c9dc5 | 0;
    let used = 0;
    let highest = 0;
    let ranks = 0;
    let ok = true;
    if (!small) stamp += 1;
    for (let c = 0; c < n; c++) {
      const v = rows[offset + c] as number;
      if (v < 0 || v > n) {
        ok = false;
        bad += 1;
        if (issues.length < MAX_ISSUES) {
          issues.push({
            path: `rows[${r}][${c}]`,
            code: "invalid_rank",
            message: `a rank is a whole number from 0 (unranked) to ${n}, got ${v}`,
          });
        }
        continue;
      }
      h = Math.imul(h ^ v, 0x01000193);
      if (small) used |= (1 << v) >>> 1;
      else if (v !== 0 && present[v] !== stamp) {
        present[v] = stamp;
        ranks += 1;
        if (v > highest) highest = v;
      }
    }
    if (!ok || bad > 0) continue;
    const gaps = small ? (used & (used + 1)) !== 0 : highest !== ranks;
    if (gaps) {
      // Ranks with gaps: renumber them 1, 2, ... in order, and hash the renumbered row.
      if (small) {
        stamp += 1;
        for (let v = 1; v <= n; v++) if (((used >>> (v - 1)) & 1) === 1) present[v] = stamp;
        highest = n;
      }
      let next = 1;
      for (let v = 1; v <= highest; v++) if (present[v] === stamp) renumber[v] = next++;
      h = 0x811c9dc5 | 0;
      for (let c = 0; c < n; c++) {
        const v = rows[offset + c] as number;
        const w = v === 0 ? 0 : (renumber[v] as number);
        scratch[c] = w;
        h = Math.imul(h ^ w, 0x01000193);
      }
    }
    h ^= h >>> 15;
    const weight = weights === undefined ? 1 : (weights[r] as number);
    const slots = table.slots;
    let i = h & hashMask;
    let found = -1;
    for (;;) {
      const d = slots[2 * i] as number;
      if (d === -1) break;
      if (slots[2 * i + 1] === h) {
        const at = d * n;
        let c = 0;
        if (gaps) while (c < n && stored[at + c] === scratch[c]) c++;
        else while (c < n && stored[at + c] === rows[offset + c]) c++;
        if (c === n) {
          found = d;
          break;
        }
      }
      i = (i + 1) & hashMask;
    }
    if (found !== -1) {
      counts[found] = (counts[found] as number) + weight;
      continue;
    }
    if (distinct === capacity) {
      capacity *= 2;
      const grown = new Uint16Array(capacity * n);
      grown.set(stored);
      stored = grown;
      const k = new Float64Array(capacity);
      k.set(counts);
      counts = k;
      const hs = new Int32Array(capacity);
      hs.set(hashes);
      hashes = hs;
    }
    const at = distinct * n;
    if (gaps) stored.set(scratch, at);
    else for (let c = 0; c < n; c++) stored[at + c] = rows[offset + c] as number;
    counts[distinct] = weight;
    hashes[distinct] = h;
    slots[2 * i] = distinct;
    slots[2 * i + 1] = h;
    distinct += 1;
    if (distinct * 2 > hashMask + 1) {
      growTable(table, hashes, distinct);
      hashMask = table.mask;
    }
  }
  // The rows merged so far are in the input's encoding; appended rows are in the profile's.
  const merged = distinct;
  if (r < rowCount) {
    const total = distinct + rowCount - r;
    const grown = new Uint16Array(total * n);
    grown.set(stored.subarray(0, distinct * n));
    stored = grown;
    const k = new Float64Array(total);
    k.set(counts.subarray(0, distinct));
    counts = k;
    bad += appendRanked(rows, n, r, weights, stored, counts, distinct, issues);
    distinct = total;
  }
  if (issues.length > 0) return E.left(invalidInput(issues, Math.max(0, bad - issues.length)));
  if (!read.ok) return E.left(tooLarge(n));
  // The profile's encoding: tier = rank - 1, unranked = UNRANKED.
  const ranks = stored.length === distinct * n ? stored : stored.slice(0, distinct * n);
  for (let k = 0; k < merged * n; k++) {
    const v = ranks[k] as number;
    ranks[k] = v === 0 ? UNRANKED : v - 1;
  }
  return E.right({
    kind: "ranked",
    ...base(candidates, distinct, counts, read.total),
    ranks,
  });
};

/**
 * Rows `from` to the end of `rows`, each appended as a row of its own to `stored` (from row
 * `at`) in the profile's encoding, with its weight, without merging (see `createRowBuilder` for
 * when that pays and why the profile means the same). Every cell is checked as in the merging
 * loop; once one is bad, nothing more is stored and the bad cells are collected in `issues`.
 * Returns the number of bad cells.
 */
const appendRanked = (
  rows: RankRows,
  n: number,
  from: number,
  weights: ArrayLike<number> | undefined,
  stored: Uint16Array,
  counts: Float64Array,
  at: number,
  issues: InputIssue[],
): number => {
  const rowCount = rows.length / n;
  const present = new Int32Array(n + 2);
  const renumber = new Uint16Array(n + 2);
  // As in the merging loop: up to 30 candidates, the ranks a row uses are bits of a mask.
  const small = n <= 30;
  let stamp = 0;
  let bad = 0;
  if (weights === undefined) counts.fill(1, at);
  for (let r = from, d = at; r < rowCount; r++, d++) {
    const offset = r * n;
    const out = d * n;
    let used = 0;
    let ranks = 0;
    let highest = 0;
    if (!small) stamp += 1;
    for (let c = 0; c < n; c++) {
      const v = rows[offset + c] as number;
      // Rank v is tier v - 1, and rank 0 (unranked) stores as 0 - 1 = 0xffff, UNRANKED.
      stored[out + c] = v - 1;
      if (v < 0 || v > n) {
        bad += 1;
        if (issues.length < MAX_ISSUES) {
          issues.push({
            path: `rows[${r}][${c}]`,
            code: "invalid_rank",
            message: `a rank is a whole number from 0 (unranked) to ${n}, got ${v}`,
          });
        }
      } else if (small) {
        used |= (1 << v) >>> 1;
      } else if (v !== 0 && present[v] !== stamp) {
        present[v] = stamp;
        ranks += 1;
        if (v > highest) highest = v;
      }
    }
    if (weights !== undefined) counts[d] = weights[r] as number;
    const gaps = small ? (used & (used + 1)) !== 0 : highest !== ranks;
    if (gaps && bad === 0) {
      // Ranks with gaps: renumber them 0, 1, ... in order.
      if (small) {
        stamp += 1;
        highest = 0;
        for (let v = 1; v <= n; v++) {
          if (((used >>> (v - 1)) & 1) === 1) {
            present[v] = stamp;
            highest = v;
          }
        }
      }
      let next = 0;
      for (let v = 1; v <= highest; v++) if (present[v] === stamp) renumber[v] = next++;
      for (let c = 0; c < n; c++) {
        const v = rows[offset + c] as number;
        if (v !== 0) stored[out + c] = renumber[v] as number;
      }
    }
  }
  return bad;
};

const base = (
  candidates: readonly string[],
  distinct: number,
  counts: Float64Array,
  total: number,
): {
  readonly candidates: readonly string[];
  readonly ballotCount: number;
  readonly counts: Float64Array;
  readonly countDenominator: number;
  readonly totalCount: number;
  readonly totalCountExact: string;
} => ({
  candidates: [...candidates],
  ballotCount: distinct,
  counts: counts.length === distinct ? counts : counts.slice(0, distinct),
  countDenominator: 1,
  totalCount: total,
  totalCountExact: rationals.toFraction(rational(BigInt(total))),
});

const buildApproval = (
  bits: ApprovalBits,
  n: number,
  candidates: readonly string[],
  weights: ArrayLike<number> | undefined,
): E.Either<DecideError, ApprovalProfile> => {
  const issues: InputIssue[] = [];
  const wordBits = bits instanceof Uint8Array ? 8 : 32;
  const words = Math.ceil(n / wordBits);
  if (bits.length % words !== 0) {
    return E.left(
      invalidInputAt(
        "bits",
        "invalid_length",
        `the length (${bits.length}) must be a whole number of rows of ${words} word${words === 1 ? "" : "s"}`,
      ),
    );
  }
  const rowCount = bits.length / words;
  const limit = Math.floor(Number.MAX_SAFE_INTEGER / Math.max(1, n));
  const read = readWeights(weights, rowCount, limit, issues);
  // The bits a row's last word may hold: those of the candidates it covers.
  const lastBits = n - (words - 1) * wordBits;
  const spare = lastBits >= 32 ? 0 : ~((1 << lastBits) - 1) >>> 0;
  const spareMask = wordBits === 8 ? spare & 0xff : spare;
  let distinct = 0;
  let capacity = 1024;
  let stored: ApprovalBits =
    wordBits === 8 ? new Uint8Array(capacity * words) : new Uint32Array(capacity * words);
  let counts = new Float64Array(capacity);
  let hashes = new Int32Array(capacity);
  const table = newTable(1024);
  let bad = 0;
  for (let r = 0; r < rowCount; r++) {
    const offset = r * words;
    const last = bits[offset + words - 1] as number;
    if ((last & spareMask) !== 0) {
      for (let b = lastBits; b < wordBits; b++) {
        if (((last >>> b) & 1) === 0) continue;
        bad += 1;
        if (issues.length < MAX_ISSUES) {
          const c = (words - 1) * wordBits + b;
          issues.push({
            path: `bits[${r}][${c}]`,
            code: "invalid_bit",
            message: `bit ${c} is set, but there are only ${n} candidates`,
          });
        }
      }
      continue;
    }
    if (bad > 0) continue;
    let h = 0x811c9dc5 | 0;
    for (let w = 0; w < words; w++) h = Math.imul(h ^ (bits[offset + w] as number), 0x01000193);
    h ^= h >>> 15;
    const weight = weights === undefined ? 1 : (weights[r] as number);
    let i = h & table.mask;
    let found = false;
    for (;;) {
      const d = table.slots[2 * i] as number;
      if (d === -1) break;
      if (table.slots[2 * i + 1] === h) {
        let same = true;
        for (let w = 0; w < words; w++) {
          if (stored[d * words + w] !== bits[offset + w]) {
            same = false;
            break;
          }
        }
        if (same) {
          counts[d] = (counts[d] as number) + weight;
          found = true;
          break;
        }
      }
      i = (i + 1) & table.mask;
    }
    if (found) continue;
    if (distinct === capacity) {
      capacity *= 2;
      const s: ApprovalBits =
        wordBits === 8 ? new Uint8Array(capacity * words) : new Uint32Array(capacity * words);
      s.set(stored);
      stored = s;
      const k = new Float64Array(capacity);
      k.set(counts);
      counts = k;
      const hs = new Int32Array(capacity);
      hs.set(hashes);
      hashes = hs;
    }
    for (let w = 0; w < words; w++) stored[distinct * words + w] = bits[offset + w] as number;
    counts[distinct] = weight;
    hashes[distinct] = h;
    table.slots[2 * i] = distinct;
    table.slots[2 * i + 1] = h;
    distinct += 1;
    if (distinct * 2 > table.mask + 1) growTable(table, hashes, distinct);
  }
  if (issues.length > 0) return E.left(invalidInput(issues, Math.max(0, bad - issues.length)));
  if (!read.ok) return E.left(tooLarge(n));
  const approvals = new Uint8Array(distinct * n);
  for (let d = 0; d < distinct; d++) {
    for (let c = 0; c < n; c++) {
      const word = stored[d * words + Math.floor(c / wordBits)] as number;
      approvals[d * n + c] = (word >>> (c % wordBits)) & 1;
    }
  }
  return E.right({
    kind: "approval",
    ...base(candidates, distinct, counts, read.total),
    approvals,
  });
};

/** What {@link tallyRows} needs: the rows' shape, the tally's kind and where the rows start. @category tallies */
export interface TallyRowsOptions extends RankRowsOptions {
  /** The tally to make (see `tallyProfile`). */
  readonly kind: TallyKind;
  /** Pairwise tallies: what a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: UnrankedRule;
  /**
   * The number of the array's first row in a larger whole (a shard of a file), so that error
   * paths name the row of the whole: `rows[firstRow + r][c]`. Default 0.
   */
  readonly firstRow?: number;
}

/** Rows converted and tallied at a time: 65,536 rows of 10 candidates are 1.3 MB of tiers. */
const TALLY_BLOCK_ROWS = 1 << 16;

/**
 * Tallies rank rows directly, without building a profile: the map step of a count split into
 * shards (each worker or machine tallies its rows; `mergeTallies` reduces the tallies).
 *
 * @remarks
 * Same row encoding and the same checks as {@link rankedProfileFromRows} (every bad cell reported
 * as `rows[r][c]`, offset by `firstRow`), but no deduplication: each row is added to the tally
 * once, which is faster when most rows are distinct (O(R n²) for a pairwise tally, O(R n) for a
 * positional one, in blocks of 65,536 rows converted to tiers). The tally equals
 * `tallyProfile(rankedProfileFromRows(rows, ...), kind)`.
 *
 * @param rows - the rank rows (1 = first, 0 = unranked).
 * @param options - `candidates`, `width`, `kind`, optional `unranked`, `weights`, `firstRow`,
 *   `limits`.
 * @returns the tally, or `InvalidInput` naming every bad value.
 * @example
 * ```ts
 * import { tallyRows } from "co-decide/ballots";
 *
 * tallyRows(Uint8Array.from([1, 2, 2, 1, 1, 2]), { candidates: ["a", "b"], width: 2, kind: "pairwise" });
 * // => right: { kind: "pairwise", counts: Float64Array [0, 2, 1, 0], ... }
 * ```
 *
 * @category tallies
 */
export const tallyRows = (
  rows: RankRows,
  options: TallyRowsOptions,
): E.Either<DecideError, Tally> => {
  try {
    const checked = checkShape(
      rows,
      options,
      isRankRows,
      "a Uint8Array, Uint16Array or Int32Array",
      "rows",
    );
    if (E.isLeft(checked)) return checked;
    const { n, weights } = checked.right;
    const { width, kind, unranked, firstRow } = options as Partial<TallyRowsOptions>;
    const issues: InputIssue[] = [];
    if (width !== n) {
      issues.push({
        path: "width",
        code: "invalid_width",
        message: `width must equal the number of candidates (${n}), got ${String(width)}`,
      });
    }
    if (kind !== "pairwise" && kind !== "positional") {
      issues.push({
        path: "kind",
        code: "invalid_value",
        message: 'expected "pairwise" or "positional"',
      });
    }
    if (unranked !== undefined && unranked !== "tied-last" && unranked !== "not-compared") {
      issues.push({
        path: "unranked",
        code: "invalid_value",
        message: 'expected "tied-last" or "not-compared"',
      });
    }
    const first = firstRow ?? 0;
    if (!Number.isSafeInteger(first) || first < 0) {
      issues.push({
        path: "firstRow",
        code: "invalid_value",
        message: "expected a whole number ≥ 0",
      });
    }
    if (issues.length === 0 && rows.length % n !== 0) {
      issues.push({
        path: "rows",
        code: "invalid_length",
        message: `the length (${rows.length}) must be a whole number of rows of ${n} cells`,
      });
    }
    if (issues.length > 0) return E.left(invalidInput(issues));
    const rowCount = rows.length / n;
    const read = readWeights(weights, rowCount, Math.floor(Number.MAX_SAFE_INTEGER / n), issues);
    let bad = 0;
    for (let k = 0; k < rows.length; k++) {
      const v = rows[k] as number;
      if (v >= 0 && v <= n) continue;
      bad += 1;
      if (issues.length < MAX_ISSUES) {
        issues.push({
          path: `rows[${first + Math.floor(k / n)}][${k % n}]`,
          code: "invalid_rank",
          message: `a rank is a whole number from 0 (unranked) to ${n}, got ${v}`,
        });
      }
    }
    if (issues.length > 0) return E.left(invalidInput(issues, Math.max(0, bad - issues.length)));
    if (!read.ok) return E.left(tooLarge(n));
    const candidates = [...options.candidates];
    if (kind === "pairwise") {
      return E.right(pairwiseFromRows(rows, candidates, weights, unranked ?? "tied-last"));
    }
    const block = Math.min(rowCount, TALLY_BLOCK_ROWS);
    const tiers = new Uint16Array(block * n);
    const counts = new Float64Array(block).fill(1);
    let tally: Tally | undefined;
    for (let start = 0; start < rowCount; start += block) {
      const size = Math.min(block, rowCount - start);
      const offset = start * n;
      for (let k = 0; k < size * n; k++) {
        const v = rows[offset + k] as number;
        tiers[k] = v === 0 ? UNRANKED : v - 1;
      }
      if (weights !== undefined)
        for (let r = 0; r < size; r++) counts[r] = weights[start + r] as number;
      // A view of the block as rows with counts: the tallies only sum rows, so they need not be distinct.
      const view: RankedProfile = {
        kind: "ranked",
        candidates,
        ballotCount: size,
        counts: counts.subarray(0, size),
        countDenominator: 1,
        totalCount: 0,
        totalCountExact: "0",
        ranks: tiers.subarray(0, size * n),
      };
      const part = tallyProfile(
        view,
        kind as TallyKind,
        unranked === undefined ? {} : { unranked },
      );
      if (tally === undefined) tally = part;
      else {
        const merged = mergeTallies(tally, part);
        if (E.isLeft(merged)) return merged;
        tally = merged.right;
      }
    }
    return E.right(
      tally ??
        tallyProfile(
          {
            ...base(candidates, 0, new Float64Array(0), 0),
            kind: "ranked",
            ranks: new Uint16Array(0),
          },
          kind as TallyKind,
          unranked === undefined ? {} : { unranked },
        ),
    );
  } catch (cause) {
    return E.left(internalError(cause));
  }
};

/**
 * The pairwise tally of checked rank rows, pair by pair over blocks of rows: each cell becomes a
 * key (its rank, or for an unranked candidate n + 1 under `tied-last`, 0 under `not-compared`),
 * then for each pair (i, j) one branch-free pass over the block counts the rows ranking i above j
 * and j above i. A block of 65,536 rows stays in cache across the n(n-1)/2 passes. Ties count for
 * neither, as in `pairwiseTally`.
 */
const pairwiseFromRows = (
  rows: RankRows,
  candidates: readonly string[],
  weights: ArrayLike<number> | undefined,
  unranked: UnrankedRule,
): Tally => {
  const n = candidates.length;
  const rowCount = rows.length / n;
  const counts = new Float64Array(n * n);
  const block = Math.max(1, Math.min(rowCount, TALLY_BLOCK_ROWS));
  const keys = n <= 254 ? new Uint8Array(block * n) : new Uint16Array(block * n);
  const weight = new Float64Array(weights === undefined ? 0 : block);
  const unrankedKey = unranked === "tied-last" ? n + 1 : 0;
  const compared = unranked === "tied-last";
  for (let start = 0; start < rowCount; start += block) {
    const size = Math.min(block, rowCount - start);
    const offset = start * n;
    for (let k = 0; k < size * n; k++) {
      const v = rows[offset + k] as number;
      keys[k] = v === 0 ? unrankedKey : v;
    }
    if (weights !== undefined)
      for (let r = 0; r < size; r++) weight[r] = weights[start + r] as number;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let over = 0;
        let under = 0;
        if (weights === undefined && compared) {
          for (let o = 0; o < size * n; o += n) {
            const a = keys[o + i] as number;
            const b = keys[o + j] as number;
            over += a < b ? 1 : 0;
            under += b < a ? 1 : 0;
          }
        } else {
          // Under not-compared, key 0 (unranked) takes part in no comparison.
          for (let r = 0, o = 0; r < size; r++, o += n) {
            const a = keys[o + i] as number;
            const b = keys[o + j] as number;
            const w = weights === undefined ? 1 : (weight[r] as number);
            if (!compared && (a === 0 || b === 0)) continue;
            over += a < b ? w : 0;
            under += b < a ? w : 0;
          }
        }
        counts[i * n + j] = (counts[i * n + j] as number) + over;
        counts[j * n + i] = (counts[j * n + i] as number) + under;
      }
    }
  }
  return { kind: "pairwise", candidates, unranked, counts, denominator: 1 };
};
