/**
 * Dodgson's rule, exact (Dodgson 1876, "A method of taking votes on more than two issues"; the
 * definition as in Bartholdi, Tovey and Trick 1989, "Voting schemes for which it can be difficult
 * to tell who won the election", Social Choice and Welfare 6): a candidate's Dodgson score is the
 * fewest swaps of adjacent candidates on the ballots that make it the Condorcet winner (it must
 * then beat every rival by a strict majority), and the lowest score wins.
 *
 * Documented rules:
 * - Swaps move the candidate up only (swaps elsewhere never help it). On a strict ranking, moving
 *   it up past k rivals costs k swaps and wins each of them one more vote.
 * - Ties and truncation: a ballot is read as a weak order (unranked candidates tied last, or left
 *   out of the ballot under `unranked: "not-compared"`). The candidate moves up to just above a
 *   tier, never into the middle of one: passing a rival ranked above it is a full swap, leaving a
 *   tie with a rival is half a swap (it gains half as much against that rival), so scores may be
 *   halves. On strict rankings this is Dodgson's count exactly.
 * - Counting is exact: for each candidate, a dynamic programme over the voters whose state is
 *   the votes still missing against each rival it does not yet beat (the integer programme of
 *   Bartholdi, Tovey and Trick, solved by enumeration). Voters with the same ballot are
 *   interchangeable, and no more of them can help than the votes missing in all, so a ballot
 *   counts at most that many times. Candidates are taken in order of a lower bound (half the
 *   votes they are missing, in total; Tideman's score); once one's exact score is known, those
 *   whose bound exceeds it cannot win and are not counted (the outcome lists them as such).
 * - Work limit: the programme's steps (its states × the voters it reads × their moves × the
 *   rivals, and at least 100 per state for its memory), worked out for each candidate before its
 *   programme runs; past `dodgson.work` (default 20 million,
 *   `options.maxWork` up to 500 million) the count stops with `Unsupported` "work_limit". Dodgson
 *   winners are NP-hard to find (Bartholdi, Tovey and Trick 1989; Hemaspaandra, Hemaspaandra and
 *   Rothe 1997), so large elections with no Condorcet winner and big margins will meet it.
 * - Fractional ballot counts have no swaps to count: `Unsupported` "fractional_counts".
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import { type RankedProfile, UNRANKED } from "../../ballots/profile.js";
import type { DecideError, InvalidInput, Unsupported } from "../../core/errors.js";
import { unsupported } from "../../core/errors.js";
import { step } from "../../core/explanation.js";
import { pure } from "../../core/internal/pure.js";
import { checkWork, defineLimit, resolveLimit, type WorkLimit } from "../../core/limits.js";
import type { ExactValue, Outcome } from "../../core/outcome.js";
import { rational } from "../../core/rational.js";
import { createTieBreaker, type TieBreakPolicy } from "../../core/tie-break.js";
import { electFromRanking } from "../../counting/elect.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { allCandidates, exactOf, listNames, unrankedOption } from "../../counting/outcome.js";
import { LEXICOGRAPHIC, wrongBallotKind } from "../../counting/ranked.js";
import {
  type CondorcetOptions,
  type CondorcetOutcome,
  condorcetSentence,
  marginOf,
  pairwiseRecord,
  pairwiseSentence,
  tallyOf,
} from "./shared.js";

/** The work limit of {@link dodgson}: steps of its dynamic programme. @category methods */
export const DODGSON_WORK: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "dodgson.work",
  unit: "programme steps",
  default: 20_000_000,
  ceiling: 500_000_000,
  option: "options.maxWork",
});

/** Options of {@link dodgson}. @category methods */
export interface DodgsonOptions extends CondorcetOptions {
  /** The most programme steps to allow (default 20 million, at most 500 million). */
  readonly maxWork?: number | undefined;
}

/** What {@link dodgson} returns. @category outcomes */
export interface DodgsonOutcome extends CondorcetOutcome {
  /**
   * The Dodgson score of each candidate counted (swaps; halves where ties were broken), or `null`
   * for one that no swaps can make the Condorcet winner. Candidates left out could not win: their
   * lower bound exceeds the winners' score.
   */
  readonly dodgsonScores: Readonly<Record<string, ExactValue | null>>;
  /** Each candidate's lower bound (half the votes it is missing against its rivals, in total). */
  readonly lowerBounds: Readonly<Record<string, ExactValue>>;
}

