import { writeFileSync } from "node:fs";
import { countInWorkers, encodeRankRows } from "../../../src/node/index.js";

// A rank-rows file: a header naming the candidates, then n cells per voter.
writeFileSync(
  "ward.cdrr",
  encodeRankRows(Uint8Array.from([1, 2, 3, 2, 1, 3, 1, 3, 2]), ["a", "b", "c"]),
);

const result = await countInWorkers({ files: ["ward.cdrr"] }, { workers: 2, method: "schulze" });
// => right: { tally, outcome: { method: "schulze", winners: ["a"], ... }, rows: 3, voters: "3", workers: 2 }
// ---- checks
void result;
