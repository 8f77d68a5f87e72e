/// <reference types="node" />
/**
 * Node only: counting across `worker_threads`. Not re-exported by the root (`co-decide`), which
 * stays browser-safe; import it from `co-decide/node`.
 *
 * `countInWorkers` splits ranked ballots (from PrefLib files, rank-rows files or an array in
 * memory) among workers, each worker tallies its share (`tallyRows`), the tallies are merged
 * (`mergeTallies`) and, if a method is named, counted (`decideTally`). The same map-reduce works across machines: see
 * the guide "Counting at scale".
 *
 * @module co-decide/node
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { availableParallelism, endianness } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import * as E from "fp-ts/lib/Either.js";
import { type RankRows, tallyRows } from "../ballots/columnar.js";
import { checkPreflibCounts } from "../ballots/formats/preflib.js";
import type { UnrankedRule } from "../ballots/profile.js";
import { mergeTallies, parseTally, type Tally, type TallyKind } from "../ballots/tally/wire.js";
import {
  type DecideError,
  type InputIssue,
  invalidInput,
  invalidInputAt,
  type ParseError,
  parseError,
  unsupported,
} from "../core/errors.js";
import { checkWork, defineLimit, resolveLimit, type WorkLimit } from "../core/limits.js";
import type { Outcome } from "../core/outcome.js";
import type { Rational } from "../core/rational.js";
import * as rationals from "../core/rational.js";
import type { TieBreakPolicy } from "../core/tie-break.js";
import { decideTally, tallyKindOf } from "../voting/decide-tally.js";
import {
  lineEndAfter,
  type PreflibFile,
  preflibFormatOf,
  readPreflibFile,
} from "./preflib-files.js";
import type { Job, Reply, Segment } from "./protocol.js";
import { decodeRankRowsHeader, MAX_RANK_ROWS_HEADER, type RankRowsHeader } from "./rank-rows.js";

export {
  decodeRankRowsHeader,
  encodeRankRows,
  MAX_RANK_ROWS_HEADER,
  type RankRowsHeader,
} from "./rank-rows.js";

/**
 * What {@link countInWorkers} counts: files, or rank rows in memory with their candidates and
 * width (the encoding of `rankedProfileFromRows`). A file whose name ends in `.soc`, `.soi`,
 * `.toc` or `.toi` (any case) is read as PrefLib (the 2022 data format of preflib.org, as
 * `parseProfile` reads it); any other file as rank rows (see `encodeRankRows` for the format).
 *
 * @category workers
 */
export type CountInput =
  | { readonly files: readonly string[] }
  | { readonly rows: RankRows; readonly candidates: readonly string[]; readonly width: number };

/** Options of {@link countInWorkers}. @category workers */
export interface CountInWorkersOptions {
  /** How many workers (1 to 64; default the machine's available parallelism, at most 8). */
  readonly workers?: number;
  /** A method to count the merged tally with (see `decideTally`); its tally kind is used. */
  readonly method?: string;
  /** The method's options. */
  readonly options?: Readonly<Record<string, unknown>>;
  /** The method's tie-break policy. */
  readonly tieBreak?: TieBreakPolicy;
  /** The tally to make when no method is named (default `pairwise`). */
  readonly kind?: TallyKind;
  /** Pairwise tallies: what a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: UnrankedRule;
  /** Raises {@link WORKERS_CELLS_LIMIT} (`limits.cells`). */
  readonly limits?: { readonly cells?: number };
  /**
   * The worker script, for bundlers that move files or for tests. Default: `worker.js` next to
   * this module (`worker.cjs` in the CommonJS build).
   */
  readonly workerUrl?: URL;
}

/**
 * The work limit of {@link countInWorkers}: the rank cells it reads (rows × candidates, over every
 * file). Its cost is O(cells × n) pairwise, O(cells) positional, shared among the workers; the
 * default, 5 billion cells, is half a billion rankings of 10 candidates.
 *
 * @category workers
 */
export const WORKERS_CELLS_LIMIT: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "countInWorkers.cells",
  unit: "rank cells (rows × candidates)",
  default: 5_000_000_000,
  ceiling: 1_000_000_000_000,
  option: "limits.cells",
});

