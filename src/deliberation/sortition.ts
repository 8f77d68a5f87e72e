/**
 * Sortition: selecting a citizens' panel by lot from a pool of volunteers, so that the panel meets
 * quotas on features (gender, age band, area, ...) and so that the draw can be re-run by anyone
 * from a publicly announced seed.
 *
 * Method `legacy`: the greedy stratified draw that most organisers still use, described as LEGACY
 * by Flanigan, Gölz, Gupta, Hennig and Procaccia, "Fair algorithms for selecting citizens'
 * assemblies", Nature 596, 548–552 (2021), Methods. Written here from that description:
 * 1. Among the feature values still short of their minimum, take the one whose shortfall is the
 *    largest share of the pool members still available with that value ((min − selected) /
 *    available; the first such value in the order of `quotas` on a tie), and select a person with
 *    that value uniformly at random. When every minimum is met, select uniformly among everyone
 *    still available.
 * 2. Remove the person selected and, with households, everyone of the same household; when a value
 *    reaches its maximum, remove everyone still available with it.
 * 3. Repeat until the panel is full. If the draw gets stuck (a minimum can no longer be met, or
 *    nobody is left), start again from the beginning with the generator where it is, up to
 *    `options.maxAttempts` (default 100) attempts.
 * It is the baseline it is: it meets the quotas, but it gives some people much smaller chances of
 * selection than others (Flanigan et al. measured this on real pools), which is why the paper proposes the LP-based `leximin` (see `leximin.ts`).
 *
 * Selection probabilities under `legacy` have no closed form; they are estimated by re-running the
 * draw `options.samples` times (default 1,000) from the seed `<seed>#probabilities`, and reported
 * with their sample count and margin. The panel itself is the first draw from `seed`.
 *
 * Feasibility is checked before any draw, and each failure names its quota: a minimum above its
 * maximum, above the panel size or above the pool members (with households: the households) with
 * that value; a feature whose minimums sum to more than the panel size or whose maximums sum to less;
 * a panel larger than the pool (or the number of households). These are necessary conditions; a
 * combination of quotas on different features may still admit no panel, which `legacy` reports
 * after its attempts.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type DecideError, invalidInput, invalidInputAt, unsupported } from "../core/errors.js";
import { step } from "../core/explanation.js";
import { checkWork, defineLimit, resolveLimit } from "../core/limits.js";
import { createPrng, type Prng } from "../core/prng.js";
import { describeValue } from "../core/validation.js";
import {
  causeText,
  Issues,
  isRecord,
  optionalRecord,
  optionalString,
  own,
  readArray,
  readChoice,
  readId,
  readInteger,
  unknownKeys,
} from "./internal/read.js";
import type { Panel, ProbabilityEstimate, QuotaResult, SortitionMethod } from "./panel.js";

/**
 * The work limit on the pool {@link selectPanel} reads: 20,000 people by default,
 * `options.maxPool` up to 1,000,000.
 *
 * @category limits
 */
export const SORTITION_POOL_LIMIT = /* @__PURE__ */ defineLimit({
  name: "select-panel.pool",
  unit: "people",
  default: 20_000,
  ceiling: 1_000_000,
  option: "options.maxPool",
});

/**
 * The work limit on the re-draws that estimate `legacy`'s probabilities, counted as samples ×
 * pool size: 50 million by default (1,000 samples of a pool of 50,000), `options.maxDrawWork` up to
 * 5 billion.
 *
 * @category limits
 */
export const SORTITION_SAMPLES_LIMIT = /* @__PURE__ */ defineLimit({
  name: "select-panel.draw-work",
  unit: "person-draws",
  default: 50_000_000,
  ceiling: 5_000_000_000,
  option: "options.maxDrawWork",
});

const METHODS: readonly SortitionMethod[] = ["legacy", "leximin", "maximin", "nash"];
const MAX_FEATURES = 64;
const MAX_VALUES = 10_000;

