/**
 * First-preference counts: how many voters put each candidate first.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import type { DecideError } from "../../core/errors.js";
import * as rationals from "../../core/rational.js";
import { type Rational, rational } from "../../core/rational.js";
import type { RankedProfile } from "../profile.js";
import { addScaled, sameCandidates } from "./scaled.js";

/**
 * First preferences of a ranked profile, exactly. A ballot whose first tier holds one candidate
 * counts for it in `sole`; a ballot whose first tier ties `k` candidates gives each of them `1/k`
 * of its count, kept in `shared[k]` (whole counts per tier size, so nothing is rounded); a ballot
 * that ranks nobody counts in `blank`. All values are in units of `1 / denominator`.
 *
 * @category tallies
 */
export interface FirstPreferenceTally {
  readonly candidates: readonly string[];
  readonly sole: Float64Array;
  /** `shared[k]`, for tier sizes k ≥ 2 that occur: per candidate, the count of ballots tying it first with k-1 others. */
  readonly shared: Readonly<Record<number, Float64Array>>;
  readonly blank: number;
  readonly denominator: number;
}

/**
 * Counts first preferences in one pass over the distinct ballots.
 *
 * @example
 * ```ts
 * import { firstPreferences, firstPreferenceScores, rankedProfile } from "co-decide/ballots";
 * import { rationals } from "co-decide/core";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const profile = rankedProfile(["a", "b"], ["a>b", "a=b", "b"]);
 * if (E.isRight(profile)) {
 *   firstPreferenceScores(firstPreferences(profile.right)).map(rationals.toFraction); // => ["3/2", "3/2"]
 * }
 * ```
 *
 * @category tallies
 */
export const firstPreferences = (profile: RankedProfile): FirstPreferenceTally => {
  const n = profile.candidates.length;
  const sole = new Float64Array(n);
  const shared: Record<number, Float64Array> = {};
  let blank = 0;
  // Locals, not property reads, in the loop: it is the whole cost of plurality.
  const { ranks, counts, ballotCount } = profile;
  for (let b = 0, offset = 0; b < ballotCount; b++, offset += n) {
    const w = counts[b] as number;
    // The first candidate in tier 0, then whether any other shares it.
    let top = offset;
    const end = offset + n;
    while (top < end && ranks[top] !== 0) top += 1;
    if (top === end) {
      blank += w;
      continue;
    }
    let k = 1;
    for (let c = top + 1; c < end; c++) if (ranks[c] === 0) k += 1;
    if (k === 1) sole[top - offset] = (sole[top - offset] as number) + w;
    else {
      const into = shared[k] ?? new Float64Array(n);
      shared[k] = into;
      for (let c = 0; c < n; c++) if (ranks[offset + c] === 0) into[c] = (into[c] as number) + w;
    }
  }
  return {
    candidates: profile.candidates,
    sole,
    shared,
    blank,
    denominator: profile.countDenominator,
  };
};

/**
 * Each candidate's exact first-preference score: `(sole + Σ shared[k] / k) / denominator`.
 *
 * @category tallies
 */
export const firstPreferenceScores = (tally: FirstPreferenceTally): Rational[] =>
  Array.from(tally.sole, (sole, c) => {
    let score = rational(BigInt(sole));
    for (const [k, values] of Object.entries(tally.shared)) {
      score = rationals.add(score, rational(BigInt(values[c] ?? 0), BigInt(k)));
    }
    return rationals.div(score, rational(BigInt(tally.denominator)));
  });

/** The identity of {@link mergeFirstPreferences}. @category tallies */
export const emptyFirstPreferences = (candidates: readonly string[]): FirstPreferenceTally => ({
  candidates,
  sole: new Float64Array(candidates.length),
  shared: {},
  blank: 0,
  denominator: 1,
});

/**
 * Adds two first-preference tallies over the same candidates.
 *
 * @category tallies
 */
export const mergeFirstPreferences = (
  a: FirstPreferenceTally,
  b: FirstPreferenceTally,
): E.Either<DecideError, FirstPreferenceTally> =>
  pipe(
    sameCandidates(a.candidates, b.candidates),
    E.flatMap(() => {
      const n = a.candidates.length;
      // Pack sole, blank and every shared row into one vector so one scaled add merges them all.
      const sizes = [
        ...new Set([...Object.keys(a.shared), ...Object.keys(b.shared)].map(Number)),
      ].sort((x, y) => x - y);
      const pack = (t: FirstPreferenceTally): Float64Array => {
        const out = new Float64Array(n * (sizes.length + 1) + 1);
        out.set(t.sole, 0);
        sizes.forEach((k, s) => {
          const row = t.shared[k];
          if (row !== undefined) out.set(row, n * (s + 1));
        });
        out[out.length - 1] = t.blank;
        return out;
      };
      return pipe(
        addScaled(pack(a), a.denominator, pack(b), b.denominator),
        E.map(({ values, denominator }) => ({
          candidates: a.candidates,
          sole: values.slice(0, n),
          shared: Object.fromEntries(
            sizes.map((k, s) => [k, values.slice(n * (s + 1), n * (s + 2))]),
          ),
          blank: values[values.length - 1] as number,
          denominator,
        })),
      );
    }),
  );
