/**
 * The Markdown views on real results of every module (tests/render/results.ts names the sources):
 * each table's rows are checked against the published figures where a source gives them, and
 * against the result's own numbers everywhere.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { apportion } from "../../src/committees/index.js";
import {
  allocationToMarkdown,
  apportionmentToMarkdown,
  committeeCheckToMarkdown,
  committeeToMarkdown,
  ledgerMetricsToMarkdown,
  outcomeToMarkdown,
  panelToMarkdown,
  powerToMarkdown,
  resolutionToMarkdown,
  stvToMarkdown,
  toMarkdown,
} from "../../src/render/index.js";
import { decide } from "../../src/voting/index.js";
import { dataText } from "../helpers/data.js";
import {
  expectWellFormed,
  factsOf,
  rowsByName,
  sectionOf,
  tableOf,
  unescaped,
} from "./markdown-helpers.js";
import * as results from "./results.js";

const tallyCell = (value: unknown): string => (value === undefined ? "—" : String(value));

describe("outcomeToMarkdown", () => {
  it("shows the Tennessee IRV count round by round as Wikipedia gives it (Instant-runoff voting)", () => {
    const outcome = results.irvTennessee();
    const md = outcomeToMarkdown(outcome);
    expectWellFormed(md);
    expect(md.startsWith("## Result: irv\n\n- **Winner:** Knoxville\n")).toBe(true);
    const rounds = tableOf(md, "Rounds");
    expect(rounds.header).toEqual(["candidate", "round 1", "round 2", "round 3"]);
    expect(rounds.rows).toEqual([
      ["Memphis", "42", "42", "42"],
      ["Nashville", "26", "26", "—"],
      ["Chattanooga", "15", "—", "—"],
      ["Knoxville", "17", "32", "58"],
      ["**elected**", "", "", "Knoxville"],
      ["**eliminated**", "Chattanooga", "Nashville", ""],
    ]);
    // The same rows, read off the outcome itself.
    for (const c of outcome.candidates)
      expect(rowsByName(md, "Rounds").get(c)).toEqual(
        (outcome.rounds ?? []).map((r) => tallyCell(r.tallies[c])),
      );
    expect(tableOf(md, "Ranking").rows).toEqual([
      ["1", "Knoxville", "17"],
      ["2", "Memphis", "42"],
      ["3", "Nashville", "26"],
      ["4", "Chattanooga", "15"],
    ]);
    const steps = sectionOf(md, "How it was decided").filter((l) => /^\d+\. /.test(l));
    expect(steps).toHaveLength(outcome.explanation.length);
  });

  it("shows Ranked Pairs' head-to-head matrix and its locked pairs in Wikipedia's order (Ranked pairs, Tennessee)", () => {
    const outcome = results.rankedPairsTennessee();
    const md = outcomeToMarkdown(outcome);
    expectWellFormed(md);
    expect(factsOf(md).get("Winner")).toBe("Nashville");
    // Wikipedia: C over K 83%, N over C 68%, N over K 68%, N over M 58%, C over M 58%, K over M 58%.
    expect(tableOf(md, "Locked pairs").rows).toEqual([
      ["1", "Chattanooga", "Knoxville", "83", "17", "locked"],
      ["2", "Nashville", "Chattanooga", "68", "32", "locked"],
      ["3", "Nashville", "Knoxville", "68", "32", "locked"],
      ["4", "Nashville", "Memphis", "58", "42", "locked"],
      ["5", "Chattanooga", "Memphis", "58", "42", "locked"],
      ["6", "Knoxville", "Memphis", "58", "42", "locked"],
    ]);
    const matrix = tableOf(md, "Head to head");
    expect(matrix.header).toEqual(["", "Memphis", "Nashville", "Chattanooga", "Knoxville"]);
    expect(matrix.rows[1]).toEqual(["Nashville", "**58**", "—", "**68**", "**68**"]);
    expect(matrix.rows[0]).toEqual(["Memphis", "—", "42", "42", "42"]);
  });

  it("shows the Debian 2007 leader election's pairwise matrix and Schulze's strongest paths, cell for cell (PrefLib 00002)", () => {
    const outcome = results.debian2007();
    const md = outcomeToMarkdown(outcome);
    expectWellFormed(md);
    // Sam Hocevar was announced the winner on 8 April 2007.
    expect(factsOf(md).get("Winner")).toBe("Sam Hocevar");
    const step = outcome.explanation.find((s) => s.kind === "pairwise");
    const pairwise = step?.data?.["pairwise"] as Record<string, Record<string, number>>;
    const matrix = rowsByName(md, "Head to head");
    const strip = (cell: string | undefined): string => (cell ?? "").replace(/\*\*/g, "");
    const names = outcome.candidates;
    expect(matrix.size).toBe(names.length);
    for (const [i, a] of names.entries())
      for (const [j, b] of names.entries()) {
        const cell = matrix.get(a)?.[j];
        if (i === j) expect(cell).toBe("—");
        else {
          expect(strip(cell), `${a} over ${b}`).toBe(String(pairwise[a]?.[b]));
          const wins = (pairwise[a]?.[b] ?? 0) > (pairwise[b]?.[a] ?? 0);
          expect(cell?.startsWith("**"), `${a} over ${b} in bold`).toBe(wins);
        }
      }
    const paths = rowsByName(md, "Strongest paths");
    for (const [i, a] of names.entries())
      for (const [j, b] of names.entries()) {
        const value = i === j ? null : outcome.paths[a]?.[b];
        expect(strip(paths.get(a)?.[j]), `path ${a} to ${b}`).toBe(
          value === null || value === undefined ? "—" : String(value),
        );
      }
  });

  it("lists every tie met, leaves out the explanation on request and takes a heading level and title", () => {
    const outcome = decide({
      method: "plurality",
      candidates: ["a", "b"],
      ballots: ["a>b", "b>a"],
      tieBreak: { kind: "random", seed: "seed-1" },
    });
    if (outcome._tag === "Left") throw new Error(outcome.left.message);
    const md = outcomeToMarkdown(outcome.right, {
      headingLevel: 1,
      title: "Chair | *vote*",
      explanation: false,
    });
    expectWellFormed(md);
    expect(md.startsWith("# Chair \\| \\*vote\\*\n")).toBe(true);
    expect(md).toContain("\n## Ties\n\n- ");
    expect(sectionOf(md, "Ties", 2).join("\n")).toContain("seed-1");
    expect(md).not.toContain("How it was decided");
  });
});

