import { describe, expect, it } from "vitest";
import { usualJudgment } from "../../src/voting/index.js";
import { graded } from "./helpers/profiles.js";

const SCALE = ["excellent", "very good", "good", "fair", "poor"];

describe("usualJudgment", () => {
  it("adds (p - q) / (2(1 - p - q)) to the majority grade (Fabre 2021, hand count)", () => {
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
    // a: median good (2), p = 2/5, q = 1/5, at = 2/5: 2 + (1/5) / (4/5) = 9/4.
    // b: median good (2), p = 1/5, q = 2/5, at = 2/5: 2 - 1/4 = 7/4.
    const outcome = usualJudgment(p);
    expect(outcome.scores).toEqual({ a: "9/4", b: "7/4" });
    expect(outcome.winners).toEqual(["a"]);
  });

  it("stays within half a grade of the majority grade", () => {
    const outcome = usualJudgment(
      graded(
        ["a"],
        [
          { grades: { a: "fair" } },
          { grades: { a: "excellent" }, count: 1000 },
          { grades: { a: "poor" }, count: 999 },
        ],
        SCALE,
      ),
    );
    // median fair (1): p = 1000/2000, q = 999/2000, at = 1/2000 -> 1 + 1/2.
    expect(outcome.scores).toEqual({ a: "3/2" });
  });
});
