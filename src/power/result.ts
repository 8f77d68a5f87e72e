/**
 * The result of a power index: plain, JSON-serialisable data (DESIGN.md 3.3).
 *
 * @module
 */
import { recordOf } from "../core/internal/record.js";
import { type Rational, rational, toFraction, toNumber } from "../core/rational.js";

/**
 * The power indices {@link powerIndex} computes, by id.
 *
 * @category power indices
 */
export type PowerIndexId =
  | "banzhaf"
  | "penrose"
  | "shapley-shubik"
  | "deegan-packel"
  | "public-good"
  | "johnston"
  | "coleman-prevent"
  | "coleman-initiate";

/** Every {@link PowerIndexId}, in a fixed order. @category power indices */
export const POWER_INDEX_IDS: readonly PowerIndexId[] = [
  "banzhaf",
  "penrose",
  "shapley-shubik",
  "deegan-packel",
  "public-good",
  "johnston",
  "coleman-prevent",
  "coleman-initiate",
];

/**
 * One power index for every player of a game.
 *
 * Counts are decimal strings (they outgrow `Number` quickly: a 200-player game has about 2^200
 * coalitions). Exact values are `"p/q"` strings; `values` are the nearest doubles to them, for
 * display and charts.
 *
 * @category power indices
 */
export interface PowerResult {
  /** The index computed. */
  readonly index: PowerIndexId;
  /** `exact` (counted with bigints) or `monte-carlo` (estimated from a seeded sample). */
  readonly method: "exact" | "monte-carlo";
  /** The players, in the order given. */
  readonly players: readonly string[];
  /** Each player's value as a number. */
  readonly values: Readonly<Record<string, number>>;
  /** Each player's exact value as `"p/q"` (exact method only). */
  readonly exact?: Readonly<Record<string, string>>;
  /** Players with no swing at all: they never change the outcome (exact method only). */
  readonly dummies?: readonly string[];
  /** Swing counts (Banzhaf, Penrose, Coleman), as decimal strings. */
  readonly swings?: Readonly<Record<string, string>>;
  /** Pivot counts out of `orderings` (Shapley-Shubik), as decimal strings. */
  readonly pivots?: Readonly<Record<string, string>>;
  /** `n!`, the number of orderings (Shapley-Shubik). */
  readonly orderings?: string;
  /** For each player, the number of minimal winning coalitions it belongs to (Deegan-Packel, Holler). */
  readonly minimalWinning?: Readonly<Record<string, string>>;
  /** The number of minimal winning coalitions (Deegan-Packel, Holler). */
  readonly minimalWinningCoalitions?: string;
  /** Johnston's raw scores, before normalisation, as `"p/q"` (Johnston). */
  readonly johnstonScores?: Readonly<Record<string, string>>;
  /** The number of winning coalitions among all `2^n`, as a decimal string. */
  readonly winningCoalitions?: string;
  /** `2^n`, as a decimal string. */
  readonly coalitions?: string;
  /**
   * Coleman's power of the collectivity to act: the share of all coalitions that win
   * (Coleman 1971), when the method counted winning coalitions.
   */
  readonly collectivityPowerToAct?: { readonly value: number; readonly exact: string };
  /** Monte Carlo only: each player's confidence interval `[low, high]`. */
  readonly interval?: Readonly<Record<string, readonly [number, number]>>;
  /** Monte Carlo only: the number of samples drawn. */
  readonly samples?: number;
  /** Monte Carlo only: the seed, so anyone can re-run the estimate. */
  readonly seed?: string;
  /** Monte Carlo only: the confidence level of `interval`. */
  readonly confidence?: number;
}

/** The exact part of a result, built from rationals. @internal */
export const exactFields = (
  players: readonly string[],
  values: readonly Rational[],
): { values: Record<string, number>; exact: Record<string, string> } => ({
  values: recordOf(players, values.map(toNumber)),
  exact: recordOf(players, values.map(toFraction)),
});

/** Counts as a record of decimal strings. @internal */
export const countRecord = (
  players: readonly string[],
  counts: readonly bigint[],
): Record<string, string> => recordOf(players, counts.map(String));

/** `count / total` as a rational, `0` when the total is 0. @internal */
export const share = (count: bigint, total: bigint): Rational =>
  total === 0n ? rational(0n) : rational(count, total);

/** Players whose count is 0. @internal */
export const zeroes = (players: readonly string[], counts: readonly bigint[]): string[] =>
  players.filter((_, i) => counts[i] === 0n);

/** Coleman's power of the collectivity to act, `|W| / 2^n`. @internal */
export const collectivity = (
  winning: bigint,
  coalitions: bigint,
): { value: number; exact: string } => {
  const r = share(winning, coalitions);
  return { value: toNumber(r), exact: toFraction(r) };
};
