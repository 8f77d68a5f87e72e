// Counting at scale (issue 12): 10,000,000 rankings of 10 candidates from a PrefLib .soc file,
// tallied in worker_threads by `countInWorkers` (the file cut into byte ranges at line ends, each
// worker parsing its own lines) and decided with Schulze; against, in the same run, the
// single-threaded reader: read the text, `parseProfile`, `tallyProfile`, `decideTally`.
//
// Runs the built package (npm run build:quiet first):
//   node --expose-gc bench/node/preflib.mjs [rankings] [candidates]
// (a full collection before each measurement, so that no path pays for the garbage of another).
// Writes the file to the system's temporary folder and deletes it afterwards.
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseProfile, tallyProfile } from "co-decide/ballots";
import { createPrng } from "co-decide/core";
import { countInWorkers } from "co-decide/node";
import { decideTally } from "co-decide/voting";

const rankings = Number(process.argv[2] ?? 10_000_000);
const n = Number(process.argv[3] ?? 10);

// Seeded rankings, one line each (count 1): uniformly random complete rankings, the hardest case
// (no repeats to exploit, the longest lines).
const dir = mkdtempSync(join(tmpdir(), "co-decide-bench-"));
const file = join(dir, "rankings.soc");
const fd = openSync(file, "w");
const header = [
  "# FILE NAME: rankings.soc",
  "# DATA TYPE: soc",
  `# NUMBER ALTERNATIVES: ${n}`,
  `# NUMBER VOTERS: ${rankings}`,
  `# NUMBER UNIQUE ORDERS: ${rankings}`,
  ...Array.from({ length: n }, (_, i) => `# ALTERNATIVE NAME ${i + 1}: c${i}`),
  "",
].join("\n");
writeSync(fd, header);
const prng = createPrng("preflib-bench");
const perm = Array.from({ length: n }, (_, i) => i + 1);
let chunk = [];
for (let r = 0; r < rankings; r++) {
  for (let i = n - 1; i > 0; i--) {
    const j = prng.nextInt(i + 1);
    const t = perm[i];
    perm[i] = perm[j];
    perm[j] = t;
  }
  chunk.push(`1: ${perm.join(",")}`);
  if (chunk.length === 100_000) {
    writeSync(fd, `${chunk.join("\n")}\n`);
    chunk = [];
  }
}
if (chunk.length > 0) writeSync(fd, `${chunk.join("\n")}\n`);
closeSync(fd);

const seconds = (ms) => (ms / 1000).toFixed(2);
const results = {};
const winners = {};
const loads = [loadavg()[0]];
try {
  for (let round = 0; round < 2; round++) {
    const counted = {};
    for (const workers of [2, 1]) {
      globalThis.gc?.();
      const t = performance.now();
      const result = await countInWorkers({ files: [file] }, { workers, method: "schulze" });
      counted[workers] = performance.now() - t;
      if (result._tag !== "Right") throw new Error(JSON.stringify(result.left));
      if (result.right.voters !== String(rankings)) throw new Error("voters differ");
      winners[workers] = result.right.outcome.winners.join();
      loads.push(loadavg()[0]);
    }
    globalThis.gc?.();
    const t = performance.now();
    const text = readFileSync(file, "utf8");
    const profile = parseProfile(text, { format: "soc" });
    if (profile._tag !== "Right") throw new Error(JSON.stringify(profile.left));
    const parsed = performance.now() - t;
    const single = decideTally({
      method: "schulze",
      tally: tallyProfile(profile.right, "pairwise"),
    });
    const oneThread = performance.now() - t;
    loads.push(loadavg()[0]);
    if (winners[1] !== single.right.winners.join() || winners[2] !== winners[1]) {
      throw new Error("winners differ");
    }
    const best = (key, v) => Math.min(results[key] ?? Infinity, v);
    results.parse = best("parse", parsed);
    results.oneThread = best("oneThread", oneThread);
    results.workers1 = best("workers1", counted[1]);
    results.workers2 = best("workers2", counted[2]);
  }
} finally {
  console.error(`file: ${Math.round(statSync(file).size / 1024 / 1024)} MB`);
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  JSON.stringify(
    {
      node: process.version,
      cores: availableParallelism(),
      rankings,
      candidates: n,
      loadAverage1min: loads.map((l) => l.toFixed(1)).join(" / "),
      oneThreadParseSeconds: seconds(results.parse),
      oneThreadParseTallyDecideSeconds: seconds(results.oneThread),
      countInWorkers1Seconds: seconds(results.workers1),
      countInWorkers2Seconds: seconds(results.workers2),
      ratio2WorkersToOneThread: (results.workers2 / results.oneThread).toFixed(2),
      peakRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / 1024 / 1024),
    },
    null,
    2,
  ),
);
