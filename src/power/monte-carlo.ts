/**
 * A seeded Monte Carlo estimator of the Penrose, Banzhaf and Shapley-Shubik indices, for games
 * too large to count exactly.
 *
 * It is never chosen silently: {@link powerIndex} uses it only when the spec says
 * `method: "monte-carlo"`, and the result says `method: "monte-carlo"` with its seed, sample size
 * and confidence intervals.
 *
 * - Penrose and Banzhaf: each sample is a coalition drawn uniformly (every player in or out with
 *   even odds, from the seeded generator). For each player `i`, the sample minus `i` is a uniform
 *   coalition of the others, so the share of samples in which `i` swings estimates the Penrose
 *   measure `η_i / 2^{n-1}`. The normalised Banzhaf estimate divides by the sum of the estimates.
 * - Shapley-Shubik: each sample is a uniform random ordering (Fisher-Yates); the pivot's count is
 *   raised by one, and the share of samples estimates `φ_i` (Mann and Shapley 1960 proposed this).
 *
 * Intervals are Wilson score intervals (Wilson 1927) for each player's proportion. For normalised
 * Banzhaf the interval of the Penrose proportion is divided by the estimated sum, which ignores the
 * (much smaller) uncertainty of the sum: read it as approximate.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import {
  type InputIssue,
  type InvalidInput,
  invalidInput,
  invalidInputAt,
  type Unsupported,
  unsupported,
} from "../core/errors.js";
import { recordOf } from "../core/internal/record.js";
import { checkWork, defineLimit, resolveLimit, type WorkLimit } from "../core/limits.js";
import { createPrng } from "../core/prng.js";
import { describeValue } from "../core/validation.js";
import { checkGame, type WeightedGame } from "./game.js";
import type { PowerIndexId, PowerResult } from "./result.js";

/**
 * The work limit of {@link monteCarloPower}: samples × players × quotas, each a few nanoseconds
 * (7 players, 1,000,000 samples: about 0.5 s on a small two-core machine under load; `samples:
 * 1e8` with 7 players, over 20 s, was accepted). Default 30,000,000, about 2 s; `maxWork` (an
 * option of the function, a field of the `powerIndex` spec) raises it, up to 1,000,000,000.
 *
 * @category limits
 */
export const SAMPLING_WORK_LIMIT: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "monteCarlo.work",
  unit: "player-samples (samples × players × quotas)",
  default: 30_000_000,
  ceiling: 1_000_000_000,
  option: "maxWork",
});

/**
 * Options of {@link monteCarloPower}.
 *
 * @category power indices
 */
export interface MonteCarloOptions {
  /** The number of samples, a whole number from 1. Default 100,000. */
  readonly samples?: number;
  /** The seed of the generator. Default `"co-decide"`. */
  readonly seed?: string;
  /** The confidence level of the intervals, in (0, 1). Default 0.95. */
  readonly confidence?: number;
  /** The most player-samples allowed: {@link SAMPLING_WORK_LIMIT} (default 30,000,000). */
  readonly maxWork?: number;
}

/**
 * Estimates a power index from a seeded random sample, with a confidence interval for each player.
 *
 * @remarks
 * Supports `penrose`, `banzhaf` and `shapley-shubik` (see the module comment); other indices return
 * `Unsupported` (reason `monte_carlo_index`). Cost: `O(samples × n × quotas)`, checked before any
 * sampling against {@link SAMPLING_WORK_LIMIT} (`options.maxWork`): past it, `Unsupported` (reason
 * `work_limit`). Options are checked as the `powerIndex` spec checks them: `samples` a whole
 * number at least 1 (`NaN` was taken as a success with `NaN` values), `seed` text, `confidence`
 * in (0, 1); else `InvalidInput` at the option's name. The same seed gives the same estimate
 * everywhere.
 *
 * @example
 * ```ts
 * import { monteCarloPower } from "co-decide/power";
 *
 * monteCarloPower(game, "shapley-shubik", { samples: 10_000, seed: "demo" });
 * // => right({ method: "monte-carlo", values: {...}, interval: {...}, samples: 10000, seed: "demo" })
 * ```
 *
 * @category power indices
 */
