/**
 * PrefLib files (the 2022 layout of preflib.org): `soc`, `soi`, `toc`, `toi` (ranked) and `cat`
 * (categorical, read as approval of the first category).
 *
 * A file is a header of `# KEY: value` lines, then one line per distinct order, `count: 1,2,{3,4},5`,
 * where numbers are 1-based alternatives and `{...}` holds alternatives tied together. The data
 * types are: strict complete orders (`soc`), strict incomplete orders (`soi`), orders with ties,
 * complete (`toc`) and incomplete (`toi`); in `cat` files each `{...}` (or a bare number) is one
 * category, the first category being the best.
 *
 * The reader is a single pass over the text by character codes (no split, no regular expression
 * per line) that feeds the profile builder one reused row, so a 1M-line file reads at well over
 * 50 MB/s. It checks the declared type against the content, the header counts against the data,
 * and every alternative number, and reports the first problem with its line and column.
 *
 * @see Mattei and Walsh, "PrefLib: A Library for Preferences", ADT 2013; the data format page of
 * preflib.org (2022 revision).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import {
  type DecideError,
  invalidInputAt,
  type ParseError,
  parseError,
} from "../../core/errors.js";
import type { Rational } from "../../core/rational.js";
import * as rationals from "../../core/rational.js";
import { createProfileBuilder } from "../builder.js";
import type { ApprovalProfile, Profile, RankedProfile } from "../profile.js";
import { UNRANKED } from "../profile.js";
import { MAX_CANDIDATES } from "../spec.js";
import {
  formatCount,
  hasLineBreak,
  quoted,
  readCountToken,
  rowsByCount,
  tiersOfRow,
} from "./text.js";

/** The PrefLib data types co-decide reads and writes. @category formats */
export type PreflibFormat = "soc" | "soi" | "toc" | "toi" | "cat";

/** What a PrefLib writer may add to the header. @category formats */
export interface PreflibWriteOptions {
  /** The `# TITLE` line (default: none). */
  readonly title?: string;
  /** The `# FILE NAME` line (default: none). */
  readonly fileName?: string;
}

const NEWLINE = 10;
const RETURN = 13;
const SPACE = 32;
const TAB = 9;
const HASH = 35;
const COLON = 58;
const COMMA = 44;
const OPEN = 123;
const CLOSE = 125;
const ZERO = 48;
const NINE = 57;

interface HeaderValue {
  readonly value: string;
  readonly line: number;
  readonly column: number;
}

/** Reads a PrefLib file of the given type into a profile. */
export const readPreflib = (
  text: string,
  format: PreflibFormat,
): E.Either<DecideError, Profile> => {
  const header = readPreflibHeader(text, format);
  if (E.isLeft(header)) return header;
  const h = header.right;
  // The header's count of distinct lines sizes the builder's tables (checked against the data below).
  const declaredLines = h.fields.get(
    format === "cat" ? "NUMBER UNIQUE PREFERENCES" : "NUMBER UNIQUE ORDERS",
  );
  const expected = declaredLines === undefined ? undefined : wholeNumber(declaredLines.value);
  const sizing = expected === undefined ? {} : { expectedRows: expected };
  const builder =
    format === "cat"
      ? createProfileBuilder("approval", h.candidates, sizing)
      : createProfileBuilder("ranked", h.candidates, sizing);
  const read = readPreflibOrders(text, h.dataStart, h.dataLine, h, builder.add);
  if (read.error !== undefined) return E.left(read.error);
  return E.flatMap(builder.build() as E.Either<DecideError, Profile>, (profile) => {
    const problem = checkPreflibCounts(h, profile.totalCountExact, read.orders);
    return problem === undefined ? E.right(profile) : E.left(problem);
  });
};

/**
 * What the header of a PrefLib file says, and where its data lines start.
 *
 * @internal
 */
