/// <reference types="node" />
/**
 * The main thread's part of counting PrefLib files in workers: which files are PrefLib (by their
 * extension), reading a file's header once (with the PrefLib reader's own header pass, so its
 * problems have the reader's words) and finding where the data lines start, and cutting the data
 * into byte ranges at line ends.
 *
 * @internal
 * @module
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import * as E from "fp-ts/lib/Either.js";
import { type PreflibHeader, readPreflibHeader } from "../ballots/formats/preflib.js";
import { type DecideError, invalidInputAt, unsupported } from "../core/errors.js";

/** The PrefLib data types `countInWorkers` reads (ranked orders; not `cat`). @internal */
export type PreflibOrderFormat = "soc" | "soi" | "toc" | "toi";

/** The most header bytes read before the first data line: 16 MiB. @internal */
export const MAX_PREFLIB_HEADER = 16_777_216;

/** The first bytes read of a file, doubled until they hold the header. */
const FIRST_READ = 65_536;

/** The PrefLib data type a file name ends with (`.soc`, `.soi`, `.toc`, `.toi`, any case). @internal */
export const preflibFormatOf = (file: string): PreflibOrderFormat | undefined => {
  const dot = file.lastIndexOf(".");
  const extension = dot === -1 ? "" : file.slice(dot + 1).toLowerCase();
  return extension === "soc" || extension === "soi" || extension === "toc" || extension === "toi"
    ? extension
    : undefined;
};

/** A PrefLib file's header and where, in bytes, its data lines are. @internal */
export interface PreflibFile {
  readonly header: PreflibHeader;
  /** The byte where the first data line starts. */
  readonly dataStart: number;
  /** The file's size in bytes. */
  readonly size: number;
}

/**
 * Reads the header of a PrefLib file: the first bytes, doubled until they reach the first data
 * line (or the end of the file), read by the PrefLib reader's header pass. The header's problem,
 * if any, is the reader's `ParseError`, with the same line and column.
 *
 * @internal
 */
export const readPreflibFile = (
  file: string,
  format: PreflibOrderFormat,
): E.Either<DecideError, PreflibFile> => {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const size = fstatSync(fd).size;
    let length = Math.min(size, FIRST_READ);
    for (;;) {
      const bytes = Buffer.allocUnsafe(length);
      let got = 0;
      while (got < length) {
        const read = readSync(fd, bytes, got, length - got, got);
        if (read === 0) break;
        got += read;
      }
      const whole = got === size;
      const dataStart = firstDataLine(bytes, got, whole);
      if (dataStart !== undefined || whole) {
        const text = bytes.toString("utf8", 0, got);
        const header = readPreflibHeader(text, format);
        if (E.isLeft(header)) return header;
        // The reader's header pass and the byte scan must stop at the same line.
        const lineFeeds = dataStart === undefined ? 0 : countLineFeeds(bytes, dataStart);
        const same =
          dataStart === undefined
            ? header.right.dataStart >= text.length
            : header.right.dataLine === lineFeeds + 1;
        if (!same) {
          return E.left(
            unsupported("internal_error", "The PrefLib header was read to two different ends."),
          );
        }
        return E.right({ header: header.right, dataStart: dataStart ?? size, size });
      }
      if (length >= MAX_PREFLIB_HEADER) {
        return E.left(
          invalidInputAt(
            "header",
            "invalid_header",
            `no data line in the first ${MAX_PREFLIB_HEADER} bytes (is this a PrefLib file?)`,
          ),
        );
      }
      length = Math.min(size, length * 2);
    }
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

const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;
const RETURN = 13;
const HASH = 35;

/**
 * The byte where the first line that is neither blank nor a `#` line starts, as the reader's
 * header pass decides it (a line is blank when only spaces and tabs come before its line feed or
 * its CR LF); `undefined` when the bytes end first (and, unless they are the whole file, the
 * last line might be cut).
 */
const firstDataLine = (bytes: Uint8Array, length: number, whole: boolean): number | undefined => {
  let i = length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < length) {
    const lineStart = i;
    let j = i;
    while (j < length && (bytes[j] === SPACE || bytes[j] === TAB)) j++;
    const first = bytes[j];
    const blank =
      j >= length
        ? whole
        : first === NEWLINE || (first === RETURN && (j + 1 >= length || bytes[j + 1] === NEWLINE));
    if (j >= length && !whole) return undefined;
    if (!blank && first !== HASH) return lineStart;
    const end = bytes.indexOf(NEWLINE, j);
    if (end === -1 || end >= length) return undefined;
    i = end + 1;
  }
  return undefined;
};

/** The line feeds among the first `end` bytes. */
const countLineFeeds = (bytes: Uint8Array, end: number): number => {
  let count = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === NEWLINE) count++;
  return count;
};

/**
 * The byte just after the first line feed at or after `at` (or `end` when none comes before it):
 * where a range of whole lines may stop.
 *
 * @internal
 */
export const lineEndAfter = (file: string, at: number, end: number): number => {
  const fd = openSync(file, "r");
  try {
    const chunk = Buffer.allocUnsafe(FIRST_READ);
    for (let position = at; position < end; ) {
      const got = readSync(fd, chunk, 0, Math.min(chunk.length, end - position), position);
      if (got === 0) return end;
      const found = chunk.indexOf(NEWLINE);
      if (found !== -1 && found < got) return position + found + 1;
      position += got;
    }
    return end;
  } finally {
    closeSync(fd);
  }
};
