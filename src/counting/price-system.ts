/**
 * Priceability as a linear programme, shared by approval committees and budgets.
 *
 * A **price system** (Peters and Skowron 2020, "Proportionality and the limits of welfarism",
 * EC'20, the definition of price systems and priceable committees; for budgets with costs, Peters, Pierczyński
 * and Skowron 2021, NeurIPS, the same definition with each project's cost as its price) gives each
 * voter a budget and a payment function with
 *
 * - (C1) a voter pays only for what she approves;
 * - (C2) a voter pays at most her budget;
 * - (C3) each selected item is paid exactly its price by its payers together;
 * - (C4) nothing is paid for an item not selected;
 * - (C5) for each item not selected, its approvers together have at most its price left.
 *
 * For committees each voter's budget is 1 and the price `p > 0` is the unknown; for budgets the
 * price of a project is its cost and the voters' common budget `b` is the unknown. Both are
 * linear in (unknown, payments), so priceability is the feasibility of a linear programme whose
 * variables are the payment of each group of identical voters to each selected item it approves
 * (a group's payments split equally among its voters give each one a valid payment function,
 * because every constraint reads only group totals) and the one unknown.
 *
 * Two solvers: {@link solvePriceExact}, the exact simplex method in bigint rationals (within a work
 * limit), and {@link solvePriceWithHighs}, HiGHS in double precision, whose solution is then
 * turned into exact rationals, repaired on the equalities (C3) and checked exactly against every
 * constraint ({@link verifyPrices}); it holds only when that check passes.
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type Unsupported, unsupported } from "../core/errors.js";
import { exactDouble, type HighsSolver, loadHighs } from "../core/internal/highs.js";
import {
  type LinearProgramme,
  type LpRow,
  solveExact,
  tableauCells,
} from "../core/internal/simplex.js";
import { checkWork, defineLimit, type WorkLimit, workLimitError } from "../core/limits.js";
import * as q from "../core/rational.js";

type Rational = q.Rational;

/**
 * The work limit of the exact priceability check: tableau cell updates of the exact simplex
 * method (rows × tableau width per pivot). Refused before any work when the least plausible work,
 * rows × tableau cells (one pivot per row), passes it; and the solve stops as soon as its own count
 * passes it, so no call runs far beyond it. Measured on the shared 2-core development machine
 * under heavy load: 20 million updates took about 1.2 s on 120 voters and 20 candidates (the
 * fractions grow as pivots go on, so later updates cost more), Assen 2024's official outcome
 * (84 voters, 14 projects) needs about 3 million and takes 40-160 ms. Raise `options.maxLpWork`
 * knowingly, or use the async entries, which hand larger programmes to HiGHS.
 *
 * @category limits
 */
export const PRICEABILITY_WORK: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "priceability.work",
  unit: "tableau cell updates",
  default: 20_000_000,
  ceiling: 20_000_000_000,
  option: "options.maxLpWork",
});

/**
 * The size limit of the floating-point priceability check through HiGHS (the async entries):
 * nonzero coefficients of the linear programme.
 *
 * @category limits
 */
export const PRICEABILITY_LP_SIZE: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "priceability.lp-size",
  unit: "nonzero coefficients",
  default: 20_000_000,
  ceiling: 200_000_000,
  option: "options.maxLpSize",
});

/** A priceability question in whole numbers. @internal */
export interface PriceProblem {
  /** Each group's weight (identical voters together), a positive whole number. */
  readonly weights: readonly bigint[];
  /** Each group's approved items. */
  readonly approved: readonly (readonly number[])[];
  readonly items: number;
  /** How to name each group in a reason (default `ballot group g`). */
  readonly groupNames?: readonly string[];
  /** 1 for the selected items. */
  readonly selected: Uint8Array;
  /**
   * `committee`: each unit of weight has budget 1 and the price is the unknown (> 0);
   * `budget`: item i costs `costs[i]` and the budget per unit of weight is the unknown, at least
   * `minBudget`.
   */
  readonly mode:
    | { readonly kind: "committee" }
    | { readonly kind: "budget"; readonly costs: readonly bigint[]; readonly minBudget: Rational };
}

/** A price system found: the unknown and each (group, selected item) payment. @internal */
export interface PriceSolution {
  /** The price (committee) or the budget per unit of weight (budget). */
  readonly t: Rational;
  /** `pay[g]`: the group's payments, item → amount (only positive ones). */
  readonly pay: readonly ReadonlyMap<number, Rational>[];
}

/** The verdict of a priceability solve. @internal */
export type PriceVerdict =
  | { readonly holds: true; readonly exact: true; readonly solution: PriceSolution }
  | { readonly holds: false; readonly exact: boolean; readonly reason: string };

