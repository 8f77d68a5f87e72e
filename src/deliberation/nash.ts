/**
 * Fair sortition by maximum Nash welfare: the `nash` method of Flanigan, Gölz, Gupta, Hennig and
 * Procaccia, "Fair algorithms for selecting citizens' assemblies", Nature 596 (2021), Methods and
 * Supplementary Information (the Nash welfare objective, beside LEXIMIN), written here from that
 * description.
 *
 * Among the distributions λ over quota-meeting panels, `nash` takes one maximising the Nash welfare
 * Σᵢ log πᵢ, where πᵢ = Σ_{P∋i} λ_P is person i's selection probability; equivalently, the
 * product of the probabilities. The sum runs over the people some quota-meeting panel contains
 * (anyone else has probability 0 under every distribution, and is left out rather than making the
 * welfare −∞). The objective is concave, so the optimum probabilities are unique.
 *
 * It is solved by column generation, as the paper does for its Nash variant:
 * 1. Cover: panels are added (local search, then the pricing MIP, with weight 1 on people not yet
 *    in any known panel) until every person some panel can contain is in a known panel.
 * 2. Master: the convex programme over the known panels is solved by pairwise Frank–Wolfe steps
 *    (mass moves from the support panel of smallest gradient gₚ = Σ_{i∈P} 1/πᵢ to the known panel
 *    of largest, with an exact line search), until max gₚ − n ≤ ε/2 over the known panels.
 * 3. Price: the panel of largest gradient over *all* quota-meeting panels is found (local search,
 *    then the MIP with weights 1/πᵢ). Since Σ_P λ_P gₚ = n for every λ, concavity gives
 *    optimum − Σ log πᵢ ≤ max_P gₚ − n (the Frank–Wolfe gap). If that is at most ε, stop: the
 *    welfare is certified within ε of the optimum. Otherwise the new panel joins and step 2 runs
 *    again.
 * Here n is the number of people who can be selected and ε = {@link NASH_TOLERANCE} × n. Each
 * pricing round counts against `options.maxIterations` ({@link SORTITION_ITERATIONS_LIMIT}); each
 * master solve takes at most {@link MASTER_STEPS} steps per known panel.
 *
 * The probabilities are floats (reported metrics); the draw is exact and deterministic as for
 * leximin: λ rounded to whole tickets out of 10⁹, one ticket drawn with the seeded generator.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type DecideError, unsupported } from "../core/errors.js";
import { checkWork } from "../core/limits.js";
import { finish, PanelSet, type Pricer, randomWeights, seedPanels } from "./internal/columns.js";
import { SORTITION_ITERATIONS_LIMIT, STARTS } from "./leximin.js";
import type { Panel } from "./panel.js";
import type { Instance } from "./sortition.js";

/**
 * The stopping tolerance of `nash`, per person who can be selected: the column generation stops
 * when its certified gap on Σ log πᵢ is at most 10⁻⁹ × that number of people.
 *
 * @category sortition
 */
export const NASH_TOLERANCE = 1e-9;

/** Master steps allowed per known panel, per pricing round. @internal */
const MASTER_STEPS = 200;

/** Nash welfare by column generation on a checked instance. @internal */
export const nashDistribution = (
  instance: Instance,
  pricer: Pricer,
  maxIterations: number,
): E.Either<DecideError, Panel> => {
  const n = instance.ids.length;
  const set = new PanelSet();
  const first = pricer.exact(randomWeights(instance));
  if (first === undefined) {
    return E.left(
      unsupported(
        "no_panel_found",
        "No panel meets all the quotas together (each quota alone can be met): loosen a quota.",
      ),
    );
  }
  set.add(first.panel);
  seedPanels(instance, set, Math.min(200, Math.ceil((2 * n) / instance.panelSize)));
  let iterations = 0;
  const step = (): E.Either<DecideError, void> => {
    const work = checkWork(SORTITION_ITERATIONS_LIMIT, iterations + 1, maxIterations);
    if (E.isLeft(work)) return work;
    iterations++;
    return E.right(undefined);
  };

  // 1. Cover everyone some panel can contain.
  const covered = new Uint8Array(n);
  const cover = (panel: Int32Array): void => {
    for (const i of panel) covered[i] = 1;
  };
  for (const panel of set.panels) cover(panel);
  for (;;) {
    const w = Float64Array.from(covered, (c) => (c === 1 ? 0 : 1));
    if (!w.some((x) => x > 0)) break;
    const work = step();
    if (E.isLeft(work)) return work;
    let added = false;
    for (const p of pricer.local(w, set.best(w, STARTS))) {
      if (p.value >= 0.5 && set.add(p.panel)) {
        cover(p.panel);
        added = true;
      }
    }
    if (added) continue;
    const best = pricer.exact(w);
    if (best === undefined) return E.left(solverFailed());
    if (best.value < 0.5) break; // nobody left uncovered is in any quota-meeting panel
    set.add(best.panel);
    cover(best.panel);
  }
  let people = 0;
  for (let i = 0; i < n; i++) people += covered[i] as number;
  const epsilon = NASH_TOLERANCE * people;

  // 2-3. Master and pricing.
  const lambda: number[] = set.panels.map(() => 1 / set.panels.length);
  let gap = Number.POSITIVE_INFINITY;
  for (;;) {
    const pi = optimise(set.panels, lambda, n, epsilon / 2);
    const w = Float64Array.from(pi, (p) => (p > 0 ? 1 / p : 0));
    const work = step();
    if (E.isLeft(work)) return work;
    const threshold = people + epsilon;
    let added = false;
    let start: Int32Array | undefined;
    for (const p of pricer.local(w, set.best(w, STARTS))) {
      if (p.value > threshold && set.add(p.panel)) {
        lambda.push(0);
        added = true;
      }
      start ??= p.panel;
    }
    if (added) continue;
    const best = pricer.exact(w, start, threshold);
    if (best === undefined) return E.left(solverFailed());
    if (best.value <= threshold) {
      gap = Math.max(0, best.value - people);
      break;
    }
    if (set.add(best.panel)) lambda.push(0);
  }
  return E.right(
    finish(
      instance,
      set.panels,
      Float64Array.from(lambda),
      { kind: "convex", panels: 0, iterations, gap, tolerance: NASH_TOLERANCE },
      "column generation for the Nash welfare (pairwise Frank–Wolfe over the known panels, the MIP with weights 1/π to certify the gap)",
    ),
  );
};

