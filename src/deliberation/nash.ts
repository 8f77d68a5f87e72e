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
 * Here n is the number of people who can be selected and ε = {@link NASH_TOLERANCE} × n.
 *
 * Groups: people with the same value of every feature and no household shared with anyone else
 * are interchangeable (`internal/groups.ts`). The optimal probabilities are unique and any
 * permutation within groups maps an optimal distribution to an optimal one, so everyone in a group
 * has the same optimal probability. The master therefore works on count vectors (how many people
 * a panel takes from each group) with one probability π_t per group: Σᵢ log πᵢ = Σ_t m_t log π_t
 * and gₚ = Σ_t c_t(P)/π_t, the same numbers as person by person, over far fewer distinct panels.
 * The pricing is unchanged (everyone of group t weighs 1/π_t). The draw picks a count vector, then
 * the members within each group with the same seeded generator, as for leximin. Each
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
import { countsOf, type Groups, groupPeople } from "./internal/groups.js";
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

/**
 * Nash welfare by column generation on a checked instance, over groups of interchangeable people
 * (`internal/groups.ts`): the optimal probabilities are unique and every permutation within a
 * group maps optimal distributions to optimal distributions, so everyone in a group has the same
 * probability, and the master works on count vectors with one probability per group. `merge`
 * false makes every person a group of one (the person-level computation, kept for tests and
 * benchmarks). @internal
 */
export const nashDistribution = (
  instance: Instance,
  pricer: Pricer,
  maxIterations: number,
  merge = true,
): E.Either<DecideError, Panel> => {
  const n = instance.ids.length;
  const groups = groupPeople(instance, merge);
  const T = groups.count;
  const set = new PanelSet(groups);
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

  // 1. Cover everyone some panel can contain (a group is covered with any of its members).
  const covered = new Uint8Array(T);
  const cover = (panel: Int32Array): void => {
    for (const i of panel) covered[groups.of[i] as number] = 1;
  };
  for (const panel of set.panels) cover(panel);
  for (;;) {
    const w = Float64Array.from(groups.of, (t) => (covered[t] === 1 ? 0 : 1));
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
  for (let t = 0; t < T; t++) if (covered[t] === 1) people += groups.size[t] as number;
  const epsilon = NASH_TOLERANCE * people;

  // 2-3. Master and pricing.
  const lambda: number[] = set.panels.map(() => 1 / set.panels.length);
  let gap = Number.POSITIVE_INFINITY;
  for (;;) {
    const pi = optimise(groups, set.panels, lambda, epsilon / 2);
    // Pricing on people: everyone of group t weighs 1/π_t, so a panel weighs its gradient gₚ.
    const w = Float64Array.from(groups.of, (t) => {
      const p = pi[t] as number;
      return p > 0 ? 1 / p : 0;
    });
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
      `column generation for the Nash welfare over ${T} groups of interchangeable people (pairwise Frank–Wolfe over the known panels, the MIP with weights 1/π to certify the gap)`,
      groups,
    ),
  );
};

const solverFailed = (): DecideError =>
  unsupported("solver_failed", "The MIP solver did not find an optimal panel.");

/** A panel's count vector, sparse: the groups it takes people from, and how many of each. */
interface Shape {
  readonly group: Int32Array;
  readonly count: Int32Array;
}

const shapeOf = (groups: Groups, panel: Int32Array): Shape => {
  const counts = countsOf(groups, panel);
  const group: number[] = [];
  const count: number[] = [];
  for (let t = 0; t < groups.count; t++) {
    if ((counts[t] as number) > 0) {
      group.push(t);
      count.push(counts[t] as number);
    }
  }
  return { group: Int32Array.from(group), count: Int32Array.from(count) };
};

/** The probability per person of each group under λ: π_t = Σ_P λ_P c_t(P) / m_t. */
const probabilities = (groups: Groups, shapes: readonly Shape[], lambda: readonly number[]) => {
  const pi = new Float64Array(groups.count);
  shapes.forEach((shape, p) => {
    const l = lambda[p] as number;
    if (l > 0)
      for (let k = 0; k < shape.group.length; k++) {
        const t = shape.group[k] as number;
        pi[t] = (pi[t] as number) + (l * (shape.count[k] as number)) / (groups.size[t] as number);
      }
  });
  return pi;
};

