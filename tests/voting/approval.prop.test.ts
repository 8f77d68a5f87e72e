import { describe } from "vitest";
import type { AnyMethodDefinition } from "../../src/voting/index.js";
import { approvalMethod } from "../../src/voting/index.js";
import { describeAxioms } from "./helpers/axioms.js";

describe("approval: the axioms it claims", () => {
  describeAxioms(approvalMethod as AnyMethodDefinition);
});