const solverFailed = (): DecideError =>
  unsupported("solver_failed", "The MIP solver did not find an optimal panel.");

/** The probabilities of λ over the panels. */
const probabilities = (panels: readonly Int32Array[], lambda: readonly number[], n: number) => {
  const pi = new Float64Array(n);
  panels.forEach((panel, p) => {
    const l = lambda[p] as number;
    if (l > 0) for (const i of panel) pi[i] = (pi[i] as number) + l;
  });
  return pi;
};

/**
 * Pairwise Frank–Wolfe on max Σ log πᵢ over λ in the simplex of the known panels (in place on λ),
 * until max_P gₚ − Σ_P λ_P gₚ ≤ `tolerance` or the step budget is spent; returns π. A step costs
 * O(panels) plus the panels containing the people it moves.
 */
const optimise = (
  panels: readonly Int32Array[],
  lambda: number[],
  n: number,
  tolerance: number,
): Float64Array => {
  const m = panels.length;
  // The panels containing each person (CSR), so that a step updates only the gradients it moves.
  const first = new Int32Array(n + 1);
  for (const panel of panels) for (const i of panel) first[i + 1] = (first[i + 1] as number) + 1;
  for (let i = 0; i < n; i++) first[i + 1] = (first[i + 1] as number) + (first[i] as number);
  const containing = new Int32Array(first[n] as number);
  const fill = first.slice(0, n);
  panels.forEach((panel, p) => {
    for (const i of panel) {
      containing[fill[i] as number] = p;
      fill[i] = (fill[i] as number) + 1;
    }
  });
  let pi = probabilities(panels, lambda, n);
  const g = new Float64Array(m);
  const refresh = (): void => {
    for (let p = 0; p < m; p++) {
      let gp = 0;
      for (const i of panels[p] as Int32Array) gp += 1 / (pi[i] as number);
      g[p] = gp;
    }
  };
  /** πᵢ += δ, and the gradients of the panels containing i with it. */
  const shift = (i: number, delta: number): void => {
    const before = pi[i] as number;
    pi[i] = before + delta;
    const change = 1 / (pi[i] as number) - 1 / before;
    for (let at = first[i] as number; at < (first[i + 1] as number); at++) {
      const p = containing[at] as number;
      g[p] = (g[p] as number) + change;
    }
  };
  refresh();
  const budget = MASTER_STEPS * m;
  for (let s = 0; s < budget; s++) {
    if (s % 1000 === 999) {
      pi = probabilities(panels, lambda, n); // no drift
      refresh();
    }
    let plus = 0;
    let minus = -1;
    let mean = 0;
    for (let p = 0; p < m; p++) {
      const gp = g[p] as number;
      mean += (lambda[p] as number) * gp;
      if (gp > (g[plus] as number)) plus = p;
      if ((lambda[p] as number) > 0 && (minus < 0 || gp < (g[minus] as number))) minus = p;
    }
    if (minus < 0 || (g[plus] as number) - mean <= tolerance || plus === minus) break;
    // Move γ ∈ [0, λ_minus] from `minus` to `plus`; φ'(γ) is decreasing, so bisect its root.
    const into = panels[plus] as Int32Array;
    const from = panels[minus] as Int32Array;
    const gains = into.filter((i) => !from.includes(i));
    const losses = from.filter((i) => !into.includes(i));
    const slope = (gamma: number): number => {
      let d = 0;
      for (const i of gains) d += 1 / ((pi[i] as number) + gamma);
      for (const i of losses) d -= 1 / ((pi[i] as number) - gamma);
      return d;
    };
    const top = lambda[minus] as number;
    let gamma = top;
    if (slope(top) < 0) {
      let lo = 0;
      let hi = top;
      for (let b = 0; b < 60; b++) {
        const mid = (lo + hi) / 2;
        if (slope(mid) > 0) lo = mid;
        else hi = mid;
      }
      gamma = lo;
    }
    if (gamma <= 0) break;
    lambda[plus] = (lambda[plus] as number) + gamma;
    lambda[minus] = gamma === top ? 0 : top - gamma;
    for (const i of gains) shift(i, gamma);
    for (const i of losses) shift(i, -gamma);
  }
  return probabilities(panels, lambda, n);
};
