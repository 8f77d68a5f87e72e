import { readFileSync } from "node:fs";
import * as E from "fp-ts/lib/Either.js";
import { stvFromBlt } from "../../../src/committees/index.js";

const text = readFileSync("Anderston-City-2007.blt", "utf8");
const outcome = stvFromBlt(text, { rule: "scottish" }, { kind: "random", seed: "count 2007" });
if (E.isRight(outcome)) console.log(outcome.right.winners);
// => ["Craig MacKay", "Philip Braat", "Nina Baker", "Gordon Matheson"]
