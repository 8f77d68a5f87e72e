/**
 * The Method of Equal Shares (MES) for participatory budgeting.
 *
 * The budget is split equally among the voters (in proportion to their weights). Round by round,
 * the method funds the project that its supporters can pay for at the lowest price per unit of
 * satisfaction `rho`: each supporter `i` pays `min(budget_i, rho * u_i(p))`, and the payments add
 * up to the cost. A project whose supporters together cannot pay for it is not funded. The count
 * ends when no project is affordable.
 *
 * - Satisfaction (`options.satisfaction`): `cost` (default; a voter's satisfaction with a funded
 *   project is its cost, as in the cities' counts on equalshares.net, so `rho` ranks projects by
 *   the "effective vote count" cost / price per supporter), `cardinality` (1 per project; MES
 *   then ranks by the price per supporter) or `scores` (the ballot's scores).
 * - Ties of `rho`: the lower cost, then more votes, then the tie-break policy, each recorded.
 * - Completion (`options.completion`): `none`; `add-one` (equalshares.net's "Add1": raise each
 *   voter's budget by `options.step`, default one currency unit, re-run, and keep the last outcome
 *   that fits the real budget, stopping at the first that overspends or once every eligible
 *   project is funded); `budget-increase` (pabutools' exhaustion by budget increase: raise the
 *   total budget by `options.budgetStep`, default one currency unit per voter, and stop at the
 *   first outcome that is exhaustive or overspends, keeping the last that fits); `greedy` (fill
 *   the leftover greedily by the same satisfaction); `seq-phragmen` (continue with sequential
 *   Phragmén from the projects MES funded).
 * - Comparison (`options.comparison: "greedy"`): the cities' comparison step (Wieliczka 2023):
 *   the greedy outcome (most votes first, skipping what no longer fits) replaces the MES one if
 *   strictly more voters prefer it, a voter preferring the outcome that funds more of the
 *   projects they voted for.
 * - Eligibility (`options.eligibility.supportPerCostShare: f`): a project is eligible only if the
 *   share of voters supporting it is at least `f` times its share of the budget (Świecie 2023
 *   used 1/3, per equalshares.net).
 *
 * Exactness: costs and budget are scaled to whole numbers, voters' budgets and `rho` are bigint
 * rationals; voters with equal budgets are kept in classes, so each round touches each supporter
 * once with integer work and does rational work per class. Projects are re-priced lazily: `rho`
 * never falls as budgets shrink, so the last price is a lower bound and only projects whose bound
 * could beat the best are re-priced.
 *
 * @see Peters, Pierczyński and Skowron, "Proportional Participatory Budgeting with Additive
 * Utilities", NeurIPS 2021, §4 (the rule, there called Rule X) and §4.2 (completion);
 * equalshares.net, "Implementation" and "Completion" pages (Add1, the comparison step).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Unsupported } from "../../core/errors.js";
import { type ExplanationStep, step } from "../../core/explanation.js";
import { defineLimit, workLimitError } from "../../core/limits.js";
import type { Rational } from "../../core/rational.js";
import * as rationals from "../../core/rational.js";
import type { TieBreakPolicy } from "../../core/tie-break.js";
import { greedyCount } from "./greedy.js";
import type {
  Allocation,
  AllocationRound,
  BudgetElection,
  BudgetSatisfaction,
  CompletionStep,
} from "./instance.js";
import {
  amount,
  type Compiled,
  cents,
  compile,
  finish,
  money,
  priced,
  six,
  type TieOrder,
  tieOrder,
  uniformUtility,
  voters,
} from "./internal.js";
import { phragmenCount } from "./seq-phragmen.js";

/**
 * The most completion steps (add-one or budget increase) one count may take.
 *
 * @category limits
 */
export const COMPLETION_STEPS_LIMIT = /* @__PURE__ */ defineLimit({
  name: "equalShares.completionSteps",
  unit: "completion steps",
  default: 100_000,
  ceiling: 10_000_000,
  option: "options.maxSteps",
});

/**
 * How {@link equalShares} completes an outcome that leaves money unspent.
 *
 * @category budgeting
 */
export type EqualSharesCompletion =
  | "none"
  | "add-one"
  | "budget-increase"
  | "greedy"
  | "seq-phragmen";

/**
 * Options of {@link equalShares}.
 *
 * @category budgeting
 */
export interface EqualSharesOptions {
  /** Default `cost`. */
  readonly satisfaction?: BudgetSatisfaction;
  /** Default `none`. */
  readonly completion?: EqualSharesCompletion;
  /** Add-one: how much each voter's budget rises per step, in currency (default 1). */
  readonly step?: Rational;
  /** Budget increase: how much the total budget rises per step (default 1 per voter). */
  readonly budgetStep?: Rational;
  /** `greedy`: the cities' comparison step. Default none. */
  readonly comparison?: "none" | "greedy";
  readonly eligibility?: { readonly supportPerCostShare: Rational };
  /** The policy after cost and votes (default lexicographic). */
  readonly tieBreak?: TieBreakPolicy;
  /** Raises {@link COMPLETION_STEPS_LIMIT}. */
  readonly maxSteps?: number;
  /** A currency code for the explanation's sentences, e.g. `"PLN"`. */
  readonly currency?: string;
}

/**
 * Funds projects by the Method of Equal Shares (see the module comment for every variant).
 *
 * @remarks
 * Returns `Unsupported` (reason `work_limit`) when a completion needs more steps than
 * {@link COMPLETION_STEPS_LIMIT} allows (`options.maxSteps`). A committee election (every cost 1,
 * budget = seats, `satisfaction: "cardinality"`) is the committee rule of Peters and Skowron
 * (2020). Each round costs O(total approvals of the projects re-priced); add-one repeats the count
 * once per step.
 *
 * @example Two groups share a budget of 30 (equalshares.net's introductory example)
 * ```ts
 * import { equalShares } from "co-decide/committees";
 * import { rational } from "co-decide/core";
 *
 * const result = equalShares({
 *   kind: "approval", budget: rational(30),
 *   projects: [{ id: "a", cost: rational(10) }, { id: "b", cost: rational(10) },
 *     { id: "c", cost: rational(10) }, { id: "x", cost: rational(10) }],
 *   ballots: [{ projects: [0, 1, 2], weight: rational(2) }, { projects: [3], weight: rational(1) }],
 * }, { satisfaction: "cardinality" });
 * // result.right.winners => ["a", "b", "x"]
 * ```
 *
 * @category budgeting
 */
