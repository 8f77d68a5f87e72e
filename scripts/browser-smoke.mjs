// Bundles the built ESM for the browser, serves it on 127.0.0.1, loads it in headless Chromium
// (Debian's package, driven by playwright-core; nothing is downloaded) and runs the real call.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright";
import { EXPECTED } from "./smoke-call.mjs";

const entry = `
  import * as root from "co-decide";
  import { parseSpecWithProfile, pairwiseTally, preferring } from "co-decide/ballots";
  import { createPrng } from "co-decide/core";
  import { run } from "./scripts/smoke-call.mjs";
  try {
    window.__result = run({ root, parseSpecWithProfile, pairwiseTally, preferring, createPrng });
  } catch (error) {
    window.__error = String(error && error.stack || error);
  }
`;

const bundle = await build({
  stdin: { contents: entry, resolveDir: process.cwd(), sourcefile: "smoke-entry.js" },
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  write: false,
  logLevel: "error",
  metafile: true,
});
// Bundlers must get fp-ts's ES build (package.json `imports`, condition `module`), which they can
// tree-shake, never its CommonJS build.
const fpTs = Object.keys(bundle.metafile.inputs).filter((file) =>
  file.includes("node_modules/fp-ts/"),
);
assert.ok(
  fpTs.length > 0 && fpTs.every((file) => file.includes("node_modules/fp-ts/es6/")),
  fpTs.join(", "),
);
// The root stays browser-safe: nothing of co-decide/node (worker_threads, fs) may reach the bundle.
const nodeOnly = Object.keys(bundle.metafile.inputs).filter(
  (file) => file.startsWith("node:") || file.includes("dist/node/"),
);
assert.deepEqual(nodeOnly, []);
const script = bundle.outputFiles[0].text;
const page = `<!doctype html><meta charset="utf-8"><title>co-decide smoke</title><script type="module" src="/smoke.js"></script>`;

const server = createServer((request, response) => {
  if (request.url === "/smoke.js") {
    response.writeHead(200, { "content-type": "text/javascript" });
    response.end(script);
  } else {
    response.writeHead(200, { "content-type": "text/html" });
    response.end(page);
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address();

const profileDir = await mkdtemp(join(tmpdir(), "co-decide-chromium-"));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
try {
  const tab = await context.newPage();
  const pageErrors = [];
  tab.on("pageerror", (error) => pageErrors.push(String(error)));
  await tab.goto(`http://127.0.0.1:${port}/`);
  await tab.waitForFunction(
    () => window.__result !== undefined || window.__error !== undefined,
    null,
    {
      timeout: 20_000,
    },
  );
  const error = await tab.evaluate(() => window.__error);
  assert.equal(error, undefined, `the call failed in Chromium: ${error}`);
  const result = await tab.evaluate(() => window.__result);
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(result, EXPECTED);
  console.log(
    `Chromium ${context.browser()?.version() ?? ""} smoke test passed:`,
    JSON.stringify(result),
  );
} finally {
  await context.close();
  server.close();
  await rm(profileDir, { recursive: true, force: true });
}
