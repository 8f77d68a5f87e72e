/**
 * Weighted voting games: one quota (`[q; w1, ..., wn]`) or several quotas that must all be met
 * (a double majority such as 55% of members and 65% of population).
 *
 * A coalition wins when, in every dimension `d`, the sum of its members' weights reaches the
 * quota `q_d`. Weights may be whole numbers or rationals (given as numbers such as `2.5` or as
 * `"p/q"` strings). Inside, each dimension is scaled exactly to whole numbers: weights are
 * multiplied by the least common multiple of their denominators and divided by their greatest
 * common divisor, and the quota becomes the smallest whole number at least as large as the scaled
 * quota. A sum of whole weights reaches a rational quota exactly when it reaches that whole
 * number, so the game (who wins) is unchanged.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import { type DecideError, type InputIssue, invalidInput } from "../core/errors.js";
import { pure } from "../core/internal/pure.js";
import { ownKeys } from "../core/internal/record.js";
import { parseRational, type Rational } from "../core/rational.js";
import { formatPath, validate } from "../core/validation.js";

/**
 * A validated weighted voting game, with every dimension scaled to whole numbers.
 *
 * @category games
 */
export interface WeightedGame {
  /** The players, in the order given. */
  readonly players: readonly string[];
  /** One whole-number quota per dimension, each in `1..total` of that dimension. */
  readonly quotas: readonly number[];
  /** `weights[d][i]`: the whole-number weight of player `i` in dimension `d`. */
  readonly weights: readonly (readonly number[])[];
  /** The total weight of each dimension. */
  readonly totals: readonly number[];
}

/** A weight or quota as given: a finite number or a `"p/q"` / decimal string. @category games */
export type WeightValue = number | string;

/**
 * The wire form of a game: `{ quota, weights: { name: w } }` for one quota, or
 * `{ quotas: [q1, q2], weights: { name: [w1, w2] } }` for several.
 *
 * @category games
 */
export type WeightedGameSpec =
  | { readonly quota: WeightValue; readonly weights: Readonly<Record<string, WeightValue>> }
  | {
      readonly quotas: readonly WeightValue[];
      readonly weights: Readonly<Record<string, readonly WeightValue[]>>;
    };

/**
 * The most quotas (dimensions) a game may have. Real games have two or three (a double or triple
 * majority); the bound lets a quota list or weight vector be checked, holes included, before any
 * entry is read (a sparse array of length 2^32 - 1 made the check hang).
 *
 * @category games
 */
export const MAX_QUOTAS: number = 64;

/** The largest scaled total weight accepted in one dimension (keeps sums exact in doubles). @category games */
export const MAX_SCALED_TOTAL: number = 2 ** 50;

const weightValue = /* @__PURE__ */ pure(() => z.union([z.number(), z.string()]));

const SingleSchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    quota: weightValue,
    weights: z.record(z.string(), weightValue),
  }),
);

const MultiSchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    quotas: z.array(weightValue).check(z.minLength(1)),
    weights: z.record(z.string(), z.array(weightValue)),
  }),
);

type SingleShape = z.infer<typeof SingleSchema>;
type MultiShape = z.infer<typeof MultiSchema>;

/**
 * Checks a game description and scales it to whole numbers.
 *
 * @remarks
 * Checks: at least one player; every weight a finite non-negative number or a `"p/q"` / decimal
 * string; in a game with `quotas`, every player has one weight per quota; every quota greater than
 * 0 and at most the total weight of its dimension (a simple game needs the empty coalition to lose
 * and the whole assembly to win; Felsenthal and Machover 1998); at most {@link MAX_QUOTAS} quotas,
 * and no holes in the lists (a hole of a sparse array is an error at its index, code `hole`;
 * lengths are checked before any entry is read). Every problem found is listed in one
 * `InvalidInput`, with paths such as `weights["Luxembourg"]` or `quotas[1]`.
 *
 * @example The 1958 EEC Council of Ministers
 * ```ts
 * import { weightedGame } from "co-decide/power";
 *
 * weightedGame({ quota: 12, weights: { FR: 4, DE: 4, IT: 4, BE: 2, NL: 2, LU: 1 } });
 * // => right({ players: ["FR", ..., "LU"], quotas: [12], weights: [[4, 4, 4, 2, 2, 1]], totals: [17] })
 * ```
 *
 * @category games
 */
