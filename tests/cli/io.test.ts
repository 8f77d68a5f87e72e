/**
 * The command-line tool's reading and progress, in process: the streamed line splitter agrees
 * with `readBlt`'s (CRLF, LF and CR, whatever the chunk boundaries, multi-byte characters split
 * across chunks), and the progress bar draws only on a terminal.
 */
import { Readable } from "node:stream";
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { createBltReader, readBlt } from "../../src/ballots/formats/blt.js";
import { type CliIo, createProgress, forEachLine } from "../../src/cli/io.js";
import { dataText } from "../helpers/data.js";
import { runs } from "../helpers/runs.js";

const silent = createProgress({ write: () => true }, false);

/** The lines `forEachLine` gives for `chunks` fed to standard input. */
const linesOf = async (chunks: readonly Buffer[]): Promise<string[]> => {
  const io: CliIo = {
    stdout: { write: () => true },
    stderr: { write: () => true },
    stdin: Readable.from(chunks),
  };
  const out: string[] = [];
  await forEachLine("-", io, silent, (line) => out.push(line) > 0);
  return out;
};

/** Cuts a buffer at the given offsets (anywhere, even inside a UTF-8 character). */
const cut = (bytes: Buffer, at: readonly number[]): Buffer[] => {
  const points = [...new Set(at.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const parts: Buffer[] = [];
  let from = 0;
  for (const p of points) {
    parts.push(bytes.subarray(from, p));
    from = p;
  }
  parts.push(bytes.subarray(from));
  return parts.filter((p) => p.length > 0);
};

describe("forEachLine", () => {
  it("splits at CRLF, LF and CR like a string split, whatever the chunks", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom("a", "1", " ", "\r", "\n", "\r\n", "é", "名", "😀"), {
          maxLength: 60,
        }),
        fc.array(fc.nat(400), { maxLength: 8 }),
        async (pieces, at) => {
          const text = pieces.join("");
          const lines = await linesOf(cut(Buffer.from(text, "utf8"), at));
          expect(lines).toEqual(text.split(/\r\n|\r|\n/));
        },
      ),
      { numRuns: runs(200) },
    );
  });

  it("reads a Glasgow ward in 7-byte chunks into the same election as readBlt", async () => {
    const text = dataText("stv/glasgow-2007/Govan-2007.blt");
    const bytes = Buffer.from(text, "utf8");
    const chunks = cut(
      bytes,
      Array.from({ length: Math.ceil(bytes.length / 7) }, (_, k) => k * 7),
    );
    const reader = createBltReader();
    for (const line of await linesOf(chunks)) expect(reader.line(line)).toBeUndefined();
    const streamed = reader.end();
    expect(E.isRight(streamed)).toBe(true);
    expect(streamed).toEqual(readBlt(text));
  });
});

describe("createProgress", () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, isTTY, write: (text: string) => written.push(text) };
  };

  it("draws nothing when standard error is not a terminal, or with --no-progress", () => {
    for (const [isTTY, enabled] of [
      [false, true],
      [true, false],
    ] as const) {
      const target = stream(isTTY);
      const progress = createProgress(target, enabled, () => 0);
      progress.update("reading", 5, 10);
      progress.done();
      expect(target.written).toEqual([]);
    }
  });

  it("draws a bar on a terminal, at most every 100 ms, and clears its line at the end", () => {
    const target = stream(true);
    let time = 1_000;
    const progress = createProgress(target, true, () => time);
    progress.update("reading x.blt", 5, 10);
    progress.update("reading x.blt", 6, 10); // too soon: not drawn
    time += 100;
    progress.update("counting", 0);
    progress.done();
    expect(target.written).toEqual([
      `\r\x1b[Kreading x.blt [${"#".repeat(12)}${".".repeat(12)}] 50%`,
      "\r\x1b[Kcounting",
      "\r\x1b[K",
    ]);
  });
});
