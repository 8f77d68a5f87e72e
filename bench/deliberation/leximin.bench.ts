import { bench, describe } from "vitest";
import { selectPanel, selectPanelAsync } from "../../src/deliberation/index.js";
import { pool } from "./instances.js";

// Leximin solves one MIP per column-generation iteration, so it is measured once per case.
const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
const instance = pool(200, 20, "pool-200");
const spec = (method: string) => ({ ...instance, panelSize: 20, method, seed: "bench" });

describe("selectPanelAsync leximin, pool 200, 6 features, panel 20", () => {
  bench(
    "leximin (column generation with HiGHS)",
    async () => {
      await selectPanelAsync(spec("leximin"));
    },
    once,
  );
  bench(
    "baseline: legacy with 1,000 re-draws",
    () => {
      selectPanel(spec("legacy"));
    },
    once,
  );
});
