/**
 * Profile build + pairwise matrix (issue 2, section 5): 1,000,000 complete rankings of 10
 * candidates and 100,000 of 20, drawn from the impartial-culture generator, against a bare
 * typed-array loop that computes the same pairwise matrix straight from the raw rows.
 *
 * The raw rows are drawn once, outside the timed section, into one Uint16Array (tiers by
 * candidate, one row per voter). The timed library path is `builder.add` for every row (which
 * hashes and deduplicates), `build()`, then `pairwiseTally`. The baseline does the same
 * comparisons (`rank[i] < rank[j]` for every ordered pair) and the same additions on the raw,
 * undeduplicated rows. Goals: library within 2x of the baseline; 1M × 10 under 0.5 s.
 */
import * as E from "fp-ts/lib/Either.js";
import { bench, describe } from "vitest";
import { sampleImpartialCulture } from "../../src/ballots/generate/impartial-culture.js";
import { createProfileBuilder, pairwiseTally } from "../../src/ballots/index.js";
import { createPrng } from "../../src/core/index.js";

const rawRows = (n: number, voters: number, seed: string): Uint16Array => {
  const raw = new Uint16Array(n * voters);
  let v = 0;
  sampleImpartialCulture(n, voters, n, createPrng(seed), (row) => {
    raw.set(row, v * n);
    v += 1;
  });
  return raw;
};

const libraryPath = (raw: Uint16Array, n: number, candidates: readonly string[]): number => {
  const voters = raw.length / n;
  // An app or a file header usually knows how many ballots come; the hint sizes the tables once.
  const builder = createProfileBuilder("ranked", candidates, { expectedRows: voters });
  const row = new Uint16Array(n);
  for (let v = 0; v < voters; v++) {
    const offset = v * n;
    for (let c = 0; c < n; c++) row[c] = raw[offset + c] as number;
    builder.add(row);
  }
  const profile = builder.build();
  if (E.isLeft(profile)) throw new Error(profile.left.message);
  return pairwiseTally(profile.right).counts[1] ?? 0;
};

const bareLoop = (raw: Uint16Array, n: number): number => {
  const counts = new Float64Array(n * n);
  const voters = raw.length / n;
  for (let v = 0; v < voters; v++) {
    const offset = v * n;
    for (let i = 0; i < n; i++) {
      const ri = raw[offset + i] as number;
      const row = i * n;
      for (let j = 0; j < n; j++) {
        if (ri < (raw[offset + j] as number)) counts[row + j] = (counts[row + j] as number) + 1;
      }
    }
  }
  return counts[1] ?? 0;
};

const OPTIONS = { time: 0, iterations: 5, warmupTime: 0, warmupIterations: 1 } as const;

for (const [n, voters] of [
  [10, 1_000_000],
  [20, 100_000],
] as const) {
  const raw = rawRows(n, voters, `bench-${n}x${voters}`);
  const candidates = Array.from({ length: n }, (_, c) => `c${c}`);
  describe(`profile build + pairwise, ${voters.toLocaleString("en")} complete rankings of ${n}`, () => {
    bench(
      "co-decide: builder.add × voters + build + pairwiseTally",
      () => {
        libraryPath(raw, n, candidates);
      },
      OPTIONS,
    );
    bench(
      "baseline: bare typed-array pairwise loop over the raw rows",
      () => {
        bareLoop(raw, n);
      },
      OPTIONS,
    );
  });
}
