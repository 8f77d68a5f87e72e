/**
 * `nash` over groups of interchangeable people against the person-level computation (the internal
 * switch `merge` of `nashDistribution`), one call each, with wall and CPU time and the counters:
 *
 *   npx tsx bench/deliberation/nash-groups.ts <loose|tight> <pool> <panel> <grouped|person|legacy> [maxIterations]
 *
 * Prints one JSON line.
 */
import * as E from "fp-ts/lib/Either.js";
import { selectPanel } from "../../src/deliberation/index.js";
import { createPricer, loadHighs } from "../../src/deliberation/internal/columns.js";
import { groupPeople } from "../../src/deliberation/internal/groups.js";
import { nashDistribution } from "../../src/deliberation/nash.js";
import { parseInstance } from "../../src/deliberation/sortition.js";
import { pool, tightPool } from "./instances.js";

const [kind = "loose", n = "200", k = "20", mode = "grouped", iterations = "500"] =
  process.argv.slice(2);
const size = Number(n);
const seats = Number(k);
const generated = (kind === "tight" ? tightPool : pool)(size, seats, `pool-${size}`);
const spec = {
  ...generated,
  panelSize: seats,
  method: mode === "legacy" ? "legacy" : "nash",
  seed: "bench",
  options: { maxLpPool: size, maxIterations: Number(iterations) },
};
const parsed = parseInstance(spec);
if (E.isLeft(parsed)) throw new Error(parsed.left.message);
const highs = await loadHighs();
if (highs === undefined) throw new Error("highs is not installed");
const cpu = process.cpuUsage();
const start = performance.now();
let outcome: unknown;
let stats: unknown;
if (mode === "legacy") {
  const r = selectPanel(spec);
  outcome = E.isRight(r) ? { minimum: r.right.minimum } : { error: r.left.message };
} else {
  const pricer = createPricer(parsed.right, highs);
  const r = nashDistribution(parsed.right, pricer, Number(iterations), mode === "grouped");
  stats = pricer.stats;
  pricer.dispose();
  outcome = E.isRight(r)
    ? {
        estimate: r.right.estimate,
        minimum: r.right.minimum,
        maximum: r.right.maximum,
        support: r.right.support,
        welfare: Object.values(r.right.probabilities).reduce(
          (a, p) => a + (p > 0 ? Math.log(p) : 0),
          0,
        ),
      }
    : { error: r.left._tag, message: r.left.message };
}
const wall = performance.now() - start;
const used = process.cpuUsage(cpu);
console.log(
  JSON.stringify({
    kind,
    pool: size,
    panel: seats,
    mode,
    groups: groupPeople(parsed.right, mode === "grouped").count,
    wallMs: Math.round(wall),
    cpuMs: Math.round((used.user + used.system) / 1000),
    stats,
    outcome,
  }),
);