/** tests/fixtures/stv/glasgow-2007-stages.txt, one ward: quota, each stage, the elected. */
const sheet = (ward: string) => {
  const text = readFileSync(
    new URL("../fixtures/stv/glasgow-2007-stages.txt", import.meta.url),
    "utf8",
  );
  const lines = text.split("\n");
  const start = lines.findIndex((line) => line.startsWith(`ward ${ward} `));
  const quota = (lines[start] as string).split(" quota ")[1] as string;
  const stages: { nonTransferable: string; votes: string[] }[] = [];
  let i = start + 1;
  while (!(lines[i] as string).startsWith("elected ")) {
    const [nt, votes] = (lines[i] as string).split(" | ");
    stages.push({ nonTransferable: nt as string, votes: (votes as string).split(" ") });
    i++;
  }
  const elected = (lines[i] as string)
    .slice("elected ".length)
    .split("; ")
    .map((part) => part.split("@") as [string, string]);
  return { quota, stages, elected };
};

describe("stvToMarkdown", () => {
  it("shows the Glasgow 2007 Calton count stage by stage as the reference sheet records it (SSI 2007/42)", () => {
    const outcome = results.glasgowWard("Calton-2007");
    const md = stvToMarkdown(outcome);
    expectWellFormed(md);
    const reference = sheet("Calton-2007");
    const stages = rowsByName(md, "Stages");
    expect(tableOf(md, "Stages").header.slice(1)).toEqual(
      reference.stages.map((_, i) => `stage ${i + 1}`),
    );
    outcome.candidates.forEach((c, k) => {
      expect(stages.get(c), c).toEqual(reference.stages.map((s) => s.votes[k]));
    });
    expect(stages.get("**non-transferable**")).toEqual(
      reference.stages.map((s) => s.nonTransferable),
    );
    expect(stages.get("**quota**")).toEqual(reference.stages.map(() => reference.quota));
    const elected = stages.get("**elected**") ?? [];
    for (const [name, stage] of reference.elected)
      expect(unescaped(elected[Number(stage) - 1] ?? "")).toContain(name);
    expect(stages.get("**action**")?.slice(0, 3)).toEqual([
      "first preferences",
      "surplus of George Redmond at 0.34409",
      "exclusion of Gary Barton",
    ]);
    const facts = factsOf(md);
    expect(facts.get("Quota")).toBe("1300.00000");
    expect(facts.get("Elected, in order")).toBe("George Redmond, Alison E Thewliss, Ruth Simpson");
  });

  it("shows each transfer as the exact change between stages, and every stage's transfers sum to zero", () => {
    const outcome = results.glasgowWard("Calton-2007");
    const md = stvToMarkdown(outcome);
    const transfers = tableOf(md, "Transfers");
    // George Redmond's surplus: 1982 - 1300 = 682 votes passed on at stage 2.
    expect(rowsByName(md, "Transfers").get("George Redmond")?.[0]).toBe("-682.00000");
    for (let column = 1; column < transfers.header.length; column++) {
      // In hundred-thousandths: candidates, non-transferable and the loss to rounding balance.
      const total = transfers.rows.reduce(
        (sum, row) => sum + BigInt((row[column] ?? "0").replace(/[+.]/g, "")),
        0n,
      );
      expect(total, transfers.header[column]).toBe(0n);
    }
  });

  it("shows a WIGM count through decide with its quota in force at every stage", () => {
    const count = decide({
      method: "stv",
      seats: 2,
      candidates: ["a", "b", "c"],
      ballots: ["a>b>c", "a>b>c", "a>b", "b>c>a", "c>b>a", "c>b>a"],
    });
    if (count._tag === "Left") throw new Error(count.left.message);
    const md = toMarkdown(count.right);
    expectWellFormed(md);
    expect(md.startsWith("## STV count: wigm\n")).toBe(true);
    expect(rowsByName(md, "Stages").get("**quota**")).toEqual(["2", "2", "2"]);
    expect(rowsByName(md, "Stages").get("**action**")).toEqual([
      "first preferences",
      "surplus of a at 1/3",
      "exclusion of c",
    ]);
    expect(rowsByName(md, "Transfers").get("a")).toEqual(["-1", "0"]);
  });
});

