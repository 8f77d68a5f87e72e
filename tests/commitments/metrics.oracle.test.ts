/**
 * An independent check of `metrics`: a slow oracle written from the issue and the doc's formula
 * table (`metrics-oracle.ts`, which reads the raw events) against the library, on random valid
 * ledgers and on hand-computed scenarios.
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type CommitmentMetrics,
  type LedgerEvent,
  type LedgerMetrics,
  metrics,
  replay,
  TRANSITIONS,
} from "../../src/commitments/index.js";
import { runs } from "../helpers/runs.js";
import { buildLedger, ledgerArb } from "./arbitraries.js";
import {
  isoOfDay,
  type OracleGroup,
  type OracleMetrics,
  oracleMetrics,
  utcDay,
} from "./metrics-oracle.js";

const right = <T>(either: E.Either<unknown, T>): T => {
  if (E.isLeft(either)) throw new Error(`expected right, got ${JSON.stringify(either.left)}`);
  return either.right;
};

const libraryMetrics = (
  events: readonly LedgerEvent[],
  asOf: string,
  staleAfterDays?: number,
): LedgerMetrics =>
  right(
    metrics(
      right(replay(events)),
      staleAfterDays === undefined ? { asOf } : { asOf, staleAfterDays },
    ),
  );

const closeOrNull = (actual: number | null, expected: number | null, label: string): void => {
  if (expected === null) expect(actual, label).toBeNull();
  else {
    expect(actual, label).not.toBeNull();
    expect(actual as number, label).toBeCloseTo(expected, 9);
  }
};

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Compares one group field by field, so that a failure names the field. */
const expectSameGroup = (lib: CommitmentMetrics, o: OracleGroup, where: string): void => {
  expect(lib.total, `${where}.total`).toBe(o.total);
  expect(lib.byStatus, `${where}.byStatus`).toEqual(o.byStatus);
  expect(lib.due, `${where}.due`).toBe(o.due);
  expect(lib.delivered, `${where}.delivered`).toBe(o.delivered);
  closeOrNull(lib.followThroughRate, o.followThroughRate, `${where}.followThroughRate`);
  expect(lib.onTime, `${where}.onTime`).toBe(o.onTime);
  closeOrNull(lib.onTimeRate, o.onTimeRate, `${where}.onTimeRate`);
  expect(lib.onTimeOriginal, `${where}.onTimeOriginal`).toBe(o.onTimeOriginal);
  closeOrNull(lib.onTimeOriginalRate, o.onTimeOriginalRate, `${where}.onTimeOriginalRate`);
  // Order matters: most overdue first, then by id (the interface's documented order).
  expect(lib.overdue, `${where}.overdue`).toEqual(o.overdue);
  expect(lib.slip.count, `${where}.slip.count`).toBe(o.slip.count);
  closeOrNull(lib.slip.median, o.slip.median, `${where}.slip.median`);
  closeOrNull(lib.slip.p90, o.slip.p90, `${where}.slip.p90`);
  closeOrNull(lib.slip.max, o.slip.max, `${where}.slip.max`);
  expect(lib.renegotiated, `${where}.renegotiated`).toBe(o.renegotiated);
  closeOrNull(lib.renegotiationRate, o.renegotiationRate, `${where}.renegotiationRate`);
  expect(lib.renegotiations, `${where}.renegotiations`).toBe(o.renegotiations);
  // No order is documented for `broken`: compare as sets.
  expect([...lib.broken].sort(byText), `${where}.broken`).toEqual(o.broken);
  closeOrNull(lib.brokenRate, o.brokenRate, `${where}.brokenRate`);
  expect(lib.deliveries, `${where}.deliveries`).toBe(o.deliveries);
  expect(lib.verified, `${where}.verified`).toBe(o.verified);
  closeOrNull(lib.verifiedShare, o.verifiedShare, `${where}.verifiedShare`);
  // "Longest silence first" is documented; the order of ties is not: compare the sorted lists
  // and check the library's order separately.
  const staleSorted = [...lib.stale].sort(
    (a, b) => b.daysSinceLastEvent - a.daysSinceLastEvent || byText(a.id, b.id),
  );
  expect(staleSorted, `${where}.stale`).toEqual(o.stale);
  for (let i = 1; i < lib.stale.length; i++) {
    const before = lib.stale[i - 1]?.daysSinceLastEvent as number;
    const after = lib.stale[i]?.daysSinceLastEvent as number;
    expect(before, `${where}.stale order`).toBeGreaterThanOrEqual(after);
  }
};

