/**
 * Brute-force definitions of the power indices, straight from the papers, used as a test oracle:
 * every coalition (and, for Shapley-Shubik on tiny games, every ordering) is visited.
 */
import * as E from "fp-ts/lib/Either.js";
import { type Rational, rational, rationals } from "../../src/core/index.js";
import { type WeightedGame, weightedGame } from "../../src/power/index.js";

export const gameOf = (spec: unknown): WeightedGame => {
  const game = weightedGame(spec);
  if (E.isLeft(game)) throw new Error(game.left.message);
  return game.right;
};

export const rightOf = <T>(result: E.Either<{ message: string }, T>): T => {
  if (E.isLeft(result)) throw new Error(result.left.message);
  return result.right;
};

const wins = (game: WeightedGame, mask: number): boolean =>
  game.quotas.every((quota, d) => {
    let sum = 0;
    game.players.forEach((_, i) => {
      if (mask & (1 << i)) sum += (game.weights[d] as number[])[i] as number;
    });
    return sum >= quota;
  });

const popcount = (mask: number): number => {
  let c = 0;
  for (let m = mask; m !== 0; m &= m - 1) c++;
  return c;
};

const factorial = (k: number): bigint => {
  let f = 1n;
  for (let i = 2; i <= k; i++) f *= BigInt(i);
  return f;
};

export interface Oracle {
  readonly swings: bigint[];
  readonly pivots: bigint[];
  readonly winning: bigint;
  readonly minimal: number[][];
  readonly banzhaf: Rational[];
  readonly penrose: Rational[];
  readonly shapleyShubik: Rational[];
  readonly deeganPackel: Rational[];
  readonly publicGood: Rational[];
  readonly johnston: Rational[];
  readonly colemanPrevent: Rational[];
  readonly colemanInitiate: Rational[];
}

const safeDiv = (a: bigint, b: bigint): Rational => (b === 0n ? rational(0n) : rational(a, b));

export const bruteForce = (game: WeightedGame): Oracle => {
  const n = game.players.length;
  const all = 1 << n;
  const isWin = Array.from({ length: all }, (_, mask) => wins(game, mask));
  const swings = new Array<bigint>(n).fill(0n);
  const pivots = new Array<bigint>(n).fill(0n);
  let winning = 0n;
  const minimal: number[][] = [];
  const johnstonRaw = new Array<Rational>(n).fill(rational(0n));
  for (let mask = 0; mask < all; mask++) {
    if (!isWin[mask]) continue;
    winning += 1n;
    const members = game.players.map((_, i) => i).filter((i) => mask & (1 << i));
    const critical = members.filter((i) => !isWin[mask & ~(1 << i)]);
    for (const i of critical) {
      swings[i] = (swings[i] as bigint) + 1n;
      const k = popcount(mask) - 1;
      pivots[i] = (pivots[i] as bigint) + factorial(k) * factorial(n - 1 - k);
      johnstonRaw[i] = rationals.add(
        johnstonRaw[i] as Rational,
        rational(1n, BigInt(critical.length)),
      );
    }
    if (critical.length === members.length) minimal.push(members);
  }
  const totalSwings = swings.reduce((a, b) => a + b, 0n);
  const m = BigInt(minimal.length);
  const memberships = game.players.map((_, i) =>
    BigInt(minimal.filter((s) => s.includes(i)).length),
  );
  const totalMemberships = memberships.reduce((a, b) => a + b, 0n);
  const johnstonTotal = rationals.sum(johnstonRaw);
  return {
    swings,
    pivots,
    winning,
    minimal,
    banzhaf: swings.map((s) => safeDiv(s, totalSwings)),
    penrose: swings.map((s) => safeDiv(s, BigInt(all / 2))),
    shapleyShubik: pivots.map((p) => safeDiv(p, factorial(n))),
    deeganPackel: game.players.map((_, i) =>
      m === 0n
        ? rational(0n)
        : rationals.sum(
            minimal.filter((s) => s.includes(i)).map((s) => rational(1n, BigInt(s.length) * m)),
          ),
    ),
    publicGood: memberships.map((c) => safeDiv(c, totalMemberships)),
    johnston: johnstonRaw.map((r) =>
      rationals.isZero(johnstonTotal) ? rational(0n) : rationals.div(r, johnstonTotal),
    ),
    colemanPrevent: swings.map((s) => safeDiv(s, winning)),
    colemanInitiate: swings.map((s) => safeDiv(s, BigInt(all) - winning)),
  };
};

/** Shapley-Shubik by visiting every ordering (tiny games only). */
export const pivotsByOrderings = (game: WeightedGame): bigint[] => {
  const n = game.players.length;
  const pivots = new Array<bigint>(n).fill(0n);
  const order: number[] = [];
  const used = new Array<boolean>(n).fill(false);
  const visit = (): void => {
    if (order.length === n) {
      let mask = 0;
      for (const p of order) {
        mask |= 1 << p;
        if (wins(game, mask)) {
          pivots[p] = (pivots[p] as bigint) + 1n;
          return;
        }
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      if (used[i]) continue;
      used[i] = true;
      order.push(i);
      visit();
      order.pop();
      used[i] = false;
    }
  };
  visit();
  return pivots;
};

export const fractions = (values: readonly Rational[]): string[] =>
  values.map(rationals.toFraction);
