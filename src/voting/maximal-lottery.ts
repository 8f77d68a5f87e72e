/**
 * The maximal lottery (Fishburn 1984, "Probabilistic social choice based on simple voting
 * comparisons", Review of Economic Studies 51; Brandl, Brandt and Seedig 2016, "Consistent
 * probabilistic social choice", Econometrica 84): the lottery p over the candidates that no other
 * lottery beats in expectation head to head, i.e. p·M ≥ 0 for the margin matrix M (M[a][b] = the
 * voters ranking a above b minus those ranking b above a). It is an optimal mixed strategy of the
 * symmetric zero-sum game M, whose value is 0.
 *
 * Documented rules:
 * - Which lottery: when the number of voters is odd and the ballots are strict, the maximal lottery
 *   is unique (Laffond, Laslier and Le Breton 1997). Otherwise (pairwise ties) the maximal
 *   lotteries may form a polytope, and the outcome reports the average of its vertices, the
 *   extreme maximal lotteries: itself a maximal lottery (the set is convex), and neutral and
 *   anonymous (renaming the candidates renames the vertices). This is the convention of the
 *   maximal-lottery tool of Brandt's group at TU Munich (voting.ml: "return the average of extremal
 *   maximal lotteries"); Fishburn leaves the choice open. `extremeLotteries` says how many were
 *   averaged.
 * - Computation, exact: a vertex p with support I is the unique solution of "p is zero outside I,
 *   Σp = 1, (p·M)_j = 0 for every j in I" (every maximal lottery q has (q·M)_j = 0 on the support
 *   of any other) together with d more tight constraints (p·M)_j = 0 for j outside I, d being the
 *   dimension of the first system's solutions (0 whenever the lottery is unique). Every support is
 *   solved by fraction-free Gauss-Jordan elimination over the integers (2^n systems), then every
 *   choice of d further constraints independent of the first system, and the solutions with p ≥ 0
 *   and p·M ≥ 0 are the vertices. Two work limits: `maximal-lottery.candidates` (default 16,
 *   `options.maxCandidates` up to 18), checked before any work, and `maximal-lottery.systems`, the
 *   further systems pairwise ties call for (default 100,000, `options.maxSystems` up to 5
 *   million), counted after the first pass and checked before any of them is solved; past either,
 *   `Unsupported` "work_limit". (Linear programming finds one maximal lottery in polynomial time,
 *   but not the neutral average.)
 * - The draw, as {@link randomDictator}: with a seed (`options.seed`, or else the seed of a `random`
 *   tie-break policy) one ticket is drawn from the lottery's common denominator with the seeded
 *   generator (exact, unbiased) and recorded in `draw`. Without a seed no draw is made, and
 *   `winners` holds the most probable candidates, ties going to the tie-break policy.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { RankedProfile } from "../ballots/profile.js";
import type { PairwiseTally } from "../ballots/tally/pairwise.js";
import type { DecideError, InvalidInput, Unsupported } from "../core/errors.js";
import { step } from "../core/explanation.js";
import { pure } from "../core/internal/pure.js";
import {
  checkWork,
  defineLimit,
  resolveLimit,
  type WorkLimit,
  workLimitError,
} from "../core/limits.js";
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
import { LEXICOGRAPHIC, wrongBallotKind } from "../counting/ranked.js";
import {
  type CondorcetOptions,
  condorcetSentence,
  pairwiseRecord,
  pairwiseSentence,
  tallyOf,
} from "./condorcet/shared.js";
import type { LotteryDraw } from "./random-dictator.js";

/** The work limit of {@link maximalLottery}: candidates (it solves a linear system on each of the 2^n supports). @category methods */
export const MAXIMAL_LOTTERY_CANDIDATES: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "maximal-lottery.candidates",
  unit: "candidates",
  default: 16,
  ceiling: 18,
  option: "options.maxCandidates",
});

/**
 * The work limit of {@link maximalLottery} on the extra linear systems that pairwise ties call for
 * (choices of further tight constraints, counted before any is solved). @category methods
 */
export const MAXIMAL_LOTTERY_SYSTEMS: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "maximal-lottery.systems",
  unit: "linear systems",
  default: 100_000,
  ceiling: 5_000_000,
  option: "options.maxSystems",
});

/** Options of {@link maximalLottery}. @category methods */
export interface MaximalLotteryOptions extends CondorcetOptions {
  /** The seed of the draw (default: the seed of a `random` tie-break; else no draw is made). */
  readonly seed?: string | undefined;
  /** The most candidates to accept (default 16, at most 18; the work grows as 2^n). */
  readonly maxCandidates?: number | undefined;
  /** The most extra linear systems pairwise ties may call for (default 100,000, at most 5 million). */
  readonly maxSystems?: number | undefined;
}

