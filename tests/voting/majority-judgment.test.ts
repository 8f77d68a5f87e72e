import { describe, expect, it } from "vitest";
import { majorityJudgment } from "../../src/voting/index.js";
import { graded } from "./helpers/profiles.js";

const SCALE = ["excellent", "very good", "good", "fair", "poor"];

describe("majorityJudgment", () => {
  it("elects the highest median grade (hand count)", () => {
    const p = graded(
      ["a", "b"],
      [
        { grades: { a: "excellent", b: "good" }, count: 2 },
        { grades: { a: "poor", b: "very good" }, count: 3 },
      ],
      SCALE,
    );
    const outcome = majorityJudgment(p);
    expect(outcome.winners).toEqual(["b"]);
    expect(outcome.gauges["a"]).toEqual({ grade: "poor", sign: "+", above: "2/5", below: "0" });
    expect(outcome.gauges["b"]).toEqual({
      grade: "very good",
      sign: "-",
      above: "0",
      below: "2/5",
    });
  });

  it("takes the lower middlemost grade for an even number of voters (Balinski and Laraki)", () => {
    const outcome = majorityJudgment(
      graded(["a"], [{ grades: { a: "excellent" } }, { grades: { a: "fair" } }], SCALE),
    );
    expect(outcome.gauges["a"]?.grade).toBe("fair");
  });

  it("breaks an equal majority grade by the gauge: a + beats a -", () => {
    const p = graded(
      ["a", "b"],
      [
        { grades: { a: "excellent", b: "good" } },
        { grades: { a: "good", b: "good" } },
        { grades: { a: "poor", b: "poor" } },
        { grades: { a: "very good", b: "excellent" } },
        { grades: { a: "good", b: "poor" } },
      ],
      SCALE,
    );
    // a: excellent, very good, good, good, poor -> good, p = 2/5 > q = 1/5 (+)
    // b: excellent, good, good, poor, poor      -> good, p = 1/5 < q = 2/5 (-)
    const outcome = majorityJudgment(p);
    expect(outcome.gauges["a"]).toMatchObject({ grade: "good", sign: "+" });
    expect(outcome.gauges["b"]).toMatchObject({ grade: "good", sign: "-" });
    expect(outcome.winners).toEqual(["a"]);
  });

  it("counts a missing grade as the worst grade", () => {
    const outcome = majorityJudgment(
      graded(
        ["a", "b"],
        [{ grades: { a: "good" } }, { grades: { a: "good" } }, { grades: { b: "excellent" } }],
        SCALE,
      ),
    );
    expect(outcome.gauges["b"]?.grade).toBe("poor");
    expect(outcome.winners).toEqual(["a"]);
  });

  it("leaves identical distributions tied for the policy", () => {
    const outcome = majorityJudgment(
      graded(
        ["a", "b"],
        [{ grades: { a: "good", b: "fair" } }, { grades: { a: "fair", b: "good" } }],
        SCALE,
      ),
      {},
      { kind: "none" },
    );
    expect(outcome.winners).toEqual(["a", "b"]);
  });
});
