/**
 * Priceability checks (issue 15, and budgetChecks for issue 14): the exact simplex method on
 * Lackner and Skowron's Example 23 and on Assen 2024 (84 voters, 14 projects), and HiGHS with the
 * exact verification on Świecie 2023 and Wieliczka 2023; Equal Shares + add-one on each real file
 * is the baseline of the same run.
 *
 * Results: bench/results/committees-budget.md.
 */
import * as E from "fp-ts/lib/Either.js";
import { bench, describe } from "vitest";
import { approvalProfile } from "../../src/ballots/index.js";
import {
  budgetChecks,
  budgetChecksAsync,
  budgetElection,
  checkCommittee,
  equalShares,
  parsePabulib,
} from "../../src/committees/index.js";
import { dataText } from "../../tests/helpers/data.js";

const must = <A>(result: E.Either<unknown, A>): A => {
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  return result.right;
};

describe("committee priceability (exact simplex)", () => {
  const names = Array.from({ length: 15 }, (_, c) => `c${c}`);
  const voters = [
    [0, 1, 2, 3],
    [0, 1, 2, 4],
    [0, 1, 2, 5],
    [6, 7, 8],
    [9, 10, 11],
    [12, 13, 14],
  ];
  const profile = must(
    approvalProfile(
      names,
      voters.map((v) => ({ approve: v.map((c) => names[c] as string) })),
    ),
  );
  const committee = [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 12, 13].map((c) => names[c] as string);
  bench("Example 23, priceable committee", () => {
    must(checkCommittee(profile, committee, "priceability"));
  });
  bench("Example 23, EJR (baseline)", () => {
    must(checkCommittee(profile, committee, "ejr"));
  });
});

for (const [file, sync] of [
  ["Netherlands_Assen_2024.pb", true],
  ["Poland_Swiecie_2023.pb", false],
  ["Poland_Wieliczka_2023_Green_Budget.pb", false],
] as const) {
  const instance = must(parsePabulib(dataText(`pabulib/${file}`)));
  const election = must(budgetElection({ ...instance, method: "equal-shares" }));
  const winners = instance.projects.filter((p) => p.selected === true).map((p) => p.id);
  describe(file, () => {
    bench("equal-shares + add-one (baseline)", () => {
      must(equalShares(election, { completion: "add-one" }));
    });
    bench(
      sync ? "priceability, exact simplex" : "priceability, HiGHS + exact check",
      async () => {
        must(
          sync
            ? budgetChecks(election, { winners }, { priceability: true, ejr: false })
            : await budgetChecksAsync(election, { winners }, { priceability: true, ejr: false }),
        );
      },
      { iterations: 3, warmupIterations: 1, time: 0 },
    );
  });
}
