/**
 * Small helpers shared by the file readers and writers: quoting a token for an error message,
 * reading a count exactly, and writing a count back.
 *
 * @internal
 * @module
 */
import * as rationals from "../../core/rational.js";
import { parseRational, type Rational, rational } from "../../core/rational.js";
import type { Profile } from "../profile.js";

/**
 * The longest number token a reader accepts. Longer tokens are refused before any conversion, so
 * a file holding a 100 MB run of digits cannot make `BigInt` work for minutes.
 */
export const MAX_NUMBER_LENGTH = 40;

/** A token quoted for an error message, cut to 30 characters (a 100 MB token stays short). */
export const quoted = (text: string, start = 0, end = text.length): string => {
  const cut = end - start > 30;
  const piece = text.slice(start, cut ? start + 30 : end);
  return `${JSON.stringify(piece)}${cut ? "…" : ""}`;
};

/**
 * Reads a count or weight token: a whole number, a decimal (`2.5`) or a fraction (`3/4`), exactly.
 * Returns the count, or a sentence saying why it is not one.
 */
export const readCountToken = (token: string): number | Rational | string => {
  if (token === "") return "expected a count";
  if (token.length > MAX_NUMBER_LENGTH)
    return `the count ${quoted(token)} has more than ${MAX_NUMBER_LENGTH} characters`;
  const value = /^-?\d+(\.\d+)?(\/\d+)?$/.test(token) ? parseRational(token) : undefined;
  if (value === undefined)
    return `the count ${quoted(token)} is not a whole number, a decimal or a fraction`;
  if (value.num < 0n) return `the count ${quoted(token)} is negative`;
  return value.den === 1n && value.num <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value.num)
    : value;
};

/** The exact count of row `b`, as written in files: `12`, or `5/2` when it is not whole. */
export const formatCount = (profile: Profile, b: number): string =>
  formatScaled(profile.counts[b] ?? 0, profile.countDenominator);

/** A whole number over a denominator, written as a whole number or `p/q`. */
export const formatScaled = (scaled: number, denominator: number): string =>
  denominator === 1
    ? String(scaled)
    : rationals.toFraction(rational(BigInt(scaled), BigInt(denominator)));

/** Orders the rows by count, largest first, then by row index (a stable order for writers). */
export const rowsByCount = (profile: Profile): number[] => {
  const order = Array.from({ length: profile.ballotCount }, (_, b) => b);
  return order.sort((a, b) => (profile.counts[b] ?? 0) - (profile.counts[a] ?? 0) || a - b);
};

/** The tiers of a ranked row as arrays of candidate indices, best first (unranked left out). */
export const tiersOfRow = (
  ranks: Uint16Array,
  n: number,
  b: number,
  unranked: number,
): number[][] => {
  const tiers: number[][] = [];
  for (let c = 0; c < n; c++) {
    const tier = ranks[b * n + c] as number;
    if (tier === unranked) continue;
    const members = tiers[tier] ?? [];
    members.push(c);
    tiers[tier] = members;
  }
  return tiers.filter((tier) => tier !== undefined);
};

/** Tells whether a name survives a line-based text format: no line breaks. */
export const hasLineBreak = (name: string): boolean => /[\r\n]/.test(name);
