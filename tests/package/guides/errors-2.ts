import { parseProfile } from "../../../src/ballots/index.js";
import { type DecideError, formatDecideError } from "../../../src/core/index.js";

// Without fp-ts: switch on _tag, and every field of that error is typed.
const describe = (error: DecideError): string => {
  switch (error._tag) {
    case "ParseError":
      return `Check ${error.format} line ${error.line}, column ${error.column}.`;
    case "InvalidInput":
      return `Fix ${error.issues.map((issue) => issue.path || "the input").join(", ")}.`;
    default:
      return formatDecideError(error);
  }
};

const result = parseProfile("Q [Ann],Q [Bob]\n1st choice,maybe\n", {
  format: "csv",
  layout: "grid",
});
if (result._tag === "Left") console.log(describe(result.left)); // "Check csv line 2, column 12."
