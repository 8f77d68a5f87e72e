/**
 * The columnar entry on DISTINCT rows (issue 12: "building from rows within 1.5x of the bare
 * loop"): `rankedProfileFromRows` on R rank rows of 10 candidates, every row a different ballot,
 * against a bare read-only loop over the same typed array (read every cell, check its range, sum
 * it: the least any reader of the rows must do), alternating in one process.
 *
 * The rows are random weak orders, some truncated (each cell a rank from 0 to 10, 0 = unranked,
 * then renumbered without gaps), drawn from a seeded generator; a row equal to one drawn before
 * is drawn again, so all R rows are distinct ballots (10! complete rankings are too few for 10
 * million). The drawing is outside the timed spans.
 *
 * A second baseline writes the same cells into fresh typed arrays (see `freshCopy`).
 *
 * Run: `node --expose-gc --import tsx bench/scale/rows-distinct.ts [rows] [rounds]` (default
 * 1,000,000 rows, 5 rounds). Prints one JSON line: the rows, the distinct ballots of the profile
 * (rows merged while sampling), each round's wall and CPU milliseconds for both, their medians and
 * the ratio of the medians, and the peak resident memory.
 */
import * as E from "fp-ts/lib/Either.js";
import { rankedProfileFromRows } from "../../src/ballots/index.js";
import { createPrng } from "../../src/core/prng.js";

const [rowsArg = "1000000", roundsArg = "5"] = process.argv.slice(2);
const rowCount = Number(rowsArg);
const rounds = Number(roundsArg);
const n = 10;
const candidates = Array.from({ length: n }, (_, c) => `c${c}`);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** `rowCount` distinct rows: random weak orders (ranks 1..k without gaps, 0 = unranked). */
const distinctRows = (): Uint8Array => {
  const prng = createPrng(`rows-distinct-${rowCount}`);
  const rows = new Uint8Array(rowCount * n);
  let size = 1 << 4;
  while (size < rowCount * 2) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  const used = new Uint8Array(n + 1);
  const renumber = new Uint8Array(n + 1);
  for (let r = 0; r < rowCount; ) {
    const o = r * n;
    used.fill(0);
    for (let c = 0; c < n; c++) {
      const v = prng.nextInt(n + 1);
      rows[o + c] = v;
      used[v] = 1;
    }
    let next = 1;
    for (let v = 1; v <= n; v++) if (used[v] === 1) renumber[v] = next++;
    let h = 0x811c9dc5 | 0;
    for (let c = 0; c < n; c++) {
      const v = rows[o + c] as number;
      const w = v === 0 ? 0 : (renumber[v] as number);
      rows[o + c] = w;
      h = Math.imul(h ^ w, 0x01000193);
    }
    h ^= h >>> 15;
    let i = h & (size - 1);
    let repeat = false;
    for (;;) {
      const d = slots[i] as number;
      if (d === -1) break;
      let c = 0;
      while (c < n && rows[d * n + c] === rows[o + c]) c++;
      if (c === n) {
        repeat = true;
        break;
      }
      i = (i + 1) & (size - 1);
    }
    if (repeat) continue; // draw this row again
    slots[i] = r;
    r += 1;
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
 * The second baseline, the least any builder of a new profile must do: write every cell into a
 * fresh `Uint16Array` (the profile's cells) and a count per row into a fresh `Float64Array`. New
 * memory is zeroed and mapped by the operating system as it is first written, which a loop that
 * only reads does not pay.
 */
const freshCopy = (rows: Uint8Array): number => {
  const cells = new Uint16Array(rows.length);
  for (let k = 0; k < rows.length; k++) cells[k] = (rows[k] as number) - 1;
  const counts = new Float64Array(rows.length / n).fill(1);
  return (cells[1] as number) + (counts[0] as number);
};

const rows = distinctRows();
const timed = <T>(run: () => T): { ms: number; cpuMs: number; value: T } => {
  gc();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = run();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, value };
};
const fresh: number[] = [];
const freshCpu: number[] = [];
const bare: number[] = [];
const bareCpu: number[] = [];
const build: number[] = [];
const buildCpu: number[] = [];
let ballotCount = 0;
let check = 0;
for (let round = 0; round < rounds; round++) {
  const b = timed(() => bareLoop(rows));
  bare.push(b.ms);
  bareCpu.push(b.cpuMs);
  check += b.value;
  const f = timed(() => freshCopy(rows));
  fresh.push(f.ms);
  freshCpu.push(f.cpuMs);
  check += f.value;
  const p = timed(() => rankedProfileFromRows(rows, { candidates, width: n }));
  build.push(p.ms);
  buildCpu.push(p.cpuMs);
  if (E.isLeft(p.value)) throw new Error(p.value.left.message);
  ballotCount = p.value.right.ballotCount;
}
const median = (list: readonly number[]): number =>
  [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] as number;
const round1 = (list: readonly number[]): number[] => list.map((x) => Math.round(x * 10) / 10);
console.log(
  JSON.stringify({
    rows: rowCount,
    candidates: n,
    profileRows: ballotCount,
    bareMs: round1(bare),
    buildMs: round1(build),
    freshMs: round1(fresh),
    bareCpuMs: round1(bareCpu),
    freshCpuMs: round1(freshCpu),
    buildCpuMs: round1(buildCpu),
    medianBareMs: Math.round(median(bare) * 10) / 10,
    medianFreshMs: Math.round(median(fresh) * 10) / 10,
    medianBuildMs: Math.round(median(build) * 10) / 10,
    ratio: Number((median(build) / median(bare)).toFixed(2)),
    ratioCpu: Number((median(buildCpu) / median(bareCpu)).toFixed(2)),
    ratioToFresh: Number((median(build) / median(fresh)).toFixed(2)),
    ratioToFreshCpu: Number((median(buildCpu) / median(freshCpu)).toFixed(2)),
    peakMB: Math.round((process.resourceUsage().maxRSS * 1024) / 1024 / 1024),
    check,
  }),
);
