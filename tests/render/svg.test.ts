/**
 * The SVG charts of co-decide/render on real results (tests/render/results.ts: published examples
 * and real counts, each with its source): every chart parses as XML, names its title and
 * description for screen readers, draws bars proportional to the published figures, marks what it
 * says it marks, escapes every string, and gives the same bytes for the same input.
 */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { metrics, replay } from "../../src/commitments/index.js";
import { allocate } from "../../src/committees/index.js";
import { gini, lorenzCurve } from "../../src/power/index.js";
import {
  apportionmentChart,
  budgetChart,
  commitmentsTimeline,
  followThroughChart,
  lorenzChart,
  OKABE_ITO,
  pairwiseChart,
  panelChart,
  powerChart,
  roundsChart,
  scoresChart,
  toSvg,
} from "../../src/render/index.js";
import { borda, decide } from "../../src/voting/index.js";
import { SCENARIO } from "../commitments/scenario.js";
import {
  bordaThroughDecide,
  consentBlocked,
  dhondt,
  EEC_1958,
  eecBanzhaf,
  glasgowWard,
  irvTennessee,
  must,
  rankedPairsTennessee,
  scenarioMetrics,
  smallPanel,
  tennessee,
  wieliczka,
} from "./results.js";
import { all, find, type Node, num, parseSvg, textOf, xmlProblem } from "./svg-helpers.js";

/** The bars of a bar chart, by `data-key`, for one series. */
const barsBy = (root: Node, series: string): Map<string, number> =>
  new Map(
    find(root, (n) => n.attrs["class"] === "bar" && n.attrs["data-series"] === series).map((n) => [
      n.attrs["data-key"] as string,
      num(n, "width"),
    ]),
  );

/** Checks that `lengths[k] / lengths[base] = figures[k] / figures[base]` for every k. */
const expectProportional = (
  lengths: ReadonlyMap<string, number>,
  figures: Readonly<Record<string, number>>,
): void => {
  const keys = Object.keys(figures);
  const base = keys.find((k) => (figures[k] as number) > 0) as string;
  const unit = (lengths.get(base) as number) / (figures[base] as number);
  for (const key of keys) {
    // Coordinates are written to two decimals: allow that rounding, no more.
    expect(lengths.get(key), key).toBeCloseTo((figures[key] as number) * unit, 1);
  }
};

const ledger = () => must(replay(SCENARIO), "replay");

/** Every chart of the module on a real result. */
const CHARTS: readonly (readonly [string, () => string])[] = [
  ["rounds (IRV, Tennessee)", () => roundsChart(irvTennessee())],
  ["rounds (Scottish STV, Glasgow 2007 Calton)", () => roundsChart(glasgowWard("Calton-2007"))],
  ["pairwise (Ranked Pairs, Tennessee)", () => pairwiseChart(rankedPairsTennessee())],
  ["scores (Borda, Tennessee)", () => scoresChart(borda(tennessee()))],
  ["power (Banzhaf, EEC 1958)", () => powerChart(eecBanzhaf(), { seats: EEC_1958.weights })],
  [
    "lorenz",
    () =>
      lorenzChart({
        points: must(lorenzCurve([2, 3, 5, 30])),
        gini: must(gini([2, 3, 5, 30])),
        of: "speaking time",
      }),
  ],
  ["budget (Equal Shares, Wieliczka 2023)", () => budgetChart(wieliczka())],
  ["panel", () => panelChart(smallPanel())],
  ["timeline", () => commitmentsTimeline(ledger(), { asOf: "2025-07-01" })],
  ["follow-through", () => followThroughChart(scenarioMetrics())],
  ["apportionment (D'Hondt)", () => apportionmentChart(dhondt())],
];

