/**
 * River (Jobst Heitzig, 2004, election-methods mailing list; electowiki, "River"): Ranked Pairs
 * with one more reason to skip a defeat.
 *
 * Every pairwise defeat (a beats b) is taken from the strongest to the weakest and **affirmed**
 * unless its loser already has an affirmed defeat (nobody is defeated twice) or it would close a
 * cycle with the defeats already affirmed. The affirmed defeats form a forest (a tree when there
 * are no pairwise ties), the "river"; its root wins. The ranking reads the river top down (a
 * candidate below the one who affirmed a defeat over them).
 *
 * Strength (`options.strength`): `winning` (default; winning votes, fewer opposing votes the
 * stronger on equal winning votes, as Heitzig's summary ranks defeats) or `margin`.
 *
 * Defeats of equal strength. When the order in which a group of equal-strength defeats is taken
 * changes what is affirmed, the group is ordered by a tie-breaking ranking of the candidates drawn
 * from the tie-break policy (as Ranked Pairs does after Zavist and Tideman 1989: the defeat whose
 * winner ranks higher first; for the same winner, the one whose loser ranks lower first). With
 * tie-break `none` every order of every such group is followed, each group resolved
 * independently (the parallel-universe reading), and the winners are every root of some final
 * river; the ranking is then the roots, above every other candidate tied (the river's shape
 * depends on the order). The search is memoised on (defeats of the group still to take, river so
 * far), so it visits far fewer states than there are orders (3^g at most for a group of g); its
 * size is not known before it runs, so it counts the states it visits and stops with
 * `Unsupported` "work_limit" past the work limit `river.tie-states` (default 200,000 states;
 * `options.maxTieStates` up to 5,000,000), rather than run for long.
 *
 * O(B n² + n³) without ties between defeats (n² defeats, each an O(n) walk up the river).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { RankedProfile } from "../../ballots/profile.js";
import type { PairwiseTally } from "../../ballots/tally/pairwise.js";
import type { DecideError, InvalidInput, Unsupported } from "../../core/errors.js";
import { step } from "../../core/explanation.js";
import { pure } from "../../core/internal/pure.js";
import { defineLimit, resolveLimit, type WorkLimit, workLimitError } from "../../core/limits.js";
import type { Outcome } from "../../core/outcome.js";
import { createTieBreaker, type TieBreaker, type TieBreakPolicy } from "../../core/tie-break.js";
import { electFromRanking } from "../../counting/elect.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { allCandidates, listNames, unrankedOption } from "../../counting/outcome.js";
import { LEXICOGRAPHIC, wrongBallotKind } from "../../counting/ranked.js";
import type { RankedPair, RankedPairsStrength } from "./ranked-pairs.js";
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

/** The work limit of {@link river} under tie-break `none`: states of the search over tie orders. @category methods */
export const RIVER_TIE_STATES: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "river.tie-states",
  unit: "search states",
  default: 200_000,
  ceiling: 5_000_000,
  option: "options.maxTieStates",
});

/** Options of {@link river}. @category methods */
export interface RiverOptions extends CondorcetOptions {
  /** How the strength of a defeat is measured (default `winning`). */
  readonly strength?: RankedPairsStrength | undefined;
  /** With tie-break `none`, the most search states to visit (default 200,000). */
  readonly maxTieStates?: number | undefined;
}

/** What {@link river} returns. @category outcomes */
export interface RiverOutcome extends CondorcetOutcome {
  /** The defeats affirmed, in the order affirmed (under tie-break `none`: along the first order). */
  readonly affirmed: readonly RankedPair[];
}

interface Defeat {
  readonly winner: number;
  readonly loser: number;
  readonly votesFor: number;
  readonly votesAgainst: number;
}

