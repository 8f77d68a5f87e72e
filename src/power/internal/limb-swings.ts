/**
 * Banzhaf swing counts for one quota, with the generating function's coefficients held as exact
 * multi-limb integers (internal; {@link swingCounts} calls it).
 *
 * The coefficients of `f(x) = Π (1 + x^{w_j})` below the quota are integers below `2^n`. Each is
 * split into limbs of `D` bits, limb `l` of every coefficient stored in its own `Float64Array`
 * plane. Adding a player (`f[s] += f[s - w]`) adds each plane to itself shifted, with no carry:
 * a limb below `2^D` at most doubles per player, and a double holds integers exactly up to `2^53`,
 * so carries are propagated only once every `52 - D` players. Between those normalisations every
 * step is a single floating-point addition of two integers, exact by construction, over a plane
 * small enough to stay in cache. Only the limbs that can be non-zero are visited: after `j`
 * players a coefficient is below `2^j`, so it has `⌈j / D⌉` limbs, and the work is about half of
 * `n × q × n / D` additions (against `n × q × ⌈(n + 2) / 29⌉` modular additions when the count is
 * kept modulo primes).
 *
 * `D` is chosen so that a plane's prefix sums (at most `q × 2^D`) are exact doubles too, so the
 * swing counts (alternating sums of prefix sums, as in the modular count) are summed exactly per
 * plane and only the `⌈n / D⌉` plane totals are combined as `bigint`s.
 *
 * @module
 * @internal
 */

/** The most bytes of planes this method allocates; past it the caller counts modulo primes. */
export const MAX_PLANE_BYTES: number = 256 * 2 ** 20;

/** Limb width and planes for `n` players and quota `q`. */
const layout = (n: number, q: number): { readonly bits: number; readonly planes: number } => {
  const quotaBits = Math.ceil(Math.log2(q + 1));
  // prefix sums of a plane stay below q × 2^D ≤ 2^52; at most 36 bits leaves 16 players per block
  const bits = Math.max(1, Math.min(36, 52 - quotaBits));
  // a coefficient is below 2^n; one spare plane takes the last normalisation's carry
  return { bits, planes: Math.ceil(n / bits) + 1 };
};

/** The bytes {@link limbSwings} would allocate for `n` players and quota `q`. */
export const limbBytes = (n: number, q: number): number => layout(n, q).planes * q * 8;

/** The result of {@link limbSwings}: losing coalitions and swings per weight, before zeros. */
export interface LimbCounts {
  /** Coalitions of the positive-weight players whose weight is below `q`. */
  readonly losing: bigint;
  /** For each weight given, the player's swings among the positive-weight players. */
  readonly swings: ReadonlyMap<number, bigint>;
}

/**
 * Counts, for players of positive weights `positive` (sorted ascending) and quota `q`, the
 * coalitions of weight below `q` and each distinct weight's swings.
 */
export const limbSwings = (
  positive: readonly number[],
  q: number,
  /** Tests only: a narrower limb and shorter blocks, to exercise many planes on small games. */
  narrow?: { readonly bits: number; readonly block: number },
): LimbCounts => {
  const n = positive.length;
  const wide = layout(n, q);
  const bits = narrow?.bits ?? wide.bits;
  const planes = narrow === undefined ? wide.planes : Math.ceil(n / bits) + 1;
  const base = 2 ** bits;
  const inverse = 2 ** -bits;
  const block = narrow?.block ?? 52 - bits;
  const f = new Float64Array(planes * q);
  const plane = (l: number): Float64Array => f.subarray(l * q, (l + 1) * q);
  const carry = new Float64Array(q);
  f[0] = 1;
  let reach = 0;
  const tops = new Int32Array(n);
  positive.forEach((w, j) => {
    tops[j] = Math.min(q - 1, reach + w);
    reach += w;
  });
  // low[l]: below it, limb l is zero in every coefficient (a coefficient only grows, so low[l]
  // only falls; plane 0 starts at 0, the others at q until a carry reaches them)
  const low = new Int32Array(planes).fill(q);
  low[0] = 0;
  for (let first = 0; first < n; first += block) {
    const last = Math.min(n, first + block);
    // coefficients are below 2^first, so limbs above ⌈first / D⌉ are still zero
    const active = Math.max(1, Math.ceil(first / bits));
    for (let l = 0; l < active; l++) {
      const a = plane(l);
      const from = low[l] as number;
      for (let j = first; j < last; j++) {
        const w = positive[j] as number;
        // a[s - w] is zero below `from`, in this plane, until the next normalisation
        const bottom = from + w;
        for (let s = tops[j] as number; s >= bottom; s--) {
          a[s] = (a[s] as number) + (a[s - w] as number);
        }
      }
    }
    // normalise: every limb back below 2^D, carries into the limbs above
    const used = Math.min(planes, Math.max(1, Math.ceil(last / bits)) + 1);
    const high = (tops[last - 1] as number) + 1;
    carry.fill(0, 0, high);
    for (let l = 0; l < used; l++) {
      const a = plane(l);
      for (let s = 0; s < high; s++) {
        const v = (a[s] as number) + (carry[s] as number);
        const c = Math.floor(v * inverse);
        a[s] = v - c * base;
        carry[s] = c;
      }
    }
    for (let l = used - 1; l > 0; l--) {
      // the first coefficient with a non-zero limb l or above
      const a = plane(l);
      let s = 0;
      const stop = Math.min(low[l] as number, low[l + 1] ?? q);
      while (s < stop && a[s] === 0) s++;
      low[l] = s;
    }
  }
  const used = Math.max(1, Math.ceil(n / bits));
  for (let l = 0; l < used; l++) {
    const a = plane(l);
    // prefix sums: entry t becomes the limb-l part of the coalitions of weight at most t
    for (let t = 1; t < q; t++) a[t] = (a[t] as number) + (a[t - 1] as number);
  }
  const combine = (perPlane: (a: Float64Array) => number): bigint => {
    let x = 0n;
    for (let l = used - 1; l >= 0; l--) x = (x << BigInt(bits)) + BigInt(perPlane(plane(l)));
    return x;
  };
  const losing = combine((a) => a[q - 1] as number);
  const swings = new Map<number, bigint>();
  for (const w of positive) {
    if (swings.has(w)) continue;
    // dividing out (1 + x^w): an alternating sum of window sums of f (see windowSum in generating.ts)
    const start = Math.max(0, q - w);
    swings.set(
      w,
      combine((a) => {
        let sum = 0;
        let sign = 1;
        for (let shift = 0; q - 1 - shift >= 0; shift += w) {
          const low = start - 1 - shift >= 0 ? (a[start - 1 - shift] as number) : 0;
          sum += sign * ((a[q - 1 - shift] as number) - low);
          sign = -sign;
        }
        return sum;
      }),
    );
  }
  return { losing, swings };
};
