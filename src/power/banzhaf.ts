/**
 * The Banzhaf index (normalised) and the Penrose measure (absolute Banzhaf).
 *
 * A player swings in a coalition when the coalition wins with it and loses without it. Penrose
 * (1946) and Banzhaf (1965) measure power by swings: the Penrose measure (Felsenthal and Machover's
 * "Banzhaf measure", β') is the probability `η_i / 2^{n-1}` that a player swings when every other
 * player votes yes or no with even odds; the normalised Banzhaf index divides each player's swings by
 * the total, `η_i / Σ_j η_j`, so the values add up to 1.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { InvalidInput, Unsupported } from "../core/errors.js";
import type { Rational } from "../core/rational.js";
import type { WeightedGame } from "./game.js";
import { type ExactOptions, type SwingCounts, swingCounts } from "./generating.js";
import {
  collectivity,
  countRecord,
  exactFields,
  type PowerResult,
  share,
  zeroes,
} from "./result.js";

/**
 * Shares out power by swings: each player's swings divided by all players' swings.
 *
 * @remarks
 * Banzhaf (1965), normalised so the values add up to 1 (Felsenthal and Machover 1998, the
 * "Banzhaf index" β). Exact: swings are counted without rounding by generating functions
 * ({@link swingCounts}); `exact` holds `p/q` fractions. `Unsupported` when the game is beyond the
 * exact limits. If no player has a swing (impossible in a valid game), every value is 0.
 *
 * @example The textbook game [6; 4, 3, 2, 1]
 * ```ts
 * import { banzhaf, weightedGame } from "co-decide/power";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const game = weightedGame({ quota: 6, weights: { a: 4, b: 3, c: 2, d: 1 } });
 * E.flatMap(banzhaf)(game); // exact => { a: "5/12", b: "1/4", c: "1/4", d: "1/12" }
 * ```
 *
 * @category power indices
 */
export const banzhaf = (
  game: WeightedGame,
  options?: ExactOptions,
): E.Either<Unsupported | InvalidInput, PowerResult> =>
  E.map((counts: SwingCounts) => {
    const total = counts.swings.reduce((a, b) => a + b, 0n);
    return swingResult(game, "banzhaf", counts, (c) => share(c, total));
  })(swingCounts(game, options));

/**
 * The probability that a player's vote decides the outcome when all others vote at random.
 *
 * @remarks
 * Penrose (1946) and Banzhaf (1965), the absolute Banzhaf measure `η_i / 2^{n-1}` (Felsenthal and
 * Machover 1998, β'). The values do not add up to 1. Exact, by {@link swingCounts}.
 *
 * @example
 * ```ts
 * import { penrose } from "co-decide/power";
 *
 * penrose(game); // exact for [6; 4, 3, 2, 1] => { a: "5/8", b: "3/8", c: "3/8", d: "1/8" }
 * ```
 *
 * @category power indices
 */
export const penrose = (
  game: WeightedGame,
  options?: ExactOptions,
): E.Either<Unsupported | InvalidInput, PowerResult> =>
  E.map((counts: SwingCounts) =>
    swingResult(game, "penrose", counts, (c) => share(c, counts.coalitions / 2n)),
  )(swingCounts(game, options));

/** Builds a result from swing counts and the per-player value rule. @internal */
export const swingResult = (
  game: WeightedGame,
  index: PowerResult["index"],
  counts: SwingCounts,
  value: (swings: bigint) => Rational,
): PowerResult => ({
  index,
  method: "exact",
  players: game.players,
  ...exactFields(game.players, counts.swings.map(value)),
  dummies: zeroes(game.players, counts.swings),
  swings: countRecord(game.players, counts.swings),
  winningCoalitions: String(counts.winning),
  coalitions: String(counts.coalitions),
  collectivityPowerToAct: collectivity(counts.winning, counts.coalitions),
});