/** A checked sortition spec. @internal */
export interface Instance {
  readonly method: SortitionMethod;
  readonly ids: readonly string[];
  readonly panelSize: number;
  /** Quota values in order: feature, value, min, max. */
  readonly values: readonly { feature: string; value: string; min: number; max: number }[];
  readonly options: Readonly<Record<string, unknown>>;
  readonly features: readonly string[];
  /** personValue[i * F + f]: the value index (into `values`) of person i for feature f. */
  readonly personValue: Int32Array;
  /** household[i]: a household index, or -1. */
  readonly household: Int32Array;
  readonly households: boolean;
  readonly seed: string;
  readonly samples: number;
  readonly maxAttempts: number;
}

/**
 * Selects a citizens' panel by lot from a pool, meeting quotas, from a public seed; reports each
 * person's chance of selection.
 *
 * @remarks
 * Spec: `{ pool: [{ id, features: { feature: value }, household? }], panelSize, quotas: { feature:
 * { value: { min, max } } }, method: "legacy", seed, options? }`. Every pool member needs a value
 * for every feature that has quotas, and every value met needs a quota (`{ min: 0, max: panelSize }`
 * says "no constraint"). With `household` on pool members, at most one person per household is
 * selected. Options: `samples` (re-draws for the probabilities, default 1,000), `maxAttempts`
 * (default 100), `maxPool`, `maxDrawWork`.
 *
 * The draw is reproducible: the same pool (in the same order), quotas, panel size and seed give the
 * same panel in every runtime (the generator is `createPrng` from `co-decide/core`). Announce the
 * seed only after the pool and quotas are published (for example the winning numbers of a national
 * lottery), and anyone can re-run it.
 *
 * `selectPanel` is synchronous and runs `legacy` (see the module comment); the LP methods
 * `leximin` and `maximin` load an optional solver asynchronously, so they run through
 * {@link selectPanelAsync}, and here return `Unsupported` with reason `async_method`.
 *
 * Complexity: one draw is O(pool × features + panelSize × values); the estimate repeats it
 * `samples` times. Work limits {@link SORTITION_POOL_LIMIT} and {@link SORTITION_SAMPLES_LIMIT}.
 *
 * @param spec - as above.
 * @returns the {@link Panel}, or `InvalidInput` (with paths; an infeasible quota is named, code
 *   `infeasible_quota`), or `Unsupported` past a work limit or when the draw finds no panel.
 *
 * @example A panel of 2 with one woman and one man
 * ```ts
 * import { selectPanel } from "co-decide/deliberation";
 *
 * selectPanel({
 *   pool: [
 *     { id: "ana", features: { gender: "f" } }, { id: "bea", features: { gender: "f" } },
 *     { id: "cai", features: { gender: "m" } }, { id: "dan", features: { gender: "m" } },
 *   ],
 *   panelSize: 2,
 *   quotas: { gender: { f: { min: 1, max: 1 }, m: { min: 1, max: 1 } } },
 *   method: "legacy",
 *   seed: "lottery 2026-03-14: 04 17 23 31 42",
 * });
 * // => right: { panel: [one of ana/bea, one of cai/dan], probabilities: { ana: ≈0.5, ... }, ... }
 * ```
 *
 * @category sortition
 */
export const selectPanel = (spec: unknown): E.Either<DecideError, Panel> => {
  try {
    const instance = parseInstance(spec);
    if (E.isLeft(instance)) return instance;
    if (instance.right.method !== "legacy") {
      return E.left(
        unsupported(
          "async_method",
          `The ${instance.right.method} method solves linear programmes with the optional \`highs\` package, loaded on demand: call selectPanelAsync, which returns a Promise.`,
        ),
      );
    }
    return legacy(instance.right);
  } catch (cause) {
    return E.left(
      invalidInputAt("", "unreadable", `the spec could not be read (${causeText(cause)})`),
    );
  }
};

// ---------------------------------------------------------------------------------------------
// Reading and checking the spec

