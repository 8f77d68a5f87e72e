import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listMethods, methodsTable } from "../../src/voting/index.js";

/** The table's cells, trimmed, with separator cells written as "---". */
const cells = (table: string): string[][] =>
  table.split("\n").map((line) =>
    line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((cell) => cell.trim())
      .map((cell) => (/^:?-+:?$/.test(cell) ? "---" : cell)),
  );

const GUIDE = new URL("../../docs/choosing-a-method.md", import.meta.url);

describe("methodsTable", () => {
  it("writes one row per registered method, with its id and ballot", () => {
    const lines = methodsTable().split("\n");
    expect(lines).toHaveLength(listMethods().length + 2);
    expect(lines[0]).toMatch(/^\| Method \| id \| Ballot \| Majority \|/);
    expect(lines).toContain(
      "| Borda count | `borda` | ranking | no | no | yes | · | yes | no | yes | no | yes | O(B n) for B distinct ballots and n candidates |",
    );
  });

  it("matches the table in docs/choosing-a-method.md (regenerate the guide's table from methodsTable() if this fails)", () => {
    const guide = readFileSync(GUIDE, "utf8");
    const match = /<!-- methods-table:start -->\n([\s\S]*?)\n<!-- methods-table:end -->/.exec(
      guide,
    );
    // Biome pads Markdown tables; compare cell by cell.
    expect(cells(match?.[1] ?? "")).toEqual(cells(methodsTable()));
  });
});