export interface PreflibHeader {
  readonly format: PreflibFormat;
  /** The alternatives' names, alternative k at index k − 1. */
  readonly candidates: readonly string[];
  /** `NUMBER CATEGORIES` of a `cat` file (infinity when not declared or not `cat`). */
  readonly categories: number;
  /** The header fields by upper-case key (alternative and category names left out). */
  readonly fields: ReadonlyMap<string, HeaderValue>;
  /** The index (in UTF-16 code units) where the first data line starts. */
  readonly dataStart: number;
  /** The line number of that line. */
  readonly dataLine: number;
}

/** Where a {@link readPreflibOrders} pass ended. @internal */
export interface PreflibOrders {
  /** The first problem, as a `ParseError` at its line and column. */
  readonly error?: ParseError;
  /** Order lines read. */
  readonly orders: number;
  /** The line number after the last line read. */
  readonly line: number;
}

/**
 * Reads and checks the header of a PrefLib file: the `# KEY: value` lines up to the first line
 * that is neither blank nor a header line.
 *
 * @internal
 */
export const readPreflibHeader = (
  text: string,
  format: PreflibFormat,
): E.Either<ParseError, PreflibHeader> => {
  const fail = (line: number, column: number, what: string): E.Either<ParseError, PreflibHeader> =>
    E.left(parseError(format, line, column, what));
  const len = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = 0;

  // --- Header: `# KEY: value` lines until the first line that is neither blank nor a header.
  const fields = new Map<string, HeaderValue>();
  const names = new Map<number, HeaderValue>();
  while (i < len) {
    let j = i;
    while (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB) j++;
    const first = text.charCodeAt(j);
    let end = text.indexOf("\n", i);
    if (end === -1) end = len;
    const next = end + 1;
    if (end > i && text.charCodeAt(end - 1) === RETURN) end--;
    if (j >= end) {
      i = next;
      line++;
      lineStart = next;
      continue;
    }
    if (first !== HASH) break;
    let colon = j;
    while (colon < end && text.charCodeAt(colon) !== COLON) colon++;
    if (colon < end) {
      const key = text
        .slice(j + 1, colon)
        .trim()
        .toUpperCase();
      let v = colon + 1;
      while (v < end && (text.charCodeAt(v) === SPACE || text.charCodeAt(v) === TAB)) v++;
      const entry = {
        value: text.slice(v, end).trim(),
        line,
        column: v - lineStart + 1,
      };
      if (key.startsWith("ALTERNATIVE NAME ")) {
        const k = wholeNumber(key.slice(17).trim());
        if (k === undefined || k < 1 || k > MAX_CANDIDATES) {
          return fail(
            line,
            j - lineStart + 1,
            `${quoted(key)} does not name an alternative number`,
          );
        }
        if (names.has(k)) return fail(line, j - lineStart + 1, `alternative ${k} is named twice`);
        names.set(k, entry);
      } else if (!key.startsWith("CATEGORY NAME ")) {
        if (fields.has(key) && isCheckedKey(key)) {
          return fail(line, j - lineStart + 1, `the header ${quoted(key)} is given twice`);
        }
        fields.set(key, entry);
      }
    }
    i = next;
    line++;
    lineStart = next;
  }
  const here = (): [number, number] => [line, Math.max(1, i - lineStart + 1)];

  // --- Header checks.
  if (fields.size === 0 && names.size === 0) {
    return i >= len
      ? fail(1, 1, "the file is empty: expected PrefLib header lines starting with '#'")
      : fail(
          ...here(),
          "expected PrefLib header lines starting with '#' (the pre-2022 PrefLib layout is not supported)",
        );
  }
  const dataType = fields.get("DATA TYPE");
  if (dataType !== undefined && dataType.value.toLowerCase() !== format) {
    return fail(
      dataType.line,
      dataType.column,
      `the file declares DATA TYPE ${quoted(dataType.value)} but was read as ${format}`,
    );
  }
  const alternatives = fields.get("NUMBER ALTERNATIVES");
  if (alternatives === undefined)
    return fail(...here(), 'missing the "# NUMBER ALTERNATIVES" header');
  const n = wholeNumber(alternatives.value);
  if (n === undefined || n < 1 || n > MAX_CANDIDATES) {
    return fail(
      alternatives.line,
      alternatives.column,
      `NUMBER ALTERNATIVES must be a whole number from 1 to ${MAX_CANDIDATES}, got ${quoted(alternatives.value)}`,
    );
  }
  const candidates: string[] = [];
  const seenNames = new Map<string, number>();
  for (let k = 1; k <= n; k++) {
    const entry = names.get(k);
    if (entry === undefined) return fail(...here(), `missing "# ALTERNATIVE NAME ${k}: ..."`);
    const earlier = seenNames.get(entry.value);
    if (earlier !== undefined) {
      return fail(
        entry.line,
        entry.column,
        `alternatives ${earlier} and ${k} have the same name ${quoted(entry.value)}`,
      );
    }
    seenNames.set(entry.value, k);
    candidates.push(entry.value);
  }
  for (const [k, entry] of names) {
    if (k > n) {
      return fail(entry.line, 1, `alternative ${k} is named, but NUMBER ALTERNATIVES is ${n}`);
    }
  }
  let categories = Number.POSITIVE_INFINITY;
  if (format === "cat") {
    const declared = fields.get("NUMBER CATEGORIES");
    if (declared !== undefined) {
      const k = wholeNumber(declared.value);
      if (k === undefined || k < 1) {
        return fail(
          declared.line,
          declared.column,
          `NUMBER CATEGORIES must be a whole number of at least 1, got ${quoted(declared.value)}`,
        );
      }
      categories = k;
    }
  }
  return E.right({ format, candidates, categories, fields, dataStart: i, dataLine: line });
};

