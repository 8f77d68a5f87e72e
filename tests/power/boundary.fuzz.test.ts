/**
 * Every function exported by `co-decide/power` and `co-decide/commitments`, driven with anything
 * (fast-check `anything()`, sparse arrays, wrong option types): none throws. A function that
 * returns an Either returns one. (Issue 10; the repository-wide fuzz suite goes further.)
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as commitments from "../../src/commitments/index.js";
import * as power from "../../src/power/index.js";
import { runs } from "../helpers/runs.js";

const sparse = fc
  .tuple(fc.array(fc.anything(), { maxLength: 4 }), fc.nat({ max: 6 }))
  .map(([items, gap]) => {
    const out: unknown[] = [...items];
    out.length = items.length + gap;
    return out;
  });
const argument = fc.oneof(fc.anything(), sparse, fc.constantFrom(null, undefined, 5, "x", [], {}));

/** The functions of a module namespace (constants, schemas and types are skipped). */
const functionsOf = (
  namespace: Record<string, unknown>,
): [string, (...args: unknown[]) => unknown][] =>
  Object.entries(namespace).filter(
    (entry): entry is [string, (...args: unknown[]) => unknown] =>
      typeof entry[1] === "function" && !/Schema$/.test(entry[0]),
  );

describe.each([
  ["power", power as Record<string, unknown>],
  ["commitments", commitments as Record<string, unknown>],
])("co-decide/%s", (_, namespace) => {
  it.each(functionsOf(namespace))("%s never throws on anything", (_name, f) => {
    fc.assert(
      fc.property(argument, argument, argument, (a, b, c) => {
        expect(() => f(a, b, c)).not.toThrow();
      }),
      { numRuns: runs(60) },
    );
  });
});
