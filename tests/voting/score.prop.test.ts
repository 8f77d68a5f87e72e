import { describe } from "vitest";
import type { AnyMethodDefinition } from "../../src/voting/index.js";
import { scoreMethod } from "../../src/voting/index.js";
import { describeAxioms } from "./helpers/axioms.js";

describe("score: the axioms it claims", () => {
  describeAxioms(scoreMethod as AnyMethodDefinition);
});