const expectSameGroups = (
  lib: Readonly<Record<string, CommitmentMetrics>>,
  o: ReadonlyMap<string, OracleGroup>,
  where: string,
): void => {
  expect(Object.keys(lib).sort(byText), `${where} keys`).toEqual([...o.keys()].sort(byText));
  for (const [key, group] of o) {
    expect(Object.hasOwn(lib, key), `${where}[${key}] own`).toBe(true);
    expectSameGroup(lib[key] as CommitmentMetrics, group, `${where}[${JSON.stringify(key)}]`);
  }
};

const expectSame = (lib: LedgerMetrics, o: OracleMetrics): void => {
  expect(lib.asOf, "asOf").toBe(o.asOf);
  expect(lib.staleAfterDays, "staleAfterDays").toBe(o.staleAfterDays);
  expectSameGroup(lib.overall, o.overall, "overall");
  expectSameGroups(lib.byOwner, o.byOwner, "byOwner");
  expectSameGroups(lib.byParty, o.byParty, "byParty");
};

/** A `committed` event (owner Housing, party authority, made on the event's day by default). */
const commit = (
  seq: number,
  at: string,
  id: string,
  extra: { dueAt?: string; owner?: string; party?: string; madeAt?: string } = {},
): LedgerEvent => ({
  id: `e${seq}`,
  seq,
  at,
  type: "committed",
  commitment: {
    id,
    title: `Commitment ${id}`,
    owner: extra.owner ?? "Housing",
    party: extra.party ?? "authority",
    madeAt: extra.madeAt ?? at.slice(0, 10),
    ...(extra.dueAt === undefined ? {} : { dueAt: extra.dueAt }),
  },
});

const simple = (
  seq: number,
  at: string,
  type: "accepted" | "started" | "delivered" | "missed",
  commitmentId: string,
): LedgerEvent => ({ id: `e${seq}`, seq, at, type, commitmentId });

// ---------------------------------------------------------------------------------------------
// Random ledgers

/** Four spellings of one UTC day: a date, and date-times whose local date may differ. */
const spellDay = (day: number, form: number): string => {
  switch (form % 4) {
    case 0:
      return isoOfDay(day);
    case 1:
      return `${isoOfDay(day)}T23:59:59Z`;
    case 2:
      return `${isoOfDay(day + 1)}T01:00:00+14:00`; // = day, 11:00 UTC
    default:
      return `${isoOfDay(day - 1)}T23:00:00-12:00`; // = day, 11:00 UTC
  }
};

/**
 * The same ledger with every date-time `at` (the arbitrary writes `YYYY-MM-DDT12:00:00Z`) spelled
 * with an offset that moves its local date but not its UTC instant: every check the doc describes
 * still passes, and every UTC day is unchanged.
 */
const respellOffsets = (events: readonly LedgerEvent[]): LedgerEvent[] =>
  events.map((event, i) => {
    if (event.at.length === 10) return event;
    const day = utcDay(event.at);
    const at =
      i % 2 === 0
        ? `${isoOfDay(day + 1)}T01:00:00+13:00` // = day, 12:00 UTC
        : `${isoOfDay(day - 1)}T23:00:00-13:00`; // = day, 12:00 UTC
    return { ...event, at };
  });

/** The days the ledger mentions: event days and every due date (first or renegotiated). */
const daysOf = (
  events: readonly LedgerEvent[],
): { first: number; last: number; marks: number[] } => {
  const marks: number[] = [];
  for (const event of events) {
    marks.push(utcDay(event.at));
    if (event.type === "committed" && event.commitment.dueAt !== undefined)
      marks.push(utcDay(event.commitment.dueAt));
    if (event.type === "renegotiated" && event.dueAt !== undefined) marks.push(utcDay(event.dueAt));
  }
  const start = utcDay("2024-01-01");
  const eventDays = events.map((e) => utcDay(e.at));
  return {
    first: eventDays.length === 0 ? start : Math.min(...eventDays),
    last: eventDays.length === 0 ? start : Math.max(...eventDays),
    marks: marks.length === 0 ? [start] : marks,
  };
};

