import * as E from "fp-ts/lib/Either.js";
import { formatDecideError } from "../../../src/core/index.js";
import { decide } from "../../../src/voting/index.js";

const result = decide({
  method: "schulze",
  candidates: ["Ann", "Bob"],
  ballots: ["Ann>Bob", { ranking: ["Ann", "Bobby"] }, "Bob>Ann>Cy"],
});

if (E.isLeft(result)) {
  const error = result.left;
  console.log(error._tag); // "InvalidInput"
  if (error._tag === "InvalidInput") {
    console.log(error.issues.map((issue) => issue.path)); // ["ballots[1].ranking[1]", "ballots[2]"]
  }
  console.log(formatDecideError(error));
  // Invalid input (2 problems):
  // - ballots[1].ranking[1]: unknown candidate "Bobby"
  // - ballots[2]: unknown candidate "Cy"
}
