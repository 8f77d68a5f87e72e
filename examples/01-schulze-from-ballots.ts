/**
 * Where should Tennessee's capital be? Wikipedia's classic example, counted with several methods
 * from the same ranked ballots, each printing the explanation a facilitator would read aloud.
 *
 * Run: npx tsx examples/01-schulze-from-ballots.ts
 */
import { formatDecideError } from "co-decide/core";
import { decide } from "co-decide/voting";

const candidates = ["Memphis", "Nashville", "Chattanooga", "Knoxville"];
// Everyone prefers cities closer to home: 42% near Memphis, 26% Nashville, 15% Chattanooga, 17% Knoxville.
const ballots = [
  { ranking: ["Memphis", "Nashville", "Chattanooga", "Knoxville"], count: 42 },
  { ranking: ["Nashville", "Chattanooga", "Knoxville", "Memphis"], count: 26 },
  { ranking: ["Chattanooga", "Knoxville", "Nashville", "Memphis"], count: 15 },
  { ranking: ["Knoxville", "Chattanooga", "Nashville", "Memphis"], count: 17 },
];

for (const method of ["schulze", "plurality", "irv", "two-round", "borda", "coombs", "bucklin"]) {
  const outcome = decide({ method, candidates, ballots });
  console.log(`\n== ${method} ==`);
  if (outcome._tag === "Left") {
    console.log(formatDecideError(outcome.left));
    continue;
  }
  for (const step of outcome.right.explanation) console.log(`- ${step.text}`);
  console.log(`Winner: ${outcome.right.winners.join(", ")}`);
}