/**
 * Pairwise Frank–Wolfe on max Σ_t m_t log π_t (= Σᵢ log πᵢ) over λ in the simplex of the known
 * panels (in place on λ), until max_P gₚ − Σ_P λ_P gₚ ≤ `tolerance` or the step budget is spent;
 * returns π per group. The gradient of a panel is gₚ = Σ_t c_t(P) / π_t (= Σ_{i∈P} 1/πᵢ). A step
 * costs O(panels) plus the panels containing the groups it moves.
 */
const optimise = (
  groups: Groups,
  panels: readonly Int32Array[],
  lambda: number[],
  tolerance: number,
): Float64Array => {
  const m = panels.length;
  const T = groups.count;
  const shapes = panels.map((panel) => shapeOf(groups, panel));
  // The panels containing each group, with their counts (CSR), so that a step updates only the
  // gradients it moves.
  const first = new Int32Array(T + 1);
  for (const shape of shapes)
    for (const t of shape.group) first[t + 1] = (first[t + 1] as number) + 1;
  for (let t = 0; t < T; t++) first[t + 1] = (first[t + 1] as number) + (first[t] as number);
  const containing = new Int32Array(first[T] as number);
  const times = new Int32Array(first[T] as number);
  const fill = first.slice(0, T);
  shapes.forEach((shape, p) => {
    for (let k = 0; k < shape.group.length; k++) {
      const t = shape.group[k] as number;
      containing[fill[t] as number] = p;
      times[fill[t] as number] = shape.count[k] as number;
      fill[t] = (fill[t] as number) + 1;
    }
  });
  let pi = probabilities(groups, shapes, lambda);
  const g = new Float64Array(m);
  const refresh = (): void => {
    for (let p = 0; p < m; p++) {
      const shape = shapes[p] as Shape;
      let gp = 0;
      for (let k = 0; k < shape.group.length; k++)
        gp += (shape.count[k] as number) / (pi[shape.group[k] as number] as number);
      g[p] = gp;
    }
  };
  /** π_t += δ, and the gradients of the panels containing t with it. */
  const shift = (t: number, delta: number): void => {
    const before = pi[t] as number;
    pi[t] = before + delta;
    const change = 1 / (pi[t] as number) - 1 / before;
    for (let at = first[t] as number; at < (first[t + 1] as number); at++) {
      const p = containing[at] as number;
      g[p] = (g[p] as number) + (times[at] as number) * change;
    }
  };
  refresh();
  const budget = MASTER_STEPS * m;
  const difference = new Int32Array(T);
  for (let s = 0; s < budget; s++) {
    if (s % 1000 === 999) {
      pi = probabilities(groups, shapes, lambda); // no drift
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
    // Move γ ∈ [0, λ_minus] from `minus` to `plus`: π_t moves by γ·Δ_t/m_t, Δ = c(plus) − c(minus).
    // φ'(γ) = Σ_t Δ_t / (π_t + γΔ_t/m_t) is decreasing, so bisect its root.
    const into = shapes[plus] as Shape;
    const from = shapes[minus] as Shape;
    for (let k = 0; k < into.group.length; k++)
      difference[into.group[k] as number] = into.count[k] as number;
    for (let k = 0; k < from.group.length; k++) {
      const t = from.group[k] as number;
      difference[t] = (difference[t] as number) - (from.count[k] as number);
    }
    const moved: number[] = [];
    for (const shape of [into, from])
      for (const t of shape.group) if (difference[t] !== 0 && !moved.includes(t)) moved.push(t);
    const delta = moved.map((t) => difference[t] as number);
    for (const shape of [into, from]) for (const t of shape.group) difference[t] = 0;
    const slope = (gamma: number): number => {
      let d = 0;
      for (let k = 0; k < moved.length; k++) {
        const t = moved[k] as number;
        const dt = delta[k] as number;
        const at = (pi[t] as number) + (gamma * dt) / (groups.size[t] as number);
        // A group the step empties (π_t reaching 0, or a rounding hair below): −∞.
        if (at <= 0) return Number.NEGATIVE_INFINITY;
        d += dt / at;
      }
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
    for (let k = 0; k < moved.length; k++) {
      const t = moved[k] as number;
      shift(t, (gamma * (delta[k] as number)) / (groups.size[t] as number));
    }
  }
  return probabilities(groups, shapes, lambda);
};