export const equalShares = (
  election: BudgetElection,
  options: EqualSharesOptions = {},
): E.Either<Unsupported, Allocation> =>
  equalSharesWith(election, options, (c, policy) => tieOrder(c, policy));

/**
 * {@link equalShares} with the tie order supplied by the caller: the approval-committee rule uses
 * it to follow every path through the ties (a fresh order is made for each run of the count).
 *
 * @internal
 */
export const equalSharesWith = (
  election: BudgetElection,
  options: EqualSharesOptions,
  makeTies: (c: Compiled, policy: TieBreakPolicy) => TieOrder,
): E.Either<Unsupported, Allocation> => {
  const c = compile(election);
  const satisfaction = options.satisfaction ?? (election.kind === "approval" ? "cost" : "scores");
  const completion = options.completion ?? "none";
  const policy = options.tieBreak ?? { kind: "lexicographic" };
  const maxSteps = options.maxSteps ?? COMPLETION_STEPS_LIMIT.default;
  const m = c.costs.length;

  // Eligibility: votes / W >= f * cost / B, in whole numbers.
  const ineligible: { project: string; reason: string }[] = [];
  const eligible = new Uint8Array(m).fill(1);
  const f = options.eligibility?.supportPerCostShare;
  if (f !== undefined) {
    const W = BigInt(c.totalWeight);
    for (let p = 0; p < m; p++) {
      const lhs = BigInt(c.votes[p] as number) * c.budget * f.den;
      const rhs = f.num * (c.costs[p] as bigint) * W;
      if (lhs < rhs) {
        eligible[p] = 0;
        ineligible.push({
          project: c.ids[p] as string,
          reason: `its share of voters is less than ${rationals.toFraction(f)} of its share of the budget`,
        });
      }
    }
  }
  const utility = c.costs.map((_, p) => uniformUtility(c, satisfaction, p));
  const W = c.totalWeight;
  if (W === 0) {
    return E.right(
      finish(c, {
        method: "equal-shares",
        variant: variantOf(satisfaction, completion, options.comparison),
        selected: [],
        rounds: [],
        explanation: [step("empty", "No ballots were cast, so nothing was funded.")],
        ties: [],
        tieBreaks: [],
        ineligible,
      }),
    );
  }
  const base = rationals.rational(c.budget, BigInt(W));
  const perUnit = (extraPerVoter: Rational): Rational =>
    rationals.div(
      rationals.mul(extraPerVoter, rationals.rational(c.moneyScale)),
      rationals.rational(c.weightScale),
    );

  const uniform = utility.every((u) => u !== undefined);
  const layout = uniform ? layoutOf(c) : undefined;
  const runAt = (b0: Rational): MesRun => {
    const ties = makeTies(c, policy);
    const run =
      layout === undefined
        ? mesRun(c, utility, b0, eligible, ties)
        : mesRunFiltered(c, utility as readonly bigint[], b0, eligible, ties, layout);
    return { ...run, ties, b0 };
  };

  let kept = runAt(base);
  const history: CompletionStep[] = [];
  const record = (t: number, run: MesRun, fits: boolean): void => {
    history.push({
      step: t,
      voterBudget: six(voterBudget(c, run.b0)),
      totalCost: amount(money(c, run.spent)),
      funded: run.selected.length,
      fits,
    });
  };
  let extra: number[] = [];
  let keptStep = 0;
  let completionKind: string | undefined;
  if (completion === "add-one" || completion === "budget-increase") {
    completionKind = completion;
    record(0, kept, true);
    // projects nobody supports (or only ballots of weight 0) are never funded, however large
    // the shares grow
    let eligibleCount = 0;
    for (let p = 0; p < m; p++) {
      if (eligible[p] === 1 && (c.votes[p] as number) > 0) eligibleCount++;
    }
    const increment =
      completion === "add-one"
        ? perUnit(options.step ?? rationals.ONE)
        : rationals.div(
            rationals.mul(options.budgetStep ?? voters(c, W), rationals.rational(c.moneyScale)),
            rationals.rational(BigInt(W)),
          );
    for (let t = 1; ; t++) {
      if (kept.selected.length === eligibleCount) break;
      if (completion === "budget-increase" && exhaustive(c, kept.selected, eligible)) break;
      if (t > maxSteps) return E.left(workLimitError(COMPLETION_STEPS_LIMIT, t, maxSteps));
      const b0 = rationals.add(base, rationals.mul(increment, rationals.rational(t)));
      const run = runAt(b0);
      const fits = run.spent <= c.budget;
      record(t, run, fits);
      if (!fits) break;
      kept = run;
      keptStep = t;
    }
  } else if (completion === "greedy") {
    completionKind = "greedy";
    extra = greedyCount(c, kept.ties, {
      satisfaction,
      order: "satisfaction",
      skip: true,
      exclude: excluded(eligible),
      start: kept.selected,
    }).selected;
  } else if (completion === "seq-phragmen") {
    completionKind = "seq-phragmen";
    extra = phragmenCount(c, kept.ties, {
      start: kept.selected,
      exclude: excluded(eligible),
      skip: true,
    }).selected;
  }

  const mesSelected = [...kept.selected, ...extra];
  const explanation: ExplanationStep[] = [];
  const startBudget = voterBudget(c, kept.b0);
  explanation.push(
    step(
      "share",
      `Each voter was given ${priced(options.currency, cents(startBudget))} of the budget to spend on the projects they voted for${completionKind === "add-one" || completionKind === "budget-increase" ? ` (raised ${keptStep} time${keptStep === 1 ? "" : "s"} by the ${completionKind} completion${history.at(-1)?.fits === false ? "; one more step would have overspent the budget" : ""})` : ""}.`,
      { voterBudget: six(startBudget) },
    ),
  );
  const keptRounds = describeRounds(c, kept.raw);
  for (const round of keptRounds) {
    explanation.push(
      step(
        "fund",
        round.pricePerSupporter === undefined
          ? `Project ${round.project} was funded in round ${round.round}: its supporters paid in proportion to their scores (rho ${round.rho}).`
          : `Project ${round.project} was funded in round ${round.round}: its ${round.supporters} supporters each paid at most ${priced(options.currency, cents(rationals.parseRational(round.pricePerSupporter) ?? rationals.ZERO))}.`,
        { ...round },
      ),
    );
  }
  for (const p of extra) {
    explanation.push(
      step("complete", `Project ${c.ids[p]} was funded by the ${completionKind} completion.`, {
        project: c.ids[p],
      }),
    );
  }

  let selected = mesSelected;
  let comparison: Allocation["comparison"];
  if (options.comparison === "greedy") {
    const greedySelected = greedyCount(c, tieOrder(c, policy), {
      satisfaction: "cardinality",
      order: "satisfaction",
      skip: true,
      exclude: excluded(eligible),
      start: [],
    }).selected;
    const [preferMes, preferGreedy] = preferences(c, mesSelected, greedySelected);
    const keptWhich = preferGreedy > preferMes ? "greedy" : "equal-shares";
    if (keptWhich === "greedy") selected = greedySelected;
    comparison = {
      against: "greedy",
      preferEqualShares: preferMes,
      preferGreedy,
      kept: keptWhich,
      greedyWinners: greedySelected.map((p) => c.ids[p] as string),
    };
    explanation.push(
      step(
        "compare",
        `Comparison step: ${preferMes} voters prefer the Equal Shares outcome and ${preferGreedy} prefer the greedy one, so the ${keptWhich === "greedy" ? "greedy" : "Equal Shares"} outcome is kept.`,
        { preferEqualShares: preferMes, preferGreedy, kept: keptWhich },
      ),
    );
  }

  return E.right(
    finish(c, {
      method: "equal-shares",
      variant: variantOf(satisfaction, completion, options.comparison),
      selected,
      rounds: keptRounds,
      explanation,
      ties: kept.ties.ties,
      tieBreaks: kept.ties.breaker.records(),
      ineligible,
      extra: {
        voterBudget: six(startBudget),
        ...(completionKind === "add-one" || completionKind === "budget-increase"
          ? { completion: { kind: completionKind, steps: keptStep, history } }
          : completionKind === undefined
            ? {}
            : { completion: { kind: completionKind, steps: extra.length, history: [] } }),
        ...(comparison === undefined ? {} : { comparison }),
      },
    }),
  );
};