export const weightedGame = (spec: unknown): E.Either<DecideError, WeightedGame> => {
  try {
    // Names are read from the input itself, not from zod's copy, so that a player called
    // "__proto__" stays an ordinary key (every value is checked again in `build`).
    const raw = (shape: { weights: unknown }): Record<string, unknown> =>
      rawWeights(spec) ?? (shape.weights as Record<string, unknown>);
    const lists = checkLists(spec);
    if (lists.length > 0) return E.left(invalidInput(lists));
    if (typeof spec === "object" && spec !== null && "quotas" in spec) {
      return E.flatMap(validate(MultiSchema, spec), (shape) => fromMulti(shape, raw(shape)));
    }
    return E.flatMap(validate(SingleSchema, spec), (shape) => fromSingle(shape, raw(shape)));
  } catch (cause) {
    return E.left(
      invalidInput([
        {
          path: "",
          code: "unreadable",
          message: `the game could not be read (${cause instanceof Error ? cause.message : "unknown cause"})`,
        },
      ]),
    );
  }
};

/**
 * Checks the lengths of `quotas` and of each weight vector (at most {@link MAX_QUOTAS}) and their
 * holes, with an indexed loop, before zod reads them.
 */
const checkLists = (spec: unknown): InputIssue[] => {
  const issues: InputIssue[] = [];
  if (typeof spec !== "object" || spec === null) return issues;
  const check = (list: unknown, path: (string | number)[]): void => {
    if (!Array.isArray(list)) return;
    if (list.length > MAX_QUOTAS) {
      issues.push({
        path: formatPath(path),
        code: "too_big",
        message: `a game has at most ${MAX_QUOTAS} quotas, got a list of ${list.length}`,
      });
      return;
    }
    for (let i = 0; i < list.length; i++) {
      if (!(i in list)) {
        issues.push({
          path: formatPath([...path, i]),
          code: "hole",
          message: "no value here (a hole in a sparse array)",
        });
      }
    }
  };
  check((spec as { quotas?: unknown }).quotas, ["quotas"]);
  const weights = rawWeights(spec);
  if (weights !== undefined && !Array.isArray(weights)) {
    for (const name of ownKeys(weights)) check(weights[name], ["weights", name]);
  }
  return issues;
};

const rawWeights = (spec: unknown): Record<string, unknown> | undefined => {
  const weights: unknown = (spec as { weights?: unknown }).weights;
  return typeof weights === "object" && weights !== null
    ? (weights as Record<string, unknown>)
    : undefined;
};

const fromSingle = (
  shape: SingleShape,
  weights: Record<string, unknown>,
): E.Either<DecideError, WeightedGame> => {
  const players = ownKeys(weights);
  const vectors = players.map((name) => [weights[name] as WeightValue]);
  return build(players, [shape.quota], vectors, (i) => ["weights", players[i] as string], false);
};

const fromMulti = (
  shape: MultiShape,
  weights: Record<string, unknown>,
): E.Either<DecideError, WeightedGame> => {
  const players = ownKeys(weights);
  const vectors = players.map((name) => {
    const vector: unknown = weights[name];
    return Array.isArray(vector) ? (vector as WeightValue[]) : [vector as WeightValue];
  });
  return build(players, shape.quotas, vectors, (i) => ["weights", players[i] as string], true);
};

