import { describe } from "vitest";
import type { AnyMethodDefinition } from "../../src/voting/index.js";
import { pluralityMethod } from "../../src/voting/index.js";
import { describeAxioms } from "./helpers/axioms.js";

describe("plurality: the axioms it claims", () => {
  describeAxioms(pluralityMethod as AnyMethodDefinition);
});
