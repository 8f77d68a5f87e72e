/**
 * User strings in every view: names, titles, reasons and ids holding `|`, `*`, line breaks, HTML,
 * links, code and heading marks show as written (escaped) and break no table.
 */
import { describe, expect, it } from "vitest";
import { metrics, replay } from "../../src/commitments/index.js";
import { allocate, apportion, checkCommittee } from "../../src/committees/index.js";
import { resolve, selectPanel } from "../../src/deliberation/index.js";
import { powerIndex } from "../../src/power/index.js";
import { toMarkdown } from "../../src/render/index.js";
import { decide } from "../../src/voting/index.js";
import { approvals } from "../voting/helpers/profiles.js";
import { expectWellFormed, factsOf, rowsByName, tableOf, unescaped } from "./markdown-helpers.js";
import { must } from "./results.js";

const HOSTILE = [
  "a|b",
  "*bold*",
  "line\nbreak",
  "<script>alert(1)</script>",
  "[x](https://e.vil)",
  "`code`",
  "# head",
  "__proto__",
  "constructor",
  "back\\slash",
  "&amp;",
  "~~gone~~",
] as const;

/** What a name looks like once shown: line breaks become spaces. */
const shown = (name: string): string => name.replace(/[\r\n]+/g, " ");

/** The first cells of a table, unescaped. */
const firstCells = (md: string, heading: string): string[] =>
  tableOf(md, heading).rows.map((row) => unescaped(row[0] ?? ""));

const ballots = HOSTILE.map((_, i) => ({
  ranking: [...HOSTILE.slice(i), ...HOSTILE.slice(0, i)].map((c) => [c]),
  count: i + 1,
}));

