import { troubled } from "../../process/scenarios.js";

const programme: unknown = troubled();

// ---- guide ----
import { assessProcess, parseProcess } from "../../../src/process/index.js";

const parsed = parseProcess(programme); // programme: the JSON your app stored
if (parsed._tag === "Right") {
  const assessment = assessProcess(parsed.right, { asOf: "2026-03-31" });
  if (assessment._tag === "Right") {
    for (const flag of assessment.right.flags) console.log(flag.id, flag.severity);
  }
}
