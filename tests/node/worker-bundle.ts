/**
 * The worker of `countInWorkers`, bundled once per test file. The built package runs
 * dist/node/worker.js; under vitest there is no build, and starting each worker through a
 * TypeScript loader would compile the worker's whole import graph again in every thread.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

/** Bundles src/node/worker.ts into a temporary folder; `dispose` removes the folder. */
export const bundleWorker = async (): Promise<{ url: URL; dispose: () => void }> => {
  const dir = mkdtempSync(join(tmpdir(), "co-decide-worker-"));
  const outfile = join(dir, "worker.mjs");
  await build({
    entryPoints: [new URL("../../src/node/worker.ts", import.meta.url).pathname],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    logLevel: "silent",
  });
  return {
    url: pathToFileURL(outfile),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
};
