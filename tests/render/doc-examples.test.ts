/** The `@example` blocks of co-decide/render, run as tests: each checks what its `// =>` says. */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { approvalProfile } from "../../src/ballots/index.js";
import { metrics, replay } from "../../src/commitments/index.js";
import {
  type ApprovalCommitteeOutcome,
  allocate,
  apportion,
  checkCommittee,
  type StvOutcome,
} from "../../src/committees/index.js";
import { resolve, selectPanel } from "../../src/deliberation/index.js";
import { powerIndex } from "../../src/power/index.js";
import {
  allocationToMarkdown,
  apportionmentToMarkdown,
  assessmentToMarkdown,
  committeeCheckToMarkdown,
  committeeToMarkdown,
  ledgerMetricsToMarkdown,
  outcomeToMarkdown,
  panelToMarkdown,
  powerToMarkdown,
  resolutionToMarkdown,
  resultKind,
  stvToMarkdown,
  toMarkdown,
} from "../../src/render/index.js";
import { decide } from "../../src/voting/index.js";

const right = <A>(either: E.Either<unknown, A>): A => {
  if (E.isLeft(either)) throw new Error(JSON.stringify(either.left));
  return either.right;
};

describe("doc examples of co-decide/render", () => {
  it("assessmentToMarkdown", () => {
    const md = assessmentToMarkdown({
      version: 1,
      processId: "youth-fund",
      asOf: "2025-06-30",
      thresholds: {} as never,
      factors: { depth: [], power: [], followThrough: [], time: [], moment: [] },
      flags: [],
    });
    expect(md.startsWith("## Assessment of youth-fund as of 2025-06-30")).toBe(true);
  });

  it("resultKind", () => {
    const outcome = decide({ method: "irv", candidates: ["a", "b"], ballots: ["a>b", "b>a", "a"] });
    expect(resultKind(right(outcome))).toBe("outcome");
    expect(resultKind({ hello: "world" })).toBeUndefined();
  });

  it("toMarkdown", () => {
    const outcome = decide({
      method: "irv",
      candidates: ["a", "b", "c"],
      ballots: ["a>b>c", "a>b>c", "b>c>a", "c>b>a", "c>b>a"],
    });
    const md = toMarkdown(right(outcome));
    expect(md.startsWith("## Result: irv\n\n- **Winner:** c\n\n### Ranking\n")).toBe(true);
    expect(md).toContain("### Rounds\n\n| candidate | round 1 | round 2 |\n");
    expect(toMarkdown({ hello: "world" } as never)).toMatch(
      /^> Nothing to show: this value is not a co-decide result that toMarkdown knows \(.*\)\.\n$/,
    );
  });

  it("outcomeToMarkdown", () => {
    const outcome = decide({
      method: "irv",
      candidates: ["Memphis", "Nashville", "Chattanooga", "Knoxville"],
      ballots: [
        { ranking: ["Memphis", "Nashville", "Chattanooga", "Knoxville"], count: 42 },
        { ranking: ["Nashville", "Chattanooga", "Knoxville", "Memphis"], count: 26 },
        { ranking: ["Chattanooga", "Knoxville", "Nashville", "Memphis"], count: 15 },
        { ranking: ["Knoxville", "Chattanooga", "Nashville", "Memphis"], count: 17 },
      ],
    });
    const md = outcomeToMarkdown(right(outcome));
    expect(
      md.startsWith(
        "## Result: irv\n\n- **Winner:** Knoxville\n\n### Ranking\n\n| place | candidate | score |\n",
      ),
    ).toBe(true);
    expect(md).toContain("| Knoxville | 17 | 32 | 58 |");
  });

  it("stvToMarkdown", () => {
    const count = decide({
      method: "stv",
      seats: 2,
      candidates: ["a", "b", "c"],
      ballots: ["a>b>c", "a>b>c", "a>b", "b>c>a", "c>b>a", "c>b>a"],
    });
    const md = stvToMarkdown(right(count) as StvOutcome);
    expect(md.startsWith("## STV count: wigm\n\n")).toBe(true);
    expect(md).toContain("| **quota** | 2 | 2 | 2 |");
  });

  it("committeeToMarkdown", () => {
    const outcome = decide({
      method: "pav",
      seats: 2,
      candidates: ["a", "b", "c"],
      ballots: [
        { approve: ["a", "b"], count: 3 },
        { approve: ["c"], count: 2 },
      ],
    });
    const md = committeeToMarkdown(right(outcome) as ApprovalCommitteeOutcome);
    expect(
      md.startsWith(
        "## Committee: pav\n\n- **Elected, in order:** a, c\n- **Seats:** 2\n- **Committee score:** 5\n",
      ),
    ).toBe(true);
  });

  it("allocationToMarkdown", () => {
    const result = allocate({
      method: "greedy",
      budget: 100,
      projects: [
        { id: "park", cost: 60 },
        { id: "library", cost: 50 },
      ],
      ballots: [{ approve: ["park"] }, { approve: ["park"] }, { approve: ["library"] }],
    });
    const md = allocationToMarkdown(right(result));
    expect(md).toMatch(/^## Participatory budget: greedy \(.*\)\n\n/);
    expect(md).toContain(
      "\n\n- **Funded, in order:** park\n- **Budget:** 100\n- **Spent:** 60\n- **Left over:** 40\n",
    );
  });

  it("apportionmentToMarkdown", () => {
    const result = apportion({
      method: "dhondt",
      seats: 8,
      votes: { A: 100000, B: 80000, C: 30000, D: 20000 },
    });
    const md = apportionmentToMarkdown(right(result));
    expect(md.startsWith("## Apportionment: D'Hondt (Jefferson)\n\n")).toBe(true);
    expect(md).toContain("| A | 4 |");
    expect(md).toContain("| A | **100000** | **50000** | **100000/3** | **25000** | 20000 |");
  });

  it("resolutionToMarkdown", () => {
    const result = resolve({
      rule: "consent",
      responses: [
        { member: "ana", stance: "consent" },
        { member: "zoe", stance: "object", reason: "no reserve for repairs" },
      ],
    });
    const md = resolutionToMarkdown(right(result));
    expect(md.startsWith("## Decision: consent, blocked\n\n")).toBe(true);
    expect(md).toContain("| zoe | object | no reserve for repairs |");
  });

  it("panelToMarkdown", () => {
    const pool = [
      { id: "ana", features: { gender: "f" } },
      { id: "bea", features: { gender: "f" } },
      { id: "cai", features: { gender: "m" } },
      { id: "dan", features: { gender: "m" } },
    ];
    const panel = selectPanel({
      pool,
      panelSize: 2,
      method: "legacy",
      seed: "04 17 23 31 42",
      quotas: { gender: { f: { min: 1, max: 1 }, m: { min: 1, max: 1 } } },
    });
    const md = panelToMarkdown(right(panel), { pool });
    expect(md.startsWith("## Citizens' panel: legacy\n\n")).toBe(true);
    expect(md).toContain("| gender | f | 2 | 0.5000 | ");
  });

  it("powerToMarkdown", () => {
    const result = powerIndex({
      index: "banzhaf",
      quota: 12,
      weights: { France: 4, Germany: 4, Italy: 4, Belgium: 2, Netherlands: 2, Luxembourg: 1 },
    });
    const md = powerToMarkdown(right(result));
    expect(md.startsWith("## Power: banzhaf (exact)\n\n")).toBe(true);
    expect(md).toContain("| France | 0.2381 | 5/21 | 10 |");
    expect(md).toContain("- **Dummies (never decisive):** Luxembourg");
  });

  it("ledgerMetricsToMarkdown", () => {
    const state = replay([
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
      { id: "e2", seq: 2, at: "2025-06-20", type: "delivered", commitmentId: "c1" },
    ]);
    const result = E.isRight(state) ? metrics(state.right, { asOf: "2025-07-01" }) : state;
    const md = ledgerMetricsToMarkdown(right(result));
    expect(md.startsWith("## Follow-through as of 2025-07-01\n\n")).toBe(true);
    expect(md).toContain("| follow-through rate | 100.0% |");
  });

  it("committeeCheckToMarkdown", () => {
    const p = approvalProfile(
      ["a", "b", "c", "d"],
      [
        { approve: ["a", "b", "c"], count: 4 },
        { approve: ["d"], count: 2 },
      ],
    );
    const r = E.isRight(p) ? checkCommittee(p.right, ["a", "b", "c"], "jr") : undefined;
    const md = committeeCheckToMarkdown(right(r as NonNullable<typeof r>));
    expect(
      md.startsWith("## Committee check: JR (justified representation)\n\n- **Holds:** no\n"),
    ).toBe(true);
  });
});
