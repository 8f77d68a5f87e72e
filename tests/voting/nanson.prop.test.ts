import { describe } from "vitest";
import type { AnyMethodDefinition } from "../../src/voting/index.js";
import { nansonMethod } from "../../src/voting/index.js";
import { describeAxioms } from "./helpers/axioms.js";

describe("nanson: the axioms it claims", () => {
  describeAxioms(nansonMethod as AnyMethodDefinition);
});
