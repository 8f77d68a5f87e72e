/// <reference types="node" />
/**
 * The worker of `countInWorkers`: receives one {@link Job}, tallies its rows block by block
 * (`tallyRows`) and merges, then posts the tally back. Its file is located next to the module
 * that starts it (`dist/node/worker.js`, or `worker.cjs` for the CommonJS build).
 *
 * @internal
 * @module
 */
import { closeSync, openSync, readSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import * as E from "fp-ts/lib/Either.js";
import { tallyRows } from "../ballots/columnar.js";
import { mergeTallies, type Tally } from "../ballots/tally/wire.js";
import { type DecideError, invalidInput, unsupported } from "../core/errors.js";
import { tallyPreflibSegment } from "./preflib-shard.js";
import type { Job, PreflibReport, Reply } from "./protocol.js";

/** Rows read from a file at a time (2.5 MB for 10 one-byte cells). */
const BLOCK_ROWS = 1 << 18;

/**
 * Tallies one job: the rows of every segment, merged.
 *
 * @internal
 */
export const runJob = (job: Job): Reply => {
  let tally: Tally | undefined;
  let rows = 0;
  const reports: PreflibReport[] = [];
  const n = job.candidates.length;
  const add = (
    cells: Parameters<typeof tallyRows>[0],
    firstRow: number,
    prefix: string,
  ): DecideError | undefined => {
    const part = tallyRows(cells, {
      candidates: job.candidates,
      width: n,
      kind: job.kind,
      firstRow,
      ...(job.unranked === undefined ? {} : { unranked: job.unranked }),
    });
    if (E.isLeft(part)) {
      const error = part.left;
      return error._tag === "InvalidInput" && prefix !== ""
        ? invalidInput(error.issues.map((issue) => ({ ...issue, path: `${prefix}.${issue.path}` })))
        : error;
    }
    rows += cells.length / n;
    return merge(part.right);
  };
  const merge = (part: Tally): DecideError | undefined => {
    if (tally === undefined) tally = part;
    else {
      const merged = mergeTallies(tally, part);
      if (E.isLeft(merged)) return merged.left;
      tally = merged.right;
    }
    return undefined;
  };
  for (const segment of job.segments) {
    if (segment.source === "rows") {
      const error = add(segment.rows, segment.firstRow, "");
      if (error !== undefined) return { ok: false, error };
      continue;
    }
    if (segment.source === "preflib") {
      const shard = tallyPreflibSegment(job, segment);
      if (!shard.ok) return shard;
      reports.push(shard.report);
      // A line's problem ends the job: every later segment comes after it in the files.
      if (shard.report.error !== undefined) return { ok: true, tally: shard.tally, rows, reports };
      rows += shard.report.orders;
      const error = merge(shard.tally);
      if (error !== undefined) return { ok: false, error };
      continue;
    }
    const rowBytes = n * segment.cellBytes;
    const buffer = new ArrayBuffer(Math.min(BLOCK_ROWS, Math.max(1, segment.rowCount)) * rowBytes);
    const bytes = new Uint8Array(buffer);
    const fd = openSync(segment.file, "r");
    try {
      for (let done = 0; done < segment.rowCount; ) {
        const count = Math.min(BLOCK_ROWS, segment.rowCount - done);
        const length = count * rowBytes;
        const position = segment.dataOffset + (segment.firstRow + done) * rowBytes;
        let got = 0;
        while (got < length) {
          const read = readSync(fd, bytes, got, length - got, position + got);
          if (read === 0) break;
          got += read;
        }
        if (got < length) {
          return {
            ok: false,
            error: invalidInput([
              {
                path: `files[${segment.fileIndex}]`,
                code: "truncated",
                message: "the file ended before its last row (was it changed while being read?)",
              },
            ]),
          };
        }
        const cells =
          segment.cellBytes === 1
            ? new Uint8Array(buffer, 0, length)
            : segment.cellBytes === 2
              ? new Uint16Array(buffer, 0, length / 2)
              : new Int32Array(buffer, 0, length / 4);
        const error = add(cells, segment.firstRow + done, `files[${segment.fileIndex}]`);
        if (error !== undefined) return { ok: false, error };
        done += count;
      }
    } finally {
      closeSync(fd);
    }
  }
  return tally === undefined
    ? { ok: false, error: unsupported("internal_error", "A worker was given no rows.") }
    : { ok: true, tally, rows, reports };
};

parentPort?.once("message", (job: Job) => {
  let reply: Reply;
  try {
    reply = runJob(job);
  } catch (cause) {
    reply = {
      ok: false,
      error: unsupported(
        "read_error",
        `A worker could not read its rows (${cause instanceof Error ? cause.message : "unknown cause"}).`,
      ),
    };
  }
  parentPort?.postMessage(reply);
});
