/**
 * Welfare maximisation for large budgets: the knapsack as an integer programme solved by HiGHS
 * (the optional peer dependency `highs`), for budgets whose dynamic-programming table would pass
 * {@link MAX_WELFARE_WORK_LIMIT}; and {@link allocateAsync}, the asynchronous boundary that uses it.
 *
 * Why asynchronous: `highs` is loaded with a dynamic `import()` (so bundles that never call this
 * never include it), which is asynchronous; {@link maxWelfare} and {@link allocate} keep their
 * synchronous contract and refuse such budgets with `Unsupported` (`work_limit`).
 *
 * The programme is: maximise Σ satisfaction(p) · x_p subject to Σ cost(p) · x_p ≤ budget, x binary,
 * in the same scaled whole numbers as the exact count, solved with HiGHS's relative gap set to 0.
 * What HiGHS returns is then checked exactly: the chosen projects' costs are added as bigints and
 * must fit the budget, and the welfare reported is their satisfaction added exactly. Optimality is
 * HiGHS's MIP guarantee (branch and bound in double precision, absolute gap at most 10⁻⁶), not a
 * proof in exact arithmetic; the outcome's variant (`.../highs-mip`) and explanation say so.
 * Within {@link MAX_WELFARE_WORK_LIMIT} the exact dynamic programme runs instead, as in
 * {@link maxWelfare}.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type DecideError, invalidInputAt, unsupported } from "../../core/errors.js";
import { step } from "../../core/explanation.js";
import { loadHighs } from "../../core/internal/highs.js";
import { checkWork, defineLimit, resolveLimit, type WorkLimit } from "../../core/limits.js";
import { allocate, budgetElection } from "./allocate.js";
import type { Allocation, BudgetElection } from "./instance.js";
import { amount, compile, finish, money, totalSatisfaction, voters } from "./internal.js";
import { MAX_WELFARE_WORK_LIMIT, type MaxWelfareOptions, maxWelfare } from "./max-welfare.js";

/**
 * The size limit of the integer programme {@link maxWelfareAsync} hands to HiGHS: projects
 * (binary variables). Knapsack programmes of a few thousand items usually solve in well under a
 * second, but the worst case grows exponentially; `options.mipTimeLimit` (seconds, default 30)
 * also bounds each solve, past which the call returns `Unsupported` (`solver_time_limit`).
 *
 * @category limits
 */
export const MAX_WELFARE_MIP_LIMIT: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "maxWelfare.mip-projects",
  unit: "projects",
  default: 5_000,
  ceiling: 1_000_000,
  option: "options.maxMipProjects",
});

/**
 * Options of {@link maxWelfareAsync}.
 *
 * @category budgeting
 */
export interface MaxWelfareAsyncOptions extends MaxWelfareOptions {
  /** Raises {@link MAX_WELFARE_MIP_LIMIT}. */
  readonly maxMipProjects?: number;
  /** HiGHS's time limit per solve, in seconds (default 30, at most 3,600). */
  readonly mipTimeLimit?: number;
}

/**
 * {@link maxWelfare} for any budget: the exact dynamic programme within
 * {@link MAX_WELFARE_WORK_LIMIT}, else an integer programme solved by HiGHS, whose answer is
 * checked exactly (it fits the budget; its welfare is added exactly). A Promise that never rejects.
 *
 * @remarks
 * Needs the optional peer dependency `highs` past the table's limit (`Unsupported`,
 * `solver_missing`, without it). Optimality there is HiGHS's MIP guarantee (relative gap 0,
 * absolute gap 10⁻⁶ in double precision), stated in the outcome. Ties between optimal sets are
 * not enumerated; which one HiGHS returns is deterministic for a given input and version.
 *
 * @example A budget of 10 billion cost units (too large for the table)
 * ```ts
 * import { maxWelfareAsync } from "co-decide/committees";
 * import { rational } from "co-decide/core";
 *
 * const result = await maxWelfareAsync({
 *   kind: "approval", budget: rational(10_000_000_000),
 *   projects: [{ id: "a", cost: rational(6_000_000_001) }, { id: "b", cost: rational(5_000_000_000) }, { id: "c", cost: rational(5_000_000_000) }],
 *   ballots: [{ projects: [0], weight: rational(5) }, { projects: [1, 2], weight: rational(4) }],
 * });
 * // result.right.winners => ["b", "c"]; result.right.variant => "max-welfare/cardinality/highs-mip"
 * ```
 *
 * @category budgeting
 */
