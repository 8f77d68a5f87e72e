/**
 * BLT, the ballot format of STV counting programs (Hill, Wichmann and Woodall's ERS counting
 * program; OpenSTV; Droop).
 *
 * ```text
 * 4 2            candidates, seats
 * -4             optional: withdrawn candidates, as negative numbers
 * 3 1 2 0        weight, then candidates by preference, ended by 0
 * 1.5 2 1=3 0    weights may be decimal or p/q; `=` joins tied candidates (a dialect)
 * 0              end of the ballots
 * "Ann"          one quoted name per candidate (several may share a line)
 * "Bob"
 * "Cy"
 * "Dee"
 * "Council 2026" the title
 * ```
 *
 * Each ballot sits on one line. Everything after the title is ignored (some published files add
 * notes there, as the Droop test file M135 does). Inside quotes, `\"` is a quote, `\\` a
 * backslash, and `\n` and `\r` are line breaks; a name cannot span lines.
 *
 * @see Hill, Wichmann and Woodall, "Algorithm 123: Single Transferable Vote by Meek's method",
 * The Computer Journal 30(3), 1987 (the file layout); the Droop and OpenSTV documentation of BLT.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type DecideError, invalidInputAt, parseError } from "../../core/errors.js";
import type { Rational } from "../../core/rational.js";
import { createProfileBuilder, type ProfileBuilder } from "../builder.js";
import type { Profile, RankedProfile } from "../profile.js";
import { UNRANKED } from "../profile.js";
import { MAX_CANDIDATES } from "../spec.js";
import { formatCount, quoted, readCountToken, rowsByCount, tiersOfRow } from "./text.js";

/**
 * An STV election read from a BLT file: the ballots, the number of seats, the withdrawn
 * candidates and the title.
 *
 * @category formats
 */
export interface BltElection {
  readonly profile: RankedProfile;
  readonly seats: number;
  /** The names of the withdrawn candidates, in the order the file lists them. */
  readonly withdrawn: readonly string[];
  readonly title: string;
}

/** What a BLT writer needs beyond a ranked profile. @category formats */
export interface BltWriteOptions {
  /** The number of seats (default 1). */
  readonly seats?: number;
  /** Candidates to mark as withdrawn (default none). */
  readonly withdrawn?: readonly string[];
  /** The title (default empty). */
  readonly title?: string;
}

const SPACE = 32;
const TAB = 9;
const QUOTE = 34;
const BACKSLASH = 92;
const MINUS = 45;

/**
 * Reads a BLT file one line at a time: give it each line (without its line break) in order, then
 * call `end`. The grammar lives here once: {@link readBlt} feeds it the lines of a string, and the
 * command-line tool feeds it the lines of a file read as a stream, so a million-ballot file is
 * never held as one string. Errors carry the 1-based line and column.
 *
 * @internal
 */
export interface BltLineReader {
  /** Reads the next line; returns the `ParseError` of the first problem on it, if any. */
  readonly line: (text: string) => DecideError | undefined;
  /** Ends the file: the election, or why the file is incomplete. */
  readonly end: () => E.Either<DecideError, BltElection>;
}

/** Where the reader is in the file's grammar. */
type Part = "header" | "withdrawn" | "ballots" | "names" | "title" | "done";