const variantOf = (
  satisfaction: string,
  completion: string,
  comparison: string | undefined,
): string =>
  `equal-shares/${satisfaction}/${completion}${comparison === "greedy" ? "/comparison" : ""}`;

const excluded = (eligible: Uint8Array): number[] => {
  const out: number[] = [];
  eligible.forEach((e, p) => {
    if (e === 0) out.push(p);
  });
  return out;
};

/** A voter of weight 1's budget in currency, from the per-unit scaled budget. */
const voterBudget = (c: Compiled, b0: Rational): Rational =>
  rationals.div(
    rationals.mul(b0, rationals.rational(c.weightScale)),
    rationals.rational(c.moneyScale),
  );

const exhaustive = (c: Compiled, selected: readonly number[], eligible: Uint8Array): boolean => {
  const taken = new Set(selected);
  let left = c.budget;
  for (const p of selected) left -= c.costs[p] as bigint;
  for (let p = 0; p < c.costs.length; p++) {
    if (eligible[p] === 1 && !taken.has(p) && (c.costs[p] as bigint) <= left) return false;
  }
  return true;
};

/** Voters (in whole voters, by weight) preferring each outcome: more supported projects funded. */
const preferences = (c: Compiled, a: readonly number[], b: readonly number[]): [number, number] => {
  const inA = new Uint8Array(c.costs.length);
  const inB = new Uint8Array(c.costs.length);
  for (const p of a) inA[p] = 1;
  for (const p of b) inB[p] = 1;
  let preferA = 0;
  let preferB = 0;
  c.ballotProjects.forEach((projects, j) => {
    let score = 0;
    for (const p of projects) score += (inA[p] as number) - (inB[p] as number);
    if (score > 0) preferA += c.weights[j] as number;
    else if (score < 0) preferB += c.weights[j] as number;
  });
  const scale = Number(c.weightScale);
  return [preferA / scale, preferB / scale];
};

interface MesRun {
  readonly selected: number[];
  readonly raw: RawRound[];
  readonly spent: bigint;
  readonly ties: TieOrder;
  readonly b0: Rational;
}

/** A round as counted: the payment per unit of utility is `paid / den` in scaled money per unit of weight. */
interface RawRound {
  readonly project: number;
  readonly rho: Fraction;
  /** What a full-paying supporter paid per unit of weight (uniform utilities only). */
  readonly payment: Fraction | undefined;
  readonly payers: number;
}

/** An unnormalised fraction of bigints (`den > 0`), compared by cross-multiplying: no gcd in the hot loop. */
interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

const compareExactly = (a: Fraction, b: Fraction): number => {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
};

/** A double near `num / den`, for ordering only (never for deciding). */
const approximate = (f: Fraction): number => {
  const bits = f.den.toString(16).length * 4;
  const shift = BigInt(Math.max(0, bits - 960));
  return Number(f.num >> shift) / Number(f.den >> shift);
};

const approximations = new WeakMap<Fraction, number>();

/**
 * Compares two fractions: by their doubles when those differ by more than one part in 10^9
 * (far beyond their rounding error), else exactly by cross-multiplying.
 */
const compareFractions = (a: Fraction, b: Fraction): number => {
  let x = approximations.get(a);
  if (x === undefined) {
    x = approximate(a);
    approximations.set(a, x);
  }
  let y = approximations.get(b);
  if (y === undefined) {
    y = approximate(b);
    approximations.set(b, y);
  }
  const gap = Math.abs(x - y);
  if (Number.isFinite(gap) && gap > 1e-9 * Math.max(Math.abs(x), Math.abs(y)))
    return x < y ? -1 : 1;
  return compareExactly(a, b);
};

