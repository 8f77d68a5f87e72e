/**
 * CPU time of `resolve` per rule on 100,000 members and responses (the cells of resolve.bench.ts),
 * measured with `process.cpuUsage()` so that a loaded machine inflates it less than wall time:
 *
 *   npx tsx bench/deliberation/resolve-cpu.ts [sources] [reps]
 *
 * `sources` (default `src`, this checkout) is a directory holding another copy of the library's
 * `src/` to time instead, e.g. the previous code extracted with `git archive main src | tar -x -C
 * ../before` and then `../before/src`: run both in one session for a before/after. Prints a line
 * per cell: median and minimum of wall and CPU milliseconds over `reps` calls (default 21), after
 * three warm-up calls, and the load average.
 */
import { loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import { createPrng, shuffled } from "../../src/core/prng.js";
import { RESOLVE_CELLS, ruleSpec } from "./instances.js";

const [sources = "src", reps = "21"] = process.argv.slice(2);
const { resolve } = (await import(
  pathToFileURL(`${sources}/deliberation/index.ts`).href
)) as typeof import("../../src/deliberation/index.js");

const SIZE = 100_000;
const weighted = ruleSpec("double-majority", SIZE, "resolve-double-majority");
const scattered = {
  ...weighted,
  responses: shuffled(weighted.responses, createPrng("resolve-scattered")),
};
const cells: [string, unknown][] = [
  ...RESOLVE_CELLS.map((cell): [string, unknown] => [
    cell,
    ruleSpec(cell, SIZE, `resolve-${cell}`),
  ]),
  ["random order, from JSON", JSON.parse(JSON.stringify(scattered))],
  ["random order, shuffled objects", scattered],
];

const median = (xs: number[]): number => xs.sort((a, b) => a - b)[xs.length >> 1] as number;
for (const [cell, spec] of cells) {
  for (let i = 0; i < 3; i++) resolve(spec);
  const wall: number[] = [];
  const cpu: number[] = [];
  let status = "";
  for (let i = 0; i < Number(reps); i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const result = resolve(spec);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    status = result._tag === "Right" ? result.right.status : "error";
  }
  const ms = (x: number) => x.toFixed(1).padStart(6);
  console.log(
    `${cell.padEnd(32)} wall ${ms(median(wall))} (min ${ms(Math.min(...wall))})  cpu ${ms(median(cpu))} (min ${ms(Math.min(...cpu))})  ${status.padEnd(8)} load ${(loadavg()[0] as number).toFixed(1)}`,
  );
}