/**
 * Reads the order lines of `text` from index `from` (the start of a line numbered `firstLine`)
 * to its end, one pass by character codes, handing each order to `add` as one reused row (a
 * tier per alternative, `UNRANKED` for the ones left out; for `cat`, 1 for the first category)
 * with its count. Stops at the first problem, or when `add` refuses a row.
 *
 * @internal
 */
export const readPreflibOrders = (
  text: string,
  from: number,
  firstLine: number,
  header: PreflibHeader,
  add: (row: Uint16Array, count: number | Rational) => string | undefined,
): PreflibOrders => {
  const { format, categories } = header;
  const n = header.candidates.length;
  const len = text.length;
  let i = from;
  let line = firstLine;
  let lineStart = from;
  let orders = 0;
  const fail = (at: number, column: number, what: string): PreflibOrders => ({
    error: parseError(format, at, column, what),
    orders,
    line,
  });
  const strict = format === "soc" || format === "soi";
  const complete = format === "soc" || format === "toc";
  const isCat = format === "cat";
  const row = new Uint16Array(n);
  const blank = isCat ? 0 : UNRANKED;
  const stamp = new Int32Array(n);
  const column = (at: number): number => at - lineStart + 1;

  while (i < len) {
    let c = text.charCodeAt(i);
    while (c === SPACE || c === TAB) c = text.charCodeAt(++i);
    if (c === NEWLINE || c === RETURN || i >= len) {
      i += c === RETURN && text.charCodeAt(i + 1) === NEWLINE ? 2 : 1;
      line++;
      lineStart = i;
      continue;
    }
    if (c === HASH) return fail(line, column(i), "a header line ('#') after the first order");

    // The count.
    const countStart = i;
    let count: number | Rational = 0;
    let digits = 0;
    while (c >= ZERO && c <= NINE) {
      count = (count as number) * 10 + (c - ZERO);
      digits++;
      c = text.charCodeAt(++i);
    }
    if (digits === 0 || digits > 15 || (c !== COLON && c !== SPACE && c !== TAB)) {
      while (
        i < len &&
        c !== COLON &&
        c !== NEWLINE &&
        c !== RETURN &&
        c !== SPACE &&
        c !== TAB &&
        i - countStart <= 64
      ) {
        c = text.charCodeAt(++i);
      }
      const read = readCountToken(text.slice(countStart, i));
      if (typeof read === "string") return fail(line, column(countStart), read);
      count = read;
    }
    while (c === SPACE || c === TAB) c = text.charCodeAt(++i);
    if (c !== COLON) {
      return fail(line, column(i), `expected ':' after the count, found ${describeChar(text, i)}`);
    }
    c = text.charCodeAt(++i);
    orders++;

    // The order.
    for (let c = 0; c < n; c++) row[c] = blank; // a loop: cheaper than fill() for short rows
    let tier = 0;
    let ranked = 0;
    let groupStart = -1;
    let expectItem = false;
    for (;;) {
      while (c === SPACE || c === TAB) c = text.charCodeAt(++i);
      if (c === NEWLINE || c === RETURN || i >= len) {
        if (groupStart !== -1) {
          return fail(line, column(groupStart), "this '{' is never closed on its line");
        }
        if (expectItem) return fail(line, column(i), "expected an alternative after ','");
        break;
      }
      if (c === OPEN) {
        if (groupStart !== -1) return fail(line, column(i), "'{' inside '{...}'");
        if (strict) {
          return fail(
            line,
            column(i),
            `ties ('{...}') are not allowed in a ${format} file (strict orders); use toc or toi`,
          );
        }
        groupStart = i;
        c = text.charCodeAt(++i);
        while (c === SPACE || c === TAB) c = text.charCodeAt(++i);
        if (c === CLOSE) {
          if (!isCat) return fail(line, column(groupStart), "an empty tie '{}'");
          groupStart = -1;
          tier++;
          c = text.charCodeAt(++i);
          while (c === SPACE || c === TAB) c = text.charCodeAt(++i);
          expectItem = false;
          const after = endOfItem(c);
          if (after === "error") return fail(line, column(i), unexpected(text, i));
          if (after === "comma") {
            c = text.charCodeAt(++i);
            expectItem = true;
          }
          continue;
        }
      }
      // An alternative number.
      const start = i;
      let k = 0;
      while (c >= ZERO && c <= NINE) {
        if (k <= n) k = k * 10 + (c - ZERO);
        c = text.charCodeAt(++i);
      }
      if (i === start) {
        return fail(
          line,
          column(i),
          `expected an alternative number, found ${describeChar(text, i)}`,
        );
      }
      if (k < 1 || k > n) {
        return fail(
          line,
          column(start),
          `alternative ${quoted(text, start, i)} does not exist (the file has ${n} alternatives)`,
        );
      }
      if (stamp[k - 1] === orders) {
        return fail(line, column(start), `alternative ${k} appears twice in this order`);
      }
      stamp[k - 1] = orders;
      ranked++;
      row[k - 1] = isCat ? (tier === 0 ? 1 : 0) : tier;
      while (c === SPACE || c === TAB) c = text.charCodeAt(++i);
      expectItem = false;
      if (groupStart !== -1) {
        if (c === COMMA) {
          c = text.charCodeAt(++i);
          continue;
        }
        if (c !== CLOSE) {
          return fail(
            line,
            column(i),
            `expected ',' or '}' in a tie, found ${describeChar(text, i)}`,
          );
        }
        groupStart = -1;
        c = text.charCodeAt(++i);
        while (c === SPACE || c === TAB) c = text.charCodeAt(++i);
      }
      tier++;
      const after = endOfItem(c);
      if (after === "error") return fail(line, column(i), unexpected(text, i));
      if (after === "comma") {
        c = text.charCodeAt(++i);
        expectItem = true;
      }
    }
    if (complete && ranked !== n) {
      return fail(
        line,
        column(i),
        `this order ranks ${ranked} of the ${n} alternatives; a ${format} file ranks every alternative (use ${format === "soc" ? "soi" : "toi"} for incomplete orders)`,
      );
    }
    if (isCat && tier > categories) {
      return fail(
        line,
        column(i),
        `this line has ${tier} categories, but NUMBER CATEGORIES is ${categories}`,
      );
    }
    const refused = add(row, count);
    if (refused !== undefined) return fail(line, column(countStart), refused);
    i += c === RETURN && text.charCodeAt(i + 1) === NEWLINE ? 2 : 1;
    line++;
    lineStart = i;
  }
  return { orders, line };
};