describe("every chart", () => {
  it.each(CHARTS)("%s is a well-formed SVG image with a title and description", (_, draw) => {
    const svg = draw();
    expect(xmlProblem(svg)).toBeUndefined();
    const root = parseSvg(svg);
    expect(root.name).toBe("svg");
    expect(root.attrs["xmlns"]).toBe("http://www.w3.org/2000/svg");
    expect(root.attrs["role"]).toBe("img");
    const [titleId, descId] = (root.attrs["aria-labelledby"] ?? "").split(" ");
    const title = root.children.find((n) => n.name === "title");
    const desc = root.children.find((n) => n.name === "desc");
    expect(title?.attrs["id"]).toBe(titleId);
    expect(desc?.attrs["id"]).toBe(descId);
    expect(title?.text.length).toBeGreaterThan(5);
    expect(desc?.text.length).toBeGreaterThan(20);
    expect(num(root, "width")).toBeGreaterThan(0);
    expect(root.attrs["viewBox"]).toBe(`0 0 ${root.attrs["width"]} ${root.attrs["height"]}`);
  });

  it.each(CHARTS)("%s loads nothing from outside and runs no script", (_, draw) => {
    const svg = draw();
    expect(svg).not.toMatch(/<script|<image|<a[\s>]|<foreignObject|@import|@font-face/i);
    expect(svg).not.toMatch(/href=/);
    // Every url() points at a pattern of the same document.
    for (const match of svg.matchAll(/url\(([^)]*)\)/g)) {
      const id = (match[1] as string).slice(1);
      expect(match[1]?.startsWith("#")).toBe(true);
      expect(svg).toContain(`id="${id}"`);
    }
  });

  it.each(CHARTS)("%s gives the same bytes every time", (_, draw) => {
    expect(draw()).toBe(draw());
  });

  it.each(CHARTS)("%s uses ids that are unique and derived from the content", (_, draw) => {
    const ids = all(parseSvg(draw()))
      .map((n) => n.attrs["id"])
      .filter((id): id is string => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^cd-[a-z-]+-[0-9a-f]{8}-/.test(id))).toBe(true);
  });
});

