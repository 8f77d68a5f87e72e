/**
 * Tallies are mergeable summaries (DESIGN.md 4): merge is associative and commutative, the empty
 * tally is its identity, and the tally of two profiles together equals the merge of their tallies.
 * Values are compared exactly, as fractions, since two equal tallies may use different
 * denominators.
 */

import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type ApprovalTally,
  approvalProfile,
  approvalTally,
  emptyApproval,
  emptyFirstPreferences,
  emptyPairwise,
  emptyScores,
  type FirstPreferenceTally,
  firstPreferences,
  mergeApproval,
  mergeFirstPreferences,
  mergePairwise,
  mergeScores,
  type PairwiseTally,
  pairwiseTally,
  rankedProfile,
  type ScoreTally,
  scoreProfile,
  scoreTally,
  type UnrankedRule,
} from "../../src/ballots/index.js";
import { type DecideError, parseRational, rational, rationals } from "../../src/core/index.js";
import {
  arbApprovalBallot,
  arbCandidates,
  arbRankedBallot,
  arbScoreBallot,
} from "../helpers/arbitraries.js";
import { runs } from "../helpers/runs.js";

const right = <T>(either: E.Either<DecideError, T>): T => {
  if (E.isLeft(either)) throw new Error(either.left.message);
  return either.right;
};

const exact = (values: ArrayLike<number>, denominator: number): string[] =>
  Array.from(values, (v) => rationals.toFraction(rational(BigInt(v), BigInt(denominator))));

/** A tally as exact fractions, independent of its denominator. */
interface Law<T> {
  readonly name: string;
  readonly merge: (a: T, b: T) => E.Either<DecideError, T>;
  readonly empty: (candidates: readonly string[]) => T;
  readonly view: (t: T) => unknown;
}

const PAIRWISE = (unranked: UnrankedRule): Law<PairwiseTally> => ({
  name: `pairwise (${unranked})`,
  merge: mergePairwise,
  empty: (candidates) => emptyPairwise(candidates, unranked),
  view: (t) => ({ unranked: t.unranked, counts: exact(t.counts, t.denominator) }),
});

const FIRST: Law<FirstPreferenceTally> = {
  name: "first preferences",
  merge: mergeFirstPreferences,
  empty: emptyFirstPreferences,
  view: (t) => ({
    sole: exact(t.sole, t.denominator),
    blank: exact([t.blank], t.denominator),
    // A tier size with only zero counts says nothing: leave it out.
    shared: Object.fromEntries(
      Object.entries(t.shared)
        .filter(([, values]) => values.some((v) => v !== 0))
        .map(([k, values]) => [k, exact(values, t.denominator)]),
    ),
  }),
};

const APPROVAL: Law<ApprovalTally> = {
  name: "approval",
  merge: mergeApproval,
  empty: emptyApproval,
  view: (t) => exact(t.approvals, t.denominator),
};

const SCORES: Law<ScoreTally> = {
  name: "scores",
  merge: mergeScores,
  empty: emptyScores,
  view: (t) => ({ sums: exact(t.sums, t.denominator), scored: exact(t.scored, t.denominator) }),
};

/** Three lists of ballots over one candidate list. */
const arbThree = <B>(
  candidatesAndBallots: (candidates: string[]) => fc.Arbitrary<B>,
  maxCandidates: number,
): fc.Arbitrary<{ candidates: string[]; parts: [B[], B[], B[]] }> =>
  arbCandidates(maxCandidates).chain((candidates) =>
    fc.record({
      candidates: fc.constant(candidates),
      parts: fc.tuple(
        fc.array(candidatesAndBallots(candidates), { maxLength: 6 }),
        fc.array(candidatesAndBallots(candidates), { maxLength: 6 }),
        fc.array(candidatesAndBallots(candidates), { maxLength: 6 }),
      ),
    }),
  );

