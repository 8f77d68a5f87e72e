import { describe } from "vitest";
import type { AnyMethodDefinition } from "../../src/voting/index.js";
import { starMethod } from "../../src/voting/index.js";
import { describeAxioms } from "./helpers/axioms.js";

describe("star: the axioms it claims", () => {
  describeAxioms(starMethod as AnyMethodDefinition);
});
