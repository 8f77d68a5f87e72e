/**
 * Instant-runoff voting (the alternative vote, Hare's rule for one seat): count first preferences;
 * while nobody holds a majority of the ballots still in play, eliminate the candidate with the
 * fewest votes and move each of its ballots to the next continuing candidate it ranks.
 *
 * Documented rules:
 * - Majority: a candidate with more than half of the continuing (non-exhausted) ballots wins.
 * - Ties on a ballot: a ballot whose highest continuing tier holds k candidates gives each 1/k
 *   (exact rationals throughout).
 * - Exhausted ballots: a ballot whose ranked candidates are all eliminated leaves the count. Under
 *   `unranked: "tied-last"` it would instead support every continuing candidate equally (they
 *   are all in its unranked tier), which changes no comparison, so both rules elect the same
 *   candidate and the count reports such ballots as exhausted.
 * - Ties for elimination: the tie-break policy decides (the `backwards` policy looks back to the
 *   most recent round where the tied candidates differed, as ERS97 5.2.5 does, then falls back;
 *   `forwards` looks from the first round). With policy `none` all candidates tied for last are
 *   eliminated together; if they are all the continuing candidates, they are all winners.
 * - When the last two continuing candidates are tied, they share the top tier and the winner is
 *   selected by the tie-break policy; when three or more are all tied, one is eliminated by the
 *   policy and the count goes on (with policy `none` they are all winners).
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import type { RankedProfile, UnrankedRule } from "../ballots/profile.js";
import type { DecideError } from "../core/errors.js";
import type { Outcome } from "../core/outcome.js";
import * as rationals from "../core/rational.js";
import { compare, type Rational } from "../core/rational.js";
import { createTieBreaker, type TieBreakPolicy } from "../core/tie-break.js";
import { methodLimits } from "./internal/limits.js";
import {
  describeScores,
  eliminateTied,
  exactOf,
  listNames,
  namesOf,
  rankedOptionsSchema,
  selectWinners,
  tiersBy,
} from "./internal/outcome.js";
import { createTransferCount, LEXICOGRAPHIC, withKind } from "./internal/ranked.js";
import { agree, CountLog } from "./internal/rounds.js";
import type { MethodDefinition } from "./method.js";

/** Options of {@link irv}. @category methods */
export interface IrvOptions {
  /** What a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: UnrankedRule | undefined;
}

/**
 * Elects a candidate by instant runoff: eliminate the weakest candidate, transfer their ballots,
 * repeat until someone holds a majority.
 *
 * @remarks
 * Hare's rule for a single seat, as in Australian House of Representatives and Irish presidential
 * counts; ties and exhausted ballots follow the module comment. Every round's tallies are exact.
 * O(B n) to start, then each round reads only the ballots it moves (O(n) each); plus O(n²)
 * rational work per round.
 *
 * @param profile - ranked ballots.
 * @param options - `unranked` (the winner is the same under both rules; see the module comment).
 * @param tieBreak - how ties for elimination and for the win are broken (default lexicographic).
 * @example Tennessee's capital (Wikipedia): Knoxville wins
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { irv } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["M", "N", "C", "K"], [
 *   { ranking: ["M", "N", "C", "K"], count: 42 }, { ranking: ["N", "C", "K", "M"], count: 26 },
 *   { ranking: ["C", "K", "N", "M"], count: 15 }, { ranking: ["K", "C", "N", "M"], count: 17 },
 * ]);
 * E.isRight(p) && irv(p.right).winners; // => ["K"]
 * ```
 *
 * @category methods
 */
export const irv = (
  profile: RankedProfile,
  options: IrvOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): Outcome => {
  const { candidates } = profile;
  const n = candidates.length;
  const count = createTransferCount(profile);
  const continuing = new Uint8Array(n).fill(1);
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const history: Rational[][] = [];
  const log = new CountLog(
    candidates,
    "Instant runoff: count each ballot for its highest-ranked continuing candidate. A candidate with more than half of the ballots still in play wins; otherwise the candidate with the fewest votes is eliminated and their ballots move to their next choice.",
    { unranked: options.unranked ?? "tied-last" },
  );
  let top: number[] = [];
  let finalTiers: number[][] = [];
  let reason = "";
  for (let round = 1; ; round++) {
    const alive = indicesOf(continuing);
    const { values, active } = count.tally();
    history.push(values);
    const exact = values.map(exactOf);
    const tallies = Object.fromEntries(alive.map((c) => [candidates[c], exact[c]]));
    const byVotes = tiersBy(alive, (a, b) => compare(values[a] as Rational, values[b] as Rational));
    const leader = byVotes[0] ?? [];
    const half = rationals.div(active, rationals.rational(2n));
    const leaderVotes = values[leader[0] ?? 0] as Rational;
    const tallyText = `Round ${round}: ${describeScores(candidates, byVotes.flat(), exact)} (${exactOf(active)} ballots in play).`;
    if (leader.length === 1 && rationals.compare(leaderVotes, half) > 0) {
      top = leader;
      finalTiers = byVotes;
      reason = `a majority of the ballots in play in round ${round}`;
      log.round({
        round,
        tallies,
        elected: namesOf(candidates, leader),
        text: `${tallyText} ${candidates[leader[0] as number]} has a majority and is elected.`,
      });
      break;
    }
    if (byVotes.length <= 1 && (alive.length <= 2 || tieBreaker.policy.kind === "none")) {
      top = alive;
      finalTiers = [alive];
      reason =
        alive.length <= 1
          ? "the last continuing candidate"
          : `every continuing candidate has the same number of votes in round ${round}`;
      log.round({
        round,
        tallies,
        text: `${tallyText} ${alive.length <= 1 ? "One candidate remains." : `${listNames(namesOf(candidates, alive))} are tied.`}`,
      });
      break;
    }
    const lowest = byVotes[byVotes.length - 1] ?? [];
    const out = eliminateTied(lowest, tieBreaker, `round ${round}`, history);
    for (const c of out) continuing[c] = 0;
    count.drop(out);
    log.eliminate(out);
    const outNames = namesOf(candidates, out);
    const spared = lowest.filter((c) => !out.includes(c));
    const tieNote =
      spared.length > 0
        ? ` (tied with ${listNames(namesOf(candidates, spared))}; the tie-break decided)`
        : "";
    log.round({
      round,
      tallies,
      eliminated: outNames,
      text: `${tallyText} Nobody has a majority; ${listNames(outNames)} ${agree(out.length, "has", "have")} the fewest votes${tieNote} and ${agree(out.length, "is", "are")} eliminated.`,
    });
  }
  return log.finish({
    method: "irv",
    top,
    winners: selectWinners(top, tieBreaker, "final round", history),
    reason,
    finalTiers,
    scores: (history[0] ?? []).map(exactOf),
    tieBreaker,
  });
};

/**
 * The registry entry of {@link irv}.
 *
 * @category registry
 */
export const irvMethod: MethodDefinition<IrvOptions> = {
  id: "irv",
  name: "Instant runoff (alternative vote)",
  ballotKind: "ranked",
  summary:
    "Eliminate the candidate with the fewest first choices and transfer their ballots, until someone has a majority.",
  source: "Hare's rule for one seat; Tideman (2006), Collective Decisions and Voting, ch. 7.",
  satisfies: ["anonymity", "neutrality", "pareto", "majority", "condorcet-loser", "later-no-harm"],
  fails: ["condorcet-winner", "monotonicity", "participation", "reversal-symmetry", "smith"],
  complexity: "O(B n + n³) for B distinct ballots and n candidates",
  limits: methodLimits("irv", 500, 5_000),
  options: rankedOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("irv", "ranked", profile, (p) => irv(p, options, tieBreak)),
};

const indicesOf = (mask: Uint8Array): number[] => {
  const out: number[] = [];
  for (let c = 0; c < mask.length; c++) if (mask[c] === 1) out.push(c);
  return out;
};
