import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Commitment, milestoneProgress } from "../../src/commitments/index.js";

const withMilestones = (weights: readonly number[]): Commitment => ({
  id: "c1",
  title: "Orchard",
  owner: "Friends",
  party: "community",
  madeAt: "2025-01-20",
  milestones: weights.map((weight, i) => ({ id: `m${i}`, title: `Milestone ${i}`, weight })),
});

describe("milestoneProgress", () => {
  it("weighs each milestone reached by its share of the total weight", () => {
    const c = withMilestones([1, 2, 3]);
    expect(milestoneProgress(c, [])).toEqual({ reached: 0, total: 3, share: 0 });
    expect(milestoneProgress(c, ["m2"])).toEqual({ reached: 1, total: 3, share: 0.5 });
    expect(milestoneProgress(c, ["m0", "m1"])).toEqual({ reached: 2, total: 3, share: 0.5 });
    expect(milestoneProgress(c, ["m0", "m1", "m2"])).toEqual({ reached: 3, total: 3, share: 1 });
  });

  it("has no share without milestones, and ignores unknown or repeated ids", () => {
    const { milestones: _none, ...bare } = withMilestones([]);
    expect(milestoneProgress(bare, ["m0"])).toEqual({ reached: 0, total: 0, share: null });
    expect(milestoneProgress(withMilestones([]), [])).toEqual({
      reached: 0,
      total: 0,
      share: null,
    });
    expect(milestoneProgress(withMilestones([1, 3]), ["m1", "m1", "x"])).toEqual({
      reached: 1,
      total: 2,
      share: 0.75,
    });
  });

  it("stays within [0, 1], grows as milestones are reached, and ignores their order", () => {
    const weights = fc.array(fc.double({ min: 0.001, max: 1000, noNaN: true }), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(weights, fc.array(fc.boolean(), { maxLength: 8 }), (ws, picks) => {
        const c = withMilestones(ws);
        const reached = ws.map((_, i) => `m${i}`).filter((_, i) => picks[i] === true);
        const share = milestoneProgress(c, reached).share as number;
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1 + 1e-12);
        expect(milestoneProgress(c, [...reached].reverse()).share).toBe(share);
        const more = ws.map((_, i) => `m${i}`);
        expect(milestoneProgress(c, more).share as number).toBeGreaterThanOrEqual(share);
      }),
    );
  });
});
