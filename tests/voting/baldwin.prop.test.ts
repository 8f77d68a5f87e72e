import { describe } from "vitest";
import type { AnyMethodDefinition } from "../../src/voting/index.js";
import { baldwinMethod } from "../../src/voting/index.js";
import { describeAxioms } from "./helpers/axioms.js";

describe("baldwin: the axioms it claims", () => {
  describeAxioms(baldwinMethod as AnyMethodDefinition);
});
