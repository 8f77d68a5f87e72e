/**
 * Fair sortition by linear programming: the `leximin` and `maximin` methods of Flanigan, Gölz,
 * Gupta, Hennig and Procaccia, "Fair algorithms for selecting citizens' assemblies", Nature 596
 * (2021), Methods ("LEXIMIN"), written here from that description.
 *
 * A distribution over the panels that meet the quotas gives each person a selection probability.
 * `maximin` finds a distribution maximising the smallest probability; `leximin` then, among those,
 * maximises the next smallest, and so on. Both solve, stage by stage, the dual LP
 *
 *   minimise ŷ − Σ_{i fixed} pᵢyᵢ  subject to  Σ_{i∈P} yᵢ ≤ ŷ for every panel P known so far,
 *   Σ_{i not fixed} yᵢ = 1,  y ≥ 0,
 *
 * by column generation: a pricing MIP finds the quota-meeting panel (households respected) with the
 * largest Σ yᵢ; if it beats ŷ it joins the known panels and the LP is solved again, else the stage's
 * optimum z* is proved. People with yᵢ > 0 get probability z* fixed (leximin: repeat until everyone
 * is fixed; maximin stops after the first stage). A last LP finds the weights λ of the panels that
 * give every person at least their fixed probability.
 *
 * The LPs and MIPs are solved by HiGHS (the `highs` WebAssembly package, an optional peer
 * dependency, loaded with a dynamic `import()` only here), in double precision with tolerance
 * {@link LP_TOLERANCE}. The draw itself is exact: λ is rounded to whole numbers of tickets out of
 * 10⁹ (largest remainders), and the seeded generator picks a ticket.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type DecideError, unsupported } from "../core/errors.js";
import { checkWork, defineLimit, resolveLimit } from "../core/limits.js";
import { createPrng } from "../core/prng.js";
import type { Panel } from "./panel.js";
import { type Instance, report } from "./sortition.js";

/** The tolerance of the LP solutions on a probability or a dual value. @category sortition */
export const LP_TOLERANCE = 1e-7;

/**
 * The work limit on column-generation iterations (pricing MIPs solved) of the LP methods: 500 by
 * default, `options.maxIterations` up to 100,000. Each iteration solves a MIP over the whole pool:
 * a pool of 200 with 6 features and a panel of 20 took 203 iterations and about 10 s of CPU here, so
 * the default keeps pools of a few hundred within about half a minute; larger pools need the option
 * raised, and time (see bench/results/deliberation.md).
 *
 * @category limits
 */
export const SORTITION_ITERATIONS_LIMIT = /* @__PURE__ */ defineLimit({
  name: "select-panel.iterations",
  unit: "column-generation iterations",
  default: 500,
  ceiling: 100_000,
  option: "options.maxIterations",
});

/**
 * The work limit on the pool of the LP methods (`leximin`, `maximin`), checked before the solver
 * loads: 250 people by default, `options.maxLpPool` up to 1,000,000. Their cost grows faster than
 * the pool: a pool of 200 (6 features, panel of 20) took about 10 s of CPU here, and a pool of 2,000
 * (panel of 40) did not finish in 15 minutes (bench/results/deliberation.md). Past the default, a
 * call is refused at once rather than left to run for minutes; raise it knowingly.
 *
 * @category limits
 */
export const SORTITION_LP_POOL_LIMIT = /* @__PURE__ */ defineLimit({
  name: "select-panel.lp-pool",
  unit: "people",
  default: 250,
  ceiling: 1_000_000,
  option: "options.maxLpPool",
});

interface Solution {
  readonly Status: string;
  readonly ObjectiveValue: number;
  readonly Columns: Readonly<Record<string, { readonly Primal: number }>>;
}

interface Solver {
  readonly solve: (problem: string, options?: Record<string, unknown>) => Solution;
}

const TICKETS = 1_000_000_000;