describe("roundsChart", () => {
  it("draws the Tennessee IRV count (Wikipedia, 'Instant-runoff voting'): 42/26/15/17, then Knoxville 32, then 58", () => {
    const root = parseSvg(roundsChart(irvTennessee()));
    const held = (who: string, round: number): number =>
      find(
        root,
        (n) =>
          n.attrs["class"] === "cell" &&
          n.attrs["data-key"] === who &&
          n.attrs["data-round"] === String(round),
      )
        .flatMap((cell) => cell.children)
        .filter((n) => n.attrs["class"] === "votes")
        .reduce((sum, n) => sum + num(n, "width"), 0);
    // The published rounds: bar lengths proportional to the votes, on one scale across rounds.
    const published: [string, number, number][] = [
      ["Memphis", 1, 42],
      ["Nashville", 1, 26],
      ["Chattanooga", 1, 15],
      ["Knoxville", 1, 17],
      ["Memphis", 2, 42],
      ["Nashville", 2, 26],
      ["Knoxville", 2, 32],
      ["Memphis", 3, 42],
      ["Knoxville", 3, 58],
    ];
    const unit = held("Knoxville", 3) / 58;
    for (const [who, round, votes] of published) {
      expect(held(who, round), `${who} in round ${round}`).toBeCloseTo(votes * unit, 1);
    }
    // Transfers visible: Knoxville's round-2 bar is 17 carried plus 15 received from Chattanooga.
    const parts = find(
      root,
      (n) =>
        n.attrs["class"] === "cell" &&
        n.attrs["data-key"] === "Knoxville" &&
        n.attrs["data-round"] === "2",
    )[0]?.children;
    expect(
      num(
        parts?.find((n) => n.attrs["data-part"] === "carried"),
        "width",
      ),
    ).toBeCloseTo(17 * unit, 1);
    expect(
      num(
        parts?.find((n) => n.attrs["data-part"] === "received"),
        "width",
      ),
    ).toBeCloseTo(15 * unit, 1);
    // Chattanooga's 15 votes are drawn as passed on in round 2, after its elimination.
    const passed = find(
      root,
      (n) =>
        n.attrs["class"] === "cell" &&
        n.attrs["data-key"] === "Chattanooga" &&
        n.attrs["data-round"] === "2",
    )[0]?.children.find((n) => n.attrs["class"] === "passed");
    expect(num(passed, "width")).toBeCloseTo(15 * unit, 1);
    expect(textOf(root)).toContain("58 elected");
    expect(textOf(root)).toContain("15 eliminated");
  });

  it("draws the official Glasgow 2007 Anderston/City count (Scottish STV) to scale, stage by stage, the quota line at 1381", () => {
    const outcome = glasgowWard("Anderston-City-2007");
    const root = parseSvg(roundsChart(outcome));
    // The official stage figures, one line per stage in BLT candidate order
    // (tests/fixtures/stv/glasgow-2007-stages.txt, source in tests/fixtures/stv/README.md).
    const sheet = readFileSync(
      new URL("../fixtures/stv/glasgow-2007-stages.txt", import.meta.url),
      "utf8",
    ).split("\n");
    const start = sheet.findIndex((line) => line.startsWith("ward Anderston-City-2007 "));
    const stages: string[][] = [];
    for (let i = start + 1; !(sheet[i] ?? "elected").startsWith("elected"); i++) {
      stages.push(((sheet[i] as string).split(" | ")[1] as string).split(" "));
    }
    expect(stages).toHaveLength(outcome.rounds.length);
    const quota = find(root, (n) => n.attrs["class"] === "quota");
    expect(quota).toHaveLength(outcome.rounds.length);
    expect(quota.every((n) => n.attrs["data-value"] === "1381.00000")).toBe(true);
    stages.forEach((figures, s) => {
      const column = find(root, (n) => n.attrs["data-column"] === String(s + 1))[0] as Node;
      const cells = column.children.filter((n) => n.attrs["class"] === "cell");
      const x0 = num(cells[0]?.children[0], "x");
      const quotaAt = num(quota[s], "x1") - x0;
      outcome.candidates.forEach((name, c) => {
        const official = Number(figures[c]);
        const drawn = cells
          .filter((cell) => cell.attrs["data-key"] === name)
          .flatMap((cell) => cell.children)
          .filter((n) => n.attrs["class"] === "votes")
          .reduce((sum, n) => sum + num(n, "width"), 0);
        // Lengths are written to 0.01 px: within that of the official figure / quota.
        expect(
          Math.abs(drawn - (official / 1381) * quotaAt),
          `${name}, stage ${s + 1}`,
        ).toBeLessThan(0.02);
      });
    });
    const words = textOf(root);
    expect(words).toContain("Stage 1");
    expect(words).toContain("non-transferable");
  });

  it("says so when a result has no rounds", () => {
    const root = parseSvg(roundsChart({ candidates: ["a"], winners: ["a"], rounds: [] }));
    expect(find(root, (n) => n.attrs["data-notice"] === "empty")).toHaveLength(1);
  });
});

