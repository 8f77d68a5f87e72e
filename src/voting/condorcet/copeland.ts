/**
 * Copeland's method: each candidate scores one point per head-to-head win and `alpha` points per
 * head-to-head tie; the highest score wins.
 *
 * Source: Copeland (1951), "A 'reasonable' social welfare function", seminar notes, University of
 * Michigan; the `alpha` parametrisation ("Copeland^α") is that of Faliszewski, Hemaspaandra,
 * Hemaspaandra and Rothe (2009), "Llull and Copeland voting computationally resist bribery and
 * constructive control", JAIR 35. The default `alpha = 1/2` is Copeland's usual rule (a tie is half
 * a win); `alpha = 1` is Ramon Llull's rule (1299, a tie counts as a win); `alpha = 0` counts wins
 * only. Scores are exact rationals. Ties for the top score go to the tie-break policy; the ranking
 * orders all candidates by score. O(B n² + n²).
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { RankedProfile } from "../../ballots/profile.js";
import type { DecideError } from "../../core/errors.js";
import { step } from "../../core/explanation.js";
import type { Outcome } from "../../core/outcome.js";
import * as rationals from "../../core/rational.js";
import { parseRational, type Rational, rational } from "../../core/rational.js";
import { createTieBreaker, type TieBreakPolicy } from "../../core/tie-break.js";
import { electFromRanking } from "../internal/elect.js";
import { methodLimits } from "../internal/limits.js";
import {
  allCandidates,
  describeScores,
  exactOf,
  tiersBy,
  unrankedOption,
} from "../internal/outcome.js";
import { LEXICOGRAPHIC, withKind } from "../internal/ranked.js";
import type { MethodDefinition } from "../method.js";
import {
  type CondorcetOptions,
  type CondorcetOutcome,
  condorcetSentence,
  marginOf,
  pairwiseRecord,
  pairwiseSentence,
  tallyOf,
} from "./shared.js";

/** Options of {@link copeland}. @category methods */
export interface CopelandOptions extends CondorcetOptions {
  /**
   * Points for a head-to-head tie, from 0 to 1 (default `1/2`; `1` is Llull's rule): a number or an
   * exact fraction such as `"1/3"`.
   */
  readonly alpha?: number | string | undefined;
}

/** What {@link copeland} returns. @category outcomes */
export interface CopelandOutcome extends CondorcetOutcome {
  /** Each candidate's head-to-head wins, ties and losses. */
  readonly record: Readonly<
    Record<string, { readonly wins: number; readonly ties: number; readonly losses: number }>
  >;
}

const HALF: Rational = rational(1n, 2n);

/**
 * Elects the candidate who wins the most head-to-head contests (a tie counting `alpha`).
 *
 * @remarks
 * Copeland (1951); Llull with `alpha = 1`. Condorcet winner and loser consistent and Smith
 * consistent (every Smith member outscores every non-member), monotonic; it fails independence of
 * clones and often produces ties. Exact rational scores. O(B n² + n²).
 *
 * @param profile - ranked ballots.
 * @param options - `alpha` (points per tie, default 1/2) and `unranked`.
 * @param tieBreak - how to choose among tied leaders (default lexicographic; `none` keeps them all).
 * @example A majority cycle: everyone wins once, so all tie
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { copeland } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["a", "b", "c"], ["a>b>c", "b>c>a", "c>a>b"]);
 * E.isRight(p) && copeland(p.right, {}, { kind: "none" }).winners; // => ["a", "b", "c"]
 * ```
 *
 * @category methods
 */
