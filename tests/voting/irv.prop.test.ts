import { describe } from "vitest";
import type { AnyMethodDefinition } from "../../src/voting/index.js";
import { irvMethod } from "../../src/voting/index.js";
import { describeAxioms } from "./helpers/axioms.js";

describe("irv: the axioms it claims", () => {
  describeAxioms(irvMethod as AnyMethodDefinition);
});
