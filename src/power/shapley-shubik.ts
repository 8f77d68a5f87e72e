/**
 * The Shapley-Shubik index (Shapley and Shubik 1954).
 *
 * Line the players up in every possible order; as they join one by one, the pivot is the player
 * whose arrival first makes the coalition win. A player's index is the share of the `n!` orderings
 * in which it is pivotal. The values add up to 1.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { InvalidInput, Unsupported } from "../core/errors.js";
import type { WeightedGame } from "./game.js";
import { type ExactOptions, type PivotCounts, pivotCounts } from "./generating.js";
import { countRecord, exactFields, type PowerResult, share, zeroes } from "./result.js";

/**
 * Shares out power by how often each player is the one who completes a winning coalition.
 *
 * @remarks
 * Shapley and Shubik (1954): `φ_i = pivots_i / n!`. Exact, by a generating function in weight
 * and coalition size, `O(n² q)` exact modular additions per 29-bit digit ({@link pivotCounts},
 * whose work estimate traces the table's real support); games with several quotas by
 * meet-in-the-middle enumeration. `Unsupported` beyond the exact limits, or past `maxWork`.
 *
 * @example The 1958 EEC Council of Ministers (quota 12)
 * ```ts
 * import { shapleyShubik, weightedGame } from "co-decide/power";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const eec = weightedGame({ quota: 12, weights: { FR: 4, DE: 4, IT: 4, BE: 2, NL: 2, LU: 1 } });
 * E.flatMap(shapleyShubik)(eec);
 * // exact => { FR: "7/30", DE: "7/30", IT: "7/30", BE: "3/20", NL: "3/20", LU: "0" }
 * ```
 *
 * @category power indices
 */
export const shapleyShubik = (
  game: WeightedGame,
  options?: ExactOptions,
): E.Either<Unsupported | InvalidInput, PowerResult> =>
  E.map((counts: PivotCounts) => ({
    index: "shapley-shubik" as const,
    method: "exact" as const,
    players: game.players,
    ...exactFields(
      game.players,
      counts.pivots.map((p) => share(p, counts.orderings)),
    ),
    dummies: zeroes(game.players, counts.pivots),
    pivots: countRecord(game.players, counts.pivots),
    orderings: String(counts.orderings),
  }))(pivotCounts(game, options));
