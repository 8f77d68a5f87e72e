/**
 * The seeded draw of the lottery methods (random dictator, the maximal lottery): one ticket drawn
 * uniformly from the lottery's common denominator with the generator of `core/prng`, so the draw is
 * exact, unbiased and the same in every runtime.
 *
 * @internal
 * @module
 */
import { createPrng } from "../core/prng.js";
import type { Rational } from "../core/rational.js";

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
const lcm = (a: bigint, b: bigint): bigint => (a / gcd(a, b)) * b;

/** A uniform bigint in [0, bound), from 32-bit words by rejection (no modulo bias). */
const drawBelow = (prng: ReturnType<typeof createPrng>, bound: bigint): bigint => {
  let words = 1;
  while (1n << BigInt(32 * words) < bound) words++;
  const space = 1n << BigInt(32 * words);
  const limit = (space / bound) * bound;
  for (;;) {
    let x = 0n;
    for (let i = 0; i < words; i++) x = (x << 32n) | BigInt(prng.nextUint32());
    if (x < limit) return x % bound;
  }
};

/** A seeded draw: the ticket, the number of tickets and the candidate it falls to. @internal */
export interface TicketDraw {
  readonly ticket: bigint;
  readonly tickets: bigint;
  readonly winner: number;
}

/**
 * Draws one ticket from the common denominator of `probabilities` (which sum to 1); the tickets are
 * numbered in candidate order, each candidate holding its probability's share of them.
 *
 * @internal
 */
export const drawTicket = (probabilities: readonly Rational[], seed: string): TicketDraw => {
  const tickets = probabilities.reduce((d, p) => lcm(d, p.den), 1n);
  const ticket = drawBelow(createPrng(seed), tickets);
  let winner = probabilities.length - 1;
  let upTo = 0n;
  for (let c = 0; c < probabilities.length; c++) {
    const p = probabilities[c] as Rational;
    upTo += (p.num * tickets) / p.den;
    if (ticket < upTo) {
      winner = c;
      break;
    }
  }
  return { ticket, tickets, winner };
};
