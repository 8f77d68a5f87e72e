// Loads the built CJS under plain Node, through the package's own `exports` map, and runs a real call.
const assert = require("node:assert/strict");
const root = require("co-decide");
const { parseSpecWithProfile, pairwiseTally, preferring } = require("co-decide/ballots");
const { createPrng } = require("co-decide/core");
const node = require("co-decide/node");

import("./smoke-call.mjs").then(({ run, EXPECTED }) => {
  const result = run({ root, parseSpecWithProfile, pairwiseTally, preferring, createPrng });
  assert.deepEqual(result, EXPECTED);
  console.log("CJS smoke test passed:", JSON.stringify(result));
  return import("./smoke-workers.mjs")
    .then(({ checkWorkers }) => checkWorkers(node))
    .then((winners) => console.log("CJS worker smoke test passed:", JSON.stringify(winners)));
});
