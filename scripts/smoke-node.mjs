// Loads the built ESM under plain Node, through the package's own `exports` map, and runs a real call.
import assert from "node:assert/strict";
import * as root from "co-decide";
import { pairwiseTally, parseSpecWithProfile, preferring } from "co-decide/ballots";
import { createPrng } from "co-decide/core";
import * as node from "co-decide/node";
import { run } from "./smoke-call.mjs";

const result = run({ root, parseSpecWithProfile, pairwiseTally, preferring, createPrng });
assert.deepEqual(result, (await import("./smoke-call.mjs")).EXPECTED);
console.log("ESM smoke test passed:", JSON.stringify(result));
console.log(
  "ESM worker smoke test passed:",
  JSON.stringify(await (await import("./smoke-workers.mjs")).checkWorkers(node)),
);
