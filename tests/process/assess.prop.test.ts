import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { formatDay, parseIsoDay } from "../../src/commitments/dates.js";
import {
  type Assessment,
  assessOverTime,
  assessProcess,
  CLAIMED_LEVELS,
  type JointProcess,
  parseProcess,
} from "../../src/process/index.js";
import { runs } from "../helpers/runs.js";
import { healthy, troubled } from "./scenarios.js";

const right = <T>(either: E.Either<unknown, T>): T => {
  if (E.isLeft(either)) throw new Error(`expected right, got ${JSON.stringify(either.left)}`);
  return either.right;
};

type Json = Record<string, unknown>;
const day = (text: string): number => parseIsoDay(text) as number;
const START = day("2023-01-01");
const END = day("2026-12-31");
const dayIn = fc.integer({ min: START, max: END });

const rate = (a: Assessment): number | null => {
  const found = a.factors.followThrough.find((i) => i.id === "followThrough.commitments");
  return (
    (found?.value as { followThroughRate: number | null } | undefined)?.followThroughRate ?? null
  );
};

describe("assessProcess properties", () => {
  it("adding a kept commitment never lowers follow-through", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(healthy, troubled),
        fc.tuple(dayIn, dayIn, dayIn).map((days) => days.sort((a, b) => a - b)),
        dayIn,
        (scenario, [made, delivered, due], asOf) => {
          const base = scenario() as Json & { ledger: Json[] };
          const seq = base.ledger.length + 1;
          const kept = {
            ...base,
            ledger: [
              ...base.ledger,
              {
                id: "kept-1",
                seq,
                at: formatDay(made),
                type: "committed",
                commitment: {
                  id: "kept",
                  title: "A kept promise",
                  owner: "o",
                  party: "p",
                  madeAt: formatDay(made),
                  dueAt: formatDay(due),
                },
              },
              {
                id: "kept-2",
                seq: seq + 1,
                at: formatDay(delivered),
                type: "delivered",
                commitmentId: "kept",
              },
            ],
          };
          const options = { asOf: formatDay(asOf), resamples: 0 };
          const before = rate(right(assessProcess(right(parseProcess(base)), options)));
          const after = rate(right(assessProcess(right(parseProcess(kept)), options)));
          if (before !== null && after !== null) expect(after).toBeGreaterThanOrEqual(before);
          if (before !== null) expect(after).not.toBeNull();
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it("a process that gives residents the decisive vote never raises level-overclaimed for empower", () => {
    // random bodies where the residents' seats together reach the quota; everything else random
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.boolean(),
        fc.boolean(),
        dayIn,
        (residentWeights, otherWeights, quotaShare, feedback, agenda, asOf) => {
          const residentTotal = residentWeights.reduce((a, b) => a + b, 0);
          fc.pre(residentTotal > 0);
          const quota = Math.max(1e-9, residentTotal * quotaShare);
          const residents = residentWeights.map((_, i) => `r${i}`);
          const others = otherWeights.map((_, i) => `o${i}`);
          const base = troubled() as Json & { stages: Json[] };
          const input = {
            ...base,
            people: [
              ...residents.map((id) => ({ id, role: "resident" })),
              ...others.map((id) => ({ id, role: "officer" })),
            ],
            population: undefined,
            bodies: [
              {
                id: "board",
                members: [
                  ...residents.map((person, i) => ({ person, weight: residentWeights[i] })),
                  ...others.map((person, i) => ({ person, weight: otherWeights[i] })),
                ],
                quota,
              },
            ],
            decisions: [
              {
                id: "d1",
                title: "d",
                claimedLevel: "empower",
                decidedBy: "board",
                decidedAt: "2025-01-15",
              },
            ],
            stages: [
              {
                id: "s1",
                kind: "consult",
                decision: "d1",
                startsAt: "2025-01-10",
                endsAt: "2025-02-28",
                participants: residents,
                agendaSetBy: agenda ? residents.slice(0, 1) : others.slice(0, 1),
                ...(feedback ? { feedback: { at: "2025-03-01", influenceShown: true } } : {}),
              },
            ],
          };
          delete (input as Json)["population"];
          const a = right(
            assessProcess(right(parseProcess(input)), { asOf: formatDay(asOf), resamples: 0 }),
          );
          expect(a.flags.filter((f) => f.id === "level-overclaimed")).toEqual([]);
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it("each point of assessOverTime equals assessProcess at that date", () => {
    const processes: JointProcess[] = [
      right(parseProcess(healthy())),
      right(parseProcess(troubled())),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...processes),
        dayIn,
        fc.integer({ min: 0, max: 8 }),
        fc.option(fc.constantFrom(...CLAIMED_LEVELS.map((_, i) => i)), { nil: undefined }),
        (process, from, months, gap) => {
          const options = {
            from: formatDay(from),
            to: formatDay(from + months * 31),
            every: "month" as const,
            resamples: 50,
            ...(gap === undefined ? {} : { thresholds: { levelGap: gap } }),
          };
          const series = right(assessOverTime(process, options));
          expect(series.length).toBeGreaterThanOrEqual(months + 1);
          for (const point of series) {
            const { from: _f, to: _t, every: _e, ...rest } = options;
            expect(point.assessment).toEqual(
              right(assessProcess(process, { ...rest, asOf: point.asOf })),
            );
          }
        },
      ),
      { numRuns: runs(20) },
    );
  });
});

describe("assessOverTime", () => {
  const process = right(parseProcess(healthy()));

  it("steps by calendar month from the first day, clamping to month ends", () => {
    const series = right(
      assessOverTime(process, { from: "2024-01-31", to: "2024-04-30", every: "month" }),
    );
    expect(series.map((p) => p.asOf)).toEqual([
      "2024-01-31",
      "2024-02-29",
      "2024-03-31",
      "2024-04-30",
    ]);
  });

  it("charts the time factor: months since the group formed, point by point", () => {
    const series = right(
      assessOverTime(process, { from: "2023-01-15", to: "2025-01-15", every: "month" }),
    );
    expect(series).toHaveLength(25);
    expect(series.map((p) => p.assessment.factors.time[0]?.value)).toEqual(
      Array.from({ length: 25 }, (_, i) => i),
    );
  });

  it.each([
    [{ from: "x", to: "2024-01-01", every: "month" }, "InvalidInput"],
    [{ from: "2024-02-01", to: "2024-01-01", every: "month" }, "InvalidInput"],
    [{ from: "2024-01-01", to: "2024-02-01", every: "week" }, "InvalidInput"],
    [{ from: "2000-01-01", to: "2024-02-01", every: "month" }, "Unsupported"],
    [{ from: "2024-01-01", to: "2024-02-01", every: "month", maxPoints: 0 }, "InvalidInput"],
    [null, "InvalidInput"],
  ])("%j gives %s", (options, tag) => {
    const result = assessOverTime(process, options as never);
    expect(E.isLeft(result) && result.left._tag).toBe(tag);
  });
});
