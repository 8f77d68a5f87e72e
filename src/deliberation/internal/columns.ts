/**
 * The machinery shared by the LP-based sortition methods (`leximin`, `maximin`, `nash`): loading
 * HiGHS, the panel-finding ("pricing") problem, a fast local search that finds improving panels
 * before the exact MIP is asked, and the exact draw from the final distribution.
 *
 * The pricing problem, given a weight wᵢ per person, is the quota-meeting panel (households
 * respected) of largest total weight Σ_{i∈P} wᵢ. Column generation needs, each round, either a
 * panel that beats a threshold or a proof that none exists. The proof needs the MIP; a panel that
 * beats it can often be found by local search (swapping one member for one non-member while every
 * quota stays met), which costs microseconds against the MIP's tenths of a second. So each round
 * tries the local search first, from the best known panels, and asks the MIP only when the local
 * search finds nothing: every stage still ends with the MIP's proof, so the optimality guarantee is
 * the MIP's, unchanged.
 *
 * The MIP is one persistent HiGHS model, built once per call; each round changes only its
 * objective and gives the best panel found so far as a start.
 *
 * @internal
 * @module
 */
import { loadHighsRuntime } from "../../core/internal/highs.js";
import { createPrng } from "../../core/prng.js";
import type { Panel, ProbabilityEstimate } from "../panel.js";
import { createDrawer, type Instance, report } from "../sortition.js";
import { canonical, drawMembers, type Groups, groupPeople } from "./groups.js";

/** The part of a HiGHS persistent model used here (highs ≥ 1.15). @internal */
export interface HighsModel {
  readonly options: { set(values: Readonly<Record<string, boolean | number | string>>): unknown };
  run(): { readonly modelStatus: number };
  getSolution(): { readonly colValue: Float64Array };
  getObjectiveValue(): number;
  changeColsCost(
    selection: { readonly kind: "range"; readonly from: number; readonly to: number },
    costs: Float64Array,
  ): unknown;
  changeColCost(col: number, cost: number): unknown;
  changeCoefficient(row: number, col: number, value: number): unknown;
  addRow(
    lower: number,
    upper: number,
    entries: { readonly indices: Int32Array; readonly values: Float64Array },
  ): unknown;
  setSolution(solution: { readonly colValue: Float64Array }): unknown;
  dispose(): void;
}

/** Model data in the shape HiGHS's `createModel` takes (CSR rows). @internal */
export interface ModelData {
  readonly numCols: number;
  readonly numRows: number;
  readonly sense: unknown;
  readonly colCost: Float64Array;
  readonly colLower: Float64Array;
  readonly colUpper: Float64Array;
  readonly rowLower: Float64Array;
  readonly rowUpper: Float64Array;
  readonly matrix: {
    readonly format: "csr";
    readonly numRows: number;
    readonly numCols: number;
    readonly starts: Int32Array;
    readonly indices: Int32Array;
    readonly values: Float64Array;
  };
  readonly integrality?: Int32Array;
}

/** The part of the loaded HiGHS runtime used here. @internal */
export interface Highs {
  readonly infinity: number;
  readonly constants: {
    readonly objectiveSense: { readonly minimize: unknown; readonly maximize: unknown };
  };
  createModel(source: ModelData): HighsModel;
}

/** HiGHS model status "optimal". */
export const OPTIMAL = 7;
/** HiGHS model status "objective target reached" (a MIP stopped at a good enough panel). */
const TARGET_REACHED = 12;

/** Loads HiGHS on demand; undefined when it is not installed or too old. @internal */
export const loadHighs = async (): Promise<Highs | undefined> => {
  const highs = (await loadHighsRuntime()) as Partial<Highs> | undefined;
  return typeof highs?.createModel === "function" ? (highs as Highs) : undefined;
};

/** CSR rows from lists of column indices (coefficient 1 unless given). @internal */
export const csr = (
  rows: readonly (readonly number[] | Int32Array)[],
  numCols: number,
  coefficient: (row: number, at: number) => number = () => 1,
): ModelData["matrix"] => {
  const starts = new Int32Array(rows.length + 1);
  rows.forEach((row, r) => {
    starts[r + 1] = (starts[r] as number) + row.length;
  });
  const indices = new Int32Array(starts[rows.length] as number);
  const values = new Float64Array(indices.length);
  rows.forEach((row, r) => {
    const from = starts[r] as number;
    for (let k = 0; k < row.length; k++) {
      indices[from + k] = row[k] as number;
      values[from + k] = coefficient(r, k);
    }
  });
  return { format: "csr", numRows: rows.length, numCols, starts, indices, values };
};

