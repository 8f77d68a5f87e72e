/**
 * Wieliczka's 2023 Green Million (Zielony Milion), counted both ways: the Method of Equal Shares
 * with add-one completion and the comparison step, as the city counted it, and greedy by votes,
 * the usual city rule. Then who each method served.
 *
 * Data: pabulib.org (Faliszewski et al., "Participatory Budgeting: Data, Tools, and Analysis",
 * IJCAI 2023), from tests/fixtures/data/pabulib/.
 *
 * Run it with `npm run build && node scripts/run-examples.mjs 06`.
 */
import { readFileSync } from "node:fs";
import {
  type Allocation,
  allocate,
  budgetChecks,
  budgetElection,
  parsePabulib,
} from "co-decide/committees";
import * as E from "fp-ts/lib/Either.js";

const text = readFileSync(
  "tests/fixtures/data/pabulib/Poland_Wieliczka_2023_Green_Budget.pb",
  "utf8",
);
const instance = parsePabulib(text);
if (E.isLeft(instance)) throw new Error(instance.left.message);
const election = budgetElection(instance.right);
if (E.isLeft(election)) throw new Error(election.left.message);

const count = (spec: object): Allocation => {
  const result = allocate({ ...instance.right, ...spec });
  if (E.isLeft(result)) throw new Error(result.left.message);
  return result.right;
};

const equal = count({
  method: "equal-shares",
  options: { completion: "add-one", comparison: "greedy", currency: "PLN" },
});
const greedy = count({ method: "greedy" });

console.log(`Budget: PLN ${equal.budget}, ${instance.right.ballots.length} voters.\n`);
console.log("Equal Shares, step by step:");
for (const step of equal.explanation.slice(0, 6)) console.log(`  ${step.text}`);
console.log(`  ... (${equal.rounds.length} rounds)`);
for (const step of equal.explanation.slice(-2)) console.log(`  ${step.text}`);

const official = instance.right.projects.filter((p) => p.selected).map((p) => p.id);
const same = (a: readonly string[], b: readonly string[]) =>
  [...a].sort().join() === [...b].sort().join();
console.log(`\nEqual Shares reproduces the city's outcome: ${same(equal.winners, official)}`);

for (const [name, allocation] of [
  ["Equal Shares", equal],
  ["Greedy by votes", greedy],
] as const) {
  const checks = budgetChecks(election.right, allocation, { ejr: false });
  if (E.isLeft(checks)) throw new Error(checks.left.message);
  const { votersWithFunded, shareWithFunded } = checks.right;
  console.log(
    `${name}: ${allocation.winners.length} projects for PLN ${allocation.totalCost}; ` +
      `${votersWithFunded} voters (${(shareWithFunded * 100).toFixed(1)}%) have at least one funded project.`,
  );
}
