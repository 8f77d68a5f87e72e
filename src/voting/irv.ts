/**
 * Instant-runoff voting (the alternative vote, Hare's rule for one seat): count first preferences;
 * while nobody holds a majority of the ballots still in play, eliminate the candidate with the
 * fewest votes and move each of its ballots to the next continuing candidate it ranks.
 *
 * Documented rules:
 * - Majority: a candidate with more than half of the continuing (non-exhausted) ballots wins.
 * - Ties on a ballot (`options.tiedFirst`): under `"split"` (the default) a ballot whose highest
 *   continuing tier holds k candidates gives each 1/k (exact rationals throughout; "Split-IRV");
 *   under `"approval"` it gives each of them a whole vote, as an approval ballot for its
 *   most-preferred continuing candidates (Delemazure and Peters 2024, "Generalizing instant
 *   runoff voting to allow indifferences": "Approval-IRV", the one extension of IRV to weak
 *   orders among scoring elimination rules that keeps independence of clones and respects a
 *   majority's top choices). Approval-IRV has no majority stop: since a ballot may count for
 *   several candidates, a candidate holding a majority can still fall behind, so the count
 *   eliminates the least-approved candidate until one remains, as the paper defines it. On
 *   ballots without ties the two rules elect the same candidate. The outcome's `variant` is
 *   `"approval"` under Approval-IRV (and absent under the default).
 * - Exhausted ballots: a ballot whose ranked candidates are all eliminated leaves the count. Under
 *   `unranked: "tied-last"` it would instead support every continuing candidate equally (they
 *   are all in its unranked tier), which changes no comparison, so both rules elect the same
 *   candidate and the count reports such ballots as exhausted.
 * - Ties for elimination: the tie-break policy decides (the `backwards` policy looks back to the
 *   most recent round where the tied candidates differed, as ERS97 5.2.5 does, then falls back;
 *   `forwards` looks from the first round). When every continuing candidate has the same number
 *   of votes, the policy eliminates one of three or more, or elects one of the last two.
 * - Tie-break policy `none` (the library's contract, docs/choosing-a-method.md): the winners are
 *   every candidate who wins on some path through the ties, each tie resolved independently where
 *   it arises. The rounds run up to the first tie left to the policy; a "branches" step then gives,
 *   for each candidate that tie could eliminate, who wins on some path after. The paths are
 *   searched depth first, memoised on the set of continuing candidates (each set counted once,
 *   O(B n) each, at most 2^k sets for k candidates continuing at the first tie), and every tie
 *   met on them is recorded in `tieBreaks`. `decide` refuses with `Unsupported` ("work_limit"),
 *   before searching, a first tie met with more than `options.maxTiePathCandidates` candidates
 *   continuing (default 14, at most 20); the typed function has no bound.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { RankedProfile, UnrankedRule } from "../ballots/profile.js";
import type { DecideError, Unsupported } from "../core/errors.js";
import { pure } from "../core/internal/pure.js";
import type { Outcome } from "../core/outcome.js";
import * as rationals from "../core/rational.js";
import { compare, type Rational } from "../core/rational.js";
import { createTieBreaker, type TieBreakPolicy } from "../core/tie-break.js";
import {
  followTie,
  maxTiePathCandidatesOption,
  type RoundDecision,
  unbounded,
} from "../counting/elimination.js";
import { methodLimits } from "../counting/limits.js";
import type { MethodDefinition } from "../counting/method.js";
import {
  describeScores,
  eliminateTied,
  exactOf,
  listNames,
  namesOf,
  selectWinners,
  tiersBy,
  unrankedOption,
} from "../counting/outcome.js";
import {
  createTransferCount,
  LEXICOGRAPHIC,
  type PreparedBallots,
  prepareBallots,
  type TiedFirst,
  topTally,
  wrongBallotKind,
} from "../counting/ranked.js";
import { agree, CountLog } from "../counting/rounds.js";

/** Options of {@link irv}. @category methods */
export interface IrvOptions {
  /** What a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: UnrankedRule | undefined;
  /**
   * Under tie-break `none`, the most candidates that may still be continuing at the first tie,
   * whose every resolution `decide` then follows (default 14, at most 20; the work grows as 2^k);
   * past it `decide` refuses with `Unsupported`. The typed function has no bound.
   */
  readonly maxTiePathCandidates?: number | undefined;
  /**
   * How a ballot's tied highest continuing candidates count: `split` (default) shares one vote
   * among them, `approval` gives each a whole vote (Approval-IRV, Delemazure and Peters 2024).
   */
  readonly tiedFirst?: "split" | "approval" | undefined;
}

