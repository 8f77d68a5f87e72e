/**
 * An instant-runoff count of real Irish ballots: Dublin North, 2002 general election, as kept by
 * PrefLib (data set 00001, 43,942 ballots, 12 candidates). Ireland filled four seats there by
 * STV; this example counts the ballots as if for a single seat, which is exactly instant runoff,
 * and prints the count sheet round by round. Ties for exclusion look back to the most recent
 * round where the tied candidates differed, as Irish and Scottish rules do.
 *
 * Run from the repository root after `npm run build`: `npx tsx examples/02-irish-count.ts [file.soi]`.
 * Without an argument it reads `tests/fixtures/data/preflib/irish/00001-00000001.soi` (PrefLib's
 * copy; its README gives the source and citation).
 */
import { readFileSync } from "node:fs";
import { parseProfile } from "co-decide/ballots";
import { irv } from "co-decide/voting";
import * as E from "fp-ts/lib/Either.js";

const file = process.argv[2] ?? "tests/fixtures/data/preflib/irish/00001-00000001.soi";
const parsed = parseProfile(readFileSync(file, "utf8"), { format: "soi" });
if (E.isLeft(parsed)) throw new Error(parsed.left.message);
const profile = parsed.right;
if (profile.kind !== "ranked") throw new Error("a .soi file holds ranked ballots");

console.log(`${profile.totalCount} ballots, ${profile.candidates.length} candidates.\n`);
// Irish voters rank as few candidates as they like: a ballot whose candidates are all out is
// exhausted (under either `unranked` rule; see irv's documentation).
const outcome = irv(profile, {}, { kind: "backwards" });
for (const round of outcome.rounds ?? []) console.log(round.text);
for (const tie of outcome.tieBreaks) console.log(`Tie: ${tie.text}`);
console.log(`\nElected for a single seat: ${outcome.winners.join(", ")}`);