export const copeland = (
  profile: RankedProfile,
  options: CopelandOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): CopelandOutcome => {
  const alpha = readAlpha(options.alpha);
  const tally = tallyOf(profile, options.unranked);
  const { candidates } = tally;
  const n = candidates.length;
  const wins = new Array<number>(n).fill(0);
  const ties = new Array<number>(n).fill(0);
  const losses = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const m = marginOf(tally, i, j);
      if (m > 0) wins[i] = (wins[i] as number) + 1;
      else if (m < 0) losses[i] = (losses[i] as number) + 1;
      else ties[i] = (ties[i] as number) + 1;
    }
  }
  const scores = wins.map((w, c) =>
    rationals.add(rational(BigInt(w)), rationals.mul(alpha, rational(BigInt(ties[c] as number)))),
  );
  const exact = scores.map(exactOf);
  const ranking = tiersBy(allCandidates(n), (a, b) =>
    rationals.compare(scores[a] as Rational, scores[b] as Rational),
  );
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const variant = variantOf(alpha);
  const name = (c: number): string => candidates[c] as string;
  const base = electFromRanking({
    method: "copeland",
    variant,
    candidates,
    ranking,
    scores: exact,
    tieBreaker,
    steps: [
      step("pairwise", pairwiseSentence(tally), { pairwise: pairwiseRecord(tally) }),
      step("condorcet", condorcetSentence(tally)),
      step(
        "score",
        `Copeland score = wins + ${rationals.toFraction(alpha)} × ties: ${describeScores(candidates, ranking.flat(), exact)}.`,
        {
          alpha: rationals.toFraction(alpha),
          wins: Object.fromEntries(allCandidates(n).map((c) => [name(c), wins[c]])),
          ties: Object.fromEntries(allCandidates(n).map((c) => [name(c), ties[c]])),
        },
      ),
    ],
    reason: "the highest Copeland score",
  });
  return {
    ...base,
    pairwise: pairwiseRecord(tally),
    record: Object.fromEntries(
      allCandidates(n).map((c) => [
        name(c),
        { wins: wins[c] as number, ties: ties[c] as number, losses: losses[c] as number },
      ]),
    ),
  };
};

const readAlpha = (alpha: number | string | undefined): Rational => {
  if (alpha === undefined) return HALF;
  const parsed = parseRational(alpha);
  // The options schema has checked the value; an unchecked caller gets the default rule.
  return parsed !== undefined && isUnitInterval(parsed) ? parsed : HALF;
};

const isUnitInterval = (r: Rational): boolean => r.num >= 0n && r.num <= r.den;

const variantOf = (alpha: Rational): string =>
  rationals.equals(alpha, HALF)
    ? "copeland"
    : rationals.equals(alpha, rationals.ONE)
      ? "llull"
      : `alpha=${rationals.toFraction(alpha)}`;

/** The options schema of {@link copelandMethod}. @category registry */
export const CopelandOptionsSchema: z.ZodMiniType<CopelandOptions> = z.strictObject({
  unranked: unrankedOption,
  alpha: z.optional(
    z.union([z.number(), z.string()]).check(
      z.refine(
        (value) => {
          const parsed = parseRational(value);
          return parsed !== undefined && isUnitInterval(parsed);
        },
        { message: 'alpha must be a number or fraction from 0 to 1, e.g. 0.5 or "1/3"' },
      ),
    ),
  ),
});

/**
 * The registry entry of {@link copeland}.
 *
 * @category registry
 */
export const copelandMethod: MethodDefinition<CopelandOptions> = {
  id: "copeland",
  name: "Copeland (Llull with alpha = 1)",
  ballotKind: "ranked",
  summary:
    "Counts how many head-to-head contests each candidate wins (a tie counts half by default); the most wins take it.",
  source:
    "Copeland (1951); Llull (1299); alpha parametrisation of Faliszewski et al. (2009), JAIR 35.",
  satisfies: [
    "anonymity",
    "neutrality",
    "pareto",
    "majority",
    "condorcet-winner",
    "condorcet-loser",
    "smith",
    "monotonicity",
    "independence-of-smith-dominated",
  ],
  fails: ["clone-independence", "later-no-harm", "participation"],
  complexity: "O(B n² + n²) for B distinct ballots and n candidates",
  limits: methodLimits("copeland", 400, 2_000, { pairs: true }),
  options: CopelandOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("copeland", "ranked", profile, (p) => copeland(p, options, tieBreak)),
};
