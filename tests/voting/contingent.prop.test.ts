import { describe } from "vitest";
import type { AnyMethodDefinition } from "../../src/voting/index.js";
import { contingentMethod } from "../../src/voting/index.js";
import { describeAxioms } from "./helpers/axioms.js";

describe("contingent: the axioms it claims", () => {
  describeAxioms(contingentMethod as AnyMethodDefinition);
});