/** Makes a {@link BltLineReader}: the BLT grammar of the module comment, a line at a time. */
export const createBltReader = (): BltLineReader => {
  let part: Part = "header";
  // The current line, the position in it and its number.
  let s = "";
  let len = 0;
  let i = 0;
  let line = 0;
  let failed: DecideError | undefined;
  // What the header says, and what the file has given so far.
  let n = 0;
  let seats = 0;
  let isWithdrawn = new Uint8Array(0);
  const withdrawnIndices: number[] = [];
  let builder: ProfileBuilder<"ranked"> | undefined;
  let row = new Uint16Array(0);
  let stamp = new Int32Array(0);
  let ballots = 0;
  const names: string[] = [];
  const seen = new Map<string, number>();
  let title = "";

  const fail = (at: number, what: string): DecideError => {
    failed = parseError("blt", line, at + 1, what);
    return failed;
  };
  const isSpace = (c: number): boolean => c === SPACE || c === TAB;
  const skipSpaces = (): void => {
    while (i < len && isSpace(s.charCodeAt(i))) i++;
  };
  const atLineEnd = (): boolean => i >= len;
  /** The token at `i` (up to a space or the line's end), advancing past it. */
  const token = (): string => {
    const start = i;
    while (i < len && !isSpace(s.charCodeAt(i))) {
      i++;
      if (i - start > 64) break;
    }
    return s.slice(start, i);
  };
  const wholeAt = (start: number, word: string, min: number, max: number): number | string => {
    const t = token();
    if (!/^\d{1,9}$/.test(t) || Number(t) < min || Number(t) > max) {
      return `${word} must be a whole number from ${min} to ${max}, found ${t === "" ? describeAt(s, start) : quoted(t)}`;
    }
    return Number(t);
  };

  /** First line: candidates and seats. */
  const header = (): DecideError | undefined => {
    let start = i;
    const count = wholeAt(start, "the number of candidates", 1, MAX_CANDIDATES);
    if (typeof count === "string") return fail(start, count);
    n = count;
    skipSpaces();
    start = i;
    const seatCount = wholeAt(start, "the number of seats", 1, n);
    if (typeof seatCount === "string") return fail(start, seatCount);
    seats = seatCount;
    skipSpaces();
    if (!atLineEnd())
      return fail(i, `expected the end of the first line, found ${describeAt(s, i)}`);
    isWithdrawn = new Uint8Array(n);
    builder = createProfileBuilder(
      "ranked",
      Array.from({ length: n }, (_, c) => String(c)),
    );
    row = new Uint16Array(n);
    stamp = new Int32Array(n);
    part = "withdrawn";
    return undefined;
  };

  /** A line of withdrawn candidates, as negative numbers. */
  const withdrawnLine = (): DecideError | undefined => {
    while (!atLineEnd()) {
      const start = i;
      const t = token();
      const k = /^-\d{1,9}$/.test(t) ? -Number(t) : 0;
      if (k < 1 || k > n) {
        return fail(start, `a withdrawn candidate must be -1 to -${n}, found ${quoted(t)}`);
      }
      if (isWithdrawn[k - 1] === 1) return fail(start, `candidate ${k} is withdrawn twice`);
      isWithdrawn[k - 1] = 1;
      withdrawnIndices.push(k - 1);
      skipSpaces();
    }
    return undefined;
  };

  /** A ballot, `weight c1 c2=c3 ... 0`, or the line `0` that ends the ballots. */
  const ballot = (): DecideError | undefined => {
    let start = i;
    const weightText = token();
    if (weightText === "0") {
      part = "names";
      return undefined;
    }
    // Most weights are small whole numbers: read those without the exact reader's BigInts.
    const small = smallWhole(weightText);
    const weight: number | Rational | string = small >= 0 ? small : readCountToken(weightText);
    if (typeof weight === "string") return fail(start, `ballot weight: ${weight}`);
    ballots++;
    row.fill(UNRANKED);
    let tier = 0;
    let ended = false;
    for (;;) {
      skipSpaces();
      if (atLineEnd()) break;
      start = i;
      const t = token();
      if (t === "0") {
        ended = true;
        break;
      }
      let from = 0;
      for (;;) {
        const eq = t.indexOf("=", from);
        const piece = t.slice(from, eq === -1 ? t.length : eq);
        const at = start + from;
        const k = piece.length <= 9 ? Math.max(0, smallWhole(piece)) : 0;
        if (k < 1 || k > n) {
          return fail(
            at,
            piece === ""
              ? "expected a candidate number around '='"
              : `candidate ${quoted(piece)} does not exist (the file has ${n} candidates)`,
          );
        }
        if (stamp[k - 1] === ballots)
          return fail(at, `candidate ${k} appears twice on this ballot`);
        stamp[k - 1] = ballots;
        row[k - 1] = tier;
        if (eq === -1) break;
        from = eq + 1;
      }
      tier++;
    }
    if (!ended) return fail(i, "this ballot does not end with 0");
    skipSpaces();
    if (!atLineEnd()) {
      return fail(
        i,
        `expected the end of the ballot's line after its 0, found ${describeAt(s, i)}`,
      );
    }
    const refused = (builder as ProfileBuilder<"ranked">).add(row, weight);
    return refused === undefined ? undefined : fail(0, refused);
  };

  /** A quoted name or title at `i`; several may share a line. */
  const readQuoted = (what: string): string | DecideError => {
    if (s.charCodeAt(i) !== QUOTE) {
      return fail(i, `expected ${what} in double quotes, found ${describeAt(s, i)}`);
    }
    const open = i;
    i++;
    let out = "";
    let from = i;
    for (;;) {
      if (i >= len) return fail(open, "this quote is never closed on its line");
      const c = s.charCodeAt(i);
      if (c === QUOTE) break;
      if (c === BACKSLASH) {
        const next = s.charCodeAt(i + 1);
        if (next === QUOTE || next === BACKSLASH || next === 110 || next === 114) {
          // \" \\ \n \r
          out +=
            s.slice(from, i) +
            (next === 110 ? "\n" : next === 114 ? "\r" : String.fromCharCode(next));
          i += 2;
          from = i;
          continue;
        }
      }
      i++;
    }
    out += s.slice(from, i);
    i++;
    return out;
  };

  /** One candidate's name, or the title once every candidate is named. */
  const quotedItem = (): DecideError | undefined => {
    if (part === "title") {
      const text = readQuoted("the title");
      if (typeof text !== "string") return text;
      title = text;
      part = "done"; // anything after the title is ignored
      return undefined;
    }
    const c = names.length;
    const at = i;
    const name = readQuoted(`the name of candidate ${c + 1}`);
    if (typeof name !== "string") return name;
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      return fail(at, `candidates ${earlier + 1} and ${c + 1} have the same name ${quoted(name)}`);
    }
    seen.set(name, c);
    names.push(name);
    if (names.length === n) part = "title";
    return undefined;
  };

  /** What the file still lacks, for a file that ends early. */
  const missing = (): string => {
    switch (part) {
      case "header":
        return "the file is empty: expected the numbers of candidates and seats";
      case "withdrawn":
        return "the file ends before its ballots (truncated?)";
      case "ballots":
        return "the file ends inside the ballots: expected a line '0' after the last ballot (truncated?)";
      case "names":
        return `the file ends before the name of candidate ${names.length + 1} (truncated?)`;
      default:
        return "the file ends before the title (truncated?)";
    }
  };

  return {
    line: (text) => {
      if (failed !== undefined) return failed;
      if (part === "done") return undefined;
      s = text;
      len = text.length;
      line++;
      i = line === 1 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
      for (;;) {
        skipSpaces();
        // The part moves on inside the calls below (TypeScript cannot see that).
        if (atLineEnd() || (part as Part) === "done") return undefined;
        let error: DecideError | undefined;
        switch (part) {
          case "header":
            return header();
          case "withdrawn":
            if (s.charCodeAt(i) === MINUS) return withdrawnLine();
            part = "ballots";
            return ballot();
          case "ballots":
            error = ballot();
            // After the line `0`, the names may begin on the same line.
            if (error !== undefined || (part as Part) === "ballots") return error;
            break;
          default:
            error = quotedItem();
            if (error !== undefined) return error;
        }
      }
    },
    end: () => {
      if (failed !== undefined) return E.left(failed);
      if (part !== "done") {
        // At the end of the last line, as the whole-text reader reports a truncated file.
        i = len;
        return E.left(fail(len, missing()));
      }
      return E.flatMap((builder as ProfileBuilder<"ranked">).build(), (numbered) =>
        E.right({
          profile: { ...numbered, candidates: names },
          seats,
          withdrawn: withdrawnIndices.map((c) => names[c] as string),
          title,
        }),
      );
    },
  };
};