/** Counters for the profile in bench/results/deliberation.md. @internal */
export interface SearchStats {
  mips: number;
  mipMs: number;
  localSearches: number;
  localMs: number;
  lps: number;
  lpMs: number;
}

/** A panel found by the pricing step, with its weight. @internal */
export interface Priced {
  readonly panel: Int32Array;
  readonly value: number;
}

/** The pricing step: local search, then the exact MIP. @internal */
export interface Pricer {
  /**
   * The panel of largest weight (exact; undefined when the MIP fails). With a `target`, the MIP may
   * stop at the first panel beyond it; a panel returned at or below the target is always optimal.
   */
  readonly exact: (
    weights: Float64Array,
    start?: Int32Array,
    target?: number,
  ) => Priced | undefined;
  /** Local optima from each start (distinct, sorted panels). */
  readonly local: (weights: Float64Array, starts: readonly Int32Array[]) => Priced[];
  readonly stats: SearchStats;
  readonly dispose: () => void;
}

/** Builds the pricing MIP once, as a persistent HiGHS model. @internal */
export const createPricer = (instance: Instance, highs: Highs): Pricer => {
  const { ids, values, features, panelSize, household, personValue } = instance;
  const n = ids.length;
  const F = features.length;
  const rows: number[][] = [Array.from({ length: n }, (_, i) => i)];
  const lower: number[] = [panelSize];
  const upper: number[] = [panelSize];
  const byValue: number[][] = values.map(() => []);
  for (let i = 0; i < n; i++)
    for (let f = 0; f < F; f++) byValue[personValue[i * F + f] as number]?.push(i);
  values.forEach((q, v) => {
    const members = byValue[v] as number[];
    if (members.length === 0) return;
    rows.push(members);
    lower.push(q.min);
    upper.push(q.max);
  });
  const homes = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const h = household[i] as number;
    if (h >= 0) homes.set(h, [...(homes.get(h) ?? []), i]);
  }
  for (const members of homes.values()) {
    if (members.length < 2) continue;
    rows.push(members);
    lower.push(0);
    upper.push(1);
  }
  const model = highs.createModel({
    numCols: n,
    numRows: rows.length,
    sense: highs.constants.objectiveSense.maximize,
    colCost: new Float64Array(n),
    colLower: new Float64Array(n),
    colUpper: new Float64Array(n).fill(1),
    rowLower: Float64Array.from(lower),
    rowUpper: Float64Array.from(upper),
    matrix: csr(rows, n),
    integrality: new Int32Array(n).fill(1),
  });
  model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 1e-9, random_seed: 0 });
  const stats: SearchStats = { mips: 0, mipMs: 0, localSearches: 0, localMs: 0, lps: 0, lpMs: 0 };
  const search = createLocalSearch(instance);
  const start = new Float64Array(n);
  const exact = (weights: Float64Array, from?: Int32Array, target?: number): Priced | undefined => {
    const t = now();
    model.changeColsCost({ kind: "range", from: 0, to: n - 1 }, weights);
    // No target: a finite stand-in for +∞ (the option takes finite numbers only). The model
    // maximises, and HiGHS stops at the first panel whose weight reaches the target: −1e300 here
    // (as before) made an untargeted call return the first feasible panel, not the best.
    model.options.set({ objective_target: target ?? 1e300 });
    if (from !== undefined) {
      start.fill(0);
      for (const i of from) start[i] = 1;
      model.setSolution({ colValue: start });
    }
    const status = model.run().modelStatus;
    stats.mips++;
    stats.mipMs += now() - t;
    if (status !== OPTIMAL && status !== TARGET_REACHED) return undefined;
    const x = model.getSolution().colValue;
    const panel: number[] = [];
    for (let i = 0; i < n; i++) if ((x[i] as number) > 0.5) panel.push(i);
    if (panel.length !== panelSize) return undefined;
    const value = weightOf(panel, weights);
    // Stopped at the target but (recomputed exactly) not past it: only a full solve proves that
    // nothing beats the threshold.
    if (status === TARGET_REACHED && target !== undefined && value <= target)
      return exact(weights, Int32Array.from(panel));
    return { panel: Int32Array.from(panel), value };
  };
  const local = (weights: Float64Array, starts: readonly Int32Array[]): Priced[] => {
    const t = now();
    const seen = new Set<string>();
    const out: Priced[] = [];
    const order = Int32Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => (weights[b] as number) - (weights[a] as number) || a - b,
    );
    for (const s of starts) {
      const panel = search(s, weights, order);
      const key = panel.join(",");
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ panel, value: weightOf(panel, weights) });
    }
    stats.localSearches += starts.length;
    stats.localMs += now() - t;
    return out;
  };
  return { exact, local, stats, dispose: () => model.dispose() };
};