/** What {@link countInWorkers} returns. @category workers */
export interface CountResult {
  /** The merged tally of every row. */
  readonly tally: Tally;
  /** The method's outcome, when a method was named. */
  readonly outcome?: Outcome;
  /** The number of rows counted: rank rows, and the order lines of PrefLib files. */
  readonly rows: number;
  /**
   * The number of voters, exact (`p`, or `p/q` when PrefLib counts are not whole): the rank rows
   * and the sum of the PrefLib lines' counts.
   */
  readonly voters: string;
  /** The number of workers used. */
  readonly workers: number;
}

/**
 * Tallies rank rows in `worker_threads` and merges the tallies; with `method`, also decides.
 *
 * @remarks
 * The data is split into one contiguous range per worker, by bytes over every file taken in
 * order, each cut moved forward to a row boundary (rank rows) or to just after a line feed
 * (PrefLib), so each worker reads only its range, block by block. A PrefLib file's header is read
 * once, by the calling thread, with the PrefLib reader's header pass; each worker parses its lines
 * with the reader's order-line pass (Mattei and Walsh, "PrefLib: A Library for Preferences", ADT
 * 2013; the preflib.org data format, 2022 revision). Every problem of a PrefLib file is the
 * `ParseError` that `parseProfile` gives for that file (the same message, line and column, the
 * line counted in the whole file), with `file` set to its path; its `NUMBER VOTERS` and
 * `NUMBER UNIQUE ORDERS` are checked against the merged counts. Files must name the same
 * candidates in the same order (else `InvalidInput` at `files[i].header.candidates`). Every rank
 * cell is checked (errors at `files[i].rows[r][c]`, r counted in file i, or `rows[r][c]`), each
 * worker's tally is checked again by `parseTally` when it comes back, and the merge is exact.
 * Never rejects: every problem resolves to a `Left`.
 *
 * Cost O(R n²) pairwise or O(R n) positional for R rows over the workers, plus O(bytes) to parse
 * PrefLib text. Refused before any worker starts past {@link WORKERS_CELLS_LIMIT}, where a
 * PrefLib file counts as one row per 4 bytes of data lines (the shortest line, `1:1` and its line
 * feed). Needs a little-endian machine for rank-rows files (every platform Node supports today).
 *
 * @param input - `{ files }` or `{ rows, candidates, width }`.
 * @param options - `workers`, `method` (and its `options`, `tieBreak`), or `kind`, `unranked`.
 * @returns the merged tally, the row count and, with a method, its outcome.
 * @example Schulze over two files with two workers
 * ```ts
 * import { countInWorkers } from "co-decide/node";
 *
 * const result = await countInWorkers({ files: ["ward-1.cdrr", "ward-2.cdrr"] }, { workers: 2, method: "schulze" });
 * // => right: { tally: { kind: "pairwise", ... }, outcome: { method: "schulze", winners: [...] }, rows: ..., voters: "...", workers: 2 }
 * ```
 * @example A PrefLib file, its lines split among two workers
 * ```ts
 * import { countInWorkers } from "co-decide/node";
 *
 * await countInWorkers({ files: ["ED-00001-00000001.soi"] }, { workers: 2, method: "borda" });
 * // => right: { tally: { kind: "positional", ... }, outcome: { method: "borda", ... }, rows: ..., voters: "...", workers: 2 }
 * // a bad line: left: { _tag: "ParseError", message: "soi line 12, column 7: ...", line: 12, column: 7, file: "ED-00001-00000001.soi" }
 * ```
 *
 * @category workers
 */
