#!/usr/bin/env node
/// <reference types="node" />
/**
 * The `co-decide` executable (package.json `bin`). Node only: see `main.ts`.
 *
 * @internal
 * @module
 */
import { main } from "./main.js";

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (cause: unknown) => {
    process.stderr.write(`co-decide: ${cause instanceof Error ? cause.message : String(cause)}\n`);
    process.exitCode = 1;
  },
);