describe("committeeToMarkdown", () => {
  it("shows PAV's committee {a, b, c, f} with its score 83/6 (Lackner and Skowron 2023, Example 2.4)", () => {
    const outcome = results.pavRunning();
    const md = committeeToMarkdown(outcome);
    expectWellFormed(md);
    const facts = factsOf(md);
    expect(facts.get("Elected, in order")).toBe("a, b, c, f");
    expect(facts.get("Seats")).toBe("4");
    expect(facts.get("Committee score")).toBe("83/6");
    expect(sectionOf(md, "Winning committees")).toContain("1. a, b, c, f");
    const scores = rowsByName(md, "Scores");
    for (const c of outcome.candidates)
      expect(scores.get(c)).toEqual([String(outcome.scores?.[c])]);
  });

  it("shows block voting and CPO-STV outcomes from decide", () => {
    const block = results.blockThroughDecide();
    const md = toMarkdown(block);
    expectWellFormed(md);
    expect(md.startsWith("## Committee: block")).toBe(true);
    expect(factsOf(md).get("Elected, in order")).toBe(block.winners.join(", "));
    const cpo = toMarkdown(results.cpoStvThroughDecide());
    expectWellFormed(cpo);
    expect(factsOf(cpo).get("Committees compared")).toBe("6");
  });
});

