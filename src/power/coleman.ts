/**
 * Coleman's power indices (Coleman 1971): the power to prevent action, the power to initiate
 * action, and the power of the collectivity to act.
 *
 * With `W` the winning coalitions and `η_i` player `i`'s swings (coalitions it can turn from
 * winning to losing by leaving, or from losing to winning by joining):
 * - power to prevent action: `η_i / |W|`, the share of winning coalitions that `i` can block;
 * - power to initiate action: `η_i / (2^n - |W|)`, the share of losing coalitions that `i` can
 *   turn into winning ones;
 * - power of the collectivity to act: `|W| / 2^n`, how easily the body decides at all.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { InvalidInput, Unsupported } from "../core/errors.js";
import { type Rational, rational, toFraction, toNumber } from "../core/rational.js";
import { swingResult } from "./banzhaf.js";
import type { WeightedGame } from "./game.js";
import { type ExactOptions, type SwingCounts, swingCounts } from "./generating.js";
import { type PowerResult, share } from "./result.js";

/**
 * How often a player can stop the body from acting: its swings over the winning coalitions.
 *
 * @remarks
 * Coleman (1971), "power of a member to prevent action", `η_i / |W|`. Exact, by
 * {@link swingCounts}. The values do not add up to 1.
 *
 * @example The 1958 EEC Council of Ministers, France
 * ```ts
 * import { colemanPrevent } from "co-decide/power";
 *
 * colemanPrevent(eec); // exact => { FR: "5/7", ..., LU: "0" }
 * ```
 *
 * @category power indices
 */
export const colemanPrevent = (
  game: WeightedGame,
  options?: ExactOptions,
): E.Either<Unsupported | InvalidInput, PowerResult> =>
  E.map((counts: SwingCounts) =>
    swingResult(game, "coleman-prevent", counts, (c) => share(c, counts.winning)),
  )(swingCounts(game, options));

/**
 * How often a player can make the body act: its swings over the losing coalitions.
 *
 * @remarks
 * Coleman (1971), "power of a member to initiate action", `η_i / (2^n - |W|)`. Exact, by
 * {@link swingCounts}.
 *
 * @example The 1958 EEC Council of Ministers, France
 * ```ts
 * import { colemanInitiate } from "co-decide/power";
 *
 * colemanInitiate(eec); // exact => { FR: "1/5", ..., BE: "3/25", ..., LU: "0" }
 * ```
 *
 * @category power indices
 */
export const colemanInitiate = (
  game: WeightedGame,
  options?: ExactOptions,
): E.Either<Unsupported | InvalidInput, PowerResult> =>
  E.map((counts: SwingCounts) =>
    swingResult(game, "coleman-initiate", counts, (c) =>
      share(c, counts.coalitions - counts.winning),
    ),
  )(swingCounts(game, options));

/**
 * How easily the body can act at all: the share of all coalitions that win.
 *
 * @remarks
 * Coleman (1971), "power of a collectivity to act", `|W| / 2^n`. A high quota makes it small:
 * the body rarely decides anything. Exact.
 *
 * @example The 1958 EEC Council of Ministers
 * ```ts
 * import { colemanCollectivity } from "co-decide/power";
 *
 * colemanCollectivity(eec); // => right({ value: 0.21875, exact: "7/32" })
 * ```
 *
 * @category power indices
 */
export const colemanCollectivity = (
  game: WeightedGame,
  options?: ExactOptions,
): E.Either<Unsupported | InvalidInput, { readonly value: number; readonly exact: string }> =>
  E.map((counts: SwingCounts) => {
    const r: Rational = rational(counts.winning, counts.coalitions);
    return { value: toNumber(r), exact: toFraction(r) };
  })(swingCounts(game, options));
