import { describe } from "vitest";
import type { AnyMethodDefinition } from "../../src/voting/index.js";
import { twoRoundMethod } from "../../src/voting/index.js";
import { describeAxioms } from "./helpers/axioms.js";

describe("two-round: the axioms it claims", () => {
  describeAxioms(twoRoundMethod as AnyMethodDefinition);
});