/**
 * The numerator `top` of an Equal Shares price over the count's common denominator, worked out
 * when first read: the doubles decide most comparisons of prices, so most prices never need it.
 */
interface LazyTop {
  value(): bigint;
}

/** A numerator already known. */
class KnownTop implements LazyTop {
  constructor(private readonly exact: bigint) {}
  value(): bigint {
    return this.exact;
  }
}

/**
 * `top = start - exhausted`, where `exhausted` is the money left to the exhausted classes
 * (`classes`, of weights `weights`): `W_E * base - sum over rounds r of paid[r] * omega_r`, with
 * `omega_r` the weight of the exhausted classes whose members paid in round r (found by walking up
 * the class tree). Everything is as it stood when the price was made: the tree only grows, and
 * `paid` is the payments array of that moment (a payment that rescales them makes a new array).
 */
class ExhaustedTop implements LazyTop {
  private exact: bigint | undefined;
  constructor(
    private readonly start: bigint,
    private readonly weight: number,
    private readonly base: bigint,
    private readonly paid: readonly bigint[],
    private readonly rounds: number,
    private readonly tree: Int32Array,
    private readonly classes: Int32Array,
    private readonly weights: Float64Array,
  ) {}
  value(): bigint {
    if (this.exact === undefined) {
      const omega = new Float64Array(this.rounds);
      const tree = this.tree;
      for (let i = 0; i < this.classes.length; i++) {
        const w = this.weights[i] as number;
        for (let at = this.classes[i] as number; at !== 1; at = tree[2 * at] as number) {
          const r = tree[2 * at + 1] as number;
          omega[r] = (omega[r] as number) + w;
        }
      }
      let exhausted = BigInt(this.weight) * this.base;
      for (let r = 0; r < this.rounds; r++) {
        if (omega[r] !== 0) exhausted -= (this.paid[r] as bigint) * BigInt(omega[r] as number);
      }
      this.exact = this.start - exhausted;
    }
    return this.exact;
  }
}

/** A {@link Fraction} whose numerator is a {@link LazyTop}. */
class LazyFraction implements Fraction {
  constructor(
    private readonly top: LazyTop,
    readonly den: bigint,
  ) {}
  get num(): bigint {
    return this.top.value();
  }
}

const gcdBig = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

const describeRounds = (c: Compiled, raw: readonly RawRound[]): AllocationRound[] =>
  raw.map((r, k) => {
    const p = r.project;
    const cost = money(c, c.costs[p] as bigint);
    const rho = rationals.rational(r.rho.num, r.rho.den);
    const entry: AllocationRound = {
      round: k + 1,
      project: c.ids[p] as string,
      cost: amount(cost),
      supporters: amount(voters(c, c.votes[p] as number)),
      rho: rationals.toFraction(rho),
    };
    if (r.payment === undefined || r.payment.num === 0n) return entry;
    const q = voterBudget(c, rationals.rational(r.payment.num, r.payment.den));
    return {
      ...entry,
      supporters: amount(voters(c, r.payers)),
      pricePerSupporter: six(q),
      effectiveVotes: six(rationals.div(cost, q)),
    };
  });

/**
 * One run of MES with every voter's budget (per unit of weight) `b0`, in scaled money.
 *
 * Voters are held in budget classes: `cls[j]` is ballot j's class and `values[k] / D` its budget
 * per unit of weight, over one common denominator `D` (class 0 is the empty budget). A payment
 * whose denominator `D` does not hold multiplies `D` and every class value by the missing factor,
 * so budgets compare as whole numbers and no gcd runs per supporter.
 */
/**
 * One round's choice of Equal Shares: the affordable project of least price per unit of utility
 * (rho), the policy breaking ties. Prices only rise as budgets fall, so each project's last price
 * (`lower`, updated here) is a lower bound: projects are priced in the order of their bounds, and
 * pricing stops at the first bound above the best price found. Projects nobody can afford any
 * more are returned as `dead`. `alive` is sorted in place.
 */
const cheapest = <P extends { readonly rho: Fraction }>(
  alive: number[],
  lower: (Fraction | undefined)[],
  price: (p: number) => P | undefined,
  ties: TieOrder,
  round: number,
):
  | { best: P; chosen: number; dead: Set<number> }
  | { best: undefined; chosen: -1; dead: Set<number> } => {
  alive.sort((a, b) => {
    const la = lower[a];
    const lb = lower[b];
    if (la === undefined || lb === undefined) {
      return (la === undefined ? 0 : 1) - (lb === undefined ? 0 : 1) || a - b;
    }
    return compareFractions(la, lb) || a - b;
  });
  let best: P | undefined;
  let tied: number[] = [];
  const dead = new Set<number>();
  for (const p of alive) {
    const bound = lower[p];
    if (best !== undefined && bound !== undefined && compareFractions(bound, best.rho) > 0) break;
    const found = price(p);
    if (found === undefined) {
      dead.add(p);
      continue;
    }
    lower[p] = found.rho;
    const cmp = best === undefined ? -1 : compareFractions(found.rho, best.rho);
    if (cmp < 0) {
      best = found;
      tied = [p];
    } else if (cmp === 0) tied.push(p);
  }
  if (best === undefined) return { best: undefined, chosen: -1, dead };
  if (tied.length === 1) return { best, chosen: tied[0] as number, dead };
  const chosen = ties.choose(tied, `round ${round}`);
  return { best: price(chosen) as P, chosen, dead };
};

