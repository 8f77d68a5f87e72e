/**
 * The Johnston index (Johnston 1978).
 *
 * In each winning coalition that some member can break by leaving (a vulnerable coalition), the
 * critical members share one unit of power equally. A player's raw Johnston score is the sum of its
 * shares, `J_i = Σ_{S vulnerable, i critical in S} 1 / c(S)`, where `c(S)` is the number of
 * critical members of `S`. The index reported is normalised, `J_i / Σ_j J_j`, so that it adds up
 * to 1 (the usual form of the Johnston index); the raw scores are in `johnstonScores`.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type InvalidInput, invalidInputAt, type Unsupported } from "../core/errors.js";
import { recordOf } from "../core/internal/record.js";
import {
  add,
  div,
  isZero,
  type Rational,
  rational,
  sum,
  toFraction,
  ZERO,
} from "../core/rational.js";
import type { EnumerationOptions } from "./deegan-packel.js";
import { checkGame, type WeightedGame } from "./game.js";
import { enumerateCoalitions } from "./minimal-winning.js";
import { exactFields, type PowerResult } from "./result.js";

/**
 * Shares out power in each vulnerable winning coalition equally among its critical members.
 *
 * @remarks
 * Johnston (1978), normalised so the values add up to 1; the raw scores are in `johnstonScores`.
 * Exact rationals. Every vulnerable winning coalition is enumerated, which takes exponential time:
 * `Unsupported` (reason `work_limit`, {@link NODES_LIMIT}) beyond `maxNodes` visited coalitions.
 *
 * @example The textbook game [6; 4, 3, 2, 1]
 * ```ts
 * import { johnston } from "co-decide/power";
 *
 * johnston(game); // exact => { a: "1/2", b: "2/9", c: "2/9", d: "1/18" }
 * ```
 *
 * @category power indices
 */
export const johnston = (
  game: WeightedGame,
  options?: EnumerationOptions,
): E.Either<Unsupported | InvalidInput, PowerResult> => {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    return E.left(invalidInputAt("options", "invalid_type", "expected an object of options"));
  }
  const valid = checkGame(game);
  if (E.isLeft(valid)) return valid as E.Left<InvalidInput>;
  const n = game.players.length;
  // byCritical[i][c]: vulnerable coalitions in which i is one of c critical members
  const byCritical = Array.from({ length: n }, () => new Array<bigint>(n + 1).fill(0n));
  const outcome = enumerateCoalitions(
    game,
    "vulnerable",
    (options as { maxNodes?: unknown } | undefined)?.maxNodes,
    (_, critical) => {
      for (const i of critical) {
        const row = byCritical[i] as bigint[];
        row[critical.length] = (row[critical.length] as bigint) + 1n;
      }
    },
  );
  if (E.isLeft(outcome)) return outcome;
  const raw = byCritical.map((row) => {
    let score: Rational = ZERO;
    row.forEach((count, c) => {
      if (count !== 0n) score = add(score, rational(count, BigInt(c)));
    });
    return score;
  });
  const total = sum(raw);
  const values = raw.map((r) => (isZero(total) ? ZERO : div(r, total)));
  return E.right({
    index: "johnston",
    method: "exact",
    players: game.players,
    ...exactFields(game.players, values),
    dummies: game.players.filter((_, i) => isZero(raw[i] as Rational)),
    johnstonScores: recordOf(game.players, raw.map(toFraction)),
  });
};