/**
 * Elects a candidate by instant runoff: eliminate the weakest candidate, transfer their ballots,
 * repeat until someone holds a majority.
 *
 * @remarks
 * Hare's rule for a single seat, as in Australian House of Representatives and Irish presidential
 * counts; ties and exhausted ballots follow the module comment. Every round's tallies are exact.
 * With tie-break `none`, `winners` is every candidate who wins under some resolution of the ties
 * met, each resolved independently at its round (never an empty list).
 * O(B n) to start, then each round reads only the ballots it moves (O(n) each); plus O(n²)
 * rational work per round.
 *
 * @param profile - ranked ballots.
 * @param options - `unranked` (the winner is the same under both rules; see the module comment);
 *   `maxTiePathCandidates` (read by `decide`: the bound on the search under tie-break `none`);
 *   `tiedFirst` (`split` or `approval`, for ballots that tie their highest candidates).
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
): Outcome => unbounded(countIrv(profile, options, tieBreak, Number.POSITIVE_INFINITY));

/** The count, with the bound on the search under policy `none` (`decide` passes the option). */
const countIrv = (
  profile: RankedProfile,
  options: IrvOptions,
  tieBreak: TieBreakPolicy,
  allowed: number | undefined,
): E.Either<Unsupported, Outcome> => {
  const { candidates } = profile;
  const n = candidates.length;
  const approval = options.tiedFirst === "approval";
  const tiedFirst = approval ? "approval" : "split";
  const count = createTransferCount(profile, tiedFirst);
  const continuing = new Uint8Array(n).fill(1);
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const history: Rational[][] = [];
  const log = new CountLog(
    candidates,
    "Instant runoff: count each ballot for its highest-ranked continuing candidate. A candidate with more than half of the ballots still in play wins; otherwise the candidate with the fewest votes is eliminated and their ballots move to their next choice.",
    {
      unranked: options.unranked ?? "tied-last",
      ...(approval ? { tiedFirst: "approval" } : {}),
    },
  );
  let top: number[] = [];
  let winners: number[] | undefined;
  let finalTiers: number[][] = [];
  let reason = "";
  for (let round = 1; ; round++) {
    const alive = indicesOf(continuing);
    const { values, active } = count.tally();
    history.push(values);
    const exact = values.map(exactOf);
    const tallies = Object.fromEntries(alive.map((c) => [candidates[c], exact[c]]));
    const byVotes = tiersBy(alive, (a, b) => compare(values[a] as Rational, values[b] as Rational));
    const tallyText = `Round ${round}: ${describeScores(candidates, byVotes.flat(), exact)} (${exactOf(active)} ballots in play).`;
    const decision = irvRound(alive, values, active, approval);
    if (decision.kind === "elect") {
      top = [...decision.winners];
      const majority = decision.majority;
      finalTiers = majority ? byVotes : [top];
      reason = majority
        ? `a majority of the ballots in play in round ${round}`
        : "the last continuing candidate";
      log.round({
        round,
        tallies,
        ...(majority || approval ? { elected: namesOf(candidates, top) } : {}),
        text: `${tallyText} ${majority ? `${candidates[top[0] as number]} has a majority and is elected.` : approval ? `${candidates[top[0] as number]} remains and is elected.` : "One candidate remains."}`,
      });
      break;
    }
    if (decision.kind === "tie" && decision.purpose === "select") {
      top = [...decision.tied];
      finalTiers = [top];
      reason = `every continuing candidate has the same number of votes in round ${round}`;
      log.round({
        round,
        tallies,
        text: `${tallyText} ${listNames(namesOf(candidates, top))} are tied.`,
      });
      break;
    }
    if (decision.kind === "tie" && tieBreak.kind === "none") {
      // The first tie left to the policy: follow every way of resolving it (module comment).
      tieBreaker.choose(decision.tied, "eliminate", `round ${round}`, history);
      const prepared = prepareBallots(profile);
      const followed = followTie(
        alive,
        decision.tied,
        (set) => irvRound(set, ...tallyOf(prepared, set, tiedFirst), approval),
        allowed,
        (set, purpose, tied) =>
          tieBreaker.choose(
            tied,
            purpose,
            `round ${n - set.length + 1}, with ${listNames(namesOf(candidates, set))} continuing`,
          ),
      );
      if (E.isLeft(followed)) return followed;
      log.round({
        round,
        tallies,
        text: `${tallyText} ${approval ? "" : "Nobody has a majority; "}${listNames(namesOf(candidates, decision.tied))} are tied for the fewest votes.`,
      });
      log.branches(`round ${round}`, "eliminate", followed.right.branches);
      winners = followed.right.winners;
      top = winners;
      finalTiers = [winners, alive.filter((c) => !winners?.includes(c))].filter(
        (t) => t.length > 0,
      );
      reason = `a winner on some path through the tie in round ${round}`;
      break;
    }
    const lowest = decision.kind === "drop" ? decision.out : decision.tied;
    const out =
      decision.kind === "drop"
        ? [...decision.out]
        : eliminateTied(decision.tied, tieBreaker, `round ${round}`, history);
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
      text: `${tallyText} ${approval ? "" : "Nobody has a majority; "}${listNames(outNames)} ${agree(out.length, "has", "have")} the fewest votes${tieNote} and ${agree(out.length, "is", "are")} eliminated.`,
    });
  }
  return E.right(
    log.finish({
      method: "irv",
      ...(approval ? { variant: "approval" } : {}),
      top,
      winners: winners ?? selectWinners(top, tieBreaker, "final round", history),
      reason,
      finalTiers,
      scores: (history[0] ?? []).map(exactOf),
      tieBreaker,
    }),
  );
};