/** Reads a BLT file: the lines of the text (split at CRLF, LF or CR), through {@link createBltReader}. */
export const readBlt = (text: string): E.Either<DecideError, BltElection> => {
  const reader = createBltReader();
  const length = text.length;
  let start = 0;
  for (;;) {
    let end = start;
    while (end < length) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    const error = reader.line(text.slice(start, end));
    if (error !== undefined) return E.left(error);
    if (end >= length) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return reader.end();
};

/** The value of a token of 1 to 15 decimal digits (below 2^53, so exact), or -1. */
const smallWhole = (token: string): number => {
  const length = token.length;
  if (length === 0 || length > 15) return -1;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = token.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
};

const describeAt = (line: string, i: number): string =>
  i >= line.length ? "the end of the line" : quoted(line, i, i + 1);

const quoteName = (name: string): string =>
  `"${name
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")}"`;

/** Writes an STV election as a BLT file, or says why it cannot. */
export const writeBltFile = (
  profile: Profile,
  options: BltWriteOptions = {},
): E.Either<DecideError, string> => {
  if (profile.kind !== "ranked") {
    return E.left(
      invalidInputAt(
        "profile.kind",
        "format_mismatch",
        `a BLT file holds ranked ballots, but the profile holds ${profile.kind} ballots`,
      ),
    );
  }
  const n = profile.candidates.length;
  const seats = options.seats ?? 1;
  if (!Number.isInteger(seats) || seats < 1 || seats > n) {
    return E.left(
      invalidInputAt("seats", "invalid_seats", `seats must be a whole number from 1 to ${n}`),
    );
  }
  const index = new Map(profile.candidates.map((name, c) => [name, c] as const));
  const withdrawn: number[] = [];
  for (const [w, name] of (options.withdrawn ?? []).entries()) {
    const c = index.get(name);
    if (c === undefined || withdrawn.includes(c + 1)) {
      return E.left(
        invalidInputAt(
          `withdrawn[${w}]`,
          c === undefined ? "unknown_candidate" : "duplicate_candidate",
          c === undefined ? `unknown candidate ${quoted(name)}` : `${quoted(name)} is listed twice`,
        ),
      );
    }
    withdrawn.push(c + 1);
  }
  const lines = [`${n} ${seats}`];
  if (withdrawn.length > 0) lines.push(withdrawn.map((c) => `-${c}`).join(" "));
  for (const b of rowsByCount(profile)) {
    if (profile.counts[b] === 0) continue; // a weight of 0 would end the ballots
    const tiers = tiersOfRow(profile.ranks, n, b, UNRANKED).map((tier) =>
      tier.map((c) => c + 1).join("="),
    );
    lines.push([formatCount(profile, b), ...tiers, "0"].join(" "));
  }
  lines.push("0");
  for (const name of profile.candidates) lines.push(quoteName(name));
  lines.push(quoteName(options.title ?? ""));
  return E.right(`${lines.join("\n")}\n`);
};