export const countInWorkers = async (
  input: CountInput,
  options: CountInWorkersOptions = {},
): Promise<E.Either<DecideError, CountResult>> => {
  try {
    const plan = makePlan(input, options);
    if (E.isLeft(plan)) return plan;
    const { candidates, kind, jobs } = plan.right;
    const replies = await Promise.all(jobs.map((job) => runWorker(job, options.workerUrl)));
    const checked = checkReplies(plan.right, replies);
    if (E.isLeft(checked)) return checked;
    let tally: Tally | undefined;
    let rows = 0;
    for (const reply of replies) {
      if (!reply.ok) continue; // checkReplies refused any
      rows += reply.rows;
      // A worker's tally crosses a boundary: read it as any tally from outside would be.
      const read = parseTally(reply.tally);
      if (E.isLeft(read)) return read;
      if (tally === undefined) tally = read.right;
      else {
        const merged = mergeTallies(tally, read.right);
        if (E.isLeft(merged)) return merged;
        tally = merged.right;
      }
    }
    if (tally === undefined) {
      const empty = tallyRows(new Uint8Array(0), {
        candidates,
        width: candidates.length,
        kind,
        ...(options.unranked === undefined ? {} : { unranked: options.unranked }),
      });
      if (E.isLeft(empty)) return empty;
      tally = empty.right;
    }
    const result = { tally, rows, voters: checked.right, workers: jobs.length };
    if (options.method === undefined) return E.right(result);
    const outcome = decideTally({
      method: options.method,
      tally,
      ...(options.options === undefined ? {} : { options: options.options }),
      ...(options.tieBreak === undefined ? {} : { tieBreak: options.tieBreak }),
    });
    return E.isLeft(outcome) ? outcome : E.right({ ...result, outcome: outcome.right });
  } catch (cause) {
    return E.left(
      unsupported(
        "worker_error",
        `The count in workers stopped (${cause instanceof Error ? cause.message : "unknown cause"}).`,
      ),
    );
  }
};

/** A file of the count: a rank-rows file, or a PrefLib file with its header. */
type FileInfo =
  | {
      readonly source: "rows";
      readonly header: RankRowsHeader;
      readonly rows: number;
      readonly candidates: readonly string[];
    }
  | {
      readonly source: "preflib";
      readonly preflib: PreflibFile;
      readonly candidates: readonly string[];
    };

interface Plan {
  readonly candidates: readonly string[];
  readonly kind: TallyKind;
  readonly jobs: readonly Job[];
  /** The files (none for rows in memory), in the order given. */
  readonly files: readonly string[];
  readonly infos: readonly FileInfo[];
  /** The file of each PrefLib segment, by its number. */
  readonly segmentFiles: readonly number[];
}