/**
 * Imports a module by a name that bundlers cannot see: a literal `import("highs")` makes esbuild,
 * Rollup and webpack bundle highs (3.9 MB, and Node-only imports in its ES build) into every bundle
 * of co-decide, called or not. Node resolves the name from node_modules at run time; a browser app
 * that uses leximin maps the name `highs` with an import map or its bundler's alias.
 */
const importByName = (name: string): Promise<unknown> =>
  import(/* webpackIgnore: true */ /* @vite-ignore */ name);

/** Loads HiGHS on demand. @internal */
const loadSolver = async (): Promise<Solver | undefined> => {
  try {
    const module = (await importByName("highs")) as {
      default: (settings?: unknown) => Promise<Solver>;
    };
    return await module.default();
  } catch {
    return undefined;
  }
};

/**
 * Runs an LP method on a checked instance. @internal
 */
export const lpPanel = async (instance: Instance): Promise<E.Either<DecideError, Panel>> => {
  if (instance.method === "nash") {
    return E.left(
      unsupported(
        "method_not_available",
        "The nash method (maximising the product of the selection probabilities, a convex programme) is not available in this version; use leximin or maximin.",
      ),
    );
  }
  const limit = resolveLimit(SORTITION_ITERATIONS_LIMIT, instance.options["maxIterations"]);
  if (E.isLeft(limit)) return limit;
  const poolLimit = resolveLimit(SORTITION_LP_POOL_LIMIT, instance.options["maxLpPool"]);
  if (E.isLeft(poolLimit)) return poolLimit;
  const poolWork = checkWork(SORTITION_LP_POOL_LIMIT, instance.ids.length, poolLimit.right);
  if (E.isLeft(poolWork)) return poolWork;
  const solver = await loadSolver();
  if (solver === undefined) {
    return E.left(
      unsupported(
        "solver_missing",
        "The leximin and maximin methods need the optional peer dependency `highs` (npm install highs).",
      ),
    );
  }
  return solveDistribution(instance, solver, limit.right);
};