describe("allocationToMarkdown", () => {
  it("shows Wieliczka 2023's Equal Shares budget project by project, with its 164 add-one steps (pabulib; equalshares.net)", () => {
    const allocation = results.wieliczka();
    const md = allocationToMarkdown(allocation);
    expectWellFormed(md);
    const facts = factsOf(md);
    expect(facts.get("Budget")).toBe("1000000");
    expect(facts.get("Spent")).toBe(allocation.totalCost);
    expect(facts.get("Left over")).toBe(allocation.leftover);
    const funded = tableOf(md, "Funded projects, in order of selection");
    expect(funded.header).toEqual([
      "round",
      "project",
      "cost",
      "supporters",
      "each supporter paid at most",
      "price per unit of satisfaction (exact)",
      "effective votes",
    ]);
    // Project 24 (5,000 PLN, 720 votes) first, each supporter paying 5000/720.
    expect(funded.rows[0]).toEqual(["1", "24", "5000", "720", "6.944444", "1/720", "720.000000"]);
    expect(funded.rows.map((row) => row[1])).toEqual(allocation.winners);
    allocation.rounds.forEach((round, i) => {
      expect(funded.rows[i]).toEqual([
        String(round.round),
        round.project,
        round.cost,
        round.supporters,
        round.pricePerSupporter,
        round.rho,
        round.effectiveVotes,
      ]);
    });
    const completion = tableOf(md, "Completion").rows;
    expect(completion.filter((row) => row[4] === "yes")).toHaveLength(165);
    expect(completion.at(-1)?.[4]).toBe("no");
    expect(sectionOf(md, "Completion").join("\n")).toContain("(step 164) was kept");
    expect(factsOf(md).get("Kept")).toBe("equal-shares");
  });

  it("lists projects set aside and the ties between projects", () => {
    const allocation = {
      ...results.wieliczka(),
      ineligible: [{ project: "p|1", reason: "costs more than the budget" }],
      ties: [{ step: "round 2", tied: ["x", "y"], resolvedBy: "cost" as const, chosen: "x" }],
    };
    const md = allocationToMarkdown(allocation);
    expectWellFormed(md);
    expect(tableOf(md, "Set aside before the count").rows).toEqual([
      ["p\\|1", "costs more than the budget"],
    ]);
    expect(tableOf(md, "Ties between projects").rows).toEqual([["round 2", "x, y", "cost", "x"]]);
  });
});

describe("apportionmentToMarkdown", () => {
  it("shows D'Hondt's seats, quotients and cutoff for Wikipedia's example (A 4, B 3, C 1, D 0)", () => {
    const md = apportionmentToMarkdown(results.dhondt());
    expectWellFormed(md);
    expect(tableOf(md, "Seats").rows).toEqual([
      ["A", "4"],
      ["B", "3"],
      ["C", "1"],
      ["D", "0"],
    ]);
    expect(rowsByName(md, "Quotients").get("A")).toEqual([
      "**100000**",
      "**50000**",
      "**100000/3**",
      "**25000**",
      "20000",
    ]);
    expect(rowsByName(md, "Quotients").get("D")?.[0]).toBe("20000");
    expect(factsOf(md).get("Last seat given")).toBe("A, at 25000");
  });

  it("shows the Hare quota, the seats from whole quotas and the remainders", () => {
    const md = apportionmentToMarkdown(results.hare());
    expectWellFormed(md);
    expect(factsOf(md).get("Quota")).toBe("28750");
    expect(tableOf(md, "Seats").rows).toEqual([
      ["A", "3", "3", "13750"],
      ["B", "3", "2", "22500"],
      ["C", "1", "1", "1250"],
      ["D", "1", "0", "20000"],
    ]);
  });

  it("gives every state its official seats in the 2020 U.S. House table (Census Bureau, Table 1)", () => {
    const population: Record<string, number> = {};
    const official = new Map<string, string>();
    for (const line of dataText("apportionment/us-house-2020.csv").trim().split("\n").slice(1)) {
      const [state, pop, reps] = line.split(",") as [string, string, string];
      population[state] = Number(pop);
      official.set(state, reps);
    }
    const result = apportion({
      method: "huntington-hill",
      seats: 435,
      votes: population,
      options: { minSeats: 1 },
    });
    if (result._tag === "Left") throw new Error(result.left.message);
    const md = toMarkdown(result.right);
    expectWellFormed(md);
    const seats = rowsByName(md, "Seats");
    expect(seats.size).toBe(50);
    for (const [state, reps] of official) expect(seats.get(state)?.[0], state).toBe(reps);
    // The 435th seat went to Minnesota; New York was next (Census Bureau, Table B1).
    expect(factsOf(md).get("Last seat given")?.startsWith("Minnesota, at ")).toBe(true);
    expect(factsOf(md).get("Best quotient left without a seat")?.startsWith("New York")).toBe(true);
  });

  it("marks the parties below a threshold", () => {
    const result = apportion({
      method: "sainte-lague",
      seats: 5,
      votes: { A: 600, B: 380, C: 20 },
      options: { threshold: "5%" },
    });
    if (result._tag === "Left") throw new Error(result.left.message);
    const md = apportionmentToMarkdown(result.right);
    expectWellFormed(md);
    expect(factsOf(md).get("Below the threshold")).toBe("C");
    expect(factsOf(md).get("Threshold")).toBe("1/20 of the votes, so at least 50 votes");
    expect(rowsByName(md, "Seats").get("C (below the threshold)")).toEqual(["0"]);
  });
});

