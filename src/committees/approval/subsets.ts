/**
 * Voters reached by subsets of a small committee, for the Phragmén-type and maximin-support
 * rules: `reach(S)` is the (scaled) number of voters who approve at least one member of S, for
 * every subset S of the committee at once, by a subset-sum (zeta) transform in O(k 2^k).
 *
 * @internal
 * @module
 */
import type { Electorate } from "./shared.js";

/** The most committee members the subset tables handle (2^20 entries). @internal */
export const MAX_SUBSET_SEATS = 20;

/**
 * `reach[S]` for every bitmask S over `committee` (bit i is `committee[i]`), counting only the
 * rows for which `keep(r)` holds.
 *
 * @internal
 */
export const reachTable = (
  electorate: Electorate,
  committee: readonly number[],
  keep: (r: number) => boolean = () => true,
): Float64Array => {
  const k = committee.length;
  const size = 1 << k;
  const bit = new Map(committee.map((c, i) => [c, 1 << i] as const));
  // within[T]: voters whose approved members all lie in T.
  const within = new Float64Array(size);
  let total = 0;
  for (let r = 0; r < electorate.rows; r++) {
    if (!keep(r)) continue;
    let mask = 0;
    for (const c of electorate.approved[r] as Int32Array) mask |= bit.get(c) ?? 0;
    const w = electorate.weight[r] as number;
    within[mask] = (within[mask] as number) + w;
    total += w;
  }
  for (let i = 0; i < k; i++)
    for (let t = 0; t < size; t++)
      if (t & (1 << i)) within[t] = (within[t] as number) + (within[t ^ (1 << i)] as number);
  const reach = new Float64Array(size);
  for (let s = 0; s < size; s++) reach[s] = total - (within[(size - 1) ^ s] as number);
  return reach;
};

/** The number of members in a bitmask. @internal */
export const popcount = (x: number): number => {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
};
