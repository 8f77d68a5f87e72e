import { bench, describe } from "vitest";
import { selectPanel, selectPanelAsync } from "../../src/deliberation/index.js";
import { pool } from "./instances.js";

// The LP methods take seconds, so each case is measured once. The tight pool of 2,000
// (instances.ts, tightPool) takes minutes and is measured by bench/deliberation/leximin-long.ts.
const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
const spec = (n: number, k: number, method: string) => ({
  ...pool(n, k, `pool-${n}`),
  panelSize: k,
  method,
  seed: "bench",
  options: { maxLpPool: n },
});

describe("selectPanelAsync, pool 200, 6 features, panel 20", () => {
  bench(
    "leximin",
    async () => {
      await selectPanelAsync(spec(200, 20, "leximin"));
    },
    once,
  );
  bench(
    "nash",
    async () => {
      await selectPanelAsync(spec(200, 20, "nash"));
    },
    once,
  );
  bench(
    "baseline: legacy with 1,000 re-draws",
    () => {
      selectPanel(spec(200, 20, "legacy"));
    },
    once,
  );
});

describe("selectPanelAsync, pool 2,000, 6 features, panel 40 (goal: leximin < 60 s)", () => {
  bench(
    "leximin",
    async () => {
      await selectPanelAsync(spec(2000, 40, "leximin"));
    },
    once,
  );
  bench(
    "baseline: legacy with 1,000 re-draws",
    () => {
      selectPanel(spec(2000, 40, "legacy"));
    },
    once,
  );
});
