/**
 * Who a budget served, and whether it is proportional: per-voter satisfaction, the share of
 * voters with at least one funded project, and EJR up to one project for approval ballots.
 *
 * EJR up to one (Peters, Pierczyński and Skowron 2021, Definition 3 and §3, for cost and
 * cardinality utilities on approval ballots): a group `S` of voters who all approve every
 * project of a set `T` is *T-cohesive* when `|S| / n >= cost(T) / budget`. The allocation `W`
 * satisfies EJR up to one if, for every such pair, some voter `i` in `S` has `u_i(W) >= u_i(T)`,
 * or `u_i(W) + u_i(p) > u_i(T)` for some `p` in `T \ W`. The check enumerates every set `T`
 * (exactly, as whole numbers), so it is limited to small project lists
 * ({@link BUDGET_CHECKS_LIMIT}); a violation comes with its witness group.
 *
 * **Priceability** (on request, `options.priceability`): Peters and Skowron's price systems
 * (EC'20, the definition of price systems) with project costs as prices, as Peters, Pierczyński and Skowron (2021) carry them to
 * budgets: every voter holds the same budget `b`, pays only for funded projects she supports
 * (approves, or scores above 0) and at most `b` in all, each funded project is paid exactly its
 * cost, and no unfunded project's supporters have more than its cost left. This library also asks
 * `b ≥ budget / n`, each voter's equal share of the budget (the budget Equal Shares starts from and
 * its completions only raise): without a floor on `b`, an outcome funding nothing would be
 * "priceable" with `b = 0`. Decided exactly by the simplex method in bigint rationals within
 * `options.maxLpWork` ({@link PRICEABILITY_WORK}); {@link budgetChecksAsync} also reaches larger
 * elections through HiGHS, verifying its solution exactly.
 *
 * @see Peters, Pierczyński and Skowron, "Proportional Participatory Budgeting with Additive
 * Utilities", NeurIPS 2021, §3 (EJR up to one project).
 * @see Peters and Skowron, "Proportionality and the Limits of Welfarism", EC 2020 (the
 * definition of priceability).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type InvalidInput, type Unsupported, unsupported } from "../../core/errors.js";
import { defineLimit, resolveLimit, workLimitError } from "../../core/limits.js";
import * as rationals from "../../core/rational.js";
import {
  PRICEABILITY_LP_SIZE,
  PRICEABILITY_WORK,
  type PriceProblem,
  type PriceVerdict,
  solvePriceExact,
  solvePriceWithHighs,
} from "../../counting/price-system.js";
import type { Allocation, BudgetElection } from "./instance.js";
import { amount, type Compiled, compile } from "./internal.js";

/**
 * The most work (sets of projects × ballots) {@link budgetChecks} spends on EJR up to one.
 *
 * @category limits
 */
export const BUDGET_CHECKS_LIMIT = /* @__PURE__ */ defineLimit({
  name: "budgetChecks.work",
  unit: "project sets × ballots",
  default: 50_000_000,
  ceiling: 2_000_000_000,
  option: "options.maxWork",
});

/**
 * What {@link budgetChecks} reports.
 *
 * @category budgeting
 */
export interface BudgetChecks {
  /** Per ballot of the election (in its order): how many of its projects were funded. */
  readonly fundedPerBallot: readonly number[];
  /** Per ballot: the money spent on its projects (exact decimal). */
  readonly moneyPerBallot: readonly string[];
  /** Voters (by weight) with at least one funded project, exact, and as a share of all voters (a float, reported only). */
  readonly votersWithFunded: string;
  readonly shareWithFunded: number;
  /** EJR up to one, per utility, on approval ballots; `undefined` for other ballots. */
  readonly ejrUpToOne?: {
    readonly cost: EjrResult;
    readonly cardinality: EjrResult;
  };
  /** Priceability, when `options.priceability` asked for it. */
  readonly priceability?: BudgetPriceability;
}

/**
 * The options of {@link budgetChecks} and {@link budgetChecksAsync}.
 *
 * @category budgeting
 */
export interface BudgetChecksOptions {
  /** Check EJR up to one (approval ballots; default true). */
  readonly ejr?: boolean;
  /** The work limit of EJR up to one ({@link BUDGET_CHECKS_LIMIT}). */
  readonly maxWork?: number;
  /** Check priceability (default false). */
  readonly priceability?: boolean;
  /** Priceability: the most tableau cell updates of the exact solver ({@link PRICEABILITY_WORK}). */
  readonly maxLpWork?: number;
  /** Priceability in {@link budgetChecksAsync}: the most nonzeros handed to HiGHS ({@link PRICEABILITY_LP_SIZE}). */
  readonly maxLpSize?: number;
}

