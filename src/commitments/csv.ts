/**
 * CSV export of a ledger's current state, one row per commitment.
 *
 * RFC 4180: fields separated by commas, records by CRLF, a header row first; a field is quoted
 * (with `"` doubled inside) when it holds a comma, a quote, a CR or an LF, or starts or ends with
 * a space.
 *
 * CSV injection (OWASP, "CSV Injection"): spreadsheet programs run a cell that starts with `=`,
 * `+`, `-` or `@` (or with a tab or carriage return, which some of them skip first) as a formula, so
 * a commitment titled `=HYPERLINK(...)` could act on the machine of whoever opens the export. Such
 * a cell is written as OWASP recommends: a single quote `'` is put before it and the whole cell is
 * quoted (`"'=1+2"`), so a spreadsheet shows the text, quote hidden, instead of computing it. Those
 * cells read back with the leading `'`; every other cell reads back to the same text.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { DecideError } from "../core/errors.js";
import { formatDay } from "./dates.js";
import { checkState, guarded } from "./internal/guard.js";
import { milestonesOf, snapshotAt } from "./internal/snapshot.js";
import { checkOptions } from "./metrics.js";
import { milestoneProgress } from "./milestones.js";
import type { LedgerState } from "./reducer.js";

/** The columns of {@link toCsv}, in order. @category formats */
export const CSV_COLUMNS: readonly string[] = [
  "id",
  "title",
  "owner",
  "party",
  "status",
  "madeAt",
  "dueAt",
  "originalDueAt",
  "deliveredOn",
  "verifiedOn",
  "withdrawnOn",
  "progress",
  "milestonesReached",
  "milestonesTotal",
  "milestoneShare",
  "renegotiations",
  "lastEventOn",
  "decision",
];

/**
 * Options of {@link toCsv}.
 *
 * @category formats
 */
export interface CsvOptions {
  /** The date the state is read at; default: after every event in the ledger. */
  readonly asOf?: string;
}

/**
 * Writes the state of every commitment as CSV (RFC 4180), in the order they were made.
 *
 * @remarks
 * Columns: {@link CSV_COLUMNS}. Dates are UTC days (`YYYY-MM-DD`) except `madeAt`, written as
 * recorded; empty cells for what has not happened. `progress` is the last reported percent;
 * `milestoneShare` the weighted share of milestones reached (see {@link milestoneProgress}) as a
 * percent with at most one decimal, empty for a commitment without milestones. A cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return is written as `"'=..."` (a single
 * quote before it, the cell quoted), the OWASP rule against CSV injection: a spreadsheet shows it
 * as text instead of running it as a formula. Returns `InvalidInput` for a bad `asOf` or a
 * `state` that is not a ledger state. O(events).
 *
 * @example
 * ```ts
 * import { toCsv } from "co-decide/commitments";
 *
 * toCsv(state);
 * // => right('id,title,owner,party,status,...\r\nc1,"Benches, park",Parks,authority,delivered,...\r\n')
 * ```
 *
 * @category formats
 */
export const toCsv = (
  state: LedgerState,
  options: CsvOptions = {},
): E.Either<DecideError, string> =>
  guarded("the CSV export", () => {
    const valid = checkState(state);
    if (E.isLeft(valid)) return valid;
    let day = Number.POSITIVE_INFINITY;
    if (options?.asOf !== undefined) {
      const checked = checkOptions({ asOf: options.asOf });
      if (E.isLeft(checked)) return checked;
      day = checked.right.day;
    }
    const rows: string[] = [CSV_COLUMNS.map(csvField).join(",")];
    for (const id of state.order) {
      const record = state.commitments[id];
      if (record === undefined) continue;
      const s = snapshotAt(record, day);
      if (s === undefined) continue;
      const c = record.commitment;
      const milestones = milestoneProgress(c, milestonesOf(s));
      const dayText = (value: number | null): string => (value === null ? "" : formatDay(value));
      rows.push(
        [
          c.id,
          c.title,
          c.owner,
          c.party,
          s.status,
          c.madeAt,
          dayText(s.dueDay),
          dayText(s.originalDueDay),
          dayText(s.deliveredDay),
          dayText(s.verifiedDay),
          dayText(s.withdrawnDay),
          String(s.progress),
          milestones.total === 0 ? "" : String(milestones.reached),
          milestones.total === 0 ? "" : String(milestones.total),
          milestones.share === null ? "" : sharePercent(milestones.share),
          String(s.renegotiations),
          dayText(s.lastEventDay),
          c.decision?.id ?? "",
        ]
          .map(csvField)
          .join(","),
      );
    }
    return E.right(`${rows.join("\r\n")}\r\n`);
  });

/** A share from 0 to 1 as a percent with at most one decimal: `50`, `33.3`. */
const sharePercent = (share: number): string => String(Math.round(share * 1000) / 10);

/** A first character that makes a spreadsheet read the cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Quotes one CSV field when RFC 4180 requires it, and defuses a cell that a spreadsheet would run
 * as a formula: `'` before it, and the cell quoted (OWASP CSV injection).
 *
 * @internal
 */
export const csvField = (value: string): string => {
  if (FORMULA_START.test(value)) return `"'${value.replaceAll('"', '""')}"`;
  return /[",\r\n]/.test(value) || value.startsWith(" ") || value.endsWith(" ")
    ? `"${value.replaceAll('"', '""')}"`
    : value;
};
