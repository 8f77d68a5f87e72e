/**
 * `Profile`: the indexed, deduplicated form of a set of ballots that every method reads.
 *
 * Candidates are indexed 0..n-1 in the order given. Identical ballots are stored once with a
 * count, with one exception: a large ranked profile read from ballots that are nearly all
 * different (from 131,072 ballots, when at least three quarters of the first 16,384 differ) stops
 * merging them, since merging would cost more than it saves; it may then hold one ballot in
 * several rows, whose counts add up to that ballot's count. Every method reads a profile as a sum
 * over its rows weighted by their counts, so such a profile means the same. Each kind of ballot is one flat typed array of `ballotCount × n` cells, row `b` holding
 * ballot `b`:
 *
 * | kind | array | cell `[b * n + c]` |
 * | --- | --- | --- |
 * | `ranked` | `ranks: Uint16Array` | the tier of candidate `c` (0 = first preference), or {@link UNRANKED} |
 * | `approval` | `approvals: Uint8Array` | 1 if `c` is approved, else 0 |
 * | `score` | `scores: Int32Array` | the whole-number score of `c`, or {@link NO_SCORE} |
 * | `grades` | `grades: Uint16Array` | the index of `c`'s grade in `scale` (0 = the best grade), or {@link NO_GRADE} |
 *
 * **Counts are exact.** Each row (a distinct ballot, as above) has a count, whole or rational. They are kept as whole
 * numbers over one common denominator: the true count of ballot `b` is
 * `counts[b] / countDenominator`. Every tally is a sum of counts, so it too is a whole number over
 * the same denominator, exact in a double while below 2^53; comparisons between candidates never
 * need the division. The builder refuses profiles whose scaled totals would pass 2^53 / n.
 *
 * @module
 */

/** The tier of a candidate the ballot does not rank. @category profiles */
export const UNRANKED = 0xffff;
/** The score cell of a candidate the ballot does not score. @category profiles */
export const NO_SCORE = -2147483648;
/** The grade cell of a candidate the ballot does not grade. @category profiles */
export const NO_GRADE = 0xffff;

/**
 * What a ranked ballot says about the candidates it leaves out (DESIGN.md 3.2):
 * - `tied-last` (the default): they are tied with each other, below every ranked candidate;
 * - `not-compared`: they take part in no pairwise comparison on that ballot.
 *
 * @category profiles
 */
export type UnrankedRule = "tied-last" | "not-compared";

/** The four kinds of ballot. @category profiles */
export type BallotKind = "ranked" | "approval" | "score" | "grades";

interface ProfileBase {
  /** Candidate names, in order; index `c` in the arrays is `candidates[c]`. */
  readonly candidates: readonly string[];
  /** The number of rows: the distinct ballots (but see the module comment on large ranked profiles). */
  readonly ballotCount: number;
  /** Each row's count, scaled: the true count is `counts[b] / countDenominator`. */
  readonly counts: Float64Array;
  /** The common denominator of the counts (1 when every count is whole). */
  readonly countDenominator: number;
  /** The number of voters the profile holds (the sum of true counts; exact when whole). */
  readonly totalCount: number;
  /** The same, exact, as `"p/q"` or a whole number in decimal. */
  readonly totalCountExact: string;
}

/** Ranked ballots (weak orders, possibly truncated). @category profiles */
export interface RankedProfile extends ProfileBase {
  readonly kind: "ranked";
  readonly ranks: Uint16Array;
}

/** Approval ballots. @category profiles */
export interface ApprovalProfile extends ProfileBase {
  readonly kind: "approval";
  readonly approvals: Uint8Array;
}

/** Score (range) ballots with a declared whole-number range. @category profiles */
export interface ScoreProfile extends ProfileBase {
  readonly kind: "score";
  readonly scores: Int32Array;
  readonly range: { readonly min: number; readonly max: number };
}

/** Graded ballots on an ordered scale (majority judgment). @category profiles */
export interface GradeProfile extends ProfileBase {
  readonly kind: "grades";
  readonly grades: Uint16Array;
  /** The grades, from the best to the worst (as a ballot paper prints them). */
  readonly scale: readonly string[];
}

/**
 * A profile of any kind of ballot. Build one with {@link rankedProfile}, {@link approvalProfile},
 * {@link scoreProfile}, {@link gradeProfile}, `profileFromSpec`, a file reader (`parseProfile`) or
 * a {@link ProfileBuilder}.
 *
 * @category profiles
 */
export type Profile = RankedProfile | ApprovalProfile | ScoreProfile | GradeProfile;

/**
 * The true count of row `b`, as a double (exact when whole).
 *
 * @category profiles
 */
export const countOf = (profile: Profile, b: number): number =>
  (profile.counts[b] ?? 0) / profile.countDenominator;

/**
 * The ranking of row `b` of a ranked profile as tiers of candidate names, best first; unranked
 * candidates are left out.
 *
 * @example
 * ```ts
 * import { rankedProfile, rankingOf } from "co-decide/ballots";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const profile = rankedProfile(["a", "b", "c"], [{ ranking: [["c"], ["a", "b"]] }]);
 * E.isRight(profile) && rankingOf(profile.right, 0); // => [["c"], ["a", "b"]]
 * ```
 *
 * @category profiles
 */
export const rankingOf = (profile: RankedProfile, b: number): string[][] => {
  const n = profile.candidates.length;
  const tiers: string[][] = [];
  for (let c = 0; c < n; c++) {
    const tier = profile.ranks[b * n + c] ?? UNRANKED;
    if (tier === UNRANKED) continue;
    const names = tiers[tier] ?? [];
    names.push(profile.candidates[c] as string);
    tiers[tier] = names;
  }
  return tiers.filter((tier) => tier !== undefined);
};