/** Σ_{i∈P} wᵢ. @internal */
export const weightOf = (panel: ArrayLike<number>, weights: Float64Array): number => {
  let value = 0;
  for (let k = 0; k < panel.length; k++) value += weights[panel[k] as number] as number;
  return value;
};

/** A monotonic clock where there is one (reported figures only). */
const now = (): number => (typeof performance === "undefined" ? 0 : performance.now());

/**
 * Local search over one-for-one swaps: from a quota-meeting panel, repeatedly swap a member for a
 * non-member of larger weight while every quota (and household) stays met; returns the local
 * optimum as a sorted panel. Non-members are tried in decreasing weight, each against the members
 * in increasing weight. O(pool × panel × features) per pass.
 */
const createLocalSearch = (instance: Instance) => {
  const { ids, values, features, personValue, household } = instance;
  const n = ids.length;
  const F = features.length;
  const V = values.length;
  const mins = Int32Array.from(values, (q) => q.min);
  const maxs = Int32Array.from(values, (q) => q.max);
  let H = 0;
  for (let i = 0; i < n; i++) H = Math.max(H, (household[i] as number) + 1);
  const count = new Int32Array(V);
  const homeCount = new Int32Array(H);
  const inPanel = new Uint8Array(n);
  const canSwap = (o: number, j: number): boolean => {
    const hj = household[j] as number;
    if (hj >= 0 && (homeCount[hj] as number) > 0 && household[o] !== hj) return false;
    for (let f = 0; f < F; f++) {
      const vo = personValue[o * F + f] as number;
      const vj = personValue[j * F + f] as number;
      if (vo === vj) continue;
      if ((count[vo] as number) - 1 < (mins[vo] as number)) return false;
      if ((count[vj] as number) + 1 > (maxs[vj] as number)) return false;
    }
    return true;
  };
  const move = (person: number, sign: 1 | -1): void => {
    inPanel[person] = sign === 1 ? 1 : 0;
    for (let f = 0; f < F; f++) {
      const v = personValue[person * F + f] as number;
      count[v] = (count[v] as number) + sign;
    }
    const h = household[person] as number;
    if (h >= 0) homeCount[h] = (homeCount[h] as number) + sign;
  };
  return (start: Int32Array, w: Float64Array, order: Int32Array): Int32Array => {
    count.fill(0);
    homeCount.fill(0);
    inPanel.fill(0);
    for (const i of start) move(i, 1);
    const members = Array.from(start);
    const byWeight = (a: number, b: number): number => (w[a] as number) - (w[b] as number) || a - b;
    members.sort(byWeight);
    let improved = true;
    let passes = 0;
    while (improved && passes < 4 * members.length + 4) {
      improved = false;
      passes++;
      for (let c = 0; c < n; c++) {
        const j = order[c] as number;
        if (inPanel[j] === 1) continue;
        const wj = w[j] as number;
        // Swap only for a clear gain, so that rounding never makes the search cycle.
        if (wj <= (w[members[0] as number] as number) + 1e-12) break;
        for (let m = 0; m < members.length; m++) {
          const o = members[m] as number;
          if ((w[o] as number) >= wj - 1e-12) break;
          if (!canSwap(o, j)) continue;
          move(o, -1);
          move(j, 1);
          members[m] = j;
          members.sort(byWeight);
          improved = true;
          break;
        }
      }
    }
    return Int32Array.from(members).sort();
  };
};

