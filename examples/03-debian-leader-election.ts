/**
 * The Debian Project Leader election of 2007, counted again from the real ballots.
 *
 * Debian elects its leader with a Condorcet method (Schulze's beatpath method since 2003). The
 * 2007 race had nine options, eight candidates and "None Of The Above", and was close: the
 * secretary announced Sam Hocevar as the winner on 8 April 2007. PrefLib (data set 00002) keeps
 * the 482 ballots; a candidate a voter left off is ranked below every candidate they listed, as
 * Debian counts them (`unranked: "tied-last"`).
 *
 * Run from the repository root after `npm run build`:
 * `node --experimental-strip-types examples/03-debian-leader-election.ts [file.soi]` (Node 22+),
 * or compile it with `tsc` first. Without an argument it reads
 * `tests/fixtures/data/preflib/debian/00002-00000005.soi` (PrefLib's copy; its README gives the
 * source and citation).
 */
import { readFileSync } from "node:fs";
import { parseProfile } from "co-decide/ballots";
import { rankedPairs, schulze, splitCycle } from "co-decide/voting";
import * as E from "fp-ts/lib/Either.js";

const file = process.argv[2] ?? "tests/fixtures/data/preflib/debian/00002-00000005.soi";
const parsed = parseProfile(readFileSync(file, "utf8"), { format: "soi" });
if (E.isLeft(parsed)) throw new Error(parsed.left.message);
const profile = parsed.right;
if (profile.kind !== "ranked") throw new Error("a .soi file holds ranked ballots");

console.log(`${profile.totalCount} voters, ${profile.candidates.length} options.\n`);

// Schulze, as Debian counts: the explanation is written for the people in the room.
const outcome = schulze(profile, { strength: "winning" }, { kind: "none" });
for (const step of outcome.explanation) console.log(`- ${step.text}`);

console.log(`\nWinner: ${outcome.winners.join(", ")}`);
console.log(`Ranking: ${(outcome.ranking ?? []).map((tier) => tier.join(" = ")).join(" > ")}`);

// Two other Condorcet methods agree on the winner when, as here, a Condorcet winner exists.
console.log(`Ranked Pairs: ${rankedPairs(profile, {}, { kind: "none" }).winners.join(", ")}`);
console.log(`Split Cycle:  ${splitCycle(profile, {}, { kind: "none" }).winners.join(", ")}`);
