/**
 * Exact Borda scores under each point scheme, shared by the Borda count (`voting/borda.ts`) and
 * the bloc Borda committee rule (`committees/multi-seat/block-borda.ts`). The schemes are
 * documented in `voting/borda.ts`.
 *
 * @internal
 * @module
 */
import type { RankedProfile } from "../ballots/profile.js";
import { UNRANKED } from "../ballots/profile.js";
import { type Rational, rational } from "../core/rational.js";

/** A Borda point scheme (see `voting/borda.ts`). @internal */
export type BordaPointScheme = "standard" | "tournament" | "modified";

/**
 * Each candidate's exact Borda score (shared with the bench). Points are doubled so that averaged ties stay whole; the
 * doubled sums are whole multiples of the count unit, exact in a double below 2^53, else in bigint.
 *
 * @internal
 */
export const bordaScores = (
  profile: RankedProfile,
  points: BordaPointScheme,
  unranked: "tied-last" | "not-compared",
): Rational[] => {
  const n = profile.candidates.length;
  let total = 0;
  for (let b = 0; b < profile.ballotCount; b++) total += profile.counts[b] as number;
  const safe = total * 2 * Math.max(1, n) < Number.MAX_SAFE_INTEGER;
  const doubled = safe ? new Float64Array(n) : undefined;
  const big = safe ? undefined : Array.from({ length: n }, () => 0n);
  const size = new Int32Array(n + 1);
  const start = new Int32Array(n + 1);
  const { ranks } = profile;
  const shareLast = unranked === "tied-last" && points !== "modified";
  const strictBase = points === "modified" ? 2 * n : 2 * n - 2;
  for (let b = 0; b < profile.ballotCount; b++) {
    const w = profile.counts[b] as number;
    if (w === 0) continue;
    const offset = b * n;
    let ranked = 0;
    let tiers = 0;
    for (let c = 0; c < n; c++) {
      const r = ranks[offset + c] as number;
      if (r === UNRANKED) continue;
      ranked += 1;
      if (r + 1 > tiers) tiers = r + 1;
    }
    if (tiers === n) {
      // A complete strict ranking: position r earns (n-1-r) points, doubled (every scheme agrees
      // up to the constant of the modified scheme).
      if (doubled !== undefined)
        for (let c = 0; c < n; c++)
          doubled[c] =
            (doubled[c] as number) + (strictBase - 2 * (ranks[offset + c] as number)) * w;
      else if (big !== undefined)
        for (let c = 0; c < n; c++)
          big[c] =
            (big[c] as bigint) + BigInt(strictBase - 2 * (ranks[offset + c] as number)) * BigInt(w);
      continue;
    }
    size.fill(0);
    for (let c = 0; c < n; c++) {
      const r = ranks[offset + c] as number;
      if (r !== UNRANKED) size[r] = (size[r] as number) + 1;
    }
    let at = 0;
    for (let t = 0; t < tiers; t++) {
      start[t] = at;
      at += size[t] as number;
    }
    for (let c = 0; c < n; c++) {
      const r = ranks[offset + c] as number;
      let p: number;
      let k: number;
      if (r === UNRANKED) {
        if (!shareLast) continue;
        p = ranked;
        k = n - ranked;
      } else {
        p = start[r] as number;
        k = size[r] as number;
      }
      // Doubled average of the points of positions p..p+k-1.
      const pts =
        points === "modified"
          ? 2 * ranked - 2 * p - k + 1
          : points === "tournament" && unranked === "not-compared"
            ? 2 * ranked - 2 * p - k - 1
            : 2 * n - 2 * p - k - 1;
      if (pts === 0) continue;
      if (doubled !== undefined) doubled[c] = (doubled[c] as number) + pts * w;
      else if (big !== undefined) big[c] = (big[c] as bigint) + BigInt(pts) * BigInt(w);
    }
  }
  const den = BigInt(2 * profile.countDenominator);
  return Array.from({ length: n }, (_, c) =>
    rational(doubled !== undefined ? BigInt(doubled[c] as number) : (big?.[c] ?? 0n), den),
  );
};
