/**
 * Properties of every chart over arbitrary values of its declared input types (any strings, names
 * such as `__proto__`, numbers that are NaN, infinite or negative, exact values that are not
 * numbers, empty and missing parts): it never throws, it always returns a well-formed SVG document,
 * and the same input gives the same bytes.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LedgerMetrics, LedgerState } from "../../src/commitments/index.js";
import type { Allocation, Apportionment } from "../../src/committees/index.js";
import type { Outcome } from "../../src/core/index.js";
import type { Panel } from "../../src/deliberation/index.js";
import type { PowerResult } from "../../src/power/index.js";
import {
  apportionmentChart,
  budgetChart,
  commitmentsTimeline,
  followThroughChart,
  lorenzChart,
  pairwiseChart,
  panelChart,
  powerChart,
  roundsChart,
  type SvgOptions,
  scoresChart,
  toSvg,
} from "../../src/render/index.js";
import { runs } from "../helpers/runs.js";
import { xmlProblem } from "./svg-helpers.js";

const name = fc.oneof(
  fc.constantFrom(
    "a",
    "b",
    "c",
    "__proto__",
    "constructor",
    "",
    "<b>",
    "&amp;",
    "\u0000",
    "\uD800",
  ),
  fc.string({ maxLength: 6 }),
  fc.string({ maxLength: 6, unit: "binary" }),
);
const names = fc.uniqueArray(name, { maxLength: 5 });
const number = fc.oneof(
  fc.integer({ min: -5, max: 100 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308),
);
const exact = fc.oneof(
  number,
  fc.constantFrom("1/3", "0.25", "7", "1/0", "-2", "abc", "", "9".repeat(60), " 4 "),
);
const record = <T>(values: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> =>
  fc.dictionary(name, values, { maxKeys: 5 });

const step = fc.oneof(
  fc.record({
    kind: fc.constant("pairwise"),
    text: fc.string(),
    data: fc.record({ pairwise: record(record(exact)) }),
  }),
  fc.record({
    kind: fc.constantFrom("lock", "skip"),
    text: fc.string(),
    data: fc.record({ winner: name, loser: name }),
  }),
  fc.record({
    kind: fc.constant("path"),
    text: fc.string(),
    data: fc.record({ from: name, to: name }),
  }),
  fc.record({
    kind: fc.constant("orders"),
    text: fc.string(),
    data: fc.record({
      undecided: fc.array(fc.record({ winner: name, loser: name }), { maxLength: 3 }),
    }),
  }),
  fc.record({ kind: fc.string(), text: fc.string() }),
);

const round = fc.record(
  {
    round: fc.integer({ min: -1, max: 30 }),
    tallies: record(exact),
    elected: names,
    eliminated: names,
    text: fc.string(),
    quota: fc.oneof(fc.constant("10"), fc.string({ maxLength: 6 })),
    nonTransferable: fc.oneof(fc.constant("1.5"), fc.string({ maxLength: 6 })),
    action: fc.constantFrom("first-preferences", "surplus", "exclusion", "iteration", "other"),
    from: name,
  },
  { requiredKeys: ["round", "tallies", "text"] },
);

const outcome: fc.Arbitrary<Outcome> = fc.record(
  {
    method: fc.oneof(fc.constantFrom("irv", "stv", "schulze"), fc.string()),
    variant: fc.string(),
    candidates: names,
    winners: names,
    scores: record(exact),
    rounds: fc.array(round, { maxLength: 4 }),
    tieBreaks: fc.constant([]),
    explanation: fc.array(step, { maxLength: 5 }),
    quota: fc.string({ maxLength: 8 }),
    validVotes: fc.string({ maxLength: 8 }),
  },
  { requiredKeys: ["method", "candidates", "winners", "tieBreaks", "explanation"] },
) as fc.Arbitrary<Outcome>;

const power: fc.Arbitrary<PowerResult> = fc.record(
  {
    index: fc.oneof(fc.constantFrom("banzhaf", "shapley-shubik"), fc.string()),
    method: fc.constantFrom("exact", "monte-carlo"),
    players: names,
    values: record(number),
    dummies: names,
    interval: record(fc.tuple(number, number)),
  },
  { requiredKeys: ["index", "method", "players", "values"] },
) as fc.Arbitrary<PowerResult>;

const allocation: fc.Arbitrary<Allocation> = fc.record({
  method: fc.string(),
  variant: fc.string(),
  winners: names,
  budget: fc.oneof(fc.constantFrom("100", "0", "-5", "1/3"), fc.string()),
  totalCost: exact.map(String),
  leftover: exact.map(String),
  rounds: fc.array(
    fc.record({ round: fc.nat(), project: name, cost: exact.map(String), supporters: fc.string() }),
    {
      maxLength: 4,
    },
  ),
  ineligible: fc.array(fc.record({ project: name, reason: fc.string() }), { maxLength: 2 }),
  ties: fc.constant([]),
  tieBreaks: fc.constant([]),
  explanation: fc.constant([]),
}) as fc.Arbitrary<Allocation>;

const apportionment: fc.Arbitrary<Apportionment> = fc.record({
  method: fc.constant("dhondt"),
  name: fc.string(),
  seats: record(number),
  totalSeats: number,
  parties: names,
  totalVotes: fc.string(),
  eligibleVotes: fc.string(),
  excluded: names,
  tieBreaks: fc.constant([]),
  unallocated: number,
  explanation: fc.constant([]),
}) as unknown as fc.Arbitrary<Apportionment>;

const panel: fc.Arbitrary<Panel> = fc.record({
  method: fc.constantFrom("legacy", "leximin"),
  panel: names,
  probabilities: record(number),
  estimate: fc.constant({ kind: "monte-carlo", samples: 10, seed: "s", margin: 0.1 }),
  minimum: number,
  maximum: number,
  gini: number,
  support: fc.nat(),
  quotas: fc.array(
    fc.record({
      feature: name,
      value: name,
      min: number,
      max: number,
      selected: number,
      pool: number,
      met: fc.boolean(),
    }),
    { maxLength: 4 },
  ),
  households: fc.boolean(),
  draw: fc.constant({ seed: "s", procedure: "p", attempts: 1 }),
  explanation: fc.constant([]),
}) as fc.Arbitrary<Panel>;

const pool = fc.array(fc.record({ id: name, features: record(name) }), { maxLength: 5 });

const date = fc.oneof(
  fc.constantFrom(
    "2025-01-10",
    "2025-06-30",
    "2024-02-29",
    "2025-02-30",
    "",
    "2025-06-30T23:30:00-02:00",
  ),
  fc.string({ maxLength: 10 }),
);
const event = fc.oneof(
  fc.record({
    id: fc.string(),
    seq: fc.nat(),
    at: date,
    type: fc.constantFrom("delivered", "verified", "withdrawn", "missed", "accepted", "noted"),
    commitmentId: name,
  }),
  fc.record({
    id: fc.string(),
    seq: fc.nat(),
    at: date,
    type: fc.constant("renegotiated"),
    commitmentId: name,
    dueAt: date,
    reason: fc.string(),
  }),
);
const ledger: fc.Arbitrary<LedgerState> = fc
  .array(
    fc.record({
      id: name,
      title: fc.string(),
      madeAt: date,
      dueAt: fc.option(date, { nil: undefined }),
      madeDay: number,
      lastDay: number,
      history: fc.array(event, { maxLength: 4 }),
    }),
    { maxLength: 5 },
  )
  .map((list) => {
    const commitments: Record<string, unknown> = {};
    for (const c of list) {
      Object.defineProperty(commitments, c.id, {
        value: {
          commitment: {
            id: c.id,
            title: c.title,
            owner: "o",
            party: "p",
            madeAt: c.madeAt,
            ...(c.dueAt === undefined ? {} : { dueAt: c.dueAt }),
          },
          status: "committed",
          beforeMissed: "committed",
          madeDay: c.madeDay,
          dueAt: c.dueAt ?? null,
          scope: null,
          progress: 0,
          milestonesReached: [],
          renegotiations: 0,
          lastDay: c.lastDay,
          history: c.history,
        },
        enumerable: true,
        configurable: true,
        writable: true,
      });
    }
    return {
      commitments,
      order: list.map((c) => c.id),
      eventCount: 0,
      lastSeq: 0,
    } as unknown as LedgerState;
  });

const options: fc.Arbitrary<SvgOptions> = fc.record(
  {
    width: number,
    height: number,
    fontSize: number,
    fontFamily: fc.string({ maxLength: 8 }),
    colors: fc.record(
      { primary: fc.string({ maxLength: 8 }), background: fc.string({ maxLength: 8 }) },
      { requiredKeys: [] },
    ),
    title: fc.string({ maxLength: 8 }),
    maxMarks: number,
  },
  { requiredKeys: [] },
);

/** Draws twice and checks the contract: a string, well-formed, the same bytes. */
const holds = (draw: () => string): void => {
  const first = draw();
  expect(typeof first).toBe("string");
  expect(xmlProblem(first)).toBeUndefined();
  expect(first.startsWith("<svg ")).toBe(true);
  expect(draw()).toBe(first);
};

