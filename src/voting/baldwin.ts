/**
 * Baldwin's method: compute every continuing candidate's Borda score, eliminate the lowest, and
 * recompute among the survivors until one remains.
 *
 * Documented rules:
 * - Borda scores are recomputed each round on the ballots restricted to the continuing
 *   candidates, from the pairwise matrix (1 point per continuing candidate ranked below, 1/2 per
 *   continuing candidate tied). Unranked candidates follow `options.unranked`.
 * - Ties for the lowest score: the tie-break policy eliminates one (the look-back policies read the
 *   earlier rounds' scores); with policy `none` all tied candidates are eliminated together.
 *   Deciding whether a candidate wins under *some* elimination order is NP-complete (Mattei,
 *   Narodytska and Walsh 2014), so ties are broken, not explored.
 * - When the last two continuing candidates have the same score they are tied for the win and
 *   the policy selects; three or more with equal scores go on to an elimination by the policy
 *   (with policy `none` they are all winners).
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import type { RankedProfile, UnrankedRule } from "../ballots/profile.js";
import type { DecideError } from "../core/errors.js";
import type { Outcome } from "../core/outcome.js";
import { compare, type Rational } from "../core/rational.js";
import { createTieBreaker, type TieBreakPolicy } from "../core/tie-break.js";
import { methodLimits } from "./internal/limits.js";
import {
  allCandidates,
  describeScores,
  eliminateTied,
  exactOf,
  listNames,
  namesOf,
  rankedOptionsSchema,
  selectWinners,
  tiersBy,
} from "./internal/outcome.js";
import { bordaAmong, doubledPairwise, LEXICOGRAPHIC, withKind } from "./internal/ranked.js";
import { agree, CountLog } from "./internal/rounds.js";
import type { MethodDefinition } from "./method.js";

/** Options of {@link baldwin}. @category methods */
export interface BaldwinOptions {
  /** What a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: UnrankedRule | undefined;
}

/**
 * Elects a candidate by repeated Borda counts, each dropping the candidate with the lowest score.
 *
 * @remarks
 * Baldwin (1926), "The technique of the Nanson preferential majority system of election",
 * Proceedings of the Royal Society of Victoria 39. A Condorcet winner always scores above the
 * mean, so it is never last. Scores are exact. O(B n² + n³).
 *
 * @param profile - ranked ballots.
 * @param options - `unranked` (see {@link nanson}).
 * @param tieBreak - how ties for elimination and for the win are broken (default lexicographic).
 * @example Tennessee's capital (Wikipedia): Nashville
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { baldwin } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["M", "N", "C", "K"], [
 *   { ranking: ["M", "N", "C", "K"], count: 42 }, { ranking: ["N", "C", "K", "M"], count: 26 },
 *   { ranking: ["C", "K", "N", "M"], count: 15 }, { ranking: ["K", "C", "N", "M"], count: 17 },
 * ]);
 * E.isRight(p) && baldwin(p.right).winners; // => ["N"]
 * ```
 *
 * @category methods
 */
export const baldwin = (
  profile: RankedProfile,
  options: BaldwinOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): Outcome => {
  const unranked = options.unranked ?? "tied-last";
  const { candidates } = profile;
  const n = candidates.length;
  const doubled = doubledPairwise(profile, unranked);
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const history: Rational[][] = [];
  const log = new CountLog(
    candidates,
    "Baldwin's method: compute the Borda scores of the continuing candidates, eliminate the lowest, and repeat until one candidate remains.",
    { unranked },
  );
  let alive = allCandidates(n);
  let finalTiers: number[][] = [alive];
  let reason = "the last continuing candidate";
  for (let round = 1; ; round++) {
    const scores = bordaAmong(doubled, n, alive, profile.countDenominator);
    history.push(scores);
    const exact = scores.map(exactOf);
    const byScore = tiersBy(alive, (a, b) => compare(scores[a] as Rational, scores[b] as Rational));
    const tallies = Object.fromEntries(alive.map((c) => [candidates[c], exact[c]]));
    const text = `Round ${round}: Borda scores ${describeScores(candidates, byScore.flat(), exact)}.`;
    if (byScore.length <= 1 && (alive.length <= 2 || tieBreaker.policy.kind === "none")) {
      finalTiers = byScore.length === 0 ? [] : byScore;
      reason =
        alive.length <= 1
          ? "the last continuing candidate"
          : `every continuing candidate has the same Borda score in round ${round}`;
      log.round({
        round,
        tallies,
        text: `${text} ${alive.length <= 1 ? "One candidate remains." : "They are all tied."}`,
      });
      break;
    }
    const lowest = byScore[byScore.length - 1] ?? [];
    const out = eliminateTied(lowest, tieBreaker, `round ${round}`, history);
    log.eliminate(out);
    const outNames = namesOf(candidates, out);
    log.round({
      round,
      tallies,
      eliminated: outNames,
      text: `${text} ${listNames(outNames)} ${agree(out.length, "has", "have")} the lowest score and ${agree(out.length, "is", "are")} eliminated.`,
    });
    alive = alive.filter((c) => !out.includes(c));
  }
  const top = finalTiers[0] ?? [];
  return log.finish({
    method: "baldwin",
    top,
    winners: selectWinners(top, tieBreaker, "final round", history),
    reason,
    finalTiers,
    scores: (history[0] ?? []).map(exactOf),
    tieBreaker,
  });
};

/**
 * The registry entry of {@link baldwin}.
 *
 * @category registry
 */
export const baldwinMethod: MethodDefinition<BaldwinOptions> = {
  id: "baldwin",
  name: "Baldwin's method",
  ballotKind: "ranked",
  summary: "Repeated Borda counts, each eliminating the candidate with the lowest score.",
  source: "Baldwin (1926), Proceedings of the Royal Society of Victoria 39.",
  satisfies: [
    "anonymity",
    "neutrality",
    "pareto",
    "majority",
    "condorcet-winner",
    "condorcet-loser",
    "smith",
  ],
  fails: [
    "monotonicity",
    "participation",
    "clone-independence",
    "reversal-symmetry",
    "later-no-harm",
  ],
  complexity: "O(B n² + n³) for B distinct ballots and n candidates",
  limits: methodLimits("baldwin", 300, 1_000, { pairs: true }),
  options: rankedOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("baldwin", "ranked", profile, (p) => baldwin(p, options, tieBreak)),
};
