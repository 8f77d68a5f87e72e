/**
 * The Deegan-Packel index (Deegan and Packel 1978).
 *
 * Only minimal winning coalitions form, each equally likely, and a coalition's members share its
 * power equally: `DP_i = (1/|M|) Σ_{S ∈ M, i ∈ S} 1/|S|`, where `M` is the set of minimal winning
 * coalitions. The values add up to 1.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type InvalidInput, invalidInputAt, type Unsupported } from "../core/errors.js";
import { add, type Rational, rational, ZERO } from "../core/rational.js";
import { checkGame, type WeightedGame } from "./game.js";
import { enumerateCoalitions } from "./minimal-winning.js";
import { countRecord, exactFields, type PowerResult, zeroes } from "./result.js";

/**
 * Options of the indices built on minimal winning coalitions.
 *
 * @category power indices
 */
export interface EnumerationOptions {
  /** The most coalitions the search may visit: {@link NODES_LIMIT} (default 1,000,000, at most 100,000,000). */
  readonly maxNodes?: number;
}

/**
 * Shares out power equally within each minimal winning coalition, all such coalitions equally likely.
 *
 * @remarks
 * Deegan and Packel (1978). Exact rationals. The minimal winning coalitions are enumerated
 * (see {@link minimalWinningCoalitions}); `Unsupported` (reason `work_limit`, {@link NODES_LIMIT}) when there are
 * too many to visit within `maxNodes`.
 *
 * @example The textbook game [6; 4, 3, 2, 1]
 * ```ts
 * import { deeganPackel } from "co-decide/power";
 *
 * deeganPackel(game); // exact => { a: "1/3", b: "5/18", c: "5/18", d: "1/9" }
 * ```
 *
 * @category power indices
 */
export const deeganPackel = (
  game: WeightedGame,
  options?: EnumerationOptions,
): E.Either<Unsupported | InvalidInput, PowerResult> => {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    return E.left(invalidInputAt("options", "invalid_type", "expected an object of options"));
  }
  const valid = checkGame(game);
  if (E.isLeft(valid)) return valid as E.Left<InvalidInput>;
  const n = game.players.length;
  // bySize[i][k]: minimal winning coalitions of size k containing player i
  const bySize = Array.from({ length: n }, () => new Array<bigint>(n + 1).fill(0n));
  let total = 0n;
  const outcome = enumerateCoalitions(
    game,
    "minimal",
    (options as { maxNodes?: unknown } | undefined)?.maxNodes,
    (members) => {
      total += 1n;
      for (const i of members) {
        const row = bySize[i] as bigint[];
        row[members.length] = (row[members.length] as bigint) + 1n;
      }
    },
  );
  if (E.isLeft(outcome)) return outcome;
  const memberships = bySize.map((row) => row.reduce((a, b) => a + b, 0n));
  const values = bySize.map((row) => {
    let sum: Rational = ZERO;
    row.forEach((count, k) => {
      if (count !== 0n) sum = add(sum, rational(count, BigInt(k) * total));
    });
    return sum;
  });
  return E.right({
    index: "deegan-packel",
    method: "exact",
    players: game.players,
    ...exactFields(game.players, values),
    dummies: zeroes(game.players, memberships),
    minimalWinning: countRecord(game.players, memberships),
    minimalWinningCoalitions: String(total),
  });
};
