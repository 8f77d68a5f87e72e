/**
 * `countInWorkers` on PrefLib files: the merged count equals the single-threaded reader's count
 * (`parseProfile`, then `tallyProfile` / `decide`) on the real PrefLib files of
 * tests/fixtures/data/preflib (2002 Irish general election, Dublin North, Dublin West and Meath;
 * Debian Project Leader elections: see the folders' READMEs for the sources and citations) and on
 * generated files cut into many ranges; and a bad file gives the reader's own `ParseError` (the
 * same words, line and column), with the file named.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPreflibHeader } from "../../src/ballots/formats/preflib.js";
import {
  type Profile,
  parseProfile,
  rankedProfile,
  type TallyKind,
  tallyProfile,
  tallyToJson,
  writeProfile,
} from "../../src/ballots/index.js";
import { createPrng } from "../../src/core/index.js";
import { countInWorkers, encodeRankRows } from "../../src/node/index.js";
import { tallyPreflibSegment } from "../../src/node/preflib-shard.js";
import { decide } from "../../src/voting/index.js";
import { dataFiles, dataPath, dataText } from "../helpers/data.js";
import { runs } from "../helpers/runs.js";
import { bundleWorker } from "./worker-bundle.js";

let workerUrl: URL;
let disposeWorker = (): void => {};
beforeAll(async () => {
  ({ url: workerUrl, dispose: disposeWorker } = await bundleWorker());
}, 60_000);
afterAll(() => disposeWorker());
const dir = mkdtempSync(join(tmpdir(), "co-decide-preflib-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Format = "soc" | "soi" | "toc" | "toi";

const must = <A>(either: E.Either<unknown, A>): A => {
  if (E.isLeft(either)) throw new Error(JSON.stringify(either.left));
  return either.right;
};

const write = (name: string, text: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** The single-threaded count: the reader's profile. */
const single = (text: string, format: Format): Profile & { readonly kind: "ranked" } =>
  must(parseProfile(text, { format })) as Profile & { readonly kind: "ranked" };

/** Seeded ranked ballots over `n` candidates: ties and truncation as `format` allows. */
const makeProfile = (seed: string, n: number, count: number, format: Format) => {
  const prng = createPrng(seed);
  const candidates = Array.from({ length: n }, (_, i) => `Candidate ${i + 1}`);
  const ballots: string[][][] = [];
  for (let b = 0; b < count; b++) {
    const order = candidates.slice();
    for (let i = n - 1; i > 0; i--) {
      const j = prng.nextInt(i + 1);
      [order[i], order[j]] = [order[j] as string, order[i] as string];
    }
    const length = format === "soc" || format === "toc" ? n : 1 + prng.nextInt(n);
    const tiers: string[][] = [];
    for (const name of order.slice(0, length)) {
      const tied =
        (format === "toc" || format === "toi") && tiers.length > 0 && prng.nextInt(3) === 0;
      if (tied) (tiers[tiers.length - 1] as string[]).push(name);
      else tiers.push([name]);
    }
    ballots.push(tiers);
  }
  return must(
    rankedProfile(
      candidates,
      ballots.map((tiers) => ({ ranking: tiers })),
    ),
  );
};

const tallyJson = (profile: Profile & { readonly kind: "ranked" }, kind: TallyKind) =>
  tallyToJson(tallyProfile(profile, kind));

describe("countInWorkers on real PrefLib files", () => {
  const files = [...dataFiles("preflib/debian/", ".soi"), ...dataFiles("preflib/irish/", ".soi")];

  it.each(files)(
    "%s: the merged tally and outcome equal the single-threaded count",
    async (file) => {
      const profile = single(dataText(file), "soi");
      const result = must(
        await countInWorkers(
          { files: [dataPath(file)] },
          { workers: 2, method: "schulze", workerUrl },
        ),
      );
      expect(tallyToJson(result.tally)).toEqual(tallyJson(profile, "pairwise"));
      expect(result.outcome).toEqual(must(decide({ method: "schulze", profile })));
      expect(result.voters).toBe(profile.totalCountExact);
      expect(result.rows).toBe(profile.ballotCount);
    },
  );

  it("a positional count over two files equals the count of the two profiles", async () => {
    const [a, b] = ["preflib/irish/00001-00000001.soi", "preflib/irish/00001-00000001.soi"];
    const profile = single(dataText(a as string), "soi");
    const result = must(
      await countInWorkers(
        { files: [dataPath(a as string), dataPath(b as string)] },
        { workers: 2, kind: "positional", workerUrl },
      ),
    );
    const once = tallyProfile(profile, "positional");
    const twice = tallyToJson(once);
    expect(tallyToJson(result.tally)).toEqual({
      ...twice,
      places:
        twice.kind === "positional"
          ? twice.places.map((p) => ({ ...p, counts: p.counts.map((c) => String(2 * Number(c))) }))
          : [],
    });
    expect(result.voters).toBe(String(2 * profile.totalCount));
  });
});

