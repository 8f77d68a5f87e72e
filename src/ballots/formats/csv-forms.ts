/**
 * The two CSV layouts of form tools' ranking questions, split from `csv.ts`:
 *
 * - `grid`: Google Forms' multiple-choice grid used as a ranking. One column per option headed
 *   `Question [Option]` ({@link GRID_HEADER}), cells holding rank labels (`1st choice`, ...).
 * - `ranked-list`: Microsoft Forms' Ranking question, one cell per ballot (`Ann;Cy;Bob;`); read by
 *   `csv.ts` with the `positions` machinery, written here.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type DecideError, invalidInputAt } from "../../core/errors.js";
import type { Rational } from "../../core/rational.js";
import { createProfileBuilder } from "../builder.js";
import type { Profile, RankedProfile } from "../profile.js";
import { UNRANKED } from "../profile.js";
import type { Cell, CsvReadOptions, CsvWriteOptions, RecordReader } from "./csv.js";
import { formatCount, quoted, tiersOfRow } from "./text.js";

/**
 * Google Forms' header of a grid column, `Question [Option]`: the question, then the option (the
 * grid's row) in square brackets. The question is the text before the first `[`, so an option may
 * itself hold brackets (`Park [north]`); give `question` when the question holds one.
 *
 * @category formats
 */
export const GRID_HEADER: RegExp = /^(?<question>[^[]*?) ?\[(?<option>[\s\S]*)\]$/;

/** Ordinal words a rank label may use, `first` to `twentieth`. */
const ORDINAL_WORDS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
];

/** The English ordinal suffix of a whole number: `st`, `nd`, `rd` or `th` (11th, 12th, 13th). */
const ordinalSuffix = (n: number): string => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return "th";
  return n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
};

/** The label the writer gives rank `n` (1-based): `1st choice`, `2nd choice`, ... */
const rankLabel = (n: number): string => `${n}${ordinalSuffix(n)} choice`;

const DEFAULT_LABEL =
  /^(?:(?:rank|choice|preference|place|priority|no\.?|number|#)\s*)?(?:(\d{1,5})(st|nd|rd|th)?|([a-z]+))(?:\s+(?:choice|preference|place|priority|rank|pick))?$/;

/**
 * The default rank labels: a number, with or without its ordinal suffix (`1`, `1st`, `22nd`; a
 * wrong suffix such as `2st` is refused), or an ordinal word (`first` to `twentieth`), optionally
 * after `rank`, `choice`, `preference`, `place`, `priority`, `no.` or `#` and before `choice`,
 * `preference`, `place`, `priority`, `rank` or `pick`. Case and spacing are ignored.
 */
const readDefaultLabel = (text: string): number | undefined => {
  const match = DEFAULT_LABEL.exec(text.toLowerCase().replace(/\s+/g, " "));
  if (match === null) return undefined;
  const [, digits, suffix, word] = match;
  if (digits !== undefined) {
    const n = Number(digits);
    return n >= 1 && (suffix === undefined || suffix === ordinalSuffix(n)) ? n : undefined;
  }
  const at = ORDINAL_WORDS.indexOf(word ?? "");
  return at === -1 ? undefined : at + 1;
};

/** A copy of a caller's pattern without the `g` and `y` flags, so matching never moves `lastIndex`. */
const statelessCopy = (pattern: RegExp): RegExp =>
  new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ""));

/** Labels longer than this are refused unread (a caller's pattern then never sees a huge cell). */
const MAX_LABEL_LENGTH = 200;

