/**
 * The README's 60-second example, kept here so that CI runs it (tests/package/readme.test.ts checks
 * that the two stay identical).
 */
import { decide, formatDecideError, isRight } from "co-decide";

// Where should Tennessee put its capital? (the classic example of Condorcet methods)
const outcome = decide({
  method: "schulze",
  candidates: ["Memphis", "Nashville", "Chattanooga", "Knoxville"],
  ballots: [
    { ranking: ["Memphis", "Nashville", "Chattanooga", "Knoxville"], count: 42 },
    { ranking: ["Nashville", "Chattanooga", "Knoxville", "Memphis"], count: 26 },
    { ranking: ["Chattanooga", "Knoxville", "Nashville", "Memphis"], count: 15 },
    { ranking: ["Knoxville", "Chattanooga", "Nashville", "Memphis"], count: 17 },
    // one ballot can also be written in shorthand: "Knoxville>Chattanooga>Nashville>Memphis"
  ],
});

if (isRight(outcome)) {
  console.log(outcome.right.winners); // ["Nashville"]
  for (const step of outcome.right.explanation) console.log(step.text);
} else {
  console.error(formatDecideError(outcome.left)); // says what is wrong, and where
}
