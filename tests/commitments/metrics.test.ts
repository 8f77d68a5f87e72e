import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type CommitmentMetrics,
  type LedgerEvent,
  type LedgerMetrics,
  type LedgerState,
  metrics,
  replay,
} from "../../src/commitments/index.js";
import { SCENARIO } from "./scenario.js";

const right = <T>(either: E.Either<unknown, T>): T => {
  if (E.isLeft(either)) throw new Error(`expected right, got ${JSON.stringify(either.left)}`);
  return either.right;
};

const state: LedgerState = right(replay(SCENARIO));
const at = (asOf: string, staleAfterDays?: number): LedgerMetrics =>
  right(metrics(state, staleAfterDays === undefined ? { asOf } : { asOf, staleAfterDays }));

describe("metrics, hand-computed scenario as of 2025-07-01 (see scenario.ts)", () => {
  const m = at("2025-07-01");
  const o: CommitmentMetrics = m.overall;

  it("counts total and states: c1..c8 (c9 comes after asOf)", () => {
    expect(o.total).toBe(8);
    expect(o.byStatus).toEqual({
      committed: 1, // c8
      accepted: 0,
      "in-progress": 1, // c3
      missed: 1, // c5
      delivered: 2, // c2, c6
      verified: 1, // c1
      withdrawn: 2, // c4, c7
    });
  });

  it("due = c1, c2, c3, c5, c7 (c4 withdrawn before due, c6 due later, c8 no date)", () => {
    expect(o.due).toBe(5);
  });

  it("delivered among due = c1, c2; follow-through 2/5", () => {
    expect(o.delivered).toBe(2);
    expect(o.followThroughRate).toBe(0.4);
  });

  it("on time: only c1 (c2 late against the renegotiated and the original date); 1/5 each", () => {
    expect(o.onTime).toBe(1);
    expect(o.onTimeRate).toBe(0.2);
    expect(o.onTimeOriginal).toBe(1);
    expect(o.onTimeOriginalRate).toBe(0.2);
  });

  it("overdue: c3 by 62 days, c5 by 31 (c7 withdrawn, so not overdue)", () => {
    expect(o.overdue).toEqual([
      {
        id: "c3",
        title: "Commitment c3",
        owner: "Parks",
        party: "authority",
        dueAt: "2025-04-30",
        daysOverdue: 62,
        status: "in-progress",
      },
      {
        id: "c5",
        title: "Commitment c5",
        owner: "Youth club",
        party: "community",
        dueAt: "2025-05-31",
        daysOverdue: 31,
        status: "missed",
      },
    ]);
  });

  it("slip over c1 (-10), c2 (+10), c6 (-77): median -10, p90 (rank ceil 2.7 = 3) 10, max 10", () => {
    expect(o.slip).toEqual({ count: 3, median: -10, p90: 10, max: 10 });
  });

  it("renegotiation: c2 once, 1/8", () => {
    expect(o.renegotiated).toBe(1);
    expect(o.renegotiations).toBe(1);
    expect(o.renegotiationRate).toBe(0.125);
  });

  it("broken: c5 (missed) and c7 (withdrawn after due); 2/8", () => {
    expect(o.broken).toEqual(["c5", "c7"]);
    expect(o.brokenRate).toBe(0.25);
  });

  it("verified share: c1 of deliveries c1, c2, c6 = 1/3", () => {
    expect(o.deliveries).toBe(3);
    expect(o.verified).toBe(1);
    expect(o.verifiedShare).toBeCloseTo(1 / 3, 15);
  });

  it("stale (N = 90): c3 after 122 days, c8 after exactly 90", () => {
    expect(o.stale).toEqual([
      {
        id: "c3",
        title: "Commitment c3",
        owner: "Parks",
        lastEventOn: "2025-03-01",
        daysSinceLastEvent: 122,
      },
      {
        id: "c8",
        title: "Commitment c8",
        owner: "Funder X",
        lastEventOn: "2025-04-02",
        daysSinceLastEvent: 90,
      },
    ]);
  });

  it("stale with N = 91 drops c8, with N = 123 drops both", () => {
    expect(at("2025-07-01", 91).overall.stale.map((s) => s.id)).toEqual(["c3"]);
    expect(at("2025-07-01", 123).overall.stale).toEqual([]);
  });

  it("per owner: Housing 2/2 with slips -10, +10 (median 0); Parks 0/1; Youth club 0/1; Funder X 0/1", () => {
    const housing = m.byOwner["Housing"] as CommitmentMetrics;
    expect([housing.total, housing.due, housing.delivered, housing.followThroughRate]).toEqual([
      2, 2, 2, 1,
    ]);
    expect(housing.onTimeRate).toBe(0.5);
    expect(housing.slip).toEqual({ count: 2, median: 0, p90: 10, max: 10 });
    expect(housing.renegotiationRate).toBe(0.5);
    expect(housing.verifiedShare).toBe(0.5);
    const parks = m.byOwner["Parks"] as CommitmentMetrics;
    expect([parks.total, parks.due, parks.delivered, parks.followThroughRate]).toEqual([
      2, 1, 0, 0,
    ]);
    expect(parks.overdue.map((x) => x.id)).toEqual(["c3"]);
    const youth = m.byOwner["Youth club"] as CommitmentMetrics;
    expect(youth.broken).toEqual(["c5"]);
    expect(youth.deliveries).toBe(1);
    expect(youth.verifiedShare).toBe(0);
    expect(youth.slip).toEqual({ count: 1, median: -77, p90: -77, max: -77 });
    const funder = m.byOwner["Funder X"] as CommitmentMetrics;
    expect([funder.due, funder.delivered, funder.overdue.length]).toEqual([1, 0, 0]);
    expect(funder.broken).toEqual(["c7"]);
    expect(funder.stale.map((x) => x.id)).toEqual(["c8"]);
    expect(Object.keys(m.byOwner)).toEqual(["Housing", "Parks", "Youth club", "Funder X"]);
  });

  it("per party: authority 2 of 3 due delivered; community 0/1; funder 0/1", () => {
    const authority = m.byParty["authority"] as CommitmentMetrics;
    expect([authority.total, authority.due, authority.delivered]).toEqual([4, 3, 2]);
    expect(authority.followThroughRate).toBeCloseTo(2 / 3, 15);
    expect((m.byParty["community"] as CommitmentMetrics).followThroughRate).toBe(0);
    expect((m.byParty["funder"] as CommitmentMetrics).followThroughRate).toBe(0);
  });
});

