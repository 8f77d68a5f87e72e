/**
 * The fast path of reading a spec's ballots, for the shapes nearly every spec uses: a hand-written
 * check, with no allocation per ballot, that a ballot has one of the common shapes zod would
 * accept, and a reader of ranked ballots straight into a profile row. Neither reports anything:
 * on the first ballot it cannot vouch for, the caller falls back to the zod schema and the full
 * checks, which find every problem and write its path (so paths are built only when refusing).
 *
 * @module
 * @internal
 */
import { UNRANKED } from "./profile.js";
import { COUNT_PATTERN, MAX_COUNT_LENGTH } from "./schemas.js";

/**
 * True when every ballot is shorthand or a plain object `{ ranking | approve | scores | grades,
 * count? }` that `BallotSchema` accepts as it is, with no list longer than the `n` candidates
 * (which `guardSizes` would refuse). False means only "not vouched for": zod decides.
 *
 * With `tiers` false, the tiers of a ranking are not read here (only the ranking's length is
 * checked): {@link readRanked} checks each tier as it reads it, so that each is read once, and the
 * caller must then check with {@link quickBallot} (`tiers` true) any ranked ballot that
 * `readRanked` refuses before reading it another way.
 *
 * @internal
 */
export const quickBallots = (ballots: readonly unknown[], n: number, tiers: boolean): boolean => {
  for (let b = 0; b < ballots.length; b++) if (!quickBallot(ballots[b], n, tiers)) return false;
  return true;
};

/** One ballot of {@link quickBallots}. @internal */
export const quickBallot = (ballot: unknown, n: number, tiers: boolean): boolean => {
  if (typeof ballot === "string") return true;
  if (typeof ballot !== "object" || ballot === null) return false;
  // Only plain objects: zod reads fields through the prototype chain, and a kind read later from
  // an exotic object could differ from the one zod chose.
  const prototype: unknown = Object.getPrototypeOf(ballot);
  if (prototype !== Object.prototype && prototype !== null) return false;
  // The keys zod's strict check enumerates (`for...in`): one kind key, and `count`.
  let kind: string | undefined;
  for (const key in ballot) {
    if (key === "count") continue;
    if (kind !== undefined) return false;
    kind = key;
  }
  const record = ballot as Readonly<Record<string, unknown>>;
  if (kind === undefined || !quickCount(record["count"])) return false;
  const value = record[kind];
  switch (kind) {
    case "ranking": {
      if (!Array.isArray(value) || value.length > n) return false;
      if (!tiers) return true;
      for (let t = 0; t < value.length; t++) if (!isTier(value[t], n)) return false;
      return true;
    }
    case "approve":
      return isNames(value, n);
    case "scores":
    case "grades":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    default:
      return false;
  }
};

/** A tier zod accepts: a name, or a non-empty list of at most `n` names without holes. */
const isTier = (tier: unknown, n: number): boolean =>
  typeof tier === "string" || (isNames(tier, n) && tier.length > 0);

/** A list of at most `n` strings, without holes. */
const isNames = (value: unknown, n: number): value is readonly string[] => {
  if (!Array.isArray(value) || value.length > n) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== "string") return false;
  return true;
};

/** `CountSchema`'s rule: absent, a non-negative finite number, or a short fraction or decimal. */
const quickCount = (count: unknown): boolean =>
  count === undefined ||
  (typeof count === "number" && count >= 0 && count < Number.POSITIVE_INFINITY) ||
  (typeof count === "string" && count.length <= MAX_COUNT_LENGTH && COUNT_PATTERN.test(count));

/**
 * Candidate names for the fast readers: the index by name, and a hash table over the names' UTF-16
 * code units, so that shorthand is read without cutting a string per name.
 *
 * @internal
 */
export interface NameIndex {
  readonly index: ReadonlyMap<string, number>;
  readonly names: readonly string[];
  /** Open addressing: the candidate at each slot, or -1. */
  readonly slots: Int32Array;
}

