/**
 * Ranked Pairs (Tideman 1987, "Independence of clones as a criterion for voting rules", Social
 * Choice and Welfare 4, 185–206).
 *
 * Every pairwise defeat (a beats b) is a pair. Pairs are taken from the strongest to the weakest
 * and each is **locked** unless it would close a cycle with pairs already locked, in which case
 * it is **skipped**. The winner is the candidate no locked pair points at; the ranking is the
 * locked graph read top down.
 *
 * Strength (`options.strength`): `winning` (default; winning votes, fewer opposing votes the
 * stronger on equal winning votes) or `margin`.
 *
 * Pairs of equal strength. Their order matters only when locking them in different orders locks
 * different pairs (the group "conflicts"); otherwise all of them are locked or skipped alike. For a
 * conflicting group the method follows Zavist and Tideman (1989), "Complete independence of clones
 * in the ranked pairs rule", Social Choice and Welfare 6, 167–173: a *tie-breaking ranking of the
 * candidates* (TBRC) orders the group, the pair whose winner ranks higher in the TBRC first and, for
 * the same winner, the pair whose loser ranks lower first. The TBRC is built from the tie-break
 * policy (each place chosen among the remaining candidates, and recorded). With tie-break `none`,
 * no TBRC is drawn: every order of each conflicting group is explored (a depth-first search with
 * memoisation, stopped after {@link RANKED_PAIRS_SEARCH_LIMIT} states) and the winners are every
 * candidate who wins in some order; `locked` then lists the pairs locked in every order, `skipped`
 * those locked in none and `undecided` the rest.
 *
 * O(B n² + n⁴) in the worst case (n² pairs, each an O(n²) reachability check).
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { RankedProfile } from "../../ballots/profile.js";
import type { PairwiseTally } from "../../ballots/tally/pairwise.js";
import type { DecideError } from "../../core/errors.js";
import { type ExplanationStep, step } from "../../core/explanation.js";
import { pure } from "../../core/internal/pure.js";
import type { ExactValue, Outcome } from "../../core/outcome.js";
import { createTieBreaker, type TieBreaker, type TieBreakPolicy } from "../../core/tie-break.js";
import { electFromRanking } from "../../counting/elect.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { listNames, makeOutcome, unrankedOption } from "../../counting/outcome.js";
import { LEXICOGRAPHIC, withKind } from "../../counting/ranked.js";
import {
  type CondorcetOptions,
  type CondorcetOutcome,
  compareDefeats,
  condorcetSentence,
  exactVotes,
  layers,
  pairwiseRecord,
  pairwiseSentence,
  tallyOf,
} from "./shared.js";

/** How Ranked Pairs measures the strength of a pair. @category methods */
export type RankedPairsStrength = "winning" | "margin";

/** Options of {@link rankedPairs}. @category methods */
export interface RankedPairsOptions extends CondorcetOptions {
  /** How the strength of a pair is measured (default `winning`). */
  readonly strength?: RankedPairsStrength | undefined;
}

/** One pairwise defeat, as Ranked Pairs reports it. @category outcomes */
export interface RankedPair {
  readonly winner: string;
  readonly loser: string;
  /** Voters ranking the winner above the loser (exact). */
  readonly for: ExactValue;
  /** Voters ranking the loser above the winner (exact). */
  readonly against: ExactValue;
}

/** What {@link rankedPairs} returns. @category outcomes */
export interface RankedPairsOutcome extends CondorcetOutcome {
  /** The pairs locked, in the order they were locked. */
  readonly locked: readonly RankedPair[];
  /** The pairs skipped because they would have closed a cycle. */
  readonly skipped: readonly RankedPair[];
  /** With tie-break `none` only: pairs locked in some orders of equal-strength pairs but not all. */
  readonly undecided?: readonly RankedPair[];
}

/**
 * The most states the tie-break-`none` search visits before it stops (and says so).
 *
 * @category methods
 */
export const RANKED_PAIRS_SEARCH_LIMIT = 20_000;

interface Pair {
  readonly winner: number;
  readonly loser: number;
  readonly votesFor: number;
  readonly votesAgainst: number;
}

