/**
 * The `@example` of every chart function in src/render/svg, run as written, with what its comment
 * says checked on the parsed SVG.
 */
import { describe, expect, it } from "vitest";
import { metrics, replay } from "../../src/commitments/index.js";
import { allocate, apportion } from "../../src/committees/index.js";
import { selectPanel } from "../../src/deliberation/index.js";
import { gini, lorenzCurve, powerIndex } from "../../src/power/index.js";
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
  scoresChart,
  toSvg,
} from "../../src/render/index.js";
import { decide } from "../../src/voting/index.js";
import { must } from "./results.js";
import { find, type Node, parseSvg, textOf } from "./svg-helpers.js";

const chart = (svg: string): string | undefined => parseSvg(svg).attrs["data-chart"];
const heading = (root: Node): string => textOf(find(root, (n) => n.name === "text")[0] as Node);

const IRV = {
  method: "irv",
  candidates: ["a", "b", "c"],
  ballots: [
    { ranking: [["a"]], count: 4 },
    { ranking: [["b"], ["c"]], count: 3 },
    { ranking: [["c"], ["b"]], count: 2 },
  ],
};

const youthCentre = () =>
  must(
    replay([
      {
        id: "e1",
        seq: 1,
        at: "2025-01-10",
        type: "committed",
        commitment: {
          id: "c1",
          title: "Reopen the youth centre",
          owner: "Council housing team",
          party: "authority",
          madeAt: "2025-01-10",
          dueAt: "2025-06-30",
        },
      },
    ]),
  );

describe("the chart functions' examples", () => {
  it("toSvg: an IRV count, 600 wide", () => {
    const root = parseSvg(toSvg(must(decide(IRV)), { width: 600 }));
    expect(root.attrs["width"]).toBe("600");
    expect(root.attrs["data-chart"]).toBe("rounds");
  });

  it("roundsChart: c's 2 votes pass to b in round 2; b wins 5 to 4", () => {
    const root = parseSvg(roundsChart(must(decide(IRV))));
    const cell = (who: string, round: string) =>
      find(root, (n) => n.attrs["data-key"] === who && n.attrs["data-round"] === round)[0] as Node;
    expect(cell("b", "2").children.some((n) => n.attrs["data-part"] === "received")).toBe(true);
    expect(textOf(cell("b", "2"))).toBe("5 elected");
    expect(textOf(cell("a", "2"))).toBe("4");
    expect(cell("c", "2").children.some((n) => n.attrs["class"] === "passed")).toBe(true);
  });

  it("pairwiseChart: b over c 7-2 and a over b 6-3 locked, c over a skipped", () => {
    const outcome = must(
      decide({
        method: "ranked-pairs",
        candidates: ["a", "b", "c"],
        ballots: [
          { ranking: [["a"], ["b"], ["c"]], count: 4 },
          { ranking: [["b"], ["c"], ["a"]], count: 3 },
          { ranking: [["c"], ["a"], ["b"]], count: 2 },
        ],
      }),
    );
    const root = parseSvg(pairwiseChart(outcome));
    const mark = (row: string, column: string) =>
      find(root, (n) => n.attrs["data-row"] === row && n.attrs["data-column"] === column)[0];
    expect(mark("b", "c")?.attrs["data-mark"]).toBe("locked");
    expect(textOf(mark("b", "c") as Node)).toBe("7");
    expect(mark("a", "b")?.attrs["data-mark"]).toBe("locked");
    expect(textOf(mark("a", "b") as Node)).toBe("6");
    expect(mark("c", "a")?.attrs["data-mark"]).toBe("skipped");
  });

  it("scoresChart: Borda scores", () => {
    expect(
      chart(
        scoresChart({
          method: "borda",
          candidates: ["a", "b"],
          winners: ["a"],
          scores: { a: 5, b: 1 },
        }),
      ),
    ).toBe("scores");
  });

  it("powerChart: C holds 1 % of the seats and 20 % of the power", () => {
    const weights = { A: 50, B: 49, C: 1 };
    const root = parseSvg(
      powerChart(must(powerIndex({ index: "banzhaf", quota: 51, weights })), { seats: weights }),
    );
    const row = find(root, (n) => n.attrs["data-row"] !== undefined)[2] as Node;
    expect(textOf(row)).toContain("1.0%");
    expect(textOf(row)).toContain("20.0%");
  });

  it("lorenzChart: headed 'Lorenz curve of speaking time, Gini 0.537'", () => {
    const minutes = [2, 3, 5, 30];
    const root = parseSvg(
      lorenzChart({
        points: must(lorenzCurve(minutes)),
        gini: must(gini(minutes)),
        of: "speaking time",
      }),
    );
    expect(heading(root)).toBe("Lorenz curve of speaking time, Gini 0.537");
  });

  it("budgetChart: park and bench funded, library not, 30 left", () => {
    const projects = [
      { id: "park", cost: 60 },
      { id: "library", cost: 50 },
      { id: "bench", cost: 10 },
    ];
    const result = must(
      allocate({
        method: "greedy",
        budget: 100,
        projects,
        ballots: [
          { approve: ["park", "bench"], weight: 3 },
          { approve: ["library"], weight: 2 },
        ],
      }),
    );
    expect(result.leftover).toBe("30");
    const root = parseSvg(budgetChart(result, { projects }));
    const kinds = Object.fromEntries(
      find(root, (n) => n.attrs["class"] === "bar").map((n) => [
        n.attrs["data-key"],
        n.attrs["data-kind"],
      ]),
    );
    expect(kinds).toEqual({ park: "funded", bench: "funded", library: "not-funded" });
  });

  it("panelChart: both groups at 50 %", () => {
    const pool = [
      { id: "ana", features: { gender: "f" } },
      { id: "bea", features: { gender: "f" } },
      { id: "cai", features: { gender: "m" } },
      { id: "dan", features: { gender: "m" } },
    ];
    const panel = must(
      selectPanel({
        pool,
        panelSize: 2,
        method: "legacy",
        seed: "2025-05-01",
        quotas: { gender: { f: { min: 1, max: 1 }, m: { min: 1, max: 1 } } },
      }),
    );
    const root = parseSvg(panelChart(panel, { pool }));
    const bars = find(root, (n) => n.attrs["class"] === "bar").map((n) => n.attrs["data-value"]);
    // Each member of either group is chosen in one draw of two: exactly 1/2, estimated by
    // seeded draws within their margin.
    for (const value of bars) expect(Number.parseFloat(value ?? "")).toBeCloseTo(50, -1);
  });

  it("commitmentsTimeline: c1 overdue by 63 days", () => {
    const root = parseSvg(commitmentsTimeline(youthCentre(), { asOf: "2025-09-01" }));
    expect(find(root, (n) => n.attrs["data-key"] === "c1")[0]?.attrs["data-state"]).toBe(
      "overdue 63 d",
    );
  });

  it("followThroughChart: 1 due, 0 delivered, 1 overdue", () => {
    const root = parseSvg(followThroughChart(must(metrics(youthCentre(), { asOf: "2025-09-01" }))));
    const words = textOf(root);
    expect(words).toContain("1 due");
    expect(words).toContain("0 delivered");
    expect(words).toContain("1 overdue");
  });

  it("apportionmentChart: D'Hondt seats", () => {
    const result = must(apportion({ method: "dhondt", seats: 5, votes: { A: 100, B: 60, C: 20 } }));
    expect(chart(apportionmentChart(result))).toBe("apportionment");
  });
});
