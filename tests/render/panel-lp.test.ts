/**
 * The Markdown view of panels drawn by the LP methods: the estimate says how the probabilities were
 * found (linear programming for leximin, convex optimisation for nash), and a distribution over
 * groups of interchangeable people says that each listed panel stands for its group counts.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { selectPanelAsync } from "../../src/deliberation/index.js";
import { panelToMarkdown } from "../../src/render/index.js";

const spec = (method: "leximin" | "nash") => ({
  pool: [
    { id: "ana", features: { gender: "f" } },
    { id: "bea", features: { gender: "f" } },
    { id: "cai", features: { gender: "m" } },
    { id: "dan", features: { gender: "m" } },
    { id: "eli", features: { gender: "m" } },
  ],
  panelSize: 2,
  quotas: { gender: { f: { min: 1, max: 1 }, m: { min: 1, max: 1 } } },
  method,
  seed: "render-panel",
});

describe("panelToMarkdown for the LP methods", () => {
  it("leximin: the estimate by linear programming, and the groups behind the distribution", async () => {
    const panel = await selectPanelAsync(spec("leximin"));
    if (E.isLeft(panel)) throw new Error(panel.left.message);
    const md = panelToMarkdown(panel.right);
    expect(md).toContain("by linear programming over");
    // Two groups (the two women, the three men): each listed panel stands for its group counts.
    expect(panel.right.groups).toHaveLength(2);
    expect(md).toContain("each of the 2 groups of interchangeable people");
  });

  it("nash: the estimate by convex optimisation, with its gap", async () => {
    const panel = await selectPanelAsync(spec("nash"));
    if (E.isLeft(panel)) throw new Error(panel.left.message);
    expect(panelToMarkdown(panel.right)).toMatch(
      /by convex optimisation \(Nash welfare\) over \d+ panels/,
    );
  });
});