describe("pairwiseChart", () => {
  it("shows the Tennessee matrix (Wikipedia, 'Condorcet method') with every win locked by Ranked Pairs", () => {
    const root = parseSvg(pairwiseChart(rankedPairsTennessee()));
    const cell = (row: string, column: string): Node | undefined =>
      find(
        root,
        (n) =>
          n.attrs["class"] === "cell" &&
          n.attrs["data-row"] === row &&
          n.attrs["data-column"] === column,
      )[0];
    // Nashville over Memphis 58 to 42; Chattanooga over Knoxville 83 to 17.
    expect(textOf(cell("Nashville", "Memphis") as Node)).toBe("58");
    expect(textOf(cell("Memphis", "Nashville") as Node)).toBe("42");
    expect(textOf(cell("Chattanooga", "Knoxville") as Node)).toBe("83");
    // No cycle: the six wins are all locked, and only the winners' cells carry the mark.
    const locked = find(root, (n) => n.attrs["data-mark"] === "locked").map(
      (n) => `${n.attrs["data-row"]}>${n.attrs["data-column"]}`,
    );
    expect(locked.sort()).toEqual(
      [
        "Chattanooga>Knoxville",
        "Chattanooga>Memphis",
        "Knoxville>Memphis",
        "Nashville>Chattanooga",
        "Nashville>Knoxville",
        "Nashville>Memphis",
      ].sort(),
    );
    // Wins are blue-ish, losses orange-ish: the row's share of the two-way vote.
    const share = (row: string, column: string): number =>
      num(
        cell(row, column)?.children.find((n) => n.name === "rect"),
        "data-share",
      );
    expect(share("Chattanooga", "Knoxville")).toBeCloseTo(0.83, 2);
    expect(share("Memphis", "Nashville")).toBeCloseTo(0.42, 2);
  });

  it("marks the win Ranked Pairs skips in a cycle (Tideman 1987): c over a, 5 to 4", () => {
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
    const marks = Object.fromEntries(
      find(root, (n) => n.attrs["data-mark"] !== undefined).map((n) => [
        `${n.attrs["data-row"]}>${n.attrs["data-column"]}`,
        n.attrs["data-mark"],
      ]),
    );
    expect(marks).toEqual({ "b>c": "locked", "a>b": "locked", "c>a": "skipped" });
    expect(textOf(root)).toContain("skipped (would close a cycle)");
  });

  it("marks Schulze's strongest-path wins from its path steps", () => {
    const outcome = must(
      decide({
        method: "schulze",
        candidates: ["a", "b", "c"],
        ballots: [
          { ranking: [["a"], ["b"], ["c"]], count: 4 },
          { ranking: [["b"], ["c"], ["a"]], count: 3 },
          { ranking: [["c"], ["a"], ["b"]], count: 2 },
        ],
      }),
    );
    const root = parseSvg(pairwiseChart(outcome));
    const paths = find(root, (n) => n.attrs["data-mark"] === "path").map(
      (n) => `${n.attrs["data-row"]}>${n.attrs["data-column"]}`,
    );
    const steps = outcome.explanation
      .filter((s) => s.kind === "path")
      .map((s) => `${s.data?.["from"]}>${s.data?.["to"]}`);
    expect(steps.length).toBeGreaterThan(0);
    expect(paths.sort()).toEqual(steps.sort());
  });

  it("says so when the explanation has no pairwise matrix", () => {
    const root = parseSvg(pairwiseChart(bordaThroughDecide()));
    expect(find(root, (n) => n.attrs["data-notice"] === "empty")).toHaveLength(1);
  });
});

