/**
 * The Banks set (Banks 1985, "Sophisticated voting outcomes and agenda control", Social Choice
 * and Welfare 1): the tops of the maximal transitive chains of the majority relation.
 *
 * A chain is a set of candidates that the head-to-head majorities order linearly (each beats every
 * one below it). A candidate `a` is in the Banks set when some chain topped by `a` cannot be
 * extended: no outside candidate beats every member of it (a chain extended anywhere else keeps
 * its top, and only an outsider beating the whole chain could sit above it). A pairwise tie is
 * neither a win nor a loss, so tied candidates never share a chain; for tournaments (no ties) this
 * is Banks's set exactly. It lies within the uncovered set (a candidate covering `a` would beat
 * the whole chain), it is never empty, and it is the Condorcet winner alone when there is one.
 * Computing it is NP-hard in general (Woeginger 2003), so the search over chains (at most 2^n of
 * them) is bounded by the work limit `banks-set.candidates` (default 20, `options.maxCandidates`
 * up to 22): past it, `Unsupported` "work_limit", before any work.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { PairwiseTally } from "../../ballots/tally/pairwise.js";
import type { InvalidInput, Unsupported } from "../../core/errors.js";
import { checkWork, defineLimit, resolveLimit, type WorkLimit } from "../../core/limits.js";
import { beats } from "./shared.js";

/** The work limit of {@link banksSet}: candidates (it searches up to 2^n chains). @category methods */
export const BANKS_SET_CANDIDATES: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "banks-set.candidates",
  unit: "candidates",
  default: 20,
  ceiling: 22,
  option: "options.maxCandidates",
});

/** Options of {@link banksSet}. @category methods */
export interface BanksSetOptions {
  /** The most candidates to accept (default 20, at most 22; the work grows as 2^n). */
  readonly maxCandidates?: number | undefined;
}

/**
 * The candidates at the top of a maximal transitive chain of head-to-head majorities.
 *
 * @remarks
 * Banks (1985); see Laslier (1997), Tournament Solutions and Majority Voting, ch. 7. A subset of
 * the uncovered set; the Condorcet winner alone when there is one. O(2ⁿ n) at worst. Names in
 * candidate order.
 *
 * @param tally - the pairwise tally.
 * @param options - `maxCandidates` raises the work limit.
 * @returns the names, or `Unsupported` past the work limit (`InvalidInput` for a bad limit).
 * @example A cycle a > b > c > a with d beaten by all: each of a, b, c tops a chain of three
 * ```ts
 * import { pairwiseTally, rankedProfile } from "co-decide/ballots";
 * import { banksSet } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["a", "b", "c", "d"], ["a>b>c>d", "b>c>a>d", "c>a>b>d"]);
 * E.isRight(p) && banksSet(pairwiseTally(p.right)); // => right: ["a", "b", "c"]
 * ```
 *
 * @category methods
 */
export const banksSet = (
  tally: PairwiseTally,
  options: BanksSetOptions = {},
): E.Either<Unsupported | InvalidInput, string[]> => {
  const allowed = resolveLimit(BANKS_SET_CANDIDATES, options.maxCandidates);
  if (E.isLeft(allowed)) return allowed;
  const n = tally.candidates.length;
  const checked = checkWork(BANKS_SET_CANDIDATES, n, allowed.right);
  if (E.isLeft(checked)) return checked;
  // below[x]: the candidates x beats, as a bit mask.
  const below = Array.from({ length: n }, (_, x) => {
    let mask = 0;
    for (let y = 0; y < n; y++) if (y !== x && beats(tally, x, y)) mask |= 1 << y;
    return mask;
  });
  const everyone = n === 0 ? 0 : 2 ** n - 1;
  // A chain is extended downwards by a candidate every member beats (`open`: those candidates);
  // it is maximal when no outsider beats all its members (`beaten`: who every member beats).
  const maximalFrom = (chain: number, open: number): boolean => {
    let dominated = false;
    for (let x = 0; x < n && !dominated; x++)
      if (!((chain >> x) & 1) && ((below[x] as number) & chain) === chain) dominated = true;
    if (!dominated) return true;
    for (let y = 0; y < n; y++)
      if ((open >> y) & 1 && maximalFrom(chain | (1 << y), open & (below[y] as number)))
        return true;
    return false;
  };
  const out: string[] = [];
  for (let a = 0; a < n; a++)
    if (maximalFrom(1 << a, (below[a] as number) & everyone))
      out.push(tally.candidates[a] as string);
  return E.right(out);
};