/**
 * Checks the header's `NUMBER VOTERS` and `NUMBER UNIQUE ORDERS` (or `PREFERENCES`) against the
 * data read: the exact sum of the counts and the number of order lines.
 *
 * @internal
 */
export const checkPreflibCounts = (
  header: PreflibHeader,
  totalCountExact: string,
  orders: number,
): ParseError | undefined => {
  const { format, fields } = header;
  const isCat = format === "cat";
  const voters = fields.get("NUMBER VOTERS");
  if (voters !== undefined) {
    const declared = readCountToken(voters.value);
    const declaredText =
      typeof declared === "string"
        ? undefined
        : typeof declared === "number"
          ? String(declared)
          : rationals.toFraction(declared);
    if (declaredText === undefined) {
      return parseError(format, voters.line, voters.column, `NUMBER VOTERS: ${declared as string}`);
    }
    if (declaredText !== totalCountExact) {
      return parseError(
        format,
        voters.line,
        voters.column,
        `NUMBER VOTERS is ${declaredText}, but the counts of the orders sum to ${totalCountExact}`,
      );
    }
  }
  const unique = fields.get(isCat ? "NUMBER UNIQUE PREFERENCES" : "NUMBER UNIQUE ORDERS");
  if (unique !== undefined) {
    const declared = wholeNumber(unique.value);
    if (declared !== orders) {
      return parseError(
        format,
        unique.line,
        unique.column,
        `${isCat ? "NUMBER UNIQUE PREFERENCES" : "NUMBER UNIQUE ORDERS"} is ${quoted(unique.value)}, but the file has ${orders} order lines`,
      );
    }
  }
  return undefined;
};