/**
 * Elects the candidate at the top of the graph of pairwise wins locked from the strongest down,
 * skipping any win that would close a cycle.
 *
 * @remarks
 * Tideman (1987); equal-strength pairs by a tie-breaking ranking of the candidates as in Zavist and
 * Tideman (1989) (see the module comment). Condorcet winner and loser, Smith consistent, monotonic
 * and independent of clones. A pairwise tie is not a pair, so with ties two candidates can both
 * stay unbeaten in the locked graph, and one of them may lie outside the Schwartz set. Exact comparisons. O(B n² + n⁴).
 * Tie-break `none`: `winners` is every candidate who wins under some resolution of the ties met:
 * every candidate who wins in some order of each group of equal-strength wins (Tideman's
 * "parallel universes"); never an empty list.
 *
 * @param profile - ranked ballots.
 * @param options - `strength` (`winning` or `margin`) and `unranked`.
 * @param tieBreak - the policy the tie-breaking ranking of candidates is drawn from (default
 *   lexicographic; `none` explores every order of equal-strength pairs).
 * @returns the winners, the ranking, and the locked and skipped pairs.
 * @example Tennessee's capital (Wikipedia): Nashville wins, and every pair is locked
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { rankedPairs } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["M", "N", "C", "K"], [
 *   { ranking: ["M", "N", "C", "K"], count: 42 }, { ranking: ["N", "C", "K", "M"], count: 26 },
 *   { ranking: ["C", "K", "N", "M"], count: 15 }, { ranking: ["K", "C", "N", "M"], count: 17 },
 * ]);
 * E.isRight(p) && rankedPairs(p.right).ranking; // => [["N"], ["C"], ["K"], ["M"]]
 * ```
 *
 * @category methods
 */
export const rankedPairs = (
  profile: RankedProfile,
  options: RankedPairsOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): RankedPairsOutcome => {
  const strength = options.strength ?? "winning";
  const tally = tallyOf(profile, options.unranked);
  return rankedPairsFromTally(tally, strength, tieBreak);
};

/**
 * Ranked Pairs on a tally already computed.
 *
 * @internal
 */
export const rankedPairsFromTally = (
  tally: PairwiseTally,
  strength: RankedPairsStrength,
  tieBreak: TieBreakPolicy,
): RankedPairsOutcome => {
  const { candidates } = tally;
  const n = candidates.length;
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const groups = pairGroups(tally, strength);
  const name = (c: number): string => candidates[c] as string;
  const show = (p: Pair): RankedPair => ({
    winner: name(p.winner),
    loser: name(p.loser),
    for: exactVotes(tally, p.votesFor),
    against: exactVotes(tally, p.votesAgainst),
  });
  const conflicting = groups.some((g) => g.length > 1);
  const intro = [
    step("pairwise", pairwiseSentence(tally), { pairwise: pairwiseRecord(tally) }),
    step("condorcet", condorcetSentence(tally)),
    step(
      "order",
      `Ranked Pairs (${strength === "winning" ? "strength = winning votes" : "strength = margin"}): take every head-to-head win from the strongest to the weakest and lock it in unless it would contradict the wins already locked (close a cycle).`,
      { pairs: groups.flat().map(show) },
    ),
  ];

  if (tieBreak.kind === "none" && conflicting) {
    const search = exploreOrders(n, groups);
    if (search.finals.length > 1 || search.truncated) {
      const inAll = intersect(n, search.finals);
      const inSome = unite(n, search.finals);
      const all = groups.flat();
      const locked = all.filter((p) => inAll[p.winner * n + p.loser] === 1);
      const skipped = all.filter((p) => inSome[p.winner * n + p.loser] === 0);
      const undecided = all.filter(
        (p) => inSome[p.winner * n + p.loser] === 1 && inAll[p.winner * n + p.loser] === 0,
      );
      const winnerSet = new Set<number>();
      for (const graph of search.finals) for (const s of sources(n, graph)) winnerSet.add(s);
      const winners = [...winnerSet].sort((a, b) => a - b);
      const ranking = layers(n, (i, j) => inAll[i * n + j] === 1);
      const base = makeOutcome({
        method: "ranked-pairs",
        variant: strength,
        candidates,
        winners,
        ranking,
        tieBreaker,
        explanation: [
          ...intro,
          step(
            "orders",
            `Some wins have equal strength and locking them in different orders gives different results. With no tie-break, every order was tried${search.truncated ? ` (the search stopped after ${RANKED_PAIRS_SEARCH_LIMIT} states, so the list may be incomplete)` : ""}: ${locked.length} wins are locked in every order, ${skipped.length} in none, and ${undecided.length} depend on the order.`,
            { undecided: undecided.map(show), truncated: search.truncated },
          ),
          step(
            "elect",
            `${listNames(winners.map(name))} ${winners.length === 1 ? "wins" : "win"} in at least one order of the equal-strength wins; the tie is not broken (tie-break "none").`,
            { winners: winners.map(name) },
          ),
        ],
      });
      return {
        ...base,
        pairwise: pairwiseRecord(tally),
        locked: locked.map(show),
        skipped: skipped.map(show),
        undecided: undecided.map(show),
      };
    }
  }

  // One pass: equal-strength groups in the TBRC order when they conflict.
  const graph = new Uint8Array(n * n);
  const locked: Pair[] = [];
  const skipped: Pair[] = [];
  const lockSteps: ExplanationStep[] = [];
  let tbrc: Int32Array | undefined;
  for (const group of groups) {
    let ordered = group;
    if (group.length > 1 && tieBreak.kind !== "none" && conflicts(n, graph, group)) {
      tbrc ??= tieBreakingRanking(n, tieBreaker);
      const position = tbrc;
      ordered = [...group].sort(
        (p, q) =>
          (position[p.winner] as number) - (position[q.winner] as number) ||
          (position[q.loser] as number) - (position[p.loser] as number),
      );
      lockSteps.push(
        step(
          "tie",
          `${ordered.length} wins have equal strength and the order of locking them matters; they are taken in the order of the tie-breaking ranking of candidates (Zavist and Tideman 1989): ${[
            ...candidates.keys(),
          ]
            .sort((a, b) => (position[a] as number) - (position[b] as number))
            .map(name)
            .join(" > ")}.`,
        ),
      );
    }
    for (const p of ordered) {
      const pair = `${name(p.winner)} over ${name(p.loser)} (${exactVotes(tally, p.votesFor)} to ${exactVotes(tally, p.votesAgainst)})`;
      if (reaches(n, graph, p.loser, p.winner)) {
        skipped.push(p);
        lockSteps.push(
          step(
            "skip",
            `Skip ${pair}: the wins already locked put ${name(p.loser)} above ${name(p.winner)}.`,
            { ...show(p) },
          ),
        );
      } else {
        graph[p.winner * n + p.loser] = 1;
        locked.push(p);
        lockSteps.push(step("lock", `Lock ${pair}.`, { ...show(p) }));
      }
    }
  }
  const ranking = layers(n, (i, j) => graph[i * n + j] === 1);
  const base = electFromRanking({
    method: "ranked-pairs",
    variant: strength,
    candidates,
    ranking,
    tieBreaker,
    steps: [
      ...intro,
      ...lockSteps,
      step(
        "ranking",
        `The locked wins give the ranking ${ranking.map((t) => listNames(t.map(name))).join(" > ")}.`,
        { ranking: ranking.map((t) => t.map(name)) },
      ),
    ],
    reason: "no locked win points at them",
  });
  return {
    ...base,
    pairwise: pairwiseRecord(tally),
    locked: locked.map(show),
    skipped: skipped.map(show),
  };
};

