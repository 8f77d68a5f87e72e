import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { metrics, monthlySeries, replay } from "../../src/commitments/index.js";
import { runs } from "../helpers/runs.js";
import { ledgerArb } from "./arbitraries.js";
import { SCENARIO } from "./scenario.js";

const right = <T>(either: E.Either<unknown, T>): T => {
  if (E.isLeft(either)) throw new Error(`expected right, got ${JSON.stringify(either.left)}`);
  return either.right;
};
const state = right(replay(SCENARIO));

describe("monthlySeries on the scenario (see scenario.ts)", () => {
  const series = right(monthlySeries(state, { to: "2025-07-01" }));

  it("runs from the month of the first event (January) to the month of `to`, month ends as dates", () => {
    expect(series.map((p) => [p.month, p.asOf])).toEqual([
      ["2025-01", "2025-01-31"],
      ["2025-02", "2025-02-28"],
      ["2025-03", "2025-03-31"],
      ["2025-04", "2025-04-30"],
      ["2025-05", "2025-05-31"],
      ["2025-06", "2025-06-30"],
      ["2025-07", "2025-07-01"],
    ]);
  });

  it("January: c1, c2 made, nothing due; March: c1..c6, c2's due date moved to May, nothing due", () => {
    expect(series[0]).toMatchObject({ total: 2, due: 0, followThroughRate: null });
    expect(series[2]).toMatchObject({ total: 6, due: 0 });
  });

  it("April 30: c7, c8 made (8 in all); c3 due that day and overdue by 0 days", () => {
    expect(series[3]).toMatchObject({ total: 8, due: 1, delivered: 0, overdue: 1 });
  });

  it("May 31: c3 due (Apr 30), c2 and c5 due that day, c4 withdrawn before its date: 3 due, 3 overdue", () => {
    expect(series[4]).toMatchObject({ due: 3, delivered: 0, overdue: 3, broken: 0 });
  });

  it("the last point equals metrics as of `to`", () => {
    const o = right(metrics(state, { asOf: "2025-07-01" })).overall;
    expect(series[6]).toEqual({
      month: "2025-07",
      asOf: "2025-07-01",
      total: o.total,
      due: 5,
      delivered: 2,
      followThroughRate: 0.4,
      onTimeRate: 0.2,
      overdue: 2,
      broken: 2,
      renegotiationRate: 0.125,
      verifiedShare: o.verifiedShare,
      stale: 2,
      medianSlip: -10,
    });
  });

  it("`from` may start earlier (an empty month) and crosses a year end", () => {
    const s = right(monthlySeries(state, { from: "2024-12-15", to: "2025-01-02" }));
    expect(s.map((p) => [p.month, p.asOf, p.total])).toEqual([
      ["2024-12", "2024-12-31", 0],
      ["2025-01", "2025-01-02", 0],
    ]);
  });

  it("an empty ledger gives an empty series; `from` after `to` and bad dates are InvalidInput", () => {
    expect(right(monthlySeries(right(replay([])), { to: "2025-07-01" }))).toEqual([]);
    const after = monthlySeries(state, { from: "2025-08-01", to: "2025-07-01" });
    expect(E.isLeft(after) && after.left).toMatchObject({ issues: [{ path: "from" }] });
    const bad = monthlySeries(state, { to: "2025-13-01" });
    expect(E.isLeft(bad) && bad.left).toMatchObject({
      _tag: "InvalidInput",
      issues: [{ path: "to", code: "invalid_date" }],
    });
  });
});

describe("monthlySeries against metrics", () => {
  it("every point is metrics overall as of its day (one walk per commitment gives the same)", () => {
    fc.assert(
      fc.property(ledgerArb(), fc.nat(400), fc.nat(90), (events, extra, stale) => {
        fc.pre(events.length > 0);
        const state = replay(events);
        if (E.isLeft(state)) throw new Error(state.left.message);
        const lastDay = Date.parse(events[events.length - 1]?.at ?? "") + extra * 86_400_000;
        const to = new Date(lastDay).toISOString().slice(0, 10);
        const series = monthlySeries(state.right, { to, staleAfterDays: stale + 1 });
        if (E.isLeft(series)) throw new Error(series.left.message);
        for (const point of series.right) {
          const m = metrics(state.right, { asOf: point.asOf, staleAfterDays: stale + 1 });
          if (E.isLeft(m)) throw new Error(m.left.message);
          const o = m.right.overall;
          expect(point).toEqual({
            month: point.asOf.slice(0, 7),
            asOf: point.asOf,
            total: o.total,
            due: o.due,
            delivered: o.delivered,
            followThroughRate: o.followThroughRate,
            onTimeRate: o.onTimeRate,
            overdue: o.overdue.length,
            broken: o.broken.length,
            renegotiationRate: o.renegotiationRate,
            verifiedShare: o.verifiedShare,
            stale: o.stale.length,
            medianSlip: o.slip.median,
          });
        }
      }),
      { numRuns: runs(150) },
    );
  });
});