describe("countInWorkers on generated PrefLib files", () => {
  for (const format of ["soc", "soi", "toc", "toi"] as const) {
    it(`${format}: any number of workers gives the reader's count`, async () => {
      const text = must(writeProfile(makeProfile(`gen-${format}`, 6, 3_000, format), { format }));
      const file = write(`gen.${format}`, text);
      const profile = single(text, format);
      for (const [workers, kind] of [
        [4, "pairwise"],
        [2, "positional"],
      ] as const) {
        const result = must(await countInWorkers({ files: [file] }, { workers, kind, workerUrl }));
        expect(result.workers).toBe(workers);
        expect(tallyToJson(result.tally)).toEqual(tallyJson(profile, kind));
        expect(result.voters).toBe(profile.totalCountExact);
      }
    });
  }

  it("reads CRLF, blank lines, spaces, a byte-order mark, exact fractional counts and no final line feed", async () => {
    const text = [
      "\ufeff# FILE NAME: odd.toi",
      "# DATA TYPE: toi",
      "",
      "# NUMBER ALTERNATIVES: 3",
      "# NUMBER VOTERS: 31/4",
      "# NUMBER UNIQUE ORDERS: 5",
      "# ALTERNATIVE NAME 1: Ælfgifu",
      "# ALTERNATIVE NAME 2: b",
      "# ALTERNATIVE NAME 3: c",
      "3: 1,{2,3}",
      "   ",
      "1/2 : 2",
      "2.25: 3 , 1",
      "",
      "1: {1, 2}, 3",
      "  1:3",
    ].join("\r\n");
    const file = write("odd.toi", text);
    const profile = single(text, "toi");
    for (const unranked of ["tied-last", "not-compared"] as const) {
      const result = must(
        await countInWorkers({ files: [file] }, { workers: 3, unranked, workerUrl }),
      );
      expect(tallyToJson(result.tally)).toEqual(
        tallyToJson(tallyProfile(profile, "pairwise", { unranked })),
      );
      expect(result.voters).toBe("31/4");
    }
  });

  it("mixes PrefLib and rank-rows files naming the same candidates", async () => {
    const profile = makeProfile("mixed", 4, 500, "toi");
    const text = must(writeProfile(profile, { format: "toi" }));
    const preflib = write("mixed.toi", text);
    const rows = write(
      "mixed.cdrr",
      encodeRankRows(Uint8Array.of(1, 2, 3, 4, 4, 3, 2, 1), profile.candidates),
    );
    const result = must(
      await countInWorkers(
        { files: [preflib, rows] },
        { workers: 2, method: "copeland", workerUrl },
      ),
    );
    const both = must(
      rankedProfile(profile.candidates, [
        ...Array.from({ length: profile.ballotCount }, (_, b) => {
          const ranks = Array.from(profile.ranks.subarray(b * 4, b * 4 + 4));
          return { ranking: tiers(profile.candidates, ranks), count: profile.counts[b] as number };
        }),
        { ranking: profile.candidates.map((c) => [c]) },
        { ranking: [...profile.candidates].reverse().map((c) => [c]) },
      ]),
    );
    expect(tallyToJson(result.tally)).toEqual(tallyJson(both, "pairwise"));
    expect(result.outcome).toEqual(must(decide({ method: "copeland", profile: both })));
    expect(result.voters).toBe(String(profile.totalCount + 2));
  });
});

/** The tiers of a profile row (0-based ranks, 65535 unranked) as names. */
const tiers = (candidates: readonly string[], ranks: readonly number[]): string[][] => {
  const out: string[][] = [];
  ranks.forEach((rank, c) => {
    if (rank === 0xffff) return;
    const tier = out[rank] ?? [];
    tier.push(candidates[c] as string);
    out[rank] = tier;
  });
  return out;
};