/** The known panels, deduplicated (a panel is a sorted Int32Array). @internal */
export class PanelSet {
  readonly panels: Int32Array[] = [];
  private readonly keys = new Map<string, number>();
  /**
   * With `groups`, every panel is stored as its count vector's canonical panel (see
   * `internal/groups.ts`), so panels that differ only within groups are one panel.
   */
  constructor(private readonly groups?: Groups) {}
  private sorted(panel: Int32Array): Int32Array {
    return this.groups === undefined
      ? Int32Array.from(panel).sort()
      : canonical(this.groups, panel);
  }
  /** Adds a panel; false when it was known. */
  add(panel: Int32Array): boolean {
    const sorted = this.sorted(panel);
    const key = sorted.join(",");
    if (this.keys.has(key)) return false;
    this.keys.set(key, this.panels.length);
    this.panels.push(sorted);
    return true;
  }
  /** The key of a panel (its count vector's, with groups). */
  key(panel: Int32Array): string {
    return this.sorted(panel).join(",");
  }
  /** The index of a panel (any order of its members), or -1. */
  indexOf(panel: Int32Array): number {
    return this.keys.get(this.sorted(panel).join(",")) ?? -1;
  }
  /** The `count` known panels of largest weight (ties to the earlier panel). */
  best(weights: Float64Array, count: number): Int32Array[] {
    return this.panels
      .map((panel, p) => ({ p, value: weightOf(panel, weights) }))
      .sort((a, b) => b.value - a.value || a.p - b.p)
      .slice(0, count)
      .map(({ p }) => this.panels[p] as Int32Array);
  }
}

