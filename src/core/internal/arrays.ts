/**
 * Checks on arrays that arrive from a caller: a hole (an empty slot, as in `["a", , "c"]`) is not
 * data, and a length must be checked before any loop runs over it (a sparse array may claim
 * 2^32 - 1 slots while holding one value).
 *
 * @internal
 * @module
 */
import type { InputIssue } from "../errors.js";

/**
 * The index of the first hole of `array`, or `undefined` when every slot up to its length holds a
 * value (`undefined` included). O(length): check the length first.
 *
 * @internal
 */
export const firstHole = (array: readonly unknown[]): number | undefined => {
  for (let i = 0; i < array.length; i++) if (!(i in array)) return i;
  return undefined;
};

/**
 * The issue for a hole at `path[index]`.
 *
 * @internal
 */
export const holeIssue = (path: string, index: number): InputIssue => ({
  path: `${path}[${index}]`,
  code: "hole",
  message: "an empty slot (a hole in the array): every item must be given",
});
