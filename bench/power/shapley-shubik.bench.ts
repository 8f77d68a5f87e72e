import { bench, describe } from "vitest";
import { monteCarloPower, pivotCounts, shapleyShubik } from "../../src/power/index.js";
import { bruteForceSwings, randomGame } from "./games.js";

const small = randomGame(20, 2000, "ss-20");
const medium = randomGame(200, 10_000, "ss-200");
const thousand = randomGame(1000, 1000, "ss-1000");
const issue12 = randomGame(1000, 27_569, "banzhaf-1000");

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

describe("Shapley-Shubik for all 1,000 players, total weight 1,000 (issue 12; refused before it)", () => {
  bench(
    "generating function by size, exact (as shapleyShubik)",
    () => {
      shapleyShubik(thousand);
    },
    { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
  bench(
    "Monte Carlo, 10,000 orderings (baseline)",
    () => {
      monteCarloPower(thousand, "shapley-shubik", { samples: 10_000, seed: "s" });
    },
    { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});

describe("Shapley-Shubik, 1,000 players, total weight 27,569: the refusal (issue 12)", () => {
  bench(
    "exact: estimate 1.2 × 10^11 steps, refused at once with maxWork at its ceiling",
    () => {
      if (pivotCounts(issue12, { maxWork: 20_000_000_000 })._tag !== "Left") throw new Error("ran");
    },
    { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 },
  );
  bench(
    "Monte Carlo, 10,000 orderings (what to use instead)",
    () => {
      monteCarloPower(issue12, "shapley-shubik", { samples: 10_000, seed: "s" });
    },
    { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
