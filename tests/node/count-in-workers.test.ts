import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as E from "fp-ts/lib/Either.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  rankedProfileFromRows,
  tallyProfile,
  tallyRows,
  tallyToJson,
} from "../../src/ballots/index.js";
import { createPrng } from "../../src/core/index.js";
import { countInWorkers, decodeRankRowsHeader, encodeRankRows } from "../../src/node/index.js";
import { decide } from "../../src/voting/index.js";
import { bundleWorker } from "./worker-bundle.js";

let workerUrl: URL;
let disposeWorker = (): void => {};
beforeAll(async () => {
  ({ url: workerUrl, dispose: disposeWorker } = await bundleWorker());
}, 60_000);
afterAll(() => disposeWorker());
const dir = mkdtempSync(join(tmpdir(), "co-decide-workers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const candidates = ["a", "b", "c", "d", "e"];
const n = candidates.length;

/** Seeded rank rows: mostly complete rankings, some truncated, some tied. */
const makeRows = (seed: string, count: number): Uint8Array => {
  const prng = createPrng(seed);
  const rows = new Uint8Array(count * n);
  for (let r = 0; r < count; r++) for (let c = 0; c < n; c++) rows[r * n + c] = prng.nextInt(n + 1);
  return rows;
};

const must = <A>(either: E.Either<unknown, A>): A => {
  if (E.isLeft(either)) throw new Error(JSON.stringify(either.left));
  return either.right;
};

const write = (name: string, bytes: Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe("countInWorkers", () => {
  const partA = makeRows("workers-a", 3_000);
  const partB = makeRows("workers-b", 2_001);
  const whole = new Uint8Array(partA.length + partB.length);
  whole.set(partA);
  whole.set(partB, partA.length);
  const fileA = write("a.cdrr", encodeRankRows(partA, candidates));
  const fileB = write("b.cdrr", encodeRankRows(Uint16Array.from(partB), candidates));

  it("merges the workers' tallies into the single-machine count, and decides the same", async () => {
    const result = must(
      await countInWorkers({ files: [fileA, fileB] }, { workers: 2, method: "schulze", workerUrl }),
    );
    expect(result.rows).toBe(5_001);
    expect(result.workers).toBe(2);
    const profile = must(rankedProfileFromRows(whole, { candidates, width: n }));
    expect(tallyToJson(result.tally)).toEqual(tallyToJson(tallyProfile(profile, "pairwise")));
    expect(result.outcome).toEqual(must(decide({ method: "schulze", profile })));
  });

  it("counts rows in memory with a positional method", async () => {
    const result = must(
      await countInWorkers(
        { rows: whole, candidates, width: n },
        { workers: 3, method: "borda", workerUrl },
      ),
    );
    const profile = must(rankedProfileFromRows(whole, { candidates, width: n }));
    expect(result.outcome).toEqual(must(decide({ method: "borda", profile })));
    expect(result.workers).toBe(3);
    // The caller's array is untouched (each worker got a copy of its range).
    expect(whole.length).toBe(5_001 * n);
  });

  it("reports a bad cell with its file, row and column", async () => {
    const bad = Uint8Array.from(partA);
    bad[1_234 * n + 2] = 9;
    const file = write("bad.cdrr", encodeRankRows(bad, candidates));
    const result = await countInWorkers({ files: [fileA, file] }, { workers: 2, workerUrl });
    expect(E.isLeft(result) && result.left._tag === "InvalidInput" && result.left.issues).toEqual([
      {
        path: "files[1].rows[1234][2]",
        code: "invalid_rank",
        message: "a rank is a whole number from 0 (unranked) to 5, got 9",
      },
    ]);
  });

  it("refuses bad headers, mismatched candidates, bad options and ballot-only methods", async () => {
    const notRows = write("text.cdrr", new TextEncoder().encode("a,b\n1,2\n"));
    const other = write("other.cdrr", encodeRankRows(Uint8Array.of(1, 2), ["x", "y"]));
    const paths = async (input: unknown, options: object = {}): Promise<string[]> => {
      const result = await countInWorkers(input as never, { workerUrl, ...options });
      if (E.isRight(result)) return ["right"];
      return result.left._tag === "InvalidInput"
        ? result.left.issues.map((i) => i.path)
        : [result.left._tag];
    };
    expect(await paths({ files: [notRows] })).toEqual(["files[0].header"]);
    expect(await paths({ files: [fileA, other] })).toEqual(["files[1].header.candidates"]);
    expect(await paths({ files: [join(dir, "missing.cdrr")] })).toEqual(["files[0]"]);
    expect(await paths({ files: [] })).toEqual(["files"]);
    expect(await paths({ files: [fileA] }, { workers: 0 })).toEqual(["workers"]);
    expect(await paths({ files: [fileA] }, { method: "irv" })).toEqual(["Unsupported"]);
    expect(await paths({ rows: [1, 2], candidates, width: n })).toEqual(["rows"]);
    expect(await paths({ rows: whole, candidates, width: 3 })).toEqual(["width"]);
    expect(await paths({ files: [fileA] }, { limits: { cells: 100 } })).toEqual(["Unsupported"]);
    expect(await paths({ rows: whole, candidates, width: n }, { limits: { cells: 0 } })).toEqual([
      "limits.cells",
    ]);
  });
});

describe("rank-rows files", () => {
  it("round-trips the header and the rows", () => {
    const rows = Int32Array.of(1, 0, 2, 2, 1, 0);
    const bytes = encodeRankRows(rows, ["x", "y", "z"]);
    const header = must(decodeRankRowsHeader(bytes));
    expect(header.candidates).toEqual(["x", "y", "z"]);
    expect(header.cellBytes).toBe(4);
    expect(header.dataOffset % 8).toBe(0);
    const back = new Int32Array(bytes.buffer.slice(header.dataOffset));
    expect(Array.from(back)).toEqual(Array.from(rows));
    expect(
      must(tallyRows(back, { candidates: ["x", "y", "z"], width: 3, kind: "pairwise" })).kind,
    ).toBe("pairwise");
  });
});