/** The pairwise defeats, in groups of equal strength, strongest group first. */
const pairGroups = (tally: PairwiseTally, strength: RankedPairsStrength): Pair[][] => {
  const n = tally.candidates.length;
  const pairs: Pair[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const a = tally.counts[i * n + j] as number;
      const b = tally.counts[j * n + i] as number;
      if (i !== j && a > b) pairs.push({ winner: i, loser: j, votesFor: a, votesAgainst: b });
    }
  }
  const cmp = (p: Pair, q: Pair): number =>
    compareDefeats(strength, q.votesFor, q.votesAgainst, p.votesFor, p.votesAgainst);
  pairs.sort((p, q) => cmp(p, q) || p.winner - q.winner || p.loser - q.loser);
  const groups: Pair[][] = [];
  for (const p of pairs) {
    const last = groups[groups.length - 1];
    const head = last?.[0];
    if (last !== undefined && head !== undefined && cmp(head, p) === 0) last.push(p);
    else groups.push([p]);
  }
  return groups;
};

/** Whether `to` is reachable from `from` along locked pairs (iterative depth-first search). */
const reaches = (n: number, graph: Uint8Array, from: number, to: number): boolean => {
  if (from === to) return true;
  const seen = new Uint8Array(n);
  const stack = [from];
  seen[from] = 1;
  while (stack.length > 0) {
    const v = stack.pop() as number;
    const row = v * n;
    for (let w = 0; w < n; w++) {
      if (graph[row + w] === 1 && seen[w] === 0) {
        if (w === to) return true;
        seen[w] = 1;
        stack.push(w);
      }
    }
  }
  return false;
};

/** The pairs of a group that are not yet locked and would close no cycle on their own. */
const lockable = (n: number, graph: Uint8Array, group: readonly Pair[]): Pair[] =>
  group.filter((p) => graph[p.winner * n + p.loser] === 0 && !reaches(n, graph, p.loser, p.winner));

/**
 * Whether the order of a group matters: the pairs lockable one by one would together close a
 * cycle. If not, every order locks exactly those pairs.
 */
const conflicts = (n: number, graph: Uint8Array, group: readonly Pair[]): boolean => {
  const candidatesToLock = lockable(n, graph, group);
  if (candidatesToLock.length <= 1) return false;
  const trial = graph.slice();
  for (const p of candidatesToLock) {
    if (reaches(n, trial, p.loser, p.winner)) return true;
    trial[p.winner * n + p.loser] = 1;
  }
  return false;
};