/** What {@link maximalLottery} returns. @category outcomes */
export interface MaximalLotteryOutcome extends Outcome {
  /** `pairwise[a][b]`: the voters who rank a above b (exact). */
  readonly pairwise: Readonly<Record<string, Readonly<Record<string, ExactValue>>>>;
  /** Each candidate's exact probability in the maximal lottery reported. */
  readonly lottery: Readonly<Record<string, ExactValue>>;
  /** How many extreme maximal lotteries were averaged (1 when the maximal lottery is unique). */
  readonly extremeLotteries: number;
  /** The draw, when a seed was given. */
  readonly draw?: LotteryDraw;
}

/**
 * Computes the maximal lottery of the head-to-head margins, and draws from it when given a seed.
 *
 * @remarks
 * Fishburn (1984); Brandl, Brandt and Seedig (2016). A Condorcet winner gets probability 1; the
 * lottery's support lies in the Smith set. Exact rationals throughout; see the module comment for
 * which maximal lottery is reported when there are several. O(B n² + 2ⁿ n³).
 *
 * @param profile - ranked ballots.
 * @param options - `seed` (the draw), `unranked`, `maxCandidates` and `maxSystems` (the work
 *   limits).
 * @param tieBreak - without a seed, how to choose among the most probable (a `random` policy's
 *   seed is also the draw's seed when `options.seed` is absent).
 * @returns the outcome, or `Unsupported` past a work limit (`InvalidInput` for a bad limit).
 * @example Wikipedia's "Maximal lotteries": a beats b by 1, b beats c by 3, c beats a by 1
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { maximalLottery } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["a", "b", "c"], [
 *   { ranking: ["a", "b", "c"], count: 2 },
 *   { ranking: ["b", "c", "a"], count: 2 },
 *   "c>a>b",
 * ]);
 * if (E.isRight(p)) {
 *   const outcome = maximalLottery(p.right);
 *   E.isRight(outcome) && outcome.right.lottery; // => { a: "3/5", b: "1/5", c: "1/5" }
 * }
 * ```
 *
 * @category methods
 */