describe("bar charts", () => {
  it("scores: Borda on Tennessee (Wikipedia, 'Borda count'): Nashville 194, Chattanooga 173, Memphis 126, Knoxville 107", () => {
    const outcome = borda(tennessee());
    const root = parseSvg(scoresChart(outcome));
    expectProportional(barsBy(root, "score"), {
      Nashville: 194,
      Chattanooga: 173,
      Memphis: 126,
      Knoxville: 107,
    });
    // Highest first; the winner marked in words and in the accent colour.
    const order = find(root, (n) => n.attrs["class"] === "bar").map((n) => n.attrs["data-key"]);
    expect(order).toEqual(["Nashville", "Chattanooga", "Memphis", "Knoxville"]);
    const winner = find(root, (n) => n.attrs["data-key"] === "Nashville")[0];
    expect(winner?.attrs["fill"]).toBe(OKABE_ITO.orange);
    expect(textOf(root)).toContain("194 winner");
  });

  it("power: Banzhaf on the EEC 1958 Council (Felsenthal and Machover 1998), beside the weights", () => {
    const root = parseSvg(powerChart(eecBanzhaf(), { seats: EEC_1958.weights }));
    // Swings 10, 10, 10, 6, 6, 0 of 42: France 5/21, Belgium 1/7, Luxembourg 0 (a dummy).
    expectProportional(barsBy(root, "power"), {
      France: 10,
      Germany: 10,
      Italy: 10,
      Belgium: 6,
      Netherlands: 6,
      Luxembourg: 0,
    });
    // Seat shares from the weights 4, 4, 4, 2, 2, 1 of 17, on the same scale as the power.
    const seats = barsBy(root, "seats");
    const power = barsBy(root, "power");
    expect((seats.get("France") as number) / (power.get("France") as number)).toBeCloseTo(
      4 / 17 / (5 / 21),
      2,
    );
    expect(seats.get("Luxembourg")).toBeGreaterThan(0);
    expect(textOf(root)).toContain("23.8%");
    expect(textOf(root)).toContain("dummy");
  });

  it("apportionment: D'Hondt, 8 seats (Wikipedia, 'D'Hondt method'): A 4, B 3, C 1, D 0", () => {
    const root = parseSvg(apportionmentChart(dhondt()));
    expectProportional(barsBy(root, "seats"), { A: 4, B: 3, C: 1, D: 0 });
  });

  it("panel: with the pool, each group's mean selection probability; one in two women, one in three men", () => {
    const pool = [
      { id: "ana", features: { gender: "f" } },
      { id: "bea", features: { gender: "f" } },
      { id: "cai", features: { gender: "m" } },
      { id: "dan", features: { gender: "m" } },
      { id: "eli", features: { gender: "m" } },
    ];
    const panel = smallPanel();
    const root = parseSvg(panelChart(panel, { pool }));
    const bars = barsBy(root, "probability");
    const mean = (ids: string[]): number =>
      ids.reduce((s, id) => s + (panel.probabilities[id] as number), 0) / ids.length;
    // The exact means are 1/2 and 1/3; the estimate (2,000 seeded draws) is within its margin.
    expect(mean(["ana", "bea"])).toBeCloseTo(1 / 2, 1);
    expect(mean(["cai", "dan", "eli"])).toBeCloseTo(1 / 3, 1);
    expect((bars.get("gender = f") as number) / (bars.get("gender = m") as number)).toBeCloseTo(
      mean(["ana", "bea"]) / mean(["cai", "dan", "eli"]),
      1,
    );
    expect(find(root, (n) => n.attrs["data-reference"] === "pool mean")).toHaveLength(1);
  });

  it("panel: without the pool, the share of each group's pool members selected (1 of 2, 1 of 3)", () => {
    const root = parseSvg(panelChart(smallPanel()));
    expectProportional(barsBy(root, "probability"), { "gender = f": 1 / 2, "gender = m": 1 / 3 });
    expect(textOf(root)).toContain("Selected share");
  });
});

describe("budgetChart", () => {
  it("splits the Wieliczka 2023 budget into the funded projects and what is left, to scale", () => {
    const allocation = wieliczka();
    const root = parseSvg(budgetChart(allocation));
    const segments = find(root, (n) => n.attrs["class"] === "segment");
    const total = segments.reduce((s, n) => s + num(n, "width"), 0);
    const budget = Number(allocation.budget);
    const leftover = segments.find((n) => n.attrs["data-kind"] === "leftover");
    expect(num(leftover, "width") / total).toBeCloseTo(Number(allocation.leftover) / budget, 3);
    for (const round of allocation.rounds) {
      const segment = segments.find((n) => n.attrs["data-key"] === round.project);
      expect(num(segment, "width") / total, round.project).toBeCloseTo(
        Number(round.cost) / budget,
        3,
      );
    }
  });

  it("lists the projects not funded when given them", () => {
    const projects = [
      { id: "park", cost: 60 },
      { id: "library", cost: 50, name: "New library" },
      { id: "bench", cost: 10 },
    ];
    const root = parseSvg(
      budgetChart(
        must(
          // Greedy by votes: park and bench (3 votes each; the tie goes to the cheaper, bench), then
          // the library (2 votes) no longer fits in the 40 left.
          decideBudget(projects),
        ),
        { projects },
      ),
    );
    const bars = find(root, (n) => n.attrs["class"] === "bar");
    expect(bars.map((n) => [n.attrs["data-key"], n.attrs["data-kind"]])).toEqual([
      ["bench", "funded"],
      ["park", "funded"],
      ["library", "not-funded"],
    ]);
    expectProportional(new Map(bars.map((n) => [n.attrs["data-key"] as string, num(n, "width")])), {
      park: 60,
      bench: 10,
      library: 50,
    });
    expect(textOf(root)).toContain("New library (library)");
    expect(textOf(root)).toContain("70 of 100");
  });
});

