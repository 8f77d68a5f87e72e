/// <reference types="node" />
/**
 * The command-line tool's contact with the outside: its streams, reading a file or standard input
 * (`-`) as text or line by line, and the progress bar on standard error.
 *
 * @internal
 * @module
 */
import { createReadStream, statSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";

/** The streams a command reads and writes; `bin.ts` passes the process's, tests may pass others. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: {
    write(text: string): unknown;
    readonly isTTY?: boolean;
    readonly columns?: number;
  };
  readonly stdin: NodeJS.ReadableStream;
}

/** A file argument: a path, or `-` for standard input. */
export const STDIN = "-";

/** A file that could not be opened or read, with the system's reason. */
export class ReadFailure extends Error {}

/** A progress bar on standard error: drawn only when it is a terminal and not turned off. */
export interface Progress {
  /** Shows `label` and, with a total, the share done. */
  readonly update: (label: string, done: number, total?: number) => void;
  /** Clears the bar's line. */
  readonly done: () => void;
}

const BAR_WIDTH = 24;
/** Redraw at most this often (milliseconds), so a fast read is not slowed by the terminal. */
const REDRAW_MS = 100;

/**
 * A progress bar on `stream`, or one that draws nothing when `stream` is not a terminal (a pipe, a
 * file, a test) or the user gave `--no-progress`.
 */
export const createProgress = (
  stream: CliIo["stderr"],
  enabled: boolean,
  now: () => number = Date.now,
): Progress => {
  if (!enabled || stream.isTTY !== true) return { update: () => {}, done: () => {} };
  let last = Number.NEGATIVE_INFINITY;
  let drawn = false;
  return {
    update: (label, done, total) => {
      const time = now();
      if (time - last < REDRAW_MS) return;
      last = time;
      drawn = true;
      const share = total === undefined || total <= 0 ? undefined : Math.min(1, done / total);
      const bar =
        share === undefined
          ? ""
          : ` [${"#".repeat(Math.round(share * BAR_WIDTH)).padEnd(BAR_WIDTH, ".")}] ${Math.floor(share * 100)}%`;
      stream.write(`\r\x1b[K${label}${bar}`);
    },
    done: () => {
      if (drawn) stream.write("\r\x1b[K");
      drawn = false;
    },
  };
};

/** The size of a file in bytes, for the progress bar (undefined for standard input). */
const sizeOf = (file: string): number | undefined => {
  if (file === STDIN) return undefined;
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
};

/** The chunks of a file or of standard input, decoded as UTF-8, with progress by bytes read. */
async function* chunks(
  file: string,
  io: CliIo,
  progress: Progress,
  label: string,
): AsyncGenerator<string> {
  const total = sizeOf(file);
  const stream: NodeJS.ReadableStream =
    file === STDIN ? io.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
  const decoder = new StringDecoder("utf8");
  let read = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      read += bytes.length;
      progress.update(label, read, total);
      yield decoder.write(bytes);
    }
  } catch (cause) {
    const code = (cause as { code?: unknown }).code;
    throw new ReadFailure(
      code === "ENOENT"
        ? `cannot read ${file}: no such file`
        : code === "EISDIR"
          ? `cannot read ${file}: it is a folder`
          : `cannot read ${file}: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
  const rest = decoder.end();
  if (rest !== "") yield rest;
}

/** The whole text of a file or of standard input. */
export const readText = async (file: string, io: CliIo, progress: Progress): Promise<string> => {
  const parts: string[] = [];
  for await (const part of chunks(file, io, progress, `reading ${file}`)) parts.push(part);
  progress.done();
  return parts.join("");
};

/**
 * Calls `onLine` with each line of a file or of standard input, split at CRLF, LF or CR as
 * `readBlt` splits a string (a final empty line after the last line break included), without
 * holding the file as one string. Only the chunks are awaited, not each line. Stops early when
 * `onLine` returns false.
 */
export const forEachLine = async (
  file: string,
  io: CliIo,
  progress: Progress,
  onLine: (line: string) => boolean,
): Promise<void> => {
  let carry = "";
  // A chunk that ends with CR might be the first half of a CRLF.
  let pendingReturn = false;
  for await (const part of chunks(file, io, progress, `reading ${file}`)) {
    let start = 0;
    if (pendingReturn) {
      pendingReturn = false;
      if (part.charCodeAt(0) === 10) start = 1;
    }
    const length = part.length;
    for (let i = start; i < length; i++) {
      const c = part.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      const line = carry === "" ? part.slice(start, i) : carry + part.slice(start, i);
      carry = "";
      if (c === 13) {
        if (i + 1 === length) pendingReturn = true;
        else if (part.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
      if (!onLine(line)) {
        progress.done();
        return;
      }
    }
    carry += part.slice(start);
  }
  progress.done();
  onLine(carry);
};