const build = (
  players: readonly string[],
  quotaValues: readonly WeightValue[],
  vectors: readonly (readonly WeightValue[])[],
  playerPath: (i: number) => (string | number)[],
  multi: boolean,
): E.Either<DecideError, WeightedGame> => {
  const issues: InputIssue[] = [];
  const dimensions = quotaValues.length;
  if (players.length === 0) {
    issues.push({
      path: "weights",
      code: "no_players",
      message: "the game needs at least one player",
    });
  }
  const quotas: (Rational | undefined)[] = quotaValues.map((value, d) => {
    const parsed =
      typeof value === "number" || typeof value === "string" ? parseRational(value) : undefined;
    if (parsed === undefined) {
      issues.push({
        path: formatPath(multi ? ["quotas", d] : ["quota"]),
        code: "invalid_number",
        message: `expected a finite number or a "p/q" fraction, got ${JSON.stringify(value)}`,
      });
    }
    return parsed;
  });
  const weights: Rational[][] = Array.from({ length: dimensions }, () => []);
  vectors.forEach((vector, i) => {
    if (vector.length !== dimensions) {
      issues.push({
        path: formatPath(playerPath(i)),
        code: "wrong_length",
        message: `expected ${dimensions} weights (one per quota), got ${vector.length}`,
      });
      return;
    }
    vector.forEach((value, d) => {
      const path = formatPath(multi ? [...playerPath(i), d] : playerPath(i));
      const parsed =
        typeof value === "number" || typeof value === "string" ? parseRational(value) : undefined;
      if (parsed === undefined) {
        issues.push({
          path,
          code: "invalid_number",
          message: `expected a finite number or a "p/q" fraction, got ${JSON.stringify(value)}`,
        });
      } else if (parsed.num < 0n) {
        issues.push({ path, code: "negative_weight", message: "a weight cannot be negative" });
      } else {
        (weights[d] as Rational[]).push(parsed);
      }
    });
  });
  if (issues.length > 0) return E.left(invalidInput(issues));

  const scaledQuotas: number[] = [];
  const scaledWeights: number[][] = [];
  const totals: number[] = [];
  for (let d = 0; d < dimensions; d++) {
    const quota = quotas[d] as Rational;
    const row = weights[d] as Rational[];
    const quotaPath = formatPath(multi ? ["quotas", d] : ["quota"]);
    const scaled = scaleDimension(quota, row);
    if (scaled.total === 0n) {
      issues.push({ path: quotaPath, code: "zero_total", message: "the total weight is 0" });
      continue;
    }
    if (quota.num <= 0n) {
      issues.push({
        path: quotaPath,
        code: "quota_range",
        message: "the quota must be more than 0",
      });
      continue;
    }
    if (scaled.quota > scaled.total) {
      issues.push({
        path: quotaPath,
        code: "quota_range",
        message: "the quota must be at most the total weight",
      });
      continue;
    }
    if (scaled.total > BigInt(MAX_SCALED_TOTAL)) {
      issues.push({
        path: quotaPath,
        code: "too_large",
        message: `the weights, scaled to whole numbers, add up to more than 2^50`,
      });
      continue;
    }
    scaledQuotas.push(Number(scaled.quota));
    scaledWeights.push(scaled.weights.map(Number));
    totals.push(Number(scaled.total));
  }
  if (issues.length > 0) return E.left(invalidInput(issues));
  return E.right({ players, quotas: scaledQuotas, weights: scaledWeights, totals });
};

const gcd = (a: bigint, b: bigint): bigint => {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};

/** Scales one dimension to coprime whole weights and the smallest whole quota it implies. */
const scaleDimension = (
  quota: Rational,
  row: readonly Rational[],
): { quota: bigint; weights: bigint[]; total: bigint } => {
  let lcm = 1n;
  for (const w of row) lcm = (lcm / gcd(lcm, w.den)) * w.den;
  let whole = row.map((w) => (w.num * lcm) / w.den);
  let divisor = 0n;
  for (const w of whole) divisor = gcd(divisor, w);
  if (divisor === 0n) return { quota: 0n, weights: whole, total: 0n };
  whole = whole.map((w) => w / divisor);
  // ceil(quota * lcm / divisor) for a positive quota
  const num = quota.num * lcm;
  const den = quota.den * divisor;
  const ceiling = num <= 0n ? 0n : (num + den - 1n) / den;
  return { quota: ceiling, weights: whole, total: whole.reduce((a, b) => a + b, 0n) };
};

