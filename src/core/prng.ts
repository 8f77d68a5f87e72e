/**
 * A seeded pseudo-random generator: the only source of randomness in co-decide.
 *
 * Algorithm (fixed; changing it is a breaking change, since it changes random tie-breaks):
 * 1. The seed string is encoded as UTF-8 and hashed to four 32-bit words with **cyrb128**
 *    (bryc, public domain), a 128-bit non-cryptographic hash built from `Math.imul` mixing.
 * 2. Those words seed **sfc32**, Chris Doty-Humphrey's Small Fast Chaotic generator from PractRand
 *    (state a, b, c and a counter d), which passes PractRand and BigCrush.
 * 3. The first 15 outputs are discarded to mix the state.
 *
 * Every step uses 32-bit integer operations (`Math.imul`, `>>>`, `|0`) that JavaScript defines
 * exactly, so the same seed yields the same sequence in Node, in every browser and on every CPU.
 * It is not suitable for cryptography, and need not be: seeds are published with the outcome so
 * anyone can re-run a random tie-break or a sortition draw.
 *
 * @module
 */

/**
 * A stream of pseudo-random numbers. Each call advances the stream; the stream belongs to the
 * caller that created it (there is no shared or global generator).
 *
 * @category randomness
 */
export interface Prng {
  /** The seed it was created from. */
  readonly seed: string;
  /** The next unsigned 32-bit integer. */
  readonly nextUint32: () => number;
  /** A double in [0, 1) with 53 random bits. */
  readonly nextFloat: () => number;
  /** An integer in [0, n), uniform (by rejection, no modulo bias). `n` must be in 1..2^32. */
  readonly nextInt: (n: number) => number;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** cyrb128 over bytes (bryc, public domain): four 32-bit words. */
const cyrb128 = (bytes: Uint8Array): [number, number, number, number] => {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (const k of bytes) {
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
};

const TWO_32 = 4294967296;

/**
 * Creates the generator for a seed (see the module comment for the algorithm).
 *
 * @example Same seed, same sequence
 * ```ts
 * import { createPrng } from "co-decide/core";
 *
 * const a = createPrng("council-2026");
 * const b = createPrng("council-2026");
 * a.nextInt(6) === b.nextInt(6); // => true
 * ```
 *
 * @category randomness
 */
export const createPrng = (seed: string): Prng => {
  let [a, b, c, d] = cyrb128(utf8(seed));
  const nextUint32 = (): number => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i++) nextUint32();
  const nextFloat = (): number => {
    const high = nextUint32() >>> 5; // 27 bits
    const low = nextUint32() >>> 6; // 26 bits
    return (high * 67108864 + low) / 9007199254740992;
  };
  const nextInt = (n: number): number => {
    const limit = Math.floor(TWO_32 / n) * n;
    for (;;) {
      const x = nextUint32();
      if (x < limit) return x % n;
    }
  };
  return { seed, nextUint32, nextFloat, nextInt };
};

/**
 * Returns a shuffled copy of `items` (Fisher-Yates, drawing from `prng`); `items` is not changed.
 *
 * @category randomness
 */
export const shuffled = <T>(items: readonly T[], prng: Prng): T[] => {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = prng.nextInt(i + 1);
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
};
