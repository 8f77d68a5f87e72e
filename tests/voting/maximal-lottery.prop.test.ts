import { describe } from "vitest";
import type { AnyMethodDefinition } from "../../src/voting/index.js";
import { maximalLotteryMethod } from "../../src/voting/index.js";
import { describeAxioms } from "./helpers/axioms.js";

describe("maximal-lottery: the axioms it claims", () => {
  describeAxioms(maximalLotteryMethod as AnyMethodDefinition);
});
