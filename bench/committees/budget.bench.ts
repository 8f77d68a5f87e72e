/**
 * Participatory budgeting at scale: the three real files that counted with Equal Shares, each
 * with add-one completion through `allocate` (parsing excluded), against greedy by votes on the
 * same file as the baseline of the run; and a generated city (bench/committees/city.ts) of
 * 100,000 approval ballots: greedy on 200 projects, and Equal Shares on 300 projects, once
 * without completion (one count) and once with add-one completion (one count per step).
 *
 * Results: bench/results/committees-budget.md.
 */
import * as E from "fp-ts/lib/Either.js";
import { bench, describe } from "vitest";
import {
  allocate,
  type BudgetInstance,
  equalShares,
  greedy,
  parsePabulib,
} from "../../src/committees/index.js";
import { dataText } from "../../tests/helpers/data.js";
import { cityElection } from "./city.js";

const read = (file: string): BudgetInstance => {
  const parsed = parsePabulib(dataText(`pabulib/${file}`));
  if (E.isLeft(parsed)) throw new Error(parsed.left.message);
  return parsed.right;
};

const must = (result: E.Either<unknown, unknown>): void => {
  if (E.isLeft(result)) throw new Error("count failed");
};

for (const file of [
  "Poland_Wieliczka_2023_Green_Budget.pb",
  "Poland_Swiecie_2023.pb",
  "Netherlands_Assen_2024.pb",
]) {
  const instance = read(file);
  describe(file, () => {
    bench("greedy by votes (baseline)", () => {
      must(allocate({ ...instance, method: "greedy" }));
    });
    bench("equal-shares + add-one", () => {
      must(allocate({ ...instance, method: "equal-shares", options: { completion: "add-one" } }));
    });
  });
}

describe("city: 100,000 voters", () => {
  const city200 = cityElection(100_000, 200);
  const city300 = cityElection(100_000, 300);
  bench("greedy, 200 projects", () => {
    greedy(city200);
  });
  bench("greedy, 300 projects (baseline)", () => {
    greedy(city300);
  });
  bench(
    "equal-shares, 300 projects, no completion",
    () => {
      must(equalShares(city300));
    },
    { iterations: 3, warmupIterations: 1, time: 0 },
  );
  bench(
    "equal-shares + add-one, 300 projects",
    () => {
      must(equalShares(city300, { completion: "add-one" }));
    },
    { iterations: 1, warmupIterations: 0, time: 0 },
  );
});
