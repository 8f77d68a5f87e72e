/**
 * Issue 10 (hardening) in the commitments module: every counterexample of the issue, as a test.
 * Throws at the boundary become error values with a path, holes of sparse arrays are errors at
 * their index, costs have limits checked before the work, CSV cells cannot run as formulas, and
 * the follow-through interval always contains its mean.
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  EVENTS_LIMIT,
  emptyLedger,
  followThrough,
  fromJsonLines,
  type LedgerEvent,
  linkEvents,
  linkNext,
  MONTHS_LIMIT,
  metrics,
  monthlySeries,
  overdueDigest,
  PRIOR_MAX,
  PRIOR_MIN,
  partyAccountability,
  replay,
  replayFrom,
  toCsv,
  toJsonLines,
  verifyLedger,
  WRITTEN_EVENTS_LIMIT,
  youSaidWeDid,
} from "../../src/commitments/index.js";
import type { DecideError } from "../../src/core/errors.js";
import { guardedArray } from "../helpers/guarded.js";
import { runs } from "../helpers/runs.js";
import { SCENARIO } from "./scenario.js";

const right = <T>(either: E.Either<unknown, T>): T => {
  if (E.isLeft(either)) throw new Error(`expected right, got ${JSON.stringify(either.left)}`);
  return either.right;
};

/** The paths and codes of an InvalidInput, the reason of an Unsupported, or "right". */
const issuesOf = (result: E.Either<DecideError, unknown>): string[] | string => {
  if (E.isRight(result)) return "right";
  const error = result.left;
  if (error._tag === "InvalidInput") return error.issues.map((i) => `${i.path}:${i.code}`);
  return error._tag === "Unsupported" ? `Unsupported:${error.reason}` : error._tag;
};

const EVENT = {
  id: "e9",
  seq: 9,
  at: "2025-07-01",
  type: "noted",
  commitmentId: "c1",
  note: "ok",
} as const;

/** `[first, <hole>, second]`, the shape of the issue's counterexamples. */
const withHole = <T>(first: T, second: T): T[] => {
  const out: T[] = [first];
  out[2] = second;
  return out;
};

describe("throws at the boundary are error values with a path", () => {
  it("linkNext(null, e) returns a Left (it threw)", () => {
    expect(issuesOf(linkNext(null as never, EVENT))).toEqual(["events:invalid_type"]);
    expect(issuesOf(linkNext([], null as never))).toEqual(["event:invalid_type"]);
    expect(issuesOf(linkNext(new Array(3), EVENT))).toEqual(["events[2]:hole"]);
    const linked = right(linkEvents(SCENARIO.slice(0, 2)));
    const next = right(linkNext(linked, EVENT));
    expect(right(verifyLedger([...linked, next])).count).toBe(3);
  });

  it("linkEvents with a hole: an InvalidInput at the hole's index (was a raw error without a path)", () => {
    expect(issuesOf(linkEvents(withHole(SCENARIO[0], SCENARIO[1]) as LedgerEvent[]))).toEqual([
      "events[1]:hole",
    ]);
    expect(issuesOf(linkEvents([SCENARIO[0], 5] as never))).toEqual(["events[1]:invalid_type"]);
    expect(issuesOf(linkEvents(null as never))).toEqual(["events:invalid_type"]);
  });

  it("toJsonLines(null) returns a Left (it threw); holes and non-JSON values are errors with paths", () => {
    expect(issuesOf(toJsonLines(null as never))).toEqual(["events:invalid_type"]);
    expect(issuesOf(toJsonLines(withHole(SCENARIO[0], SCENARIO[1]) as LedgerEvent[]))).toEqual([
      "events[1]:hole",
    ]);
    expect(issuesOf(toJsonLines([{ ...EVENT, at: Number.NaN }] as never))).toEqual([
      "events[0].at:not_json",
    ]);
    expect(toJsonLines([])).toEqual(E.right(""));
  });

  it("a report given something that is not a ledger state speaks of the state, not of 'the metrics'", () => {
    for (const report of [youSaidWeDid, overdueDigest, partyAccountability]) {
      const result = report(null as never, { asOf: "2025-07-01" });
      expect(issuesOf(result)).toEqual(["state:invalid_type"]);
      expect(E.isLeft(result) && result.left.message).not.toMatch(/metrics/);
    }
    expect(issuesOf(metrics({ order: 5 } as never, { asOf: "2025-07-01" }))).toEqual([
      "state:invalid_type",
    ]);
    expect(issuesOf(toCsv(undefined as never))).toEqual(["state:invalid_type"]);
    expect(issuesOf(followThrough(null as never, { asOf: "2025-07-01" }))).toEqual([
      "state:invalid_type",
    ]);
    expect(issuesOf(monthlySeries(null as never, { to: "2025-07-01" }))).toEqual([
      "state:invalid_type",
    ]);
  });
});

