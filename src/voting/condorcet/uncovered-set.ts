/**
 * The uncovered set (Fishburn 1977; Miller 1980), a tournament solution finer than the Smith
 * set: the candidates that no other candidate covers.
 *
 * Covering, in Miller's form: `x` covers `y` when `x` beats `y` head to head and `x` also beats
 * every candidate that `y` beats. With pairwise ties the literature has several variants (Duggan
 * 2013, "Uncovered sets", Social Choice and Welfare, surveys them); here a tie is neither a win nor
 * a loss. Covering is then a strict partial order, so the uncovered set is never empty; every
 * Smith set member covers every outsider, so it lies inside the Smith set; and it is the
 * Condorcet winner alone when there is one. O(n³) on the tally.
 *
 * @module
 */
import type { PairwiseTally } from "../../ballots/tally/pairwise.js";
import { beats } from "./shared.js";

/**
 * The candidates no other candidate covers (x covers y when x beats y and beats everyone y
 * beats).
 *
 * @remarks
 * Miller (1980), "A new solution set for tournaments and majority voting", American Journal of
 * Political Science 24; Fishburn (1977). A subset of the Smith set (every member beats or ties
 * every outsider along a path). O(n³). Names in candidate order.
 *
 * @example A cycle a > b > c > a with d beaten by all: d is covered by every other candidate
 * ```ts
 * import { pairwiseTally, rankedProfile } from "co-decide/ballots";
 * import { uncoveredSet } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["a", "b", "c", "d"], ["a>b>c>d", "b>c>a>d", "c>a>b>d"]);
 * E.isRight(p) && uncoveredSet(pairwiseTally(p.right)); // => ["a", "b", "c"]
 * ```
 *
 * @category methods
 */
export const uncoveredSet = (tally: PairwiseTally): string[] => {
  const n = tally.candidates.length;
  const covers = (x: number, y: number): boolean => {
    if (!beats(tally, x, y)) return false;
    for (let z = 0; z < n; z++)
      if (z !== x && z !== y && beats(tally, y, z) && !beats(tally, x, z)) return false;
    return true;
  };
  const out: string[] = [];
  for (let y = 0; y < n; y++) {
    let covered = false;
    for (let x = 0; x < n && !covered; x++) if (x !== y && covers(x, y)) covered = true;
    if (!covered) out.push(tally.candidates[y] as string);
  }
  return out;
};
