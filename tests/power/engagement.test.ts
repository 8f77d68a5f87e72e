import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  assessEngagement,
  classifyEngagement,
  DECISION_RIGHTS,
  type DecisionRight,
  type EngagementAssessment,
} from "../../src/power/index.js";

const ok = (rights: readonly DecisionRight[]): EngagementAssessment => {
  const result = classifyEngagement({ rights });
  if (E.isLeft(result)) throw new Error(result.left.message);
  return result.right;
};

describe("classifyEngagement (IAP2 spectrum; Arnstein 1969)", () => {
  it("puts a process with no rights at nonparticipation, below inform", () => {
    const result = ok([]);
    expect(result.iap2).toEqual({
      level: "none",
      present: [],
      next: "inform",
      missingForNext: ["receives-information"],
    });
    expect(result.arnstein).toMatchObject({
      rung: "nonparticipation",
      number: 2,
      band: "nonparticipation",
      next: "informing",
    });
  });

  it("classifies a consultation that reports back as IAP2 consult and Arnstein consultation (tokenism)", () => {
    const result = ok(["receives-information", "gives-input", "told-how-input-used"]);
    expect(result.iap2).toEqual({
      level: "consult",
      present: ["receives-information", "gives-input", "told-how-input-used"],
      next: "involve",
      missingForNext: ["deliberates"],
    });
    expect(result.arnstein).toEqual({
      rung: "consultation",
      number: 4,
      band: "tokenism",
      present: ["gives-input"],
      next: "placation",
      missingForNext: ["deliberates"],
    });
    expect(result.reasons).toHaveLength(4);
  });

  it("keeps a consultation without feedback at inform: IAP2 promises feedback at consult", () => {
    const result = ok(["receives-information", "gives-input"]);
    expect(result.iap2.level).toBe("inform");
    expect(result.iap2.missingForNext).toEqual(["told-how-input-used"]);
    expect(result.arnstein.rung).toBe("consultation");
  });

  it("classifies a grants panel where residents share the decision as collaborate and partnership", () => {
    const result = ok([
      "receives-information",
      "gives-input",
      "told-how-input-used",
      "deliberates",
      "proposes-options",
      "shares-decision",
    ]);
    expect(result.iap2.level).toBe("collaborate");
    expect(result.iap2.missingForNext).toEqual(["decides", "commitment-to-implement"]);
    expect(result.arnstein).toMatchObject({
      rung: "partnership",
      number: 6,
      band: "citizen power",
    });
    expect(result.arnstein.missingForNext).toEqual(["decides"]);
  });

  it("gives a veto Arnstein's delegated power, and every right citizen control and empower", () => {
    expect(ok(["receives-information", "can-veto"]).arnstein.rung).toBe("delegated-power");
    const all = ok(DECISION_RIGHTS);
    expect(all.iap2).toMatchObject({ level: "empower", next: null, missingForNext: [] });
    expect(all.arnstein).toMatchObject({
      rung: "citizen-control",
      number: 8,
      next: null,
      missingForNext: [],
    });
  });

  it("returns InvalidInput with the path of an unknown right", () => {
    const result = classifyEngagement({ rights: ["receives-information", "votes"] });
    expect(result).toEqual(
      E.left(
        expect.objectContaining({
          issues: [expect.objectContaining({ path: "rights[1]", code: "invalid_value" })],
        }),
      ),
    );
    expect(E.isLeft(classifyEngagement(null))).toBe(true);
  });

  it("never goes down when a right is added (both scales are monotone)", () => {
    fc.assert(
      fc.property(
        fc.subarray([...DECISION_RIGHTS]),
        fc.constantFrom(...DECISION_RIGHTS),
        (rights, extra) => {
          const before = assessEngagement({ rights });
          const after = assessEngagement({ rights: [...rights, extra] });
          const order = ["none", "inform", "consult", "involve", "collaborate", "empower"];
          expect(order.indexOf(after.iap2.level)).toBeGreaterThanOrEqual(
            order.indexOf(before.iap2.level),
          );
          expect(after.arnstein.number).toBeGreaterThanOrEqual(before.arnstein.number);
        },
      ),
    );
  });
});