describe("bad PrefLib files", () => {
  const format = "soc";
  const base = must(writeProfile(makeProfile("bad", 5, 2_000, format), { format })).split("\n");
  const headerLines = base.findIndex((line) => !line.startsWith("#"));
  const orderLines = base.length - 1 - headerLines; // the text ends with a line feed

  /** The text with order line `k` (0-based among the orders) replaced. */
  const withLine = (k: number, line: string): string => {
    const lines = base.slice();
    lines[headerLines + k] = line;
    return lines.join("\n");
  };

  /** Both readers on the same text: the ParseError of each, the file named by the workers. */
  const both = async (name: string, text: string, workers = 3) => {
    const file = write(name, text);
    const expected = parseProfile(text, { format });
    const got = await countInWorkers({ files: [file] }, { workers, workerUrl });
    return { file, expected, got };
  };

  const cases: readonly (readonly [string, number, string])[] = [
    ["an alternative that does not exist", orderLines - 3, "1: 1,2,3,4,9"],
    ["a tie in a strict file", Math.floor(orderLines / 2), "1: 1,{2,3},4,5"],
    ["an incomplete order", Math.floor(orderLines / 3) + 7, "2: 5,4,3,2"],
    ["a header line after the orders", orderLines - 1, "# NUMBER VOTERS: 3"],
    ["a count that is not a number", 0, "x1: 1,2,3,4,5"],
    ["a name where a number goes, after non-ASCII text", orderLines - 2, "1: 1,2,3,4,5,é"],
    ["an alternative twice", Math.floor((2 * orderLines) / 3), "1: 1,2,2,4,5"],
  ];

  it.each(cases)(
    "%s: the reader's ParseError, renumbered to the file's line",
    async (_, k, line) => {
      const { file, expected, got } = await both(`bad-${k}.soc`, withLine(k, line));
      expect(E.isLeft(expected)).toBe(true);
      expect(got).toEqual(E.left({ ...(E.isLeft(expected) ? expected.left : {}), file }));
      expect(E.isLeft(got) && got.left._tag === "ParseError" && got.left.line).toBe(
        headerLines + k + 1,
      );
    },
  );

  it("the first of several bad lines in different ranges is the one reported", async () => {
    const lines = base.slice();
    lines[headerLines + orderLines - 5] = "1: 1,1,2,3,4";
    lines[headerLines + 10] = "1: 1,2,3,4,0";
    const { file, expected, got } = await both("two-bad.soc", lines.join("\n"), 4);
    expect(got).toEqual(E.left({ ...(E.isLeft(expected) ? expected.left : {}), file }));
  });

  it("declared counts that do not match the data, and header problems", async () => {
    const texts = [
      base.join("\n").replace(/# NUMBER VOTERS: \d+/, "# NUMBER VOTERS: 7"),
      base.join("\n").replace(/# NUMBER UNIQUE ORDERS: \d+/, "# NUMBER UNIQUE ORDERS: 3"),
      base.join("\n").replace("# DATA TYPE: soc", "# DATA TYPE: toc"),
      base.join("\n").replace(/# NUMBER ALTERNATIVES: \d+\n/, ""),
      base.join("\n").replace("# ALTERNATIVE NAME 2:", "# ALTERNATIVE NAME 1:"),
      base.slice(headerLines).join("\n"),
      "",
      "\n\n  \n",
      base
        .slice(0, headerLines)
        .join("\n")
        .replace(/# NUMBER VOTERS: \d+/, "# NUMBER VOTERS: 0"),
    ];
    for (const [i, text] of texts.entries()) {
      const { file, expected, got } = await both(`counts-${i}.soc`, text, 2);
      if (E.isRight(expected)) {
        // Only the header-only file with matching counts is a good file: zero voters.
        expect(i).toBe(texts.length - 1);
        expect(E.isRight(got) && got.right.voters).toBe("0");
        continue;
      }
      expect(got).toEqual(E.left({ ...expected.left, file }));
    }
  });

  it("a random damage to a file gives what the reader gives", async () => {
    const text = base.join("\n");
    const profile = single(text, format);
    const damage = fc.record({
      at: fc.integer({ min: 0, max: text.length - 1 }),
      insert: fc.constantFrom(
        "",
        ",",
        "{",
        "}",
        ":",
        "#",
        "\n",
        "\r",
        " ",
        "x",
        "0",
        "7",
        "é",
        "1/2",
      ),
      remove: fc.integer({ min: 0, max: 3 }),
      workers: fc.integer({ min: 1, max: 4 }),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(damage, async ({ at, insert, remove, workers }) => {
        const changed = text.slice(0, at) + insert + text.slice(at + remove);
        const { file, expected, got } = await both(`damaged-${run++}.soc`, changed, workers);
        if (E.isLeft(expected)) {
          expect(got).toEqual(E.left({ ...expected.left, file }));
        } else {
          expect(E.isRight(got) && tallyToJson(got.right.tally)).toEqual(
            tallyJson(expected.right as typeof profile, "pairwise"),
          );
        }
      }),
      { numRuns: runs(6), seed: 12 },
    );
  });

  it("refuses files naming other candidates, and unreadable files", async () => {
    const other = base
      .join("\n")
      .replace("ALTERNATIVE NAME 1: Candidate 1", "ALTERNATIVE NAME 1: Zed");
    const a = write("same.soc", base.join("\n"));
    const b = write("other.soc", other);
    const got = await countInWorkers({ files: [a, b] }, { workers: 2, workerUrl });
    expect(E.isLeft(got) && got.left._tag === "InvalidInput" && got.left.issues[0]?.path).toBe(
      "files[1].header.candidates",
    );
    const missing = await countInWorkers({ files: [join(dir, "none.toc")] }, { workerUrl });
    expect(
      E.isLeft(missing) && missing.left._tag === "InvalidInput" && missing.left.issues[0]?.path,
    ).toBe("files[0]");
    const limited = await countInWorkers({ files: [a] }, { limits: { cells: 1_000 }, workerUrl });
    expect(E.isLeft(limited) && limited.left._tag).toBe("Unsupported");
  });
});

describe("a worker's PrefLib segment, read in small blocks", () => {
  // In this thread (no worker): the block reading and its line counting, with blocks far shorter
  // than the file and than some lines (so blocks are cut, carried over and grown).
  const format = "toi";
  const text = must(writeProfile(makeProfile("blocks", 7, 400, format), { format }));
  const file = write("blocks.toi", text);
  const dataStart = Buffer.byteLength(text.slice(0, text.search(/^\d/m)));
  const header = must(readPreflibHeader(text, format));
  const job = { candidates: header.candidates, kind: "pairwise" as const, segments: [] };
  const segment = (end = Buffer.byteLength(text)) =>
    ({
      source: "preflib",
      file,
      fileIndex: 0,
      segment: 0,
      header,
      start: dataStart,
      end,
    }) as const;

  it.each([5, 16, 64, 1_000])("blocks of %i bytes give the reader's tally", (bytes) => {
    const shard = tallyPreflibSegment(job, segment(), bytes);
    const profile = single(text, format);
    expect(shard.ok && tallyToJson(shard.tally)).toEqual(tallyJson(profile, "pairwise"));
    expect(shard.ok && shard.report.total).toBe(profile.totalCountExact);
    expect(shard.ok && shard.report.orders).toBe(profile.ballotCount);
    expect(shard.ok && shard.report.lines).toBe(text.split("\n").length - 1 - header.dataLine + 1);
  });

  it.each([5, 64])("blocks of %i bytes: a bad line is found at its line", (bytes) => {
    const lines = text.split("\n");
    const k = lines.length - 7;
    lines[k] = "1: 1,2,{3,3}";
    const bad = write("blocks-bad.toi", lines.join("\n"));
    const expected = parseProfile(lines.join("\n"), { format });
    const shard = tallyPreflibSegment(job, { ...segment(), file: bad }, bytes);
    const error = shard.ok ? shard.report.error : undefined;
    expect(E.isLeft(expected) && expected.left._tag === "ParseError" && expected.left.line).toBe(
      k + 1,
    );
    // Counted from the segment's first line, which is the header's dataLine.
    expect(error?.line).toBe(k + 1 - header.dataLine + 1);
    expect(error?.column).toBe(
      E.isLeft(expected) && "column" in expected.left && expected.left.column,
    );
  });
});
