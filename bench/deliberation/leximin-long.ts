/**
 * The long sortition cases, one call each, with wall and CPU time (vitest bench's figures are
 * wall-clock only, and these cases take seconds to minutes):
 *
 *   npx tsx bench/deliberation/leximin-long.ts <loose|tight> <pool> <panel> <method> [maxIterations]
 *
 * e.g. `npx tsx bench/deliberation/leximin-long.ts tight 2000 40 leximin 30`. Prints one JSON line.
 */
import { selectPanel, selectPanelAsync } from "../../src/deliberation/index.js";
import { pool, tightPool } from "./instances.js";

const [kind = "loose", n = "2000", k = "40", method = "leximin", iterations = "500"] =
  process.argv.slice(2);
const size = Number(n);
const seats = Number(k);
const instance = (kind === "tight" ? tightPool : pool)(size, seats, `pool-${size}`);
const spec = {
  ...instance,
  panelSize: seats,
  method,
  seed: "bench",
  options: { maxLpPool: size, maxIterations: Number(iterations) },
};
const cpu = process.cpuUsage();
const start = performance.now();
const result = method === "legacy" ? selectPanel(spec) : await selectPanelAsync(spec);
const wall = performance.now() - start;
const used = process.cpuUsage(cpu);
console.log(
  JSON.stringify({
    kind,
    pool: size,
    panel: seats,
    method,
    wallMs: Math.round(wall),
    cpuMs: Math.round((used.user + used.system) / 1000),
    outcome:
      result._tag === "Right"
        ? {
            estimate: result.right.estimate,
            minimum: result.right.minimum,
            maximum: result.right.maximum,
            gini: result.right.gini,
          }
        : { error: result.left._tag, message: result.left.message },
  }),
);
