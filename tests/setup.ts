/**
 * Runs before every test file (vitest.config.ts `setupFiles`): gives fast-check its global number of
 * cases per property, short by default and long with `CO_DECIDE_LONG=1` (tests/helpers/runs.ts).
 */
import fc from "fast-check";
import { DEFAULT_RUNS } from "./helpers/runs.js";

fc.configureGlobal({ numRuns: DEFAULT_RUNS });
