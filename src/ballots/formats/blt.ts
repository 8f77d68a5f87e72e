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
import { createProfileBuilder } from "../builder.js";
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

const NEWLINE = 10;
const RETURN = 13;
const SPACE = 32;
const TAB = 9;
const QUOTE = 34;
const BACKSLASH = 92;

/** Reads a BLT file. */
export const readBlt = (text: string): E.Either<DecideError, BltElection> => {
  const len = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = 0;
  const fail = (at: number, what: string): E.Either<DecideError, never> =>
    E.left(parseError("blt", line, at - lineStart + 1, what));
  const isSpace = (c: number): boolean => c === SPACE || c === TAB;
  const isBreak = (c: number): boolean => c === NEWLINE || c === RETURN;
  const skipSpaces = (): void => {
    while (i < len && isSpace(text.charCodeAt(i))) i++;
  };
  /** Steps over one line break at `i` (CRLF, LF or CR). */
  const newline = (): void => {
    i += text.charCodeAt(i) === RETURN && text.charCodeAt(i + 1) === NEWLINE ? 2 : 1;
    line++;
    lineStart = i;
  };
  /** Skips spaces and blank lines; returns false at the end of the text. */
  const skipBlank = (): boolean => {
    for (;;) {
      skipSpaces();
      if (i >= len) return false;
      if (!isBreak(text.charCodeAt(i))) return true;
      newline();
    }
  };
  const atLineEnd = (): boolean => i >= len || isBreak(text.charCodeAt(i));
  /** The token at `i` (up to a space or line break), advancing past it. */
  const token = (): string => {
    const start = i;
    while (i < len && !isSpace(text.charCodeAt(i)) && !isBreak(text.charCodeAt(i))) {
      i++;
      if (i - start > 64) break;
    }
    return text.slice(start, i);
  };
  const wholeAt = (start: number, word: string, min: number, max: number): number | string => {
    const t = token();
    if (!/^\d{1,9}$/.test(t) || Number(t) < min || Number(t) > max) {
      return `${word} must be a whole number from ${min} to ${max}, found ${t === "" ? describeAt(text, start) : quoted(t)}`;
    }
    return Number(t);
  };

  // First line: candidates and seats.
  if (!skipBlank())
    return fail(i, "the file is empty: expected the numbers of candidates and seats");
  let start = i;
  const n = wholeAt(start, "the number of candidates", 1, MAX_CANDIDATES);
  if (typeof n === "string") return fail(start, n);
  skipSpaces();
  start = i;
  const seats = wholeAt(start, "the number of seats", 1, n);
  if (typeof seats === "string") return fail(start, seats);
  skipSpaces();
  if (!atLineEnd())
    return fail(i, `expected the end of the first line, found ${describeAt(text, i)}`);

  // Withdrawn candidates: lines of negative numbers.
  const withdrawnIndices: number[] = [];
  const isWithdrawn = new Uint8Array(n);
  for (;;) {
    if (!skipBlank()) return fail(i, "the file ends before its ballots (truncated?)");
    if (text.charCodeAt(i) !== 45 /* - */) break;
    while (!atLineEnd()) {
      start = i;
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
  }

  // Ballots: `weight c1 c2=c3 ... 0`, one per line, until a line `0`.
  const builder = createProfileBuilder(
    "ranked",
    Array.from({ length: n }, (_, c) => String(c)),
  );
  const row = new Uint16Array(n);
  const stamp = new Int32Array(n);
  let ballots = 0;
  for (;;) {
    if (!skipBlank()) {
      return fail(
        i,
        "the file ends inside the ballots: expected a line '0' after the last ballot (truncated?)",
      );
    }
    start = i;
    const weightText = token();
    if (weightText === "0") break;
    const weight: number | Rational | string = readCountToken(weightText);
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
        const part = t.slice(from, eq === -1 ? t.length : eq);
        const at = start + from;
        const k = /^\d{1,9}$/.test(part) ? Number(part) : 0;
        if (k < 1 || k > n) {
          return fail(
            at,
            part === ""
              ? "expected a candidate number around '='"
              : `candidate ${quoted(part)} does not exist (the file has ${n} candidates)`,
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
        `expected the end of the ballot's line after its 0, found ${describeAt(text, i)}`,
      );
    }
    const refused = builder.add(row, weight);
    if (refused !== undefined) return fail(lineStart, refused);
  }

  // Names, then the title.
  const readQuoted = (what: string): string | E.Either<DecideError, never> => {
    if (!skipBlank()) return fail(i, `the file ends before ${what} (truncated?)`);
    if (text.charCodeAt(i) !== QUOTE) {
      return fail(i, `expected ${what} in double quotes, found ${describeAt(text, i)}`);
    }
    const open = i;
    i++;
    let out = "";
    let from = i;
    for (;;) {
      if (i >= len || isBreak(text.charCodeAt(i)))
        return fail(open, "this quote is never closed on its line");
      const c = text.charCodeAt(i);
      if (c === QUOTE) break;
      if (c === BACKSLASH) {
        const next = text.charCodeAt(i + 1);
        if (next === QUOTE || next === BACKSLASH || next === 110 || next === 114) {
          // \" \\ \n \r
          out +=
            text.slice(from, i) +
            (next === 110 ? "\n" : next === 114 ? "\r" : String.fromCharCode(next));
          i += 2;
          from = i;
          continue;
        }
      }
      i++;
    }
    out += text.slice(from, i);
    i++;
    return out;
  };
  const names: string[] = [];
  const seen = new Map<string, number>();
  for (let c = 0; c < n; c++) {
    skipBlank();
    const at = { line, column: i - lineStart + 1 };
    const name = readQuoted(`the name of candidate ${c + 1}`);
    if (typeof name !== "string") return name;
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      return E.left(
        parseError(
          "blt",
          at.line,
          at.column,
          `candidates ${earlier + 1} and ${c + 1} have the same name ${quoted(name)}`,
        ),
      );
    }
    seen.set(name, c);
    names.push(name);
  }
  const title = readQuoted("the title");
  if (typeof title !== "string") return title;

  return E.flatMap(builder.build(), (numbered) =>
    E.right({
      profile: { ...numbered, candidates: names },
      seats,
      withdrawn: withdrawnIndices.map((c) => names[c] as string),
      title,
    }),
  );
};

const describeAt = (text: string, i: number): string =>
  i >= text.length
    ? "the end of the file"
    : text.charCodeAt(i) === NEWLINE || text.charCodeAt(i) === RETURN
      ? "the end of the line"
      : quoted(text, i, i + 1);

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