const mesRun = (
  c: Compiled,
  utility: readonly (bigint | undefined)[],
  b0: Rational,
  eligible: Uint8Array,
  ties: TieOrder,
): { selected: number[]; raw: RawRound[]; spent: bigint } => {
  const n = c.weights.length;
  const m = c.costs.length;
  const cls = new Int32Array(n).fill(1);
  const values: bigint[] = [0n, b0.num];
  let D = b0.den;
  let acc = new Float64Array(64);
  let remap = new Int32Array(64).fill(-1);
  let fresh = true;
  const lower: (Fraction | undefined)[] = new Array(m).fill(undefined);
  let alive: number[] = [];
  for (let p = 0; p < m; p++) {
    if (eligible[p] === 1 && (c.supporters[p] as Int32Array).length > 0) alive.push(p);
  }
  const selected: number[] = [];
  const raw: RawRound[] = [];
  let spent = 0n;

  /** The price of p: rho = R / (D * K); payments are scaled by S (see `pay`). */
  interface Price {
    readonly rho: Fraction;
    readonly R: bigint;
    readonly S: bigint;
  }

  const price = (p: number): Price | undefined => {
    const cost = c.costs[p] as bigint;
    if (cost === 0n) return { rho: { num: 0n, den: 1n }, R: 0n, S: 1n };
    const u = utility[p];
    const sup = c.supporters[p] as Int32Array;
    if (u !== undefined) {
      if (fresh) {
        const votes = BigInt(c.votes[p] as number);
        const R = cost * D;
        return R <= (values[1] as bigint) * votes
          ? { rho: { num: R, den: D * votes * u }, R, S: votes }
          : undefined;
      }
      if (acc.length < values.length) acc = new Float64Array(values.length * 2);
      const touched: number[] = [];
      for (let k = 0; k < sup.length; k++) {
        const j = sup[k] as number;
        const cl = cls[j] as number;
        if (cl === 0) continue;
        if (acc[cl] === 0) touched.push(cl);
        acc[cl] = (acc[cl] as number) + (c.weights[j] as number);
      }
      if (touched.length > 1)
        touched.sort((a, b) =>
          (values[a] as bigint) < (values[b] as bigint)
            ? -1
            : (values[a] as bigint) > (values[b] as bigint)
              ? 1
              : 0,
        );
      let weight = 0n;
      for (const cl of touched) weight += BigInt(acc[cl] as number);
      let rest = cost * D;
      let found: Price | undefined;
      for (const cl of touched) {
        const v = values[cl] as bigint;
        const w = BigInt(acc[cl] as number);
        // everyone left pays rest / (D * weight), if that is within this (smallest) budget v / D
        if (found === undefined) {
          if (rest <= v * weight)
            found = { rho: { num: rest, den: D * weight * u }, R: rest, S: weight };
          else {
            rest -= w * v;
            weight -= w;
          }
        }
        acc[cl] = 0;
      }
      return found;
    }
    // Scores differ between supporters: sort by budget / utility.
    const scores = c.scores[p] as Float64Array;
    const entries: { v: bigint; u: bigint; w: bigint }[] = [];
    for (let k = 0; k < sup.length; k++) {
      const j = sup[k] as number;
      const cl = cls[j] as number;
      if (cl === 0 || scores[k] === 0) continue;
      entries.push({
        v: values[cl] as bigint,
        u: BigInt(scores[k] as number),
        w: BigInt(c.weights[j] as number),
      });
    }
    entries.sort((a, b) => {
      const left = a.v * b.u;
      const right = b.v * a.u;
      return left < right ? -1 : left > right ? 1 : 0;
    });
    let rest = cost * D;
    let weighted = 0n;
    for (const e of entries) weighted += e.w * e.u;
    for (const e of entries) {
      if (weighted === 0n) break;
      // rho = rest / (D * weighted); this voter (and all after) can pay rho * u
      if (rest * e.u <= e.v * weighted)
        return { rho: { num: rest, den: D * weighted }, R: rest, S: weighted };
      rest -= e.w * e.v;
      weighted -= e.w * e.u;
    }
    return undefined;
  };

  // Each supporter pays min(budget, rho * u): (R / g) * u over the denominator D * (S / g).
  const pay = (p: number, found: Price): number => {
    const g = found.R === 0n ? found.S : gcdBig(found.R, found.S);
    const s = found.S / g;
    const r = found.R / g;
    if (s !== 1n) {
      for (let k = 1; k < values.length; k++) values[k] = (values[k] as bigint) * s;
      D *= s;
    }
    const sup = c.supporters[p] as Int32Array;
    const u = utility[p];
    const scores = c.scores[p];
    let payers = 0;
    if (u !== undefined) {
      if (remap.length < values.length) remap = new Int32Array(values.length * 2).fill(-1);
      const touched: number[] = [];
      for (let k = 0; k < sup.length; k++) {
        const j = sup[k] as number;
        const cl = cls[j] as number;
        if (cl === 0) continue;
        payers += c.weights[j] as number;
        let target = remap[cl] as number;
        if (target === -1) {
          const left = (values[cl] as bigint) - r;
          if (left <= 0n) target = 0;
          else {
            target = values.length;
            values.push(left);
          }
          remap[cl] = target;
          touched.push(cl);
        }
        cls[j] = target;
      }
      for (const cl of touched) remap[cl] = -1;
    } else {
      const next = new Map<string, number>();
      for (let k = 0; k < sup.length; k++) {
        const j = sup[k] as number;
        const cl = cls[j] as number;
        const uj = BigInt((scores as Float64Array)[k] as number);
        if (cl === 0 || uj === 0n) continue;
        payers += c.weights[j] as number;
        const key = `${cl}:${uj}`;
        let target = next.get(key);
        if (target === undefined) {
          const left = (values[cl] as bigint) - r * uj;
          if (left <= 0n) target = 0;
          else {
            target = values.length;
            values.push(left);
          }
          next.set(key, target);
        }
        cls[j] = target;
      }
    }
    fresh = false;
    return payers;
  };

  for (let round = 1; alive.length > 0; round++) {
    const { best, chosen, dead } = cheapest(alive, lower, price, ties, round);
    if (best === undefined) break;
    const u = utility[chosen];
    // payment per unit of weight of a full payer (uniform utilities): R / (D * S) before rescaling
    const payment = u === undefined ? undefined : { num: best.R, den: D * best.S };
    const payers = pay(chosen, best);
    dead.add(chosen);
    alive = alive.filter((p) => !dead.has(p));
    selected.push(chosen);
    spent += c.costs[chosen] as bigint;
    raw.push({ project: chosen, rho: best.rho, payment, payers });
  }
  return { selected, raw, spent };
};