const isCheckedKey = (key: string): boolean => key.startsWith("NUMBER ") || key === "DATA TYPE";

/** A whole number written with 1 to 15 digits, or `undefined`. */
const wholeNumber = (text: string): number | undefined =>
  text.length >= 1 && text.length <= 15 && /^\d+$/.test(text) ? Number(text) : undefined;

const endOfItem = (c: number): "comma" | "end" | "error" =>
  c === COMMA ? "comma" : c === NEWLINE || c === RETURN || Number.isNaN(c) ? "end" : "error";

const describeChar = (text: string, i: number): string =>
  i >= text.length
    ? "the end of the file"
    : text.charCodeAt(i) === NEWLINE || text.charCodeAt(i) === RETURN
      ? "the end of the line"
      : quoted(text, i, i + 1);

const unexpected = (text: string, i: number): string =>
  `expected ',' or the end of the line, found ${describeChar(text, i)}`;

/** Writes a profile as a PrefLib file of the given type, or says why it does not fit that type. */
export const writePreflib = (
  profile: Profile,
  format: PreflibFormat,
  options: PreflibWriteOptions = {},
): E.Either<DecideError, string> => {
  const n = profile.candidates.length;
  for (let c = 0; c < n; c++) {
    const name = profile.candidates[c] as string;
    if (hasLineBreak(name) || name !== name.trim()) {
      return E.left(
        invalidInputAt(
          `candidates[${c}]`,
          "unwritable_name",
          `${quoted(name)} cannot be written in a PrefLib header (line breaks and surrounding spaces are lost)`,
        ),
      );
    }
  }
  for (const [key, value] of [
    ["fileName", options.fileName],
    ["title", options.title],
  ] as const) {
    if (value !== undefined && hasLineBreak(value)) {
      return E.left(invalidInputAt(key, "unwritable_text", "must not contain a line break"));
    }
  }
  const lines: string[] = [];
  if (format === "cat") {
    if (profile.kind !== "approval") return E.left(kindMismatch(format, profile.kind, "approval"));
    writeCatOrders(profile, lines);
  } else {
    if (profile.kind !== "ranked") return E.left(kindMismatch(format, profile.kind, "ranked"));
    const problem = writeRankedOrders(profile, format, lines);
    if (problem !== undefined) return E.left(problem);
  }
  const header: string[] = [];
  if (options.fileName !== undefined) header.push(`# FILE NAME: ${options.fileName}`);
  if (options.title !== undefined) header.push(`# TITLE: ${options.title}`);
  header.push(`# DATA TYPE: ${format}`);
  header.push(`# NUMBER ALTERNATIVES: ${n}`);
  header.push(`# NUMBER VOTERS: ${profile.totalCountExact}`);
  if (format === "cat") {
    header.push(`# NUMBER UNIQUE PREFERENCES: ${lines.length}`);
    header.push("# NUMBER CATEGORIES: 2");
    header.push("# CATEGORY NAME 1: Approved");
    header.push("# CATEGORY NAME 2: Not approved");
  } else {
    header.push(`# NUMBER UNIQUE ORDERS: ${lines.length}`);
  }
  profile.candidates.forEach((name, c) => {
    header.push(`# ALTERNATIVE NAME ${c + 1}: ${name}`);
  });
  return E.right(`${[...header, ...lines].join("\n")}\n`);
};

