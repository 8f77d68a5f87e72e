/**
 * Fuzzing every boundary of the package (issue 10, "Keep it from coming back"): each driven
 * function gets fast-check's `anything()`, sparse arrays, wrong option types, inputs shaped like
 * real ones with a wrong part, and a fixed set of pathological values (a sparse array of 2^32 - 1
 * slots, a million digits, throwing getters and proxies) in every argument position.
 *
 * Asserted for every call: it does not throw; it returns an Either (or its documented plain
 * value); a Left is a DecideError whose position is given (an InvalidInput's issues each have a
 * path, a ParseError a line and column from 1, a work limit its details); its message is short;
 * and the call ends within {@link CALL_BOUND_MS}, far above any default work limit (about 2 s on a
 * small machine) and only there to catch a hang.
 *
 * The default run is short, for CI; `CO_DECIDE_LONG=1` runs many more cases.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDecideError } from "../../src/core/index.js";
import { pathological } from "./arbitraries.js";
import { DRIVEN, type Driven } from "./surface.js";

const LONG = process.env["CO_DECIDE_LONG"] === "1";
const RUNS = LONG ? 2000 : 100;

/** A safety bound per call, not a timing assertion: a call past it has hung or lost its limit. */
const CALL_BOUND_MS = 3000;

/** The longest message any error may carry. */
const MAX_MESSAGE = 10_000;

/**
 * Known failures, each owned by another change: these driven functions still break an assertion
 * below (the reason says which). Empty this list when those fixes land; the suite is written so
 * that it then passes unchanged.
 */
// biome-ignore format: one line per entry reads best.
const KNOWN_FAILURES: Readonly<Record<string, string>> = {};

/** Checks one result against the boundary contract; returns a description of the breach, if any. */
const breach = (entry: Driven, call: () => unknown): string | undefined => {
  const started = performance.now();
  let result: unknown;
  try {
    result = call();
  } catch (cause) {
    return `threw ${cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)}`;
  }
  const elapsed = performance.now() - started;
  if (elapsed > CALL_BOUND_MS) return `took ${Math.round(elapsed)} ms`;
  if (entry.returns.kind === "plain") {
    return entry.returns.check(result)
      ? undefined
      : `returned ${typeof result}, not its plain value`;
  }
  if (typeof result !== "object" || result === null) return "did not return an Either";
  const tag = (result as { _tag?: unknown })._tag;
  if (tag === "Right") return "right" in result ? undefined : "a Right without a value";
  if (tag !== "Left" || !("left" in result)) return "did not return an Either";
  const error = result.left;
  if (!isDecideError(error)) return "a Left that is not a DecideError";
  if (error.message.length > MAX_MESSAGE) return `a message of ${error.message.length} characters`;
  switch (error._tag) {
    case "InvalidInput":
      if (error.issues.length === 0) return "an InvalidInput without issues";
      if (error.issues.length > 100) return `an InvalidInput of ${error.issues.length} issues`;
      for (const issue of error.issues) {
        if (typeof issue.path !== "string" || typeof issue.code !== "string") {
          return "an issue without a path or code";
        }
        if (typeof issue.message !== "string" || issue.message.length > 1000) {
          return "an issue without a short message";
        }
      }
      return undefined;
    case "ParseError":
      return Number.isInteger(error.line) &&
        error.line >= 1 &&
        Number.isInteger(error.column) &&
        error.column >= 1
        ? undefined
        : "a ParseError without a line and column";
    case "Unsupported":
      if (error.reason === "internal_error") return `an internal error: ${error.message}`;
      if (error.reason === "work_limit" && error.limit === undefined)
        return "a work limit without details";
      return undefined;
    case "InvalidTransition":
    case "IntegrityError":
      return typeof error.path === "string" ? undefined : "an error without a path";
    case "UnknownMethod":
      return undefined;
  }
};

const assertHolds = (entry: Driven, call: () => unknown): void => {
  const problem = breach(entry, call);
  if (problem !== undefined) throw new Error(`${entry.name}: ${problem}`);
};

const fuzzed = DRIVEN.filter((entry) => !(entry.name in KNOWN_FAILURES));

describe("every boundary on fuzzed input", () => {
  it.each(fuzzed.map((entry) => [entry.name, entry] as const))("%s", (_, entry) => {
    fc.assert(
      fc.property(entry.args, (args) => assertHolds(entry, () => entry.call(...args))),
      { numRuns: RUNS },
    );
  });
});

describe("every boundary on pathological values in every argument", () => {
  const values = pathological();
  it.each(fuzzed.map((entry) => [entry.name, entry] as const))("%s", (_, entry) => {
    const problems: string[] = [];
    for (let position = 0; position < entry.arity; position++) {
      // The other arguments take a first sample of their arbitrary.
      const [base] = fc.sample(entry.args, { numRuns: 1, seed: 1 });
      for (const [label, value] of values) {
        const args = [...(base ?? [])];
        args[position] = value;
        const problem = breach(entry, () => entry.call(...args));
        if (problem !== undefined) problems.push(`argument ${position + 1} = ${label}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("the allow-list of known failures", () => {
  it("names only driven functions", () => {
    const names = new Set(DRIVEN.map((entry) => entry.name));
    expect(Object.keys(KNOWN_FAILURES).filter((name) => !names.has(name))).toEqual([]);
  });
});
