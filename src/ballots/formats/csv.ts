/**
 * Ballots in CSV, as form tools (Google Forms, Microsoft Forms, LimeSurvey, spreadsheets) export
 * them: RFC 4180 quoting (`"a ""quoted"" name"`, line breaks inside quotes), CRLF or LF line ends,
 * a byte-order mark tolerated, a header row, then one row per voter (or per group of voters when a
 * count column is named).
 *
 * Layouts:
 * - `positions`: one column per preference position (`1st, 2nd, 3rd` or `Preference 1, ...`);
 *   cells hold candidate names; a blank cell ends the ballot (a name after a blank is an error).
 *   The candidates are `options.candidates` if given, else every name met in the cells, in the
 *   order first met (row by row, left to right).
 * - `candidate-ranks`: one column per candidate, named in the header; cells hold ranks 1, 2, ...;
 *   blank = unranked; equal ranks = a tie; gaps (1, 3) are closed up.
 * - `candidate-scores`: one column per candidate; cells hold whole-number scores in
 *   `options.range` (default 0 to 10); blank = not scored.
 * - `candidate-approvals`: one column per candidate; `1`, `x`, `yes`, `y`, `true`, `✓` approve;
 *   blank, `0`, `no`, `n`, `false` do not (case and surrounding spaces ignored).
 * - `grid`: a form's ranking grid, as Google Forms exports a multiple-choice grid whose rows are
 *   the options and whose columns are the ranks: one column per option headed `Question [Option]`
 *   (the `header` pattern), cells holding rank labels (`1st choice`, `2nd choice`, ...; the
 *   `labels` option). Columns whose header is not the grid's are ignored (timestamp, e-mail, other
 *   questions). Blank = unranked; two options with one rank are a tie, or an error with `strict`.
 * - `ranked-list`: one column holds each ballot as a list of names, best first, separated by `;`
 *   (`Ann;Cy;Bob;`), as Microsoft Forms exports its Ranking question; blank = ranks nobody.
 *
 * Unquoted cells are trimmed; quoted cells are kept exactly. The first `skipColumns` columns
 * (timestamps, voter ids) are ignored, as is a column named `countColumn`, whose cells give each
 * row's count (whole, decimal or `p/q`; default 1 per row).
 *
 * @see RFC 4180, "Common Format and MIME Type for Comma-Separated Values (CSV) Files", 2005.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type DecideError, invalidInputAt, parseError } from "../../core/errors.js";
import type { Rational } from "../../core/rational.js";
import { createProfileBuilder } from "../builder.js";
import type { Profile } from "../profile.js";
import { NO_SCORE, UNRANKED } from "../profile.js";
import { MAX_CANDIDATES } from "../spec.js";
import { GRID_HEADER, readGrid, writeForm } from "./csv-forms.js";
import { formatCount, quoted, readCountToken, rowsByCount, tiersOfRow } from "./text.js";

/**
 * The CSV layouts: `positions`, `candidate-ranks`, `candidate-scores`, `candidate-approvals`,
 * `grid` (a form's ranking grid, as Google Forms exports it) and `ranked-list` (one cell per
 * ballot listing names best first, as Microsoft Forms exports a Ranking question).
 *
 * @category formats
 */
export type CsvLayout =
  | "positions"
  | "candidate-ranks"
  | "candidate-scores"
  | "candidate-approvals"
  | "grid"
  | "ranked-list";