/** Whole tickets out of `tickets` in proportion to λ, by largest remainders (ties to the first). @internal */
export const toTickets = (lambda: Float64Array, tickets: number): number[] => {
  const total = lambda.reduce((a, b) => a + b, 0);
  const exact = Array.from(lambda, (l) => (total > 0 ? (l / total) * tickets : 0));
  const whole = exact.map(Math.floor);
  let left = tickets - whole.reduce((a, b) => a + b, 0);
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

/** Seeded random weights for a first panel (also the exact check that some panel exists). @internal */
export const randomWeights = (instance: Instance): Float64Array => {
  const prng = createPrng(`${instance.seed}#columns`);
  return Float64Array.from({ length: instance.ids.length }, () => prng.nextFloat());
};

/** The draw's resolution: λ is rounded to whole tickets out of 10⁹. @internal */
export const TICKETS = 1_000_000_000;

/**
 * The exact draw from a distribution over panels, and the Panel: λ as whole tickets out of 10⁹
 * (largest remainders), one ticket drawn with createPrng(seed); the probabilities reported are the
 * rounded distribution's.
 *
 * With `groups` (leximin and maximin), each panel stands for its count vector (see
 * `internal/groups.ts`): after the ticket, the same generator chooses the members of each group
 * ({@link drawMembers}), and a person of group t gets Σ_P weight_P · c_t(P) / m_t. Without, every
 * person is a group of one: the panel drawn is the ticket's panel, as listed. @internal
 */
export const finish = (
  instance: Instance,
  panels: readonly Int32Array[],
  lambda: Float64Array,
  estimate: Exclude<ProbabilityEstimate, { kind: "monte-carlo" }>,
  algorithm: string,
  groups: Groups = groupPeople(instance, false),
): Panel => {
  const n = instance.ids.length;
  const tickets = toTickets(lambda, TICKETS);
  const prng = createPrng(instance.seed);
  const draw = prng.nextInt(TICKETS);
  let chosen = 0;
  for (let at = 0, p = 0; p < tickets.length; p++) {
    at += tickets[p] as number;
    if (draw < at) {
      chosen = p;
      break;
    }
  }
  const drawn = drawMembers(groups, panels[chosen] as Int32Array, prng);
  const perGroup = new Float64Array(groups.count);
  let support = 0;
  panels.forEach((panel, p) => {
    const weight = (tickets[p] as number) / TICKETS;
    if (weight > 0) support++;
    for (const i of panel) {
      const t = groups.of[i] as number;
      perGroup[t] = (perGroup[t] as number) + weight;
    }
  });
  const probabilities = Array.from(
    { length: n },
    (_, i) =>
      (perGroup[groups.of[i] as number] as number) /
      (groups.size[groups.of[i] as number] as number),
  );
  const merged = groups.size.some((m) => m > 1);
  const listed = merged
    ? groups.members
        .filter((m) => m.length > 1)
        .map((m) => Array.from(m, (i) => instance.ids[i] as string))
    : undefined;
  const within = merged
    ? `; then, for each group of interchangeable people (same features, no shared household; listed in \`groups\`) in the order of their first member in the pool, the c members the ticket's panel takes from its m people by a partial Fisher–Yates shuffle of the group in pool order (c calls nextInt(m − j) on the same generator)`
    : "";
  const panel = report(
    instance,
    drawn,
    probabilities,
    1,
    support,
    { ...estimate, panels: support },
    `co-decide selectPanelAsync, method "${instance.method}" (Flanigan et al. 2021): ${algorithm}; the panel weights rounded to tickets out of ${TICKETS}, and ticket createPrng(seed).nextInt(${TICKETS}) drawn (cyrb128 + sfc32)${within}. Re-run with the same pool in the same order, quotas, panel size ${instance.panelSize} and this seed.`,
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
  );
  return listed === undefined ? panel : { ...panel, groups: listed };
};

/**
 * Adds up to `count` panels from the legacy draw (seed `<seed>#columns`): a cheap, diverse first
 * set of columns. Draws that get stuck are skipped. @internal
 */
export const seedPanels = (instance: Instance, set: PanelSet, count: number): void => {
  const drawer = createDrawer(instance);
  const prng = createPrng(`${instance.seed}#columns`);
  for (let d = 0; d < count; d++) {
    const panel = drawer.attempt(prng);
    if (panel !== undefined) set.add(panel);
  }
};

/**
 * Balanced first columns, by multiplicative weights: `rounds` local searches, each with weight
 * 2^−cᵢ on person i, where cᵢ counts the known panels that contain i, so each new panel favours
 * the people the known panels reach least. A near-balanced set of panels for the LP to start from
 * (a heuristic: the column generation that follows is what proves optimality). @internal
 */
export const balancedPanels = (
  instance: Instance,
  pricer: Pricer,
  set: PanelSet,
  rounds: number,
): void => {
  const n = instance.ids.length;
  const c = new Float64Array(n);
  for (const panel of set.panels) for (const i of panel) c[i] = (c[i] as number) + 1;
  let current = set.panels[0];
  const w = new Float64Array(n);
  for (let r = 0; r < rounds && current !== undefined; r++) {
    let low = Number.POSITIVE_INFINITY;
    for (let i = 0; i < n; i++) low = Math.min(low, c[i] as number);
    for (let i = 0; i < n; i++) w[i] = 2 ** (low - (c[i] as number));
    const [found] = pricer.local(w, [current]);
    if (found === undefined) break;
    if (set.add(found.panel)) for (const i of found.panel) c[i] = (c[i] as number) + 1;
    else for (const i of found.panel) c[i] = (c[i] as number) + 0.5; // move on from a repeat
    current = found.panel;
  }
};

/**
 * Improving panels for one round: local search from the best known panels, repeated with the
 * members of what it found down-weighted (halved) so that later tries look elsewhere; every panel
 * whose true weight beats `threshold` is returned (not yet added). Also returns the best panel
 * seen, as a start for the MIP. @internal
 */
export const improvingPanels = (
  pricer: Pricer,
  set: PanelSet,
  weights: Float64Array,
  threshold: number,
  tries: number,
  starts: number,
): { found: Int32Array[]; best: Int32Array | undefined } => {
  const w = Float64Array.from(weights);
  const found: Int32Array[] = [];
  const keys = new Set<string>();
  let best: Priced | undefined;
  let from = set.best(weights, starts);
  for (let t = 0; t < tries; t++) {
    const local = pricer.local(w, from);
    let any = false;
    for (const p of local) {
      const value = weightOf(p.panel, weights);
      if (best === undefined || value > best.value) best = { panel: p.panel, value };
      // With groups, panels that differ only within groups are one: look elsewhere instead.
      const key = set.key(p.panel);
      if (value > threshold && !keys.has(key)) {
        keys.add(key);
        found.push(p.panel);
        any = true;
      }
      for (const i of p.panel) w[i] = (w[i] as number) / 2;
    }
    if (!any) break;
    from = local.map((p) => p.panel);
  }
  return { found, best: best?.panel };
};
