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
 * by column generation: a pricing step finds a quota-meeting panel (households respected) with
 * Σ yᵢ > ŷ, which joins the known panels, and the LP is solved again; when none exists the stage's
 * optimum z* is proved. People with yᵢ > 0 get probability z* fixed (leximin: repeat until everyone
 * is fixed; maximin stops after the first stage). A last LP finds the weights λ of the panels that
 * give every person at least their fixed probability (less {@link LP_TOLERANCE}); for leximin it
 * also minimises the largest excess of a group over its level, so that every reported probability
 * (the drawn distribution's own marginal) is within `estimate.tolerance` of its level either way.
 *
 * Speed (the figures are in bench/results/deliberation.md), without loosening the guarantee:
 * - The LPs have one variable per group of interchangeable people (the same value of every
 *   feature, no household shared with anyone else), not per person, and a panel is a count
 *   vector over groups: leximin gives everyone in a group the same probability (the argument is
 *   in `internal/groups.ts`). The draw picks a count vector, then the members within each group
 *   with the seeded generator.
 * - The first panels come from the legacy draw and from a balanced local search
 *   (`balancedPanels`: each new panel favours the people the known panels reach least).
 * - Each round first looks for improving panels by local search (`improvingPanels`, up to
 *   {@link TRIES} tries); the exact pricing MIP runs only when it finds none, and is what proves
 *   a stage optimal. The MIP is one persistent HiGHS model whose objective changes per round.
 * - The dual LP is one persistent HiGHS model: a new panel is a new row.
 * - Central duals (stabilised column generation) for stages that creep: the dual LP is highly
 *   degenerate, and the vertex the simplex returns can make the pricing chase one extreme dual
 *   after another (on tight quotas the stage's value then creeps up by a little per round, the
 *   LP growing each time). A stage that has added panels for {@link CENTRAL_AFTER} rounds on
 *   vertices goes on with the LP solved by interior point without crossover, whose solution
 *   lies near the centre of the optimal dual face, and prices those duals (Gondzio,
 *   González-Brevis and Munari, "New developments in the primal–dual column generation
 *   technique", European Journal of Operational Research 224 (2013)). When they admit no
 *   improving panel, reach the bound below or stop moving the value, the stage returns to the
 *   dual simplex and goes on exactly as before: it ends only on a vertex, with the bound or the
 *   MIP's proof on that vertex, and the groups fixed are those with yₜ > 0 there. Short stages
 *   never pay for an interior-point solve (one costs several warm simplex re-solves, and the
 *   simplex restarts cold after it).
 * - Since the probabilities add up to the panel size, the free people can never all exceed
 *   (panel size − Σ fixed) / (number free). When the stage's value reaches that bound the stage is
 *   optimal without pricing, and everyone free is fixed at once. With quotas loose enough for
 *   everyone to have the same chance, leximin ends after one LP.
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
  balancedPanels,
  csr,
  finish,
  type Highs,
  type HighsModel,
  improvingPanels,
  OPTIMAL,
  PanelSet,
  type Pricer,
  randomWeights,
  seedPanels,
} from "./internal/columns.js";
import { countsOf, type Groups, groupPeople, perPerson } from "./internal/groups.js";
import type { Panel } from "./panel.js";
import type { Instance } from "./sortition.js";

/** The tolerance of the LP solutions on a probability or a dual value. @category sortition */
export const LP_TOLERANCE = 1e-7;

/**
 * The work limit on column-generation iterations of the LP methods (`leximin`, `maximin`, `nash`):
 * 500 by default, `options.maxIterations` up to 100,000. An iteration is one master solve (an LP
 * for leximin and maximin, a convex programme for nash) and one pricing round (local search, and
 * the panel-finding MIP when the local search finds nothing better). The loose pool of 2,000 in
 * bench/results/deliberation.md takes 1 iteration; tight quotas on the same pool take 30, of about
 * 2 s each; the default stops a harder call after some minutes rather than hours.
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
 * The work limit on the pool of the LP methods (`leximin`, `maximin`, `nash`), checked before the
 * solver loads: 2,000 people by default, `options.maxLpPool` up to 1,000,000. Leximin on a pool of
 * 2,000 with 6 features, a panel of 40 and quotas that let everyone have the same chance took
 * about 2 s of CPU here (bench/results/deliberation.md); tight quotas on the same pool take far
 * longer (each column-generation iteration solves an LP over the whole pool), which
 * {@link SORTITION_ITERATIONS_LIMIT} bounds. Past the default, a call is refused at once rather
 * than left to run for minutes; raise it knowingly.
 *
 * @category limits
 */
export const SORTITION_LP_POOL_LIMIT = /* @__PURE__ */ defineLimit({
  name: "select-panel.lp-pool",
  unit: "people",
  default: 2_000,
  ceiling: 1_000_000,
  option: "options.maxLpPool",
});

/**
 * How many rounds of a stage that add panels run on the simplex's vertex duals before the stage
 * moves to central duals (interior point). Stages that end within them (most, on small pools and
 * in the last stages) never pay for an interior-point solve. Chosen on the tight pools of
 * bench/results/deliberation.md: at 3 or 5 the pools of 200 and 500 were slower than on vertices
 * alone, at 8 the pool of 200 still was; at 10 neither reaches central duals, and the pool of
 * 2,000 took 50 s against 56 s at 8. @internal
 */
export const CENTRAL_AFTER = 10;

/** How many known panels each round's local search starts from. @internal */
export const STARTS = 3;

/** How many times a round repeats its local search, looking elsewhere each time. @internal */
export const TRIES = 30;

/**
 * Leximin (or maximin) by column generation on a checked instance, with a loaded solver and the
 * instance's pricer. The LPs work on groups of interchangeable people (`internal/groups.ts`, where
 * the symmetry argument is written out): one dual variable per group, one row per count vector.
 * `merge` false makes every person a group of one (the person-level LP, kept for tests);
 * `centralAfter` is how many rounds that add panels a stage runs on the simplex's vertex duals
 * before it prices central duals ({@link CENTRAL_AFTER}; 0 from the start, `Infinity` never: the
 * previous behaviour, kept for tests and the benchmark). @internal
 */
export const leximinDistribution = (
  instance: Instance,
  highs: Highs,
  pricer: Pricer,
  maxIterations: number,
  merge = true,
  centralAfter = CENTRAL_AFTER,
): E.Either<DecideError, Panel> => {
  const n = instance.ids.length;
  const groups = groupPeople(instance, merge);
  const T = groups.count;
  // First columns: legacy draws, then balanced ones. A panel found proves the quotas feasible;
  // when the greedy draws find none, the MIP (with seeded random weights) decides. They are found
  // person by person (a near-even cover of the people), then stored by count vector: any
  // distribution over them gives the same probabilities per group on their count vectors.
  const people = new PanelSet();
  seedPanels(instance, people, Math.min(200, Math.ceil((2 * n) / instance.panelSize)));
  if (people.panels.length === 0) {
    const first = pricer.exact(randomWeights(instance));
    if (first === undefined) return E.left(noPanel());
    people.add(first.panel);
  }
  balancedPanels(
    instance,
    pricer,
    people,
    Math.min(2000, Math.ceil((10 * n) / instance.panelSize)),
  );
  const set = new PanelSet(groups);
  for (const panel of people.panels) set.add(panel);
  const master = createMaster(groups, highs, set.panels);
  /** A panel joins the LP; false when its count vector is in the LP already. */
  const join = (panel: Int32Array): boolean => {
    set.add(panel);
    const index = set.indexOf(panel);
    return master.addPanel(index, set.panels[index] as Int32Array);
  };
  try {
    // fixed[t]: the probability fixed for each person of group t, or -1.
    const fixed = new Float64Array(T).fill(-1);
    // levels[t]: the stage optimum at which group t was fixed (its leximin level).
    const levels = new Float64Array(T);
    let fixedTotal = 0;
    let free = n;
    // Σ probabilities = panel size: when the free people all at `value` take up the rest, none of
    // them can get more, so the stage is optimal and all of them are fixed at once (exact; it
    // spares the pricing a loose instance would otherwise need, stage after stage).
    const atBound = (value: number): boolean =>
      value * free + fixedTotal >= instance.panelSize - LP_TOLERANCE;
    let iterations = 0;
    for (;;) {
      // One stage: column generation on the dual LP.
      let dual: Dual | undefined;
      // A stage starts on vertices (the dual simplex, warm). After `centralAfter` rounds that
      // added panels, its rounds price central duals (interior point) instead; it ends only on a
      // vertex, with the bound or the MIP's proof on that vertex, as without them.
      let interior = false;
      let rounds = 0;
      let last = Number.NEGATIVE_INFINITY;
      const toVertex = (): void => {
        interior = false;
        rounds = 0;
        master.central(false);
      };
      const toInterior = (): void => {
        interior = true;
        last = Number.NEGATIVE_INFINITY;
        master.central(true);
      };
      /** A round added panels: after enough of them on vertices, move to central duals. */
      const added = (): void => {
        if (!interior && ++rounds >= centralAfter) toInterior();
      };
      if (centralAfter <= 0) toInterior();
      else toVertex();
      for (;;) {
        const work = checkWork(SORTITION_ITERATIONS_LIMIT, iterations + 1, maxIterations);
        if (E.isLeft(work)) return work;
        const t = now();
        dual = master.solve();
        pricer.stats.lps++;
        pricer.stats.lpMs += now() - t;
        if (dual === undefined) {
          if (!interior) return E.left(solverFailed());
          toVertex();
          continue;
        }
        iterations++;
        // Central duals that no longer move the value have done their work: on to the vertex.
        if (interior && dual.value <= last + LP_TOLERANCE * Math.abs(dual.value)) {
          toVertex();
          continue;
        }
        last = dual.value;
        // Σ probabilities = panel size bounds the stage: at the bound, it is optimal already.
        if (atBound(dual.value)) {
          if (!interior) break;
          toVertex();
          continue;
        }
        const threshold = dual.yhat + LP_TOLERANCE;
        // Pricing on people: everyone of group t weighs y_t.
        const weights = perPerson(groups, dual.y);
        // Cheap first: local search from the best known panels; every improving panel joins.
        const { found, best: start } = improvingPanels(
          pricer,
          set,
          weights,
          threshold,
          TRIES,
          STARTS,
        );
        let joined = 0;
        for (const panel of found) if (join(panel)) joined++;
        if (joined > 0) {
          added();
          continue;
        }
        // Then the exact MIP: an improving panel, or the proof that the stage is optimal.
        const best = pricer.exact(weights, start, threshold);
        // A MIP that fails proves nothing: the stage cannot be declared optimal on it.
        if (best === undefined) return E.left(solverFailed("the best panel (the pricing MIP)"));
        if (best.value <= threshold || !join(best.panel)) {
          if (!interior) break;
          toVertex();
        } else added();
      }
      const { y, value } = dual;
      const bound = atBound(value);
      const newly = new Uint8Array(T);
      let count = 0;
      for (let t = 0; t < T; t++) {
        if ((fixed[t] as number) >= 0) continue;
        if (bound || (y[t] as number) > LP_TOLERANCE) {
          newly[t] = 1;
          count++;
        }
      }
      // maximin (or a stage that fixes nobody): everyone left gets at least the stage's optimum.
      const all = count === 0 || instance.method === "maximin";
      for (let t = 0; t < T; t++) {
        if ((fixed[t] as number) >= 0) continue;
        if (!all && newly[t] === 0) continue;
        const m = groups.size[t] as number;
        fixed[t] = Math.max(0, value - LP_TOLERANCE);
        levels[t] = value;
        fixedTotal += m * value;
        free -= m;
        master.fix(t, m * (fixed[t] as number));
      }
      if (!fixed.some((p) => p < 0)) break;
    }
    const leximin = instance.method === "leximin";
    const lambda = solvePrimal(highs, groups, set.panels, fixed, leximin ? levels : undefined);
    if (lambda === undefined) return E.left(solverFailed("the panel weights"));
    const panel = finish(
      instance,
      set.panels,
      lambda,
      { kind: "lp", panels: 0, iterations, tolerance: LP_TOLERANCE },
      `column generation with HiGHS over ${T} groups of interchangeable people (local search for improving panels, the MIP to prove each stage optimal)`,
      groups,
    );
    // The tolerance reported is what the reported probabilities (the drawn distribution's own
    // marginals) achieve against the levels: leximin, the largest distance of a probability from
    // its level either way; maximin, the most a probability falls short of its level.
    let deviation = 0;
    for (let i = 0; i < n; i++) {
      const gap =
        (levels[groups.of[i] as number] as number) -
        (panel.probabilities[instance.ids[i] as string] as number);
      deviation = Math.max(deviation, leximin ? Math.abs(gap) : gap);
    }
    return E.right({
      ...panel,
      estimate: { ...panel.estimate, tolerance: Math.max(LP_TOLERANCE, deviation) },
    });
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

/** A panel's LP row: its count per group, then −1 on ŷ (column T). */
const panelRow = (groups: Groups, panel: Int32Array) => {
  const counts = countsOf(groups, panel);
  const indices: number[] = [];
  const values: number[] = [];
  for (let t = 0; t < groups.count; t++) {
    if ((counts[t] as number) > 0) {
      indices.push(t);
      values.push(counts[t] as number);
    }
  }
  indices.push(groups.count);
  values.push(-1);
  return { indices: Int32Array.from(indices), values: Float64Array.from(values) };
};

/**
 * The dual LP of a stage over groups, kept as one persistent HiGHS model: columns y₀..y_{T−1} (the
 * dual value of each person of a group; the person-level LP's yᵢ, equal within a group) and ŷ;
 * row 0 is Σ_{t free} m_t y_t = 1, and each known count vector c adds the row Σ_t c_t y_t − ŷ ≤ 0.
 * The objective is ŷ − Σ_{t fixed} m_t p_t y_t. A new panel is a new row (in simplex mode the
 * dual simplex restarts from the last basis; interior point starts afresh); fixing group t sets
 * y_t's cost to −m_t p_t and takes it out of row 0.
 */
const createMaster = (groups: Groups, highs: Highs, panels: readonly Int32Array[]) => {
  const T = groups.count;
  const inf = highs.infinity;
  const rows = [
    {
      indices: Int32Array.from({ length: T }, (_, t) => t),
      values: Float64Array.from(groups.size),
    },
    ...panels.map((panel) => panelRow(groups, panel)),
  ];
  const matrix = csr(
    rows.map((r) => r.indices),
    T + 1,
    (r, at) => (rows[r] as { values: Float64Array }).values[at] as number,
  );
  const model: HighsModel = highs.createModel({
    numCols: T + 1,
    numRows: rows.length,
    sense: highs.constants.objectiveSense.minimize,
    colCost: Float64Array.from({ length: T + 1 }, (_, i) => (i === T ? 1 : 0)),
    colLower: Float64Array.from({ length: T + 1 }, (_, i) => (i === T ? -inf : 0)),
    colUpper: new Float64Array(T + 1).fill(inf),
    rowLower: Float64Array.from(rows, (_, r) => (r === 0 ? 1 : -inf)),
    rowUpper: Float64Array.from(rows, (_, r) => (r === 0 ? 1 : 0)),
    matrix,
  });
  model.options.set({ output_flag: false, presolve: "off" });
  // The panels (indices in the panel set) with a row in the LP.
  const active = new Set<number>(panels.map((_, p) => p));
  return {
    solve: (): Dual | undefined => {
      if (model.run().modelStatus !== OPTIMAL) return undefined;
      const x = model.getSolution().colValue;
      return { y: x.slice(0, T), yhat: x[T] as number, value: model.getObjectiveValue() };
    },
    /** Interior point without crossover (central duals) or the dual simplex (a vertex). */
    central: (on: boolean): void => {
      model.options.set(on ? { solver: "ipm", run_crossover: "off" } : { solver: "simplex" });
    },
    /** Adds a panel's row unless it is in the LP already; true when added. */
    addPanel: (index: number, panel: Int32Array): boolean => {
      if (active.has(index)) return false;
      model.addRow(-inf, 0, panelRow(groups, panel));
      active.add(index);
      return true;
    },
    /** Group t fixed: `total` is m_t times the probability fixed for each of its people. */
    fix: (t: number, total: number): void => {
      model.changeColCost(t, -total);
      model.changeCoefficient(0, t, 0);
    },
    dispose: (): void => model.dispose(),
  };
};

/**
 * Weights λ on the known count vectors giving every group at least its fixed probability (less
 * the tolerance) per person: Σ_P λ_P c_t(P) ≥ m_t (p_t − tolerance), Σ λ = 1.
 *
 * With `levels` (leximin), also no more than its level by the least possible excess: a column s ≥ 0
 * and rows Σ_P λ_P c_t(P) − m_t s ≤ m_t ℓ_t, minimising s. The lower rows alone let one group take
 * what the tolerance leaves over from all the others (Σ probabilities = panel size), which a case
 * showed at 9.6·10⁻⁶ above its level; with s minimised, every probability is as close to its level
 * as the known panels allow, and the distance achieved is reported as `estimate.tolerance`.
 */
const solvePrimal = (
  highs: Highs,
  groups: Groups,
  panels: readonly Int32Array[],
  fixed: Float64Array,
  levels?: Float64Array,
): Float64Array | undefined => {
  const m = panels.length;
  const T = groups.count;
  const covering: number[][] = Array.from({ length: T }, () => []);
  const times: number[][] = Array.from({ length: T }, () => []);
  panels.forEach((panel, p) => {
    const counts = countsOf(groups, panel);
    for (let t = 0; t < T; t++) {
      if ((counts[t] as number) > 0) {
        covering[t]?.push(p);
        times[t]?.push(counts[t] as number);
      }
    }
  });
  const rows: number[][] = [Array.from({ length: m }, (_, p) => p)];
  const coefficients: number[][] = [new Array<number>(m).fill(1)];
  const lower: number[] = [1];
  const upper: number[] = [1];
  for (let t = 0; t < T; t++) {
    const need = Math.max(0, (fixed[t] as number) - LP_TOLERANCE);
    if (need > 0 && (covering[t] as number[]).length > 0) {
      rows.push(covering[t] as number[]);
      coefficients.push(times[t] as number[]);
      lower.push(need * (groups.size[t] as number));
      upper.push(highs.infinity);
    }
  }
  // Column m is the excess s (with levels only).
  const cols = levels === undefined ? m : m + 1;
  if (levels !== undefined) {
    for (let t = 0; t < T; t++) {
      const size = groups.size[t] as number;
      rows.push([...(covering[t] as number[]), m]);
      coefficients.push([...(times[t] as number[]), -size]);
      lower.push(-highs.infinity);
      upper.push((levels[t] as number) * size);
    }
  }
  const model = highs.createModel({
    numCols: cols,
    numRows: rows.length,
    sense: highs.constants.objectiveSense.minimize,
    colCost: Float64Array.from({ length: cols }, (_, c) => (c === m ? 1 : 0)),
    colLower: new Float64Array(cols),
    colUpper: new Float64Array(cols).fill(highs.infinity),
    rowLower: Float64Array.from(lower),
    rowUpper: Float64Array.from(upper),
    matrix: csr(rows, cols, (r, at) => (coefficients[r] as number[])[at] as number),
  });
  try {
    model.options.set({ output_flag: false });
    if (model.run().modelStatus !== OPTIMAL) return undefined;
    return Float64Array.from(model.getSolution().colValue.subarray(0, m), (l) => Math.max(0, l));
  } finally {
    model.dispose();
  }
};

const now = (): number => (typeof performance === "undefined" ? 0 : performance.now());
