import { bench, describe } from "vitest";
import { singleQuotaSwingsModular } from "../../src/power/generating.js";
import { monteCarloPower, swingCounts, type WeightedGame } from "../../src/power/index.js";
import { bruteForceSwings, randomGame } from "./games.js";

const small = randomGame(20, 2000, "banzhaf-20");
const medium = randomGame(200, 10_000, "banzhaf-200");
const large = randomGame(1000, 100_000, "banzhaf-1000");
const issue12 = randomGame(1000, 27_569, "banzhaf-1000");

/** The count before issue 12 (modulo 36 primes, four interleaved per pass), as a baseline. */
const modular = (game: WeightedGame) =>
  singleQuotaSwingsModular(
    game.weights[0] as readonly number[],
    game.quotas[0] as number,
    game.totals[0] as number,
  );

const few = { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 };

describe("Banzhaf swings, 1,000 players, total weight 27,569 (issue 12: goal < 1 s)", () => {
  bench(
    "limb planes, exact (swingCounts)",
    () => {
      swingCounts(issue12);
    },
    few,
  );
  bench(
    "modulo 36 primes, exact (the method before issue 12, baseline)",
    () => {
      modular(issue12);
    },
    few,
  );
  bench(
    "Monte Carlo, 10,000 samples (baseline)",
    () => {
      monteCarloPower(issue12, "banzhaf", { samples: 10_000, seed: "b" });
    },
    few,
  );
});

describe("Banzhaf swings, 20 players (exact generating function vs brute force over 2^20)", () => {
  bench("generating function", () => {
    swingCounts(small);
  });
  bench("brute force (baseline)", () => {
    bruteForceSwings(small);
  });
});

describe("Banzhaf swings, 200 players, total weight 10,000 (goal < 1 s)", () => {
  bench("generating function, exact", () => {
    swingCounts(medium);
  });
  bench("Monte Carlo, 10,000 samples (baseline)", () => {
    monteCarloPower(medium, "banzhaf", { samples: 10_000, seed: "b" });
  });
});

describe("Banzhaf swings, 1,000 players, total weight 100,000 (goal < 2 s)", () => {
  bench(
    "limb planes, exact (swingCounts)",
    () => {
      swingCounts(large);
    },
    { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
  bench(
    "modulo 36 primes, exact (the method before issue 12, baseline)",
    () => {
      modular(large);
    },
    { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
  bench(
    "Monte Carlo, 10,000 samples (baseline)",
    () => {
      monteCarloPower(large, "banzhaf", { samples: 10_000, seed: "b" });
    },
    { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