const kindMismatch = (format: string, kind: string, needed: string): DecideError =>
  invalidInputAt(
    "profile.kind",
    "format_mismatch",
    `a ${format} file holds ${needed} ballots, but the profile holds ${kind} ballots`,
  );

const writeRankedOrders = (
  profile: RankedProfile,
  format: Exclude<PreflibFormat, "cat">,
  lines: string[],
): DecideError | undefined => {
  const n = profile.candidates.length;
  const strict = format === "soc" || format === "soi";
  const complete = format === "soc" || format === "toc";
  for (const b of rowsByCount(profile)) {
    const tiers = tiersOfRow(profile.ranks, n, b, UNRANKED);
    let ranked = 0;
    const parts: string[] = [];
    for (const tier of tiers) {
      ranked += tier.length;
      if (tier.length > 1 && strict) {
        return invalidInputAt(
          `ballots[${b}]`,
          "format_mismatch",
          `a ${format} file holds strict orders, but this ballot has a tie (use toc or toi)`,
        );
      }
      parts.push(
        tier.length === 1
          ? String((tier[0] as number) + 1)
          : `{${tier.map((c) => c + 1).join(",")}}`,
      );
    }
    if (complete && ranked !== n) {
      return invalidInputAt(
        `ballots[${b}]`,
        "format_mismatch",
        `a ${format} file holds complete orders, but this ballot ranks ${ranked} of ${n} candidates (use ${strict ? "soi" : "toi"})`,
      );
    }
    lines.push(`${formatCount(profile, b)}: ${parts.join(",")}`);
  }
  return undefined;
};

const writeCatOrders = (profile: ApprovalProfile, lines: string[]): void => {
  const n = profile.candidates.length;
  for (const b of rowsByCount(profile)) {
    const approved: number[] = [];
    const rest: number[] = [];
    for (let c = 0; c < n; c++) (profile.approvals[b * n + c] === 1 ? approved : rest).push(c + 1);
    lines.push(`${formatCount(profile, b)}: {${approved.join(",")}},{${rest.join(",")}}`);
  }
};