describe("metrics as of an earlier date (2025-06-01): only events up to that day count", () => {
  const o = at("2025-06-01").overall;

  it("due c2 (renegotiated to 05-31), c3, c5, c7 (due that very day); nothing delivered yet", () => {
    expect(o.due).toBe(4);
    expect(o.delivered).toBe(0);
    expect(o.followThroughRate).toBe(0);
  });

  it("overdue: c3 32 days, then c2 and c5 1 day (by id), then c7 0 days (due today)", () => {
    expect(o.overdue.map((x) => [x.id, x.daysOverdue])).toEqual([
      ["c3", 32],
      ["c2", 1],
      ["c5", 1],
      ["c7", 0],
    ]);
  });

  it("no broken commitment yet (c5 missed on 06-05, c7 withdrawn on 06-10)", () => {
    expect(o.broken).toEqual([]);
    expect(o.byStatus.missed).toBe(0);
  });

  it("no deliveries: rates with a zero denominator are null", () => {
    expect(o.deliveries).toBe(0);
    expect(o.verifiedShare).toBeNull();
    expect(o.slip).toEqual({ count: 0, median: null, p90: null, max: null });
  });

  it("a date-time asOf is read as its UTC day", () => {
    expect(at("2025-06-01T23:30:00-02:00").asOf).toBe("2025-06-02");
  });
});

describe("metrics on bad options", () => {
  it("returns InvalidInput at asOf for an impossible date", () => {
    const result = metrics(state, { asOf: "2025-02-30" });
    expect(E.isLeft(result) && result.left).toMatchObject({
      _tag: "InvalidInput",
      issues: [{ path: "asOf", code: "invalid_date" }],
    });
  });

  it("returns InvalidInput at staleAfterDays for 0 or 1.5", () => {
    for (const staleAfterDays of [0, 1.5, -3]) {
      const result = metrics(state, { asOf: "2025-07-01", staleAfterDays });
      expect(E.isLeft(result) && result.left).toMatchObject({
        _tag: "InvalidInput",
        issues: [{ path: "staleAfterDays" }],
      });
    }
  });

  it("empty ledger: zero counts and null rates", () => {
    const o = right(metrics(right(replay([])), { asOf: "2025-07-01" })).overall;
    expect(o.total).toBe(0);
    expect(o.followThroughRate).toBeNull();
    expect(o.renegotiationRate).toBeNull();
  });
});