/** Reads and checks a sortition spec (shape, meaning, feasibility). @internal */
export const parseInstance = (spec: unknown): E.Either<DecideError, Instance> => {
  if (!isRecord(spec)) {
    return E.left(
      invalidInputAt("", "invalid_type", `expected an object, got ${describeValue(spec)}`),
    );
  }
  const issues = new Issues();
  unknownKeys(spec, ["pool", "panelSize", "quotas", "method", "seed", "options"], [], issues);
  const options = optionalRecord(own(spec, "options"), ["options"], issues) ?? {};
  unknownKeys(
    options,
    ["samples", "maxAttempts", "maxPool", "maxDrawWork", "maxIterations", "maxLpPool"],
    ["options"],
    issues,
  );
  const poolLimit = resolveLimit(SORTITION_POOL_LIMIT, own(options, "maxPool"));
  if (E.isLeft(poolLimit)) return poolLimit;
  const workLimit = resolveLimit(SORTITION_SAMPLES_LIMIT, own(options, "maxDrawWork"));
  if (E.isLeft(workLimit)) return workLimit;
  const method = readChoice(own(spec, "method"), METHODS, ["method"], issues);
  const rawSeed = own(spec, "seed");
  const seed = typeof rawSeed === "string" ? rawSeed : undefined;
  if (seed === undefined) {
    issues.add(
      ["seed"],
      "invalid_type",
      `expected a seed string (for example a public lottery result), got ${describeValue(rawSeed)}`,
    );
  } else if (seed.length > 10_000) {
    issues.add(["seed"], "too_big", "a seed of at most 10,000 characters");
  }
  const rawSamples = own(options, "samples");
  const samples =
    rawSamples === undefined
      ? 1000
      : readInteger(rawSamples, 1, 10_000_000, ["options", "samples"], issues);
  const rawAttempts = own(options, "maxAttempts");
  const maxAttempts =
    rawAttempts === undefined
      ? 100
      : readInteger(rawAttempts, 1, 100_000, ["options", "maxAttempts"], issues);
  const pool = readArray(own(spec, "pool"), ["pool"], issues);
  if (pool !== undefined) {
    const check = checkWork(SORTITION_POOL_LIMIT, pool.length, poolLimit.right);
    if (E.isLeft(check)) return check;
  }
  const panelSize = readInteger(own(spec, "panelSize"), 1, 1_000_000, ["panelSize"], issues);
  const quotas = readQuotas(own(spec, "quotas"), panelSize, issues);
  if (
    method === undefined ||
    pool === undefined ||
    quotas === undefined ||
    panelSize === undefined ||
    seed === undefined ||
    samples === undefined ||
    maxAttempts === undefined
  ) {
    return E.left(invalidInput(issues.list, issues.more));
  }
  const work = checkWork(
    SORTITION_SAMPLES_LIMIT,
    samples * Math.max(1, pool.length),
    workLimit.right,
  );
  if (E.isLeft(work)) return work;
  const instance = readPool(
    method,
    options,
    pool,
    quotas,
    panelSize,
    seed,
    samples,
    maxAttempts,
    issues,
  );
  if (!issues.empty) return E.left(invalidInput(issues.list, issues.more));
  feasibility(instance, issues);
  return issues.empty ? E.right(instance) : E.left(invalidInput(issues.list, issues.more));
};

type Quotas = { feature: string; value: string; min: number; max: number }[];

const readQuotas = (
  value: unknown,
  panelSize: number | undefined,
  issues: Issues,
): Quotas | undefined => {
  if (!isRecord(value)) {
    issues.add(
      ["quotas"],
      "invalid_type",
      `expected { feature: { value: { min, max } } }, got ${describeValue(value)}`,
    );
    return undefined;
  }
  const features = Object.keys(value);
  if (features.length > MAX_FEATURES) {
    issues.add(["quotas"], "too_big", `at most ${MAX_FEATURES} features, got ${features.length}`);
    return undefined;
  }
  const out: Quotas = [];
  for (const feature of features) {
    const values = value[feature];
    if (!isRecord(values)) {
      issues.add(
        ["quotas", feature],
        "invalid_type",
        `expected { value: { min, max } }, got ${describeValue(values)}`,
      );
      continue;
    }
    const names = Object.keys(values);
    if (names.length > MAX_VALUES) {
      issues.add(
        ["quotas", feature],
        "too_big",
        `at most ${MAX_VALUES} values, got ${names.length}`,
      );
      continue;
    }
    for (const name of names) {
      const quota = values[name];
      const path = ["quotas", feature, name];
      if (!isRecord(quota)) {
        issues.add(path, "invalid_type", `expected { min, max }, got ${describeValue(quota)}`);
        continue;
      }
      unknownKeys(quota, ["min", "max"], path, issues);
      const top = panelSize ?? 1_000_000;
      const min = readInteger(own(quota, "min"), 0, 1_000_000, [...path, "min"], issues);
      const max = readInteger(own(quota, "max"), 0, 1_000_000, [...path, "max"], issues);
      if (min !== undefined && max !== undefined)
        out.push({ feature, value: name, min, max: Math.min(max, top) });
    }
  }
  return out;
};

