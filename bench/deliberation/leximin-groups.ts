/**
 * Leximin over groups of interchangeable people against the person-level LP (the internal switch
 * `merge`), on one instance, in the same run, with wall and CPU time and the solver counters:
 *
 *   npx tsx bench/deliberation/leximin-groups.ts <loose|tight> <pool> <panel> <grouped|person|legacy> [maxIterations] [central|vertex|<rounds>]
 *
 * `vertex` prices the dual simplex's vertex duals throughout (the internal switch `centralAfter` of
 * `leximinDistribution` at `Infinity`: the code before central duals); a number sets how many
 * rounds a stage runs on vertices before it moves to central duals (default `CENTRAL_AFTER`).
 *
 * e.g. `npx tsx bench/deliberation/leximin-groups.ts tight 2000 40 grouped`. Prints one JSON line.
 */
import * as E from "fp-ts/lib/Either.js";
import { selectPanel } from "../../src/deliberation/index.js";
import { createPricer, loadHighs } from "../../src/deliberation/internal/columns.js";
import { groupPeople } from "../../src/deliberation/internal/groups.js";
import { leximinDistribution } from "../../src/deliberation/leximin.js";
import { parseInstance } from "../../src/deliberation/sortition.js";
import { pool, tightPool } from "./instances.js";

const [
  kind = "tight",
  n = "2000",
  k = "40",
  mode = "grouped",
  iterations = "500",
  duals = "central",
] = process.argv.slice(2);
const size = Number(n);
const seats = Number(k);
const generated = (kind === "tight" ? tightPool : pool)(size, seats, `pool-${size}`);
const spec = {
  ...generated,
  panelSize: seats,
  method: mode === "legacy" ? "legacy" : "leximin",
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
  const r = leximinDistribution(
    parsed.right,
    highs,
    pricer,
    Number(iterations),
    mode === "grouped",
    duals === "vertex" ? Number.POSITIVE_INFINITY : duals === "central" ? undefined : Number(duals),
  );
  stats = pricer.stats;
  pricer.dispose();
  outcome = E.isRight(r)
    ? {
        estimate: r.right.estimate,
        minimum: r.right.minimum,
        maximum: r.right.maximum,
        gini: r.right.gini,
        support: r.right.support,
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
    duals,
    groups: groupPeople(parsed.right, mode === "grouped").count,
    wallMs: Math.round(wall),
    cpuMs: Math.round((used.user + used.system) / 1000),
    stats,
    outcome,
  }),
);