interface Case {
  readonly events: LedgerEvent[];
  readonly asOfs: readonly string[];
  readonly staleAfterDays: number | undefined;
}

/**
 * Denser ledgers from the same builder: fewer new commitments per step, short steps and near due
 * dates, so that many commitments get far along (delivered, verified, late, renegotiated).
 */
const denseLedgerArb: fc.Arbitrary<LedgerEvent[]> = fc
  .array(
    fc.record({
      pick: fc.nat(1000),
      type: fc.nat(Object.keys(TRANSITIONS).length - 1),
      advance: fc.nat(8),
      create: fc.nat(5).map((n) => n === 0),
      percent: fc.integer({ min: 0, max: 100 }),
      dueIn: fc.nat(40),
      withDue: fc.nat(5).map((n) => n > 0),
      dateTime: fc.boolean(),
    }),
    { minLength: 5, maxLength: 80 },
  )
  .map(buildLedger);

const caseArb = (ledgers: fc.Arbitrary<LedgerEvent[]>): fc.Arbitrary<Case> =>
  fc
    .tuple(ledgers, fc.boolean())
    .map(([events, respell]) => (respell ? respellOffsets(events) : events))
    .chain((events) => {
      const { first, last, marks } = daysOf(events);
      const form = fc.nat(3);
      const before = fc
        .tuple(fc.integer({ min: 1, max: 30 }), form)
        .map(([k, f]) => spellDay(first - k, f));
      const within = fc
        .tuple(fc.integer({ min: first, max: last }), form)
        .map(([d, f]) => spellDay(d, f));
      const after = fc
        .tuple(fc.integer({ min: 1, max: 300 }), form)
        .map(([k, f]) => spellDay(last + k, f));
      // On, just before and just after a day the ledger mentions (due dates, event days).
      const boundary = fc
        .tuple(fc.constantFrom(...marks), fc.integer({ min: -1, max: 1 }), form)
        .map(([d, delta, f]) => spellDay(d + delta, f));
      return fc.record({
        events: fc.constant(events),
        asOfs: fc.tuple(before, within, after, boundary, boundary),
        staleAfterDays: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
      });
    });

const agrees = ({ events, asOfs, staleAfterDays }: Case): void => {
  for (const asOf of asOfs) {
    expectSame(
      libraryMetrics(events, asOf, staleAfterDays),
      oracleMetrics(events, asOf, staleAfterDays),
    );
  }
};

describe("metrics agree with the oracle on random valid ledgers", () => {
  it("ledgerArb: overall, per owner and per party, as of dates before, within and after", () => {
    // baseSize "medium" lets ledgerArb reach its 40 steps (the default size stops near 10);
    // it is a global setting only, so set it for this property and restore it.
    const previous = fc.readConfigureGlobal();
    fc.configureGlobal({ ...previous, baseSize: "medium" });
    try {
      fc.assert(fc.property(caseArb(ledgerArb()), agrees), { numRuns: runs(400) });
    } finally {
      fc.configureGlobal(previous);
    }
  });

  it("slip median and p90 over many deliveries (odd and even counts)", () => {
    // k commitments made on one day, each due on its own day and delivered (or not) on another;
    // the builder above rarely delivers more than a few, so p90's rank is tested here.
    const ledgerOfDeliveries = fc
      .array(
        fc.record({
          dueIn: fc.nat(60),
          deliverIn: fc.option(fc.nat(120), { nil: undefined }),
          owner: fc.constantFrom("A", "B"),
        }),
        { minLength: 1, maxLength: 30 },
      )
      .map((rows) => {
        const start = utcDay("2025-01-01");
        const dated: { day: number; make: (seq: number) => LedgerEvent }[] = [];
        rows.forEach((row, i) => {
          dated.push({
            day: start,
            make: (seq) =>
              commit(seq, isoOfDay(start), `k${i}`, {
                dueAt: isoOfDay(start + row.dueIn),
                owner: row.owner,
              }),
          });
          const deliverIn = row.deliverIn;
          if (deliverIn !== undefined)
            dated.push({
              day: start + deliverIn,
              make: (seq) => simple(seq, isoOfDay(start + deliverIn), "delivered", `k${i}`),
            });
        });
        dated.sort((a, b) => a.day - b.day);
        return dated.map((d, i) => d.make(i + 1));
      });
    fc.assert(
      fc.property(
        fc.record({
          events: ledgerOfDeliveries,
          asOfs: fc
            .tuple(fc.nat(130), fc.nat(130))
            .map(([a, b]) => [
              isoOfDay(utcDay("2025-01-01") + a),
              isoOfDay(utcDay("2025-01-01") + b),
              "2025-12-31",
            ]),
          staleAfterDays: fc.constant(undefined),
        }),
        agrees,
      ),
      { numRuns: runs(300) },
    );
  });

  it("denser ledgers from the same builder (more deliveries, slips, verifications)", () => {
    fc.assert(fc.property(caseArb(denseLedgerArb), agrees), { numRuns: runs(300) });
  });
});