/** How to read a CSV file of ballots. @category formats */
export interface CsvReadOptions {
  readonly layout: CsvLayout;
  /** The candidates, in order (default: the header's names, or the names met in `positions`). */
  readonly candidates?: readonly string[];
  /** How many leading columns to ignore (timestamps, voter ids; default 0). */
  readonly skipColumns?: number;
  /** The header of the column holding each row's count (default: none, each row counts 1). */
  readonly countColumn?: string;
  /** `candidate-scores`: the whole-number range of scores (default 0 to 10). */
  readonly range?: { readonly min: number; readonly max: number };
  /** The field separator (default `,`). */
  readonly delimiter?: "," | ";" | "\t";
  /**
   * `grid`: the question whose columns to read, as its header writes it (`Rank the projects`);
   * other columns are ignored. Default: the one question the grid columns name (two questions
   * are an error that asks for this option). `ranked-list`: the header of the column to read
   * (default: the only column after `skipColumns`).
   */
  readonly question?: string;
  /**
   * `grid`: how a column header names its question and option: a regular expression with a
   * named group `option` and, optionally, `question`. Default {@link GRID_HEADER}, Google Forms'
   * `Question [Option]`.
   */
  readonly header?: RegExp;
  /**
   * `grid`: the rank labels, either the labels themselves, best first
   * (`["Top pick", "Runner-up"]`, compared ignoring case and surrounding spaces), or a regular
   * expression with a named group `rank` holding the rank's digits. Default: ordinals in English
   * (`1st choice`, `2nd`, `3`, `Rank 4`, `Fifth`, `6th preference`, ...; see `docs/file-formats.md`).
   */
  readonly labels?: RegExp | readonly string[];
  /** `grid`: refuse a ballot that gives two options the same rank (default `false`: a tie). */
  readonly strict?: boolean;
  /** `ranked-list`: what separates the names in a cell (default `;`, as Microsoft Forms writes). */
  readonly separator?: string;
}

/** How to write a profile as CSV. @category formats */
export interface CsvWriteOptions {
  /** The layout; default `candidate-ranks` for ranked profiles, else the profile's kind. */
  readonly layout?: CsvLayout;
  /** The header of the count column, written first (default `count`). */
  readonly countColumn?: string;
  /** The field separator (default `,`). */
  readonly delimiter?: "," | ";" | "\t";
  /** `grid` and `ranked-list`: the question written in the headers (default `Ranking`). */
  readonly question?: string;
  /** `ranked-list`: what separates the names in a cell (default `;`). */
  readonly separator?: string;
}

/** One cell of a record, with where it starts. @internal */
export interface Cell {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

const NEWLINE = 10;
const RETURN = 13;
const SPACE = 32;
const TAB = 9;
const QUOTE = 34;

/** The most columns a header may have: every candidate plus generous room for other fields. */
const MAX_COLUMNS = MAX_CANDIDATES + 1024;

/**
 * A pull reader of CSV records over the text. Each call returns the next record, `undefined` at
 * the end, or an error sentence with its position.
 */
const createRecordReader = (text: string, delimiter: number) => {
  const len = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = 0;
  /** Spaces around a quoted field (a tab only when it is not the separator). */
  const isPad = (c: number): boolean => c === SPACE || (c === TAB && delimiter !== TAB);
  const next = (
    maxCells: number,
  ): Cell[] | undefined | { error: string; line: number; column: number } => {
    // Skip empty lines.
    while (i < len) {
      const c = text.charCodeAt(i);
      if (c !== NEWLINE && c !== RETURN) break;
      i += c === RETURN && text.charCodeAt(i + 1) === NEWLINE ? 2 : 1;
      line++;
      lineStart = i;
    }
    if (i >= len) return undefined;
    const cells: Cell[] = [];
    for (;;) {
      if (cells.length >= maxCells) {
        return {
          error: `a row has more than ${maxCells} cells`,
          line,
          column: i - lineStart + 1,
        };
      }
      const cellLine = line;
      const cellColumn = i - lineStart + 1;
      let j = i;
      while (j < len && isPad(text.charCodeAt(j))) j++;
      let value: string;
      if (text.charCodeAt(j) === QUOTE) {
        const open = { line, column: j - lineStart + 1 };
        i = j + 1;
        let out = "";
        let from = i;
        for (;;) {
          if (i >= len) return { error: "this quote is never closed", ...open };
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            if (text.charCodeAt(i + 1) === QUOTE) {
              out += text.slice(from, i + 1);
              i += 2;
              from = i;
              continue;
            }
            break;
          }
          if (c === NEWLINE || (c === RETURN && text.charCodeAt(i + 1) !== NEWLINE)) {
            line++;
            lineStart = i + 1;
          }
          i++;
        }
        value = out + text.slice(from, i);
        i++;
        while (i < len && isPad(text.charCodeAt(i))) i++;
        const c = text.charCodeAt(i);
        if (i < len && c !== delimiter && c !== NEWLINE && c !== RETURN) {
          return {
            error: `expected a separator or the end of the row after a closing quote, found ${quoted(text, i, i + 1)}`,
            line,
            column: i - lineStart + 1,
          };
        }
      } else {
        const start = i;
        while (i < len) {
          const c = text.charCodeAt(i);
          if (c === delimiter || c === NEWLINE || c === RETURN) break;
          i++;
        }
        value = text.slice(start, i).trim();
      }
      cells.push({ text: value, line: cellLine, column: cellColumn });
      const c = text.charCodeAt(i);
      if (i < len && c === delimiter) {
        i++;
        continue;
      }
      if (i < len) {
        i += c === RETURN && text.charCodeAt(i + 1) === NEWLINE ? 2 : 1;
        line++;
        lineStart = i;
      }
      return cells;
    }
  };
  const position = (): { line: number; column: number } => ({ line, column: i - lineStart + 1 });
  return { next, position };
};