/** Builds the {@link NameIndex} of `index` (each name once, with its first position). @internal */
export const nameIndex = (
  index: ReadonlyMap<string, number>,
  names: readonly string[],
): NameIndex => {
  let size = 16;
  while (size < 2 * names.length) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  for (const [name, c] of index) {
    let i = hashCodes(name, 0, name.length) & (size - 1);
    while (slots[i] !== -1) i = (i + 1) & (size - 1);
    slots[i] = c;
  }
  return { index, names, slots };
};

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the code units of `text` from `start` to `end`. */
const hashCodes = (text: string, start: number, end: number): number => {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
};

/** The candidate named by `text` from `start` to `end`, whose {@link hashCodes} is `hash`. */
const lookUp = (
  names: NameIndex,
  hash: number,
  text: string,
  start: number,
  end: number,
): number | undefined => {
  const mask = names.slots.length - 1;
  for (let i = hash & mask; ; i = (i + 1) & mask) {
    const c = names.slots[i] as number;
    if (c === -1) return undefined;
    const name = names.names[c] as string;
    if (name.length === end - start && text.startsWith(name, start)) return c;
  }
};

/**
 * Reads a ranked ballot (shorthand, or `{ ranking }` checked by zod or by {@link quickBallots},
 * with or without its tiers) into `row`, which holds {@link UNRANKED} in every cell: each named
 * candidate's cell gets its tier. Each tier is checked as it is read (a name, or a non-empty list
 * of at most n names without holes, the tiers zod accepts), so a tier is read once. False when a
 * tier has another shape, the ballot names an unknown candidate or one twice, or its shorthand is
 * malformed; the caller then reads it again the slow way, which says why.
 *
 * @internal
 */
export const readRanked = (ballot: unknown, names: NameIndex, row: Uint16Array): boolean => {
  if (typeof ballot === "string") return readShorthand(ballot, names, row);
  const ranking = (ballot as { readonly ranking: readonly unknown[] }).ranking;
  const n = names.names.length;
  for (let t = 0; t < ranking.length; t++) {
    const tier: unknown = ranking[t];
    if (typeof tier === "string") {
      if (!place(names.index.get(tier), t, row)) return false;
    } else {
      // Not an array (a number, an object, a hole), or an empty or too long list: zod's to word.
      if (!Array.isArray(tier) || tier.length === 0 || tier.length > n) return false;
      for (let i = 0; i < tier.length; i++) {
        // A name that is not a string (or a hole) is in no index: `get` gives undefined.
        if (!place(names.index.get(tier[i]), t, row)) return false;
      }
    }
  }
  return true;
};

/** Puts candidate `c` in `tier`; false if `c` is unknown or already placed. */
const place = (c: number | undefined, tier: number, row: Uint16Array): boolean => {
  if (c === undefined || row[c] !== UNRANKED) return false;
  row[c] = tier;
  return true;
};

const GREATER = 62; // ">"
const EQUALS = 61; // "="

/**
 * Shorthand the way `parseShorthand` reads it (tiers split on `>`, names on `=`, each name
 * trimmed; blank text ranks nobody), in one scan without building the tiers: each code unit is
 * read once, and hashed as it is read, so a name is then only compared with the candidate its
 * hash finds. A name with a space or a non-ASCII character at either end is cut and trimmed; any
 * other is looked up in place.
 */
const readShorthand = (text: string, names: NameIndex, row: Uint16Array): boolean => {
  if (text.trim() === "") return true;
  let tier = 0;
  let start = 0;
  let hash = FNV_OFFSET;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : GREATER;
    if (code !== GREATER && code !== EQUALS) {
      hash = Math.imul(hash ^ code, FNV_PRIME);
      continue;
    }
    if (i === start) return false;
    const c =
      plain(text.charCodeAt(start)) && plain(text.charCodeAt(i - 1))
        ? lookUp(names, hash, text, start, i)
        : names.index.get(text.slice(start, i).trim());
    if (!place(c, tier, row)) return false;
    if (code === GREATER) tier += 1;
    start = i + 1;
    hash = FNV_OFFSET;
  }
  return true;
};

/** A code unit that `String.prototype.trim` never removes (printable ASCII). */
const plain = (code: number): boolean => code > 32 && code < 127;
