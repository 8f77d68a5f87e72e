import { describe, expect, it } from "vitest";
import { approval } from "../../src/voting/index.js";
import { approvals } from "./helpers/profiles.js";

describe("approval", () => {
  it("elects Nashville when each Tennessee voter approves their two nearest cities (Wikipedia, Approval voting)", () => {
    const outcome = approval(
      approvals(
        ["Memphis", "Nashville", "Chattanooga", "Knoxville"],
        [
          { approve: ["Memphis", "Nashville"], count: 42 },
          { approve: ["Nashville", "Chattanooga"], count: 26 },
          { approve: ["Chattanooga", "Knoxville"], count: 15 },
          { approve: ["Knoxville", "Chattanooga"], count: 17 },
        ],
      ),
    );
    expect(outcome.scores).toEqual({ Memphis: 42, Nashville: 68, Chattanooga: 58, Knoxville: 32 });
    expect(outcome.winners).toEqual(["Nashville"]);
  });

  it("counts fractional ballots exactly and reports ties", () => {
    const outcome = approval(
      approvals(
        ["a", "b"],
        [
          { approve: ["a"], count: "1/2" },
          { approve: ["b"], count: 0.5 },
        ],
      ),
      {},
      { kind: "none" },
    );
    expect(outcome.scores).toEqual({ a: "1/2", b: "1/2" });
    expect(outcome.winners).toEqual(["a", "b"]);
  });
});