describe("resolutionToMarkdown", () => {
  it("shows a consent decision blocked by a reasoned objection, with the reason", () => {
    const md = resolutionToMarkdown(results.consentBlocked());
    expectWellFormed(md);
    expect(md.startsWith("## Decision: consent, blocked\n")).toBe(true);
    expect(tableOf(md, "Requirements").rows[0]).toEqual([
      "no paramount objection stands",
      "1",
      "fewer than",
      "1",
      "—",
      "—",
      "no",
      "blocked",
    ]);
    expect(tableOf(md, "Objections").rows).toEqual([["zoe", "object", "no reserve for repairs"]]);
    expect(tableOf(md, "Other reasons given").rows).toEqual([
      ["bo", "stand-aside", "I will not be here in March"],
    ]);
    expect(rowsByName(md, "Responses").get("object")).toEqual(["1"]);
  });

  it("shows a two-thirds vote with its quorum: exact counts, thresholds and bases (RONR 44:3, 40:1)", () => {
    const resolution = results.supermajority();
    const md = resolutionToMarkdown(resolution);
    expectWellFormed(md);
    const rows = tableOf(md, "Requirements").rows;
    expect(rows).toHaveLength(resolution.requirements.length + 1);
    expect(rows[0]?.slice(1, 7)).toEqual(["8", "more than", "6", "1/2", "12 (members)", "yes"]);
    expect(rows[1]?.slice(1, 7)).toEqual(["6", "at least", "16/3", "2/3", "8 (cast)", "yes"]);
    expect(factsOf(md).get("Present")).toBe("8 of 12 members");
  });
});

describe("panelToMarkdown", () => {
  const pool = [
    { id: "ana", features: { gender: "f" } },
    { id: "bea", features: { gender: "f" } },
    { id: "cai", features: { gender: "m" } },
    { id: "dan", features: { gender: "m" } },
    { id: "eli", features: { gender: "m" } },
  ];

  it("shows the draw, the quotas and every person's probability, and the probabilities by group", () => {
    const panel = results.smallPanel();
    const md = panelToMarkdown(panel, { pool });
    expectWellFormed(md);
    const facts = factsOf(md);
    expect(facts.get("Selected, in order")).toBe(panel.panel.join(", "));
    expect(facts.get("Seed")).toBe("04 17 23 31 42");
    expect(tableOf(md, "Quotas").rows).toEqual([
      ["gender", "f", "1", "1", "1", "2", "yes"],
      ["gender", "m", "1", "1", "1", "3", "yes"],
    ]);
    const people = rowsByName(md, "Selection probabilities");
    for (const person of pool)
      expect(people.get(person.id)).toEqual([
        (panel.probabilities[person.id] as number).toFixed(4),
        panel.panel.includes(person.id) ? "yes" : "",
      ]);
    const groups = tableOf(md, "Selection probabilities by group").rows;
    const mean = (ids: string[]) =>
      (ids.reduce((s, id) => s + (panel.probabilities[id] as number), 0) / ids.length).toFixed(4);
    expect(groups.map((row) => row.slice(0, 4))).toEqual([
      ["gender", "f", "2", mean(["ana", "bea"])],
      ["gender", "m", "3", mean(["cai", "dan", "eli"])],
    ]);
    // One woman of two and one man of three: about 1/2 and 1/3.
    expect(Math.abs(Number(groups[0]?.[3]) - 1 / 2)).toBeLessThan(0.01);
    expect(Math.abs(Number(groups[1]?.[3]) - 1 / 3)).toBeLessThan(0.01);
    expect(panelToMarkdown(panel)).not.toContain("by group");
  });
});