describe("a hole of a sparse array is an InvalidInput at its index", () => {
  it("in replay, replayFrom, verifyLedger, linkEvents and toJsonLines", () => {
    const events = withHole(SCENARIO[0], SCENARIO[1]);
    expect(issuesOf(replay(events))).toEqual(["events[1]:hole"]);
    expect(issuesOf(replayFrom(emptyLedger, events))).toEqual(["events[1]:hole"]);
    expect(issuesOf(verifyLedger(events))).toEqual(["events[1]:hole"]);
  });

  it("in a state's order (a damaged state read back from storage)", () => {
    const state = right(replay(SCENARIO));
    const damaged = { ...state, order: withHole(state.order[0], state.order[1]) as string[] };
    expect(issuesOf(metrics(damaged, { asOf: "2025-07-01" }))).toEqual(["state.order[1]:hole"]);
  });
});

describe("the limit on events", () => {
  const limitOf = (result: E.Either<DecideError, unknown>) =>
    E.isLeft(result) && result.left._tag === "Unsupported" ? result.left.limit : undefined;

  it("refuses arrays of length 2^32 - 1 before reading them (replay hung)", () => {
    const guarded = guardedArray(2 ** 32 - 1, SCENARIO[0]);
    const huge = guarded.array;
    for (const result of [replay(huge), replayFrom(emptyLedger, huge), verifyLedger(huge)]) {
      expect(limitOf(result)).toEqual({
        name: "commitments.events",
        limit: EVENTS_LIMIT.default,
        size: 2 ** 32 - 1,
        option: "options.maxEvents",
        ceiling: EVENTS_LIMIT.ceiling,
      });
    }
    for (const result of [linkEvents(huge as LedgerEvent[]), toJsonLines(huge as LedgerEvent[])]) {
      expect(limitOf(result)).toEqual({
        name: "commitments.eventsWritten",
        limit: WRITTEN_EVENTS_LIMIT.default,
        size: 2 ** 32 - 1,
        option: "options.maxEvents",
        ceiling: WRITTEN_EVENTS_LIMIT.ceiling,
      });
    }
    expect(guarded.reads()).toBe(0);
  });

  it("is set by options.maxEvents, up to the ceiling", () => {
    const events = SCENARIO.slice(0, 3);
    expect(issuesOf(replay(events, { maxEvents: 2 }))).toBe("Unsupported:work_limit");
    expect(issuesOf(replay(events, { maxEvents: 3 }))).toBe("right");
    expect(issuesOf(linkEvents(events, { maxEvents: 2 }))).toBe("Unsupported:work_limit");
    expect(issuesOf(toJsonLines(events, { maxEvents: 2 }))).toBe("Unsupported:work_limit");
    const text = right(toJsonLines(events));
    expect(issuesOf(fromJsonLines(text, { maxEvents: 2 }))).toBe("Unsupported:work_limit");
    expect(issuesOf(fromJsonLines(text, { maxEvents: 3 }))).toBe("right");
    const linked = right(linkEvents(events));
    expect(issuesOf(verifyLedger(linked, { maxEvents: 2 }))).toBe("Unsupported:work_limit");
    expect(issuesOf(replay(events, { maxEvents: EVENTS_LIMIT.ceiling + 1 }))).toEqual([
      "options.maxEvents:out_of_range",
    ]);
    expect(issuesOf(replay(events, null as never))).toEqual(["options:invalid_type"]);
  });
});

describe("monthlySeries: a limit on commitment-months", () => {
  it("refuses the years 1 to 9999 at once (was 5.8 s and 887 MB)", () => {
    const state = right(replay(SCENARIO));
    // Refused from the two dates: building the 120,000 months first took 5.8 s.
    const result = monthlySeries(state, { from: "0001-01-01", to: "9999-12-31" });
    expect(E.isLeft(result) && result.left._tag === "Unsupported" && result.left.limit).toEqual({
      name: "monthlySeries.months",
      limit: MONTHS_LIMIT.default,
      size: 119_988,
      option: "options.maxMonths",
      ceiling: MONTHS_LIMIT.ceiling,
    });
  });

  it("limits months × commitments too: counted exactly, raised by the option", () => {
    const state = right(replay(SCENARIO));
    const n = state.order.length;
    const options = { from: "2025-01-15", to: "2025-12-01" };
    expect(issuesOf(monthlySeries(state, { ...options, maxCommitmentMonths: 12 * n - 1 }))).toBe(
      "Unsupported:work_limit",
    );
    expect(right(monthlySeries(state, { ...options, maxCommitmentMonths: 12 * n }))).toHaveLength(
      12,
    );
    expect(issuesOf(monthlySeries(state, { ...options, maxCommitmentMonths: 0 }))).toEqual([
      "options.maxCommitmentMonths:out_of_range",
    ]);
    expect(issuesOf(monthlySeries(state, { ...options, maxMonths: 11 }))).toBe(
      "Unsupported:work_limit",
    );
  });
});

