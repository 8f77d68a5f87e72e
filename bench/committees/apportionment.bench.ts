/**
 * Apportionment at scale: 10,000 parties and 1,000,000 seats (the target: under 0.5 s),
 * each divisor method through `apportion` (validation, the priority queue, the report). Baselines
 * of the same run: the naive count that scans every party for each seat (the loop the priority
 * queue replaces), at 10,000 parties and 10,000 seats (it would take minutes at a million), and
 * a sum over the votes (the floor any count pays). Votes are drawn from `createPrng`.
 *
 * Results: bench/results/committees.md.
 */
import { bench, describe } from "vitest";
import { apportion } from "../../src/committees/index.js";
import { createPrng } from "../../src/core/prng.js";

const PARTIES = 10_000;
const prng = createPrng("apportionment bench");
const votes: Record<string, number> = {};
const list: number[] = [];
for (let p = 0; p < PARTIES; p++) {
  const v = 1000 + prng.nextInt(9_000_000);
  votes[`party ${p}`] = v;
  list.push(v);
}

const run = (method: string, seats: number): void => {
  const result = apportion({ method, seats, votes });
  if (result._tag === "Left") throw new Error(result.left.message);
};

/** D'Hondt by scanning every party for every seat, with exact cross-multiplication. */
const naiveDhondt = (seats: number): number[] => {
  const held = new Array<number>(list.length).fill(0);
  for (let s = 0; s < seats; s++) {
    let best = 0;
    for (let p = 1; p < list.length; p++)
      if (
        (list[p] as number) * ((held[best] as number) + 1) >
        (list[best] as number) * ((held[p] as number) + 1)
      )
        best = p;
    held[best] = (held[best] as number) + 1;
  }
  return held;
};

describe("apportion: 10,000 parties, 1,000,000 seats", () => {
  bench("baseline: sum the votes", () => {
    let total = 0;
    for (const v of list) total += v;
    if (total < 0) throw new Error("unreachable");
  });
  for (const method of ["dhondt", "sainte-lague", "huntington-hill", "adams"])
    bench(method, () => run(method, 1_000_000), { iterations: 5, time: 0 });
  bench("hare (largest remainder)", () => run("hare", 1_000_000), { iterations: 5, time: 0 });
});

describe("apportion against the naive scan: 10,000 parties, 10,000 seats", () => {
  bench("dhondt (priority queue)", () => run("dhondt", 10_000), { iterations: 5, time: 0 });
  bench("naive scan of every party per seat", () => void naiveDhondt(10_000), {
    iterations: 5,
    time: 0,
  });
});
