import { describe } from "vitest";
import type { AnyMethodDefinition } from "../../src/voting/index.js";
import { positionalMethod } from "../../src/voting/index.js";
import { describeAxioms } from "./helpers/axioms.js";

describe("positional: the axioms it claims", () => {
  describeAxioms(positionalMethod as AnyMethodDefinition);
});
