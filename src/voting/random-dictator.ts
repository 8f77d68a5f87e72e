/**
 * Random dictator (random ballot): one ballot is drawn at random and its first choice wins.
 *
 * Documented rules:
 * - The lottery: each candidate's probability is the share of the voters who rank it first; a
 *   ballot that ties k candidates first gives each 1/k of its share, and a ballot that ranks
 *   nobody gives every candidate 1/n. With no ballots, every candidate has 1/n. The
 *   probabilities are exact rationals, reported in `lottery`.
 * - The draw: with a seed (`options.seed`, or else the seed of a `random` tie-break policy) one
 *   ticket is drawn uniformly from the lottery's common denominator with the seeded generator of
 *   `core/prng` (32-bit words, rejection sampling, so exact and unbiased), and recorded in `draw`
 *   (seed, ticket, denominator). The same seed gives the same draw in every runtime.
 * - Without a seed no draw is made: the outcome reports the lottery, and `winners` holds the most
 *   probable candidates (the plurality winners), ties going to the tie-break policy; the
 *   explanation says so. Apps that hold a public draw can pass its seed.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import { type RankedProfile, UNRANKED } from "../ballots/profile.js";
import type { DecideError } from "../core/errors.js";
import { step } from "../core/explanation.js";
import { pure } from "../core/internal/pure.js";
import type { ExactValue, Outcome } from "../core/outcome.js";
import * as rationals from "../core/rational.js";
import { type Rational, rational } from "../core/rational.js";
import { createTieBreaker, type TieBreakPolicy } from "../core/tie-break.js";
import { electFromRanking } from "../counting/elect.js";
import { methodLimits } from "../counting/limits.js";
import { drawTicket } from "../counting/lottery.js";
import type { MethodDefinition } from "../counting/method.js";
import {
  allCandidates,
  describeScores,
  exactOf,
  tiersBy,
  unrankedOption,
} from "../counting/outcome.js";
import { LEXICOGRAPHIC, withKind } from "../counting/ranked.js";

/** Options of {@link randomDictator}. @category methods */
export interface RandomDictatorOptions {
  /** The seed of the draw (default: the seed of a `random` tie-break; else no draw is made). */
  readonly seed?: string | undefined;
  /** What a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: "tied-last" | "not-compared" | undefined;
}

/** The record of a lottery draw. @category outcomes */
export interface LotteryDraw {
  /** The seed the generator was created from. */
  readonly seed: string;
  /** The ticket drawn, from 0 to `tickets - 1` (a decimal string: it may pass 2^53). */
  readonly ticket: string;
  /** The number of tickets: the common denominator of the probabilities (decimal string). */
  readonly tickets: string;
}

/** What {@link randomDictator} returns. @category outcomes */
export interface LotteryOutcome extends Outcome {
  /** Each candidate's exact probability of being drawn. */
  readonly lottery: Readonly<Record<string, ExactValue>>;
  /** The draw, when a seed was given. */
  readonly draw?: LotteryDraw;
}

/**
 * Draws one ballot at random; its first choice wins.
 *
 * @remarks
 * Random dictatorship (Gibbard 1977, "Manipulation of schemes that mix voting with chance",
 * Econometrica 45): the only strategy-proof, ex post Pareto efficient and anonymous lottery over
 * strict preferences. The probabilities are exact; the draw is seeded and recorded. O(B n).
 *
 * @param profile - ranked ballots.
 * @param options - `seed` (the draw; see the module comment) and `unranked`.
 * @param tieBreak - without a seed, how to choose among the most probable (a `random` policy's
 *   seed is also the draw's seed when `options.seed` is absent).
 * @example The lottery, then a seeded draw
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { randomDictator } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["a", "b", "c"], [{ ranking: ["a", "b", "c"], count: 3 }, "b>a>c", "c=b>a"]);
 * if (E.isRight(p)) {
 *   randomDictator(p.right).lottery; // => { a: "3/5", b: "3/10", c: "1/10" }
 *   randomDictator(p.right, { seed: "assembly-2026" }).draw?.tickets; // => "10"
 * }
 * ```
 *
 * @category methods
 */
export const randomDictator = (
  profile: RankedProfile,
  options: RandomDictatorOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): LotteryOutcome => {
  const { candidates } = profile;
  const n = candidates.length;
  const probabilities = firstChoiceShares(profile);
  const exact = probabilities.map(exactOf);
  const ranking = tiersBy(allCandidates(n), (a, b) =>
    rationals.compare(probabilities[a] as Rational, probabilities[b] as Rational),
  );
  const seed = options.seed ?? (tieBreak.kind === "random" ? tieBreak.seed : undefined);
  const name = (c: number): string => candidates[c] as string;
  const lottery = Object.fromEntries(
    allCandidates(n).map((c) => [name(c), exact[c] as ExactValue]),
  );
  const lotteryStep = step(
    "lottery",
    `Random dictator: each ballot is one ticket for its first choice (shared when it ties several). The chances: ${describeScores(candidates, ranking.flat(), exact)}.`,
    { lottery },
  );
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  if (seed === undefined || n === 0) {
    const base = electFromRanking({
      method: "random-dictator",
      candidates,
      ranking,
      scores: exact,
      tieBreaker,
      steps: [
        lotteryStep,
        step(
          "draw",
          "No seed was given, so no draw was made; the most probable candidate is reported. Pass options.seed to draw.",
        ),
      ],
      reason: "the highest chance in the lottery (no draw was made)",
    });
    return { ...base, lottery };
  }
  const { ticket, tickets: denominator, winner } = drawTicket(probabilities, seed);
  const draw: LotteryDraw = {
    seed,
    ticket: ticket.toString(),
    tickets: denominator.toString(),
  };
  const base = electFromRanking({
    method: "random-dictator",
    candidates,
    ranking,
    top: [winner],
    scores: exact,
    tieBreaker,
    steps: [
      lotteryStep,
      step(
        "draw",
        `The seeded draw ("${seed}") picked ticket ${draw.ticket} of ${draw.tickets}; the tickets are numbered in candidate order, so it falls to ${name(winner)}.`,
        { draw },
      ),
    ],
    reason: `the seeded draw ("${seed}")`,
  });
  return { ...base, lottery, draw };
};

/** Each candidate's exact share of first choices (see the module comment). */
const firstChoiceShares = (profile: RankedProfile): Rational[] => {
  const n = profile.candidates.length;
  const sums: Rational[] = Array.from({ length: n }, () => rationals.ZERO);
  let total = 0;
  for (let b = 0; b < profile.ballotCount; b++) {
    const w = profile.counts[b] as number;
    if (w === 0) continue;
    total += w;
    const offset = b * n;
    let best = UNRANKED;
    for (let c = 0; c < n; c++) best = Math.min(best, profile.ranks[offset + c] as number);
    const top = allCandidates(n).filter((c) => profile.ranks[offset + c] === best);
    const share = rational(BigInt(w), BigInt(top.length));
    for (const c of top) sums[c] = rationals.add(sums[c] as Rational, share);
  }
  if (total === 0) return sums.map(() => rational(1n, BigInt(Math.max(n, 1))));
  return sums.map((s) => rationals.div(s, rational(BigInt(total))));
};

/** The options schema of {@link randomDictatorMethod}. @category registry */
export const RandomDictatorOptionsSchema: z.ZodMiniType<RandomDictatorOptions> =
  /* @__PURE__ */ pure(() =>
    z.strictObject({
      seed: z.optional(z.string()),
      unranked: unrankedOption,
    }),
  );

/**
 * The registry entry of {@link randomDictator}.
 *
 * @category registry
 */
export const randomDictatorMethod: MethodDefinition<RandomDictatorOptions> = {
  id: "random-dictator",
  name: "Random dictator (random ballot)",
  ballotKind: "ranked",
  summary:
    "Draw one ballot at random (from a public seed); its first choice wins. Everyone's chance is their share of first choices.",
  source: "Gibbard (1977), Econometrica 45: 665–681.",
  satisfies: ["anonymity", "neutrality", "pareto"],
  fails: ["majority", "condorcet-winner", "condorcet-loser"],
  complexity: "O(B n) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("random-dictator", 10_000, 65_534),
  options: RandomDictatorOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("random-dictator", "ranked", profile, (p) => randomDictator(p, options, tieBreak)),
};
