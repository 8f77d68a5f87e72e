import { bench, describe } from "vitest";
import { createPrng, shuffled } from "../../src/core/prng.js";
import { selectPanel } from "../../src/deliberation/index.js";
import { pool } from "./instances.js";

const instance = pool(2000, 40, "pool-2000");
const spec = (samples: number) => ({
  ...instance,
  panelSize: 40,
  method: "legacy",
  seed: "bench",
  options: { samples },
});

describe("selectPanel legacy, pool 2,000, 6 features, panel 40 (goal < 50 ms)", () => {
  bench("legacy: the draw and 1 re-draw", () => {
    selectPanel(spec(1));
  });
  bench("legacy: the draw and 1,000 re-draws for the probabilities (default)", () => {
    selectPanel(spec(1000));
  });
  bench("baseline: a uniform draw of 40, no quotas (shuffle)", () => {
    shuffled(instance.pool, createPrng("bench")).slice(0, 40);
  });
});