/** Checks the four laws for one tally, given how to tally a list of ballots. */
const checkLaws = <B, T>(
  law: Law<T>,
  arb: fc.Arbitrary<{ candidates: string[]; parts: [B[], B[], B[]] }>,
  tally: (candidates: readonly string[], ballots: readonly B[]) => T,
): void => {
  fc.assert(
    fc.property(arb, ({ candidates, parts: [x, y, z] }) => {
      const [a, b, c] = [tally(candidates, x), tally(candidates, y), tally(candidates, z)];
      const merge = (p: T, q: T): T => right(law.merge(p, q));
      // The tally of the concatenation is the merge of the tallies.
      expect(law.view(tally(candidates, [...x, ...y]))).toEqual(law.view(merge(a, b)));
      // Associative.
      expect(law.view(merge(merge(a, b), c))).toEqual(law.view(merge(a, merge(b, c))));
      // Commutative.
      expect(law.view(merge(a, b))).toEqual(law.view(merge(b, a)));
      // Identity on both sides.
      expect(law.view(merge(law.empty(candidates), a))).toEqual(law.view(a));
      expect(law.view(merge(a, law.empty(candidates)))).toEqual(law.view(a));
    }),
    { numRuns: runs(150) },
  );
};

describe("tallies are mergeable summaries (property)", () => {
  const ranked = arbThree((candidates) => arbRankedBallot(candidates), 5);

  for (const unranked of ["tied-last", "not-compared"] as const) {
    it(`pairwise under ${unranked}: concatenation, associativity, commutativity, identity`, () => {
      checkLaws(PAIRWISE(unranked), ranked, (candidates, ballots) =>
        pairwiseTally(right(rankedProfile(candidates, ballots)), { unranked }),
      );
    });
  }

  it("first preferences: concatenation, associativity, commutativity, identity", () => {
    checkLaws(FIRST, ranked, (candidates, ballots) =>
      firstPreferences(right(rankedProfile(candidates, ballots))),
    );
  });

  it("approval: concatenation, associativity, commutativity, identity", () => {
    checkLaws(APPROVAL, arbThree(arbApprovalBallot, 5), (candidates, ballots) =>
      approvalTally(right(approvalProfile(candidates, ballots))),
    );
  });

  it("scores: concatenation, associativity, commutativity, identity", () => {
    const range = { min: -2, max: 5 };
    const arb = arbThree((candidates) => arbScoreBallot(candidates, range), 5);
    checkLaws(SCORES, arb, (candidates, ballots) =>
      scoreTally(right(scoreProfile(candidates, ballots, range))),
    );
  });

  for (const unranked of ["tied-last", "not-compared"] as const) {
    it(`pairwise under ${unranked} equals its definition, computed ballot by ballot`, () => {
      fc.assert(
        fc.property(
          arbCandidates(6).chain((candidates) =>
            fc.record({
              candidates: fc.constant(candidates),
              ballots: fc.array(arbRankedBallot(candidates), { maxLength: 12 }),
            }),
          ),
          ({ candidates, ballots }) => {
            const n = candidates.length;
            const expected = Array.from({ length: n * n }, () => rational(0n));
            for (const ballot of ballots) {
              const tier = new Map<string, number>();
              ballot.ranking.forEach((names, t) => {
                for (const name of typeof names === "string" ? [names] : names) tier.set(name, t);
              });
              const count = ballot.count === undefined ? rational(1n) : parseRational(ballot.count);
              if (count === undefined) throw new Error("the arbitrary made a bad count");
              candidates.forEach((a, i) => {
                candidates.forEach((b, j) => {
                  const ta = tier.get(a);
                  const tb = tier.get(b);
                  const prefers =
                    ta !== undefined && (tb === undefined ? unranked === "tied-last" : ta < tb);
                  if (prefers)
                    expected[i * n + j] = rationals.add(expected[i * n + j] ?? rational(0n), count);
                });
              });
            }
            const tally = pairwiseTally(right(rankedProfile(candidates, ballots)), { unranked });
            expect(exact(tally.counts, tally.denominator)).toEqual(
              expected.map(rationals.toFraction),
            );
          },
        ),
        { numRuns: runs(200) },
      );
    });
  }
});
