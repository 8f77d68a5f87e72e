/**
 * What the inequality measures accept: a list of amounts as an array, a typed array (what the
 * tallies of `co-decide/ballots` hold) or a record of numbers (what `firstPreferenceShares`
 * returns), so a tally's result goes into `gini` or `hhi` without a conversion.
 *
 * @module
 */

/**
 * Amounts for an inequality measure: an array of numbers, a typed array such as `Float64Array`,
 * or a record of numbers by name (its own values, in key order; an error's path then gives the
 * position, `values[2]`).
 *
 * @category inequality
 */
export type InequalityInput =
  | readonly number[]
  | ArrayLike<number>
  | Readonly<Record<string, number>>;

/**
 * Turns a typed array or a plain record into an array of its values; leaves anything else as it
 * is for the checks to judge. Never throws.
 *
 * @internal
 */
export const amountsArray = (values: unknown): unknown => {
  if (Array.isArray(values) || values === null || typeof values !== "object") return values;
  if (ArrayBuffer.isView(values)) {
    return values instanceof DataView
      ? values
      : Array.from(values as unknown as ArrayLike<unknown>);
  }
  const prototype: unknown = Object.getPrototypeOf(values);
  return prototype === Object.prototype || prototype === null ? Object.values(values) : values;
};
