import { writeFileSync } from "node:fs";
import { countInWorkers } from "../../../src/node/index.js";

writeFileSync(
  "ward.toi",
  [
    "# DATA TYPE: toi",
    "# NUMBER ALTERNATIVES: 3",
    "# NUMBER VOTERS: 6",
    "# NUMBER UNIQUE ORDERS: 3",
    "# ALTERNATIVE NAME 1: a",
    "# ALTERNATIVE NAME 2: b",
    "# ALTERNATIVE NAME 3: c",
    "3: 1,{2,3}",
    "2: 2,3,1",
    "1: 3",
    "",
  ].join("\n"),
);

const result = await countInWorkers({ files: ["ward.toi"] }, { workers: 2, method: "schulze" });
// => right: { tally, outcome: { method: "schulze", winners: ["a"], ... }, rows: 3, voters: "6", workers: 2 }
// ---- checks
void result;
