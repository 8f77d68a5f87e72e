import { parseProfile } from "../../../src/ballots/index.js";
import { formatDecideError } from "../../../src/core/index.js";
import { irv, schulze } from "../../../src/voting/index.js";

// The responses sheet of a Google Form with a ranking grid, downloaded as CSV.
// In Node: readFileSync("responses.csv", "utf8"); in a browser: await file.text().
const csv = `Timestamp,Email Address,Rank the projects [Skate park],Rank the projects [Garden],Rank the projects [Playground],Comments
01/03/2026 09:12:44,ana@example.org,2nd choice,1st choice,3rd choice,
01/03/2026 09:40:02,ben@example.org,1st choice,3rd choice,2nd choice,"More benches, please"
01/03/2026 11:05:51,cat@example.org,,1st choice,2nd choice,
02/03/2026 18:22:10,dev@example.org,1st choice,2nd choice,1st choice,
`;

const profile = parseProfile(csv, { format: "csv", layout: "grid" });
if (profile._tag === "Left") {
  console.error(formatDecideError(profile.left)); // e.g. "csv line 3, column 36: ..."
} else if (profile.right.kind === "ranked") {
  console.log(profile.right.candidates); // ["Skate park", "Garden", "Playground"]
  console.log(schulze(profile.right).winners); // ["Garden"]
  console.log(irv(profile.right).winners); // ["Garden"]
}