describe("toCsv escapes formula cells (OWASP CSV injection)", () => {
  const titled = (title: string): LedgerEvent[] => [
    {
      id: "e1",
      seq: 1,
      at: "2025-01-10",
      type: "committed",
      commitment: { id: "c1", title, owner: "@owner", party: "authority", madeAt: "2025-01-10" },
    },
  ];
  const row = (title: string): string =>
    (right(toCsv(right(replay(titled(title))))).split("\r\n")[1] as string)
      .split(",")
      .slice(1, 3)
      .join(",");

  it("puts ' before a cell starting with =, +, -, @, a tab or a CR, and quotes it", () => {
    expect(row("=1+2")).toBe(`"'=1+2","'@owner"`);
    expect(row("+1")).toBe(`"'+1","'@owner"`);
    expect(row("-2 benches")).toBe(`"'-2 benches","'@owner"`);
    expect(row("\t=cmd")).toBe(`"'\t=cmd","'@owner"`);
    expect(row('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")","'@owner"`);
  });

  it("leaves other cells as they were (a formula sign inside a cell is harmless)", () => {
    expect(row("Benches 1+2=3")).toBe(`Benches 1+2=3,"'@owner"`);
  });
});

describe("followThrough: the interval always contains its mean", () => {
  const state = right(replay(SCENARIO));

  it("refuses the prior { alpha: 1e300, beta: 1 } (its interval [4.4e-16, 4.4e-16] excluded the mean 1)", () => {
    expect(
      issuesOf(followThrough(state, { asOf: "2025-07-01", prior: { alpha: 1e300, beta: 1 } })),
    ).toEqual(["prior.alpha:out_of_range"]);
    expect(
      issuesOf(followThrough(state, { asOf: "2025-07-01", prior: { alpha: 1, beta: 0.1 } })),
    ).toEqual(["prior.beta:out_of_range"]);
    expect(issuesOf(followThrough(state, { asOf: "2025-07-01", prior: null as never }))).toEqual([
      "prior:invalid_type",
    ]);
    expect(issuesOf(followThrough(state, { asOf: "2025-07-01", level: 0.2 }))).toEqual([
      "level:invalid_value",
    ]);
  });

  it("contains the mean for every prior and level allowed, on ledgers of any record (property)", () => {
    // one owner with `due` commitments due, `delivered` of them delivered
    const ledger = (due: number, delivered: number): LedgerEvent[] => {
      const events: LedgerEvent[] = [];
      for (let i = 0; i < due; i++) {
        events.push({
          id: `m${i}`,
          seq: events.length + 1,
          at: "2025-01-01",
          type: "committed",
          commitment: {
            id: `c${i}`,
            title: "t",
            owner: "Parks",
            party: "authority",
            madeAt: "2025-01-01",
            dueAt: "2025-02-01",
          },
        });
        if (i < delivered) {
          events.push({
            id: `d${i}`,
            seq: events.length + 1,
            at: "2025-01-15",
            type: "delivered",
            commitmentId: `c${i}`,
          });
        }
      }
      return events;
    };
    const parameter = fc.oneof(
      fc.constantFrom(PRIOR_MIN, PRIOR_MAX, 1),
      fc.double({ min: PRIOR_MIN, max: PRIOR_MAX, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 30 })
          .chain((due) => fc.tuple(fc.constant(due), fc.integer({ min: 0, max: due }))),
        parameter,
        parameter,
        fc.oneof(
          fc.constantFrom(0.5, 0.95, 0.999999),
          fc.double({ min: 0.5, max: 0.999999, noNaN: true }),
        ),
        ([due, delivered], alpha, beta, level) => {
          const report = right(
            followThrough(right(replay(ledger(due, delivered))), {
              asOf: "2025-06-01",
              prior: { alpha, beta },
              level,
            }),
          );
          for (const e of report.estimates) {
            expect(e.lower).toBeLessThanOrEqual(e.mean);
            expect(e.mean).toBeLessThanOrEqual(e.upper);
            expect(e.lower).toBeGreaterThanOrEqual(0);
            expect(e.upper).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: runs(150) },
    );
  });
});
