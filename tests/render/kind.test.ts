/**
 * resultKind on real results of every module (tests/render/results.ts names the sources), on
 * results that went through JSON (as an app stores them), and on values that are no result.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RenderKind, resultKind } from "../../src/render/index.js";
import { anything } from "../fuzz/arbitraries.js";
import { runs } from "../helpers/runs.js";
import * as results from "./results.js";

const CASES: readonly (readonly [string, () => unknown, RenderKind])[] = [
  ["IRV, Tennessee (Wikipedia)", results.irvTennessee, "outcome"],
  ["Ranked Pairs, Tennessee", results.rankedPairsTennessee, "outcome"],
  ["Schulze, Debian 2007 (PrefLib)", results.debian2007, "outcome"],
  ["Borda through decide", results.bordaThroughDecide, "outcome"],
  ["Scottish STV, Glasgow 2007 Calton", results.glasgowWard, "stv"],
  ["PAV, Lackner and Skowron Example 2.1", results.pavRunning, "committee"],
  ["block voting through decide", results.blockThroughDecide, "committee"],
  ["CPO-STV through decide", results.cpoStvThroughDecide, "committee"],
  ["Equal Shares, Wieliczka 2023 (pabulib)", results.wieliczka, "allocation"],
  ["D'Hondt (Wikipedia)", results.dhondt, "apportionment"],
  ["Hare (largest remainder)", results.hare, "apportionment"],
  ["consent with an objection", results.consentBlocked, "resolution"],
  ["supermajority with a quorum", results.supermajority, "resolution"],
  ["a legacy sortition panel", results.smallPanel, "panel"],
  ["Banzhaf, EEC 1958", results.eecBanzhaf, "power"],
  ["Shapley-Shubik, EEC 1958", results.eecShapley, "power"],
  ["ledger metrics of the commitments scenario", results.scenarioMetrics, "ledger-metrics"],
  ["JR check of AV's committee", results.jrCheck, "committee-check"],
  ["the troubled process assessment", results.troubledAssessment, "assessment"],
];

describe("resultKind", () => {
  it.each(CASES)("tells %s apart", (_, make, kind) => {
    const result = make();
    expect(resultKind(result)).toBe(kind);
    // An app stores results as JSON: the kind survives the round trip.
    expect(resultKind(JSON.parse(JSON.stringify(result)))).toBe(kind);
  });

  it("covers every kind with a real result", () => {
    expect(new Set(CASES.map(([, , kind]) => kind)).size).toBe(11);
  });

  it("sees no result in values that are not one", () => {
    for (const value of [
      undefined,
      null,
      0,
      "outcome",
      [],
      [results.irvTennessee()],
      {},
      { winners: ["a"] },
      { method: "irv", winners: [], candidates: [] },
      { budget: 1, totalCost: "1", leftover: "0", winners: [], rounds: [] },
      { rule: "majority", status: "maybe", requirements: [] },
      { property: "jr", holds: "yes" },
      { seats: 3, totalSeats: 3, parties: [] },
    ])
      expect(resultKind(value), JSON.stringify(value) ?? String(value)).toBeUndefined();
  });

  it("depends on the keys named in its table, not on what else a result holds", () => {
    const outcome = results.irvTennessee();
    expect(resultKind({ ...outcome, seats: 1 })).toBe("committee");
    const { tieBreaks: _, ...withoutTieBreaks } = outcome;
    expect(resultKind(withoutTieBreaks)).toBeUndefined();
    const stv = results.glasgowWard();
    const { validVotes: __, ...withoutValidVotes } = stv;
    // Without its STV keys it is still a multi-seat outcome (it has `seats`).
    expect(resultKind(withoutValidVotes)).toBe("committee");
  });

  it("never throws, even on a getter that throws or a hostile proxy", () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error("no");
        },
        has() {
          throw new Error("no");
        },
      },
    );
    expect(resultKind(trap)).toBeUndefined();
    const getter = Object.defineProperty({}, "budget", {
      get() {
        throw new Error("no");
      },
    });
    expect(resultKind(getter)).toBeUndefined();
    fc.assert(
      fc.property(anything, (value) => {
        const kind = resultKind(value);
        return kind === undefined || typeof kind === "string";
      }),
      { numRuns: runs(300) },
    );
  });
});