interface Built {
  readonly lp: LinearProgramme;
  /** Column of (g, item) for each group. */
  readonly column: readonly ReadonlyMap<number, number>[];
  /** What each row stands for, for the reasons. */
  readonly meaning: readonly string[];
}

const build = (problem: PriceProblem, names: (item: number) => string): Built => {
  const { weights, approved, selected, mode, items } = problem;
  let columns = 1; // column 0: the unknown t
  const column: Map<number, number>[] = approved.map((list) => {
    const map = new Map<number, number>();
    for (const c of list) if (selected[c] === 1) map.set(c, columns++);
    return map;
  });
  const one = q.ONE;
  const rows: LpRow[] = [];
  const meaning: string[] = [];
  // (C2) budgets
  weights.forEach((w, g) => {
    const coefs: [number, Rational][] = [...(column[g] as Map<number, number>).values()].map(
      (j) => [j, one],
    );
    if (coefs.length === 0) return;
    if (mode.kind === "committee") rows.push({ coefs, kind: "<=", rhs: q.rational(w) });
    else rows.push({ coefs: [...coefs, [0, q.rational(-w)]], kind: "<=", rhs: q.ZERO });
    meaning.push(`the budget of ${problem.groupNames?.[g] ?? `ballot group ${g}`}`);
  });
  // (C3) prices of the selected items
  for (let c = 0; c < items; c++) {
    if (selected[c] !== 1) continue;
    const coefs: [number, Rational][] = [];
    column.forEach((map) => {
      const j = map.get(c);
      if (j !== undefined) coefs.push([j, one]);
    });
    if (mode.kind === "committee")
      rows.push({ coefs: [...coefs, [0, q.neg(one)]], kind: "=", rhs: q.ZERO });
    else rows.push({ coefs, kind: "=", rhs: q.rational(mode.costs[c] as bigint) });
    meaning.push(`${names(c)} is paid exactly its price`);
  }
  // (C5) items not selected: their approvers keep at most the price
  const supporters: number[][] = Array.from({ length: items }, () => []);
  approved.forEach((list, g) => {
    for (const c of list) supporters[c]?.push(g);
  });
  for (let c = 0; c < items; c++) {
    if (selected[c] === 1 || (supporters[c] as number[]).length === 0) continue;
    const coefs: [number, Rational][] = [];
    let total = 0n;
    for (const g of supporters[c] as number[]) {
      total += weights[g] as bigint;
      for (const j of (column[g] as Map<number, number>).values()) coefs.push([j, one]);
    }
    if (mode.kind === "committee") {
      // Σ (w_g − spent_g) ≤ t  ⇔  Σ spent_g + t ≥ Σ w_g
      rows.push({ coefs: [...coefs, [0, one]], kind: ">=", rhs: q.rational(total) });
    } else {
      // Σ (w_g t − spent_g) ≤ cost
      rows.push({
        coefs: [
          ...coefs.map(([j]) => [j, q.neg(one)] as [number, Rational]),
          [0, q.rational(total)],
        ],
        kind: "<=",
        rhs: q.rational(mode.costs[c] as bigint),
      });
    }
    meaning.push(`the approvers of ${names(c)} keep at most its price`);
  }
  if (mode.kind === "budget") {
    rows.push({ coefs: [[0, one]], kind: ">=", rhs: mode.minBudget });
    meaning.push("each voter holds at least an equal share of the budget");
  }
  const objective: [number, Rational][] = [[0, mode.kind === "committee" ? one : q.neg(one)]];
  return { lp: { columns, rows, objective }, column, meaning };
};

const solutionOf = (built: Built, t: Rational, values: (j: number) => Rational): PriceSolution => ({
  t,
  pay: built.column.map((map) => {
    const out = new Map<number, Rational>();
    for (const [c, j] of map) {
      const v = values(j);
      if (q.sign(v) > 0) out.set(c, v);
    }
    return out;
  }),
});

/**
 * Checks a price system exactly against (C1)-(C5); `undefined` when it is one, else what fails.
 *
 * @internal
 */