/**
 * Whether a coalition wins, given the indices of its members.
 *
 * @remarks
 * A coalition wins when its weight reaches the quota in every dimension (Taylor and Zwicker 1999
 * call games with several quotas vector-weighted games). Members that are not players count for
 * nothing; a `game` that is not a game built by {@link weightedGame}, or `members` that are not a
 * list, give `false` (never a throw). `O(players + members × quotas)`.
 *
 * @example
 * ```ts
 * import { isWinning, weightedGame } from "co-decide/power";
 *
 * // with game = [6; 4, 3, 2, 1] from weightedGame(...)
 * isWinning(game, [0, 2]); // => true (4 + 2 = 6)
 * ```
 *
 * @category games
 */
export const isWinning = (game: WeightedGame, members: readonly number[]): boolean => {
  try {
    if (E.isLeft(checkGame(game)) || !Array.isArray(members)) return false;
    return game.quotas.every((quota, d) => {
      const row = game.weights[d] as readonly number[];
      let sum = 0;
      for (let k = 0; k < members.length; k++) sum += row[members[k] as number] ?? 0;
      return sum >= quota;
    });
  } catch {
    return false;
  }
};

/** The most players {@link checkGame} reads (a sparse list can claim any length). */
const MAX_GAME_PLAYERS = 10_000_000;

/**
 * Checks that a value is a {@link WeightedGame} as {@link weightedGame} builds it, before a count
 * reads it: the functions that take a game (`banzhaf`, `swingCounts`, `deeganPackel`, ...) are
 * typed, but a JavaScript caller may pass anything. `O(players × quotas)`, small beside any count.
 * Returns an `InvalidInput` at `game` (or `game.weights[d]`...) saying what is wrong.
 *
 * @internal
 */
export const checkGame = (game: unknown): E.Either<DecideError, WeightedGame> => {
  const fail = (path: string, message: string): E.Either<DecideError, WeightedGame> =>
    E.left(invalidInput([{ path, code: "invalid_game", message }]));
  try {
    if (typeof game !== "object" || game === null) {
      return fail("game", "expected a game built by weightedGame");
    }
    const { players, quotas, weights, totals } = game as Record<string, unknown>;
    if (!Array.isArray(players) || players.length === 0 || players.length > MAX_GAME_PLAYERS) {
      return fail("game.players", `expected a list of 1 to ${MAX_GAME_PLAYERS} player names`);
    }
    for (let i = 0; i < players.length; i++) {
      if (typeof players[i] !== "string") return fail(`game.players[${i}]`, "expected a name");
    }
    const n = players.length;
    if (
      !Array.isArray(quotas) ||
      quotas.length === 0 ||
      quotas.length > MAX_QUOTAS ||
      !Array.isArray(weights) ||
      weights.length !== quotas.length ||
      !Array.isArray(totals) ||
      totals.length !== quotas.length
    ) {
      return fail("game.quotas", "expected one quota, one weight row and one total per dimension");
    }
    for (let d = 0; d < quotas.length; d++) {
      const row: unknown = weights[d];
      if (!Array.isArray(row) || row.length !== n) {
        return fail(`game.weights[${d}]`, `expected ${n} whole weights`);
      }
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const w: unknown = row[i];
        if (typeof w !== "number" || !Number.isSafeInteger(w) || w < 0) {
          return fail(`game.weights[${d}][${i}]`, "expected a whole weight at least 0");
        }
        sum += w;
      }
      const quota: unknown = quotas[d];
      if (
        sum !== totals[d] ||
        sum > MAX_SCALED_TOTAL ||
        typeof quota !== "number" ||
        !Number.isSafeInteger(quota) ||
        quota < 1 ||
        quota > sum
      ) {
        return fail(`game.quotas[${d}]`, "expected a whole quota from 1 to the total weight");
      }
    }
    return E.right(game as WeightedGame);
  } catch (cause) {
    return fail(
      "game",
      `the game could not be read (${cause instanceof Error ? cause.message : "unknown cause"})`,
    );
  }
};