/**
 * Elects the root of the river: defeats affirmed from the strongest down, none twice against the
 * same candidate and none closing a cycle.
 *
 * @remarks
 * Heitzig (2004), "River method", election-methods list (summarised on electowiki, "River").
 * Condorcet winner and loser consistent, Smith consistent and independent of clones (Heitzig).
 * Exact comparisons. O(B n² + n³) without ties between defeats.
 *
 * @param profile - ranked ballots.
 * @param options - `strength` (`winning` or `margin`), `unranked`; `maxTieStates` for `none`.
 * @param tieBreak - the policy the tie-breaking ranking of candidates is drawn from (default
 *   lexicographic; `none` follows every order of equal-strength defeats).
 * @returns the outcome, or `Unsupported` when the `none` search passes its work limit.
 * @example Tennessee's capital (Wikipedia): Nashville, the Condorcet winner, is the root
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { river } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["M", "N", "C", "K"], [
 *   { ranking: ["M", "N", "C", "K"], count: 42 }, { ranking: ["N", "C", "K", "M"], count: 26 },
 *   { ranking: ["C", "K", "N", "M"], count: 15 }, { ranking: ["K", "C", "N", "M"], count: 17 },
 * ]);
 * if (E.isRight(p)) {
 *   const outcome = river(p.right);
 *   E.isRight(outcome) && outcome.right.affirmed.map((d) => `${d.winner}>${d.loser}`);
 *   // => ["C>K", "N>C", "C>M"] (C, N and K beat M equally; the tie-break decides whose defeat stands)
 * }
 * ```
 *
 * @category methods
 */