export const verifyPrices = (
  problem: PriceProblem,
  solution: PriceSolution,
  names: (item: number) => string,
): string | undefined => {
  const { weights, approved, selected, mode, items } = problem;
  const { t, pay } = solution;
  if (mode.kind === "committee" && q.sign(t) <= 0) return "the price is not positive";
  if (mode.kind === "budget" && q.compare(t, mode.minBudget) < 0)
    return "the voters' budget is below an equal share";
  const price = (c: number): Rational =>
    mode.kind === "committee" ? t : q.rational(mode.costs[c] as bigint);
  const paid = new Array<Rational>(items).fill(q.ZERO);
  const left: Rational[] = [];
  for (let g = 0; g < weights.length; g++) {
    const budget =
      mode.kind === "committee"
        ? q.rational(weights[g] as bigint)
        : q.mul(t, q.rational(weights[g] as bigint));
    let spent = q.ZERO;
    for (const [c, v] of pay[g] ?? new Map<number, Rational>()) {
      if (q.sign(v) < 0) return `a negative payment for ${names(c)}`;
      if (!(approved[g] as readonly number[]).includes(c))
        return `a payment for ${names(c)} by voters who do not approve it`;
      if (selected[c] !== 1) return `a payment for ${names(c)}, which is not selected`;
      spent = q.add(spent, v);
      paid[c] = q.add(paid[c] as Rational, v);
    }
    if (q.compare(spent, budget) > 0)
      return `${problem.groupNames?.[g] ?? `ballot group ${g}`} pays more than its budget`;
    left.push(q.sub(budget, spent));
  }
  const keep = new Array<Rational>(items).fill(q.ZERO);
  approved.forEach((list, g) => {
    for (const c of list) keep[c] = q.add(keep[c] as Rational, left[g] as Rational);
  });
  for (let c = 0; c < items; c++) {
    if (selected[c] === 1 && !q.equals(paid[c] as Rational, price(c)))
      return `${names(c)} is not paid exactly its price`;
    if (selected[c] !== 1 && q.compare(keep[c] as Rational, price(c)) > 0)
      return `the approvers of ${names(c)} keep more than its price`;
  }
  return undefined;
};

/**
 * The exact check: the simplex method in rationals, within `maxWork` tableau cell updates.
 *
 * @internal
 */
export const solvePriceExact = (
  problem: PriceProblem,
  names: (item: number) => string,
  maxWork: number,
): E.Either<Unsupported, PriceVerdict> => {
  const built = build(problem, names);
  const estimate = tableauCells(built.lp) * Math.max(1, built.lp.rows.length);
  const pre = checkWork(PRICEABILITY_WORK, estimate, maxWork);
  if (E.isLeft(pre)) return pre;
  const result = solveExact(built.lp, maxWork);
  switch (result.status) {
    case "work_limit":
      return E.left(workLimitError(PRICEABILITY_WORK, result.work, maxWork));
    case "unbounded":
      // Only a budget check with no constraint above b can be unbounded below; cannot happen
      // (b is minimised and bounded below), and a committee's price is bounded by the voters.
      return E.left(unsupported("solver_failed", "The priceability programme was unbounded."));
    case "infeasible":
      return E.right({
        holds: false,
        exact: true,
        reason: `No price system exists (exact simplex). Even the closest the payments can come leaves ${result.violated.length === 0 ? "a condition" : result.violated.length === 1 ? "this condition" : "these conditions"} unmet: ${result.violated.length === 0 ? "(none singled out)" : result.violated.map((i) => built.meaning[i]).join("; ")} (short by ${q.toFraction(result.shortfall)} in all, in the count's scaled units).`,
      });
    case "optimal": {
      const t = result.values[0] as Rational;
      if (problem.mode.kind === "committee" && q.sign(t) <= 0)
        return E.right({
          holds: false,
          exact: true,
          reason:
            "Only a price of 0 satisfies the constraints: some member cannot be paid for by its approvers.",
        });
      const solution = solutionOf(built, t, (j) => result.values[j] as Rational);
      const bad = verifyPrices(problem, solution, names);
      if (bad !== undefined)
        return E.left(unsupported("solver_failed", `The exact solution failed its check: ${bad}.`));
      return E.right({ holds: true, exact: true, solution });
    }
  }
};

const lpText = (lp: LinearProgramme, margin: readonly number[] | undefined): string => {
  const term = (j: number): string => (j === 0 ? "t" : `x${j}`);
  const sum = (coefs: readonly (readonly [number, Rational])[]): string => {
    const merged = new Map<number, number>();
    for (const [j, v] of coefs) merged.set(j, (merged.get(j) ?? 0) + q.toNumber(v));
    const parts = [...merged]
      .filter(([, v]) => v !== 0)
      .map(([j, v]) => `${v < 0 ? "-" : "+"} ${Math.abs(v)} ${term(j)}`);
    return parts.length === 0 ? "0 t" : parts.join(" ");
  };
  const lines = ["Maximize", ` obj: ${sum(lp.objective)}`, "Subject To"];
  lp.rows.forEach((row, i) => {
    const shift = margin?.[i] ?? 0;
    const rhs = q.toNumber(row.rhs) + (row.kind === "<=" ? -shift : row.kind === ">=" ? shift : 0);
    lines.push(` r${i}: ${sum(row.coefs)} ${row.kind} ${rhs}`);
  });
  lines.push("End");
  return lines.join("\n");
};