describe("powerToMarkdown", () => {
  it("shows Banzhaf for the 1958 EEC Council: 5/21, 1/7, Luxembourg a dummy (Felsenthal and Machover 1998)", () => {
    const result = results.eecBanzhaf();
    const md = powerToMarkdown(result);
    expectWellFormed(md);
    const players = rowsByName(md, "Players");
    expect(tableOf(md, "Players").header).toEqual(["player", "value", "exact", "swings"]);
    expect(players.get("France")).toEqual(["0.2381", "5/21", "10"]);
    expect(players.get("Belgium")).toEqual(["0.1429", "1/7", "6"]);
    expect(players.get("Luxembourg")).toEqual(["0.0000", "0", "0"]);
    for (const p of result.players)
      expect(players.get(p)?.slice(1)).toEqual([result.exact?.[p], result.swings?.[p]]);
    expect(factsOf(md).get("Dummies (never decisive)")).toBe("Luxembourg");
    expect(factsOf(md).get("Winning coalitions")).toBe("14 of 64");
  });

  it("shows Shapley-Shubik pivots out of 720 orderings: 168, 108, 0 (14/60, 9/60, 0)", () => {
    const md = powerToMarkdown(results.eecShapley());
    const players = rowsByName(md, "Players");
    expect(players.get("Germany")).toEqual(["0.2333", "7/30", "168"]);
    expect(players.get("Netherlands")).toEqual(["0.1500", "3/20", "108"]);
    expect(factsOf(md).get("Orderings of the players")).toBe("720");
  });

  it("shows a Monte Carlo estimate's samples, seed and intervals", () => {
    const md = powerToMarkdown({
      index: "banzhaf",
      method: "monte-carlo",
      players: ["a", "b"],
      values: { a: 0.75, b: 0.25 },
      interval: { a: [0.7, 0.8], b: [0.2, 0.3] },
      samples: 1000,
      seed: "s",
      confidence: 0.95,
    });
    expectWellFormed(md);
    expect(rowsByName(md, "Players").get("a")).toEqual(["0.7500", "0.7000 to 0.8000"]);
    expect(factsOf(md).get("Confidence")).toBe("95.0%");
  });
});

describe("ledgerMetricsToMarkdown", () => {
  it("shows the hand-computed scenario's follow-through as of 2025-07-01 (tests/commitments/scenario.ts)", () => {
    const m = results.scenarioMetrics();
    const md = ledgerMetricsToMarkdown(m);
    expectWellFormed(md);
    expect(md.startsWith("## Follow-through as of 2025-07-01\n")).toBe(true);
    const overall = rowsByName(md, "Overall");
    expect(overall.get("commitments")).toEqual(["8"]);
    expect(overall.get("due")).toEqual(["5"]);
    expect(overall.get("delivered, of those due")).toEqual(["2"]);
    expect(overall.get("follow-through rate")).toEqual(["40.0%"]);
    expect(overall.get("overdue")).toEqual(["2"]);
    expect(overall.get("broken")).toEqual(["2 (25.0%)"]);
    // c3 is 62 days overdue (Apr 30 to Jul 1), c5 31 days.
    expect(tableOf(md, "Overdue").rows).toEqual([
      ["c3", "Commitment c3", "Parks", "authority", "2025-04-30", "62", "in-progress"],
      ["c5", "Commitment c5", "Youth club", "community", "2025-05-31", "31", "missed"],
    ]);
    const owners = tableOf(md, "By owner").rows;
    expect(owners.map((row) => row[0])).toEqual(Object.keys(m.byOwner).sort());
    expect(rowsByName(md, "By owner").get("Housing")).toEqual([
      "2",
      "2",
      "2",
      "100.0%",
      "50.0%",
      "0",
      "0",
    ]);
    expect(rowsByName(md, "By party").get("authority")?.slice(0, 4)).toEqual([
      "4",
      "3",
      "2",
      "66.7%",
    ]);
    expect(tableOf(md, "Gone quiet").rows.map((row) => [row[0], row[4]])).toEqual([
      ["c3", "122"],
      ["c8", "90"],
    ]);
  });
});

