/**
 * Apportionment end to end: the 2020 U.S. House of Representatives, 435 seats among the 50 states
 * by Huntington-Hill (equal proportions) with one seat each guaranteed, from the Census Bureau's
 * apportionment populations; then the same populations by Webster (Sainte-Laguë) and Hamilton
 * (Hare largest remainder) to show where the methods differ, and a small party-list count with a
 * 5% threshold.
 *
 * Run from the repository root after `npm run build`: `npx tsx examples/08-apportionment.ts [file.csv]`.
 * Without an argument it reads `tests/fixtures/data/apportionment/us-house-2020.csv` (its README
 * gives the source: Census Bureau, 2020 Census Apportionment Results, Table 1).
 */
import { readFileSync } from "node:fs";
import { apportion } from "co-decide/committees";
import * as E from "fp-ts/lib/Either.js";

const file = process.argv[2] ?? "tests/fixtures/data/apportionment/us-house-2020.csv";
const rows = readFileSync(file, "utf8").trim().split("\n").slice(1);
const population: Record<string, number> = {};
const official: Record<string, number> = {};
for (const row of rows) {
  const [state = "", people = "0", seats = "0"] = row.split(",");
  population[state] = Number(people);
  official[state] = Number(seats);
}

const house = apportion({
  method: "huntington-hill",
  seats: 435,
  votes: population,
  options: { minSeats: 1 },
});
if (E.isLeft(house)) throw new Error(house.left.message);
const result = house.right;
const matches = Object.keys(official).every((s) => result.seats[s] === official[s]);
console.log(
  `Huntington-Hill, 435 seats: ${matches ? "matches" : "DIFFERS FROM"} the official apportionment.`,
);
console.log(
  `Last seat: ${result.cutoff?.last?.party} (priority ${result.cutoff?.last?.quotient});`,
);
console.log(
  `first runner-up: ${result.cutoff?.next?.party} (priority ${result.cutoff?.next?.quotient}).\n`,
);

for (const method of ["sainte-lague", "hare"] as const) {
  const other = apportion({ method, seats: 435, votes: population });
  if (E.isLeft(other)) throw new Error(other.left.message);
  const changes = Object.keys(official)
    .filter((s) => other.right.seats[s] !== result.seats[s])
    .map((s) => `${s} ${result.seats[s]} -> ${other.right.seats[s]}`);
  console.log(`${other.right.name}: ${changes.length === 0 ? "no change" : changes.join(", ")}`);
}

// A party list with a 5% threshold: the count explained step by step.
const list = apportion({
  method: "dhondt",
  seats: 10,
  votes: { Red: 41_000, Blue: 29_500, Green: 17_200, Yellow: 8_900, Purple: 3_400 },
  options: { threshold: "5%" },
});
if (E.isLeft(list)) throw new Error(list.left.message);
console.log("");
for (const step of list.right.explanation) console.log(step.text);
