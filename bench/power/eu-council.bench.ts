import { bench, describe } from "vitest";
import { pivotCounts, swingCounts } from "../../src/power/index.js";
import { bruteForceSwings, euCouncil } from "./games.js";

const game = euCouncil();

describe("EU Council double majority, 27 states (15 states and 65% of population; goal < 1 s)", () => {
  bench(
    "meet-in-the-middle, exact Banzhaf swings",
    () => {
      swingCounts(game);
    },
    { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 },
  );
  bench(
    "meet-in-the-middle, exact Shapley-Shubik pivots",
    () => {
      pivotCounts(game);
    },
    { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 },
  );
  bench(
    "brute force over all 2^27 coalitions (baseline)",
    () => {
      bruteForceSwings(game);
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
