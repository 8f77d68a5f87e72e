/**
 * The asynchronous entry to sortition, for every method including the LP-based ones.
 *
 * Why two entries: the LP methods load the optional `highs` WebAssembly solver with a dynamic
 * `import()`, which is asynchronous, so that bundles that never call them never include it.
 * {@link selectPanelAsync} takes every method and is the one to use; {@link selectPanel} is its
 * synchronous shortcut for `legacy` alone.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type DecideError, invalidInputAt, unsupported } from "../core/errors.js";
import { checkWork, resolveLimit } from "../core/limits.js";
import { createPricer, loadHighs } from "./internal/columns.js";
import { causeText } from "./internal/read.js";
import {
  LP_TOLERANCE,
  leximinDistribution,
  SORTITION_ITERATIONS_LIMIT,
  SORTITION_LP_POOL_LIMIT,
} from "./leximin.js";
import { nashDistribution } from "./nash.js";
import type { Panel } from "./panel.js";
import { type Instance, legacy, parseInstance } from "./sortition.js";

/**
 * Selects a citizens' panel by lot with any method: `leximin` (the fairest distribution over
 * quota-meeting panels, Flanigan et al. 2021), `maximin`, `nash` (the same paper's Nash welfare:
 * the distribution maximising the product of the selection probabilities) or `legacy`; a Promise
 * of the same result as {@link selectPanel}.
 *
 * @remarks
 * The spec is {@link selectPanel}'s, with `options.maxIterations` (the column-generation limit,
 * {@link SORTITION_ITERATIONS_LIMIT}) and `options.maxLpPool` ({@link SORTITION_LP_POOL_LIMIT}).
 * `leximin`, `maximin` and `nash` need the optional peer dependency `highs` ≥ 1.15
 * (`npm install highs`); without it they return `Unsupported` with reason `solver_missing`.
 * For `leximin` and `maximin` (estimate kind `lp`) the probabilities reported are the drawn
 * distribution's own marginals (its panels' ticket shares, out of 10⁹, added up), so they sum to
 * the panel size. For `leximin` each is within `estimate.tolerance` of the level the LPs
 * computed for that person, above or below: `estimate.tolerance` is the largest such distance in
 * the result, at least {@link LP_TOLERANCE} (10⁻⁷). For `maximin` none is more than
 * `estimate.tolerance` below the computed maximin value. For `nash` (kind `convex`) the distribution's Σ log πᵢ is
 * certified within `estimate.gap` ≤ {@link NASH_TOLERANCE} × (people who can be selected) of the
 * optimum. The panel is drawn from the distribution with the seeded generator: the same spec and
 * seed give the same distribution and the same panel. `leximin` and `maximin` work on groups of
 * interchangeable people (`Panel.groups`: the same value of every feature, no household shared
 * with anyone else), who get the same probability; a `distribution` entry then stands for every
 * panel taking as many people from each group as the panel it lists, and the draw chooses the
 * members within each group with the same generator (`draw.procedure`).
 * Leximin on a pool of 2,000 (6 features, panel of 40) takes seconds when the quotas let everyone
 * have the same chance, much longer when they are tight (see bench/results/deliberation.md).
 *
 * @param spec - as for {@link selectPanel}.
 * @returns a Promise of the {@link Panel} or a `DecideError`; the Promise never rejects.
 *
 * @example Leximin on a small pool
 * ```ts
 * import { selectPanelAsync } from "co-decide/deliberation";
 *
 * const result = await selectPanelAsync({
 *   pool: [
 *     { id: "ana", features: { gender: "f" } }, { id: "bea", features: { gender: "f" } },
 *     { id: "cai", features: { gender: "m" } },
 *   ],
 *   panelSize: 2,
 *   quotas: { gender: { f: { min: 1, max: 1 }, m: { min: 1, max: 1 } } },
 *   method: "leximin",
 *   seed: "04 17 23 31 42",
 * });
 * // => right: { probabilities: { ana: 0.5, bea: 0.5, cai: 1 }, minimum: 0.5, ... }
 * ```
 *
 * @category sortition
 */
export const selectPanelAsync = async (spec: unknown): Promise<E.Either<DecideError, Panel>> => {
  try {
    const instance = parseInstance(spec);
    if (E.isLeft(instance)) return instance;
    if (instance.right.method === "legacy") return legacy(instance.right);
    return await lpPanel(instance.right);
  } catch (cause) {
    return E.left(
      invalidInputAt("", "unreadable", `the spec could not be read (${causeText(cause)})`),
    );
  }
};

/** Runs an LP method (`leximin`, `maximin`, `nash`) on a checked instance. */
const lpPanel = async (instance: Instance): Promise<E.Either<DecideError, Panel>> => {
  const limit = resolveLimit(SORTITION_ITERATIONS_LIMIT, instance.options["maxIterations"]);
  if (E.isLeft(limit)) return limit;
  const poolLimit = resolveLimit(SORTITION_LP_POOL_LIMIT, instance.options["maxLpPool"]);
  if (E.isLeft(poolLimit)) return poolLimit;
  const poolWork = checkWork(SORTITION_LP_POOL_LIMIT, instance.ids.length, poolLimit.right);
  if (E.isLeft(poolWork)) return poolWork;
  const highs = await loadHighs();
  if (highs === undefined) {
    return E.left(
      unsupported(
        "solver_missing",
        "The leximin, maximin and nash methods need the optional peer dependency `highs` ≥ 1.15 (npm install highs).",
      ),
    );
  }
  const pricer = createPricer(instance, highs);
  try {
    return instance.method === "nash"
      ? nashDistribution(instance, pricer, limit.right)
      : leximinDistribution(instance, highs, pricer, limit.right);
  } finally {
    pricer.dispose();
  }
};