/** The tie-breaking ranking of candidates: `position[c]`, 0 for the most favoured. */
const tieBreakingRanking = (n: number, tieBreaker: TieBreaker): Int32Array => {
  const position = new Int32Array(n);
  const remaining = [...Array(n).keys()];
  for (let place = 0; remaining.length > 0; place++) {
    const chosen =
      remaining.length === 1
        ? (remaining[0] as number)
        : (tieBreaker.choose(
            remaining,
            "select",
            `tie-breaking ranking of candidates, place ${place + 1}`,
          ) ?? (remaining[0] as number));
    position[chosen] = place;
    remaining.splice(remaining.indexOf(chosen), 1);
  }
  return position;
};

/** Every final locked graph over all orders of equal-strength pairs (tie-break `none`). */
const exploreOrders = (
  n: number,
  groups: readonly (readonly Pair[])[],
): { readonly finals: Uint8Array[]; readonly truncated: boolean } => {
  const seen = new Set<string>();
  const finalKeys = new Set<string>();
  const finals: Uint8Array[] = [];
  let truncated = false;
  const stack: { g: number; graph: Uint8Array }[] = [{ g: 0, graph: new Uint8Array(n * n) }];
  while (stack.length > 0) {
    const state = stack.pop() as { g: number; graph: Uint8Array };
    let { g } = state;
    const graph = state.graph;
    let branched = false;
    while (g < groups.length) {
      const group = groups[g] as readonly Pair[];
      const next = lockable(n, graph, group);
      if (next.length === 0) {
        g++;
        continue;
      }
      if (!conflicts(n, graph, group)) {
        for (const p of next) graph[p.winner * n + p.loser] = 1;
        g++;
        continue;
      }
      for (const p of next) {
        const child = graph.slice();
        child[p.winner * n + p.loser] = 1;
        const key = `${g}:${child.join("")}`;
        if (seen.has(key)) continue;
        if (seen.size >= RANKED_PAIRS_SEARCH_LIMIT) {
          truncated = true;
          continue;
        }
        seen.add(key);
        stack.push({ g, graph: child });
      }
      branched = true;
      break;
    }
    if (branched) continue;
    const key = graph.join("");
    if (!finalKeys.has(key)) {
      finalKeys.add(key);
      finals.push(graph);
    }
  }
  return { finals, truncated };
};

const sources = (n: number, graph: Uint8Array): number[] => {
  const out: number[] = [];
  for (let j = 0; j < n; j++) {
    let entered = false;
    for (let i = 0; i < n && !entered; i++) if (graph[i * n + j] === 1) entered = true;
    if (!entered) out.push(j);
  }
  return out;
};

const intersect = (n: number, graphs: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(n * n).fill(graphs.length > 0 ? 1 : 0);
  for (const g of graphs)
    for (let k = 0; k < out.length; k++) out[k] = (out[k] as number) & (g[k] as number);
  return out;
};

const unite = (n: number, graphs: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(n * n);
  for (const g of graphs)
    for (let k = 0; k < out.length; k++) out[k] = (out[k] as number) | (g[k] as number);
  return out;
};

/** The options schema of {@link rankedPairsMethod}. @category registry */
export const RankedPairsOptionsSchema: z.ZodMiniType<RankedPairsOptions> = /* @__PURE__ */ pure(
  () =>
    z.strictObject({
      unranked: unrankedOption,
      strength: z.optional(z.enum(["winning", "margin"])),
    }),
);

/**
 * The registry entry of {@link rankedPairs}.
 *
 * @category registry
 */
export const rankedPairsMethod: MethodDefinition<RankedPairsOptions> = {
  id: "ranked-pairs",
  name: "Ranked Pairs (Tideman)",
  ballotKind: "ranked",
  summary:
    "Locks in head-to-head wins from the strongest to the weakest, skipping any that would contradict those already locked; the candidate at the top wins.",
  source:
    "Tideman (1987), Social Choice and Welfare 4: 185–206; ties by Zavist and Tideman (1989), Social Choice and Welfare 6: 167–173.",
  satisfies: [
    "anonymity",
    "neutrality",
    "pareto",
    "majority",
    "condorcet-winner",
    "condorcet-loser",
    "smith",
    "monotonicity",
    "clone-independence",
    "reversal-symmetry",
    "independence-of-smith-dominated",
  ],
  fails: ["schwartz", "later-no-harm", "participation"],
  complexity: "O(B n² + n⁴) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("ranked-pairs", 150, 500, { pairs: true }),
  options: RankedPairsOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("ranked-pairs", "ranked", profile, (p) => rankedPairs(p, options, tieBreak)),
};
