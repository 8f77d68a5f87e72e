import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  isOpen,
  isTerminal,
  nextStatus,
  STATUSES,
  TRANSITIONS,
} from "../../src/commitments/index.js";

const guide = readFileSync(new URL("../../docs/tracking-commitments.md", import.meta.url), "utf8");

describe("the state machine", () => {
  it("the guide's table lists exactly the transitions of TRANSITIONS", () => {
    const rows: string[] = [];
    for (const [event, table] of Object.entries(TRANSITIONS)) {
      for (const [from, target] of Object.entries(table)) {
        const to =
          target === "same" ? from : target === "reopen" ? "(state before missed)" : target;
        rows.push(`| ${from} | ${event} | ${to} |`);
      }
    }
    // Cells are compared trimmed: the Markdown formatter pads the columns.
    const normalise = (line: string): string =>
      `| ${line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim())
        .join(" | ")} |`;
    const lines = guide.split("\n").map(normalise);
    const start = lines.indexOf("| from | event | to |") + 2;
    const end = lines.indexOf("|  |", start);
    const documented = lines.slice(start, end === -1 ? undefined : end);
    expect(documented.sort()).toEqual(rows.sort());
  });

  it("the guide's Mermaid diagram draws every transition but noted", () => {
    for (const [event, table] of Object.entries(TRANSITIONS)) {
      if (event === "noted") continue;
      for (const [from, target] of Object.entries(table)) {
        if (target === "reopen") continue;
        const to = target === "same" ? from : target;
        const arrow = `${from.replace("-", "_")} --> ${to.replace("-", "_")} : ${event}`;
        expect(guide).toContain(arrow);
      }
    }
  });

  it("terminal states accept only noted; delivered only verified and noted", () => {
    for (const [event, table] of Object.entries(TRANSITIONS)) {
      const allowed = Object.keys(table);
      if (event !== "noted") {
        expect(allowed).not.toContain("verified");
        expect(allowed).not.toContain("withdrawn");
      }
      if (event !== "noted" && event !== "verified") expect(allowed).not.toContain("delivered");
    }
    expect(STATUSES.filter(isTerminal)).toEqual(["verified", "withdrawn"]);
    expect(STATUSES.filter(isOpen)).toEqual(["committed", "accepted", "in-progress", "missed"]);
  });

  it("renegotiated reopens a missed commitment at its earlier state and keeps others", () => {
    expect(nextStatus("missed", "renegotiated", "accepted")).toBe("accepted");
    expect(nextStatus("in-progress", "renegotiated", "in-progress")).toBe("in-progress");
    expect(nextStatus("delivered", "renegotiated", "delivered")).toBeUndefined();
    expect(nextStatus("withdrawn", "delivered", "withdrawn")).toBeUndefined();
  });
});
