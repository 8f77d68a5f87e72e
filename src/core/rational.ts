/**
 * Exact rational numbers over `bigint`, for every path that decides who wins or gets funded
 * (STV transfers, Phragmén loads, power indices, fractional ballot counts).
 *
 * A {@link Rational} is always normalised: the denominator is positive and shares no factor with
 * the numerator, so two equal numbers have equal fields and `equals` is a field comparison.
 *
 * @module
 */

/**
 * An exact fraction `num / den`, normalised (`den > 0`, `gcd(num, den) = 1`, zero is `0/1`).
 *
 * @category rationals
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

/**
 * How {@link toFixed} rounds the digits it drops.
 * - `truncate`: towards zero (the rule of Scottish STV and ERS97 transfer values);
 * - `half-up`: to the nearest, halves away from zero (the schoolbook rule).
 *
 * @category rationals
 */
export type Rounding = "truncate" | "half-up";

const abs = (n: bigint): bigint => (n < 0n ? -n : n);

const gcd = (a: bigint, b: bigint): bigint => {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};

/** The rational 0. @category rationals */
export const ZERO: Rational = { num: 0n, den: 1n };
/** The rational 1. @category rationals */
export const ONE: Rational = { num: 1n, den: 1n };

/**
 * Builds the normalised fraction `num / den`. The denominator must not be zero: callers at the
 * boundary validate it first (see {@link parseRational}); a zero denominator is a bug and throws.
 *
 * @example
 * ```ts
 * import { rational, rationals } from "co-decide/core";
 *
 * rationals.toFraction(rational(6n, -4n)); // => "-3/2"
 * ```
 *
 * @category rationals
 */
export const rational = (num: bigint | number, den: bigint | number = 1n): Rational => {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError("rational: zero denominator");
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g === 1n ? { num: n, den: d } : { num: n / g, den: d / g };
};

/** `a + b`. @category rationals */
export const add = (a: Rational, b: Rational): Rational =>
  a.den === b.den
    ? rational(a.num + b.num, a.den)
    : rational(a.num * b.den + b.num * a.den, a.den * b.den);

/** `a - b`. @category rationals */
export const sub = (a: Rational, b: Rational): Rational =>
  a.den === b.den
    ? rational(a.num - b.num, a.den)
    : rational(a.num * b.den - b.num * a.den, a.den * b.den);

/** `a × b`. @category rationals */
export const mul = (a: Rational, b: Rational): Rational => rational(a.num * b.num, a.den * b.den);

/**
 * `a ÷ b`. Dividing by zero is a bug in the caller and throws a `RangeError`.
 *
 * @category rationals
 */
export const div = (a: Rational, b: Rational): Rational => rational(a.num * b.den, a.den * b.num);

/** `-a`. @category rationals */
export const neg = (a: Rational): Rational => ({ num: -a.num, den: a.den });

/** Compares `a` and `b`: -1, 0 or 1. @category rationals */
export const compare = (a: Rational, b: Rational): -1 | 0 | 1 => {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
};

/** Whether `a = b`. @category rationals */
export const equals = (a: Rational, b: Rational): boolean => a.num === b.num && a.den === b.den;

/** The sign of `a`: -1, 0 or 1. @category rationals */
export const sign = (a: Rational): -1 | 0 | 1 => (a.num < 0n ? -1 : a.num > 0n ? 1 : 0);

/** Whether `a` is 0. @category rationals */
export const isZero = (a: Rational): boolean => a.num === 0n;

/** The smaller of `a` and `b`. @category rationals */
export const min = (a: Rational, b: Rational): Rational => (compare(a, b) <= 0 ? a : b);

/** The larger of `a` and `b`. @category rationals */
export const max = (a: Rational, b: Rational): Rational => (compare(a, b) >= 0 ? a : b);

/** The sum of many rationals. @category rationals */
export const sum = (values: readonly Rational[]): Rational => values.reduce(add, ZERO);

/**
 * Rounds towards negative infinity to a whole number.
 *
 * @category rationals
 */
export const floor = (a: Rational): bigint => {
  const q = a.num / a.den;
  return a.num < 0n && q * a.den !== a.num ? q - 1n : q;
};

/**
 * Writes `a` as `"p/q"`, or as `"p"` when it is whole.
 *
 * @category rationals
 */
export const toFraction = (a: Rational): string =>
  a.den === 1n ? a.num.toString() : `${a.num.toString()}/${a.den.toString()}`;

