import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareMajorityValues } from "../../src/counting/grades.js";
import type { AnyMethodDefinition } from "../../src/voting/index.js";
import { majorityJudgmentMethod } from "../../src/voting/index.js";
import { runs } from "../helpers/runs.js";
import { describeAxioms } from "./helpers/axioms.js";

describe("majority-judgment: the axioms it claims", () => {
  describeAxioms(majorityJudgmentMethod as AnyMethodDefinition);
});

/** The majority value by definition: remove the lower middlemost grade, one voter at a time. */
const naiveMajorityValue = (grades: readonly number[]): number[] => {
  const rest = [...grades].sort((a, b) => a - b);
  const out: number[] = [];
  while (rest.length > 0) {
    const [g] = rest.splice(Math.floor(rest.length / 2), 1);
    out.push(g as number);
  }
  return out;
};

const cumulativeOf = (grades: readonly number[], g: number): Float64Array => {
  const cum = new Float64Array(g);
  for (const x of grades) for (let i = x; i < g; i++) cum[i] = (cum[i] as number) + 1;
  return cum;
};

describe("compareMajorityValues", () => {
  it("agrees with removing majority grades one by one (Balinski and Laraki 2011)", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 9 })
          .chain((voters) =>
            fc.tuple(
              fc.array(fc.integer({ min: 0, max: 4 }), { minLength: voters, maxLength: voters }),
              fc.array(fc.integer({ min: 0, max: 4 }), { minLength: voters, maxLength: voters }),
            ),
          ),
        ([a, b]) => {
          const va = naiveMajorityValue(a);
          const vb = naiveMajorityValue(b);
          const k = va.findIndex((g, i) => g !== vb[i]);
          // Lower grade index = better grade.
          const expected = k < 0 ? 0 : Math.sign((vb[k] as number) - (va[k] as number));
          expect(
            Math.sign(compareMajorityValues(cumulativeOf(a, 5), cumulativeOf(b, 5), a.length)),
          ).toBe(expected);
        },
      ),
      { numRuns: runs(2000) },
    );
  });
});