/** Checks the options and the input, reads the files' headers and splits the rows among workers. */
const makePlan = (input: unknown, options: CountInWorkersOptions): E.Either<DecideError, Plan> => {
  const workers = options.workers ?? Math.min(8, availableParallelism());
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
    return E.left(
      invalidInputAt("workers", "out_of_range", "expected a whole number from 1 to 64"),
    );
  }
  let kind: TallyKind = options.kind ?? "pairwise";
  if (options.method !== undefined) {
    const methodKind = tallyKindOf(options.method);
    if (methodKind === undefined) {
      // decideTally names the reason (an unknown method, or one that needs whole ballots).
      const refused = decideTally({ method: options.method, tally: null });
      return E.isLeft(refused)
        ? refused
        : E.left(
            invalidInputAt("method", "invalid_value", "not a method that counts from a tally"),
          );
    }
    if (options.kind !== undefined && options.kind !== methodKind) {
      return E.left(
        invalidInputAt(
          "kind",
          "kinds_differ",
          `${options.method} counts from a ${methodKind} tally`,
        ),
      );
    }
    kind = methodKind;
  }
  if (typeof input !== "object" || input === null) {
    return E.left(
      invalidInputAt("", "invalid_type", "expected { files } or { rows, candidates, width }"),
    );
  }
  const common = {
    kind,
    ...(options.unranked === undefined ? {} : { unranked: options.unranked }),
  };
  if ("files" in input) {
    const files = (input as { readonly files: unknown }).files;
    if (!Array.isArray(files) || files.length === 0 || files.some((f) => typeof f !== "string")) {
      return E.left(
        invalidInputAt("files", "invalid_type", "expected a non-empty list of file paths"),
      );
    }
    const infos: FileInfo[] = [];
    const issues: InputIssue[] = [];
    for (const [i, file] of (files as string[]).entries()) {
      const read = readFileInfo(file);
      if (E.isLeft(read)) {
        const error = read.left;
        // A PrefLib header's problem is the reader's ParseError, with its file.
        if (error._tag === "ParseError") return E.left({ ...error, file });
        issues.push(
          ...(error._tag === "InvalidInput"
            ? error.issues.map((issue) => ({ ...issue, path: `files[${i}].${issue.path}` }))
            : [{ path: `files[${i}]`, code: "unreadable", message: error.message }]),
        );
        continue;
      }
      infos.push(read.right);
      const first = infos[0]?.candidates ?? [];
      const these = read.right.candidates;
      if (these.length !== first.length || these.some((name, c) => name !== first[c])) {
        issues.push({
          path: `files[${i}].header.candidates`,
          code: "candidates_differ",
          message: "every file must name the same candidates, in the same order",
        });
      }
    }
    if (issues.length > 0) return E.left(invalidInput(issues));
    const candidates = infos[0]?.candidates ?? [];
    const n = candidates.length;
    const checked = tallyRows(new Uint8Array(0), { candidates, width: n, ...common });
    if (E.isLeft(checked)) return checked;
    // The cells read: exact for rank-rows files; for a PrefLib file at most one row per 4 bytes
    // of data (the shortest order line, `1:1` and its line feed).
    const cells = infos.reduce(
      (sum, info) =>
        sum +
        n *
          (info.source === "rows"
            ? info.rows
            : Math.ceil((info.preflib.size - info.preflib.dataStart) / 4)),
      0,
    );
    const allowed = checkCells(options, cells);
    if (E.isLeft(allowed)) return allowed;
    const { jobs, segmentFiles } = splitFiles(files as string[], infos, workers, (segments) => ({
      candidates,
      ...common,
      segments,
    }));
    return E.right({ candidates, kind, jobs, files: files as string[], infos, segmentFiles });
  }
  const { rows, candidates, width } = input as {
    readonly rows?: unknown;
    readonly candidates?: unknown;
    readonly width?: unknown;
  };
  // An empty array of the same type checks every option the workers will use, before any starts.
  const empty =
    rows instanceof Uint8Array || rows instanceof Uint16Array || rows instanceof Int32Array
      ? (new (rows.constructor as new (n: number) => RankRows)(0) as RankRows)
      : rows;
  const checked = tallyRows(empty as RankRows, {
    candidates: candidates as readonly string[],
    width: width as number,
    ...common,
  });
  if (E.isLeft(checked)) return checked;
  const array = rows as RankRows;
  const n = (candidates as readonly string[]).length;
  if (array.length % n !== 0) {
    return E.left(
      invalidInputAt(
        "rows",
        "invalid_length",
        `the length must be a whole number of rows of ${n} cells`,
      ),
    );
  }
  const total = array.length / n;
  const allowed = checkCells(options, array.length);
  if (E.isLeft(allowed)) return allowed;
  const share = Math.ceil(total / workers);
  const jobs: Job[] = [];
  for (let first = 0; first < total; first += share) {
    const last = Math.min(total, first + share);
    jobs.push({
      candidates: [...(candidates as readonly string[])],
      ...common,
      segments: [{ source: "rows", rows: array.slice(first * n, last * n), firstRow: first }],
    });
  }
  return E.right({
    candidates: candidates as readonly string[],
    kind,
    jobs,
    files: [],
    infos: [],
    segmentFiles: [],
  });
};

/** Reads a file's header: PrefLib by its extension, every other file as rank rows. */
const readFileInfo = (file: string): E.Either<DecideError, FileInfo> => {
  const format = preflibFormatOf(file);
  if (format !== undefined) {
    const read = readPreflibFile(file, format);
    return E.isLeft(read)
      ? read
      : E.right({
          source: "preflib",
          preflib: read.right,
          candidates: read.right.header.candidates,
        });
  }
  if (endianness() !== "LE") {
    return E.left(
      unsupported("big_endian", "Rank-rows files are read on little-endian machines only."),
    );
  }
  const read = readHeader(file);
  return E.isLeft(read)
    ? read
    : E.right({
        source: "rows",
        header: read.right.header,
        rows: read.right.rows,
        candidates: read.right.header.candidates,
      });
};

