// Runs the TypeScript worker (src/node/worker.ts) in a worker thread under vitest, through tsx's
// loader; the built package runs dist/node/worker.js directly.
import { register } from "tsx/esm/api";

register();
await import("../../src/node/worker.ts");
