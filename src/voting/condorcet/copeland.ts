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
 * `options.then` breaks ties in the Copeland score by a second rule before the tie-break policy
 * (electowiki, "Copeland's method", on its many ties; Merlin and Saari 1997 study Copeland with a
 * Borda tie-break): `"borda"` ranks tied candidates by their Borda score read off the pairwise
 * tally (the sum of their head-to-head margins, which orders candidates exactly as the Borda count
 * with averaged ties does on complete ballots); `"minimax"` ranks them by their worst defeat
 * (the rival's winning votes, 0 without a defeat; smaller is better), as in `minimax`. Candidates
 * still tied go to the tie-break policy. The outcome's `variant` then reads e.g. `"copeland, then
 * borda"`.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { RankedProfile } from "../../ballots/profile.js";
import type { PairwiseTally } from "../../ballots/tally/pairwise.js";
import type { DecideError } from "../../core/errors.js";
import { step } from "../../core/explanation.js";
import { pure } from "../../core/internal/pure.js";
import type { Outcome } from "../../core/outcome.js";
import * as rationals from "../../core/rational.js";
import { parseRational, type Rational, rational } from "../../core/rational.js";
import { createTieBreaker, type TieBreakPolicy } from "../../core/tie-break.js";
import { electFromRanking } from "../../counting/elect.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import {
  allCandidates,
  describeScores,
  exactOf,
  listNames,
  tiersBy,
  unrankedOption,
} from "../../counting/outcome.js";
import { LEXICOGRAPHIC, withKind } from "../../counting/ranked.js";
import {
  type CondorcetOptions,
  type CondorcetOutcome,
  condorcetSentence,
  exactVotes,
  marginOf,
  pairwiseRecord,
  pairwiseSentence,
  tallyOf,
  votesFor,
} from "./shared.js";

/** Options of {@link copeland}. @category methods */
export interface CopelandOptions extends CondorcetOptions {
  /**
   * Points for a head-to-head tie, from 0 to 1 (default `1/2`; `1` is Llull's rule): a number or an
   * exact fraction such as `"1/3"`.
   */
  readonly alpha?: number | string | undefined;
  /** A second rule that orders candidates tied on Copeland score (default: none). */
  readonly then?: "borda" | "minimax" | undefined;
}

/** What {@link copeland} returns. @category outcomes */
export interface CopelandOutcome extends CondorcetOutcome {
  /** Each candidate's head-to-head wins, ties and losses. */
  readonly record: Readonly<
    Record<string, { readonly wins: number; readonly ties: number; readonly losses: number }>
  >;
}

const HALF: Rational = /* @__PURE__ */ rational(1n, 2n);

/**
 * Elects the candidate who wins the most head-to-head contests (a tie counting `alpha`).
 *
 * @remarks
 * Copeland (1951); Llull with `alpha = 1`. Condorcet winner and loser consistent and Smith
 * consistent (every Smith member outscores every non-member), monotonic; it fails independence of
 * clones and often produces ties. Exact rational scores. O(B n² + n²).
 * Tie-break `none`: `winners` is every candidate who wins under some resolution of the ties met
 * (here the only tie left to the policy is for first place, so: every candidate tied for first);
 * never an empty list.
 *
 * @param profile - ranked ballots.
 * @param options - `alpha` (points per tie, default 1/2), `then` (a second rule for tied scores:
 * `borda` or `minimax`) and `unranked`.
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
): CopelandOutcome => copelandFromTally(tallyOf(profile, options.unranked), options, tieBreak);

/**
 * copeland on a pairwise tally already computed (for example one merged from shards: see
 * `decideTally`). The same count as on the profile the tally came from.
 *
 * @internal
 */
export const copelandFromTally = (
  tally: PairwiseTally,
  options: CopelandOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): CopelandOutcome => {
  const alpha = readAlpha(options.alpha);
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
  const byScore = tiersBy(allCandidates(n), (a, b) =>
    rationals.compare(scores[a] as Rational, scores[b] as Rational),
  );
  const second = options.then === undefined ? undefined : secondScores(tally, options.then);
  const ranking =
    second === undefined
      ? byScore
      : byScore.flatMap((tier) =>
          tiersBy(tier, (a, b) => (second[a] as number) - (second[b] as number)),
        );
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const variant =
    options.then === undefined ? variantOf(alpha) : `${variantOf(alpha)}, then ${options.then}`;
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
      ...(second === undefined || (byScore[0]?.length ?? 0) <= 1
        ? []
        : [
            step(
              "then",
              `${listNames((byScore[0] ?? []).map(name))} tie on Copeland score; ${THEN_WORDS[options.then ?? "borda"]}: ${(byScore[0] ?? []).map((c) => `${name(c)} ${exactVotes(tally, options.then === "minimax" ? -(second[c] as number) : (second[c] as number))}`).join(", ")}.`,
              {
                secondRule: options.then,
                [options.then ?? "borda"]: Object.fromEntries(
                  (byScore[0] ?? []).map((c) => [
                    name(c),
                    exactVotes(
                      tally,
                      options.then === "minimax" ? -(second[c] as number) : (second[c] as number),
                    ),
                  ]),
                ),
              },
            ),
          ]),
    ],
    reason:
      second === undefined || (byScore[0]?.length ?? 0) <= 1
        ? "the highest Copeland score"
        : `the highest Copeland score, then ${options.then === "minimax" ? "the smallest worst defeat" : "the highest Borda score"}`,
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

const THEN_WORDS: Readonly<Record<"borda" | "minimax", string>> = {
  borda: "their Borda scores (the sum of their head-to-head margins) separate them, higher first",
  minimax: "their worst defeats (the rival's winning votes) separate them, smaller first",
};

/**
 * The second rule's score by candidate, higher is better: the sum of margins (Borda), or the
 * negated winning votes of the worst defeat (minimax).
 */
const secondScores = (tally: PairwiseTally, then: "borda" | "minimax"): number[] => {
  const n = tally.candidates.length;
  return allCandidates(n).map((i) => {
    let value = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      if (then === "borda") value += marginOf(tally, i, j);
      else if (marginOf(tally, j, i) > 0) value = Math.max(value, votesFor(tally, j, i));
    }
    return then === "borda" ? value : -value;
  });
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
export const CopelandOptionsSchema: z.ZodMiniType<CopelandOptions> = /* @__PURE__ */ pure(() =>
  z.strictObject({
    unranked: unrankedOption,
    // biome-ignore lint/suspicious/noThenProperty: the option is named "then" (issue 11); its value is a string, never a function, so no options object is a thenable.
    then: z.optional(z.enum(["borda", "minimax"])),
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
  }),
);

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
  limits: /* @__PURE__ */ methodLimits("copeland", 400, 2_000, { pairs: true }),
  options: CopelandOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("copeland", "ranked", profile, (p) => copeland(p, options, tieBreak)),
};