export const maximalLottery = (
  profile: RankedProfile,
  options: MaximalLotteryOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<Unsupported | InvalidInput, MaximalLotteryOutcome> => {
  const allowed = resolveLimit(MAXIMAL_LOTTERY_CANDIDATES, options.maxCandidates);
  if (E.isLeft(allowed)) return allowed;
  const checked = checkWork(MAXIMAL_LOTTERY_CANDIDATES, profile.candidates.length, allowed.right);
  if (E.isLeft(checked)) return checked;
  const tally = tallyOf(profile, options.unranked);
  const { candidates } = tally;
  const n = candidates.length;
  const systems = resolveLimit(MAXIMAL_LOTTERY_SYSTEMS, options.maxSystems);
  if (E.isLeft(systems)) return systems;
  const computed = maximalLotteryOf(tally, systems.right);
  if (E.isLeft(computed)) return computed;
  const { probabilities, extreme } = computed.right;
  const exact = probabilities.map(exactOf);
  const name = (c: number): string => candidates[c] as string;
  const lottery = Object.fromEntries(
    allCandidates(n).map((c) => [name(c), exact[c] as ExactValue]),
  );
  const ranking = tiersBy(allCandidates(n), (a, b) =>
    rationals.compare(probabilities[a] as Rational, probabilities[b] as Rational),
  );
  const lotteryStep = step(
    "lottery",
    `Maximal lottery: the lottery no other lottery beats head to head in expectation${extreme > 1 ? ` (the average of the ${extreme} extreme maximal lotteries, as there are several)` : ""}. The chances: ${describeScores(candidates, ranking.flat(), exact)}.`,
    { lottery, extremeLotteries: extreme },
  );
  const opening = [
    step("pairwise", pairwiseSentence(tally), { pairwise: pairwiseRecord(tally) }),
    step("condorcet", condorcetSentence(tally)),
    lotteryStep,
  ];
  const seed = options.seed ?? (tieBreak.kind === "random" ? tieBreak.seed : undefined);
  const tieBreaker = createTieBreaker(tieBreak, candidates);
  const extra = { pairwise: pairwiseRecord(tally), lottery, extremeLotteries: extreme };
  if (seed === undefined || n === 0) {
    const base = electFromRanking({
      method: "maximal-lottery",
      candidates,
      ranking,
      scores: exact,
      tieBreaker,
      steps: [
        ...opening,
        step(
          "draw",
          "No seed was given, so no draw was made; the most probable candidate is reported. Pass options.seed to draw.",
        ),
      ],
      reason: "the highest chance in the maximal lottery (no draw was made)",
    });
    return E.right({ ...base, ...extra });
  }
  const drawn = drawTicket(probabilities, seed);
  const draw: LotteryDraw = {
    seed,
    ticket: drawn.ticket.toString(),
    tickets: drawn.tickets.toString(),
  };
  const base = electFromRanking({
    method: "maximal-lottery",
    candidates,
    ranking,
    top: [drawn.winner],
    scores: exact,
    tieBreaker,
    steps: [
      ...opening,
      step(
        "draw",
        `The seeded draw ("${seed}") picked ticket ${draw.ticket} of ${draw.tickets}; the tickets are numbered in candidate order, so it falls to ${name(drawn.winner)}.`,
        { draw },
      ),
    ],
    reason: `the seeded draw ("${seed}")`,
  });
  return E.right({ ...base, ...extra, draw });
};

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

/** The solution of a linear system: its dimension, and the point when it is unique. */
interface Solved {
  /** The dimension of the solution space (-1 when there is no solution). */
  readonly dimension: number;
  /** The solution, when unique. */
  readonly point?: readonly Rational[];
  /** The reduced rows (with the right-hand side last) and the column of each one's pivot. */
  readonly reduced: readonly (readonly bigint[])[];
  readonly pivots: readonly number[];
}

/**
 * Solves `rows · x = rhs` (integer rows over k unknowns) exactly, by fraction-free Gauss-Jordan
 * elimination with each row divided by the gcd of its entries.
 */
const solve = (
  system: readonly (readonly bigint[])[],
  rhs: readonly bigint[],
  k: number,
): Solved => {
  const rows = system.map((r, i) => [...r, rhs[i] as bigint]);
  const pivots: number[] = [];
  let r = 0;
  for (let col = 0; col < k && r < rows.length; col++) {
    let found = -1;
    for (let i = r; i < rows.length && found < 0; i++)
      if ((rows[i] as bigint[])[col] !== 0n) found = i;
    if (found < 0) continue;
    [rows[r], rows[found]] = [rows[found] as bigint[], rows[r] as bigint[]];
    const pivotRow = rows[r] as bigint[];
    const a = pivotRow[col] as bigint;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as bigint[];
      const b = row[col] as bigint;
      if (i === r || b === 0n) continue;
      let g = 0n;
      for (let c = 0; c <= k; c++) {
        row[c] = (row[c] as bigint) * a - (pivotRow[c] as bigint) * b;
        g = gcd(g, row[c] as bigint);
      }
      if (g > 1n) for (let c = 0; c <= k; c++) row[c] = (row[c] as bigint) / g;
    }
    pivots.push(col);
    r++;
  }
  const reduced = rows.slice(0, r);
  for (let i = r; i < rows.length; i++)
    if ((rows[i] as bigint[])[k] !== 0n) return { dimension: -1, reduced, pivots };
  if (r < k) return { dimension: k - r, reduced, pivots };
  const point = new Array<Rational>(k);
  pivots.forEach((col, i) => {
    const row = rows[i] as bigint[];
    point[col] = rational(row[k] as bigint, row[col] as bigint);
  });
  return { dimension: 0, point, reduced, pivots };
};

/** Whether a homogeneous constraint row is independent of the reduced rows of a system. */
const independentOf = (solved: Solved, constraint: readonly bigint[]): boolean => {
  const row = [...constraint];
  solved.pivots.forEach((col, i) => {
    const pivotRow = solved.reduced[i] as readonly bigint[];
    const a = pivotRow[col] as bigint;
    const b = row[col] as bigint;
    if (b === 0n) return;
    for (let c = 0; c < row.length; c++)
      row[c] = (row[c] as bigint) * a - (pivotRow[c] as bigint) * b;
  });
  // A row left with only its right-hand side would make the system inconsistent: no use.
  return row.slice(0, -1).some((x) => x !== 0n);
};

/** The binomial coefficient C(n, k), capped at 2^53 (it only meets a limit). */
const binomial = (n: number, k: number): number => {
  let c = 1;
  for (let i = 1; i <= k; i++) c = Math.min((c * (n - k + i)) / i, Number.MAX_SAFE_INTEGER);
  return Math.round(c);
};

/** The subsets of `items` of size `size`, in lexicographic order. */
const subsetsOf = (items: readonly number[], size: number): number[][] => {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items as [number, ...number[]];
  return [...subsetsOf(rest, size - 1).map((s) => [first, ...s]), ...subsetsOf(rest, size)];
};

/**
 * The maximal lottery reported (see the module comment): the average of the extreme maximal
 * lotteries. A vertex p with support I is the unique solution of "p is zero outside I, Σp = 1,
 * (p·M)_j = 0 for j in I" together with d more tight constraints (p·M)_j = 0 for j outside I, d
 * being the dimension of the first system's solutions, chosen among the constraints independent of
 * that system; so every support is solved (2^n systems), then every such choice (counted first,
 * and refused past `systemsAllowed`), and the feasible unique solutions are the vertices.
 */
