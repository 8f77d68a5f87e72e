/**
 * The messages between `countInWorkers` and its workers.
 *
 * @internal
 * @module
 */
import type { RankRows } from "../ballots/columnar.js";
import type { UnrankedRule } from "../ballots/profile.js";
import type { Tally, TallyKind } from "../ballots/tally/wire.js";
import type { DecideError } from "../core/errors.js";

/** A range of rows of one file, or rows handed over in memory. @internal */
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
  | { readonly source: "rows"; readonly rows: RankRows; readonly firstRow: number };

/** One worker's share of a count. @internal */
export interface Job {
  readonly candidates: readonly string[];
  readonly kind: TallyKind;
  readonly unranked?: UnrankedRule;
  readonly segments: readonly Segment[];
}

/** A worker's answer. @internal */
export type Reply =
  | { readonly ok: true; readonly tally: Tally; readonly rows: number }
  | { readonly ok: false; readonly error: DecideError };
