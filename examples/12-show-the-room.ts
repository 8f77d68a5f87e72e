/**
 * Showing the room why: a facilitator projects the count as Markdown tables. First an
 * instant-runoff vote (the Tennessee capital example of Wikipedia's "Instant-runoff voting"
 * article: Knoxville wins in the third round), then a Scottish STV count of a real council ward,
 * Calton, Glasgow City Council election of 3 May 2007 (3 seats), read from its BLT ballot file:
 * the stage table with the quota and the transfers, as a returning officer publishes it.
 *
 * Paste the output into any Markdown viewer (a wiki, an issue, a chat, a slide tool).
 *
 * Run from the repository root after `npm run build`: `npx tsx examples/12-show-the-room.ts [ward.blt]`.
 * Without an argument it reads `tests/fixtures/data/stv/glasgow-2007/Calton-2007.blt` (its README
 * gives the source).
 */
import { readFileSync } from "node:fs";
import { parseBlt } from "co-decide/ballots";
import { stv } from "co-decide/committees";
import { toMarkdown } from "co-decide/render";
import { decide } from "co-decide/voting";
import * as E from "fp-ts/lib/Either.js";

// 1. Where should the state capital be? Each voter ranks the four cities, nearest first.
const capital = decide({
  method: "irv",
  candidates: ["Memphis", "Nashville", "Chattanooga", "Knoxville"],
  ballots: [
    { ranking: ["Memphis", "Nashville", "Chattanooga", "Knoxville"], count: 42 },
    { ranking: ["Nashville", "Chattanooga", "Knoxville", "Memphis"], count: 26 },
    { ranking: ["Chattanooga", "Knoxville", "Nashville", "Memphis"], count: 15 },
    { ranking: ["Knoxville", "Chattanooga", "Nashville", "Memphis"], count: 17 },
  ],
});
if (E.isLeft(capital)) throw new Error(capital.left.message);
console.log(toMarkdown(capital.right, { title: "Where should the capital be? (instant runoff)" }));

// 2. A ward of three councillors, counted by the Scottish STV rules (SSI 2007/42).
const file = process.argv[2] ?? "tests/fixtures/data/stv/glasgow-2007/Calton-2007.blt";
const election = parseBlt(readFileSync(file, "utf8"));
if (E.isLeft(election)) throw new Error(election.left.message);
const { profile, seats, withdrawn, title } = election.right;
const count = stv(
  profile,
  seats,
  { rule: "scottish", withdrawn },
  { kind: "random", seed: "Calton 2007" },
);
if (E.isLeft(count)) throw new Error(count.left.message);
// The explanation repeats the stage table in sentences: leave it out of the slide.
console.log(toMarkdown(count.right, { title: `${title} (Scottish STV)`, explanation: false }));
