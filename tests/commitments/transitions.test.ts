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

  it("the guide's state diagram (an SVG drawn by hand) draws every transition but noted", () => {
    // Each arrow is a <g class="edge"> naming its states and events; an arrow from the dashed
    // "open" box lists every open state, and ↺ lines inside a box are events that keep the state.
    const svg = readFileSync(
      new URL("../../docs/media/commitment-states.svg", import.meta.url),
      "utf8",
    );
    expect(guide).toContain("](media/commitment-states.svg)");
    const drawn: string[] = [];
    for (const edge of svg.matchAll(/<g class="edge[^"]*"([^>]*)>([\s\S]*?)<\/g>/g)) {
      const attribute = (name: string): string =>
        new RegExp(`${name}="([^"]*)"`).exec(edge[1] as string)?.[1] ?? "";
      const events = attribute("data-events").split(" ").filter(Boolean);
      for (const from of attribute("data-from").split(" ")) {
        for (const to of attribute("data-to").split(" ")) {
          if (events.length === 0) drawn.push(`${from} --> ${to}`);
          for (const event of events) {
            drawn.push(`${from} --> ${to} : ${event}`);
            // The event's name is written on the arrow (or in the box) for a reader to see.
            expect(edge[2]).toContain(event);
          }
        }
      }
    }
    const expected = ["[*] --> committed : committed"];
    for (const [event, table] of Object.entries(TRANSITIONS)) {
      if (event === "noted") continue;
      for (const [from, target] of Object.entries(table)) {
        // "reopen" leads back to the state before missed: any open state that can be missed.
        const targets =
          target === "same"
            ? [from]
            : target === "reopen"
              ? Object.keys(TRANSITIONS.missed)
              : [target];
        for (const to of targets) expected.push(`${from} --> ${to} : ${event}`);
      }
    }
    for (const status of STATUSES.filter(isTerminal)) expected.push(`${status} --> [*]`);
    expect(drawn.sort()).toEqual(expected.sort());
    // One box per state.
    const boxes = [...svg.matchAll(/data-state="([^"]+)"/g)].map((match) => match[1]);
    expect(boxes.sort()).toEqual([...STATUSES].sort());
    expect(svg).toContain("<title");
    expect(svg).toContain("<desc");
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

  it("nextStatus has no next status, and does not throw, for a type or state that is not a string", () => {
    // The fuzz suite's counterexample: an object whose toString is not a function cannot be
    // turned into a property key.
    const odd = { toString: false } as never;
    expect(nextStatus("" as never, odd, [] as never)).toBeUndefined();
    expect(nextStatus(odd, "delivered", "in-progress")).toBeUndefined();
    expect(nextStatus("in-progress", 7 as never, "in-progress")).toBeUndefined();
  });
});