export const maxWelfareAsync = async (
  election: BudgetElection,
  options: MaxWelfareAsyncOptions = {},
): Promise<E.Either<DecideError, Allocation>> => {
  try {
    const quick = maxWelfare(election, options);
    if (E.isRight(quick) || quick.left.limit?.name !== MAX_WELFARE_WORK_LIMIT.name) return quick;
    return await mip(election, options);
  } catch (cause) {
    return E.left(
      unsupported("solver_failed", `max-welfare could not be completed (${String(cause)}).`),
    );
  }
};

/**
 * {@link allocate}, as a Promise, for every method; `max-welfare` also past the dynamic
 * programme's limit, through HiGHS ({@link maxWelfareAsync}).
 *
 * @remarks
 * The spec is {@link allocate}'s; `max-welfare` also reads `options.maxMipProjects` and
 * `options.mipTimeLimit` here. Every other method, and every error, is {@link allocate}'s. The
 * Promise never rejects.
 *
 * @example
 * ```ts
 * import { allocateAsync } from "co-decide/committees";
 *
 * await allocateAsync({
 *   method: "max-welfare",
 *   budget: "10000000000",
 *   projects: [{ id: "a", cost: "6000000001" }, { id: "b", cost: "5000000000" }, { id: "c", cost: "5000000000" }],
 *   ballots: [{ approve: ["a"], weight: 5 }, { approve: ["b", "c"], weight: 4 }],
 * }); // => right({ winners: ["b", "c"], variant: "max-welfare/cardinality/highs-mip", ... })
 * ```
 *
 * @category budgeting
 */
export const allocateAsync = async (spec: unknown): Promise<E.Either<DecideError, Allocation>> => {
  try {
    const quick = allocate(spec);
    if (
      E.isRight(quick) ||
      quick.left._tag !== "Unsupported" ||
      quick.left.limit?.name !== MAX_WELFARE_WORK_LIMIT.name
    )
      return quick;
    const election = budgetElection(spec);
    if (E.isLeft(election)) return election;
    const options = ((spec as { options?: Record<string, unknown> }).options ?? {}) as Record<
      string,
      unknown
    >;
    const satisfaction = options["satisfaction"] as MaxWelfareOptions["satisfaction"];
    return await mip(election.right, {
      ...(satisfaction === undefined ? {} : { satisfaction }),
      ...(options["maxMipProjects"] === undefined
        ? {}
        : { maxMipProjects: options["maxMipProjects"] as number }),
      ...(options["mipTimeLimit"] === undefined
        ? {}
        : { mipTimeLimit: options["mipTimeLimit"] as number }),
    });
  } catch (cause) {
    return E.left(
      unsupported("internal", `allocateAsync could not count this input (${String(cause)}).`),
    );
  }
};

