import { describe } from "vitest";
import type { AnyMethodDefinition } from "../../src/voting/index.js";
import { dowdallMethod } from "../../src/voting/index.js";
import { describeAxioms } from "./helpers/axioms.js";

describe("dowdall: the axioms it claims", () => {
  describeAxioms(dowdallMethod as AnyMethodDefinition);
});