/**
 * A price system supporting an allocation: each voter's budget and what each group of identical
 * ballots pays, per voter (per unit of weight), as exact amounts (decimals where they end within
 * 12 places, else fractions `p/q`).
 *
 * @category budgeting
 */
export interface BudgetPriceSystem {
  /** The budget `b` of each voter (the least that works, at least budget / n). */
  readonly voterBudget: string;
  /** Per group of ballots with the same supported projects that pays something. */
  readonly payments: readonly {
    /** The indices of the group's ballots in the election. */
    readonly ballots: readonly number[];
    /** What each voter of the group pays per funded project. */
    readonly pays: Readonly<Record<string, string>>;
    /** What each voter keeps. */
    readonly left: string;
  }[];
}

/**
 * Whether an allocation is priceable: with the price system when it is, with why when not.
 * `exact` is false only for a failure reported by HiGHS (double precision) in
 * {@link budgetChecksAsync}.
 *
 * @category budgeting
 */
export type BudgetPriceability =
  | { readonly holds: true; readonly exact: true; readonly priceSystem: BudgetPriceSystem }
  | { readonly holds: false; readonly exact: boolean; readonly reason: string };

/**
 * The outcome of one EJR-up-to-one check: satisfied, or a witness group.
 *
 * @category budgeting
 */
export type EjrResult =
  | { readonly satisfied: true }
  | {
      readonly satisfied: false;
      /** The projects `T` the group agrees on. */
      readonly projects: readonly string[];
      /** The indices of the group's ballots in the election. */
      readonly ballots: readonly number[];
      readonly text: string;
    };

/**
 * Who an allocation served, and whether it satisfies EJR up to one project.
 *
 * @remarks
 * `allocation` may be any {@link Allocation} of this election (its `winners` are read). Returns
 * `Unsupported` (`work_limit`, `options.maxWork`) when 2^projects × ballots passes
 * {@link BUDGET_CHECKS_LIMIT}; pass `{ ejr: false }` to skip the proportionality check.
 *
 * @example Equal Shares satisfies EJR up to one; greedy need not
 * ```ts
 * import { budgetChecks, greedy } from "co-decide/committees";
 * import { rational } from "co-decide/core";
 *
 * const election = {
 *   kind: "approval" as const, budget: rational(2),
 *   projects: [{ id: "a", cost: rational(1) }, { id: "b", cost: rational(1) }, { id: "x", cost: rational(1) }],
 *   ballots: [{ projects: [0, 1], weight: rational(1) }, { projects: [2], weight: rational(1) }],
 * };
 * budgetChecks(election, greedy(election)); // => right({ shareWithFunded: 0.5, ejrUpToOne: { cost: { satisfied: false, ... } } })
 * ```
 *
 * @category budgeting
 */
export const budgetChecks = (
  election: BudgetElection,
  allocation: Pick<Allocation, "winners">,
  options: BudgetChecksOptions = {},
): E.Either<Unsupported | InvalidInput, BudgetChecks> => {
  const checks = servedAndEjr(election, allocation, options);
  if (E.isLeft(checks) || options.priceability !== true) return checks;
  const lpWork = resolveLimit(PRICEABILITY_WORK, options.maxLpWork);
  if (E.isLeft(lpWork)) return lpWork;
  const { problem, groups, c } = priceProblemOf(election, allocation);
  const verdict = solvePriceExact(problem, (p) => c.ids[p] as string, lpWork.right);
  if (E.isLeft(verdict)) return verdict;
  return E.right({ ...checks.right, priceability: priceabilityOf(c, groups, verdict.right) });
};

/**
 * {@link budgetChecks}, as a Promise; priceability also past the exact solver's limit, through
 * HiGHS.
 *
 * @remarks
 * Why a second entry: past `options.maxLpWork` the priceability programme goes to HiGHS (the
 * optional peer dependency `highs`, loaded with a dynamic `import()` so bundles that never call
 * this never include it), which loads asynchronously; {@link budgetChecks} keeps its synchronous
 * contract and refuses such elections (`Unsupported`, `work_limit`). HiGHS's double-precision
 * solution is read exactly, its equalities repaired and every condition checked exactly: the
 * result holds only when that check passes. When HiGHS finds no price system the result is
 * `holds: false` with `exact: false`; when its solution cannot be made exact, `Unsupported`
 * (`undetermined`); without `highs`, `Unsupported` (`solver_missing`). The Promise never rejects.
 *
 * @example
 * ```ts
 * import { budgetChecksAsync, equalShares } from "co-decide/committees";
 * import { rational } from "co-decide/core";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const election = {
 *   kind: "approval" as const, budget: rational(3),
 *   projects: ["a", "b", "c", "x"].map((id) => ({ id, cost: rational(1) })),
 *   ballots: [{ projects: [0, 1, 2], weight: rational(2) }, { projects: [3], weight: rational(1) }],
 * };
 * const mes = equalShares(election);
 * const checks = E.isRight(mes) ? await budgetChecksAsync(election, mes.right, { priceability: true }) : undefined;
 * // => right({ priceability: { holds: true, priceSystem: { voterBudget: "1", ... } }, ... })
 * ```
 *
 * @category budgeting
 */