/**
 * Elects the candidate that the fewest swaps of adjacent candidates on the ballots make the
 * Condorcet winner.
 *
 * @remarks
 * Dodgson (1876); Bartholdi, Tovey and Trick (1989). Condorcet consistent (a Condorcet winner
 * scores 0); exact. See the module comment for ties, truncation and the work limit.
 *
 * @param profile - ranked ballots.
 * @param options - `unranked`; `maxWork` raises the work limit.
 * @param tieBreak - how to choose among candidates with the lowest score (default lexicographic).
 * @returns the outcome, or `Unsupported` past the work limit or with fractional counts.
 * @example A cycle: a is one swap from beating everyone, b and c need more
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { dodgson } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["a", "b", "c"], [
 *   { ranking: ["a", "b", "c"], count: 3 },
 *   { ranking: ["b", "c", "a"], count: 2 },
 *   { ranking: ["c", "a", "b"], count: 2 },
 * ]);
 * const outcome = E.isRight(p) ? dodgson(p.right) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.dodgsonScores; // => { a: 1 } (b and c need at least 2: not counted)
 * ```
 *
 * @category methods
 */
export const dodgson = (
  profile: RankedProfile,
  options: DodgsonOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<Unsupported | InvalidInput, DodgsonOutcome> => {
  const allowed = resolveLimit(DODGSON_WORK, options.maxWork);
  if (E.isLeft(allowed)) return allowed;
  if (profile.countDenominator !== 1)
    return E.left(
      unsupported(
        "fractional_counts",
        "Dodgson's rule counts swaps on individual ballots, so it needs whole ballot counts.",
      ),
    );
  const unranked = options.unranked ?? "tied-last";
  const tally = tallyOf(profile, unranked);
  const { candidates } = tally;
  const n = candidates.length;
  // Half-swaps: the votes of margin each rival still lacks (a strict majority needs margin ≥ 1).
  const needs = allCandidates(n).map((c) =>
    allCandidates(n).map((d) => (d === c ? 0 : Math.max(0, 1 - marginOf(tally, c, d)))),
  );
  const bounds = needs.map((row) => row.reduce((s, x) => s + x, 0));
  const order = allCandidates(n).sort(
    (a, b) => (bounds[a] as number) - (bounds[b] as number) || a - b,
  );
  const scores = new Map<number, number>(); // in half-swaps; Infinity when impossible
  let best = Number.POSITIVE_INFINITY;
  for (const c of order) {
    if ((bounds[c] as number) > best) break;
    const counted = halfSwaps(profile, c, needs[c] as number[], unranked, allowed.right);
    if (E.isLeft(counted)) return counted;
    scores.set(c, counted.right);
    best = Math.min(best, counted.right);
  }
  const top =
    best === Number.POSITIVE_INFINITY
      ? allCandidates(n)
      : [...scores]
          .filter(([, s]) => s === best)
          .map(([c]) => c)
          .sort((a, b) => a - b);
  const name = (c: number): string => candidates[c] as string;
  const half = (points: number): ExactValue => exactOf(rational(BigInt(points), 2n));
  const dodgsonScores = Object.fromEntries(
    allCandidates(n)
      .filter((c) => scores.has(c))
      .map((c) => {
        const s = scores.get(c) as number;
        return [name(c), s === Number.POSITIVE_INFINITY ? null : half(s)];
      }),
  );
  const lowerBounds = Object.fromEntries(
    allCandidates(n).map((c) => [name(c), half(bounds[c] as number)]),
  );
  const skipped = allCandidates(n).filter((c) => !scores.has(c));
  const shown = allCandidates(n)
    .filter((c) => scores.has(c))
    .map((c) => `${name(c)} ${dodgsonScores[name(c)] ?? "(impossible)"}`)
    .join(", ");
  const base = electFromRanking({
    method: "dodgson",
    candidates,
    top,
    tieBreaker: createTieBreaker(tieBreak, candidates),
    steps: [
      step("pairwise", pairwiseSentence(tally), { pairwise: pairwiseRecord(tally) }),
      step("condorcet", condorcetSentence(tally)),
      step(
        "score",
        `Dodgson: the fewest swaps of adjacent candidates that make each candidate the Condorcet winner: ${shown === "" ? "none counted" : shown}.${skipped.length === 0 ? "" : ` ${listNames(skipped.map(name))} need more swaps than that at least (their lower bounds), so they cannot win and were not counted.`}${best === Number.POSITIVE_INFINITY ? " No swaps can make any candidate the Condorcet winner, so all tie." : ""}`,
        { dodgsonScores, lowerBounds },
      ),
    ],
    reason:
      best === Number.POSITIVE_INFINITY
        ? "no candidate can become the Condorcet winner"
        : "the fewest swaps to become the Condorcet winner",
  });
  return E.right({ ...base, pairwise: pairwiseRecord(tally), dodgsonScores, lowerBounds });
};

/**
 * The fewest half-swaps that make `c` the Condorcet winner (Infinity when none do): a dynamic
 * programme over the voters, the state being the margin still lacked against each rival.
 */
const halfSwaps = (
  profile: RankedProfile,
  c: number,
  need: readonly number[],
  unranked: "tied-last" | "not-compared",
  allowed: number,
): E.Either<Unsupported, number> => {
  const n = profile.candidates.length;
  const rivals = allCandidates(n).filter((d) => (need[d] as number) > 0);
  if (rivals.length === 0) return E.right(0);
  const slot = new Map(rivals.map((d, i) => [d, i] as const));
  const radix = rivals.map((d) => (need[d] as number) + 1);
  const place: number[] = [];
  let states = 1;
  for (const r of radix) {
    place.push(states);
    states *= r;
  }
  const totalNeed = rivals.reduce((s, d) => s + (need[d] as number), 0);
  // Each ballot's moves, nearest first: [cost in half-swaps, [slot, gain]...] per level.
  const ballots: { readonly uses: number; readonly moves: { cost: number; gains: number[] }[] }[] =
    [];
  let work = 0;
  for (let b = 0; b < profile.ballotCount; b++) {
    const w = profile.counts[b] as number;
    if (w === 0) continue;
    const row = profile.ranks.subarray(b * n, (b + 1) * n);
    const mine = row[c] as number;
    if (unranked === "not-compared" && mine === UNRANKED) continue;
    const comparable = (d: number): boolean =>
      d !== c && !(unranked === "not-compared" && row[d] === UNRANKED);
    const tied = allCandidates(n).filter((d) => comparable(d) && row[d] === mine);
    const tiers = [
      ...new Set(
        allCandidates(n)
          .filter((d) => comparable(d) && (row[d] as number) < mine)
          .map((d) => row[d] as number),
      ),
    ].sort((x, y) => y - x);
    const levels = [
      ...(tied.length === 0 ? [] : [tied.map((d) => [d, 1] as const)]),
      ...tiers.map((t) =>
        allCandidates(n)
          .filter((d) => comparable(d) && row[d] === t)
          .map((d) => [d, 2] as const),
      ),
    ];
    if (levels.length === 0) continue;
    const moves: { cost: number; gains: number[] }[] = [];
    let cost = 0;
    const gains = new Array<number>(rivals.length).fill(0);
    for (const level of levels) {
      for (const [d, g] of level) {
        cost += g;
        const s = slot.get(d);
        if (s !== undefined) gains[s] = (gains[s] as number) + g;
      }
      moves.push({ cost, gains: [...gains] });
    }
    const uses = Math.min(w, totalNeed);
    work += states * uses * levels.length * rivals.length;
    ballots.push({ uses, moves });
  }
  // Each state also holds memory: it counts as at least 100 steps (5 million states at most).
  work = Math.max(work, states * 100);
  const checked = checkWork(DODGSON_WORK, work, allowed);
  if (E.isLeft(checked)) return checked;
  let best = new Float64Array(states).fill(Number.POSITIVE_INFINITY);
  best[states - 1] = 0; // every rival still lacking its full need
  const residual = new Array<number>(rivals.length).fill(0);
  for (const { uses, moves } of ballots) {
    for (let u = 0; u < uses; u++) {
      const next = best.slice();
      for (let s = 0; s < states; s++) {
        const here = best[s] as number;
        if (here === Number.POSITIVE_INFINITY) continue;
        let rest = s;
        for (let i = 0; i < rivals.length; i++) {
          residual[i] = rest % (radix[i] as number);
          rest = Math.floor(rest / (radix[i] as number));
        }
        for (const move of moves) {
          let target = 0;
          for (let i = 0; i < rivals.length; i++)
            target +=
              Math.max(0, (residual[i] as number) - (move.gains[i] as number)) *
              (place[i] as number);
          const cost = here + move.cost;
          if (cost < (next[target] as number)) next[target] = cost;
        }
      }
      best = next;
    }
  }
  return E.right(best[0] as number);
};

/** The options schema of {@link dodgsonMethod}. @category registry */
export const DodgsonOptionsSchema: z.ZodMiniType<DodgsonOptions> = /* @__PURE__ */ pure(() =>
  z.strictObject({
    unranked: unrankedOption,
    maxWork: z.optional(z.number()),
  }),
);

/**
 * The registry entry of {@link dodgson}.
 *
 * @category registry
 */
export const dodgsonMethod: MethodDefinition<DodgsonOptions> = {
  id: "dodgson",
  name: "Dodgson (exact)",
  ballotKind: "ranked",
  summary:
    "Counts the fewest swaps of neighbouring candidates on ballots that would make each candidate beat every other head to head; the fewest wins.",
  source: "Dodgson (1876); Bartholdi, Tovey and Trick (1989), Social Choice and Welfare 6.",
  satisfies: ["anonymity", "neutrality", "majority", "condorcet-winner"],
  fails: ["smith", "monotonicity", "clone-independence", "later-no-harm"],
  complexity: "NP-hard; exact by dynamic programme, bounded by options.maxWork",
  limits: /* @__PURE__ */ methodLimits("dodgson", 50, 200, { pairs: true }),
  options: DodgsonOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    profile.kind === "ranked"
      ? dodgson(profile, options, tieBreak)
      : E.left(wrongBallotKind("dodgson", "ranked", profile.kind)),
};