const maximalLotteryOf = (
  tally: PairwiseTally,
  systemsAllowed: number,
): E.Either<Unsupported, { readonly probabilities: Rational[]; readonly extreme: number }> => {
  const n = tally.candidates.length;
  if (n === 0) return E.right({ probabilities: [], extreme: 0 });
  const margin: bigint[][] = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) =>
      BigInt((tally.counts[i * n + j] as number) - (tally.counts[j * n + i] as number)),
    ),
  );
  // The constraint (p·M)_j = 0 over the unknowns p_i, i in the support.
  const column = (support: readonly number[], j: number): bigint[] =>
    support.map((i) => (margin[i] as bigint[])[j] as bigint);
  const found = new Map<string, Rational[]>();
  const consider = (support: readonly number[], point: readonly Rational[]): void => {
    if (point.some((x) => rationals.sign(x) < 0)) return;
    const p = new Array<Rational>(n).fill(rationals.ZERO);
    support.forEach((c, s) => {
      p[c] = point[s] as Rational;
    });
    for (let j = 0; j < n; j++) {
      let payoff = rationals.ZERO;
      for (const i of support)
        payoff = rationals.add(
          payoff,
          rationals.mul(p[i] as Rational, rational((margin[i] as bigint[])[j] as bigint)),
        );
      if (rationals.sign(payoff) < 0) return;
    }
    found.set(p.map(rationals.toFraction).join(","), p);
  };
  const degenerate: {
    readonly support: number[];
    readonly rows: bigint[][];
    readonly rhs: bigint[];
    readonly useful: number[];
    readonly dimension: number;
  }[] = [];
  let systems = 0;
  for (let mask = 1; mask < 1 << n; mask++) {
    const support = allCandidates(n).filter((c) => (mask >> c) & 1);
    const k = support.length;
    const rows = [...support.map((j) => column(support, j)), support.map(() => 1n)];
    const rhs = [...support.map(() => 0n), 1n];
    const base = solve(rows, rhs, k);
    if (base.dimension < 0) continue;
    if (base.point !== undefined) {
      consider(support, base.point);
      continue;
    }
    const useful = allCandidates(n).filter(
      (j) => !((mask >> j) & 1) && independentOf(base, [...column(support, j), 0n]),
    );
    if (useful.length < base.dimension) continue;
    systems += binomial(useful.length, base.dimension);
    degenerate.push({ support, rows, rhs, useful, dimension: base.dimension });
  }
  if (systems > systemsAllowed)
    return E.left(workLimitError(MAXIMAL_LOTTERY_SYSTEMS, systems, systemsAllowed));
  for (const { support, rows, rhs, useful, dimension } of degenerate) {
    for (const extra of subsetsOf(useful, dimension)) {
      const tight = solve(
        [...rows, ...extra.map((j) => column(support, j))],
        [...rhs, ...extra.map(() => 0n)],
        support.length,
      );
      if (tight.point !== undefined) consider(support, tight.point);
    }
  }
  const lotteries = [...found.values()];
  const count = BigInt(lotteries.length);
  const probabilities = allCandidates(n).map((c) =>
    rationals.div(rationals.sum(lotteries.map((p) => p[c] as Rational)), rational(count)),
  );
  return E.right({ probabilities, extreme: lotteries.length });
};

/** The options schema of {@link maximalLotteryMethod}. @category registry */
export const MaximalLotteryOptionsSchema: z.ZodMiniType<MaximalLotteryOptions> =
  /* @__PURE__ */ pure(() =>
    z.strictObject({
      seed: z.optional(z.string()),
      unranked: unrankedOption,
      maxCandidates: z.optional(z.number()),
      maxSystems: z.optional(z.number()),
    }),
  );

/**
 * The registry entry of {@link maximalLottery}.
 *
 * @category registry
 */
export const maximalLotteryMethod: MethodDefinition<MaximalLotteryOptions> = {
  id: "maximal-lottery",
  name: "Maximal lottery",
  ballotKind: "ranked",
  summary:
    "Draw the winner (from a public seed) from the lottery that no other lottery beats head to head on average; a Condorcet winner is certain to win.",
  source:
    "Fishburn (1984), Review of Economic Studies 51; Brandl, Brandt and Seedig (2016), Econometrica 84.",
  satisfies: [
    "anonymity",
    "neutrality",
    "majority",
    "condorcet-winner",
    "condorcet-loser",
    "smith",
  ],
  fails: ["later-no-harm"],
  complexity: "O(B n² + 2ⁿ n³); Unsupported above 16 candidates by default",
  limits: /* @__PURE__ */ methodLimits("maximal-lottery", 16, 18, { pairs: true }),
  options: MaximalLotteryOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    profile.kind === "ranked"
      ? maximalLottery(profile, options, tieBreak)
      : E.left(wrongBallotKind("maximal-lottery", "ranked", profile.kind)),
};