const solveDistribution = (
  instance: Instance,
  solver: Solver,
  maxIterations: number,
): E.Either<DecideError, Panel> => {
  const n = instance.ids.length;
  const panels: Int32Array[] = [];
  const known = new Set<string>();
  const addPanel = (panel: Int32Array): boolean => {
    const key = panel.join(",");
    if (known.has(key)) return false;
    known.add(key);
    panels.push(panel);
    return true;
  };
  // A first panel, from a pricing problem with seeded random weights: also the exact check that
  // some panel meets the quotas.
  const prng = createPrng(`${instance.seed}#columns`);
  const first = price(
    instance,
    solver,
    Float64Array.from({ length: n }, () => prng.nextFloat()),
  );
  if (first === undefined) {
    return E.left(
      unsupported(
        "no_panel_found",
        "No panel meets all the quotas together (each quota alone can be met): loosen a quota.",
      ),
    );
  }
  addPanel(first.panel);
  const fixed = new Float64Array(n).fill(-1);
  let iterations = 0;
  for (;;) {
    // One stage: column generation on the dual LP.
    let dual: { y: Float64Array; yhat: number; value: number } | undefined;
    for (;;) {
      const work = checkWork(SORTITION_ITERATIONS_LIMIT, iterations + 1, maxIterations);
      if (E.isLeft(work)) return work;
      dual = solveDual(instance, solver, panels, fixed);
      if (dual === undefined) {
        return E.left(
          unsupported("solver_failed", "The LP solver did not find an optimal solution."),
        );
      }
      iterations++;
      const best = price(instance, solver, dual.y);
      if (best === undefined || best.value <= dual.yhat + LP_TOLERANCE || !addPanel(best.panel)) {
        break;
      }
    }
    const { y, value } = dual;
    let newlyFixed = 0;
    for (let i = 0; i < n; i++) {
      if ((fixed[i] as number) < 0 && (y[i] as number) > LP_TOLERANCE) {
        fixed[i] = Math.max(0, value - LP_TOLERANCE);
        newlyFixed++;
      }
    }
    if (newlyFixed === 0 || instance.method === "maximin") {
      // maximin: everyone gets at least the stage's optimum.
      for (let i = 0; i < n; i++)
        if ((fixed[i] as number) < 0) fixed[i] = Math.max(0, value - LP_TOLERANCE);
    }
    if (!fixed.some((p) => p < 0)) break;
  }
  const lambda = solvePrimal(instance, solver, panels, fixed);
  if (lambda === undefined) {
    return E.left(unsupported("solver_failed", "The LP solver did not find the panel weights."));
  }
  // Exact draw: λ as whole tickets out of 10⁹ (largest remainders), one ticket drawn.
  const tickets = toTickets(lambda);
  const draw = createPrng(instance.seed).nextInt(TICKETS);
  let chosen = 0;
  for (let at = 0, p = 0; p < tickets.length; p++) {
    at += tickets[p] as number;
    if (draw < at) {
      chosen = p;
      break;
    }
  }
  const probabilities = new Array<number>(n).fill(0);
  let support = 0;
  panels.forEach((panel, p) => {
    const weight = (tickets[p] as number) / TICKETS;
    if (weight > 0) support++;
    for (const i of panel) probabilities[i] = (probabilities[i] as number) + weight;
  });
  return E.right(
    report(
      instance,
      Array.from(panels[chosen] as Int32Array),
      probabilities,
      1,
      support,
      { kind: "lp", panels: support, iterations, tolerance: LP_TOLERANCE },
      `co-decide selectPanelAsync, method "${instance.method}" (Flanigan et al. 2021): column generation with HiGHS; the panel weights rounded to tickets out of ${TICKETS}, and ticket createPrng(seed).nextInt(${TICKETS}) drawn (cyrb128 + sfc32). Re-run with the same pool in the same order, quotas, panel size ${instance.panelSize} and this seed.`,
      panels.flatMap((panel, p) =>
        (tickets[p] as number) > 0
          ? [
              {
                panel: Array.from(panel, (i) => instance.ids[i] as string),
                probability: (tickets[p] as number) / TICKETS,
              },
            ]
          : [],
      ),
    ),
  );
};

/** The pricing MIP: the quota-meeting panel with the largest total weight. */
const price = (
  instance: Instance,
  solver: Solver,
  weights: Float64Array,
): { panel: Int32Array; value: number } | undefined => {
  const { ids, values, features, panelSize, household } = instance;
  const n = ids.length;
  const F = features.length;
  const terms: string[] = [];
  for (let i = 0; i < n; i++) terms.push(`${fmt(weights[i] as number)} x${i}`);
  const rows: string[] = [
    ` size: ${sum(Array.from({ length: n }, (_, i) => `x${i}`))} = ${panelSize}`,
  ];
  const byValue: string[][] = values.map(() => []);
  for (let i = 0; i < n; i++) {
    for (let f = 0; f < F; f++) byValue[instance.personValue[i * F + f] as number]?.push(`x${i}`);
  }
  values.forEach((q, v) => {
    const vars = byValue[v] as string[];
    if (vars.length === 0) return;
    rows.push(` q${v}: ${sum(vars)} >= ${q.min}`);
    rows.push(` r${v}: ${sum(vars)} <= ${q.max}`);
  });
  const homes = new Map<number, string[]>();
  for (let i = 0; i < n; i++) {
    const h = household[i] as number;
    if (h >= 0) homes.set(h, [...(homes.get(h) ?? []), `x${i}`]);
  }
  for (const [h, vars] of homes) if (vars.length > 1) rows.push(` h${h}: ${sum(vars)} <= 1`);
  const problem = `Maximize\n obj: ${terms.join(" + ")}\nSubject To\n${rows.join("\n")}\nBinaries\n ${Array.from({ length: n }, (_, i) => `x${i}`).join(" ")}\nEnd`;
  const solution = solver.solve(problem, { output_flag: false, mip_rel_gap: 0 });
  if (solution.Status !== "Optimal") return undefined;
  const panel: number[] = [];
  for (let i = 0; i < n; i++) if ((solution.Columns[`x${i}`]?.Primal ?? 0) > 0.5) panel.push(i);
  if (panel.length !== panelSize) return undefined;
  let value = 0;
  for (const i of panel) value += weights[i] as number;
  return { panel: Int32Array.from(panel), value };
};