/**
 * Splits the files' data among the workers by bytes: `share` bytes each, every cut moved forward
 * to a row boundary (rank rows) or just after a line feed (PrefLib), so each worker but the last
 * gets at least its share and no more than `workers` jobs are made.
 */
const splitFiles = (
  files: readonly string[],
  infos: readonly FileInfo[],
  workers: number,
  job: (segments: Segment[]) => Job,
): { readonly jobs: Job[]; readonly segmentFiles: number[] } => {
  const span = (info: FileInfo): readonly [number, number] =>
    info.source === "rows"
      ? [
          info.header.dataOffset,
          info.header.dataOffset + info.rows * info.candidates.length * info.header.cellBytes,
        ]
      : [info.preflib.dataStart, info.preflib.size];
  const total = infos.reduce((sum, info) => {
    const [start, end] = span(info);
    return sum + Math.max(0, end - start);
  }, 0);
  const share = Math.max(1, Math.ceil(total / workers));
  const jobs: Job[] = [];
  const segmentFiles: number[] = [];
  let segments: Segment[] = [];
  let room = share;
  infos.forEach((info, fileIndex) => {
    const file = files[fileIndex] as string;
    const [start, end] = span(info);
    let at = start;
    while (at < end) {
      let cut = end;
      if (at + room < end) {
        if (info.source === "rows") {
          const rowBytes = info.candidates.length * info.header.cellBytes;
          cut = Math.min(end, start + Math.ceil((at + room - start) / rowBytes) * rowBytes);
        } else {
          cut = lineEndAfter(file, at + room - 1, end);
        }
      }
      if (info.source === "rows") {
        const rowBytes = info.candidates.length * info.header.cellBytes;
        segments.push({
          source: "file",
          file,
          fileIndex,
          dataOffset: info.header.dataOffset,
          cellBytes: info.header.cellBytes,
          firstRow: (at - start) / rowBytes,
          rowCount: (cut - at) / rowBytes,
        });
      } else {
        segments.push({
          source: "preflib",
          file,
          fileIndex,
          segment: segmentFiles.length,
          // The workers need only the format and the candidates, not the header's fields.
          header: { ...info.preflib.header, fields: new Map() },
          start: at,
          end: cut,
        });
        segmentFiles.push(fileIndex);
      }
      room -= cut - at;
      at = cut;
      if (room <= 0) {
        jobs.push(job(segments));
        segments = [];
        room = share;
      }
    }
  });
  if (segments.length > 0) jobs.push(job(segments));
  return { jobs, segmentFiles };
};

/**
 * Reads the workers' replies in the order of the files: the first refusal, or the first bad line
 * (its line number made the file's by adding the lines of the segments before it), then each
 * PrefLib file's declared counts against what was read. Returns the exact number of voters.
 */
const checkReplies = (plan: Plan, replies: readonly Reply[]): E.Either<DecideError, string> => {
  const lineBase = plan.infos.map((info) =>
    info.source === "preflib" ? info.preflib.header.dataLine : 0,
  );
  const totals: Rational[] = plan.infos.map((info) =>
    rationals.rational(info.source === "rows" ? info.rows : 0),
  );
  const orders = plan.infos.map(() => 0);
  let voters: Rational = rationals.ZERO;
  for (const reply of replies) {
    if (!reply.ok) return E.left(reply.error);
    if (plan.infos.length === 0) voters = rationals.add(voters, rationals.rational(reply.rows));
    for (const report of reply.reports) {
      const f = plan.segmentFiles[report.segment] as number;
      const error = report.error;
      if (error !== undefined) {
        const line = (lineBase[f] as number) + error.line - 1;
        const what = error.message.slice(
          `${error.format} line ${error.line}, column ${error.column}: `.length,
        );
        return E.left(withFile(parseError(error.format, line, error.column, what), plan, f));
      }
      lineBase[f] = (lineBase[f] as number) + report.lines;
      orders[f] = (orders[f] as number) + report.orders;
      totals[f] = rationals.add(
        totals[f] as Rational,
        rationals.parseRational(report.total) ?? rationals.ZERO,
      );
    }
  }
  for (const [f, info] of plan.infos.entries()) {
    voters = rationals.add(voters, totals[f] as Rational);
    if (info.source !== "preflib") continue;
    const problem = checkPreflibCounts(
      info.preflib.header,
      rationals.toFraction(totals[f] as Rational),
      orders[f] as number,
    );
    if (problem !== undefined) return E.left(withFile(problem, plan, f));
  }
  return E.right(rationals.toFraction(voters));
};

