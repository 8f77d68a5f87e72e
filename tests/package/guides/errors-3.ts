import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import { parseProfile } from "../../../src/ballots/index.js";
import { formatDecideError } from "../../../src/core/index.js";
import { schulze } from "../../../src/voting/index.js";

// With fp-ts: chain the steps; the first error stops the chain and comes out at the end.
const text = "Timestamp,Rank [Ann],Rank [Bob]\n2026-03-01,1st choice,2nd choice\n";
const message = pipe(
  parseProfile(text, { format: "csv", layout: "grid" }),
  E.map((profile) => (profile.kind === "ranked" ? schulze(profile).winners : [])),
  E.match(
    (error) => `Could not count: ${formatDecideError(error)}`,
    (winners) => `Winner: ${winners.join(", ")}`,
  ),
);
console.log(message); // "Winner: Ann"