/** The relative margin asked of each inequality in the floating-point solve. */
const MARGIN = 1e-7;

/**
 * The floating-point check through HiGHS, then exact: the programme is solved with every
 * inequality tightened by a small margin; the doubles are read as the exact fractions they are,
 * each selected item's payments are corrected to sum exactly to its price (the correction falls on
 * its largest payer and is far below the margin), and the result is checked exactly. Returns a
 * holding verdict only when that check passes; a programme HiGHS finds infeasible without any
 * margin gives a failing verdict marked not exact; anything else is `Unsupported` (`undetermined`).
 *
 * @internal
 */
export const solvePriceWithHighs = async (
  problem: PriceProblem,
  names: (item: number) => string,
  maxSize: number,
  load: () => Promise<HighsSolver | undefined> = loadHighs,
): Promise<E.Either<Unsupported, PriceVerdict>> => {
  const built = build(problem, names);
  const size = built.lp.rows.reduce((s, row) => s + row.coefs.length, 0);
  const pre = checkWork(PRICEABILITY_LP_SIZE, size, maxSize);
  if (E.isLeft(pre)) return pre;
  const solver = await load();
  if (solver === undefined)
    return E.left(
      unsupported(
        "solver_missing",
        "This priceability check is past the exact solver's limit and needs the optional peer dependency `highs` (npm install highs), or a larger options.maxLpWork.",
      ),
    );
  const margins = built.lp.rows.map((row) =>
    row.kind === "=" ? 0 : MARGIN * Math.max(1, Math.abs(q.toNumber(row.rhs))),
  );
  const first = solve(solver, lpText(built.lp, margins));
  if (first !== undefined && first !== "infeasible") {
    const solution = repaired(problem, built, first);
    if (solution !== undefined && verifyPrices(problem, solution, names) === undefined)
      return E.right({ holds: true, exact: true, solution });
  }
  const plain = solve(solver, lpText(built.lp, undefined));
  if (
    plain === "infeasible" ||
    (plain !== undefined && problem.mode.kind === "committee" && plain.t <= 1e-9)
  )
    return E.right({
      holds: false,
      exact: false,
      reason:
        "No price system exists according to HiGHS (double precision, tolerance about 1e-7); this is not certified exactly.",
    });
  return E.left(
    unsupported(
      "undetermined",
      "HiGHS's solution could not be made exact within its margin: the instance sits on the boundary of priceability. Raise options.maxLpWork to decide it with the exact solver.",
    ),
  );
};

interface FloatSolution {
  readonly t: number;
  readonly values: readonly number[];
}

const solve = (solver: HighsSolver, text: string): FloatSolution | "infeasible" | undefined => {
  try {
    const s = solver.solve(text, { output_flag: false });
    if (s.Status === "Infeasible") return "infeasible";
    if (s.Status !== "Optimal") return undefined;
    const values: number[] = [];
    for (const [name, col] of Object.entries(s.Columns))
      if (name.startsWith("x")) values[Number(name.slice(1))] = col.Primal;
    return { t: s.Columns["t"]?.Primal ?? 0, values };
  } catch {
    return undefined;
  }
};

const exactOf = (x: number): Rational => {
  const d = exactDouble(x);
  return d === undefined ? q.ZERO : q.rational(d.num, d.den);
};

const repaired = (
  problem: PriceProblem,
  built: Built,
  s: FloatSolution,
): PriceSolution | undefined => {
  const t = exactOf(s.t);
  const value = (j: number): Rational => {
    const v = exactOf(s.values[j] ?? 0);
    return q.sign(v) < 0 ? q.ZERO : v;
  };
  const pay = built.column.map((map) => {
    const out = new Map<number, Rational>();
    for (const [c, j] of map) {
      const v = value(j);
      if (q.sign(v) > 0) out.set(c, v);
    }
    return out;
  });
  // (C3) exactly: the difference goes to each item's largest payer.
  for (let c = 0; c < problem.items; c++) {
    if (problem.selected[c] !== 1) continue;
    const price =
      problem.mode.kind === "committee" ? t : q.rational(problem.mode.costs[c] as bigint);
    let total = q.ZERO;
    let top = -1;
    pay.forEach((m, g) => {
      const v = m.get(c);
      if (v === undefined) return;
      total = q.add(total, v);
      if (top < 0 || q.compare(v, pay[top]?.get(c) as Rational) > 0) top = g;
    });
    if (top < 0) return undefined;
    const fixed = q.add(pay[top]?.get(c) as Rational, q.sub(price, total));
    if (q.sign(fixed) < 0) return undefined;
    pay[top]?.set(c, fixed);
  }
  return { t, pay };
};