describe("every chart, on arbitrary values of its declared types", () => {
  it("roundsChart, pairwiseChart, scoresChart and toSvg on outcomes", () => {
    fc.assert(
      fc.property(outcome, options, (o, opts) => {
        holds(() => roundsChart(o, opts));
        holds(() => pairwiseChart(o, opts));
        holds(() => scoresChart(o, opts));
        holds(() => toSvg(o, opts));
      }),
      { numRuns: runs(150) },
    );
  });

  it("powerChart", () => {
    fc.assert(
      fc.property(
        power,
        fc.option(record(exact), { nil: undefined }),
        options,
        (p, seats, opts) => {
          holds(() => powerChart(p, { ...opts, seats }));
          holds(() => toSvg(p, { ...opts, seats }));
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it("budgetChart", () => {
    const project = fc.record({
      id: name,
      cost: exact,
      name: fc.option(fc.string(), { nil: undefined }),
    });
    fc.assert(
      fc.property(allocation, fc.array(project, { maxLength: 4 }), options, (a, projects, opts) => {
        holds(() => budgetChart(a, { ...opts, projects }));
        holds(() => toSvg(a, opts));
      }),
      { numRuns: runs(100) },
    );
  });

  it("apportionmentChart", () => {
    fc.assert(
      fc.property(apportionment, options, (a, opts) => holds(() => apportionmentChart(a, opts))),
      { numRuns: runs(100) },
    );
  });

  it("panelChart", () => {
    fc.assert(
      fc.property(panel, fc.option(pool, { nil: undefined }), options, (p, members, opts) =>
        holds(() => panelChart(p, { ...opts, pool: members })),
      ),
      { numRuns: runs(100) },
    );
  });

  it("lorenzChart", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ population: number, share: number }), { maxLength: 8 }),
        fc.option(number, { nil: undefined }),
        fc.option(fc.string(), { nil: undefined }),
        options,
        (points, gini, of, opts) => holds(() => lorenzChart({ points, gini, of }, opts)),
      ),
      { numRuns: runs(100) },
    );
  });

  it("commitmentsTimeline", () => {
    fc.assert(
      fc.property(ledger, fc.option(date, { nil: undefined }), options, (state, asOf, opts) =>
        holds(() => commitmentsTimeline(state, { ...opts, asOf })),
      ),
      { numRuns: runs(100) },
    );
  });

  it("followThroughChart", () => {
    const group = fc.record({
      due: number,
      delivered: number,
      onTime: number,
      overdue: fc.array(fc.record({ id: name }), { maxLength: 3 }),
    });
    const metrics = fc.record({
      asOf: fc.string({ maxLength: 10 }),
      staleAfterDays: fc.nat(),
      overall: group,
      byOwner: record(group),
      byParty: record(group),
    }) as unknown as fc.Arbitrary<LedgerMetrics>;
    fc.assert(
      fc.property(metrics, options, (m, opts) => {
        holds(() => followThroughChart(m, opts));
        holds(() => toSvg(m, opts));
      }),
      { numRuns: runs(100) },
    );
  });
});
