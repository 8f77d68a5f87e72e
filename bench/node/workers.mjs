// Counting at scale (issue 12): 10,000,000 rankings of 10 candidates from a rank-rows file,
// tallied in worker_threads by `countInWorkers` and decided with Schulze; against, in the same
// run, one thread reading the same file and tallying it with `tallyRows`.
//
// Runs the built package (npm run build:quiet first): node bench/node/workers.mjs [rows] [candidates]
// Writes the file to the system's temporary folder and deletes it afterwards.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { tallyRows } from "co-decide/ballots";
import { createPrng } from "co-decide/core";
import { countInWorkers, decodeRankRowsHeader, encodeRankRows } from "co-decide/node";
import { decideTally } from "co-decide/voting";

const rowCount = Number(process.argv[2] ?? 10_000_000);
const n = Number(process.argv[3] ?? 10);
const candidates = Array.from({ length: n }, (_, i) => `c${i}`);

// Seeded rankings: uniformly random complete rankings (the hardest case for a tally: no repeats).
const prng = createPrng("workers-bench");
const rows = new Uint8Array(rowCount * n);
const perm = new Uint8Array(n);
for (let r = 0; r < rowCount; r++) {
  for (let i = 0; i < n; i++) perm[i] = i + 1;
  for (let i = n - 1; i > 0; i--) {
    const j = prng.nextInt(i + 1);
    const t = perm[i];
    perm[i] = perm[j];
    perm[j] = t;
  }
  rows.set(perm, r * n);
}
const dir = mkdtempSync(join(tmpdir(), "co-decide-bench-"));
const file = join(dir, "rows.cdrr");
writeFileSync(file, encodeRankRows(rows, candidates));

const seconds = (ms) => (ms / 1000).toFixed(2);
const results = {};
try {
  for (let round = 0; round < 2; round++) {
    let t = performance.now();
    const bytes = readFileSync(file);
    const header = decodeRankRowsHeader(bytes);
    const cells = bytes.subarray(header.right.dataOffset);
    const tally = tallyRows(cells, { candidates, width: n, kind: "pairwise" });
    const single = decideTally({ method: "schulze", tally: tally.right });
    const oneThread = performance.now() - t;
    const counted = {};
    for (const workers of [1, 2]) {
      t = performance.now();
      const result = await countInWorkers({ files: [file] }, { workers, method: "schulze" });
      counted[workers] = performance.now() - t;
      if (result._tag !== "Right") throw new Error(JSON.stringify(result.left));
      if (result.right.outcome.winners[0] !== single.right.winners[0]) throw new Error("differ");
    }
    const best = (key, v) => Math.min(results[key] ?? Infinity, v);
    results.oneThread = best("oneThread", oneThread);
    results.workers1 = best("workers1", counted[1]);
    results.workers2 = best("workers2", counted[2]);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  JSON.stringify(
    {
      node: process.version,
      cores: availableParallelism(),
      rows: rowCount,
      candidates: n,
      fileMB: Math.round((rowCount * n) / 1024 / 1024),
      oneThreadReadTallyDecideSeconds: seconds(results.oneThread),
      countInWorkers1Seconds: seconds(results.workers1),
      countInWorkers2Seconds: seconds(results.workers2),
      ratio2WorkersToOneThread: (results.workers2 / results.oneThread).toFixed(2),
      peakRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / 1024 / 1024),
    },
    null,
    2,
  ),
);