const readPool = (
  method: SortitionMethod,
  options: Readonly<Record<string, unknown>>,
  pool: readonly unknown[],
  quotas: Quotas,
  panelSize: number,
  seed: string,
  samples: number,
  maxAttempts: number,
  issues: Issues,
): Instance => {
  const features = [...new Set(quotas.map((q) => q.feature))];
  const F = features.length;
  const valueIndex = new Map<string, number>();
  quotas.forEach((q, i) => {
    valueIndex.set(`${features.indexOf(q.feature)}\u0000${q.value}`, i);
  });
  const ids: string[] = [];
  const seen = new Set<string>();
  const personValue = new Int32Array(pool.length * F);
  const household = new Int32Array(pool.length).fill(-1);
  const householdIndex = new Map<string, number>();
  for (let i = 0; i < pool.length; i++) {
    const person = pool[i];
    if (!isRecord(person)) {
      issues.add(
        ["pool", i],
        "invalid_type",
        `expected { id, features, household? }, got ${describeValue(person)}`,
      );
      continue;
    }
    unknownKeys(person, ["id", "features", "household"], ["pool", i], issues);
    const id = readId(own(person, "id"), ["pool", i, "id"], issues);
    if (id !== undefined) {
      if (seen.has(id))
        issues.add(["pool", i, "id"], "duplicate_person", `"${id}" is in the pool twice`);
      seen.add(id);
    }
    ids.push(id ?? "");
    const home = optionalString(own(person, "household"), ["pool", i, "household"], issues);
    if (home !== undefined) {
      let h = householdIndex.get(home);
      if (h === undefined) {
        h = householdIndex.size;
        householdIndex.set(home, h);
      }
      household[i] = h;
    }
    const values = own(person, "features");
    if (!isRecord(values)) {
      issues.add(
        ["pool", i, "features"],
        "invalid_type",
        `expected { feature: value }, got ${describeValue(values)}`,
      );
      continue;
    }
    for (let f = 0; f < F; f++) {
      const feature = features[f] as string;
      const v = own(values, feature);
      if (typeof v !== "string") {
        issues.add(
          ["pool", i, "features", feature],
          "missing_feature",
          `every person needs a value for "${feature}", which has quotas; got ${describeValue(v)}`,
        );
        continue;
      }
      const at = valueIndex.get(`${f}\u0000${v}`);
      if (at === undefined) {
        issues.add(
          ["pool", i, "features", feature],
          "no_quota",
          `"${v}" has no quota under quotas.${feature} (give { min: 0, max: panelSize } for no constraint)`,
        );
        continue;
      }
      personValue[i * F + f] = at;
    }
  }
  return {
    method,
    ids,
    panelSize,
    values: quotas,
    options,
    features,
    personValue,
    household,
    households: householdIndex.size > 0,
    seed,
    samples,
    maxAttempts,
  };
};