const mip = async (
  election: BudgetElection,
  options: MaxWelfareAsyncOptions,
): Promise<E.Either<DecideError, Allocation>> => {
  const limit = resolveLimit(MAX_WELFARE_MIP_LIMIT, options.maxMipProjects);
  if (E.isLeft(limit)) return limit;
  const time = options.mipTimeLimit ?? 30;
  if (typeof time !== "number" || !Number.isFinite(time) || time <= 0 || time > 3600)
    return E.left(
      invalidInputAt(
        "options.mipTimeLimit",
        "out_of_range",
        "expected seconds, more than 0 and at most 3600",
      ),
    );
  const c = compile(election);
  const m = c.costs.length;
  const size = checkWork(MAX_WELFARE_MIP_LIMIT, m, limit.right);
  if (E.isLeft(size)) return size;
  const satisfaction = options.satisfaction ?? "cardinality";
  const values = c.costs.map((_, p) => totalSatisfaction(c, satisfaction, p));
  if (values.reduce((s, v) => s + v, 0n) > BigInt(Number.MAX_SAFE_INTEGER))
    return E.left(
      unsupported(
        "precision",
        "Total satisfaction is too large for the solver (past 2^53 in scaled units).",
      ),
    );
  const solver = await loadHighs();
  if (solver === undefined)
    return E.left(
      unsupported(
        "solver_missing",
        "This budget is past the exact table's limit (options.maxWork); solving it as an integer programme needs the optional peer dependency `highs` (npm install highs).",
      ),
    );
  // only projects that fit alone and give some satisfaction can be in an optimum worth choosing
  const useful = c.costs.flatMap((cost, p) =>
    cost <= c.budget && (values[p] as bigint) > 0n ? [p] : [],
  );
  const lines = ["Maximize", " obj:"];
  for (const p of useful) lines.push(`  + ${String(values[p])} x${p}`);
  if (useful.length === 0) lines.push("  0 x0");
  lines.push("Subject To", " budget:");
  for (const p of useful) lines.push(`  + ${String(c.costs[p])} x${p}`);
  if (useful.length === 0) lines.push("  0 x0");
  lines.push(`  <= ${String(c.budget)}`, "Binary");
  for (const p of useful.length === 0 ? [0] : useful) lines.push(`  x${p}`);
  lines.push("End");
  let solution: ReturnType<typeof solver.solve>;
  try {
    solution = solver.solve(lines.join("\n"), {
      mip_rel_gap: 0,
      time_limit: time,
      output_flag: false,
    });
  } catch (cause) {
    return E.left(unsupported("solver_failed", `HiGHS failed (${String(cause)}).`));
  }
  if (solution.Status === "Time limit reached")
    return E.left(
      unsupported(
        "solver_time_limit",
        `HiGHS did not prove an optimum within ${time} s (options.mipTimeLimit).`,
      ),
    );
  if (solution.Status !== "Optimal")
    return E.left(unsupported("solver_failed", `HiGHS ended with status ${solution.Status}.`));
  const selected = useful.filter((p) => (solution.Columns[`x${p}`]?.Primal ?? 0) > 0.5);
  // the exact checks: the set fits, and its welfare is added exactly
  const spent = selected.reduce((s, p) => s + (c.costs[p] as bigint), 0n);
  if (spent > c.budget)
    return E.left(
      unsupported(
        "undetermined",
        "HiGHS's solution does not fit the budget when its costs are added exactly (a rounding at its tolerance).",
      ),
    );
  const welfare = selected.reduce((s, p) => s + (values[p] as bigint), 0n);
  return E.right(
    finish(c, {
      method: "max-welfare",
      variant: `max-welfare/${satisfaction}/highs-mip`,
      selected,
      rounds: selected.map((p, k) => ({
        round: k + 1,
        project: c.ids[p] as string,
        cost: amount(money(c, c.costs[p] as bigint)),
        supporters: amount(voters(c, c.votes[p] as number)),
      })),
      explanation: [
        step(
          "optimum",
          `The budget was too large for the exact table, so the ${selected.length} funded projects were chosen by the HiGHS integer-programming solver: their costs were checked to fit the budget exactly, and their total satisfaction (${satisfaction}) is ${String(welfare)} in scaled units. That no other set has more is HiGHS's guarantee (double precision, gap 0), not an exact proof.`,
          { funded: selected.map((p) => c.ids[p]), welfare: String(welfare), solver: "highs" },
        ),
      ],
      ties: [],
      tieBreaks: [],
    }),
  );
};
