import { describe } from "vitest";
import type { AnyMethodDefinition } from "../../src/voting/index.js";
import { coombsMethod } from "../../src/voting/index.js";
import { describeAxioms } from "./helpers/axioms.js";

describe("coombs: the axioms it claims", () => {
  describeAxioms(coombsMethod as AnyMethodDefinition);
});