const decideBudget = (projects: readonly { id: string; cost: number }[]) =>
  allocate({
    method: "greedy",
    budget: 100,
    projects,
    ballots: [
      { approve: ["park", "bench"], weight: 3 },
      { approve: ["library"], weight: 2 },
    ],
  });

describe("commitmentsTimeline", () => {
  it("marks overdue exactly the commitments metrics() finds overdue, with their days (the scenario as of 2025-07-01)", () => {
    const state = ledger();
    const root = parseSvg(commitmentsTimeline(state, { asOf: "2025-07-01" }));
    const overdue = find(root, (n) => n.attrs["class"] === "commitment")
      .filter((n) => n.children.some((c) => c.attrs["class"] === "overdue"))
      .map((n) => [n.attrs["data-key"], n.attrs["data-state"]]);
    const expected = must(metrics(state, { asOf: "2025-07-01" })).overall.overdue.map((o) => [
      o.id,
      `overdue ${o.daysOverdue} d${o.status === "missed" ? ", missed" : ""}`,
    ]);
    // c3 (due 04-30, 62 days) and c5 (due 05-31, missed, 31 days), as the scenario works out.
    expect(overdue.sort()).toEqual(expected.sort());
    expect(overdue.map((o) => o[0]).sort()).toEqual(["c3", "c5"]);
    // c9 was committed after the as-of day: not drawn.
    expect(find(root, (n) => n.attrs["data-key"] === "c9")).toHaveLength(0);
    // c2 was delivered 10 days after its renegotiated due date: a late part, and the words.
    const c2 = find(root, (n) => n.attrs["data-key"] === "c2")[0];
    expect(c2?.attrs["data-state"]).toBe("delivered 10 d late");
    expect(c2?.children.some((n) => n.attrs["class"] === "late")).toBe(true);
  });

  it("is drawn as of the ledger's last event by default, never the clock", () => {
    const root = parseSvg(commitmentsTimeline(ledger()));
    expect(find(root, (n) => n.attrs["data-as-of"] !== undefined)[0]?.attrs["data-as-of"]).toBe(
      "2025-07-05",
    );
  });

  it("toSvg draws it from ledger metrics when given the ledger, as of the metrics' date", () => {
    expect(toSvg(scenarioMetrics(), { ledger: ledger() })).toBe(
      commitmentsTimeline(ledger(), { asOf: "2025-07-01" }),
    );
  });
});

describe("toSvg", () => {
  it("picks each result's chart", () => {
    const chartOf = (svg: string): string | undefined => parseSvg(svg).attrs["data-chart"];
    expect(chartOf(toSvg(irvTennessee()))).toBe("rounds");
    expect(chartOf(toSvg(glasgowWard()))).toBe("rounds");
    expect(chartOf(toSvg(rankedPairsTennessee()))).toBe("pairwise");
    expect(chartOf(toSvg(bordaThroughDecide()))).toBe("scores");
    expect(chartOf(toSvg(rankedPairsTennessee(), { chart: "scores" }))).toBe("scores");
    expect(chartOf(toSvg(eecBanzhaf()))).toBe("power");
    expect(chartOf(toSvg(wieliczka()))).toBe("budget");
    expect(chartOf(toSvg(smallPanel()))).toBe("panel");
    expect(chartOf(toSvg(dhondt()))).toBe("apportionment");
    expect(chartOf(toSvg(scenarioMetrics()))).toBe("follow-through");
    expect(chartOf(toSvg(consentBlocked()))).toBe("resolution");
  });

  it("passes the chart's own options through", () => {
    expect(toSvg(eecBanzhaf(), { seats: EEC_1958.weights })).toBe(
      powerChart(eecBanzhaf(), { seats: EEC_1958.weights }),
    );
  });
});

