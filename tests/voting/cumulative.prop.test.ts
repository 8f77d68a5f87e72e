import { describe } from "vitest";
import type { AnyMethodDefinition } from "../../src/voting/index.js";
import { cumulativeMethod } from "../../src/voting/index.js";
import { describeAxioms } from "./helpers/axioms.js";

describe("cumulative: the axioms it claims", () => {
  describeAxioms(cumulativeMethod as AnyMethodDefinition);
});
