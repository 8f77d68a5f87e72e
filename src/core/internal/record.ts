/**
 * Records keyed by candidate names, safe for any name.
 *
 * `Object.fromEntries` defines own data properties, so names such as `__proto__` and
 * `constructor` become ordinary keys instead of reaching the prototype.
 *
 * @internal
 * @module
 */

/**
 * Pairs `names[i]` with `values[i]` in a plain, JSON-serialisable object.
 *
 * @internal
 */
export const recordOf = <T>(names: readonly string[], values: ArrayLike<T>): Record<string, T> =>
  Object.fromEntries(names.map((name, i) => [name, values[i] as T]));

/**
 * Reads an own property only (never the prototype chain).
 *
 * @internal
 */
export const ownValue = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/**
 * The own keys of a record, in insertion order.
 *
 * @internal
 */
export const ownKeys = (record: object): string[] => Object.keys(record);
