/**
 * Every path through the ties of an elimination count, for tie-break policy `none`.
 *
 * Under `none` a tie the rules leave to the policy is not broken: the count follows each way of
 * resolving it, independently at each step (the "parallel universes" reading of Tideman's
 * Ranked Pairs), and the winners are every candidate who wins on some path. In an elimination
 * count (IRV, Coombs, Baldwin) what happens next depends only on who is still in the count, so
 * the search is memoised on the set of continuing candidates: each set is counted once, however
 * many paths lead to it. That keeps the work at most the number of distinct sets reached (never
 * more than 2^k for k candidates continuing at the first tie), far below the number of paths
 * (up to k!). Deciding whether a candidate wins on some path is NP-complete for such counts
 * (Mattei, Narodytska and Walsh 2014, for Baldwin's and Coombs' rules), so the search is bounded
 * by the work limit {@link TIE_STATES}.
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { UnrankedRule } from "../../ballots/profile.js";
import type { Unsupported } from "../../core/errors.js";
import { pure } from "../../core/internal/pure.js";
import { defineLimit, type WorkLimit, workLimitError } from "../../core/limits.js";
import type { TiePurpose } from "../../core/tie-break.js";

/**
 * The work limit on the search under `none`: how many distinct sets of continuing candidates
 * the count may visit after its first tie. The default (10,000) is past every set of 13
 * candidates; `options.maxTieStates` raises it to 1,000,000.
 *
 * @internal
 */
export const TIE_STATES: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "tie-break-none.states",
  unit: "states of the count (sets of continuing candidates) to explore after a tie",
  default: 10_000,
  ceiling: 1_000_000,
  option: "options.maxTieStates",
});

/**
 * The options of an elimination count that explores ties under `none` (IRV, Coombs, Baldwin).
 *
 * @internal
 */
export interface EliminationOptions {
  /** What a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: UnrankedRule | undefined;
  /**
   * Under tie-break `none`, the most states of the count (sets of continuing candidates) to
   * explore after a tie before refusing with `Unsupported` (default 10,000; at most 1,000,000).
   */
  readonly maxTieStates?: number | undefined;
}

/**
 * The schema of {@link EliminationOptions} (the range of `maxTieStates` is checked by
 * `resolveLimit`, with the limit's own message).
 *
 * @internal
 */
export const eliminationOptionsSchema: z.ZodMiniType<EliminationOptions> = /* @__PURE__ */ pure(
  () =>
    z.strictObject({
      unranked: z.optional(z.enum(["tied-last", "not-compared"])),
      maxTieStates: z.optional(z.number()),
    }),
);

/**
 * What one round of an elimination count decides, given who is still in the count.
 *
 * @internal
 */
export type RoundDecision =
  /** The count ends with these winners (one, or the last candidates standing). */
  | { readonly kind: "elect"; readonly winners: readonly number[] }
  /** The rules drop these candidates and the count goes on. */
  | { readonly kind: "drop"; readonly out: readonly number[] }
  /** The rules leave a choice among `tied` to the policy: one to elect or one to drop. */
  | { readonly kind: "tie"; readonly purpose: TiePurpose; readonly tied: readonly number[] };

/**
 * One branch of a tie: the candidate chosen (dropped or elected) and who wins on some path after.
 *
 * @internal
 */
export interface Branch {
  readonly chosen: number;
  readonly winners: readonly number[];
}

/**
 * Follows each way of resolving a tie met with `alive` continuing: for a tie to drop, every path
 * of the count after dropping each tied candidate; for a tie to elect, each tied candidate. Each
 * set of continuing candidates is decided once (`decideRound`), and each later tie is reported
 * once to `onTie` (in the order of a depth-first walk, choices in candidate order). A `Left`
 * when the walk would visit more than `allowed` sets.
 *
 * @internal
 */
export const followTie = (
  alive: readonly number[],
  purpose: TiePurpose,
  tied: readonly number[],
  decideRound: (alive: readonly number[]) => RoundDecision,
  allowed: number,
  onTie: (alive: readonly number[], purpose: TiePurpose, tied: readonly number[]) => void,
): E.Either<Unsupported, { readonly branches: readonly Branch[]; readonly winners: number[] }> => {
  const memo = new Map<string, readonly number[]>();
  let overflow = false;
  const walk = (set: readonly number[]): readonly number[] => {
    const key = set.join(",");
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (memo.size >= allowed) {
      overflow = true;
      return [];
    }
    const decision = decideRound(set);
    let result: readonly number[];
    switch (decision.kind) {
      case "elect":
        result = decision.winners;
        break;
      case "drop":
        result = walk(set.filter((c) => !decision.out.includes(c)));
        break;
      case "tie":
        onTie(set, decision.purpose, decision.tied);
        result = decision.purpose === "select" ? decision.tied : unite(decision.tied, set, walk);
        break;
    }
    const sorted = [...result].sort((a, b) => a - b);
    memo.set(key, sorted);
    return sorted;
  };
  const start = [...alive].sort((a, b) => a - b);
  const branches: Branch[] = [];
  for (const chosen of [...tied].sort((a, b) => a - b)) {
    if (overflow) break;
    branches.push({
      chosen,
      winners: purpose === "select" ? [chosen] : walk(start.filter((c) => c !== chosen)),
    });
  }
  if (overflow) return E.left(workLimitError(TIE_STATES, allowed + 1, allowed));
  const winners = [...new Set(branches.flatMap((b) => b.winners))].sort((a, b) => a - b);
  return E.right({ branches, winners });
};

/** The winners after dropping each tied candidate in turn. */
const unite = (
  tied: readonly number[],
  set: readonly number[],
  walk: (set: readonly number[]) => readonly number[],
): number[] => {
  const found = new Set<number>();
  for (const t of tied) for (const w of walk(set.filter((c) => c !== t))) found.add(w);
  return [...found];
};

/**
 * The result of a search run without a bound (`allowed` infinite), which cannot stop early: an
 * invariant, so a `Left` here is a bug (and `decide` reports it as an internal error).
 *
 * @internal
 */
export const unbounded = <T>(result: E.Either<Unsupported, T>): T => {
  if (E.isRight(result)) return result.right;
  throw new Error(`an unbounded tie search stopped early (${result.left.message})`);
};
