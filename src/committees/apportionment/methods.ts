/**
 * The apportionment methods by id, and the divisor sequences of the divisor (highest averages)
 * methods, written so that every comparison of quotients is exact.
 *
 * A divisor method gives the next seat to the party with the highest quotient `votes / d(s)`,
 * where `s` is the seats the party holds and `d` the method's divisor sequence (Balinski and Young,
 * Fair Representation, 2nd ed. 2001, appendix A). Here each divisor is the rational
 * `divisorNumerator(s) / divisorScale`, so that a quotient is `votes × scale / numerator`: two
 * quotients compare by cross-multiplying whole numbers. Huntington-Hill's divisor
 * `√(s(s+1))` is irrational, so its quotients are compared through their squares,
 * `votes² / (s(s+1))`, which orders them the same way.
 *
 * @internal
 * @module
 */

/**
 * An apportionment method's id (see {@link apportion} for each method's source).
 *
 * @category apportionment
 */
export type ApportionmentMethod =
  | "dhondt"
  | "sainte-lague"
  | "modified-sainte-lague"
  | "danish"
  | "imperiali"
  | "adams"
  | "huntington-hill"
  | "hare"
  | "droop-lr";

/**
 * Every apportionment method id, divisor methods first.
 *
 * @category apportionment
 */
export const APPORTIONMENT_METHODS: readonly ApportionmentMethod[] = [
  "dhondt",
  "sainte-lague",
  "modified-sainte-lague",
  "danish",
  "imperiali",
  "adams",
  "huntington-hill",
  "hare",
  "droop-lr",
];

/** The divisor methods' ids. @internal */
export type DivisorMethod = Exclude<ApportionmentMethod, "hare" | "droop-lr">;

/** The largest remainder methods' ids. @internal */
export type RemainderMethod = Extract<ApportionmentMethod, "hare" | "droop-lr">;

/** Whether an id names a divisor method. @internal */
export const isDivisorMethod = (method: ApportionmentMethod): method is DivisorMethod =>
  method !== "hare" && method !== "droop-lr";

/**
 * A divisor sequence in whole numbers: `d(s) = numerator(s) / scale`, or for Huntington-Hill
 * (`squared`) `d(s)² = numerator(s)`.
 *
 * @internal
 */
export interface DivisorSequence {
  /** The method's usual name. */
  readonly name: string;
  /** `d(s) × scale` (for `squared`: `d(s)²`), a whole number; 0 where the divisor is 0. */
  readonly numerator: (s: number) => number;
  /** The common denominator of the divisors. */
  readonly scale: number;
  /** Whether quotients are compared through their squares (Huntington-Hill). */
  readonly squared: boolean;
  /** The first divisors, as a sentence lists them. */
  readonly listed: string;
  /** The rule and its source, for the explanation. */
  readonly source: string;
}

/**
 * The divisor sequences. Sources: Balinski and Young (2001), appendix A, table A.1 (Jefferson =
 * D'Hondt, Webster = Sainte-Laguë, Adams, Huntington-Hill = equal proportions); the modified
 * Sainte-Laguë method's first divisor 1.4 (Norway's constituency count; Sweden's until 2018, when
 * Sweden moved to 1.2); the Danish method's divisors 1, 4, 7, ... (Danish constituency seats within
 * a province) and Imperiali's 2, 3, 4, ... (Belgian municipal councils), both as tabulated by
 * Pukelsheim, Proportional Representation (2nd ed. 2017), ch. 3.
 *
 * @internal
 */
export const DIVISORS: Readonly<Record<DivisorMethod, DivisorSequence>> = {
  dhondt: {
    name: "D'Hondt (Jefferson)",
    numerator: (s) => s + 1,
    scale: 1,
    squared: false,
    listed: "1, 2, 3, 4, ...",
    source: "D'Hondt (1882); Jefferson's method (Balinski and Young 2001, appendix A)",
  },
  "sainte-lague": {
    name: "Sainte-Laguë (Webster)",
    numerator: (s) => 2 * s + 1,
    scale: 1,
    squared: false,
    listed: "1, 3, 5, 7, ...",
    source: "Sainte-Laguë (1910); Webster's method (Balinski and Young 2001, appendix A)",
  },
  "modified-sainte-lague": {
    name: "Modified Sainte-Laguë",
    numerator: (s) => (s === 0 ? 7 : 5 * (2 * s + 1)),
    scale: 5,
    squared: false,
    listed: "1.4, 3, 5, 7, ...",
    source: "Sainte-Laguë with a first divisor of 1.4 (Norway; Sweden until 2018)",
  },
  danish: {
    name: "Danish",
    numerator: (s) => 3 * s + 1,
    scale: 1,
    squared: false,
    listed: "1, 4, 7, 10, ...",
    source: "Danish method, divisors 1, 4, 7, ... (Pukelsheim 2017, ch. 3)",
  },
  imperiali: {
    name: "Imperiali",
    numerator: (s) => s + 2,
    scale: 1,
    squared: false,
    listed: "2, 3, 4, 5, ...",
    source: "Imperiali divisors (Belgian municipal elections; Pukelsheim 2017, ch. 3)",
  },
  adams: {
    name: "Adams",
    numerator: (s) => s,
    scale: 1,
    squared: false,
    listed: "0, 1, 2, 3, ...",
    source: "Adams's method (Balinski and Young 2001, appendix A)",
  },
  "huntington-hill": {
    name: "Huntington-Hill (equal proportions)",
    numerator: (s) => s * (s + 1),
    scale: 1,
    squared: true,
    listed: "√(0×1), √(1×2), √(2×3), √(3×4), ... = 0, 1.414, 2.449, 3.464, ...",
    source:
      "Huntington (1928); the method of equal proportions, 2 U.S.C. § 2a (Balinski and Young 2001, appendix A)",
  },
};

/** The largest remainder methods' names and sources. @internal */
export const REMAINDERS: Readonly<
  Record<RemainderMethod, { readonly name: string; readonly source: string }>
> = {
  hare: {
    name: "Largest remainder, Hare quota (Hamilton)",
    source:
      "Hamilton's method (Balinski and Young 2001, ch. 2); Hare–Niemeyer, quota = votes / seats",
  },
  "droop-lr": {
    name: "Largest remainder, Droop quota",
    source: "Largest remainder with the Droop quota floor(votes / (seats + 1)) + 1 (Droop 1881)",
  },
};
