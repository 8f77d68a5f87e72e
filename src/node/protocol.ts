/**
 * The messages between `countInWorkers` and its workers.
 *
 * @internal
 * @module
 */
import type { RankRows } from "../ballots/columnar.js";
import type { PreflibHeader } from "../ballots/formats/preflib.js";
import type { UnrankedRule } from "../ballots/profile.js";
import type { Tally, TallyKind } from "../ballots/tally/wire.js";
import type { DecideError, ParseError } from "../core/errors.js";

/**
 * A range of rows of one rank-rows file, a byte range of whole data lines of one PrefLib file
 * (its header read once by the main thread), or rows handed over in memory. @internal
 */
export type Segment =
  | {
      readonly source: "file";
      readonly file: string;
      readonly fileIndex: number;
      readonly dataOffset: number;
      readonly cellBytes: 1 | 2 | 4;
      /** The first row of the range, counted from the file's first row. */
      readonly firstRow: number;
      readonly rowCount: number;
    }
  | {
      readonly source: "preflib";
      readonly file: string;
      readonly fileIndex: number;
      /** The segment's number among every segment of the count (for its report). */
      readonly segment: number;
      /** What the data lines need of the header: format, candidates (no fields). */
      readonly header: PreflibHeader;
      /** The first byte of the range: the start of a line. */
      readonly start: number;
      /** The byte after the range: just after a line feed, or the end of the file. */
      readonly end: number;
    }
  | { readonly source: "rows"; readonly rows: RankRows; readonly firstRow: number };

/** One worker's share of a count. @internal */
export interface Job {
  readonly candidates: readonly string[];
  readonly kind: TallyKind;
  readonly unranked?: UnrankedRule;
  readonly segments: readonly Segment[];
}

/**
 * What a worker read of one PrefLib segment: its line breaks, order lines and the exact sum of
 * their counts, or the first problem (its line counted from the segment's first line). @internal
 */
export interface PreflibReport {
  readonly segment: number;
  /** The number of lines read (so the next segment's first line number is known). */
  readonly lines: number;
  readonly orders: number;
  /** The exact sum of the counts, as `p` or `p/q`. */
  readonly total: string;
  readonly error?: ParseError;
}

/** A worker's answer. @internal */
export type Reply =
  | {
      readonly ok: true;
      readonly tally: Tally;
      readonly rows: number;
      /** One per PrefLib segment read, in order; a report with an error is the last. */
      readonly reports: readonly PreflibReport[];
    }
  | { readonly ok: false; readonly error: DecideError };