const APPROVE = /* @__PURE__ */ new Set(["1", "x", "yes", "y", "true", "✓", "✔"]);
const DISAPPROVE = /* @__PURE__ */ new Set(["", "0", "no", "n", "false"]);

/** Reads ballots from CSV text. */
/** The reader of CSV records. @internal */
export type RecordReader = ReturnType<typeof createRecordReader>;

export const readCsv = (text: string, options: CsvReadOptions): E.Either<DecideError, Profile> => {
  const delimiter = (options.delimiter ?? ",").charCodeAt(0);
  const reader = createRecordReader(text, delimiter);
  const fail = (line: number, column: number, what: string): E.Either<DecideError, never> =>
    E.left(parseError("csv", line, column, what));

  const header = reader.next(MAX_COLUMNS);
  if (header === undefined) return fail(1, 1, "the file is empty: expected a header row");
  if (!Array.isArray(header)) return fail(header.line, header.column, header.error);
  const skip = options.skipColumns ?? 0;
  let countAt = -1;
  if (options.countColumn !== undefined) {
    countAt = header.findIndex((cell) => cell.text === options.countColumn);
    if (countAt === -1) {
      return fail(1, 1, `the header has no column named ${quoted(options.countColumn)}`);
    }
  }
  const dataColumns: number[] = [];
  for (let k = skip; k < header.length; k++) if (k !== countAt) dataColumns.push(k);
  // Trailing blank header cells (a trailing separator) are not columns.
  while (
    dataColumns.length > 0 &&
    header[dataColumns[dataColumns.length - 1] as number]?.text === ""
  ) {
    dataColumns.pop();
  }
  if (dataColumns.length === 0) {
    return fail(
      1,
      1,
      `the header has no ${options.layout === "positions" ? "preference" : "candidate"} columns after the ${skip} skipped columns`,
    );
  }

  const readCount = (cells: readonly Cell[]): number | Rational | E.Either<DecideError, never> => {
    if (countAt === -1) return 1;
    const cell = cells[countAt];
    const read = readCountToken(cell?.text ?? "");
    if (typeof read === "string") {
      const at = cell ?? cells[cells.length - 1];
      return fail(at?.line ?? 1, at?.column ?? 1, read);
    }
    return read;
  };
  const checkWidth = (cells: readonly Cell[]): E.Either<DecideError, never> | undefined => {
    for (let k = header.length; k < cells.length; k++) {
      const cell = cells[k] as Cell;
      if (cell.text !== "") {
        return fail(
          cell.line,
          cell.column,
          `this row has a value in column ${k + 1}, but the header has ${header.length} columns`,
        );
      }
    }
    return undefined;
  };

  if (options.layout === "positions") {
    // Header cells that carry a number must number the positions 1, 2, 3, ... in order.
    for (let p = 0; p < dataColumns.length; p++) {
      const cell = header[dataColumns[p] as number] as Cell;
      const digits = /(\d+)\D*$/.exec(cell.text.length > 64 ? "" : cell.text);
      if (digits !== null && Number(digits[1]) !== p + 1) {
        return fail(
          cell.line,
          cell.column,
          `preference column ${p + 1} is headed ${quoted(cell.text)}`,
        );
      }
    }
    return readNamedOrders(
      reader,
      options,
      header.length,
      readCount,
      checkWidth,
      fail,
      positionNames(dataColumns, fail),
    );
  }
  if (options.layout === "ranked-list") {
    let column = dataColumns[0] as number;
    if (options.question !== undefined) {
      const at = header.findIndex((cell) => cell.text === options.question);
      if (at === -1)
        return fail(1, 1, `the header has no column named ${quoted(options.question)}`);
      column = at;
    } else if (dataColumns.length > 1) {
      const second = header[dataColumns[1] as number] as Cell;
      return fail(
        second.line,
        second.column,
        `the ranked-list layout reads one column, but the header has ${dataColumns.length} after the ${skip} skipped columns: name it with options.question`,
      );
    }
    const separator = options.separator ?? ";";
    return readNamedOrders(
      reader,
      options,
      header.length,
      readCount,
      checkWidth,
      fail,
      listedNames(column, separator, fail),
    );
  }
  if (options.layout === "grid") {
    return readGrid(reader, header, options, dataColumns, readCount, checkWidth, fail);
  }

  // One column per candidate.
  const headerNames = dataColumns.map((k) => header[k] as Cell);
  const seen = new Map<string, number>();
  for (const cell of headerNames) {
    if (cell.text === "") return fail(cell.line, cell.column, "a candidate column has no name");
    if (seen.has(cell.text)) {
      return fail(cell.line, cell.column, `the candidate ${quoted(cell.text)} has two columns`);
    }
    seen.set(cell.text, seen.size);
  }
  const candidates = options.candidates ?? headerNames.map((cell) => cell.text);
  const index = new Map(candidates.map((name, c) => [name, c] as const));
  if (index.size !== candidates.length) {
    return E.left(
      invalidInputAt("candidates", "duplicate_candidate", "the candidates must be distinct"),
    );
  }
  const columnCandidate: number[] = [];
  for (const cell of headerNames) {
    const c = index.get(cell.text);
    if (c === undefined) {
      return fail(
        cell.line,
        cell.column,
        `the column ${quoted(cell.text)} is not one of the candidates`,
      );
    }
    columnCandidate.push(c);
  }
  const n = candidates.length;
  const range = options.range ?? { min: 0, max: 10 };
  const kind =
    options.layout === "candidate-ranks"
      ? "ranked"
      : options.layout === "candidate-scores"
        ? "score"
        : "approval";
  const builder = createProfileBuilder(kind, candidates, { range });
  const row = kind === "score" ? new Int32Array(n) : new Uint16Array(n);
  const blank = kind === "ranked" ? UNRANKED : kind === "score" ? NO_SCORE : 0;
  for (;;) {
    const cells = reader.next(header.length + 1024);
    if (cells === undefined) break;
    if (!Array.isArray(cells)) return fail(cells.line, cells.column, cells.error);
    const wide = checkWidth(cells);
    if (wide !== undefined) return wide;
    const count = readCount(cells);
    if (typeof count === "object" && "_tag" in count) return count;
    row.fill(blank);
    for (let d = 0; d < dataColumns.length; d++) {
      const cell = cells[dataColumns[d] as number];
      if (cell === undefined || cell.text === "") continue;
      const c = columnCandidate[d] as number;
      const text = cell.text;
      if (kind === "approval") {
        const word = text.toLowerCase();
        if (APPROVE.has(word)) row[c] = 1;
        else if (!DISAPPROVE.has(word)) {
          return fail(
            cell.line,
            cell.column,
            `expected an approval mark (1, x, yes, or blank, 0, no), found ${quoted(text)}`,
          );
        }
        continue;
      }
      const value = /^[-+]?\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
      if (kind === "ranked") {
        if (!(value >= 1 && value <= n)) {
          return fail(
            cell.line,
            cell.column,
            `expected a rank from 1 to ${n} (or blank), found ${quoted(text)}`,
          );
        }
        row[c] = value - 1;
      } else {
        if (!(value >= range.min && value <= range.max)) {
          return fail(
            cell.line,
            cell.column,
            `expected a whole-number score from ${range.min} to ${range.max} (or blank), found ${quoted(text)}`,
          );
        }
        row[c] = value;
      }
    }
    const refused = builder.add(row, count);
    if (refused !== undefined) {
      const first = cells[0] as Cell;
      return fail(first.line, first.column, refused);
    }
  }
  return builder.build();
};

