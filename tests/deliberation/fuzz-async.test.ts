/**
 * selectPanelAsync is a boundary that returns a Promise, which the synchronous fuzz suite in
 * tests/fuzz cannot drive: here it gets the same spec arbitrary and the same pathological values,
 * and must resolve (never reject) to an Either whose Left is a DecideError.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDecideError } from "../../src/core/index.js";
import { selectPanelAsync } from "../../src/deliberation/index.js";
import { pathological } from "../fuzz/arbitraries.js";
import { panelSpec } from "../fuzz/surface.js";
import { runs } from "../helpers/runs.js";

const check = async (input: unknown): Promise<void> => {
  const result = await selectPanelAsync(input);
  expect(["Left", "Right"]).toContain(result._tag);
  if (result._tag === "Left") expect(isDecideError(result.left)).toBe(true);
};

describe("selectPanelAsync: fuzzed", () => {
  it("resolves to an Either for any spec, LP methods included", async () => {
    await fc.assert(
      fc.asyncProperty(panelSpec, async (spec) => {
        const lp =
          typeof spec === "object" && spec !== null ? { ...spec, method: "leximin" } : spec;
        const nash = typeof spec === "object" && spec !== null ? { ...spec, method: "nash" } : spec;
        await check(spec);
        await check(lp);
        await check(nash);
      }),
      { numRuns: runs(100) },
    );
  });

  it("resolves to an Either for every pathological value", async () => {
    for (const [, value] of pathological()) await check(value);
  });
});
