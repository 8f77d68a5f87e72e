import { describe } from "vitest";
import type { AnyMethodDefinition } from "../../src/voting/index.js";
import { usualJudgmentMethod } from "../../src/voting/index.js";
import { describeAxioms } from "./helpers/axioms.js";

describe("usual-judgment: the axioms it claims", () => {
  describeAxioms(usualJudgmentMethod as AnyMethodDefinition);
});