// ---------------------------------------------------------------------------------------------
// Hand-computed scenarios (expected numbers worked out from the doc, checked against both)

type Expected = Partial<{ [K in keyof CommitmentMetrics]: unknown }>;

/** Checks the expected overall values against the library and, as a check of the oracle, it. */
const expectOverall = (
  events: readonly LedgerEvent[],
  asOf: string,
  expected: Expected,
  staleAfterDays?: number,
): LedgerMetrics => {
  const lib = libraryMetrics(events, asOf, staleAfterDays);
  const oracle = oracleMetrics(events, asOf, staleAfterDays);
  for (const [key, value] of Object.entries(expected)) {
    const k = key as keyof CommitmentMetrics;
    for (const [who, got] of [
      ["library", lib.overall[k]],
      ["oracle", oracle.overall[k]],
    ] as const) {
      const label = `${who} ${k} as of ${asOf}`;
      if (k === "broken") expect([...(got as string[])].sort(byText), label).toEqual(value);
      else if (typeof value === "number") expect(got as number, label).toBeCloseTo(value, 9);
      else expect(got, label).toEqual(value);
    }
  }
  return lib;
};

describe("metrics, hand-computed tricky cases", () => {
  it("renegotiated to a later date after the original due date had passed", () => {
    const events: LedgerEvent[] = [
      commit(1, "2025-01-01", "c1", { dueAt: "2025-03-01" }),
      {
        id: "e2",
        seq: 2,
        at: "2025-03-10",
        type: "renegotiated",
        commitmentId: "c1",
        dueAt: "2025-04-30",
        reason: "contractor late",
      },
      simple(3, "2025-04-20", "delivered", "c1"),
    ];
    // Before the renegotiation, the original date rules: overdue by 4 days.
    expectOverall(events, "2025-03-05", {
      due: 1,
      delivered: 0,
      followThroughRate: 0,
      renegotiated: 0,
      overdue: [
        {
          id: "c1",
          title: "Commitment c1",
          owner: "Housing",
          party: "authority",
          dueAt: "2025-03-01",
          daysOverdue: 4,
          status: "committed",
        },
      ],
      broken: [],
    });
    // After it, the new date (2025-04-30) is not yet reached: nothing is due.
    expectOverall(events, "2025-03-15", {
      due: 0,
      overdue: [],
      followThroughRate: null,
      renegotiated: 1,
      renegotiations: 1,
      renegotiationRate: 1,
    });
    // Delivered 10 days before the new date, 50 days after the original one.
    expectOverall(events, "2025-05-01", {
      due: 1,
      delivered: 1,
      onTime: 1,
      onTimeRate: 1,
      onTimeOriginal: 0,
      onTimeOriginalRate: 0,
      slip: { count: 1, median: -10, p90: -10, max: -10 },
      deliveries: 1,
      verified: 0,
      verifiedShare: 0,
    });
  });

  it("withdrawn on the due date stays due and broken; the day before, neither", () => {
    const events: LedgerEvent[] = [
      commit(1, "2025-01-01", "a", { dueAt: "2025-02-10" }),
      commit(2, "2025-01-01", "b", { dueAt: "2025-02-10" }),
      { id: "e3", seq: 3, at: "2025-02-09", type: "withdrawn", commitmentId: "b", reason: "x" },
      { id: "e4", seq: 4, at: "2025-02-10", type: "withdrawn", commitmentId: "a", reason: "y" },
    ];
    expectOverall(events, "2025-02-09", {
      total: 2,
      due: 0,
      broken: [],
      brokenRate: 0,
      overdue: [],
      byStatus: {
        committed: 1,
        accepted: 0,
        "in-progress": 0,
        missed: 0,
        delivered: 0,
        verified: 0,
        withdrawn: 1,
      },
    });
    expectOverall(events, "2025-02-10", {
      total: 2,
      due: 1,
      delivered: 0,
      followThroughRate: 0,
      overdue: [],
      broken: ["a"],
      brokenRate: 0.5,
    });
  });

  it("delivered then verified; verifiedShare counts deliveries that are not yet due", () => {
    const events: LedgerEvent[] = [
      commit(1, "2025-01-01", "v", { dueAt: "2025-03-01", owner: "Parks" }),
      commit(2, "2025-01-01", "w", { dueAt: "2025-12-31", owner: "Parks" }),
      simple(3, "2025-02-20", "delivered", "v"),
      { id: "e4", seq: 4, at: "2025-03-05", type: "verified", commitmentId: "v", actor: "Panel" },
      simple(5, "2025-03-06", "delivered", "w"),
    ];
    expectOverall(events, "2025-03-04", {
      due: 1,
      delivered: 1,
      deliveries: 1,
      verified: 0,
      verifiedShare: 0,
    });
    // w is delivered 300 days early and not due: it counts in deliveries and slip, not in due.
    const lib = expectOverall(events, "2025-03-10", {
      due: 1,
      delivered: 1,
      onTime: 1,
      deliveries: 2,
      verified: 1,
      verifiedShare: 0.5,
      slip: { count: 2, median: -154.5, p90: -9, max: -9 },
    });
    expect(lib.byOwner["Parks"]?.verifiedShare).toBeCloseTo(0.5, 9);
  });

  it("missed, renegotiated (reopens at the state before missed), then delivered late", () => {
    const events: LedgerEvent[] = [
      commit(1, "2025-01-01", "m", { dueAt: "2025-02-01" }),
      simple(2, "2025-01-05", "accepted", "m"),
      simple(3, "2025-02-03", "missed", "m"),
      {
        id: "e4",
        seq: 4,
        at: "2025-02-15",
        type: "renegotiated",
        commitmentId: "m",
        dueAt: "2025-03-01",
        reason: "new plan",
      },
      simple(5, "2025-03-04", "delivered", "m"),
    ];
    const overdueM = (dueAt: string, daysOverdue: number, status: string) => [
      {
        id: "m",
        title: "Commitment m",
        owner: "Housing",
        party: "authority",
        dueAt,
        daysOverdue,
        status,
      },
    ];
    expectOverall(events, "2025-02-10", {
      due: 1,
      overdue: overdueM("2025-02-01", 9, "missed"),
      broken: ["m"],
      brokenRate: 1,
    });
    expectOverall(events, "2025-02-20", {
      due: 0,
      overdue: [],
      broken: [],
      renegotiated: 1,
      byStatus: {
        committed: 0,
        accepted: 1,
        "in-progress": 0,
        missed: 0,
        delivered: 0,
        verified: 0,
        withdrawn: 0,
      },
    });
    expectOverall(events, "2025-03-02", {
      due: 1,
      overdue: overdueM("2025-03-01", 1, "accepted"),
      broken: [],
    });
    expectOverall(events, "2025-03-04", {
      due: 1,
      delivered: 1,
      followThroughRate: 1,
      onTime: 0,
      onTimeRate: 0,
      onTimeOriginal: 0,
      slip: { count: 1, median: 3, p90: 3, max: 3 },
      broken: [],
      overdue: [],
    });
  });

  it("date-times near midnight count on their UTC day, for events and for asOf", () => {
    const events: LedgerEvent[] = [
      commit(1, "2025-05-20", "p", { dueAt: "2025-06-01" }),
      // 2025-06-01T01:30Z: UTC day 2025-06-01, though the local date is 2025-05-31.
      commit(2, "2025-05-31T23:30:00-02:00", "n", { dueAt: "2025-06-01", madeAt: "2025-06-01" }),
      // 2025-06-01T22:30Z: UTC day 2025-06-01, though the local date is 2025-06-02.
      simple(3, "2025-06-02T00:30:00+02:00", "delivered", "n"),
      // 2025-06-02T00:30Z: UTC day 2025-06-02, though the local date is 2025-06-01.
      simple(4, "2025-06-01T23:30:00-01:00", "delivered", "p"),
    ];
    expectOverall(events, "2025-05-31", { total: 1, due: 0 });
    expectOverall(events, "2025-06-01", {
      total: 2,
      due: 2,
      delivered: 1,
      onTime: 1,
      followThroughRate: 0.5,
      overdue: [
        {
          id: "p",
          title: "Commitment p",
          owner: "Housing",
          party: "authority",
          dueAt: "2025-06-01",
          daysOverdue: 0,
          status: "committed",
        },
      ],
      slip: { count: 1, median: 0, p90: 0, max: 0 },
    });
    // 2025-06-01T21:00-05:00 is 2025-06-02T02:00Z: as of 2025-06-02.
    const lib = expectOverall(events, "2025-06-01T21:00:00-05:00", {
      due: 2,
      delivered: 2,
      onTime: 1,
      onTimeRate: 0.5,
      overdue: [],
      slip: { count: 2, median: 0.5, p90: 1, max: 1 },
    });
    expect(lib.asOf).toBe("2025-06-02");
  });

  it("no due date, scope-only renegotiation, and staleness exactly at N days", () => {
    const events: LedgerEvent[] = [
      commit(1, "2025-01-01", "s", { owner: "Youth club", party: "community" }),
      commit(2, "2025-01-01", "u", { dueAt: "2025-01-05" }),
      { id: "e3", seq: 3, at: "2025-01-11", type: "noted", commitmentId: "s", note: "hello" },
      {
        id: "e4",
        seq: 4,
        at: "2025-01-12",
        type: "renegotiated",
        commitmentId: "u",
        scope: "smaller",
        reason: "budget",
      },
      simple(5, "2025-01-25", "delivered", "s"),
    ];
    const staleOf = (id: string, owner: string, lastEventOn: string, days: number) => ({
      id,
      title: `Commitment ${id}`,
      owner,
      lastEventOn,
      daysSinceLastEvent: days,
    });
    expectOverall(events, "2025-01-20", { stale: [] }, 10);
    expectOverall(
      events,
      "2025-01-21",
      {
        due: 1,
        overdue: [
          {
            id: "u",
            title: "Commitment u",
            owner: "Housing",
            party: "authority",
            dueAt: "2025-01-05",
            daysOverdue: 16,
            status: "committed",
          },
        ],
        renegotiated: 1,
        renegotiations: 1,
        renegotiationRate: 0.5,
        broken: [],
        stale: [staleOf("s", "Youth club", "2025-01-11", 10)],
      },
      10,
    );
    expectOverall(
      events,
      "2025-01-22",
      {
        stale: [
          staleOf("s", "Youth club", "2025-01-11", 11),
          staleOf("u", "Housing", "2025-01-12", 10),
        ],
      },
      10,
    );
    // s is delivered with no due date: a delivery, but neither due nor in the slip.
    expectOverall(
      events,
      "2025-01-25",
      {
        due: 1,
        delivered: 0,
        deliveries: 1,
        verifiedShare: 0,
        slip: { count: 0, median: null, p90: null, max: null },
        stale: [staleOf("u", "Housing", "2025-01-12", 13)],
      },
      10,
    );
    // Default N = 90: 2025-01-12 to 2025-04-12 is exactly 90 days.
    expectOverall(events, "2025-04-11", { stale: [] });
    const lib = expectOverall(events, "2025-04-12", {
      stale: [staleOf("u", "Housing", "2025-01-12", 90)],
    });
    expect(lib.staleAfterDays).toBe(90);
    expect(lib.byParty["community"]?.total).toBe(1);
    expect(lib.byParty["community"]?.due).toBe(0);
  });
});
