import { describe, expect, it } from "vitest";
import { plurality } from "../../src/voting/index.js";
import { ranked, tennessee } from "./helpers/profiles.js";

describe("plurality", () => {
  it("elects Memphis with 42 first preferences in the Tennessee example (Wikipedia, Plurality voting)", () => {
    const outcome = plurality(tennessee());
    expect(outcome.winners).toEqual(["Memphis"]);
    expect(outcome.scores).toEqual({ Memphis: 42, Nashville: 26, Chattanooga: 15, Knoxville: 17 });
    expect(outcome.ranking).toEqual([["Memphis"], ["Nashville"], ["Knoxville"], ["Chattanooga"]]);
  });

  it("splits a ballot that ties candidates first, exactly", () => {
    const outcome = plurality(ranked(["a", "b", "c"], ["a=b>c", "a=b=c", "c"]));
    expect(outcome.scores).toEqual({ a: "5/6", b: "5/6", c: "4/3" });
    expect(outcome.winners).toEqual(["c"]);
  });

  it("counts blank ballots for nobody", () => {
    expect(plurality(ranked(["a", "b"], [{ ranking: [] }, "b"])).scores).toEqual({ a: 0, b: 1 });
  });

  it("records a tie for first and breaks it by the policy", () => {
    const profile = ranked(["b", "a"], ["a", "b"]);
    const outcome = plurality(profile);
    expect(outcome.winners).toEqual(["a"]);
    expect(outcome.tieBreaks).toMatchObject([{ tied: ["b", "a"], chosen: "a", purpose: "select" }]);
    expect(plurality(profile, {}, { kind: "none" }).winners).toEqual(["b", "a"]);
    expect(plurality(profile, {}, { kind: "order", order: ["b", "a"] }).winners).toEqual(["b"]);
  });

  it("handles fractional counts exactly", () => {
    const outcome = plurality(
      ranked(
        ["a", "b"],
        [
          { ranking: ["a"], count: "1/3" },
          { ranking: ["b"], count: "1/4" },
        ],
      ),
    );
    expect(outcome.scores).toEqual({ a: "1/3", b: "1/4" });
  });
});
