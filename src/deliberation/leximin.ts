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
import { checkWork, defineLimit } from "../core/limits.js";
import {
  csr,
  finish,
  type Highs,
  type HighsModel,
  OPTIMAL,
  PanelSet,
  type Pricer,
  randomWeights,
  seedPanels,
} from "./internal/columns.js";
import type { Panel } from "./panel.js";
import type { Instance } from "./sortition.js";

/** The tolerance of the LP solutions on a probability or a dual value. */
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

/** How many known panels each round's local search starts from. @internal */
export const STARTS = 6;

/**
 * Leximin (or maximin) by column generation on a checked instance, with a loaded solver and the
 * instance's pricer. @internal
 */
export const leximinDistribution = (
  instance: Instance,
  highs: Highs,
  pricer: Pricer,
  maxIterations: number,
): E.Either<DecideError, Panel> => {
  const n = instance.ids.length;
  const set = new PanelSet();
  // A first panel, from a pricing problem with seeded random weights: also the exact check that
  // some panel meets the quotas.
  const first = pricer.exact(randomWeights(instance));
  if (first === undefined) return E.left(noPanel());
  set.add(first.panel);
  seedPanels(instance, set, Math.min(200, Math.ceil((2 * n) / instance.panelSize)));
  const master = createMaster(instance, highs, set.panels);
  try {
    const fixed = new Float64Array(n).fill(-1);
    let fixedTotal = 0;
    let iterations = 0;
    for (;;) {
      // One stage: column generation on the dual LP.
      let dual: Dual | undefined;
      for (;;) {
        const work = checkWork(SORTITION_ITERATIONS_LIMIT, iterations + 1, maxIterations);
        if (E.isLeft(work)) return work;
        const t = now();
        dual = master.solve();
        pricer.stats.lps++;
        pricer.stats.lpMs += now() - t;
        if (dual === undefined) return E.left(solverFailed());
        iterations++;
        const threshold = dual.yhat + LP_TOLERANCE;
        // Cheap first: local search from the best known panels; every improving panel joins.
        const found = pricer.local(dual.y, set.best(dual.y, STARTS));
        let added = 0;
        let start: Int32Array | undefined;
        for (const p of found) {
          if (p.value > threshold && set.add(p.panel)) {
            master.addPanel(set.panels[set.panels.length - 1] as Int32Array);
            added++;
          }
          start ??= p.panel;
        }
        if (added > 0) continue;
        // Then the exact MIP: an improving panel, or the proof that the stage is optimal.
        const best = pricer.exact(dual.y, start, threshold);
        if (best === undefined || best.value <= threshold || !set.add(best.panel)) break;
        master.addPanel(set.panels[set.panels.length - 1] as Int32Array);
      }
      const { y, value } = dual;
      let free = 0;
      for (let i = 0; i < n; i++) if ((fixed[i] as number) < 0) free++;
      // Σ probabilities = panel size: when the free people all at `value` already take up the
      // rest, none of them can get more, so all are fixed at once (exact, and it spares the
      // stages a loose instance would otherwise need one at a time).
      const atBound = value * free + fixedTotal >= instance.panelSize - LP_TOLERANCE;
      const newly = new Uint8Array(n);
      let count = 0;
      for (let i = 0; i < n; i++) {
        if ((fixed[i] as number) >= 0) continue;
        if (atBound || (y[i] as number) > LP_TOLERANCE) {
          newly[i] = 1;
          count++;
        }
      }
      // maximin (or a stage that fixes nobody): everyone left gets at least the stage's optimum.
      const all = count === 0 || instance.method === "maximin";
      for (let i = 0; i < n; i++) {
        if ((fixed[i] as number) >= 0) continue;
        if (!all && newly[i] === 0) continue;
        fixed[i] = Math.max(0, value - LP_TOLERANCE);
        fixedTotal += value;
        master.fix(i, fixed[i] as number);
      }
      if (!fixed.some((p) => p < 0)) break;
    }
    const lambda = solvePrimal(highs, n, set.panels, fixed);
    if (lambda === undefined) return E.left(solverFailed("the panel weights"));
    return E.right(
      finish(
        instance,
        set.panels,
        lambda,
        { kind: "lp", panels: 0, iterations, tolerance: LP_TOLERANCE },
        "column generation with HiGHS (local search for improving panels, the MIP to prove each stage optimal)",
      ),
    );
  } finally {
    master.dispose();
  }
};

