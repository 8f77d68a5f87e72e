/**
 * The Markdown view of a process assessment, on the hand-worked troubled process of
 * tests/process/scenarios.ts (its flags and indicators are checked by hand in
 * tests/process/assess.test.ts): every flag and every indicator appears, with its numbers.
 */
import { describe, expect, it } from "vitest";
import { assessmentToMarkdown, toMarkdown } from "../../src/render/index.js";
import { troubledAssessment } from "./results.js";

const rowsOf = (md: string, heading: string): string[] => {
  const start = md.indexOf(`### ${heading}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = md.slice(start).split("\n").slice(2);
  const end = rest.findIndex((line) => line.startsWith("### "));
  return (end === -1 ? rest : rest.slice(0, end)).filter((l) => l.startsWith("| ")).slice(2);
};

describe("assessmentToMarkdown", () => {
  const a = troubledAssessment();
  const md = toMarkdown(a);

  it("is what toMarkdown gives for an assessment", () => {
    expect(md).toBe(assessmentToMarkdown(a));
    expect(md.startsWith("## Assessment of ")).toBe(true);
    expect(md).toContain("as of 2025-06-30");
  });

  it("lists every flag, in order, with its severity, threshold and default", () => {
    const rows = rowsOf(md, "Flags");
    expect(rows).toHaveLength(a.flags.length);
    a.flags.forEach((flag, i) => {
      const cells = (rows[i] as string).split(" | ");
      expect(cells[0]).toBe(`| ${flag.id}`);
      expect(cells[1]).toBe(flag.severity);
      expect(rows[i]).toContain(
        `${flag.threshold.name} ${flag.threshold.value} (${flag.threshold.default})`,
      );
    });
  });

  it("has one row per indicator under each factor", () => {
    const headings = {
      depth: "Depth of engagement",
      power: "Equalising power",
      followThrough: "Follow-through",
      time: "Time",
      moment: "The right moment",
    } as const;
    for (const [factor, heading] of Object.entries(headings)) {
      const indicators = a.factors[factor as keyof typeof headings];
      const rows = rowsOf(md, heading);
      expect(rows.length === 0 ? 0 : rows.length, heading).toBe(indicators.length);
    }
  });

  it("says so when no flag is raised, and escapes what people wrote", () => {
    const quiet = assessmentToMarkdown({
      ...a,
      processId: "fund | <b>2025</b>",
      flags: [],
    });
    expect(quiet).toContain("No flag raised");
    expect(quiet).not.toContain("<b>");
    expect(quiet.split("\n")[0]).not.toMatch(/fund \| </);
  });
});