describe("options", () => {
  it("sets the width, height, font and colours", () => {
    const svg = scoresChart(bordaThroughDecide(), {
      width: 400,
      height: 300,
      fontSize: 16,
      fontFamily: "Atkinson Hyperlegible, sans-serif",
      colors: { primary: "#123456", background: "#FAFAFA" },
      title: "Our vote",
    });
    const root = parseSvg(svg);
    expect(root.attrs["width"]).toBe("400");
    expect(root.attrs["height"]).toBe("300");
    expect(root.attrs["font-size"]).toBe("16");
    expect(root.attrs["font-family"]).toBe("Atkinson Hyperlegible, sans-serif");
    expect(root.children.find((n) => n.name === "title")?.text).toBe("Our vote");
    expect(find(root, (n) => n.attrs["fill"] === "#123456").length).toBeGreaterThan(0);
    expect(find(root, (n) => n.attrs["fill"] === "#FAFAFA")).toHaveLength(1);
  });

  it("falls back to the documented defaults on bad values", () => {
    const fallback = scoresChart(bordaThroughDecide());
    const root = parseSvg(fallback);
    expect(root.attrs["width"]).toBe("720");
    expect(root.attrs["font-size"]).toBe("12");
    expect(root.attrs["font-family"]).toBe("system-ui, sans-serif");
    expect(
      scoresChart(bordaThroughDecide(), {
        width: Number.NaN,
        fontSize: Number.POSITIVE_INFINITY,
        colors: { primary: "" },
      }),
    ).toBe(fallback);
    expect(parseSvg(scoresChart(bordaThroughDecide(), { width: 1e9 })).attrs["width"]).toBe("8000");
  });

  it("refuses a chart past the marks limit with an SVG that names the limit and its option", () => {
    const svg = pairwiseChart(rankedPairsTennessee(), { maxMarks: 10 });
    const root = parseSvg(svg);
    expect(find(root, (n) => n.attrs["data-notice"] === "work_limit")).toHaveLength(1);
    const desc = root.children.find((n) => n.name === "desc")?.text ?? "";
    expect(desc).toContain("toSvg.marks");
    expect(desc).toContain("options.maxMarks");
    expect(desc).toContain("16");
  });
});

describe("escaping", () => {
  const HOSTILE = `<script>alert("x")</script> & 'quoted' ]]> \u0001\uD800 ok`;

  it("escapes every string of a result, in text and in attributes, and drops what XML cannot hold", () => {
    const outcome = must(
      decide({
        method: "irv",
        candidates: [HOSTILE, "b", "__proto__"],
        ballots: [
          { ranking: [[HOSTILE]], count: 3 },
          { ranking: [["b"]], count: 2 },
          { ranking: [["__proto__"], ["b"]], count: 1 },
        ],
      }),
    );
    for (const svg of [
      roundsChart(outcome),
      scoresChart({ candidates: [HOSTILE], winners: [HOSTILE], scores: { [HOSTILE]: 1 } }),
      toSvg(outcome, { title: HOSTILE }),
    ]) {
      expect(xmlProblem(svg)).toBeUndefined();
      expect(svg).not.toContain("<script");
      const root = parseSvg(svg);
      // The name survives as text (the characters XML cannot carry become U+FFFD).
      const cleaned = HOSTILE.replace("\u0001", "\uFFFD").replace("\uD800", "\uFFFD");
      expect(all(root).some((n) => n.attrs["data-key"] === cleaned)).toBe(true);
    }
  });

  it("escapes the colours and font given as options", () => {
    const svg = scoresChart(bordaThroughDecide(), {
      fontFamily: `"><script>`,
      colors: { primary: `red" onload="x` },
    });
    expect(xmlProblem(svg)).toBeUndefined();
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain(' onload="');
  });
});

describe("snapshots (tests/render/__snapshots__, open them in a browser to review a change)", () => {
  it.each([
    ["irv-tennessee.svg", () => roundsChart(irvTennessee())],
    ["stv-glasgow-anderston-city-2007.svg", () => roundsChart(glasgowWard("Anderston-City-2007"))],
    ["ranked-pairs-tennessee.svg", () => pairwiseChart(rankedPairsTennessee())],
    ["banzhaf-eec-1958.svg", () => powerChart(eecBanzhaf(), { seats: EEC_1958.weights })],
    ["timeline-scenario.svg", () => commitmentsTimeline(ledger(), { asOf: "2025-07-01" })],
  ] as const)("%s", async (file, draw) => {
    await expect(draw()).toMatchFileSnapshot(`./__snapshots__/${file}`);
  });
});
