import { describe } from "vitest";
import type { AnyMethodDefinition } from "../../src/voting/index.js";
import { antiPluralityMethod } from "../../src/voting/index.js";
import { describeAxioms } from "./helpers/axioms.js";

describe("anti-plurality: the axioms it claims", () => {
  describeAxioms(antiPluralityMethod as AnyMethodDefinition);
});
