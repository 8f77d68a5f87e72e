import { describe } from "vitest";
import type { AnyMethodDefinition } from "../../src/voting/index.js";
import { bucklinMethod } from "../../src/voting/index.js";
import { describeAxioms } from "./helpers/axioms.js";

describe("bucklin: the axioms it claims", () => {
  describeAxioms(bucklinMethod as AnyMethodDefinition);
});
