/**
 * Bottom-two runoff (BTR-IRV): in each round, of the two candidates with the fewest first
 * preferences, the one who loses to the other head to head is eliminated, until one remains.
 *
 * Documented rules:
 * - First preferences as in {@link irv} (a tie on a ballot shares its vote equally); the
 *   head-to-head contest reads the whole ballots (the pairwise tally, computed once).
 * - Ties for the bottom two places go to the tie-break policy (it eliminates from the tied group,
 *   so its least favoured candidates are in the bottom two); a tied head-to-head contest between
 *   the bottom two goes to the policy too. With policy `none`, every way of breaking each tie is
 *   followed and the winners are every candidate who wins along some path.
 * - No majority stop: the count goes on until one candidate remains. A Condorcet winner is never
 *   eliminated, since it wins every runoff.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import type { RankedProfile } from "../../ballots/profile.js";
import type { DecideError, Unsupported } from "../../core/errors.js";
import type { Outcome } from "../../core/outcome.js";
import type { TieBreaker, TieBreakPolicy } from "../../core/tie-break.js";
import { withRanked } from "../../counting/elimination.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { listNames, namesOf } from "../../counting/outcome.js";
import { LEXICOGRAPHIC } from "../../counting/ranked.js";
import { type CondorcetOutcome, exactVotes, marginOf, votesFor } from "../condorcet/shared.js";
import { capitalise, type HybridOptions, HybridOptionsSchema, runHybrid } from "./shared.js";

/**
 * Elects by repeated runoffs between the two weakest candidates.
 *
 * @remarks
 * Rob LeGrand's bottom-two-runoff instant runoff (election-methods list, 2006; electowiki,
 * "Bottom-Two-Runoff IRV"). Smith efficient, hence Condorcet consistent; not monotone.
 * O(B n² + n (B n + n²)).
 *
 * @param profile - ranked ballots.
 * @param options - `unranked`; `maxTiePathCandidates` bounds the work of `tieBreak: none`.
 * @param tieBreak - how ties at the bottom and in a runoff are broken (default lexicographic).
 * @returns the outcome, or `Unsupported` when `none` would follow the ties of too many candidates.
 * @example Tennessee's capital (electowiki, Bottom-Two-Runoff IRV): Nashville
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { btrIrv } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["M", "N", "C", "K"], [
 *   { ranking: ["M", "N", "C", "K"], count: 42 }, { ranking: ["N", "C", "K", "M"], count: 26 },
 *   { ranking: ["C", "K", "N", "M"], count: 15 }, { ranking: ["K", "C", "N", "M"], count: 17 },
 * ]);
 * if (E.isRight(p)) {
 *   const outcome = btrIrv(p.right);
 *   E.isRight(outcome) && outcome.right.winners; // => ["N"]
 * }
 * ```
 *
 * @category methods
 */
