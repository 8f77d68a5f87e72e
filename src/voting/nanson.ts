/**
 * Nanson's method: compute every continuing candidate's Borda score, eliminate every candidate at
 * or below the mean score, and repeat among the survivors until one remains.
 *
 * Documented rules:
 * - Variant (`options.variant`): `"nanson"` (the default, Nanson 1882) eliminates candidates at or
 *   below the mean; `"schwartz"` (Schwartz 1986) eliminates only those strictly below it.
 * - Borda scores are recomputed each round on the ballots restricted to the continuing
 *   candidates, from the pairwise matrix: a candidate gets 1 point per continuing candidate a
 *   ballot ranks below it and 1/2 per continuing candidate tied with it. Unranked candidates follow
 *   `options.unranked` (`tied-last`: tied with each other, below the ranked ones; `not-compared`:
 *   not compared on that ballot).
 * - When every continuing candidate has the mean score, they are all tied for the win and the
 *   tie-break policy selects (with `none`, all are winners). No other tie arises: a whole group
 *   is eliminated together.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { RankedProfile } from "../ballots/profile.js";
import type { DecideError } from "../core/errors.js";
import { pure } from "../core/internal/pure.js";
import type { Outcome } from "../core/outcome.js";
import * as rationals from "../core/rational.js";
import { compare, type Rational, rational } from "../core/rational.js";
import { createTieBreaker, type TieBreakPolicy } from "../core/tie-break.js";
import { methodLimits } from "../counting/limits.js";
import type { MethodDefinition } from "../counting/method.js";
import {
  allCandidates,
  describeScores,
  exactOf,
  listNames,
  namesOf,
  selectWinners,
  tiersBy,
  unrankedOption,
} from "../counting/outcome.js";
import { bordaAmong, doubledPairwise, LEXICOGRAPHIC, withKind } from "../counting/ranked.js";
import { agree, CountLog } from "../counting/rounds.js";

/** Options of {@link nanson}. @category methods */
export interface NansonOptions {
  /** `nanson` (at or below the mean is eliminated; default) or `schwartz` (strictly below). */
  readonly variant?: "nanson" | "schwartz" | undefined;
  /** What a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: "tied-last" | "not-compared" | undefined;
}

const NansonOptionsSchema: z.ZodMiniType<NansonOptions> = /* @__PURE__ */ pure(() =>
  z.strictObject({
    variant: z.optional(z.enum(["nanson", "schwartz"])),
    unranked: unrankedOption,
  }),
);

/**
 * Elects a candidate by repeated Borda counts, each dropping every candidate at or below the mean.
 *
 * @remarks
 * Nanson (1882), "Methods of election", Transactions and Proceedings of the Royal Society of
 * Victoria 19; the strict variant is Schwartz (1986), The Logic of Collective Choice. A Condorcet
 * winner always scores above the mean, so it is never eliminated. Scores are exact. O(B n² + n³).
 * Tie-break `none`: `winners` is every candidate who wins under some resolution of the ties met
 * (a whole group leaves together each round, so the only tie left to the policy is among the
 * last candidates standing: all of them); never an empty list.
 *
 * @param profile - ranked ballots.
 * @param options - `variant` and `unranked`.
 * @param tieBreak - how a final tie is broken (default lexicographic).
 * @example Tennessee's capital (Wikipedia): Nashville, the Condorcet winner
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { nanson } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["M", "N", "C", "K"], [
 *   { ranking: ["M", "N", "C", "K"], count: 42 }, { ranking: ["N", "C", "K", "M"], count: 26 },
 *   { ranking: ["C", "K", "N", "M"], count: 15 }, { ranking: ["K", "C", "N", "M"], count: 17 },
 * ]);
 * E.isRight(p) && nanson(p.right).winners; // => ["N"]
 * ```
 *
 * @category methods
 */
export const nanson = (
  profile: RankedProfile,
  options: NansonOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): Outcome => {
  const variant = options.variant ?? "nanson";
  const unranked = options.unranked ?? "tied-last";
  const { candidates } = profile;
  const n = candidates.length;
  const doubled = doubledPairwise(profile, unranked);
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const log = new CountLog(
    candidates,
    `Nanson's method: compute the Borda scores of the continuing candidates, eliminate every candidate ${variant === "nanson" ? "at or below" : "strictly below"} the mean score, and repeat until one candidate remains.`,
    { variant, unranked },
  );
  let alive = allCandidates(n);
  let firstScores: Rational[] = [];
  let finalTiers: number[][] = [alive];
  let reason = "the last continuing candidate";
  for (let round = 1; ; round++) {
    const scores = bordaAmong(doubled, n, alive, profile.countDenominator);
    if (round === 1) firstScores = scores;
    const exact = scores.map(exactOf);
    const byScore = tiersBy(alive, (a, b) => compare(scores[a] as Rational, scores[b] as Rational));
    const tallies = Object.fromEntries(alive.map((c) => [candidates[c], exact[c]]));
    const total = rationals.sum(alive.map((c) => scores[c] as Rational));
    const mean =
      alive.length === 0 ? rationals.ZERO : rationals.div(total, rational(BigInt(alive.length)));
    const out = alive.filter((c) => {
      const cmp = rationals.compare(scores[c] as Rational, mean);
      return variant === "nanson" ? cmp <= 0 : cmp < 0;
    });
    const text = `Round ${round}: Borda scores ${describeScores(candidates, byScore.flat(), exact)}; the mean is ${exactOf(mean)}.`;
    if (alive.length <= 1 || out.length === 0 || out.length === alive.length) {
      finalTiers = byScore;
      reason =
        alive.length <= 1
          ? `the last continuing candidate after ${round - 1} elimination round${round === 2 ? "" : "s"}`
          : `every continuing candidate has the mean Borda score in round ${round}`;
      log.round(
        {
          round,
          tallies,
          text: `${text} ${alive.length <= 1 ? "One candidate remains." : "Every candidate has the mean score."}`,
        },
        { mean: exactOf(mean) },
      );
      break;
    }
    const outNames = namesOf(candidates, out);
    log.round(
      {
        round,
        tallies,
        eliminated: outNames,
        text: `${text} ${listNames(outNames)} ${agree(out.length, "is", "are")} ${variant === "nanson" ? "at or below" : "below"} the mean and ${agree(out.length, "is", "are")} eliminated.`,
      },
      { mean: exactOf(mean) },
    );
    // Those eliminated together are still ranked among themselves, by score.
    for (const group of tiersBy(out, (a, b) =>
      compare(scores[a] as Rational, scores[b] as Rational),
    ).reverse())
      log.eliminate(group);
    alive = alive.filter((c) => !out.includes(c));
  }
  const top = finalTiers[0] ?? [];
  return log.finish({
    method: "nanson",
    variant,
    top,
    winners: selectWinners(top, tieBreaker, "final round"),
    reason,
    finalTiers,
    scores: firstScores.map(exactOf),
    tieBreaker,
  });
};

/**
 * The registry entry of {@link nanson}.
 *
 * @category registry
 */
export const nansonMethod: MethodDefinition<NansonOptions> = {
  id: "nanson",
  name: "Nanson's method",
  ballotKind: "ranked",
  summary: "Repeated Borda counts, each eliminating every candidate at or below the mean score.",
  source:
    "Nanson (1882), Transactions and Proceedings of the Royal Society of Victoria 19; Schwartz (1986) for the strict variant.",
  satisfies: [
    "anonymity",
    "neutrality",
    "pareto",
    "majority",
    "condorcet-winner",
    "condorcet-loser",
    "smith",
  ],
  fails: ["monotonicity", "participation", "clone-independence", "later-no-harm"],
  complexity: "O(B n² + n³) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("nanson", 800, 3_000, { pairs: true }),
  options: NansonOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("nanson", "ranked", profile, (p) => nanson(p, options, tieBreak)),
};
