/**
 * STV at scale, each against instant runoff on the same profile in the same run (the baseline: the
 * single-seat count of the same ballots through the voting module's transfer count).
 *
 * - the largest Glasgow 2007 ward (Partick West, 9 candidates, 4 seats, 12,744 votes) by the
 *   Scottish rule;
 * - 1,000,000 impartial-culture ballots (complete rankings, nearly all distinct) of 20 candidates,
 *   5 seats, exact WIGM;
 * - 100,000 ballots of 15 candidates, 5 seats, exact Meek.
 *
 * Profiles come from `createPrng` (a Fisher–Yates shuffle per voter) and `createProfileBuilder`.
 * Results: bench/results/committees-stv.md.
 */
import { readFileSync } from "node:fs";
import * as E from "fp-ts/lib/Either.js";
import { bench, describe } from "vitest";
import { readBlt } from "../../src/ballots/formats/blt.js";
import { createProfileBuilder, type RankedProfile } from "../../src/ballots/index.js";
import { stv } from "../../src/committees/stv/stv.js";
import { createPrng } from "../../src/core/prng.js";
import { irv } from "../../src/voting/irv.js";

const names = (n: number): string[] => Array.from({ length: n }, (_, i) => `c${i}`);

/** `voters` random rankings of `n` candidates, truncated after `depth` preferences. */
const impartial = (n: number, voters: number, depth: number, seed: string): RankedProfile => {
  const prng = createPrng(seed);
  const builder = createProfileBuilder("ranked", names(n));
  const order = Array.from({ length: n }, (_, i) => i);
  const row = new Uint16Array(n);
  for (let v = 0; v < voters; v++) {
    for (let i = n - 1; i > 0; i--) {
      const j = prng.nextInt(i + 1);
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    row.fill(0xffff);
    for (let p = 0; p < depth; p++) row[order[p] as number] = p;
    builder.add(row);
  }
  const profile = builder.build();
  if (E.isLeft(profile) || profile.right.kind !== "ranked") throw new Error("profile");
  return profile.right;
};

const sink: unknown[] = [];
const keep = (x: unknown): void => {
  sink.length = 0;
  sink.push(x);
};

const glasgow = (() => {
  const text = readFileSync(
    new URL("../../tests/fixtures/data/stv/glasgow-2007/Partick-West-2007.blt", import.meta.url),
    "utf8",
  );
  const election = readBlt(text);
  if (E.isLeft(election)) throw new Error("blt");
  return election.right;
})();

describe("largest Glasgow ward, Scottish rule", () => {
  bench("stv scottish (Partick West)", () => {
    keep(stv(glasgow.profile, glasgow.seats, { rule: "scottish" }));
  });
  bench("baseline: irv on the same ballots", () => {
    keep(irv(glasgow.profile));
  });
});

const million = impartial(20, 1_000_000, 20, "stv-1m");
describe("1,000,000 ballots, 20 candidates, 5 seats", () => {
  bench("stv wigm", () => keep(stv(million, 5, { rule: "wigm" })), { iterations: 3, time: 0 });
  bench("baseline: irv on the same ballots", () => keep(irv(million)), { iterations: 3, time: 0 });
});

const meekProfile = impartial(15, 100_000, 15, "stv-meek");
describe("100,000 ballots, 15 candidates, 5 seats, Meek", () => {
  bench("stv meek (exact)", () => keep(stv(meekProfile, 5, { rule: "meek" })), {
    iterations: 1,
    time: 0,
  });
  bench("stv meek-prf (9 places)", () => keep(stv(meekProfile, 5, { rule: "meek-prf" })), {
    iterations: 1,
    time: 0,
  });
  bench("baseline: irv on the same ballots", () => keep(irv(meekProfile)), {
    iterations: 3,
    time: 0,
  });
});
