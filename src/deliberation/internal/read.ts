/**
 * Hand-written readers for the deliberation boundaries. They collect every problem with its path
 * (as the zod bridge does) but walk arrays with an indexed loop after checking their length against
 * a work limit, so that a sparse array of 2^32 - 1 slots is refused before any slot is read, and a
 * spec of 100,000 responses is read without building a zod copy of it.
 *
 * @internal
 * @module
 */
import type { InputIssue } from "../../core/errors.js";
import { parseRational, type Rational } from "../../core/rational.js";
import { describeValue, formatPath } from "../../core/validation.js";

/** A path as a list of keys. @internal */
export type Path = readonly (string | number)[];

/** Collects problems; stops recording after a few hundred (invalidInput keeps 100). @internal */
export class Issues {
  readonly list: InputIssue[] = [];
  more = 0;
  add(path: Path, code: string, message: string): void {
    if (this.list.length < 200) this.list.push({ path: formatPath(path), code, message });
    else this.more++;
  }
  get empty(): boolean {
    return this.list.length === 0 && this.more === 0;
  }
}

/** A plain object (not an array, not null). @internal */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** An own property of an object, never the prototype's. @internal */
export const own = (record: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** Reports every key of `record` not in `known`, as zod's strict objects do. @internal */
export const unknownKeys = (
  record: Record<string, unknown>,
  known: readonly string[],
  path: Path,
  issues: Issues,
): void => {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) issues.add([...path, key], "unrecognized_key", "unknown key");
  }
};

/** Reads an optional object; reports a value of another type. @internal */
export const optionalRecord = (
  value: unknown,
  path: Path,
  issues: Issues,
): Record<string, unknown> | undefined => {
  if (value === undefined) return undefined;
  if (isRecord(value)) return value;
  issues.add(path, "invalid_type", `expected an object, got ${describeValue(value)}`);
  return undefined;
};

/** Reads a non-empty string. @internal */
export const readId = (value: unknown, path: Path, issues: Issues): string | undefined => {
  if (typeof value === "string" && value.length > 0) return value;
  issues.add(path, "invalid_type", `expected a non-empty string, got ${describeValue(value)}`);
  return undefined;
};

/** Reads an optional string. @internal */
export const optionalString = (value: unknown, path: Path, issues: Issues): string | undefined => {
  if (value === undefined || typeof value === "string") return value;
  issues.add(path, "invalid_type", `expected a string, got ${describeValue(value)}`);
  return undefined;
};

/** Reads an optional boolean. @internal */
export const optionalBoolean = (
  value: unknown,
  path: Path,
  issues: Issues,
): boolean | undefined => {
  if (value === undefined || typeof value === "boolean") return value;
  issues.add(path, "invalid_type", `expected true or false, got ${describeValue(value)}`);
  return undefined;
};

/** Reads one of a fixed set of strings. @internal */
export const readChoice = <T extends string>(
  value: unknown,
  choices: readonly T[],
  path: Path,
  issues: Issues,
): T | undefined => {
  if (typeof value === "string" && (choices as readonly string[]).includes(value)) {
    return value as T;
  }
  issues.add(
    path,
    "invalid_value",
    `expected one of ${choices.map((c) => `"${c}"`).join(", ")}, got ${describeValue(value)}`,
  );
  return undefined;
};

/** Reads a whole number in [min, max]. @internal */
export const readInteger = (
  value: unknown,
  min: number,
  max: number,
  path: Path,
  issues: Issues,
): number | undefined => {
  if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= max) {
    return value;
  }
  issues.add(
    path,
    "out_of_range",
    `expected a whole number from ${min} to ${max}, got ${describeValue(value)}`,
  );
  return undefined;
};

/**
 * Reads an exact number: a number with a finite decimal (`0.55`), or a string `"2/3"`, `"0.55"`,
 * `"7"`, within [min, max] (either bound optional). @internal
 */
export const readRational = (
  value: unknown,
  path: Path,
  issues: Issues,
  bounds: { readonly min?: Rational; readonly max?: Rational; readonly what?: string } = {},
): Rational | undefined => {
  const parsed =
    typeof value === "number" || (typeof value === "string" && value.length <= 100)
      ? parseRational(value)
      : undefined;
  const what = bounds.what ?? 'a number or a fraction such as "2/3"';
  if (parsed === undefined) {
    issues.add(path, "invalid_type", `expected ${what}, got ${describeValue(value)}`);
    return undefined;
  }
  const below = bounds.min !== undefined && cmp(parsed, bounds.min) < 0;
  const above = bounds.max !== undefined && cmp(parsed, bounds.max) > 0;
  if (below || above) {
    const range =
      bounds.max === undefined
        ? `at least ${text(bounds.min as Rational)}`
        : bounds.min === undefined
          ? `at most ${text(bounds.max)}`
          : `from ${text(bounds.min)} to ${text(bounds.max)}`;
    issues.add(path, "out_of_range", `expected ${what} ${range}, got ${describeValue(value)}`);
    return undefined;
  }
  return parsed;
};

const cmp = (a: Rational, b: Rational): number => {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
};

const text = (a: Rational): string =>
  a.den === 1n ? a.num.toString() : `${a.num.toString()}/${a.den.toString()}`;

/**
 * Reads an array whose length is at most `max` (checked before any slot is read); reports holes.
 * Returns undefined (with an issue) for a non-array. A longer array gives `"too_long"` so the
 * caller can turn it into a work-limit error. @internal
 */
export const readArray = (
  value: unknown,
  path: Path,
  issues: Issues,
): readonly unknown[] | undefined => {
  if (Array.isArray(value)) return value;
  issues.add(path, "invalid_type", `expected an array, got ${describeValue(value)}`);
  return undefined;
};

/** The message of a caught exception. @internal */
export const causeText = (cause: unknown): string =>
  cause instanceof Error ? cause.message : "unknown cause";