/** A round's decision, saying whether an election was by majority. */
type IrvDecision =
  | (RoundDecision & { readonly kind: "drop" | "tie" })
  | { readonly kind: "elect"; readonly winners: readonly number[]; readonly majority: boolean };

/**
 * What a round of instant runoff decides from the continuing candidates' votes: a majority
 * winner (or the last candidate) is elected; otherwise the one candidate with the fewest votes
 * is dropped; a tie for the fewest goes to the policy (to drop one), and so does a tie of every
 * continuing candidate (to drop one of three or more, or to elect one of the last two).
 */
const irvRound = (
  alive: readonly number[],
  values: readonly Rational[],
  active: Rational,
  approval: boolean,
): IrvDecision => {
  const byVotes = tiersBy(alive, (a, b) => compare(values[a] as Rational, values[b] as Rational));
  const leader = byVotes[0] ?? [];
  const half = rationals.div(active, rationals.rational(2n));
  // Approval-IRV has no majority stop (module comment): it counts down to the last candidate.
  if (
    !approval &&
    leader.length === 1 &&
    rationals.compare(values[leader[0] as number] as Rational, half) > 0
  )
    return { kind: "elect", winners: leader, majority: true };
  if (alive.length <= 1) return { kind: "elect", winners: alive, majority: false };
  if (byVotes.length <= 1)
    return { kind: "tie", purpose: alive.length === 2 ? "select" : "eliminate", tied: alive };
  const lowest = byVotes[byVotes.length - 1] ?? [];
  return lowest.length === 1
    ? { kind: "drop", out: lowest }
    : { kind: "tie", purpose: "eliminate", tied: lowest };
};

/** The first-preference tallies with only `alive` continuing, counted afresh. */
const tallyOf = (
  ballots: PreparedBallots,
  alive: readonly number[],
  tiedFirst: TiedFirst,
): [values: readonly Rational[], active: Rational] => {
  const continuing = new Uint8Array(ballots.n);
  for (const c of alive) continuing[c] = 1;
  const { values, active } = topTally(
    ballots,
    continuing,
    new Int32Array(ballots.ballotCount),
    tiedFirst,
  );
  return [values, active];
};

/** The options schema of {@link irvMethod}. @category registry */
export const IrvOptionsSchema: z.ZodMiniType<IrvOptions> = /* @__PURE__ */ pure(() =>
  z.strictObject({
    unranked: unrankedOption,
    maxTiePathCandidates: maxTiePathCandidatesOption,
    tiedFirst: z.optional(z.enum(["split", "approval"])),
  }),
);

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
  limits: /* @__PURE__ */ methodLimits("irv", 500, 5_000),
  options: IrvOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> => {
    if (profile.kind !== "ranked") return E.left(wrongBallotKind("irv", "ranked", profile.kind));
    return countIrv(profile, options, tieBreak, options.maxTiePathCandidates);
  },
};

const indicesOf = (mask: Uint8Array): number[] => {
  const out: number[] = [];
  for (let c = 0; c < mask.length; c++) if (mask[c] === 1) out.push(c);
  return out;
};
