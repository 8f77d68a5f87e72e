/**
 * Sums kept as whole numbers over a common denominator, as profiles keep their counts, so that
 * merging two tallies with different denominators stays exact.
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type DecideError, invalidInputAt, unsupported } from "../../core/errors.js";
import * as rationals from "../../core/rational.js";
import { rational } from "../../core/rational.js";

const gcd = (a: number, b: number): number => {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
};

/**
 * Adds `a / da` and `b / db` cell by cell, over the least common denominator.
 *
 * @internal
 */
export const addScaled = (
  a: Float64Array,
  da: number,
  b: Float64Array,
  db: number,
): E.Either<DecideError, { readonly values: Float64Array; readonly denominator: number }> => {
  const denominator = (da / gcd(da, db)) * db;
  if (!Number.isSafeInteger(denominator)) {
    return E.left(
      unsupported(
        "counts_too_large",
        "The tallies' common denominator is too large to merge exactly.",
      ),
    );
  }
  const fa = denominator / da;
  const fb = denominator / db;
  const values = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const v = (a[i] as number) * fa + (b[i] as number) * fb;
    if (!Number.isSafeInteger(v)) {
      return E.left(
        unsupported("counts_too_large", "The merged tally is too large to hold exactly."),
      );
    }
    values[i] = v;
  }
  return E.right({ values, denominator });
};

/**
 * Checks that two tallies are over the same candidates, in the same order.
 *
 * @internal
 */
export const sameCandidates = (
  a: readonly string[],
  b: readonly string[],
): E.Either<DecideError, readonly string[]> =>
  a.length === b.length && a.every((name, i) => name === b[i])
    ? E.right(a)
    : E.left(
        invalidInputAt(
          "candidates",
          "candidates_differ",
          "only tallies over the same candidates, in the same order, can be merged",
        ),
      );

/**
 * Writes a scaled sum exactly: a whole number, or `"p/q"`.
 *
 * @internal
 */
export const exactText = (scaled: number, denominator: number): string =>
  rationals.toFraction(rational(BigInt(scaled), BigInt(denominator)));
