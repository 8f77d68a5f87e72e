/**
 * The contingent vote, with the supplementary vote as its limited-preference form: if a candidate
 * holds more than half of the first preferences they win; otherwise every candidate but the top
 * two is eliminated at once, and each ballot moves to whichever of the two it ranks higher.
 *
 * Documented rules:
 * - `options.preferences` (default: all) is the number of a ballot's tiers that count, as on the
 *   ballot paper: `2` is the supplementary vote (London mayor 2000–2021, English police and crime
 *   commissioners), `3` Sri Lanka's presidential ballot. Later tiers are read as unranked.
 * - First preferences: a ballot tying k candidates first gives each 1/k (exact). A ballot that
 *   ranks neither finalist (among the preferences that count), or ties them, abstains in the
 *   second count.
 * - Ties for the two places: the tie-break policy selects among the candidates tied at the cut.
 *   A tie in the second count goes to the policy as well. With policy `none` every pair of
 *   finalists some resolution of the cut allows is counted, and the winners are every candidate
 *   who wins one of those second counts (or ties in it); a runoff is always between two.
 *
 * With all preferences counting this is the count of {@link twoRound} read as one ranked ballot;
 * `contingent` differs in the preference limit and in reading `none` as every pair of finalists.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import { type RankedProfile, UNRANKED, type UnrankedRule } from "../ballots/profile.js";
import type { DecideError, Unsupported } from "../core/errors.js";
import { pure } from "../core/internal/pure.js";
import type { Outcome } from "../core/outcome.js";
import { createTieBreaker, type TieBreakPolicy } from "../core/tie-break.js";
import {
  firstPreferences,
  hasMajority,
  maxTiePathCandidatesOption,
  runElimination,
  type Verdict,
  withRanked,
} from "../counting/elimination.js";
import { methodLimits } from "../counting/limits.js";
import type { MethodDefinition } from "../counting/method.js";
import { exactOf, listNames, namesOf, selectWinners, unrankedOption } from "../counting/outcome.js";
import { LEXICOGRAPHIC, type PreparedBallots, prepareBallots } from "../counting/ranked.js";

/** Options of {@link contingent}. @category methods */
export interface ContingentOptions {
  /** What a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: UnrankedRule | undefined;
  /** How many of each ballot's tiers count (default: all; `2` is the supplementary vote). */
  readonly preferences?: number | undefined;
  /** With `tieBreak: none`, the most candidates whose ties at the cut are followed (default 14). */
  readonly maxTiePathCandidates?: number | undefined;
}

/**
 * Elects a majority winner of the first preferences, or else the winner of an instant second
 * count between the top two.
 *
 * @remarks
 * The contingent vote (Queensland 1892–1942; Sri Lanka's president, three preferences) and the
 * supplementary vote (two preferences); Farrell (2011), Electoral Systems, ch. 3; Reilly (2001).
 * Satisfies majority and the Condorcet loser criterion and later-no-harm; fails monotonicity and
 * the Condorcet criterion. O(B n).
 *
 * @param profile - ranked ballots.
 * @param options - `preferences` (how many tiers count), `unranked`, `maxTiePathCandidates`.
 * @param tieBreak - how ties at the cut and in the second count are broken (default lexicographic).
 * @returns the outcome, or `Unsupported` when `none` would follow the ties of too many candidates.
 * @example Tennessee's capital (Wikipedia): Memphis and Nashville go through, Nashville wins 58 to 42
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { contingent } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["M", "N", "C", "K"], [
 *   { ranking: ["M", "N", "C", "K"], count: 42 }, { ranking: ["N", "C", "K", "M"], count: 26 },
 *   { ranking: ["C", "K", "N", "M"], count: 15 }, { ranking: ["K", "C", "N", "M"], count: 17 },
 * ]);
 * if (E.isRight(p)) {
 *   const outcome = contingent(p.right);
 *   E.isRight(outcome) && outcome.right.rounds?.[1]?.tallies; // => { M: 42, N: 58 }
 * }
 * ```
 *
 * @category methods
 */
