/** Benchmark inputs, all from the seeded generator, and a brute-force baseline. */
import * as E from "fp-ts/lib/Either.js";
import { createPrng } from "../../src/core/index.js";
import { type WeightedGame, weightedGame } from "../../src/power/index.js";

/** `n` players whose whole weights add up to exactly `total`, quota a simple majority. */
export const randomGame = (n: number, total: number, seed: string): WeightedGame => {
  const prng = createPrng(seed);
  const raw = Array.from({ length: n }, () => 1 + prng.nextInt(1000));
  const sum = raw.reduce((a, b) => a + b, 0);
  const weights = raw.map((x) => Math.max(1, Math.floor((x * total) / sum)));
  let rest = total - weights.reduce((a, b) => a + b, 0);
  for (let i = 0; rest !== 0; i = (i + 1) % n) {
    const w = weights[i] as number;
    if (rest > 0) {
      weights[i] = w + 1;
      rest -= 1;
    } else if (w > 1) {
      weights[i] = w - 1;
      rest += 1;
    }
  }
  const spec = {
    quota: Math.floor(total / 2) + 1,
    weights: Object.fromEntries(weights.map((w, i) => [`p${i}`, w])),
  };
  const game = weightedGame(spec);
  if (E.isLeft(game)) throw new Error(game.left.message);
  return game.right;
};

/**
 * The EU Council's double majority (Treaty of Lisbon, art. 16(4) TEU): 55% of the 27 states (15)
 * representing 65% of the population. Populations in thousands, approximately Eurostat 1 January
 * 2023; for timing only (the blocking-minority clause is not modelled).
 */
export const EU_POPULATIONS: Readonly<Record<string, number>> = {
  Germany: 84359,
  France: 68173,
  Italy: 58997,
  Spain: 48085,
  Poland: 36754,
  Romania: 19055,
  Netherlands: 17811,
  Belgium: 11743,
  Czechia: 10828,
  Sweden: 10522,
  Portugal: 10467,
  Greece: 10414,
  Hungary: 9600,
  Austria: 9105,
  Bulgaria: 6448,
  Denmark: 5933,
  Finland: 5564,
  Slovakia: 5429,
  Ireland: 5194,
  Croatia: 3851,
  Lithuania: 2858,
  Slovenia: 2117,
  Latvia: 1883,
  Estonia: 1366,
  Cyprus: 921,
  Luxembourg: 661,
  Malta: 542,
};

export const euCouncil = (): WeightedGame => {
  const total = Object.values(EU_POPULATIONS).reduce((a, b) => a + b, 0);
  const weights = Object.fromEntries(
    Object.entries(EU_POPULATIONS).map(([state, people]) => [state, [1, people]]),
  );
  const game = weightedGame({ quotas: [15, `${13 * total}/20`], weights });
  if (E.isLeft(game)) throw new Error(game.left.message);
  return game.right;
};

/**
 * Brute force: visit every coalition in Gray-code order (one player changes per step), and for each
 * winning one add a swing to each member whose departure makes it lose. Returns swing counts.
 */
export const bruteForceSwings = (game: WeightedGame): number[] => {
  const n = game.players.length;
  const dims = game.quotas.length;
  const sums = new Float64Array(dims);
  const inside = new Uint8Array(n);
  const swings = new Array<number>(n).fill(0);
  const total = 2 ** n;
  for (let step = 1; step <= total; step++) {
    const wins = (): boolean => {
      for (let d = 0; d < dims; d++)
        if ((sums[d] as number) < (game.quotas[d] as number)) return false;
      return true;
    };
    if (wins()) {
      for (let i = 0; i < n; i++) {
        if (inside[i] !== 1) continue;
        for (let d = 0; d < dims; d++) {
          if (
            (sums[d] as number) - ((game.weights[d] as number[])[i] as number) <
            (game.quotas[d] as number)
          ) {
            swings[i] = (swings[i] as number) + 1;
            break;
          }
        }
      }
    }
    if (step === total) break;
    // flip the lowest set bit's position of step (Gray code)
    const flip = 31 - Math.clz32(step & -step);
    const sign = inside[flip] === 1 ? -1 : 1;
    inside[flip] = inside[flip] === 1 ? 0 : 1;
    for (let d = 0; d < dims; d++)
      sums[d] = (sums[d] as number) + sign * ((game.weights[d] as number[])[flip] as number);
  }
  return swings;
};