/** Reads one row's names, best first, or says where and why it cannot. */
type NamesOfRow = (cells: readonly Cell[]) => readonly Cell[] | E.Either<DecideError, never>;

/** `positions`: the cells of the preference columns, in order, up to the first blank. */
const positionNames =
  (
    dataColumns: readonly number[],
    fail: (line: number, column: number, what: string) => E.Either<DecideError, never>,
  ): NamesOfRow =>
  (cells) => {
    const names: Cell[] = [];
    let blankAt: Cell | undefined;
    for (const k of dataColumns) {
      const cell = cells[k];
      if (cell === undefined || cell.text === "") {
        blankAt ??= cell ?? (cells[cells.length - 1] as Cell);
        continue;
      }
      if (blankAt !== undefined) {
        return fail(
          cell.line,
          cell.column,
          `${quoted(cell.text)} follows a blank preference; a blank ends the ballot`,
        );
      }
      names.push(cell);
    }
    return names;
  };

/** `ranked-list`: the names listed in one cell, split at the separator; a trailing one is dropped. */
const listedNames =
  (
    column: number,
    separator: string,
    fail: (line: number, column: number, what: string) => E.Either<DecideError, never>,
  ): NamesOfRow =>
  (cells) => {
    const cell = cells[column];
    if (cell === undefined || cell.text === "") return [];
    const pieces = cell.text.split(separator).map((piece) => piece.trim());
    if (pieces[pieces.length - 1] === "") pieces.pop();
    const names: Cell[] = [];
    for (const piece of pieces) {
      if (piece === "") {
        return fail(
          cell.line,
          cell.column,
          `an empty name in the list ${quoted(cell.text)} (two separators ${quoted(separator)} in a row?)`,
        );
      }
      names.push({ text: piece, line: cell.line, column: cell.column });
    }
    return names;
  };