/** Necessary conditions for some panel to exist, each failure naming its quota. */
const feasibility = (instance: Instance, issues: Issues): void => {
  const { values, features, ids, panelSize, personValue, household } = instance;
  const F = features.length;
  const n = ids.length;
  // Units available: people, or households when given (a household counts once per value).
  const distinctHouseholds = new Set<number>();
  let loners = 0;
  for (let i = 0; i < n; i++) {
    if ((household[i] as number) >= 0) distinctHouseholds.add(household[i] as number);
    else loners++;
  }
  const units = distinctHouseholds.size + loners;
  if (panelSize > units) {
    issues.add(
      ["panelSize"],
      "infeasible_quota",
      `a panel of ${panelSize} from ${units} ${instance.households ? "households and people without one" : "people"}`,
    );
  }
  const available = values.map(() => ({ people: 0, homes: new Set<number>() }));
  for (let i = 0; i < n; i++) {
    for (let f = 0; f < F; f++) {
      const at = available[personValue[i * F + f] as number];
      if (at === undefined) continue;
      at.people++;
      const h = household[i] as number;
      at.homes.add(h >= 0 ? h : -1 - i);
    }
  }
  values.forEach((q, v) => {
    const path = ["quotas", q.feature, q.value];
    const have = (available[v] as { homes: Set<number> }).homes.size;
    if (q.min > q.max)
      issues.add(
        path,
        "infeasible_quota",
        `min ${q.min} is above max ${q.max} (or the panel size)`,
      );
    else if (q.min > have) {
      issues.add(
        path,
        "infeasible_quota",
        `min ${q.min} but only ${have} ${instance.households ? "households have" : "people in the pool have"} ${q.feature} "${q.value}"`,
      );
    }
  });
  for (const feature of features) {
    const own = values.filter((q) => q.feature === feature);
    const mins = own.reduce((a, q) => a + q.min, 0);
    const maxs = own.reduce((a, q) => a + q.max, 0);
    if (mins > panelSize)
      issues.add(
        ["quotas", feature],
        "infeasible_quota",
        `the minimums of ${feature} add up to ${mins}, more than the panel of ${panelSize}`,
      );
    if (maxs < panelSize)
      issues.add(
        ["quotas", feature],
        "infeasible_quota",
        `the maximums of ${feature} add up to ${maxs}, fewer than the panel of ${panelSize}`,
      );
  }
};

// ---------------------------------------------------------------------------------------------
// The legacy draw

/** Reusable state for repeated draws of one instance (no allocation per draw). @internal */
export interface Drawer {
  /** Draws one panel, or undefined when the attempt got stuck. */
  readonly attempt: (prng: Prng) => Int32Array | undefined;
}