export const budgetChecksAsync = async (
  election: BudgetElection,
  allocation: Pick<Allocation, "winners">,
  options: BudgetChecksOptions = {},
): Promise<E.Either<Unsupported | InvalidInput, BudgetChecks>> => {
  try {
    const quick = budgetChecks(election, allocation, options);
    if (E.isRight(quick) || quick.left._tag !== "Unsupported") return quick;
    if (quick.left.limit?.name !== PRICEABILITY_WORK.name) return quick;
    const checks = servedAndEjr(election, allocation, options);
    if (E.isLeft(checks)) return checks;
    const size = resolveLimit(PRICEABILITY_LP_SIZE, options.maxLpSize);
    if (E.isLeft(size)) return size;
    const { problem, groups, c } = priceProblemOf(election, allocation);
    const verdict = await solvePriceWithHighs(problem, (p) => c.ids[p] as string, size.right);
    if (E.isLeft(verdict)) return verdict;
    return E.right({ ...checks.right, priceability: priceabilityOf(c, groups, verdict.right) });
  } catch (cause) {
    return E.left(
      unsupported("solver_failed", `The checks could not be completed (${String(cause)}).`),
    );
  }
};

/** Groups ballots with the same supported projects, for the priceability programme. */
const priceProblemOf = (
  election: BudgetElection,
  allocation: Pick<Allocation, "winners">,
): { problem: PriceProblem; groups: readonly number[][]; c: Compiled } => {
  const c = compile(election);
  const index = new Map(c.ids.map((id, p) => [id, p]));
  const selected = new Uint8Array(c.ids.length);
  for (const id of allocation.winners) {
    const p = index.get(id);
    if (p !== undefined) selected[p] = 1;
  }
  const byKey = new Map<string, number>();
  const groups: number[][] = [];
  const approved: number[][] = [];
  const weights: bigint[] = [];
  election.ballots.forEach((ballot, j) => {
    const w = BigInt(c.weights[j] as number);
    if (w <= 0n) return;
    const supported = [
      ...new Set(
        ballot.projects.filter((_, k) => {
          const score = ballot.scores?.[k];
          return score === undefined || rationals.sign(score) > 0;
        }),
      ),
    ].sort((a, b) => a - b);
    if (supported.length === 0) return;
    const key = supported.join(",");
    const g = byKey.get(key);
    if (g === undefined) {
      byKey.set(key, groups.length);
      groups.push([j]);
      approved.push(supported);
      weights.push(w);
    } else {
      groups[g]?.push(j);
      weights[g] = (weights[g] as bigint) + w;
    }
  });
  const minBudget =
    c.totalWeight > 0 ? rationals.rational(c.budget, BigInt(c.totalWeight)) : rationals.ZERO;
  return {
    problem: {
      weights,
      approved,
      items: c.ids.length,
      groupNames: groups.map(
        (js) =>
          `ballot${js.length === 1 ? "" : "s"} ${js.slice(0, 5).join(", ")}${js.length > 5 ? ", ..." : ""}`,
      ),
      selected,
      mode: { kind: "budget", costs: c.costs, minBudget },
    },
    groups,
    c,
  };
};

/** An exact amount: a decimal where it ends within 12 places, else a fraction `p/q`. */
const exactAmount = (value: rationals.Rational): string => {
  for (let places = 0n; places <= 12n; places++)
    if (10n ** places % value.den === 0n)
      return rationals.toFixed(value, Number(places), "truncate");
  return rationals.toFraction(value);
};

