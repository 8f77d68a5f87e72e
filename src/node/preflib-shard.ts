/// <reference types="node" />
/**
 * A worker's share of a PrefLib file: a byte range of whole data lines, read block by block, each
 * block cut after its last line feed and parsed by the PrefLib reader's own order-line pass
 * (`readPreflibOrders`, so every problem has the reader's words), the orders tallied in blocks of
 * rank rows (`tallyRows`) as they come.
 *
 * @internal
 * @module
 */
import { closeSync, openSync, readSync } from "node:fs";
import * as E from "fp-ts/lib/Either.js";
import { createProfileBuilder, type ProfileBuilder } from "../ballots/builder.js";
import { tallyRows } from "../ballots/columnar.js";
import { readPreflibOrders } from "../ballots/formats/preflib.js";
import { UNRANKED } from "../ballots/profile.js";
import { mergeTallies, type Tally, tallyProfile } from "../ballots/tally/wire.js";
import { type DecideError, invalidInput } from "../core/errors.js";
import type { Rational } from "../core/rational.js";
import * as rationals from "../core/rational.js";
import type { Job, PreflibReport, Segment } from "./protocol.js";

/** Bytes read from the file at a time (a block grows only for a line longer than this). */
const BLOCK_BYTES = 1 << 22;

/**
 * Orders gathered before they are tallied: 65,536 rows (1.3 MB for 10 candidates), fewer for
 * many candidates so that a block stays within 4 Mi cells.
 */
const tallyRowsFor = (n: number): number =>
  Math.max(1, Math.min(1 << 16, Math.floor((1 << 22) / n)));

/** The tally of one PrefLib segment and its report, or a problem that is not a line's. */
export type PreflibShard =
  | { readonly ok: true; readonly tally: Tally; readonly report: PreflibReport }
  | { readonly ok: false; readonly error: DecideError };

/**
 * Reads and tallies one PrefLib segment, `blockBytes` at a time (a parameter for tests). Throws
 * only when the file cannot be read (the worker turns that into a `read_error`).
 *
 * @internal
 */
export const tallyPreflibSegment = (
  job: Job,
  segment: Extract<Segment, { readonly source: "preflib" }>,
  blockBytes: number = BLOCK_BYTES,
): PreflibShard => {
  const sink = createRowTally(job);
  const fd = openSync(segment.file, "r");
  let buffer = Buffer.allocUnsafe(Math.min(blockBytes, Math.max(1, segment.end - segment.start)));
  let carried = 0; // bytes of an unfinished line kept at the front of the buffer
  let position = segment.start;
  let lines = 0;
  let orders = 0;
  try {
    while (position < segment.end || carried > 0) {
      if (carried === buffer.length) {
        // A line longer than the buffer: grow it.
        const grown = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(grown, 0, 0, carried);
        buffer = grown;
      }
      const want = Math.min(buffer.length - carried, segment.end - position);
      let got = 0;
      while (got < want) {
        const read = readSync(fd, buffer, carried + got, want - got, position + got);
        if (read === 0) break;
        got += read;
      }
      if (got < want) {
        return {
          ok: false,
          error: invalidInput([
            {
              path: `files[${segment.fileIndex}]`,
              code: "truncated",
              message: "the file ended before its last line (was it changed while being read?)",
            },
          ]),
        };
      }
      position += got;
      const filled = carried + got;
      const last = position >= segment.end;
      // Cut after the last line feed, so that every line is read whole (the range itself ends
      // after a line feed, or at the end of the file).
      const cut = last ? filled : buffer.lastIndexOf(10, filled - 1) + 1;
      if (cut === 0) {
        carried = filled;
        continue;
      }
      const text = buffer.toString("utf8", 0, cut);
      const read = readPreflibOrders(text, 0, lines + 1, segment.header, sink.add);
      orders += read.orders;
      if (read.error !== undefined) {
        return {
          ok: true,
          tally: sink.empty(),
          report: { segment: segment.segment, lines, orders, total: "0", error: read.error },
        };
      }
      lines = read.line - 1;
      carried = filled - cut;
      if (carried > 0) buffer.copy(buffer, 0, cut, filled);
      if (last) break;
    }
  } finally {
    closeSync(fd);
  }
  const done = sink.finish();
  if (E.isLeft(done)) return { ok: false, error: done.left };
  return {
    ok: true,
    tally: done.right.tally,
    report: { segment: segment.segment, lines, orders, total: done.right.total },
  };
};

