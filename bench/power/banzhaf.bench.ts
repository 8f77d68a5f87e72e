import { bench, describe } from "vitest";
import { monteCarloPower, swingCounts } from "../../src/power/index.js";
import { bruteForceSwings, randomGame } from "./games.js";

const small = randomGame(20, 2000, "banzhaf-20");
const medium = randomGame(200, 10_000, "banzhaf-200");
const large = randomGame(1000, 100_000, "banzhaf-1000");

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
    "generating function, exact",
    () => {
      swingCounts(large);
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
