import { describe } from "vitest";
import { HYBRID_METHODS } from "../../../src/voting/index.js";
import { describeAxioms } from "../helpers/axioms.js";

describe.each(HYBRID_METHODS.map((m) => [m.id, m] as const))(
  "%s: the axioms it claims",
  (_id, method) => {
    describeAxioms(method);
  },
);