describe("escaping user strings", () => {
  it("keeps hostile candidate names whole in an IRV count's tables", () => {
    const md = toMarkdown(
      must(decide({ method: "irv", candidates: [...HOSTILE], ballots }), "irv"),
    );
    expectWellFormed(md);
    expect(firstCells(md, "Rounds").slice(0, HOSTILE.length)).toEqual(HOSTILE.map(shown));
    expect(md).not.toContain("<script>");
    expect(md).toContain("\\<script\\>alert(1)\\</script\\>");
  });

  it("keeps them whole in Schulze's matrices, an STV count and a committee", () => {
    const schulze = toMarkdown(
      must(decide({ method: "schulze", candidates: [...HOSTILE], ballots }), "schulze"),
    );
    expectWellFormed(schulze);
    expect(tableOf(schulze, "Head to head").header.slice(1).map(unescaped)).toEqual(
      HOSTILE.map(shown),
    );
    expect(firstCells(schulze, "Strongest paths")).toEqual(HOSTILE.map(shown));
    const stv = toMarkdown(
      must(decide({ method: "stv", seats: 3, candidates: [...HOSTILE], ballots }), "stv"),
    );
    expectWellFormed(stv);
    expect(firstCells(stv, "Stages").slice(1, HOSTILE.length + 1)).toEqual(HOSTILE.map(shown));
    const pav = toMarkdown(
      must(
        decide({
          method: "pav",
          seats: 2,
          candidates: [...HOSTILE],
          ballots: HOSTILE.map((c, i) => ({ approve: i === 0 ? [c] : [c, "a|b"] })),
          tieBreak: { kind: "none" },
        }),
        "pav",
      ),
    );
    expectWellFormed(pav);
    expect(firstCells(pav, "Scores")).toEqual(HOSTILE.map(shown));
  });

  it("escapes parties, members, reasons, players, owners, titles, people and projects", () => {
    const votes = Object.fromEntries(HOSTILE.map((p, i) => [p, 1000 * (i + 1)]));
    const apportioned = toMarkdown(must(apportion({ method: "dhondt", seats: 20, votes }), "ap"));
    expectWellFormed(apportioned);
    expect(firstCells(apportioned, "Seats")).toEqual(HOSTILE.map(shown));
    expect(firstCells(apportioned, "Quotients")).toEqual(HOSTILE.map(shown));

    const resolution = toMarkdown(
      must(
        resolve({
          rule: "consent",
          responses: HOSTILE.map((member, i) => ({
            member,
            stance: i === 0 ? "object" : "consent",
            reason: HOSTILE[HOSTILE.length - 1 - i],
          })),
        }),
        "resolve",
      ),
    );
    expectWellFormed(resolution);
    expect(tableOf(resolution, "Objections").rows.map((r) => r.map(unescaped))).toEqual([
      ["a|b", "object", "~~gone~~"],
    ]);
    expect(firstCells(resolution, "Other reasons given")).toEqual(HOSTILE.slice(1).map(shown));

    const weights = Object.fromEntries(HOSTILE.map((p, i) => [p, i + 1]));
    const power = toMarkdown(must(powerIndex({ index: "banzhaf", quota: 40, weights }), "power"));
    expectWellFormed(power);
    expect(firstCells(power, "Players")).toEqual(HOSTILE.map(shown));

    const ledger = must(
      replay(
        HOSTILE.map((owner, i) => ({
          id: `e${i + 1}`,
          seq: i + 1,
          at: "2025-01-10",
          type: "committed" as const,
          commitment: {
            id: `c${i}`,
            title: HOSTILE[HOSTILE.length - 1 - i] as string,
            owner,
            party: owner,
            madeAt: "2025-01-10",
            dueAt: "2025-02-01",
          },
        })),
      ),
      "replay",
    );
    const followThrough = toMarkdown(must(metrics(ledger, { asOf: "2025-03-01" }), "metrics"));
    expectWellFormed(followThrough);
    expect(new Set(firstCells(followThrough, "By owner"))).toEqual(new Set(HOSTILE.map(shown)));
    expect(tableOf(followThrough, "Overdue").rows.map((row) => unescaped(row[1] ?? ""))).toEqual(
      expect.arrayContaining(HOSTILE.map(shown)),
    );

    const pool = HOSTILE.map((id, i) => ({
      id,
      features: { "g|roup": i % 2 === 0 ? "<a>" : "*b*" },
    }));
    const panel = must(
      selectPanel({
        pool,
        panelSize: 2,
        quotas: { "g|roup": { "<a>": { min: 1, max: 1 }, "*b*": { min: 1, max: 1 } } },
        method: "legacy",
        seed: "seed | *",
        options: { samples: 200 },
      }),
      "panel",
    );
    const panelMd = toMarkdown(panel, { pool });
    expectWellFormed(panelMd);
    expect(firstCells(panelMd, "Selection probabilities")).toEqual(HOSTILE.map(shown));
    expect(
      tableOf(panelMd, "Selection probabilities by group").rows.map((r) =>
        r.slice(0, 2).map(unescaped),
      ),
    ).toEqual([
      ["g|roup", "*b*"],
      ["g|roup", "<a>"],
    ]);
    expect(unescaped(factsOf(panelMd).get("Seed") ?? "")).toBe("seed | *");

    const allocation = toMarkdown(
      must(
        allocate({
          method: "greedy",
          budget: 100,
          projects: HOSTILE.map((id) => ({ id, cost: 10 })),
          ballots: HOSTILE.map((id) => ({ approve: [id] })),
        }),
        "allocate",
      ),
    );
    expectWellFormed(allocation);
    expect(
      tableOf(allocation, "Funded projects, in order of selection").rows.map((row) =>
        unescaped(row[1] ?? ""),
      ),
    ).toEqual(expect.arrayContaining(HOSTILE.filter((h) => !h.includes("\n")).slice(0, 3)));
  });

  it("escapes a committee check's witness and the caller's title", () => {
    const profile = approvals(
      [...HOSTILE],
      [
        { approve: ["a|b"], count: 4 },
        { approve: ["*bold*"], count: 2 },
      ],
    );
    const md = toMarkdown(must(checkCommittee(profile, ["a|b", "# head", "`code`"], "jr"), "jr"), {
      title: "<h1>|title|</h1>\n",
    });
    expectWellFormed(md);
    expect(md.split("\n")[0]).toBe("## \\<h1\\>\\|title\\|\\</h1\\> ");
    expect(rowsByName(md, "A group short-changed").get("2")?.[0]).toBe("\\*bold\\*");
  });
});
