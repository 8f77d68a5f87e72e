import { bench, describe } from "vitest";
import { monteCarloPower, pivotCounts, shapleyShubik } from "../../src/power/index.js";
import { bruteForceSwings, randomGame } from "./games.js";

const small = randomGame(20, 2000, "ss-20");
const medium = randomGame(200, 10_000, "ss-200");

describe("Shapley-Shubik, 20 players (exact by size and weight vs brute force over 2^20)", () => {
  bench("generating function by size", () => {
    pivotCounts(small);
  });
  bench("brute force swings over 2^20 (baseline)", () => {
    bruteForceSwings(small);
  });
});

describe("Shapley-Shubik for all 200 players, total weight 10,000 (goal < 1 s)", () => {
  bench(
    "generating function by size, exact (as shapleyShubik)",
    () => {
      shapleyShubik(medium);
    },
    { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
  bench(
    "Monte Carlo, 10,000 orderings (baseline)",
    () => {
      monteCarloPower(medium, "shapley-shubik", { samples: 10_000, seed: "s" });
    },
    { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
