/**
 * The rank-rows file format (`.cdrr`): a small header naming the candidates, then one row of rank
 * cells per voter, in the encoding of `rankedProfileFromRows` (cell c of a row is the rank of
 * candidate c: 1 = first, 0 = unranked). Chosen as the first file format of `countInWorkers`
 * because a worker can read any range of rows straight into a typed array, with no parsing: the
 * rows of voter r start at `dataOffset + r × n × cellBytes`.
 *
 * Layout (all integers little-endian):
 *
 * | bytes | content |
 * | --- | --- |
 * | 0–3 | the ASCII magic `CDRR` |
 * | 4 | the format version, 1 |
 * | 5 | bytes per cell: 1 (unsigned), 2 (unsigned) or 4 (signed 32-bit) |
 * | 6–7 | 0 |
 * | 8–11 | L, the byte length of the header text |
 * | 12 … 12+L-1 | UTF-8 JSON `{"candidates": [...]}` |
 * | … | zero bytes up to a multiple of 8 (`dataOffset`) |
 * | dataOffset … | the rows, `n` cells each |
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { RankRows } from "../ballots/columnar.js";
import { type DecideError, invalidInputAt } from "../core/errors.js";

/** What the header of a rank-rows file says. @category files */
export interface RankRowsHeader {
  readonly candidates: readonly string[];
  /** Bytes per cell: 1, 2 or 4. */
  readonly cellBytes: 1 | 2 | 4;
  /** Where the rows start, in bytes from the start of the file. */
  readonly dataOffset: number;
}

const MAGIC = [0x43, 0x44, 0x52, 0x52]; // "CDRR"

/** The most header bytes read (a header naming 65,534 long names fits). @category files */
export const MAX_RANK_ROWS_HEADER = 16_777_216;

/**
 * Writes rank rows and their candidates as a rank-rows file (its bytes).
 *
 * @example
 * ```ts
 * import { decodeRankRowsHeader, encodeRankRows } from "co-decide/node";
 *
 * const bytes = encodeRankRows(Uint8Array.from([1, 2, 2, 1]), ["a", "b"]);
 * decodeRankRowsHeader(bytes); // => right: { candidates: ["a", "b"], cellBytes: 1, dataOffset: 32 }
 * ```
 *
 * @category files
 */
export const encodeRankRows = (rows: RankRows, candidates: readonly string[]): Uint8Array => {
  const text = new TextEncoder().encode(JSON.stringify({ candidates }));
  const dataOffset = Math.ceil((12 + text.length) / 8) * 8;
  const cellBytes = rows.BYTES_PER_ELEMENT as 1 | 2 | 4;
  const out = new Uint8Array(dataOffset + rows.byteLength);
  out.set(MAGIC, 0);
  out[4] = 1;
  out[5] = cellBytes;
  new DataView(out.buffer).setUint32(8, text.length, true);
  out.set(text, 12);
  const view = new DataView(out.buffer, dataOffset);
  for (let k = 0; k < rows.length; k++) {
    const v = rows[k] as number;
    if (cellBytes === 1) view.setUint8(k, v);
    else if (cellBytes === 2) view.setUint16(2 * k, v, true);
    else view.setInt32(4 * k, v, true);
  }
  return out;
};

/**
 * Reads the header of a rank-rows file from its first bytes (at least 12, and the whole header
 * text). Errors are `InvalidInput` at path `header` (or `header.candidates[i]`).
 *
 * @category files
 */
export const decodeRankRowsHeader = (bytes: Uint8Array): E.Either<DecideError, RankRowsHeader> => {
  const bad = (message: string, path = "header"): E.Either<DecideError, RankRowsHeader> =>
    E.left(invalidInputAt(path, "invalid_header", message));
  if (bytes.length < 12 || MAGIC.some((b, i) => bytes[i] !== b)) {
    return bad("not a rank-rows file (it does not start with CDRR)");
  }
  if (bytes[4] !== 1) return bad(`format version ${bytes[4]} is not supported (expected 1)`);
  const cellBytes = bytes[5];
  if (cellBytes !== 1 && cellBytes !== 2 && cellBytes !== 4) {
    return bad(`cells of ${cellBytes} bytes are not supported (1, 2 or 4)`);
  }
  const length = new DataView(bytes.buffer, bytes.byteOffset, 12).getUint32(8, true);
  if (length > MAX_RANK_ROWS_HEADER) return bad("the header text is too long");
  if (bytes.length < 12 + length) return bad("the file ends inside its header");
  let parsed: unknown;
  try {
    parsed = JSON.parse(
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(12, 12 + length)),
    );
  } catch {
    return bad("the header text is not UTF-8 JSON");
  }
  const candidates = (parsed as { readonly candidates?: unknown } | null)?.candidates;
  if (!Array.isArray(candidates) || candidates.length === 0) {
    return bad("the header names no candidates", "header.candidates");
  }
  const index = candidates.findIndex(
    (name: unknown, i) => typeof name !== "string" || candidates.indexOf(name) !== i,
  );
  if (index !== -1) return bad("expected distinct names", `header.candidates[${index}]`);
  return E.right({
    candidates: candidates as string[],
    cellBytes,
    dataOffset: Math.ceil((12 + length) / 8) * 8,
  });
};
