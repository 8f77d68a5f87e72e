/**
 * The positional tally: for every place a candidate can hold on a ballot, how many voters put
 * them there. Every positional rule (plurality, Borda and its variants, Dowdall, any score
 * vector, anti-plurality) is a sum over it, so it is the mergeable summary of those methods.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import type { DecideError } from "../../core/errors.js";
import { type RankedProfile, UNRANKED } from "../profile.js";
import { addScaled, sameCandidates } from "./scaled.js";

/**
 * One place on a ballot: the tier starting at 0-based `position`, holding `size` candidates, on
 * a ballot that ranks `ranked` candidates in all. The candidates a ballot leaves unranked hold
 * the place `position = ranked`, `size = n - ranked` (below every ranked one), so a rule can
 * count them as tied last or leave them out.
 *
 * @category tallies
 */
export interface PositionalPlace {
  readonly position: number;
  readonly size: number;
  readonly ranked: number;
  /** `counts[c]`: the voters (in units of `1 / denominator`) who put candidate c in this place. */
  readonly counts: Float64Array;
}

/**
 * The positional tally of a ranked profile: its places, sorted by position, size and ranked.
 * Tiers are kept whole (a tie is one place of several candidates), so rules that split points
 * among tied candidates stay exact.
 *
 * @category tallies
 */
export interface PositionalTally {
  readonly kind: "positional";
  readonly candidates: readonly string[];
  readonly places: readonly PositionalPlace[];
  readonly denominator: number;
}

/**
 * Counts where every candidate stands on every ballot: O(B n) over the distinct ballots, with at
 * most one place per tier of each distinct ballot shape (n places for strict complete rankings).
 *
 * @example
 * ```ts
 * import { positionalTally, rankedProfile } from "co-decide/ballots";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const profile = rankedProfile(["a", "b", "c"], ["a>b>c", "b>a"]);
 * E.isRight(profile) && positionalTally(profile.right).places.map((p) => [p.position, p.size, p.ranked]);
 * // => [[0, 1, 2], [0, 1, 3], [1, 1, 2], [1, 1, 3], [2, 1, 2], [2, 1, 3]]
 * ```
 *
 * @category tallies
 */
export const positionalTally = (profile: RankedProfile): PositionalTally => {
  const n = profile.candidates.length;
  const byKey = new Map<number, Float64Array>();
  const size = new Int32Array(n + 1);
  const start = new Int32Array(n + 1);
  const { ranks } = profile;
  const keyOf = (position: number, tier: number, ranked: number): number =>
    (position * (n + 1) + tier) * (n + 1) + ranked;
  for (let b = 0; b < profile.ballotCount; b++) {
    const w = profile.counts[b] as number;
    if (w === 0) continue;
    const offset = b * n;
    size.fill(0);
    let ranked = 0;
    let tiers = 0;
    for (let c = 0; c < n; c++) {
      const r = ranks[offset + c] as number;
      if (r === UNRANKED) continue;
      ranked += 1;
      size[r] = (size[r] as number) + 1;
      if (r + 1 > tiers) tiers = r + 1;
    }
    let at = 0;
    for (let t = 0; t < tiers; t++) {
      start[t] = at;
      at += size[t] as number;
    }
    for (let c = 0; c < n; c++) {
      const r = ranks[offset + c] as number;
      const key =
        r === UNRANKED
          ? keyOf(ranked, n - ranked, ranked)
          : keyOf(start[r] as number, size[r] as number, ranked);
      let row = byKey.get(key);
      if (row === undefined) {
        row = new Float64Array(n);
        byKey.set(key, row);
      }
      row[c] = (row[c] as number) + w;
    }
  }
  const places = [...byKey.keys()]
    .sort((x, y) => x - y)
    .map((key) => {
      const ranked = key % (n + 1);
      const rest = Math.floor(key / (n + 1));
      return {
        position: Math.floor(rest / (n + 1)),
        size: rest % (n + 1),
        ranked,
        counts: byKey.get(key) as Float64Array,
      };
    });
  return {
    kind: "positional",
    candidates: profile.candidates,
    places,
    denominator: profile.countDenominator,
  };
};

/** The identity of {@link mergePositional}. @category tallies */
export const emptyPositional = (candidates: readonly string[]): PositionalTally => ({
  kind: "positional",
  candidates,
  places: [],
  denominator: 1,
});

const compareKeys = (a: PositionalPlace, b: PositionalPlace): number =>
  a.position - b.position || a.size - b.size || a.ranked - b.ranked;

/**
 * Adds two positional tallies over the same candidates, place by place.
 *
 * @category tallies
 */
export const mergePositional = (
  a: PositionalTally,
  b: PositionalTally,
): E.Either<DecideError, PositionalTally> =>
  pipe(
    sameCandidates(a.candidates, b.candidates),
    E.flatMap(() => {
      const n = a.candidates.length;
      const keys = [...a.places, ...b.places]
        .sort(compareKeys)
        .filter((p, i, all) => i === 0 || compareKeys(p, all[i - 1] as PositionalPlace) !== 0);
      // Pack every place's row into one vector so that one scaled add merges them all.
      const pack = (t: PositionalTally): Float64Array => {
        const out = new Float64Array(n * keys.length);
        let i = 0;
        for (const place of t.places) {
          while (compareKeys(keys[i] as PositionalPlace, place) !== 0) i++;
          out.set(place.counts, i * n);
        }
        return out;
      };
      return pipe(
        addScaled(pack(a), a.denominator, pack(b), b.denominator),
        E.map(({ values, denominator }) => ({
          kind: "positional" as const,
          candidates: a.candidates,
          places: keys.map((k, i) => ({
            position: k.position,
            size: k.size,
            ranked: k.ranked,
            counts: values.slice(i * n, (i + 1) * n),
          })),
          denominator,
        })),
      );
    }),
  );
