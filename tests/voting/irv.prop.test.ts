import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnyMethodDefinition } from "../../src/voting/index.js";
import { irvMethod } from "../../src/voting/index.js";
import { runs } from "../helpers/runs.js";
import { describeAxioms, outcomeOf, specOf, strictProfiles } from "./helpers/axioms.js";

describe("irv: the axioms it claims", () => {
  describeAxioms(irvMethod as AnyMethodDefinition);
});

describe("irv: tiedFirst", () => {
  it("approval and split elect the same candidates when no ballot ties (Delemazure and Peters 2024)", () => {
    fc.assert(
      fc.property(strictProfiles(), (profile) => {
        const method = irvMethod as AnyMethodDefinition;
        const split = outcomeOf(
          specOf(method, profile, undefined, { options: { tiedFirst: "split" } }),
        );
        const approval = outcomeOf(
          specOf(method, profile, undefined, { options: { tiedFirst: "approval" } }),
        );
        expect(approval.winners).toEqual(split.winners);
      }),
      { numRuns: runs(200) },
    );
  });
});