const noPanel = (): DecideError =>
  unsupported(
    "no_panel_found",
    "No panel meets all the quotas together (each quota alone can be met): loosen a quota.",
  );

const solverFailed = (what = "an optimal solution"): DecideError =>
  unsupported("solver_failed", `The LP solver did not find ${what}.`);

interface Dual {
  readonly y: Float64Array;
  readonly yhat: number;
  readonly value: number;
}

/**
 * The dual LP of a stage, kept as one persistent HiGHS model: columns y₀..yₙ₋₁ and ŷ; row 0 is
 * Σ_{i free} yᵢ = 1, and each known panel adds the row Σ_{i∈P} yᵢ − ŷ ≤ 0. A new panel is a new
 * row (the dual simplex restarts from the last basis); fixing person i at p sets yᵢ's cost to −p and
 * takes it out of row 0.
 */
const createMaster = (instance: Instance, highs: Highs, panels: readonly Int32Array[]) => {
  const n = instance.ids.length;
  const inf = highs.infinity;
  const rows: Int32Array[] = [Int32Array.from({ length: n }, (_, i) => i)];
  for (const panel of panels) rows.push(Int32Array.from([...panel, n]));
  const model: HighsModel = highs.createModel({
    numCols: n + 1,
    numRows: rows.length,
    sense: highs.constants.objectiveSense.minimize,
    colCost: Float64Array.from({ length: n + 1 }, (_, i) => (i === n ? 1 : 0)),
    colLower: Float64Array.from({ length: n + 1 }, (_, i) => (i === n ? -inf : 0)),
    colUpper: new Float64Array(n + 1).fill(inf),
    rowLower: Float64Array.from(rows, (_, r) => (r === 0 ? 1 : -inf)),
    rowUpper: Float64Array.from(rows, (_, r) => (r === 0 ? 1 : 0)),
    matrix: csr(rows, n + 1, (r, at) =>
      r > 0 && at === (rows[r] as Int32Array).length - 1 ? -1 : 1,
    ),
  });
  model.options.set({ output_flag: false });
  return {
    solve: (): Dual | undefined => {
      if (model.run().modelStatus !== OPTIMAL) return undefined;
      const x = model.getSolution().colValue;
      return { y: x.slice(0, n), yhat: x[n] as number, value: model.getObjectiveValue() };
    },
    addPanel: (panel: Int32Array): void => {
      const indices = Int32Array.from([...panel, n]);
      const values = new Float64Array(indices.length).fill(1);
      values[values.length - 1] = -1;
      model.addRow(-inf, 0, { indices, values });
    },
    fix: (i: number, p: number): void => {
      model.changeColCost(i, -p);
      model.changeCoefficient(0, i, 0);
    },
    dispose: (): void => model.dispose(),
  };
};

/** Panel weights giving everyone at least their fixed probability (less the tolerance). */
const solvePrimal = (
  highs: Highs,
  n: number,
  panels: readonly Int32Array[],
  fixed: Float64Array,
): Float64Array | undefined => {
  const m = panels.length;
  const covering: number[][] = Array.from({ length: n }, () => []);
  panels.forEach((panel, p) => {
    for (const i of panel) covering[i]?.push(p);
  });
  const rows: number[][] = [Array.from({ length: m }, (_, p) => p)];
  const lower: number[] = [1];
  const upper: number[] = [1];
  for (let i = 0; i < n; i++) {
    const need = Math.max(0, (fixed[i] as number) - LP_TOLERANCE);
    if (need > 0 && (covering[i] as number[]).length > 0) {
      rows.push(covering[i] as number[]);
      lower.push(need);
      upper.push(highs.infinity);
    }
  }
  const model = highs.createModel({
    numCols: m,
    numRows: rows.length,
    sense: highs.constants.objectiveSense.minimize,
    colCost: new Float64Array(m),
    colLower: new Float64Array(m),
    colUpper: new Float64Array(m).fill(highs.infinity),
    rowLower: Float64Array.from(lower),
    rowUpper: Float64Array.from(upper),
    matrix: csr(rows, m),
  });
  try {
    model.options.set({ output_flag: false });
    if (model.run().modelStatus !== OPTIMAL) return undefined;
    return Float64Array.from(model.getSolution().colValue, (l) => Math.max(0, l));
  } finally {
    model.dispose();
  }
};

const now = (): number => (typeof performance === "undefined" ? 0 : performance.now());
