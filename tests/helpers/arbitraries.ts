/**
 * fast-check arbitraries for ballots and profiles, shared by every test file.
 *
 * Candidate names mix plain words with the awkward ones a library meets in the wild (`__proto__`,
 * `constructor`, emoji, spaces, the empty string is left out because shorthand cannot carry it).
 * Counts are whole numbers, decimals (`"0.25"`) or fractions (`"1/3"`), so that exactness is
 * exercised.
 */
import fc from "fast-check";
import type { RankedBallotInput } from "../../src/ballots/index.js";

/** Awkward but valid candidate names. */
export const AWKWARD_NAMES: readonly string[] = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "🍕",
  "a b",
  "Zoë",
  "x.y",
];

/** A candidate name usable in shorthand and in `{ ranking }` ballots (no `>`, `=`, no edge spaces). */
export const arbCandidateName = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...AWKWARD_NAMES),
    fc
      .string({ minLength: 1, maxLength: 6 })
      .filter((s) => !/[>=]/.test(s) && s.trim() === s && s !== ""),
  );

/** `k` distinct candidate names, 1 ≤ k ≤ max. */
export const arbCandidates = (maxCandidates: number, minCandidates = 1): fc.Arbitrary<string[]> =>
  fc.uniqueArray(arbCandidateName(), { minLength: minCandidates, maxLength: maxCandidates });

/** A count as the spec accepts it: a whole number, a decimal string or a fraction string. */
export const arbCount = (): fc.Arbitrary<number | string> =>
  fc.oneof(
    fc.integer({ min: 0, max: 50 }),
    fc.constantFrom("0.25", "1/3", "2/3", "0.5", "7/6", "3"),
  );

/** A ranked ballot over `candidates` as `{ ranking, count }`: some candidates in tiers, the rest unranked. */
export const arbRankedBallot = (
  candidates: readonly string[],
  withCounts = true,
): fc.Arbitrary<Exclude<RankedBallotInput, string>> =>
  fc
    .record({
      order: fc.shuffledSubarray([...candidates]),
      cuts: fc.array(fc.boolean(), { minLength: candidates.length, maxLength: candidates.length }),
      count: withCounts ? fc.option(arbCount(), { nil: undefined }) : fc.constant(undefined),
    })
    .map(({ order, cuts, count }) => {
      // cuts[i] true: candidate i+1 of `order` starts a new tier; false: tied with the previous.
      const ranking: string[][] = [];
      order.forEach((name, i) => {
        const last = ranking[ranking.length - 1];
        if (last === undefined || cuts[i] === true) ranking.push([name]);
        else last.push(name);
      });
      return count === undefined ? { ranking } : { ranking, count };
    });

/** A list of candidates with ranked ballots over them (weak orders, truncated, counted). */
export const arbRankedProfileInput = (
  maxCandidates: number,
  maxBallots: number,
  options: { readonly withCounts?: boolean } = {},
): fc.Arbitrary<{ candidates: string[]; ballots: Exclude<RankedBallotInput, string>[] }> =>
  arbCandidates(maxCandidates).chain((candidates) =>
    fc.record({
      candidates: fc.constant(candidates),
      ballots: fc.array(arbRankedBallot(candidates, options.withCounts ?? true), {
        maxLength: maxBallots,
      }),
    }),
  );

/** Complete strict rankings (every candidate, no ties) over `candidates`, without counts. */
export const arbCompleteRankings = (
  candidates: readonly string[],
  maxBallots: number,
): fc.Arbitrary<{ ranking: string[] }[]> =>
  fc.array(
    fc
      .shuffledSubarray([...candidates], {
        minLength: candidates.length,
        maxLength: candidates.length,
      })
      .map((ranking) => ({ ranking })),
    { maxLength: maxBallots },
  );

/** An approval ballot over `candidates`, with an optional count. */
export const arbApprovalBallot = (
  candidates: readonly string[],
): fc.Arbitrary<{ approve: string[]; count?: number | string }> =>
  fc
    .record({
      approve: fc.subarray([...candidates]),
      count: fc.option(arbCount(), { nil: undefined }),
    })
    .map(({ approve, count }) => (count === undefined ? { approve } : { approve, count }));

/** Approval ballots over candidates. */
export const arbApprovalProfileInput = (
  maxCandidates: number,
  maxBallots: number,
): fc.Arbitrary<{
  candidates: string[];
  ballots: { approve: string[]; count?: number | string }[];
}> =>
  arbCandidates(maxCandidates).chain((candidates) =>
    fc.record({
      candidates: fc.constant(candidates),
      ballots: fc.array(arbApprovalBallot(candidates), { maxLength: maxBallots }),
    }),
  );

/** A score ballot over `candidates`, scores in `range`, some candidates left unscored. */
export const arbScoreBallot = (
  candidates: readonly string[],
  range: { readonly min: number; readonly max: number },
): fc.Arbitrary<{ scores: Record<string, number>; count?: number | string }> =>
  fc
    .record({
      scored: fc.subarray([...candidates]),
      values: fc.array(fc.integer(range), {
        minLength: candidates.length,
        maxLength: candidates.length,
      }),
      count: fc.option(arbCount(), { nil: undefined }),
    })
    .map(({ scored, values, count }) => {
      // Object.fromEntries makes own keys, so "__proto__" is an ordinary candidate here.
      const scores = Object.fromEntries(scored.map((name, i) => [name, values[i] ?? 0]));
      return count === undefined ? { scores } : { scores, count };
    });

/** Score ballots over candidates, scores in `range` (some candidates left unscored). */
export const arbScoreProfileInput = (
  maxCandidates: number,
  maxBallots: number,
  range: { readonly min: number; readonly max: number } = { min: 0, max: 5 },
): fc.Arbitrary<{
  candidates: string[];
  ballots: { scores: Record<string, number>; count?: number | string }[];
}> =>
  arbCandidates(maxCandidates).chain((candidates) =>
    fc.record({
      candidates: fc.constant(candidates),
      ballots: fc.array(arbScoreBallot(candidates, range), { maxLength: maxBallots }),
    }),
  );

/** Splits a list into two consecutive parts at a random point. */
export const arbSplit = <T>(items: readonly T[]): fc.Arbitrary<[T[], T[]]> =>
  fc.integer({ min: 0, max: items.length }).map((k) => [items.slice(0, k), items.slice(k)]);