describe("committeeCheckToMarkdown", () => {
  it("names the short-changed group of Aziz et al. (2017), Example 4: four voters owed two seats, given one", () => {
    const md = committeeCheckToMarkdown(results.ejrAziz4());
    expectWellFormed(md);
    expect(md.startsWith("## Committee check: EJR (extended justified representation)\n")).toBe(
      true,
    );
    expect(factsOf(md).get("Holds")).toBe("no");
    expect(tableOf(md, "A group short-changed").rows).toEqual([
      ["4", "c4, c5", "2", "1", "4, 5, 6, 7"],
    ]);
  });

  it("shows a property that holds without a witness", () => {
    const md = committeeCheckToMarkdown(results.jrCheck());
    expect(md).toBe("## Committee check: JR (justified representation)\n\n- **Holds:** yes\n");
  });
});

describe("toMarkdown", () => {
  const views: readonly (readonly [string, () => unknown, (r: never) => string])[] = [
    ["IRV", results.irvTennessee, outcomeToMarkdown],
    ["STV", () => results.glasgowWard(), stvToMarkdown],
    ["PAV", results.pavRunning, committeeToMarkdown],
    ["allocation", results.wieliczka, allocationToMarkdown],
    ["apportionment", results.dhondt, apportionmentToMarkdown],
    ["resolution", results.consentBlocked, resolutionToMarkdown],
    ["panel", results.smallPanel, panelToMarkdown],
    ["power", results.eecBanzhaf, powerToMarkdown],
    ["ledger metrics", results.scenarioMetrics, ledgerMetricsToMarkdown],
    ["committee check", results.ejrAziz4, committeeCheckToMarkdown],
  ];

  it.each(views)(
    "hands %s to its view, and gives the same text for the result read back from JSON",
    (_, make, view) => {
      const result = make();
      const md = toMarkdown(result as never);
      expect(md).toBe(view(result as never));
      expect(toMarkdown(JSON.parse(JSON.stringify(result)))).toBe(md);
      expectWellFormed(md);
    },
  );

  it("says so, in one line, when the value is not a result it knows", () => {
    for (const value of [undefined, null, 3, "irv", [], {}, { winners: ["a"] }])
      expect(toMarkdown(value as never)).toBe(
        "> Nothing to show: this value is not a co-decide result that toMarkdown knows (an election outcome, an STV count, a committee, a budget allocation, an apportionment, a decision, a panel, a power index, ledger metrics, a committee check or a process assessment).\n",
      );
  });

  it("refuses, before writing, a result past options.maxCells, and a bad maxCells, with a note", () => {
    const outcome = results.irvTennessee();
    expect(toMarkdown(outcome, { maxCells: 10 })).toBe(
      "> This input has 98 table cells, past the work limit of 10 for toMarkdown.cells; set options.maxCells (up to 20000000) to allow more.\n",
    );
    expect(toMarkdown(outcome, { maxCells: 0 })).toMatch(/^> Invalid input .*options.maxCells/);
    expect(toMarkdown(outcome, { maxCells: 10_000 })).toBe(toMarkdown(outcome));
  });
});