/**
 * Gathers the reader's rows (a tier per alternative, `UNRANKED` for the ones left out) as rank
 * rows (tier + 1, 0 for unranked) with their counts, and tallies them a block at a time. Counts that are not whole, or too large for `tallyRows`' weights, go to a profile
 * builder instead (which refuses exactly what the single-threaded reader's builder refuses), and
 * its profile is tallied at the end.
 */
const createRowTally = (job: Job) => {
  const { candidates, kind } = job;
  const n = candidates.length;
  const unranked = job.unranked === undefined ? {} : { unranked: job.unranked };
  const blockRows = tallyRowsFor(n);
  const cells = new Uint16Array(blockRows * n);
  const weights = new Float64Array(blockRows);
  const largest = Math.floor(Number.MAX_SAFE_INTEGER / n);
  let size = 0;
  let allOnes = true;
  let tally: Tally | undefined;
  let problem: DecideError | undefined;
  let whole = 0; // the sum of the whole counts, below 2^53 ...
  let wholeCarry = 0n; // ... with what passed it
  let rest: ProfileBuilder<"ranked"> | undefined;

  const merge = (part: Tally): void => {
    if (tally === undefined) {
      tally = part;
      return;
    }
    const merged = mergeTallies(tally, part);
    if (E.isLeft(merged)) problem ??= merged.left;
    else tally = merged.right;
  };

  const flush = (): void => {
    if (size === 0) return;
    const part = tallyRows(cells.subarray(0, size * n), {
      candidates,
      width: n,
      kind,
      ...unranked,
      ...(allOnes ? {} : { weights: weights.subarray(0, size) }),
    });
    if (E.isLeft(part)) problem ??= part.left;
    else merge(part.right);
    size = 0;
    allOnes = true;
  };

  const add = (row: Uint16Array, count: number | Rational): string | undefined => {
    if (typeof count !== "number" || count > largest) {
      rest ??= createProfileBuilder("ranked", candidates);
      return rest.add(row, count);
    }
    const offset = size * n;
    for (let c = 0; c < n; c++) {
      const tier = row[c] as number;
      cells[offset + c] = tier === UNRANKED ? 0 : tier + 1;
    }
    weights[size] = count;
    if (count !== 1) allOnes = false;
    if (whole > Number.MAX_SAFE_INTEGER - count) {
      wholeCarry += BigInt(whole);
      whole = 0;
    }
    whole += count;
    size += 1;
    if (size === blockRows) flush();
    return undefined;
  };

  const empty = (): Tally => {
    const none = tallyRows(new Uint16Array(0), { candidates, width: n, kind, ...unranked });
    return E.isRight(none) ? none.right : (tally as Tally);
  };

  const finish = (): E.Either<DecideError, { readonly tally: Tally; readonly total: string }> => {
    flush();
    let total = rationals.rational(wholeCarry + BigInt(whole));
    if (rest !== undefined) {
      const built = rest.build();
      if (E.isLeft(built)) return built;
      merge(tallyProfile(built.right, kind, unranked));
      const part = rationals.parseRational(built.right.totalCountExact);
      if (part !== undefined) total = rationals.add(total, part);
    }
    if (problem !== undefined) return E.left(problem);
    return E.right({ tally: tally ?? empty(), total: rationals.toFraction(total) });
  };

  return { add, finish, empty };
};