describe("metrics, second hand-computed scenario: late deliveries and dates added later", () => {
  // d1: due 03-31, missed 04-05, delivered 04-20 (late by 20 days), verified 04-25.
  // d2: no due date at first; renegotiated 02-01 to add due 05-31; delivered 05-30.
  // d3: due 06-30, renegotiated 06-01 to 08-31, not delivered.
  const events: LedgerEvent[] = [
    {
      id: "a1",
      seq: 1,
      at: "2025-01-01",
      type: "committed",
      commitment: {
        id: "d1",
        title: "D1",
        owner: "O",
        party: "P",
        madeAt: "2025-01-01",
        dueAt: "2025-03-31",
      },
    },
    {
      id: "a2",
      seq: 2,
      at: "2025-01-01T09:00:00+01:00", // 08:00 UTC the same day
      type: "committed",
      commitment: { id: "d2", title: "D2", owner: "O", party: "P", madeAt: "2025-01-01" },
    },
    {
      id: "a3",
      seq: 3,
      at: "2025-01-02",
      type: "committed",
      commitment: {
        id: "d3",
        title: "D3",
        owner: "Q",
        party: "P",
        madeAt: "2025-01-02",
        dueAt: "2025-06-30",
      },
    },
    {
      id: "a4",
      seq: 4,
      at: "2025-02-01",
      type: "renegotiated",
      commitmentId: "d2",
      dueAt: "2025-05-31",
      reason: "date agreed",
    },
    { id: "a5", seq: 5, at: "2025-04-05", type: "missed", commitmentId: "d1" },
    { id: "a6", seq: 6, at: "2025-04-20T23:30:00-01:00", type: "delivered", commitmentId: "d1" }, // 04-21 UTC
    { id: "a7", seq: 7, at: "2025-04-25", type: "verified", commitmentId: "d1", actor: "Auditor" },
    { id: "a8", seq: 8, at: "2025-05-30", type: "delivered", commitmentId: "d2" },
    {
      id: "a9",
      seq: 9,
      at: "2025-06-01",
      type: "renegotiated",
      commitmentId: "d3",
      dueAt: "2025-08-31",
      reason: "weather",
    },
  ];
  const s = right(replay(events));
  const m = (asOf: string): CommitmentMetrics => right(metrics(s, { asOf })).overall;

  it("between the miss and the late delivery (04-10), d1 is broken and overdue by 10 days", () => {
    const o = m("2025-04-10");
    expect(o.broken).toEqual(["d1"]);
    expect(o.overdue.map((x) => [x.id, x.daysOverdue])).toEqual([["d1", 10]]);
  });

  it("after the late delivery (07-01): nothing broken; d1 21 days late (the UTC day of a date-time)", () => {
    const o = m("2025-07-01");
    // due: d1 (03-31), d2 (05-31); d3 moved to 08-31 → 2 due, both delivered.
    expect([o.due, o.delivered, o.followThroughRate]).toEqual([2, 2, 1]);
    expect(o.broken).toEqual([]);
    // on time: d2 only (05-30 <= 05-31); against the original date d2 has none, so its current
    // date stands in: 1 of 2 either way.
    expect([o.onTime, o.onTimeOriginal]).toEqual([1, 1]);
    // slips: d1 +21 (04-21 - 03-31), d2 -1 → median 10, p90 rank ceil(1.8) = 2 → 21.
    expect(o.slip).toEqual({ count: 2, median: 10, p90: 21, max: 21 });
    expect([o.deliveries, o.verified, o.verifiedShare]).toEqual([2, 1, 0.5]);
    expect([o.renegotiated, o.renegotiations]).toEqual([2, 2]);
    expect(o.renegotiationRate).toBeCloseTo(2 / 3, 15);
    expect(o.overdue).toEqual([]);
  });

  it("against the original date, d3 would have been due on 06-30: it is not (renegotiated first)", () => {
    const o = m("2025-07-01");
    expect((right(metrics(s, { asOf: "2025-07-01" })).byOwner["Q"] as CommitmentMetrics).due).toBe(
      0,
    );
    expect(o.stale.map((x) => x.id)).toEqual([]); // d3's last event 06-01, 30 days
  });
});
