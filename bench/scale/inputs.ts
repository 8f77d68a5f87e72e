/**
 * Inputs for the scale benchmarks (issue 12): `voters` impartial-culture complete rankings of `n`
 * candidates, drawn once from the seeded generator into raw rows (each candidate's tier), then
 * written in one of the documented ballot forms of an election spec.
 */
import { sampleImpartialCulture } from "../../src/ballots/generate/impartial-culture.js";
import { createPrng } from "../../src/core/prng.js";

/** The documented ballot forms of a spec's `ballots`. */
export type BallotForm = "shorthand" | "flat" | "nested" | "count";

export const BALLOT_FORMS: readonly BallotForm[] = ["shorthand", "flat", "nested", "count"];

/** Candidate names `c0`, `c1`, ... */
export const names = (n: number): string[] => Array.from({ length: n }, (_, i) => `c${i}`);

/** Raw rows, one per voter: `rows[v * n + c]` is candidate c's tier (0 = first). */
export const rawRows = (n: number, voters: number, seed: string): Uint16Array => {
  const raw = new Uint16Array(n * voters);
  let v = 0;
  sampleImpartialCulture(n, voters, n, createPrng(seed), (row) => {
    raw.set(row, v * n);
    v += 1;
  });
  return raw;
};

/** The count of voter v's ballot in the `count` form (1 to 4; the bare loop weighs by it too). */
export const countOf = (v: number): number => 1 + (v % 4);

/** The candidates of row v in order of preference, best first. */
const orderOf = (
  raw: Uint16Array,
  n: number,
  v: number,
  candidates: readonly string[],
): string[] => {
  const order: string[] = new Array(n);
  for (let c = 0; c < n; c++) order[raw[v * n + c] as number] = candidates[c] as string;
  return order;
};

/** The spec's ballots in one form. */
export const ballotsOf = (
  raw: Uint16Array,
  n: number,
  form: BallotForm,
  candidates: readonly string[] = names(n),
): unknown[] => {
  const voters = raw.length / n;
  const ballots: unknown[] = new Array(voters);
  for (let v = 0; v < voters; v++) {
    const order = orderOf(raw, n, v, candidates);
    switch (form) {
      case "shorthand":
        ballots[v] = order.join(">");
        break;
      case "flat":
        ballots[v] = { ranking: order };
        break;
      case "nested":
        ballots[v] = { ranking: order.map((name) => [name]) };
        break;
      case "count":
        ballots[v] = { ranking: order, count: countOf(v) };
        break;
    }
  }
  return ballots;
};

/** The weight of every raw row under a form (all 1 but for `count`). */
export const weightsOf = (voters: number, form: BallotForm): Float64Array => {
  const weights = new Float64Array(voters);
  for (let v = 0; v < voters; v++) weights[v] = form === "count" ? countOf(v) : 1;
  return weights;
};

/**
 * The bare typed-array loop, the baseline of every ranked method: the pairwise matrix straight
 * from the raw, undeduplicated rows (`rank[i] < rank[j]` for every ordered pair), weighted.
 */
export const bareLoop = (raw: Uint16Array, n: number, weights: Float64Array): number => {
  const counts = new Float64Array(n * n);
  const voters = raw.length / n;
  for (let v = 0; v < voters; v++) {
    const offset = v * n;
    const w = weights[v] as number;
    for (let i = 0; i < n; i++) {
      const ri = raw[offset + i] as number;
      const row = i * n;
      for (let j = 0; j < n; j++) {
        if (ri < (raw[offset + j] as number)) counts[row + j] = (counts[row + j] as number) + w;
      }
    }
  }
  return counts[1] ?? 0;
};

/** The bare first-choice loop, the baseline of plurality: the candidate of tier 0 in each row. */
export const bareFirstChoices = (raw: Uint16Array, n: number, weights: Float64Array): number => {
  const tally = new Float64Array(n);
  const voters = raw.length / n;
  for (let v = 0; v < voters; v++) {
    const offset = v * n;
    for (let c = 0; c < n; c++) {
      if (raw[offset + c] === 0) {
        tally[c] = (tally[c] as number) + (weights[v] as number);
        break;
      }
    }
  }
  return tally[0] ?? 0;
};