const priceabilityOf = (
  c: Compiled,
  groups: readonly number[][],
  verdict: PriceVerdict,
): BudgetPriceability => {
  if (!verdict.holds) return { holds: false, exact: verdict.exact, reason: verdict.reason };
  const { t, pay } = verdict.solution;
  // t is money (× moneyScale) per unit of scaled weight (÷ weightScale)
  const perVoter = (v: rationals.Rational): rationals.Rational =>
    rationals.div(
      rationals.mul(v, rationals.rational(c.weightScale)),
      rationals.rational(c.moneyScale),
    );
  const b = perVoter(t);
  const payments: BudgetPriceSystem["payments"][number][] = [];
  pay.forEach((map, g) => {
    if (map.size === 0) return;
    const ballots = groups[g] as number[];
    const weight = ballots.reduce((s, j) => s + (c.weights[j] as number), 0);
    const pays: Record<string, string> = {};
    let spent = rationals.ZERO;
    for (const [p, v] of [...map].sort((x, y) => x[0] - y[0])) {
      const each = perVoter(rationals.div(v, rationals.rational(weight)));
      spent = rationals.add(spent, each);
      Object.defineProperty(pays, c.ids[p] as string, {
        value: exactAmount(each),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    payments.push({ ballots, pays, left: exactAmount(rationals.sub(b, spent)) });
  });
  return { holds: true, exact: true, priceSystem: { voterBudget: exactAmount(b), payments } };
};

const servedAndEjr = (
  election: BudgetElection,
  allocation: Pick<Allocation, "winners">,
  options: BudgetChecksOptions,
): E.Either<Unsupported, BudgetChecks> => {
  const c = compile(election);
  const m = c.costs.length;
  const index = new Map(c.ids.map((id, p) => [id, p]));
  const funded = new Uint8Array(m);
  for (const id of allocation.winners) {
    const p = index.get(id);
    if (p !== undefined) funded[p] = 1;
  }
  const fundedPerBallot: number[] = [];
  const moneyPerBallot: string[] = [];
  let served = 0;
  c.ballotProjects.forEach((projects, j) => {
    let count = 0;
    let money = 0n;
    for (const p of projects) {
      if (funded[p] === 1) {
        count++;
        money += c.costs[p] as bigint;
      }
    }
    fundedPerBallot.push(count);
    moneyPerBallot.push(amount(rationals.rational(money, c.moneyScale)));
    if (count > 0) served += c.weights[j] as number;
  });
  const base = {
    fundedPerBallot,
    moneyPerBallot,
    votersWithFunded: amount(rationals.rational(BigInt(served), c.weightScale)),
    shareWithFunded: c.totalWeight === 0 ? 0 : served / c.totalWeight,
  };
  if (options.ejr === false || election.kind !== "approval") return E.right(base);
  const allowed = options.maxWork ?? BUDGET_CHECKS_LIMIT.default;
  const work = 2 ** m * Math.max(1, c.ballotProjects.length);
  if (m > 30 || work > allowed) return E.left(workLimitError(BUDGET_CHECKS_LIMIT, work, allowed));
  return E.right({
    ...base,
    ejrUpToOne: { cost: ejr(c, funded, "cost"), cardinality: ejr(c, funded, "cardinality") },
  });
};

const ejr = (
  c: ReturnType<typeof compile>,
  funded: Uint8Array,
  utility: "cost" | "cardinality",
): EjrResult => {
  const m = c.costs.length;
  const masks = c.ballotProjects.map((projects) =>
    projects.reduce((mask, p) => mask | (1 << p), 0),
  );
  const u = (p: number): bigint => (utility === "cost" ? (c.costs[p] as bigint) : 1n);
  const W = BigInt(c.totalWeight);
  for (let T = 1; T < 1 << m; T++) {
    let costT = 0n;
    let utilT = 0n;
    for (let p = 0; p < m; p++) {
      if (T & (1 << p)) {
        costT += c.costs[p] as bigint;
        utilT += u(p);
      }
    }
    // the largest gain one more project of T \ W could give
    let bestMissing = 0n;
    let missing = false;
    for (let p = 0; p < m; p++) {
      if (T & (1 << p) && funded[p] === 0) {
        missing = true;
        if (u(p) > bestMissing) bestMissing = u(p);
      }
    }
    if (!missing) continue; // every voter approving T has u(W) >= u(T)
    // the voters approving all of T who would complain: any such group large enough is a witness
    let size = 0;
    const group: number[] = [];
    masks.forEach((mask, j) => {
      if ((mask & T) !== T) return;
      let have = 0n;
      for (const p of c.ballotProjects[j] as readonly number[]) if (funded[p] === 1) have += u(p);
      if (have >= utilT || have + bestMissing > utilT) return;
      size += c.weights[j] as number;
      group.push(j);
    });
    if (group.length === 0) continue;
    // T-cohesive: |S| / n >= cost(T) / budget
    if (BigInt(size) * c.budget >= costT * W) {
      const projects: string[] = [];
      for (let p = 0; p < m; p++) if (T & (1 << p)) projects.push(c.ids[p] as string);
      return {
        satisfied: false,
        projects,
        ballots: group,
        text: `${amount(rationals.rational(BigInt(size), c.weightScale))} voters all approve ${projects.join(", ")} and are numerous enough to pay for them with their shares, yet none of them gets the ${utility === "cost" ? "money" : "number of projects"} that would justify, even with one more of these projects.`,
      };
    }
  }
  return { satisfied: true };
};