/** The layouts of names in order (`positions`, `ranked-list`): candidates met or given. */
const readNamedOrders = (
  reader: ReturnType<typeof createRecordReader>,
  options: CsvReadOptions,
  width: number,
  readCount: (cells: readonly Cell[]) => number | Rational | E.Either<DecideError, never>,
  checkWidth: (cells: readonly Cell[]) => E.Either<DecideError, never> | undefined,
  fail: (line: number, column: number, what: string) => E.Either<DecideError, never>,
  namesOf: NamesOfRow,
): E.Either<DecideError, Profile> => {
  const given = options.candidates !== undefined;
  const candidates = [...(options.candidates ?? [])];
  const index = new Map(candidates.map((name, c) => [name, c] as const));
  if (index.size !== candidates.length) {
    return E.left(
      invalidInputAt("candidates", "duplicate_candidate", "the candidates must be distinct"),
    );
  }
  const orders: Int32Array[] = [];
  const counts: (number | Rational)[] = [];
  const rowLines: Cell[] = [];
  for (;;) {
    const cells = reader.next(width + 1024);
    if (cells === undefined) break;
    if (!Array.isArray(cells)) return fail(cells.line, cells.column, cells.error);
    const wide = checkWidth(cells);
    if (wide !== undefined) return wide;
    const count = readCount(cells);
    if (typeof count === "object" && "_tag" in count) return count;
    const names = namesOf(cells);
    if (!Array.isArray(names)) return names as E.Either<DecideError, never>;
    const order: number[] = [];
    for (const cell of names as readonly Cell[]) {
      let c = index.get(cell.text);
      if (c === undefined) {
        if (given) return fail(cell.line, cell.column, `unknown candidate ${quoted(cell.text)}`);
        if (candidates.length >= MAX_CANDIDATES) {
          return fail(cell.line, cell.column, `more than ${MAX_CANDIDATES} candidates`);
        }
        c = candidates.length;
        candidates.push(cell.text);
        index.set(cell.text, c);
      }
      if (order.includes(c)) {
        return fail(cell.line, cell.column, `${quoted(cell.text)} appears twice on this ballot`);
      }
      order.push(c);
    }
    orders.push(Int32Array.from(order));
    counts.push(count);
    rowLines.push(cells[0] as Cell);
  }
  const n = candidates.length;
  if (n === 0)
    return fail(1, 1, "no candidates: give options.candidates or at least one named preference");
  const builder = createProfileBuilder("ranked", candidates);
  const row = new Uint16Array(n);
  for (let b = 0; b < orders.length; b++) {
    row.fill(UNRANKED);
    const order = orders[b] as Int32Array;
    for (let p = 0; p < order.length; p++) row[order[p] as number] = p;
    const refused = builder.add(row, counts[b] as number | Rational);
    if (refused !== undefined) {
      const at = rowLines[b] as Cell;
      return fail(at.line, at.column, refused);
    }
  }
  return builder.build();
};

