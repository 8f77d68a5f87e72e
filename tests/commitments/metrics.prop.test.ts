import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type CommitmentMetrics,
  followThrough,
  metrics,
  replay,
  STATUSES,
} from "../../src/commitments/index.js";
import { ledgerArb } from "./arbitraries.js";

const asOfArb = fc.integer({ min: 0, max: 900 }).map((k) => {
  const date = new Date(Date.UTC(2024, 0, 1) + k * 86_400_000);
  return date.toISOString().slice(0, 10);
});

const sum = (
  groups: Readonly<Record<string, CommitmentMetrics>>,
  f: (m: CommitmentMetrics) => number,
) => Object.values(groups).reduce((acc, m) => acc + f(m), 0);

describe("metrics invariants on random valid ledgers", () => {
  it("counts nest and add up: overdue + delivered + withdrawn-after-due = due <= total", () => {
    fc.assert(
      fc.property(ledgerArb(), asOfArb, (events, asOf) => {
        const state = replay(events);
        if (E.isLeft(state)) throw new Error(state.left.message);
        const result = metrics(state.right, { asOf });
        if (E.isLeft(result)) throw new Error(result.left.message);
        const o = result.right.overall;
        expect(o.delivered).toBeLessThanOrEqual(o.due);
        expect(o.due).toBeLessThanOrEqual(o.total);
        expect(o.onTime).toBeLessThanOrEqual(o.delivered);
        expect(o.onTimeOriginal).toBeLessThanOrEqual(o.delivered);
        expect(o.verified).toBeLessThanOrEqual(o.deliveries);
        expect(o.delivered).toBeLessThanOrEqual(o.deliveries);
        expect(o.slip.count).toBeLessThanOrEqual(o.deliveries);
        expect(o.renegotiated).toBeLessThanOrEqual(o.renegotiations);
        const withdrawnDue = o.due - o.delivered - o.overdue.length;
        expect(withdrawnDue).toBeGreaterThanOrEqual(0);
        expect(withdrawnDue).toBeLessThanOrEqual(o.byStatus.withdrawn);
        expect(STATUSES.reduce((acc, s) => acc + o.byStatus[s], 0)).toBe(o.total);
        for (const item of o.overdue) expect(item.daysOverdue).toBeGreaterThanOrEqual(0);
        if (o.followThroughRate !== null) {
          expect(o.followThroughRate).toBeGreaterThanOrEqual(0);
          expect(o.followThroughRate).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("per owner and per party partition the overall counts", () => {
    fc.assert(
      fc.property(ledgerArb(), asOfArb, (events, asOf) => {
        const state = replay(events);
        if (E.isLeft(state)) throw new Error(state.left.message);
        const result = metrics(state.right, { asOf });
        if (E.isLeft(result)) throw new Error(result.left.message);
        const { overall, byOwner, byParty } = result.right;
        for (const groups of [byOwner, byParty]) {
          expect(sum(groups, (m) => m.total)).toBe(overall.total);
          expect(sum(groups, (m) => m.due)).toBe(overall.due);
          expect(sum(groups, (m) => m.delivered)).toBe(overall.delivered);
          expect(sum(groups, (m) => m.overdue.length)).toBe(overall.overdue.length);
          expect(sum(groups, (m) => m.broken.length)).toBe(overall.broken.length);
          expect(sum(groups, (m) => m.stale.length)).toBe(overall.stale.length);
        }
      }),
    );
  });

  it("as of a day after every event, the states are the replayed states", () => {
    fc.assert(
      fc.property(ledgerArb(), (events) => {
        const state = replay(events);
        if (E.isLeft(state)) throw new Error(state.left.message);
        const result = metrics(state.right, { asOf: "2099-01-01" });
        if (E.isLeft(result)) throw new Error(result.left.message);
        const expected = Object.fromEntries(STATUSES.map((s) => [s, 0]));
        for (const id of state.right.order) {
          const status = Object.getOwnPropertyDescriptor(state.right.commitments, id)?.value.status;
          expected[status] = (expected[status] ?? 0) + 1;
        }
        expect(result.right.overall.byStatus).toEqual(expected);
      }),
    );
  });

  it("the follow-through posterior agrees with the counts and its interval holds the mean", () => {
    fc.assert(
      fc.property(ledgerArb(), asOfArb, (events, asOf) => {
        const state = replay(events);
        if (E.isLeft(state)) throw new Error(state.left.message);
        const m = metrics(state.right, { asOf });
        const f = followThrough(state.right, { asOf });
        if (E.isLeft(m) || E.isLeft(f)) throw new Error("failed");
        for (const e of f.right.estimates) {
          const owner = Object.getOwnPropertyDescriptor(m.right.byOwner, e.name)
            ?.value as CommitmentMetrics;
          expect([e.due, e.delivered]).toEqual([owner.due, owner.delivered]);
          expect(e.alpha).toBe(0.5 + e.delivered);
          expect(e.beta).toBe(0.5 + e.due - e.delivered);
          expect(e.lower).toBeLessThan(e.mean);
          expect(e.mean).toBeLessThan(e.upper);
        }
        const lowers = f.right.estimates.map((e) => e.lower);
        expect(lowers).toEqual([...lowers].sort((a, b) => b - a));
      }),
    );
  });
});
