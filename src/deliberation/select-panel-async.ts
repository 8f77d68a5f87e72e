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
import { type DecideError, invalidInputAt } from "../core/errors.js";
import { causeText } from "./internal/read.js";
import { lpPanel } from "./leximin.js";
import type { Panel } from "./panel.js";
import { legacy, parseInstance } from "./sortition.js";

/**
 * Selects a citizens' panel by lot with any method: `leximin` (the fairest distribution over
 * quota-meeting panels, Flanigan et al. 2021), `maximin` or `legacy`; a Promise of the same
 * result as {@link selectPanel}.
 *
 * @remarks
 * The spec is {@link selectPanel}'s, with `options.maxIterations` (the column-generation limit,
 * {@link SORTITION_ITERATIONS_LIMIT}). `leximin` and `maximin` need the optional peer dependency
 * `highs` (`npm install highs`); without it they return `Unsupported` with reason
 * `solver_missing`. `nash` returns `Unsupported` (`method_not_available`) in this version.
 * For `leximin` the probabilities are those of the optimal distribution (kind `lp`), each within
 * about 10⁻⁷; the panel is one of the distribution's panels, drawn with the seeded generator.
 * Leximin solves a MIP per column-generation iteration: seconds for a pool of hundreds, more for
 * thousands (see bench/results/deliberation.md).
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