const withFile = (error: ParseError, plan: Plan, f: number): ParseError => ({
  ...error,
  file: plan.files[f] as string,
});

/** Refuses, before any worker starts, more cells than the limit in force. */
const checkCells = (
  options: CountInWorkersOptions,
  cells: number,
): E.Either<DecideError, undefined> => {
  const allowed = resolveLimit(WORKERS_CELLS_LIMIT, options.limits?.cells);
  return E.isLeft(allowed) ? allowed : checkWork(WORKERS_CELLS_LIMIT, cells, allowed.right);
};

/** Reads a file's header and counts its rows. */
const readHeader = (
  file: string,
): E.Either<DecideError, { readonly header: RankRowsHeader; readonly rows: number }> => {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const size = fstatSync(fd).size;
    const start = new Uint8Array(12);
    readSync(fd, start, 0, 12, 0);
    const length = new DataView(start.buffer).getUint32(8, true);
    const head = new Uint8Array(12 + Math.min(length, MAX_RANK_ROWS_HEADER));
    readSync(fd, head, 0, head.length, 0);
    const header = decodeRankRowsHeader(head);
    if (E.isLeft(header)) return header;
    const rowBytes = header.right.candidates.length * header.right.cellBytes;
    const data = size - header.right.dataOffset;
    if (data < 0 || data % rowBytes !== 0) {
      return E.left(
        invalidInputAt(
          "rows",
          "truncated",
          `the rows are not a whole number of ${rowBytes}-byte rows`,
        ),
      );
    }
    return E.right({ header: header.right, rows: data / rowBytes });
  } catch (cause) {
    return E.left(
      unsupported(
        "read_error",
        `The file could not be read (${cause instanceof Error ? cause.message : "unknown cause"}).`,
      ),
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
};

/** The worker script next to this module: `worker.cjs` in the CommonJS build, else `worker.js`. */
const defaultWorkerUrl = (): URL =>
  typeof __filename === "string" && __filename.endsWith(".cjs")
    ? pathToFileURL(join(dirname(__filename), "worker.cjs"))
    : new URL("./worker.js", import.meta.url);

/** Runs one job in a new worker; resolves with its reply (never rejects). */
const runWorker = (job: Job, workerUrl: URL | undefined): Promise<Reply> =>
  new Promise((resolve) => {
    const fail = (message: string): void =>
      resolve({ ok: false, error: unsupported("worker_error", message) });
    let worker: Worker;
    try {
      worker = new Worker(workerUrl ?? defaultWorkerUrl());
    } catch (cause) {
      fail(
        `A worker could not start (${cause instanceof Error ? cause.message : "unknown cause"}).`,
      );
      return;
    }
    let settled = false;
    const settle = (reply: Reply): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      resolve(reply);
    };
    worker.once("message", (reply: Reply) => settle(reply));
    worker.once("error", (error) =>
      settle({
        ok: false,
        error: unsupported("worker_error", `A worker failed: ${error.message}`),
      }),
    );
    worker.once("exit", (code) =>
      settle({
        ok: false,
        error: unsupported(
          "worker_error",
          `A worker stopped (exit code ${code}) before answering.`,
        ),
      }),
    );
    const transfer = job.segments.flatMap((s) =>
      s.source === "rows" ? [s.rows.buffer as ArrayBuffer] : [],
    );
    worker.postMessage(job, transfer);
  });