export const btrIrv = (
  profile: RankedProfile,
  options: HybridOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<Unsupported, CondorcetOutcome> =>
  runHybrid(
    {
      method: "btr-irv",
      rule: "Bottom-two runoff: of the two candidates with the fewest first preferences, the one who loses to the other head to head is eliminated; the count repeats until one candidate remains.",
      step: (context) => (continuing) => {
        const { candidates, tally } = context;
        const name = (c: number): string => candidates[c] as string;
        if (continuing.length === 1)
          return {
            kind: "elect",
            top: continuing,
            reason: "the last candidate left after the bottom-two runoffs",
            text: `${name(continuing[0] as number)} remains.`,
          };
        const prefs = context.prefs(continuing);
        const lowest = prefs.tiers[prefs.tiers.length - 1] ?? [];
        const next = prefs.tiers[prefs.tiers.length - 2] ?? [];
        // The pairs that may be the bottom two under some resolution of a tie at the cut.
        const pairs: (readonly [number, number])[] = [];
        if (lowest.length >= 2) {
          for (let i = 0; i < lowest.length; i++)
            for (let j = i + 1; j < lowest.length; j++)
              pairs.push([lowest[i] as number, lowest[j] as number]);
        } else for (const y of next) pairs.push([lowest[0] as number, y]);
        const losers = new Set<number>();
        for (const [x, y] of pairs) {
          const m = marginOf(tally, x, y);
          if (m >= 0) losers.add(y);
          if (m <= 0) losers.add(x);
        }
        const runoff = (x: number, y: number, tieBreaker?: TieBreaker, where = ""): number[] => {
          const m = marginOf(tally, x, y);
          if (m > 0) return [y];
          if (m < 0) return [x];
          const out = tieBreaker?.choose([x, y], "eliminate", `${where}, runoff`);
          return out === undefined ? [x, y] : [out];
        };
        const head = `${capitalise(prefs.sentence)}.`;
        const contest = (x: number, y: number): string =>
          `${name(x)} ${exactVotes(tally, votesFor(tally, x, y))} to ${name(y)} ${exactVotes(tally, votesFor(tally, y, x))} head to head`;
        let chosenPair: readonly [number, number] | undefined;
        return {
          kind: "drop",
          choices: [...losers].sort((a, b) => a - b).map((c) => [c]),
          tied: pairs.length > 1 ? [...new Set(pairs.flat())] : pairs.flat(),
          resolve: (tieBreaker, where, history) => {
            let pair: readonly [number, number];
            if (pairs.length === 1) pair = pairs[0] as readonly [number, number];
            else if (lowest.length >= 2) {
              const first = tieBreaker.choose(lowest, "eliminate", `${where}, bottom two`, history);
              const rest = lowest.filter((c) => c !== first);
              const second =
                rest.length === 1
                  ? (rest[0] as number)
                  : tieBreaker.choose(rest, "eliminate", `${where}, bottom two`, history);
              pair = [first as number, second as number];
            } else {
              const second = tieBreaker.choose(next, "eliminate", `${where}, bottom two`, history);
              pair = [lowest[0] as number, second as number];
            }
            chosenPair = pair;
            return runoff(pair[0], pair[1], tieBreaker, where);
          },
          text: (out) => {
            if (out === undefined)
              return `${head} Which candidates are the bottom two, or who wins their runoff, depends on a tie (${listNames(namesOf(candidates, [...new Set(pairs.flat())]))}); the tie is not broken, so every way of breaking it is followed.`;
            const pair = pairs.length === 1 ? pairs[0] : chosenPair;
            if (pair === undefined) return head;
            return `${head} The bottom two are ${name(pair[0])} and ${name(pair[1])}: ${contest(pair[0], pair[1])}, so ${listNames(namesOf(candidates, out))} ${out.length === 1 ? "is" : "are"} eliminated.`;
          },
          tallies: prefs.tallies,
          scores: prefs.values,
        };
      },
    },
    profile,
    options,
    tieBreak,
  );

/**
 * The registry entry of {@link btrIrv}.
 *
 * @category registry
 */
export const btrIrvMethod: MethodDefinition<HybridOptions> = {
  id: "btr-irv",
  name: "Bottom-two runoff (BTR-IRV)",
  ballotKind: "ranked",
  summary:
    "Each round, the two candidates with the fewest first choices face off head to head and the loser is eliminated.",
  source: "LeGrand (2006), election-methods list; electowiki, Bottom-Two-Runoff IRV.",
  satisfies: [
    "anonymity",
    "neutrality",
    "majority",
    "condorcet-winner",
    "condorcet-loser",
    "smith",
  ],
  fails: ["monotonicity", "later-no-harm", "participation"],
  complexity: "O(B n² + n (B n + n²)) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("btr-irv", 300, 1_000, { pairs: true }),
  options: HybridOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withRanked("btr-irv", profile, (p) => btrIrv(p, options, tieBreak)),
};