/** What every run of a count shares: each project's supporters' weights, in supporter order. */
interface Layout {
  readonly weights: readonly (Float64Array | Int32Array)[];
  /** Every scaled weight whole and their total under 2^31: sums held in 32-bit integers. */
  readonly whole: boolean;
}

/** Built once per call of {@link equalShares}, shared by every step of a completion. */
const layoutOf = (c: Compiled): Layout => {
  const whole = c.totalWeight <= 0x7fffffff && c.weights.every((w) => Number.isInteger(w));
  return {
    whole,
    weights: c.supporters.map((sup) => {
      const out = whole ? new Int32Array(sup.length) : new Float64Array(sup.length);
      for (let k = 0; k < sup.length; k++) out[k] = c.weights[sup[k] as number] as number;
      return out;
    }),
  };
};

/**
 * MES for utilities that are equal among a project's supporters (approval ballots, or any
 * ballots counted by cost or cardinality), with a floating-point filter and exact decisions.
 *
 * A supporter either pays the full price `q` or, with less than `q` left, everything it has, so
 * `q = (cost - sum of the exhausted budgets) / (weight of the others)`; when nobody is exhausted,
 * `q = cost / votes` whatever the budgets. A class's budget is its parent's minus one payment,
 * so exactly it is `b0 - (sum of the payments on its path)`; all payments are kept over one
 * common denominator `L` (grown once per round), and the exhausted budgets are summed per round
 * of payment rather than per class. Doubles of each budget (error far below `eps`) find the
 * exhausted classes; every class the doubles put within `eps` of `q` is checked exactly, and a
 * failed check falls back to the exact count of every class. So the doubles only choose how much
 * exact work to do; every decision is exact.
 *
 * Speed (issue 14, profiled on a 100,000-voter city counted with add-one): no gcd or rational
 * normalisation runs in the hot loops (payments join `L` with one small gcd per round, prices are
 * compared as unnormalised fractions, by doubles first); the time goes to memory traffic in the
 * supporter scans. So a re-pricing reads each supporter's weight in supporter order, and packs the
 * classes it meets (class, budget, weight) into flat arrays once, which the passes of the
 * exhausted-class search then read in order, moving the exhausted ones out as they are found.
 * Whole weights are summed in 32-bit integers. Most prices are only ever compared by their
 * doubles, so the exact numerator (the walk up the class tree and the bigint sum of the
 * exhausted budgets) is worked out only when read: for the project that wins a round, or a
 * comparison the doubles cannot decide. The pricing hands the winner's payment the classes it met
 * and the weight of its payers, so a payment moves each supporter with no branch and no weight to
 * read. The cost per round stays as documented on {@link equalShares}: O(total approvals of the
 * projects re-priced), plus the class-tree walk of the prices whose exact value is read.
 */