export const river = (
  profile: RankedProfile,
  options: RiverOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<Unsupported | InvalidInput, RiverOutcome> =>
  riverFromTally(tallyOf(profile, options.unranked), options, tieBreak);

/**
 * river on a pairwise tally already computed (for example one merged from shards: see
 * `decideTally`). The same count as on the profile the tally came from.
 *
 * @internal
 */
export const riverFromTally = (
  tally: PairwiseTally,
  options: RiverOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<Unsupported | InvalidInput, RiverOutcome> => {
  const strength = options.strength ?? "winning";
  const { candidates } = tally;
  const n = candidates.length;
  const groups = defeatGroups(tally, strength);
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const none = tieBreak.kind === "none";
  let roots: number[];
  let parents: Int32Array;
  let affirmed: Defeat[];
  if (none) {
    const allowed = resolveLimit(RIVER_TIE_STATES, options.maxTieStates);
    if (E.isLeft(allowed)) return allowed;
    const budget = { left: allowed.right };
    const finals = everyRiver(n, groups, budget);
    if (finals === undefined)
      return E.left(workLimitError(RIVER_TIE_STATES, allowed.right + 1, allowed.right));
    const union = new Set<number>();
    for (const final of finals) for (const r of rootsOf(final)) union.add(r);
    roots = [...union].sort((a, b) => a - b);
    ({ parents, affirmed } = oneRiver(n, groups, undefined));
    if (finals.length > 1) recordUnbroken(tieBreaker, n, groups);
  } else {
    ({ parents, affirmed } = oneRiver(n, groups, tieBreaker));
    roots = rootsOf(parents);
  }
  const name = (c: number): string => candidates[c] as string;
  const pair = (d: Defeat): RankedPair => ({
    winner: name(d.winner),
    loser: name(d.loser),
    for: exactVotes(tally, d.votesFor),
    against: exactVotes(tally, d.votesAgainst),
  });
  const ancestor = (i: number, j: number): boolean => {
    for (let v = parents[j] as number; v !== -1; v = parents[v] as number) if (v === i) return true;
    return false;
  };
  const ranking = layers(n, ancestor);
  const shown = affirmed.map((d) => `${name(d.winner)} over ${name(d.loser)}`);
  const base = electFromRanking({
    method: "river",
    variant: strength,
    candidates,
    ranking: none
      ? [roots, allCandidates(n).filter((c) => !roots.includes(c))].filter((t) => t.length > 0)
      : ranking,
    top: roots,
    tieBreaker,
    steps: [
      step("pairwise", pairwiseSentence(tally), { pairwise: pairwiseRecord(tally) }),
      step("condorcet", condorcetSentence(tally)),
      step(
        "river",
        `River (${strength === "winning" ? "winning votes" : "margins"}): taking the defeats from the strongest down, and skipping any whose loser is already defeated or that would close a cycle, affirms ${shown.length === 0 ? "nothing" : listNames(shown)}.${none && roots.length > 1 ? " Defeats of equal strength taken in other orders give other rivers; every root of some river is a winner." : ""}`,
        { affirmed: affirmed.map(pair) },
      ),
    ],
    reason: "the root of the river (defeated by no affirmed defeat)",
  });
  return E.right({ ...base, pairwise: pairwiseRecord(tally), affirmed: affirmed.map(pair) });
};

/** Every pairwise defeat, strongest first, in groups of equal strength. */
const defeatGroups = (tally: PairwiseTally, strength: RankedPairsStrength): Defeat[][] => {
  const n = tally.candidates.length;
  const defeats: Defeat[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const a = tally.counts[i * n + j] as number;
      const b = tally.counts[j * n + i] as number;
      if (i !== j && a > b) defeats.push({ winner: i, loser: j, votesFor: a, votesAgainst: b });
    }
  const cmp = (p: Defeat, q: Defeat): number =>
    compareDefeats(strength, q.votesFor, q.votesAgainst, p.votesFor, p.votesAgainst);
  defeats.sort((p, q) => cmp(p, q) || p.winner - q.winner || p.loser - q.loser);
  const groups: Defeat[][] = [];
  for (const d of defeats) {
    const last = groups[groups.length - 1];
    if (last !== undefined && cmp(last[0] as Defeat, d) === 0) last.push(d);
    else groups.push([d]);
  }
  return groups;
};

/** Affirms `d` on `parents` (in place) when its loser is free and no cycle closes. */
const affirm = (parents: Int32Array, d: Defeat): boolean => {
  if (parents[d.loser] !== -1) return false;
  for (let v = d.winner; v !== -1; v = parents[v] as number) if (v === d.loser) return false;
  parents[d.loser] = d.winner;
  return true;
};

/** The final rivers a group of defeats can give from `parents`, over every order (memoised). */
const groupOutcomes = (
  parents: Int32Array,
  group: readonly Defeat[],
  budget: { left: number } = { left: Number.POSITIVE_INFINITY },
): Int32Array[] | undefined => {
  const results = new Map<string, Int32Array>();
  const seen = new Set<string>();
  const walk = (state: Int32Array, remaining: number): void => {
    const key = `${remaining}|${state.join(",")}`;
    if (seen.has(key) || budget.left < 0) return;
    seen.add(key);
    budget.left -= 1;
    if (remaining === 0) {
      results.set(state.join(","), state);
      return;
    }
    for (let k = 0; k < group.length; k++) {
      if ((remaining & (1 << k)) === 0) continue;
      const next = state.slice();
      affirm(next, group[k] as Defeat);
      walk(next, remaining & ~(1 << k));
    }
  };
  walk(parents, group.length >= 31 ? 0 : (1 << group.length) - 1);
  return budget.left < 0 ? undefined : [...results.values()];
};

/** Whether taking `group` in different orders affirms different defeats (assumed past 8 defeats). */
const orderMatters = (parents: Int32Array, group: readonly Defeat[]): boolean =>
  group.length > 8 || (groupOutcomes(parents, group)?.length ?? 2) > 1;

/** Every final river, each group of equal-strength defeats taken in every order. */
const everyRiver = (
  n: number,
  groups: readonly (readonly Defeat[])[],
  budget: { left: number },
): Int32Array[] | undefined => {
  let states = new Map<string, Int32Array>([["", new Int32Array(n).fill(-1)]]);
  for (const group of groups) {
    const next = new Map<string, Int32Array>();
    for (const state of states.values()) {
      const outcomes =
        group.length === 1
          ? [withAffirmed(state, group[0] as Defeat)]
          : groupOutcomes(state, group, budget);
      if (outcomes === undefined) return undefined;
      for (const o of outcomes) next.set(o.join(","), o);
    }
    states = next;
  }
  return [...states.values()];
};

const withAffirmed = (state: Int32Array, d: Defeat): Int32Array => {
  const next = state.slice();
  affirm(next, d);
  return next;
};

/**
 * One river: groups whose order matters are ordered by the tie-breaking ranking of candidates
 * (drawn once, when first needed); without a tie-breaker, in index order.
 */
const oneRiver = (
  n: number,
  groups: readonly (readonly Defeat[])[],
  tieBreaker: TieBreaker | undefined,
): { parents: Int32Array; affirmed: Defeat[] } => {
  const parents = new Int32Array(n).fill(-1);
  const affirmed: Defeat[] = [];
  let position: Int32Array | undefined;
  for (const group of groups) {
    let ordered: readonly Defeat[] = group;
    if (tieBreaker !== undefined && group.length > 1 && orderMatters(parents, group)) {
      position ??= tieBreakingRanking(n, tieBreaker);
      const pos = position;
      ordered = [...group].sort(
        (p, q) =>
          (pos[p.winner] as number) - (pos[q.winner] as number) ||
          (pos[q.loser] as number) - (pos[p.loser] as number),
      );
    }
    for (const d of ordered) if (affirm(parents, d)) affirmed.push(d);
  }
  return { parents, affirmed };
};

/** Under `none`, records the first group whose order matters as a tie that was not broken. */
const recordUnbroken = (
  tieBreaker: TieBreaker,
  n: number,
  groups: readonly (readonly Defeat[])[],
): void => {
  const parents = new Int32Array(n).fill(-1);
  for (const group of groups) {
    if (group.length > 1 && orderMatters(parents, group)) {
      const involved = [...new Set(group.flatMap((d) => [d.winner, d.loser]))];
      tieBreaker.choose(involved, "select", "defeats of equal strength");
      return;
    }
    for (const d of group) affirm(parents, d);
  }
};

const rootsOf = (parents: Int32Array): number[] => {
  const out: number[] = [];
  for (let c = 0; c < parents.length; c++) if (parents[c] === -1) out.push(c);
  return out;
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

/** The options schema of {@link riverMethod}. @category registry */
export const RiverOptionsSchema: z.ZodMiniType<RiverOptions> = /* @__PURE__ */ pure(() =>
  z.strictObject({
    unranked: unrankedOption,
    strength: z.optional(z.enum(["winning", "margin"])),
    maxTieStates: z.optional(z.number()),
  }),
);

/**
 * The registry entry of {@link river}.
 *
 * @category registry
 */
export const riverMethod: MethodDefinition<RiverOptions> = {
  id: "river",
  name: "River (Heitzig)",
  ballotKind: "ranked",
  summary:
    "Like Ranked Pairs, but each candidate can be beaten only once: the strongest defeats build a tree whose root wins.",
  source: "Heitzig (2004), River method, election-methods list; electowiki, River.",
  satisfies: [
    "anonymity",
    "neutrality",
    "pareto",
    "majority",
    "condorcet-winner",
    "condorcet-loser",
    "smith",
  ],
  fails: ["later-no-harm", "participation"],
  complexity: "O(B n² + n³) for B distinct ballots and n candidates, without ties between defeats",
  limits: /* @__PURE__ */ methodLimits("river", 200, 1_000, { pairs: true }),
  options: RiverOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    profile.kind === "ranked"
      ? river(profile, options, tieBreak)
      : E.left(wrongBallotKind("river", "ranked", profile.kind)),
};
