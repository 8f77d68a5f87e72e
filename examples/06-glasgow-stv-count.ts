/**
 * A Scottish STV count of a real council ward: Anderston/City, Glasgow City Council election of
 * 3 May 2007 (9 candidates, 4 seats), read from its BLT ballot file and counted by the rules of the
 * Scottish Local Government Elections Order 2007. It prints the stage table a returning officer
 * publishes: every candidate's votes at every stage, the non-transferable papers, and who was
 * elected or excluded.
 *
 * Run from the repository root after `npm run build`: `npx tsx examples/06-glasgow-stv-count.ts [ward.blt]`.
 * Without an argument it reads `tests/fixtures/data/stv/glasgow-2007/Anderston-City-2007.blt`
 * (its README gives the source).
 */
import { readFileSync } from "node:fs";
import { parseBlt } from "co-decide/ballots";
import { stv } from "co-decide/committees";
import * as E from "fp-ts/lib/Either.js";

const file = process.argv[2] ?? "tests/fixtures/data/stv/glasgow-2007/Anderston-City-2007.blt";
const election = parseBlt(readFileSync(file, "utf8"));
if (E.isLeft(election)) throw new Error(election.left.message);
const { profile, seats, withdrawn, title } = election.right;

// The statute breaks ties by look-back, then by lot: give the lot a public seed.
const counted = stv(
  profile,
  seats,
  { rule: "scottish", withdrawn },
  { kind: "random", seed: "Anderston/City 2007" },
);
if (E.isLeft(counted)) throw new Error(counted.left.message);
const outcome = counted.right;

console.log(
  `${title}: ${seats} seats, ${outcome.validVotes} valid votes, quota ${outcome.quota}\n`,
);
const width = Math.max(...profile.candidates.map((c) => c.length));
console.log(
  `${"Stage".padEnd(width)} ${outcome.rounds.map((r) => String(r.round).padStart(11)).join(" ")}`,
);
for (const name of profile.candidates)
  console.log(
    `${name.padEnd(width)} ${outcome.rounds.map((r) => (r.tallies[name] ?? "").padStart(11)).join(" ")}`,
  );
console.log(
  `${"Non-transferable".padEnd(width)} ${outcome.rounds.map((r) => r.nonTransferable.padStart(11)).join(" ")}`,
);
console.log();
for (const round of outcome.rounds) console.log(round.text);
console.log(`\nElected, in order: ${outcome.winners.join(", ")}`);
