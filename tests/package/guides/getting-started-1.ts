import * as E from "fp-ts/lib/Either.js";
import { decide } from "../../../src/index.js";

// Five residents rank three park projects, best first.
const result = decide({
  method: "schulze",
  candidates: ["Skate park", "Community garden", "Playground"],
  ballots: [
    { ranking: ["Community garden", "Playground", "Skate park"], count: 2 },
    { ranking: ["Skate park", "Playground", "Community garden"], count: 2 },
    "Playground>Community garden>Skate park",
  ],
});

if (E.isRight(result)) {
  console.log(result.right.winners); // ["Playground"]
  for (const step of result.right.explanation) console.log(step.text);
} else {
  console.error(result.left.message);
}