/** The dual LP of one stage over the known panels. */
const solveDual = (
  instance: Instance,
  solver: Solver,
  panels: readonly Int32Array[],
  fixed: Float64Array,
): { y: Float64Array; yhat: number; value: number } | undefined => {
  const n = instance.ids.length;
  const objective = ["yhat"];
  for (let i = 0; i < n; i++) {
    if ((fixed[i] as number) >= 0 && (fixed[i] as number) > 0)
      objective.push(`- ${fmt(fixed[i] as number)} y${i}`);
  }
  const rows = panels.map(
    (panel, p) => ` c${p}: ${sum(Array.from(panel, (i) => `y${i}`))} - yhat <= 0`,
  );
  const free: string[] = [];
  for (let i = 0; i < n; i++) if ((fixed[i] as number) < 0) free.push(`y${i}`);
  rows.push(` s: ${sum(free)} = 1`);
  const problem = `Minimize\n obj: ${objective.join(" ")}\nSubject To\n${rows.join("\n")}\nBounds\n yhat free\nEnd`;
  const solution = solver.solve(problem, { output_flag: false });
  if (solution.Status !== "Optimal") return undefined;
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) y[i] = solution.Columns[`y${i}`]?.Primal ?? 0;
  return { y, yhat: solution.Columns["yhat"]?.Primal ?? 0, value: solution.ObjectiveValue };
};

/** Panel weights giving everyone at least their fixed probability (maximising the slack). */
const solvePrimal = (
  instance: Instance,
  solver: Solver,
  panels: readonly Int32Array[],
  fixed: Float64Array,
): Float64Array | undefined => {
  const n = instance.ids.length;
  const covering: string[][] = Array.from({ length: n }, () => []);
  panels.forEach((panel, p) => {
    for (const i of panel) covering[i]?.push(`l${p}`);
  });
  const rows = [` s: ${sum(panels.map((_, p) => `l${p}`))} = 1`];
  for (let i = 0; i < n; i++) {
    const need = Math.max(0, (fixed[i] as number) - LP_TOLERANCE);
    if (need > 0 && (covering[i] as string[]).length > 0)
      rows.push(` p${i}: ${sum(covering[i] as string[])} >= ${fmt(need)}`);
  }
  const problem = `Minimize\n obj: 0 l0\nSubject To\n${rows.join("\n")}\nEnd`;
  const solution = solver.solve(problem, { output_flag: false });
  if (solution.Status !== "Optimal") return undefined;
  return Float64Array.from(panels, (_, p) => Math.max(0, solution.Columns[`l${p}`]?.Primal ?? 0));
};

/** Whole tickets out of 10⁹ in proportion to λ, by largest remainders (ties to the first panel). */
const toTickets = (lambda: Float64Array): number[] => {
  const total = lambda.reduce((a, b) => a + b, 0);
  const exact = Array.from(lambda, (l) => (total > 0 ? (l / total) * TICKETS : 0));
  const whole = exact.map(Math.floor);
  let left = TICKETS - whole.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, p) => ({ p, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.p - b.p);
  for (const { p } of order) {
    if (left <= 0) break;
    whole[p] = (whole[p] as number) + 1;
    left--;
  }
  return whole;
};

const sum = (terms: readonly string[]): string => (terms.length === 0 ? "0" : terms.join(" + "));

/** A number in LP text, without exponent notation. */
const fmt = (x: number): string => (Number.isFinite(x) ? x.toFixed(12) : "0");