/** Turns the `labels` option into a reader of one label: its rank (1-based), or `undefined`. */
const labelReader = (
  labels: CsvReadOptions["labels"],
): ((text: string) => number | undefined) | undefined => {
  if (labels === undefined) return readDefaultLabel;
  if (labels instanceof RegExp) {
    const pattern = statelessCopy(labels);
    if (!/\(\?<rank>/.test(pattern.source)) return undefined;
    return (text) => {
      const digits = pattern.exec(text)?.groups?.["rank"];
      return digits !== undefined && /^\d{1,5}$/.test(digits) && Number(digits) >= 1
        ? Number(digits)
        : undefined;
    };
  }
  const ranks = new Map<string, number>();
  labels.forEach((label, r) => {
    const key = label.trim().toLowerCase();
    if (!ranks.has(key)) ranks.set(key, r + 1);
  });
  return (text) => ranks.get(text.toLowerCase());
};

/**
 * `grid`: a form's ranking grid. The grid's columns are those whose header the `header` pattern
 * reads (and whose question is `options.question`, when given); every other column is ignored.
 */
export const readGrid = (
  reader: RecordReader,
  header: readonly Cell[],
  options: CsvReadOptions,
  dataColumns: readonly number[],
  readCount: (cells: readonly Cell[]) => number | Rational | E.Either<DecideError, never>,
  checkWidth: (cells: readonly Cell[]) => E.Either<DecideError, never> | undefined,
  fail: (line: number, column: number, what: string) => E.Either<DecideError, never>,
): E.Either<DecideError, Profile> => {
  const pattern = statelessCopy(options.header ?? GRID_HEADER);
  if (!/\(\?<option>/.test(pattern.source)) {
    return E.left(
      invalidInputAt(
        "header",
        "invalid_pattern",
        "the header pattern needs a named group `option`",
      ),
    );
  }
  const wanted = options.question;
  // With the default pattern and a named question, read the header by its prefix, so that a
  // question holding "[" (`Rate [2026] [Park]`) still splits where the question ends.
  const byPrefix = options.header === undefined && wanted !== undefined;
  let question: string | undefined = wanted;
  let questionCell: Cell | undefined;
  const gridColumns: number[] = [];
  const gridOptions: string[] = [];
  const seenOptions = new Set<string>();
  const optionCells: Cell[] = [];
  for (const k of dataColumns) {
    const cell = header[k] as Cell;
    const text = cell.text;
    const opens =
      wanted !== undefined && text.startsWith(wanted) && /^ ?\[/.test(text.slice(wanted.length));
    let groups: Readonly<Record<string, string | undefined>> | undefined;
    if (byPrefix) {
      const open = text.indexOf("[", (wanted as string).length);
      groups =
        opens && text.endsWith("]")
          ? { question: wanted, option: text.slice(open + 1, -1) }
          : undefined;
    } else {
      groups = text.length > 10_000 ? undefined : pattern.exec(text)?.groups;
    }
    const option = groups?.["option"];
    if (groups === undefined || option === undefined) {
      if (opens) {
        return fail(
          cell.line,
          cell.column,
          `the column ${quoted(text)} starts with the question but is not headed like "${wanted} [Option]"`,
        );
      }
      continue;
    }
    const asked = groups["question"] ?? "";
    if (question === undefined) {
      question = asked;
      questionCell = cell;
    } else if (asked !== question && groups["question"] !== undefined) {
      if (wanted !== undefined) continue;
      return fail(
        cell.line,
        cell.column,
        `this column belongs to the question ${quoted(asked)}, an earlier one (column ${questionCell?.column ?? 1}) to ${quoted(question)}: choose one with options.question`,
      );
    }
    if (option === "") return fail(cell.line, cell.column, "this grid column names no option");
    if (seenOptions.has(option)) {
      return fail(cell.line, cell.column, `the option ${quoted(option)} has two columns`);
    }
    seenOptions.add(option);
    gridColumns.push(k);
    gridOptions.push(option);
    optionCells.push(cell);
  }
  if (gridColumns.length === 0) {
    return fail(
      1,
      1,
      wanted === undefined
        ? 'no column of the header is a grid column such as "Question [Option]"'
        : `no column of the header is headed like "${wanted} [Option]"`,
    );
  }
  const candidates = options.candidates ?? gridOptions;
  const index = new Map(candidates.map((name, c) => [name, c] as const));
  if (index.size !== candidates.length) {
    return E.left(
      invalidInputAt("candidates", "duplicate_candidate", "the candidates must be distinct"),
    );
  }
  const columnCandidate: number[] = [];
  for (let g = 0; g < gridColumns.length; g++) {
    const c = index.get(gridOptions[g] as string);
    if (c === undefined) {
      const cell = optionCells[g] as Cell;
      return fail(
        cell.line,
        cell.column,
        `the option ${quoted(gridOptions[g] as string)} is not one of the candidates`,
      );
    }
    columnCandidate.push(c);
  }
  const n = candidates.length;
  const rankOf = labelReader(options.labels);
  if (rankOf === undefined) {
    return E.left(
      invalidInputAt("labels", "invalid_pattern", "the labels pattern needs a named group `rank`"),
    );
  }
  const known = new Map<string, number | undefined>();
  const strict = options.strict === true;
  const builder = createProfileBuilder("ranked", candidates);
  const row = new Uint16Array(n);
  const holder = new Int32Array(n + 1);
  let generation = 0;
  const stamp = new Int32Array(n + 1);
  for (;;) {
    const cells = reader.next(header.length + 1024);
    if (cells === undefined) break;
    if (!Array.isArray(cells)) return fail(cells.line, cells.column, cells.error);
    const wide = checkWidth(cells);
    if (wide !== undefined) return wide;
    const count = readCount(cells);
    if (typeof count === "object" && "_tag" in count) return count;
    row.fill(UNRANKED);
    generation++;
    for (let g = 0; g < gridColumns.length; g++) {
      const cell = cells[gridColumns[g] as number];
      if (cell === undefined || cell.text === "") continue;
      const text = cell.text.trim();
      let rank = known.get(text);
      if (rank === undefined && !known.has(text)) {
        rank = text.length > MAX_LABEL_LENGTH ? undefined : rankOf(text);
        if (known.size < 4096) known.set(text, rank);
      }
      if (rank === undefined) {
        return fail(
          cell.line,
          cell.column,
          `expected a rank label such as "1st choice" (or blank), found ${quoted(cell.text)}`,
        );
      }
      if (rank > n) {
        return fail(
          cell.line,
          cell.column,
          `${quoted(cell.text)} is rank ${rank}, but there are only ${n} options to rank`,
        );
      }
      const c = columnCandidate[g] as number;
      if (strict) {
        if (stamp[rank] === generation) {
          const other = candidates[holder[rank] as number] as string;
          return fail(
            cell.line,
            cell.column,
            `${quoted(other)} and ${quoted(candidates[c] as string)} are both ranked ${quoted(cell.text)} (options.strict refuses ties)`,
          );
        }
        stamp[rank] = generation;
        holder[rank] = c;
      }
      row[c] = rank - 1;
    }
    const refused = builder.add(row, count);
    if (refused !== undefined) {
      const first = cells[0] as Cell;
      return fail(first.line, first.column, refused);
    }
  }
  return builder.build();
};

/** Writes the two form layouts, `grid` and `ranked-list`. */
export const writeForm = (
  profile: RankedProfile,
  layout: "grid" | "ranked-list",
  options: CsvWriteOptions,
  countColumn: string,
  order: readonly number[],
  field: (value: string) => string,
): E.Either<DecideError, string> => {
  const delimiter = options.delimiter ?? ",";
  const question = options.question ?? "Ranking";
  const n = profile.candidates.length;
  const lines: string[] = [];
  if (layout === "grid") {
    if (question.includes("[")) {
      return E.left(
        invalidInputAt(
          "question",
          "unwritable_name",
          "a grid question cannot hold '[' (it would be read as the start of the option)",
        ),
      );
    }
    lines.push(
      [countColumn, ...profile.candidates.map((name) => `${question} [${name}]`)]
        .map(field)
        .join(delimiter),
    );
    for (const b of order) {
      const cells = [formatCount(profile, b)];
      for (let c = 0; c < n; c++) {
        const tier = profile.ranks[b * n + c] as number;
        cells.push(tier === UNRANKED ? "" : rankLabel(tier + 1));
      }
      lines.push(cells.join(delimiter));
    }
    return E.right(`${lines.join("\r\n")}\r\n`);
  }
  const separator = options.separator ?? ";";
  if (separator.trim() === "") {
    return E.left(
      invalidInputAt("separator", "invalid_separator", "the separator cannot be blank"),
    );
  }
  if (question === countColumn) {
    return E.left(
      invalidInputAt(
        "question",
        "name_clash",
        `the count column is also named ${quoted(question)}`,
      ),
    );
  }
  for (let c = 0; c < n; c++) {
    const name = profile.candidates[c] as string;
    if (name.includes(separator) || name !== name.trim()) {
      return E.left(
        invalidInputAt(
          `candidates[${c}]`,
          "unwritable_name",
          `the ranked-list layout cannot hold a name with the separator ${quoted(separator)} or surrounding spaces`,
        ),
      );
    }
  }
  lines.push([countColumn, question].map(field).join(delimiter));
  for (const b of order) {
    const tiers = tiersOfRow(profile.ranks, n, b, UNRANKED);
    if (tiers.some((tier) => tier.length > 1)) {
      return E.left(
        invalidInputAt(
          `ballots[${b}]`,
          "format_mismatch",
          "the ranked-list layout cannot hold a tie (use grid or candidate-ranks)",
        ),
      );
    }
    const listed = tiers.map((tier) => `${profile.candidates[tier[0] as number]}${separator}`);
    lines.push([formatCount(profile, b), field(listed.join(""))].join(delimiter));
  }
  return E.right(`${lines.join("\r\n")}\r\n`);
};