export const monteCarloPower = (
  game: WeightedGame,
  index: PowerIndexId,
  options?: MonteCarloOptions,
): E.Either<Unsupported | InvalidInput, PowerResult> => {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    return E.left(invalidInputAt("options", "invalid_type", "expected an object of options"));
  }
  const valid = checkGame(game);
  if (E.isLeft(valid)) return valid as E.Left<InvalidInput>;
  const given = (options ?? {}) as Record<string, unknown>;
  const samples = given["samples"] ?? 100_000;
  const seed = given["seed"] ?? "co-decide";
  const confidence = given["confidence"] ?? 0.95;
  const issues: InputIssue[] = [];
  if (!(typeof samples === "number" && Number.isSafeInteger(samples) && samples >= 1)) {
    issues.push({
      path: "samples",
      code: "out_of_range",
      message: "expected a whole number at least 1",
    });
  }
  if (typeof seed !== "string") {
    issues.push({ path: "seed", code: "invalid_type", message: "expected the seed as text" });
  }
  if (!(typeof confidence === "number" && confidence > 0 && confidence < 1)) {
    issues.push({
      path: "confidence",
      code: "out_of_range",
      message: "expected a number more than 0 and less than 1",
    });
  }
  if (issues.length > 0) return E.left(invalidInput(issues));
  const n = samples as number;
  if (index !== "penrose" && index !== "banzhaf" && index !== "shapley-shubik") {
    return E.left(
      unsupported(
        "monte_carlo_index",
        `The Monte Carlo estimator supports penrose, banzhaf and shapley-shubik, not ${describeValue(index)}.`,
      ),
    );
  }
  const allowed = resolveLimit(SAMPLING_WORK_LIMIT, given["maxWork"]);
  if (E.isLeft(allowed)) return allowed;
  const within = checkWork(
    SAMPLING_WORK_LIMIT,
    n * game.players.length * game.quotas.length,
    allowed.right,
  );
  if (E.isLeft(within)) return within;
  const z = normalQuantile(1 - (1 - (confidence as number)) / 2);
  const hits =
    index === "shapley-shubik"
      ? samplePivots(game, n, seed as string)
      : sampleSwings(game, n, seed as string);
  const proportions = hits.map((h) => h / n);
  const intervals = hits.map((h) => wilson(h, n, z));
  const scale = index === "banzhaf" ? proportions.reduce((a, b) => a + b, 0) : 1;
  const divide = (x: number): number => (scale === 0 ? 0 : x / scale);
  return E.right({
    index,
    method: "monte-carlo",
    players: game.players,
    values: recordOf(game.players, proportions.map(divide)),
    interval: recordOf(
      game.players,
      intervals.map(([low, high]) => [divide(low), divide(high)] as const),
    ),
    samples: n,
    seed: seed as string,
    confidence: confidence as number,
  });
};

const sampleSwings = (game: WeightedGame, samples: number, seed: string): number[] => {
  const prng = createPrng(seed);
  const n = game.players.length;
  const dims = game.quotas.length;
  const hits = new Array<number>(n).fill(0);
  const inside = new Uint8Array(n);
  const sums = new Float64Array(dims);
  for (let t = 0; t < samples; t++) {
    sums.fill(0);
    let bits = 0;
    let left = 0;
    for (let i = 0; i < n; i++) {
      if (left === 0) {
        bits = prng.nextUint32();
        left = 32;
      }
      const bit = bits & 1;
      bits >>>= 1;
      left -= 1;
      inside[i] = bit;
      if (bit === 1)
        for (let d = 0; d < dims; d++)
          sums[d] = (sums[d] as number) + ((game.weights[d] as number[])[i] as number);
    }
    for (let i = 0; i < n; i++) {
      // S = sample without i; i swings when S loses and S ∪ {i} wins
      let withWins = true;
      let withoutWins = true;
      for (let d = 0; d < dims; d++) {
        const w = (game.weights[d] as number[])[i] as number;
        const without = (sums[d] as number) - (inside[i] === 1 ? w : 0);
        const quota = game.quotas[d] as number;
        if (without < quota) withoutWins = false;
        if (without + w < quota) withWins = false;
      }
      if (withWins && !withoutWins) hits[i] = (hits[i] as number) + 1;
    }
  }
  return hits;
};

const samplePivots = (game: WeightedGame, samples: number, seed: string): number[] => {
  const prng = createPrng(seed);
  const n = game.players.length;
  const dims = game.quotas.length;
  const hits = new Array<number>(n).fill(0);
  const order = Array.from({ length: n }, (_, i) => i);
  const sums = new Float64Array(dims);
  for (let t = 0; t < samples; t++) {
    for (let i = n - 1; i > 0; i--) {
      const j = prng.nextInt(i + 1);
      const tmp = order[i] as number;
      order[i] = order[j] as number;
      order[j] = tmp;
    }
    sums.fill(0);
    for (const player of order) {
      let wins = true;
      for (let d = 0; d < dims; d++) {
        sums[d] = (sums[d] as number) + ((game.weights[d] as number[])[player] as number);
        if ((sums[d] as number) < (game.quotas[d] as number)) wins = false;
      }
      if (wins) {
        hits[player] = (hits[player] as number) + 1;
        break;
      }
    }
  }
  return hits;
};

/** Wilson score interval for `hits` successes out of `n`, with normal quantile `z`. */
const wilson = (hits: number, n: number, z: number): [number, number] => {
  const p = hits / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
};

/**
 * The standard normal quantile, by Acklam's rational approximation (relative error below 1.2e-9).
 *
 * @internal
 */
export const normalQuantile = (p: number): number => {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972,
    -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
    4.374664141464968, 2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = c as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = d as [number, number, number, number];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) /
      ((((d0 * q + d1) * q + d2) * q + d3) * q + 1)
    );
  }
  if (p > 1 - low) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return (
      -(((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) /
      ((((d0 * q + d1) * q + d2) * q + d3) * q + 1)
    );
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
    (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1)
  );
};