/** The legacy draw's state for one instance. @internal */
export const createDrawer = (instance: Instance): Drawer => {
  const { ids, values, features, personValue, household, panelSize } = instance;
  const n = ids.length;
  const F = features.length;
  const V = values.length;
  // Buckets: the people with each value, built once; `members` holds them contiguously by value.
  const start = new Int32Array(V + 1);
  const bump = (array: Int32Array | number[], at: number): void => {
    array[at] = (array[at] as number) + 1;
  };
  for (let i = 0; i < n * F; i++) bump(start, (personValue[i] as number) + 1);
  for (let v = 0; v < V; v++) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
  const initial = new Int32Array(n * F);
  const initialPos = new Int32Array(n * F);
  const fill = start.slice(0, V);
  for (let i = 0; i < n; i++) {
    for (let f = 0; f < F; f++) {
      const v = personValue[i * F + f] as number;
      const at = fill[v] as number;
      fill[v] = at + 1;
      initial[at] = i;
      initialPos[i * F + f] = at;
    }
  }
  const houseStart = new Int32Array(n + 1);
  const houseMembers = new Int32Array(n);
  {
    const counts = new Int32Array(n + 1);
    for (let i = 0; i < n; i++)
      if ((household[i] as number) >= 0) bump(counts, (household[i] as number) + 1);
    for (let h = 0; h < n; h++)
      houseStart[h + 1] = (houseStart[h] as number) + (counts[h + 1] as number);
    const at = houseStart.slice(0, n);
    for (let i = 0; i < n; i++) {
      const h = household[i] as number;
      if (h >= 0) {
        houseMembers[at[h] as number] = i;
        at[h] = (at[h] as number) + 1;
      }
    }
  }
  const mins = Int32Array.from(values, (q) => q.min);
  const maxs = Int32Array.from(values, (q) => q.max);
  // Working state.
  const members = new Int32Array(n * F);
  const pos = new Int32Array(n * F);
  const size = new Int32Array(V);
  const selected = new Int32Array(V);
  const gone = new Uint8Array(n);
  const everyone = new Int32Array(n);
  const everyonePos = new Int32Array(n);
  let left = 0;
  const panel = new Int32Array(panelSize);

  const remove = (i: number): void => {
    if (gone[i] === 1) return;
    gone[i] = 1;
    for (let f = 0; f < F; f++) {
      const v = personValue[i * F + f] as number;
      const p = pos[i * F + f] as number;
      const last = (start[v] as number) + (size[v] as number) - 1;
      const j = members[last] as number;
      members[p] = j;
      // Person j's slot for this value (feature f: values belong to one feature) moves to p.
      pos[j * F + f] = p;
      size[v] = (size[v] as number) - 1;
    }
    const p = everyonePos[i] as number;
    const j = everyone[left - 1] as number;
    everyone[p] = j;
    everyonePos[j] = p;
    left--;
  };

  const attempt = (prng: Prng): Int32Array | undefined => {
    members.set(initial);
    pos.set(initialPos);
    for (let v = 0; v < V; v++) size[v] = (start[v + 1] as number) - (start[v] as number);
    selected.fill(0);
    gone.fill(0);
    for (let i = 0; i < n; i++) {
      everyone[i] = i;
      everyonePos[i] = i;
    }
    left = n;
    // A value whose maximum is 0 is closed from the start.
    for (let v = 0; v < V; v++) if (maxs[v] === 0) closeValue(v);
    for (let k = 0; k < panelSize; k++) {
      // The value most short of its minimum, relative to the people still available with it.
      let best = -1;
      let bestNum = 0;
      let bestDen = 1;
      for (let v = 0; v < V; v++) {
        const short = (mins[v] as number) - (selected[v] as number);
        if (short <= 0) continue;
        const have = size[v] as number;
        if (have < short) return undefined; // this minimum can no longer be met
        if (best < 0 || short * bestDen > bestNum * have) {
          best = v;
          bestNum = short;
          bestDen = have;
        }
      }
      let person: number;
      if (best >= 0) {
        person = members[(start[best] as number) + prng.nextInt(size[best] as number)] as number;
      } else {
        if (left === 0) return undefined;
        person = everyone[prng.nextInt(left)] as number;
      }
      panel[k] = person;
      const h = household[person] as number;
      if (h >= 0) {
        for (let m = houseStart[h] as number; m < (houseStart[h + 1] as number); m++)
          remove(houseMembers[m] as number);
      } else remove(person);
      for (let f = 0; f < F; f++) {
        const v = personValue[person * F + f] as number;
        selected[v] = (selected[v] as number) + 1;
        if (selected[v] === maxs[v]) closeValue(v);
      }
    }
    for (let v = 0; v < V; v++) if ((selected[v] as number) < (mins[v] as number)) return undefined;
    return panel;
  };

  const closeValue = (v: number): void => {
    while ((size[v] as number) > 0) remove(members[start[v] as number] as number);
  };

  return { attempt };
};

/** The legacy draw and its estimated probabilities. @internal */
export const legacy = (instance: Instance): E.Either<DecideError, Panel> => {
  const drawer = createDrawer(instance);
  const prng = createPrng(instance.seed);
  let drawn: Int32Array | undefined;
  let attempts = 0;
  while (drawn === undefined && attempts < instance.maxAttempts) {
    attempts++;
    drawn = drawer.attempt(prng);
  }
  if (drawn === undefined) {
    return E.left(
      unsupported(
        "no_panel_found",
        `The legacy draw found no panel meeting the quotas in ${attempts} attempts: the quotas may be infeasible together, or too tight for the greedy draw; raise options.maxAttempts or loosen a quota.`,
      ),
    );
  }
  const panelIndices = Array.from(drawn);
  const n = instance.ids.length;
  // The estimate: seeded re-draws.
  const counts = new Float64Array(n);
  const estimateSeed = `${instance.seed}#probabilities`;
  const estimator = createPrng(estimateSeed);
  const distinct = new Set<string>();
  let successes = 0;
  for (let s = 0; s < instance.samples; s++) {
    let sample: Int32Array | undefined;
    for (let a = 0; a < instance.maxAttempts && sample === undefined; a++)
      sample = drawer.attempt(estimator);
    if (sample === undefined) continue;
    successes++;
    for (const i of sample) counts[i] = (counts[i] as number) + 1;
    if (distinct.size < 100_000)
      distinct.add(
        Array.from(sample)
          .sort((a, b) => a - b)
          .join(","),
      );
  }
  const probabilities = Array.from(counts, (c) => (successes === 0 ? 0 : c / successes));
  const margin = successes === 0 ? 1 : 1.96 * Math.sqrt(1 / (4 * successes));
  return E.right(
    report(
      instance,
      panelIndices,
      probabilities,
      attempts,
      distinct.size,
      {
        kind: "monte-carlo",
        samples: successes,
        seed: estimateSeed,
        margin,
      },
      `co-decide selectPanel, method "legacy" (Flanigan et al. 2021, Methods: the greedy stratified draw): createPrng(seed) (cyrb128 + sfc32), greedy attempts restarted on a dead end; re-run with the same pool in the same order, the same quotas, panel size ${instance.panelSize} and this seed.`,
    ),
  );
};