/** Writes a profile as CSV, or says why it cannot be written in the layout asked for. */
export const writeCsv = (
  profile: Profile,
  options: CsvWriteOptions = {},
): E.Either<DecideError, string> => {
  const layout =
    options.layout ??
    (profile.kind === "ranked"
      ? "candidate-ranks"
      : profile.kind === "score"
        ? "candidate-scores"
        : "candidate-approvals");
  const needed =
    layout === "positions" ||
    layout === "candidate-ranks" ||
    layout === "grid" ||
    layout === "ranked-list"
      ? "ranked"
      : layout === "candidate-scores"
        ? "score"
        : "approval";
  if (profile.kind !== needed) {
    return E.left(
      invalidInputAt(
        "profile.kind",
        "format_mismatch",
        `the ${layout} layout holds ${needed} ballots, but the profile holds ${profile.kind} ballots`,
      ),
    );
  }
  const delimiter = options.delimiter ?? ",";
  const countColumn = options.countColumn ?? "count";
  const n = profile.candidates.length;
  const field = (value: string): string =>
    value === "" ||
    value !== value.trim() ||
    value.includes(delimiter) ||
    /["\r\n]/.test(value) ||
    value.charCodeAt(0) === 0xfeff
      ? `"${value.replace(/"/g, '""')}"`
      : value;
  for (let c = 0; c < n; c++) {
    if (profile.candidates[c] === "") {
      return E.left(
        invalidInputAt(
          `candidates[${c}]`,
          "unwritable_name",
          "an empty name cannot be written in CSV (a blank cell means no choice)",
        ),
      );
    }
  }
  if (
    countColumn !== "" &&
    layout.startsWith("candidate-") &&
    profile.candidates.includes(countColumn)
  ) {
    return E.left(
      invalidInputAt("countColumn", "name_clash", `a candidate is named ${quoted(countColumn)}`),
    );
  }
  const lines: string[] = [];
  const order = rowsByCount(profile);
  if (layout === "grid" || layout === "ranked-list") {
    if (profile.kind !== "ranked") return E.right("");
    return writeForm(profile, layout, options, countColumn, order, field);
  }
  if (layout === "positions") {
    if (profile.kind !== "ranked") return E.right("");
    let width = 1;
    const rankings: number[][] = [];
    for (const b of order) {
      const tiers = tiersOfRow(profile.ranks, n, b, UNRANKED);
      if (tiers.some((tier) => tier.length > 1)) {
        return E.left(
          invalidInputAt(
            `ballots[${b}]`,
            "format_mismatch",
            "the positions layout cannot hold a tie (use candidate-ranks)",
          ),
        );
      }
      const ranking = tiers.map((tier) => tier[0] as number);
      width = Math.max(width, ranking.length);
      rankings.push(ranking);
    }
    lines.push(
      [countColumn, ...Array.from({ length: width }, (_, p) => `Preference ${p + 1}`)]
        .map(field)
        .join(delimiter),
    );
    order.forEach((b, r) => {
      const cells = Array.from({ length: width }, (_, p) => {
        const c = (rankings[r] as number[])[p];
        return c === undefined ? "" : field(profile.candidates[c] as string);
      });
      lines.push([formatCount(profile, b), ...cells].join(delimiter));
    });
    return E.right(`${lines.join("\r\n")}\r\n`);
  }
  lines.push([countColumn, ...profile.candidates].map(field).join(delimiter));
  for (const b of order) {
    const cells: string[] = [formatCount(profile, b)];
    for (let c = 0; c < n; c++) {
      if (profile.kind === "ranked") {
        const tier = profile.ranks[b * n + c] as number;
        cells.push(tier === UNRANKED ? "" : String(tier + 1));
      } else if (profile.kind === "score") {
        const score = profile.scores[b * n + c] as number;
        cells.push(score === NO_SCORE ? "" : String(score));
      } else if (profile.kind === "approval") {
        cells.push(profile.approvals[b * n + c] === 1 ? "1" : "0");
      }
    }
    lines.push(cells.join(delimiter));
  }
  return E.right(`${lines.join("\r\n")}\r\n`);
};