const mesRunFiltered = (
  c: Compiled,
  utility: readonly bigint[],
  b0: Rational,
  eligible: Uint8Array,
  ties: TieOrder,
  layout: Layout = layoutOf(c),
): { selected: number[]; raw: RawRound[]; spent: bigint } => {
  const n = c.weights.length;
  const m = c.costs.length;
  const cls = new Int32Array(n).fill(1);
  let approx = new Float64Array(1024);
  // the class tree, side by side for the walks up it: tree[2k] is class k's parent, tree[2k + 1]
  // the round in which its members paid to enter it
  let tree = new Int32Array(2048);
  let classes = 2;
  approx[1] = rationals.toNumber(b0);
  tree[2] = -1;
  const eps = Math.max(approx[1] as number, Number.MIN_VALUE) * 1e-9;
  // exact money over the common denominator L: b0 = base / L, payment r = paid[r] / L
  let L = b0.den;
  let base = b0.num;
  let paid: bigint[] = [];
  const whole = layout.whole;
  let acc: Float64Array | Int32Array = whole ? new Int32Array(1024) : new Float64Array(1024);
  let remap = new Int32Array(1024).fill(-1);
  let seen = new Int32Array(1025);
  let packed = new Int32Array(1024);
  let packedV = new Float64Array(1024);
  let packedW = new Float64Array(1024);
  let outC = new Int32Array(1024);
  let outV = new Float64Array(1024);
  let outW = new Float64Array(1024);
  const supWeights = layout.weights;
  // before any payment every voter is in class 1
  const first = Int32Array.of(1);
  let fresh = true;
  const lower: (Fraction | undefined)[] = new Array(m).fill(undefined);
  let alive: number[] = [];
  for (let p = 0; p < m; p++) {
    if (eligible[p] === 1 && (c.supporters[p] as Int32Array).length > 0) alive.push(p);
  }
  const selected: number[] = [];
  const raw: RawRound[] = [];
  let spent = 0n;

  /** A class's budget numerator over L (class 0 is 0). */
  const budgetOf = (k: number): bigint => {
    if (k === 0) return 0n;
    let v = base;
    for (let at = k; at !== 1; at = tree[2 * at] as number) {
      v -= paid[tree[2 * at + 1] as number] as bigint;
    }
    return v;
  };

  const newClass = (from: number, round: number, value: number): number => {
    if (classes === approx.length) {
      const size = classes * 2;
      const a = new Float64Array(size);
      a.set(approx);
      approx = a;
      const b = new Int32Array(2 * size);
      b.set(tree);
      tree = b;
    }
    approx[classes] = value;
    tree[2 * classes] = from;
    tree[2 * classes + 1] = round;
    return classes++;
  };

  interface Price {
    readonly rho: Fraction;
    /** The exact payment of a full payer, per unit of weight: `top / (L * others)`. */
    readonly q: Fraction;
    /** `top`, worked out when read. */
    readonly exact: LazyTop;
    readonly others: bigint;
    /** The weight of the supporters with money left (who pay), or -1 when not counted. */
    readonly payers: number;
    /** The classes with money left among the supporters, each once (when listed). */
    readonly met: Int32Array | undefined;
  }

  const priceFrom = (
    top: bigint | LazyTop,
    others: bigint,
    u: bigint,
    approxQ: number,
    payers: number,
    met: Int32Array | undefined,
  ): Price => {
    const exact = typeof top === "bigint" ? new KnownTop(top) : top;
    const den = L * others;
    const q = new LazyFraction(exact, den);
    const rho = new LazyFraction(exact, den * u);
    approximations.set(rho, approxQ / Number(u));
    return { rho, q, exact, others, payers, met };
  };

  // The exact count over the classes `touched` (with their weights), sorted by exact budget.
  const exactWalk = (
    cost: bigint,
    u: bigint,
    touched: readonly { readonly cl: number; readonly w: number }[],
    met: Int32Array,
  ): Price | undefined => {
    const entries = touched.map(({ cl, w }) => ({ v: budgetOf(cl), w: BigInt(w) }));
    entries.sort((a, b) => (a.v < b.v ? -1 : a.v > b.v ? 1 : 0));
    let weight = 0n;
    for (const e of entries) weight += e.w;
    const payers = Number(weight);
    let rest = cost * L;
    for (const e of entries) {
      if (rest <= e.v * weight) return priceFrom(rest, weight, u, Number.NaN, payers, met);
      rest -= e.v * e.w;
      weight -= e.w;
    }
    return undefined;
  };

  const price = (p: number): Price | undefined => {
    const cost = c.costs[p] as bigint;
    const u = utility[p] as bigint;
    if (cost === 0n) return priceFrom(0n, 1n, u, 0, -1, undefined);
    if (fresh) {
      const votes = BigInt(c.votes[p] as number);
      if (cost * b0.den > b0.num * votes) return undefined;
      return priceFrom(
        cost * L,
        votes,
        u,
        Number(cost) / (c.votes[p] as number),
        c.votes[p] as number,
        first,
      );
    }
    const sup = c.supporters[p] as Int32Array;
    const sw = supWeights[p] as Float64Array | Int32Array;
    if (acc.length < classes)
      acc = whole ? new Int32Array(approx.length) : new Float64Array(approx.length);
    if (seen.length < classes + 1) seen = new Int32Array(approx.length + 1);
    // the hottest loop of a count, kept free of unpredictable branches: every supporter's class
    // is written to the list of classes seen and kept there only when met for the first time
    // (class 0, the exhausted, included, and dropped below); weights are read in the order of the
    // supporters, and the arrays through locals
    const sums = acc;
    const list = seen;
    const classOf = cls;
    let t = 0;
    for (let k = 0; k < sup.length; k++) {
      const cl = classOf[sup[k] as number] as number;
      const before = sums[cl] as number;
      list[t] = cl;
      t += before === 0 ? 1 : 0;
      sums[cl] = before + (sw[k] as number);
    }
    // the classes met, packed with their budgets and weights for the passes of `priceOf`
    if (packed.length < t) {
      packed = new Int32Array(2 * t);
      packedV = new Float64Array(2 * t);
      packedW = new Float64Array(2 * t);
      outC = new Int32Array(2 * t);
      outV = new Float64Array(2 * t);
      outW = new Float64Array(2 * t);
    }
    let size = 0;
    let W = 0;
    let least = Number.POSITIVE_INFINITY;
    // the sums are cleared as they are read (class 0's below)
    for (let i = 0; i < t; i++) {
      const cl = list[i] as number;
      if (cl === 0) continue;
      const w = sums[cl] as number;
      sums[cl] = 0;
      const v = approx[cl] as number;
      packed[size] = cl;
      packedV[size] = v;
      packedW[size] = w;
      size++;
      W += w;
      if (v < least) least = v;
    }
    // the classes met, for `pay` should this project win (before the passes reorder them)
    sums[0] = 0;
    return W === 0 ? undefined : priceOf(cost, u, size, W, least, keep(packed, size));
  };

  // What a price keeps (the classes it met, its exhausted classes and their weights) is copied to
  // the end of two arenas and read through views: no buffer allocated per price. The arenas only
  // grow during a run, and a grown arena is a new one, so every view stays valid.
  let arena = new Int32Array(256);
  let arenaWeights = new Float64Array(256);
  let arenaEnd = 0;
  let weightsEnd = 0;
  const keep = (from: Int32Array, size: number): Int32Array => {
    if (arenaEnd + size > arena.length) {
      const grown = new Int32Array(Math.max(2 * arena.length, 2 * size));
      arena = grown;
      arenaEnd = 0;
    }
    for (let i = 0; i < size; i++) arena[arenaEnd + i] = from[i] as number;
    arenaEnd += size;
    return arena.subarray(arenaEnd - size, arenaEnd);
  };
  const keepWeights = (from: Float64Array, size: number): Float64Array => {
    if (weightsEnd + size > arenaWeights.length) {
      arenaWeights = new Float64Array(Math.max(2 * arenaWeights.length, 2 * size));
      weightsEnd = 0;
    }
    for (let i = 0; i < size; i++) arenaWeights[weightsEnd + i] = from[i] as number;
    weightsEnd += size;
    return arenaWeights.subarray(weightsEnd - size, weightsEnd);
  };

  /** Every class in the packed lists: those still in (`size` of them) and those out (`k`). */
  const allPacked = (size: number, k: number): { cl: number; w: number }[] => {
    const all: { cl: number; w: number }[] = [];
    for (let i = 0; i < size; i++) all.push({ cl: packed[i] as number, w: packedW[i] as number });
    for (let i = 0; i < k; i++) all.push({ cl: outC[i] as number, w: outW[i] as number });
    return all;
  };

  /**
   * The price from the `size` classes met (packed with their weights), of total weight `W` and
   * least budget `least` (doubles).
   */
  const priceOf = (
    cost: bigint,
    u: bigint,
    size: number,
    W: number,
    least: number,
    met: Int32Array,
  ): Price | undefined => {
    const costApprox = Number(cost);
    if (least > costApprox / W + eps)
      return priceFrom(cost * L, BigInt(W), u, costApprox / W, W, met);
    // the exhausted classes E: the fixpoint of E = { v < q(E) }, q growing as E does (no sort);
    // a pass moves the classes it finds below q to the `out` lists and packs the others forward
    let rest = costApprox;
    let weight = W;
    let k = 0;
    let n = size;
    // a pass also finds the least budget left outside E; when it is not below the new q, the
    // next pass would add nothing, so it is skipped (the same E, one pass fewer)
    for (let changed = true; changed && weight > 0; ) {
      changed = false;
      const qa = rest / weight;
      let leastOut = Number.POSITIVE_INFINITY;
      let kept = 0;
      for (let i = 0; i < n; i++) {
        const v = packedV[i] as number;
        const w = packedW[i] as number;
        if (v < qa) {
          outC[k] = packed[i] as number;
          outV[k] = v;
          outW[k] = w;
          k++;
          rest -= v * w;
          weight -= w;
          changed = true;
        } else {
          packed[kept] = packed[i] as number;
          packedV[kept] = v;
          packedW[kept] = w;
          kept++;
          if (v < leastOut) leastOut = v;
        }
      }
      n = kept;
      if (changed && weight > 0 && leastOut >= rest / weight) break;
    }
    if (weight <= 0) {
      // unaffordable by the doubles; decide exactly only if the shortfall is within rounding
      if (rest > eps * W * 4 + costApprox * 1e-9) return undefined;
      return exactWalk(cost, u, allPacked(n, k), met);
    }
    // the exhausted budgets, summed per round of payment when read (see `ExhaustedTop`)
    let exhaustedWeight = 0;
    for (let i = 0; i < k; i++) exhaustedWeight += outW[i] as number;
    // q = (cost * L - exhausted) / (L * (W - W_E)); a class of value v / L is above q when
    // v * (W - W_E) >= cost * L - exhausted
    const top = new ExhaustedTop(
      cost * L,
      exhaustedWeight,
      base,
      paid,
      paid.length,
      tree,
      keep(outC, k),
      keepWeights(outW, k),
    );
    const others = BigInt(W - exhaustedWeight);
    const qa = rest / weight;
    let fails = false;
    for (let i = 0; i < k && !fails; i++) {
      const v = outV[i] as number;
      if (v < qa - eps || v > qa + eps) continue;
      if (budgetOf(outC[i] as number) * others > top.value()) fails = true;
    }
    for (let i = 0; i < n && !fails; i++) {
      const v = packedV[i] as number;
      if (v < qa - eps || v > qa + eps) continue;
      if (budgetOf(packed[i] as number) * others < top.value()) fails = true;
    }
    if (fails) return exactWalk(cost, u, allPacked(n, k), met);
    return priceFrom(top, others, u, qa, W, met);
  };

  // Each supporter pays min(budget, q); q joins the payments over the common denominator.
  const pay = (p: number, found: Price): number => {
    // q = top / (L * others); others is small, so its gcd with top is cheap
    const others = found.others;
    const top = found.exact.value();
    const g = top === 0n ? others : gcdBig(others, top % others);
    const grow = others / g;
    if (grow !== 1n) {
      L *= grow;
      base *= grow;
      // a new array: prices made earlier keep the payments as they were (`ExhaustedTop`)
      paid = paid.map((x) => x * grow);
    }
    const payment = top / g;
    const round = paid.length;
    paid.push(payment);
    const qa = approximate(found.q);
    const sup = c.supporters[p] as Int32Array;
    if (remap.length < classes) remap = new Int32Array(approx.length).fill(-1);
    // where each class's payers go: to a new class, or to class 0 when they pay all they have
    const target = (cl: number): number => {
      const left = (approx[cl] as number) - qa;
      if (left < -eps) return 0;
      if (left > eps) return newClass(cl, round, left);
      return budgetOf(cl) - payment <= 0n ? 0 : newClass(cl, round, left);
    };
    const met = found.met;
    if (met !== undefined) {
      // the classes are known from the pricing: each gets its target, then every supporter
      // moves with no branch (remap[0] = 0 keeps the exhausted where they are)
      for (let i = 0; i < met.length; i++) {
        const cl = met[i] as number;
        const to = target(cl);
        if (remap.length < classes) {
          const grown = new Int32Array(approx.length).fill(-1);
          grown.set(remap);
          remap = grown;
        }
        remap[cl] = to;
      }
      remap[0] = 0;
      const classOf = cls;
      const moves = remap;
      for (let k = 0; k < sup.length; k++) {
        const j = sup[k] as number;
        classOf[j] = moves[classOf[j] as number] as number;
      }
      for (let i = 0; i < met.length; i++) remap[met[i] as number] = -1;
      fresh = false;
      return found.payers;
    }
    const touched: number[] = [];
    // the weight of the payers, counted here when the pricing did not (a price of 0)
    let payers = found.payers;
    if (payers < 0) {
      payers = 0;
      for (let k = 0; k < sup.length; k++) {
        if (cls[sup[k] as number] !== 0) payers += c.weights[sup[k] as number] as number;
      }
    }
    for (let k = 0; k < sup.length; k++) {
      const j = sup[k] as number;
      const cl = cls[j] as number;
      if (cl === 0) continue;
      let to = remap[cl] as number;
      if (to === -1) {
        to = target(cl);
        if (remap.length < classes) {
          const grown = new Int32Array(approx.length).fill(-1);
          grown.set(remap);
          remap = grown;
        }
        remap[cl] = to;
        touched.push(cl);
      }
      cls[j] = to;
    }
    for (const cl of touched) remap[cl] = -1;
    fresh = false;
    return payers;
  };

  for (let round = 1; alive.length > 0; round++) {
    const { best, chosen, dead } = cheapest(alive, lower, price, ties, round);
    if (best === undefined) break;
    const payers = pay(chosen, best);
    dead.add(chosen);
    alive = alive.filter((p) => !dead.has(p));
    selected.push(chosen);
    spent += c.costs[chosen] as bigint;
    raw.push({ project: chosen, rho: best.rho, payment: best.q, payers });
  }
  return { selected, raw, spent };
};