export const contingent = (
  profile: RankedProfile,
  options: ContingentOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<Unsupported, Outcome> => {
  const { candidates } = profile;
  const n = candidates.length;
  const ballots = limitPreferences(prepareBallots(profile), options.preferences);
  const prefs = (continuing: readonly number[]) =>
    firstPreferences(ballots, candidates, continuing);
  const first = prefs(candidates.map((_, c) => c));
  const limit =
    options.preferences === undefined
      ? "every preference counts"
      : `the first ${options.preferences} preferences count`;
  const step = (continuing: readonly number[]): Verdict => {
    const p = prefs(continuing);
    const head = `${continuing.length === n ? "First count" : "Second count"}: ${p.sentence.replace(/^first preferences /, "")}.`;
    const majority = hasMajority(p);
    if (majority !== undefined)
      return {
        kind: "elect",
        top: [majority],
        reason:
          continuing.length === n
            ? "a majority of first preferences"
            : "more votes in the second count",
        text: `${head} ${candidates[majority]} has a majority.`,
        tallies: p.tallies,
      };
    if (continuing.length <= 2)
      return {
        kind: "elect",
        top: p.tiers[0] ?? continuing,
        reason:
          continuing.length <= 1
            ? "the only candidate"
            : "the two finalists have the same number of votes in the second count",
        text: `${head} ${listNames(namesOf(candidates, p.tiers[0] ?? continuing))} ${(p.tiers[0] ?? continuing).length === 1 ? "wins" : "are tied"}.`,
        tallies: p.tallies,
      };
    // The top two go through; a tier straddling the cut is a choice.
    const sure: number[] = [];
    let straddle: readonly number[] = [];
    for (const tier of p.tiers) {
      if (sure.length + tier.length <= 2) sure.push(...tier);
      else {
        straddle = tier;
        break;
      }
      if (sure.length === 2) break;
    }
    const seats = 2 - sure.length;
    const pairs = seats === 0 ? [[]] : choose(straddle, seats);
    const dropFor = (kept: readonly number[]) =>
      continuing.filter((c) => !sure.includes(c) && !kept.includes(c));
    return {
      kind: "drop",
      choices: pairs.map(dropFor),
      tied: straddle,
      resolve: (tieBreaker, where, history) => {
        const kept: number[] = [];
        let pool = [...straddle];
        for (let k = 0; k < seats; k++) {
          const [pick] = selectWinners(
            pool,
            tieBreaker,
            `${where}, place ${sure.length + k + 1}`,
            history,
          );
          kept.push(pick as number);
          pool = pool.filter((c) => c !== pick);
        }
        return dropFor(kept);
      },
      text: (out) => {
        if (out === undefined)
          return `${head} Nobody has a majority; ${listNames(namesOf(candidates, straddle))} tie for the last place in the second count; the tie is not broken, so every pair of finalists is counted.`;
        const finalists = continuing.filter((c) => !out.includes(c));
        return `${head} Nobody has a majority; ${listNames(namesOf(candidates, finalists))} go to the second count and ${listNames(namesOf(candidates, out))} ${out.length === 1 ? "is" : "are"} eliminated.`;
      },
      tallies: p.tallies,
      scores: p.values,
    };
  };
  return runElimination({
    method: "contingent",
    ...(options.preferences === undefined ? {} : { variant: `${options.preferences} preferences` }),
    candidates,
    rule: `Contingent vote (${limit}): a candidate with more than half of the first preferences wins; otherwise all but the top two are eliminated and each ballot counts for the finalist it ranks higher.`,
    settings: {
      unranked: options.unranked ?? "tied-last",
      ...(options.preferences === undefined ? {} : { preferences: options.preferences }),
    },
    step,
    tieBreaker: createTieBreaker(tieBreak, candidates),
    tiePathLimit: options.maxTiePathCandidates,
    scores: first.values.map(exactOf),
  });
};

/** The ballots with every tier past the first `preferences` read as unranked. */
const limitPreferences = (
  ballots: PreparedBallots,
  preferences: number | undefined,
): PreparedBallots => {
  if (preferences === undefined) return ballots;
  const tier = ballots.tier.map((t) => (t !== UNRANKED && t >= preferences ? UNRANKED : t));
  return { ...ballots, tier };
};

/** Every k-subset of `items`, in order. */
const choose = (items: readonly number[], k: number): number[][] => {
  if (k === 0) return [[]];
  const out: number[][] = [];
  items.forEach((item, i) => {
    for (const rest of choose(items.slice(i + 1), k - 1)) out.push([item, ...rest]);
  });
  return out;
};

/** The options schema of {@link contingentMethod}. @category registry */
export const ContingentOptionsSchema: z.ZodMiniType<ContingentOptions> = /* @__PURE__ */ pure(() =>
  z.strictObject({
    unranked: unrankedOption,
    preferences: z.optional(z.number().check(z.int(), z.minimum(1))),
    maxTiePathCandidates: maxTiePathCandidatesOption,
  }),
);

/**
 * The registry entry of {@link contingent}.
 *
 * @category registry
 */
export const contingentMethod: MethodDefinition<ContingentOptions> = {
  id: "contingent",
  name: "Contingent vote (supplementary vote)",
  ballotKind: "ranked",
  summary:
    "A majority of first choices wins; otherwise only the top two stay, and every ballot goes to the one it ranks higher.",
  source: "Farrell (2011), Electoral Systems: A Comparative Introduction, ch. 3; Reilly (2001).",
  satisfies: ["anonymity", "neutrality", "majority", "condorcet-loser", "later-no-harm"],
  fails: ["condorcet-winner", "monotonicity", "participation", "smith"],
  complexity: "O(B n) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("contingent", 500, 5_000),
  options: ContingentOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withRanked("contingent", profile, (p) => contingent(p, options, tieBreak)),
};
