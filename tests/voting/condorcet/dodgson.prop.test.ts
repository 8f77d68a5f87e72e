import { describe } from "vitest";
import type { AnyMethodDefinition } from "../../../src/voting/index.js";
import { dodgsonMethod } from "../../../src/voting/index.js";
import { describeAxioms } from "../helpers/axioms.js";

describe("dodgson: the axioms it claims", () => {
  describeAxioms(dodgsonMethod as AnyMethodDefinition);
});
