/**
 * The Holler public good index (Holler 1982; Holler and Packel 1983).
 *
 * Power is a public good of the minimal winning coalition that wins: every member gets all of it.
 * Player `i`'s index is the number of minimal winning coalitions it belongs to, divided by the sum of
 * those numbers over all players: `h_i = |M_i| / Σ_j |M_j|`. The values add up to 1.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type InvalidInput, invalidInputAt, type Unsupported } from "../core/errors.js";
import type { EnumerationOptions } from "./deegan-packel.js";
import { checkGame, type WeightedGame } from "./game.js";
import { enumerateCoalitions } from "./minimal-winning.js";
import { countRecord, exactFields, type PowerResult, share, zeroes } from "./result.js";

/**
 * Shares out power by how many minimal winning coalitions each player belongs to.
 *
 * @remarks
 * Holler (1982), the public good index, normalised to add up to 1. Exact rationals. Minimal winning
 * coalitions are enumerated ({@link minimalWinningCoalitions}); `Unsupported` (reason `work_limit`, {@link NODES_LIMIT}) beyond `maxNodes`, refused at once when the
 * minimal winning coalitions alone are more.
 * Unlike Banzhaf and Shapley-Shubik it is not monotone in weight (Holler 1982 discusses why).
 *
 * @example The textbook game [6; 4, 3, 2, 1]
 * ```ts
 * import { publicGood } from "co-decide/power";
 *
 * publicGood(game); // exact => { a: "2/7", b: "2/7", c: "2/7", d: "1/7" }
 * ```
 *
 * @category power indices
 */
export const publicGood = (
  game: WeightedGame,
  options?: EnumerationOptions,
): E.Either<Unsupported | InvalidInput, PowerResult> => {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    return E.left(invalidInputAt("options", "invalid_type", "expected an object of options"));
  }
  const valid = checkGame(game);
  if (E.isLeft(valid)) return valid as E.Left<InvalidInput>;
  const memberships = new Array<bigint>(game.players.length).fill(0n);
  let total = 0n;
  const outcome = enumerateCoalitions(
    game,
    "minimal",
    (options as { maxNodes?: unknown } | undefined)?.maxNodes,
    (members) => {
      total += 1n;
      for (const i of members) memberships[i] = (memberships[i] as bigint) + 1n;
    },
  );
  if (E.isLeft(outcome)) return outcome;
  const sum = memberships.reduce((a, b) => a + b, 0n);
  return E.right({
    index: "public-good",
    method: "exact",
    players: game.players,
    ...exactFields(
      game.players,
      memberships.map((m) => share(m, sum)),
    ),
    dummies: zeroes(game.players, memberships),
    minimalWinning: countRecord(game.players, memberships),
    minimalWinningCoalitions: String(total),
  });
};
