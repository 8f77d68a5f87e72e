/**
 * Inputs that record how much of themselves a function read, so a test can check that a limit is
 * enforced before the work, without timing the call (speed is measured in bench/, not in tests).
 *
 * @module
 */

/** A huge sparse array and a count of the entries read from it. */
export interface GuardedArray<T> {
  readonly array: T[];
  /** How many times an entry at an index of `readable` or more was read. */
  readonly reads: () => number;
}

/**
 * A sparse array of `length` (e.g. `2 ** 32 - 1`) holding `first` at index 0, that counts every
 * read of an entry at an index of `readable` or more. A function that refuses the array by its
 * length reads none of them; one that walks the array first reads billions (and would hit the test
 * timeout long before it finished).
 */
export const guardedArray = <T>(length: number, first: T, readable = 1): GuardedArray<T> => {
  const target = new Array<T>(length);
  target[0] = first;
  let reads = 0;
  const array = new Proxy(target, {
    get(object, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key) && Number(key) >= readable) reads += 1;
      return Reflect.get(object, key, receiver);
    },
  });
  return { array, reads: () => reads };
};
