/**
 * Properties of the Markdown views: on the results of random profiles they never throw, are
 * deterministic (the same result, or the same result read back from JSON, gives the same string)
 * and well formed; on real results corrupted at random (a field replaced by any value) they still
 * never throw.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allocationToMarkdown,
  apportionmentToMarkdown,
  assessmentToMarkdown,
  committeeCheckToMarkdown,
  committeeToMarkdown,
  ledgerMetricsToMarkdown,
  outcomeToMarkdown,
  panelToMarkdown,
  powerToMarkdown,
  resolutionToMarkdown,
  stvToMarkdown,
  toMarkdown,
} from "../../src/render/index.js";
import { decide } from "../../src/voting/index.js";
import { anything } from "../fuzz/arbitraries.js";
import { arbCandidateName, arbRankedBallot } from "../helpers/arbitraries.js";
import { runs } from "../helpers/runs.js";
import { expectWellFormed } from "./markdown-helpers.js";
import * as results from "./results.js";

const name = fc.oneof(arbCandidateName(), fc.constantFrom("a|b", "*x*", "<i>", "l\nb", "[l]"));
const candidates = fc.uniqueArray(name, { minLength: 1, maxLength: 5 });
const tieBreak = fc.constantFrom(
  { kind: "lexicographic" },
  { kind: "none" },
  { kind: "random", seed: "7" },
  { kind: "backwards" },
);

const RANKED = ["irv", "coombs", "schulze", "ranked-pairs", "borda", "copeland", "minimax"];
const MULTI = ["stv", "block-borda"];
const APPROVAL = ["pav", "seq-phragmen", "equal-shares", "av", "seq-pav"];

const rankedSpec = candidates.chain((names) =>
  fc.record({
    method: fc.constantFrom(...RANKED, ...MULTI),
    candidates: fc.constant(names),
    ballots: fc.array(arbRankedBallot(names), { maxLength: 8 }),
    seats: fc.integer({ min: 1, max: names.length }),
    tieBreak,
  }),
);

const approvalSpec = candidates.chain((names) =>
  fc.record({
    method: fc.constantFrom(...APPROVAL),
    candidates: fc.constant(names),
    ballots: fc.array(
      fc.subarray(names).map((approve) => ({ approve })),
      { maxLength: 8 },
    ),
    seats: fc.integer({ min: 1, max: names.length }),
    tieBreak,
  }),
);

/** The spec as decide takes it: `seats` only for the multi-seat methods. */
const specOf = (spec: { method: string; seats: number }): Record<string, unknown> => {
  const { seats, ...rest } = spec;
  return RANKED.includes(spec.method) ? rest : { ...rest, seats };
};

const checkView = (result: unknown): void => {
  const md = toMarkdown(result as never);
  expect(typeof md).toBe("string");
  expect(toMarkdown(result as never)).toBe(md);
  expect(toMarkdown(JSON.parse(JSON.stringify(result)))).toBe(md);
  expectWellFormed(md);
  expect(md.startsWith("> ")).toBe(false);
};

describe("toMarkdown on the results of random profiles", () => {
  it("never throws, is deterministic and well formed (ranked and multi-seat methods)", () => {
    let shown = 0;
    fc.assert(
      fc.property(rankedSpec, (spec) => {
        const outcome = decide(specOf(spec));
        if (outcome._tag === "Right") {
          checkView(outcome.right);
          shown++;
        }
      }),
      { numRuns: runs(200) },
    );
    expect(shown).toBeGreaterThan(runs(200) / 2);
  });

  it("never throws, is deterministic and well formed (approval committees)", () => {
    let shown = 0;
    fc.assert(
      fc.property(approvalSpec, (spec) => {
        const outcome = decide(specOf(spec));
        if (outcome._tag === "Right") {
          checkView(outcome.right);
          shown++;
        }
      }),
      { numRuns: runs(200) },
    );
    expect(shown).toBeGreaterThan(runs(200) / 2);
  });
});

/** A real result of every kind, each with the view it belongs to. */
const REAL: readonly (readonly [unknown, (r: never, o?: never) => string])[] = [
  [results.irvTennessee(), outcomeToMarkdown],
  [results.rankedPairsTennessee(), outcomeToMarkdown],
  [results.glasgowWard("Calton-2007"), stvToMarkdown],
  [results.pavRunning(), committeeToMarkdown],
  [results.wieliczka(), allocationToMarkdown],
  [results.dhondt(), apportionmentToMarkdown],
  [results.hare(), apportionmentToMarkdown],
  [results.consentBlocked(), resolutionToMarkdown],
  [results.smallPanel(), panelToMarkdown],
  [results.eecShapley(), powerToMarkdown],
  [results.scenarioMetrics(), ledgerMetricsToMarkdown],
  [results.ejrAziz4(), committeeCheckToMarkdown],
  [results.troubledAssessment(), assessmentToMarkdown],
];

/** Every path to a value in a JSON value, to depth 3 (array items: the first two only). */
const pathsOf = (value: unknown, depth = 3): (string | number)[][] => {
  if (depth === 0 || typeof value !== "object" || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value)
    ? [0, 1].filter((i) => i < value.length)
    : Object.keys(value);
  return keys.flatMap((key) => [
    [key],
    ...pathsOf((value as Record<string | number, unknown>)[key], depth - 1).map((rest) => [
      key,
      ...rest,
    ]),
  ]);
};

/** A copy of `value` with the value at `path` replaced. */
const replaced = (value: unknown, path: readonly (string | number)[], by: unknown): unknown => {
  const copy = JSON.parse(JSON.stringify(value)) as Record<string | number, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1] as string | number] = by;
  return copy;
};

const corrupted = fc.integer({ min: 0, max: REAL.length - 1 }).chain((i) => {
  const [result, view] = REAL[i] as (typeof REAL)[number];
  const paths = pathsOf(result);
  return fc.record({
    view: fc.constant(view),
    result: fc
      .array(fc.tuple(fc.integer({ min: 0, max: paths.length - 1 }), anything), {
        minLength: 1,
        maxLength: 3,
      })
      .map((changes) =>
        changes.reduce((r, [p, by]) => {
          try {
            return replaced(r, paths[p] as (string | number)[], by);
          } catch {
            return r; // the path no longer exists after an earlier change
          }
        }, result as unknown),
      ),
    options: fc.option(
      fc.record(
        {
          headingLevel: anything,
          title: anything,
          explanation: anything,
          pool: anything,
          maxCells: anything,
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
  });
});

describe("the views on corrupted results", () => {
  it("never throw, whatever field is replaced by whatever value", () => {
    fc.assert(
      fc.property(corrupted, ({ view, result, options }) => {
        const direct = view(result as never, options as never);
        const dispatched = toMarkdown(result as never, options as never);
        expect(typeof direct).toBe("string");
        expect(direct.endsWith("\n")).toBe(true);
        expect(typeof dispatched).toBe("string");
      }),
      { numRuns: runs(400) },
    );
  });

  it("never throw on anything at all", () => {
    fc.assert(
      fc.property(anything, anything, (result, options) => {
        for (const [, view] of REAL)
          expect(typeof view(result as never, options as never)).toBe("string");
        expect(typeof toMarkdown(result as never, options as never)).toBe("string");
      }),
      { numRuns: runs(200) },
    );
  });
});
