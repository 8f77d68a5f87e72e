/**
 * Columnar entry (issue 12): build a ranked profile from R rows of n rank cells
 * (`rankedProfileFromRows`) and compare, in the same run, with a bare loop over the same array
 * (reads every cell, checks its range and sums it: the least any reader of the rows must do).
 * Then prints the process's peak resident memory (run it in a fresh process for that figure).
 *
 * Run: `npx tsx bench/ballots/columnar.ts [rows] [candidates] [mode]`, mode `permutations`
 * (uniformly random complete rankings, few repeats when n is 10: about 3.6 million possible) or
 * `mallows` (rankings near one reference order: many repeats, as real elections have).
 */
import * as E from "fp-ts/lib/Either.js";
import { rankedProfileFromRows } from "../../src/ballots/index.js";
import { createPrng } from "../../src/core/index.js";

const [rowsArg, candidatesArg, modeArg] = process.argv.slice(2);
const rowCount = Number(rowsArg ?? 10_000_000);
const n = Number(candidatesArg ?? 10);
const mode = modeArg ?? "permutations";
const candidates = Array.from({ length: n }, (_, i) => `c${i}`);

/** Seeded rows: each a permutation of ranks 1..n (or a few swaps away from 1..n). */
const makeRows = (): Uint8Array => {
  const prng = createPrng(`columnar-${mode}`);
  const rows = new Uint8Array(rowCount * n);
  const perm = new Uint8Array(n);
  for (let r = 0; r < rowCount; r++) {
    for (let i = 0; i < n; i++) perm[i] = i + 1;
    if (mode === "mallows") {
      for (let s = 0; s < 2; s++) {
        const i = prng.nextInt(n - 1);
        const t = perm[i] as number;
        perm[i] = perm[i + 1] as number;
        perm[i + 1] = t;
      }
    } else {
      for (let i = n - 1; i > 0; i--) {
        const j = prng.nextInt(i + 1);
        const t = perm[i] as number;
        perm[i] = perm[j] as number;
        perm[j] = t;
      }
    }
    rows.set(perm, r * n);
  }
  return rows;
};

/** The baseline: one pass over every cell, checking its range and summing it. */
const bareLoop = (rows: Uint8Array): number => {
  let sum = 0;
  let bad = 0;
  for (let k = 0; k < rows.length; k++) {
    const v = rows[k] as number;
    if (v > n) bad += 1;
    sum += v;
  }
  return sum + bad;
};

/**
 * The second baseline: the same deduplication written bare (hash each row, probe an open-addressing
 * table, compare, count), with no checks, no renumbering and no error collection.
 */
const bareDedupe = (rows: Uint8Array): number => {
  const count = rows.length / n;
  let size = 1 << 19;
  let slots = new Int32Array(size).fill(-1);
  let stored = new Uint8Array(size * n);
  let counts = new Float64Array(size);
  let distinct = 0;
  for (let r = 0; r < count; r++) {
    const o = r * n;
    let h = 0x811c9dc5 | 0;
    for (let c = 0; c < n; c++) h = Math.imul(h ^ (rows[o + c] as number), 0x01000193);
    h ^= h >>> 15;
    let i = h & (size - 1);
    for (;;) {
      const d = slots[i] as number;
      if (d === -1) break;
      let c = 0;
      while (c < n && stored[d * n + c] === rows[o + c]) c++;
      if (c === n) break;
      i = (i + 1) & (size - 1);
    }
    const d = slots[i] as number;
    if (d !== -1) {
      counts[d] = (counts[d] as number) + 1;
      continue;
    }
    stored.set(rows.subarray(o, o + n), distinct * n);
    counts[distinct] = 1;
    slots[i] = distinct++;
    if (distinct * 2 > size) {
      // Grow everything and re-insert (rehash from the stored rows).
      size *= 2;
      const s2 = new Uint8Array(size * n);
      s2.set(stored);
      stored = s2;
      const k2 = new Float64Array(size);
      k2.set(counts);
      counts = k2;
      slots = new Int32Array(size).fill(-1);
      for (let e = 0; e < distinct; e++) {
        let g = 0x811c9dc5 | 0;
        for (let c = 0; c < n; c++) g = Math.imul(g ^ (stored[e * n + c] as number), 0x01000193);
        g ^= g >>> 15;
        let j = g & (size - 1);
        while (slots[j] !== -1) j = (j + 1) & (size - 1);
        slots[j] = e;
      }
    }
  }
  return distinct;
};

const rows = makeRows();
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const times = { bare: [] as number[], dedupe: [] as number[], build: [] as number[] };
let distinct = 0;
let check = 0;
for (let round = 0; round < 3; round++) {
  let t = performance.now();
  check += bareLoop(rows);
  times.bare.push(performance.now() - t);
  t = performance.now();
  check += bareDedupe(rows);
  times.dedupe.push(performance.now() - t);
  t = performance.now();
  const profile = rankedProfileFromRows(rows, { candidates, width: n });
  times.build.push(performance.now() - t);
  if (E.isLeft(profile)) throw new Error(profile.left.message);
  distinct = profile.right.ballotCount;
}
const best = (list: number[]): number => Math.min(...list);
console.log(
  JSON.stringify(
    {
      node: process.version,
      rows: rowCount,
      candidates: n,
      mode,
      distinctBallots: distinct,
      inputArray: mb(rows.byteLength),
      bareLoopMs: best(times.bare).toFixed(0),
      bareDedupeMs: best(times.dedupe).toFixed(0),
      buildMs: best(times.build).toFixed(0),
      ratioToBareLoop: (best(times.build) / best(times.bare)).toFixed(2),
      ratioToBareDedupe: (best(times.build) / best(times.dedupe)).toFixed(2),
      peakRss: mb(process.resourceUsage().maxRSS * 1024),
      check,
    },
    null,
    2,
  ),
);
