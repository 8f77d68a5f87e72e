import { describe } from "vitest";
import type { AnyMethodDefinition } from "../../src/voting/index.js";
import { bordaMethod } from "../../src/voting/index.js";
import { describeAxioms } from "./helpers/axioms.js";

describe("borda: the axioms it claims", () => {
  describeAxioms(bordaMethod as AnyMethodDefinition);
});
