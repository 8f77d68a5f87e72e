import { describe } from "vitest";
import type { AnyMethodDefinition } from "../../src/voting/index.js";
import { randomDictatorMethod } from "../../src/voting/index.js";
import { describeAxioms } from "./helpers/axioms.js";

describe("random-dictator: the axioms it claims", () => {
  describeAxioms(randomDictatorMethod as AnyMethodDefinition);
});
