/**
 * How hard the property tests try. `npm test` is the default run, kept short so that the whole suite
 * takes about a minute on a two-core machine; `CO_DECIDE_LONG=1 npm test` is the long run (before a
 * release, or on a schedule), which tries sixteen times as many cases.
 *
 * Counts are written at fast-check's usual scale, where a property tries 100 cases: a property that
 * needs its own count writes `{ numRuns: runs(n) }` and gets a quarter of `n` in the default run and
 * four times `n` in the long run. Properties with no count of their own get {@link DEFAULT_RUNS}
 * (`runs(100)`), which tests/setup.ts gives fast-check as its global `numRuns`.
 */

/** True when `CO_DECIDE_LONG=1`: the long run. */
export const LONG_RUN: boolean = process.env["CO_DECIDE_LONG"] === "1";

/**
 * The number of cases for a property whose count is `n` at fast-check's usual scale: `n / 4`
 * (rounded up, and at least 10) in the default run, `4 n` in the long run.
 */
export const runs = (n: number): number => (LONG_RUN ? n * 4 : Math.max(10, Math.ceil(n / 4)));

/** fast-check's global `numRuns`, for properties without a count of their own: 25, or 400 long. */
export const DEFAULT_RUNS: number = runs(100);