/**
 * Writes `a` as a decimal with exactly `digits` places after the point, rounding the dropped
 * digits by `rounding`.
 *
 * @example
 * ```ts
 * import { rational, rationals } from "co-decide/core";
 *
 * rationals.toFixed(rational(2n, 3n), 5, "truncate"); // => "0.66666"
 * rationals.toFixed(rational(2n, 3n), 5, "half-up");  // => "0.66667"
 * rationals.toFixed(rational(-1n, 8n), 2, "half-up"); // => "-0.13"
 * ```
 *
 * @category rationals
 */
export const toFixed = (a: Rational, digits: number, rounding: Rounding): string => {
  const places = Math.max(0, Math.trunc(digits));
  const scale = 10n ** BigInt(places);
  const negative = a.num < 0n;
  const n = abs(a.num) * scale;
  let q = n / a.den;
  if (rounding === "half-up" && (n % a.den) * 2n >= a.den) q += 1n;
  const text = q.toString().padStart(places + 1, "0");
  const whole = text.slice(0, text.length - places);
  const fraction = text.slice(text.length - places);
  const sign = negative && q !== 0n ? "-" : "";
  return places === 0 ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
};

/**
 * Rounds `a` down (truncates) to `digits` decimal places and returns it as a rational: the
 * fixed-precision arithmetic some counting rules prescribe (e.g. 5 places in Scottish STV).
 *
 * @category rationals
 */
export const truncateTo = (a: Rational, digits: number): Rational => {
  const scale = 10n ** BigInt(Math.max(0, Math.trunc(digits)));
  return rational((a.num * scale) / a.den, scale);
};

/**
 * The nearest double to `a`: for reporting only, never for deciding.
 *
 * @category rationals
 */
export const toNumber = (a: Rational): number => {
  const whole = Number(a.num / a.den);
  const rest = a.num % a.den;
  if (rest === 0n) return whole;
  // Scale the remainder so both parts keep 53 significant bits even for huge denominators.
  const bits = BigInt(Math.max(0, a.den.toString(2).length - 60));
  return whole + Number(rest >> bits) / Number(a.den >> bits);
};

const RATIONAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:\/(\d+))?$/;

/** The longest text {@link parseRational} reads: longer digit strings cost time out of proportion. */
const MAX_RATIONAL_TEXT = 10_000;

/**
 * Reads `"p/q"`, `"p"`, a decimal such as `"2.5"` or `"-0.125"`, or a finite number (read
 * exactly through its shortest decimal form). Returns `undefined` for anything else, including a
 * zero denominator, `NaN`, infinities, text of more than 10,000 characters and (from a JavaScript
 * caller) values of other types. Never throws.
 *
 * @example
 * ```ts
 * import { parseRational } from "co-decide/core";
 *
 * parseRational("6/8");  // => { num: 3n, den: 4n }
 * parseRational("0.1");  // => { num: 1n, den: 10n }
 * parseRational("1/0");  // => undefined
 * ```
 *
 * @category rationals
 */
export const parseRational = (input: string | number | bigint): Rational | undefined => {
  if (typeof input === "bigint") return rational(input);
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return undefined;
    if (Number.isSafeInteger(input)) return rational(input);
    const text = input.toString();
    if (/e/i.test(text)) return parseExponent(text);
    input = text;
  }
  if (typeof input !== "string" || input.length > MAX_RATIONAL_TEXT) return undefined;
  const match = RATIONAL_TEXT.exec(input.trim());
  if (match === null) return undefined;
  const [, minus, whole = "0", fraction = "", denominator] = match;
  if (fraction !== "" && denominator !== undefined) return undefined;
  const num = BigInt(`${whole}${fraction}`) * (minus === "-" ? -1n : 1n);
  const den =
    (denominator === undefined ? 1n : BigInt(denominator)) * 10n ** BigInt(fraction.length);
  return den === 0n ? undefined : rational(num, den);
};

const parseExponent = (text: string): Rational | undefined => {
  const [mantissa = "", exponent = "0"] = text.toLowerCase().split("e");
  const base = parseRational(mantissa);
  if (base === undefined) return undefined;
  const power = Number(exponent);
  const scale = 10n ** BigInt(Math.abs(power));
  return power >= 0 ? mul(base, rational(scale)) : div(base, rational(scale));
};