/** Builds the Panel from a drawn panel and the probabilities. @internal */
export const report = (
  instance: Instance,
  panel: readonly number[],
  probabilities: readonly number[],
  attempts: number,
  support: number,
  estimate: ProbabilityEstimate,
  procedure: string,
  distribution?: Panel["distribution"],
): Panel => {
  const { ids, values, features, personValue } = instance;
  const F = features.length;
  const selected = new Array<number>(values.length).fill(0);
  const inPool = new Array<number>(values.length).fill(0);
  for (let i = 0; i < ids.length; i++) {
    for (let f = 0; f < F; f++) increment(inPool, personValue[i * F + f] as number);
  }
  for (const i of panel) {
    for (let f = 0; f < F; f++) increment(selected, personValue[i * F + f] as number);
  }
  const quotas: QuotaResult[] = values.map((q, v) => ({
    feature: q.feature,
    value: q.value,
    min: q.min,
    max: q.max,
    selected: selected[v] as number,
    pool: inPool[v] as number,
    met: (selected[v] as number) >= q.min && (selected[v] as number) <= q.max,
  }));
  let minimum = Number.POSITIVE_INFINITY;
  let maximum = 0;
  for (const p of probabilities) {
    if (p < minimum) minimum = p;
    if (p > maximum) maximum = p;
  }
  if (probabilities.length === 0) minimum = 0;
  const names = panel.map((i) => ids[i] as string);
  return {
    method: instance.method,
    panel: names,
    probabilities: Object.fromEntries(ids.map((id, i) => [id, probabilities[i] as number])),
    estimate,
    minimum,
    maximum,
    gini: gini(probabilities),
    support,
    ...(distribution === undefined ? {} : { distribution }),
    quotas,
    households: instance.households,
    draw: {
      seed: instance.seed,
      procedure,
      attempts,
    },
    explanation: [
      step(
        "pool",
        `A panel of ${instance.panelSize} from a pool of ${ids.length}, with ${values.length} quotas on ${F} features${instance.households ? ", at most one person per household" : ""}.`,
        { pool: ids.length, panelSize: instance.panelSize },
      ),
      step(
        "draw",
        `Drawn from the seed "${instance.seed}" by the ${instance.method} method${attempts > 1 ? ` in ${attempts} attempts` : ""}: ${names.join(", ")}.`,
        { seed: instance.seed, panel: names, attempts },
      ),
      step(
        "probabilities",
        `Selection chances${estimate.kind === "monte-carlo" ? `, estimated from ${estimate.samples} re-draws (±${estimate.margin.toFixed(3)})` : `, from the optimal distribution over ${support} panels`}: from ${minimum.toFixed(3)} to ${maximum.toFixed(3)}, against an equal share of ${(instance.panelSize / Math.max(1, ids.length)).toFixed(3)}.`,
        { minimum, maximum },
      ),
    ],
  };
};

const increment = (array: number[], at: number): void => {
  array[at] = (array[at] as number) + 1;
};

/** The Gini coefficient of non-negative numbers (0 for equal, or all zero). Reported metric only. */
const gini = (values: readonly number[]): number => {
  const n = values.length;
  if (n === 0) return 0;
  const sorted = values.slice().sort((a, b) => a - b);
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    total += sorted[i] as number;
    weighted += (i + 1) * (sorted[i] as number);
  }
  return total === 0 ? 0 : (2 * weighted) / (n * total) - (n + 1) / n;
};
