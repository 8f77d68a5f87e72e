/**
 * Representation of a panel (or of the people who took part) against the population it speaks for.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type InvalidInput, invalidInputAt } from "../core/errors.js";
import { recordOf } from "../core/internal/record.js";
import { type AlignedShares, type Amounts, alignShares } from "./proportionality.js";

/**
 * How each group is represented: its share of the panel, its share of the population, and their
 * ratio; plus the dissimilarity index of the whole panel.
 *
 * @category proportionality
 */
export interface Representation {
  /** Each group's share of the panel (0 to 1). */
  readonly panelShares: Readonly<Record<string, number>>;
  /** Each group's share of the population (0 to 1). */
  readonly populationShares: Readonly<Record<string, number>>;
  /**
   * Panel share over population share: 1 is fair, 0.5 is half the voice it should have. `null`
   * for a group absent from the population (its ratio is infinite if it is on the panel).
   */
  readonly ratios: Readonly<Record<string, number | null>>;
  /**
   * The dissimilarity index (Duncan and Duncan 1955), `½ Σ |p_i - q_i|`: the share of the panel
   * that would have to change group for it to mirror the population (0 to 1).
   */
  readonly dissimilarity: number;
  /** Groups whose ratio is below `1 - tolerance`, most under-represented first. */
  readonly underRepresented: readonly string[];
  /** Groups whose ratio is above `1 + tolerance`, most over-represented first. */
  readonly overRepresented: readonly string[];
}

/**
 * Compares who is on a panel with who lives in the community, group by group.
 *
 * @remarks
 * Representation ratios (panel share over population share), the quantity behind the demographic
 * quotas of citizens' assemblies, and the Duncan and Duncan (1955) dissimilarity index. Counts or shares accepted for both sides. `tolerance` (default 0.2) decides
 * which groups are listed as under- or over-represented. Errors as for {@link gallagher}, with paths
 * `panel["group"]` and `population["group"]`; `options` that are not an object (`null` included)
 * are an `InvalidInput` at `options`, and a `tolerance` that is not a finite number at least 0 one
 * at `options.tolerance`. `O(groups log groups)`. Never throws.
 *
 * @example
 * ```ts
 * import { representation } from "co-decide/power";
 *
 * representation({ renters: 2, owners: 8 }, { renters: 0.5, owners: 0.5 });
 * // => right({ ratios: { renters: 0.4, owners: 1.6 }, dissimilarity: 0.3,
 * //    underRepresented: ["renters"], overRepresented: ["owners"], ... })
 * ```
 *
 * @category proportionality
 */
export const representation = (
  panel: Amounts,
  population: Amounts,
  options?: { readonly tolerance?: number },
): E.Either<InvalidInput, Representation> => {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    return E.left(invalidInputAt("options", "invalid_type", "expected an object of options"));
  }
  let given: unknown;
  try {
    given = options?.tolerance;
  } catch {
    return E.left(invalidInputAt("options", "invalid_type", "expected an object of options"));
  }
  if (given !== undefined && !(typeof given === "number" && Number.isFinite(given) && given >= 0)) {
    return E.left(
      invalidInputAt("options.tolerance", "out_of_range", "expected a finite number at least 0"),
    );
  }
  const tolerance = given ?? 0.2;
  return E.map(({ names, first, second }: AlignedShares) => {
    const ratios = names.map((_, i) => {
      const q = second[i] as number;
      return q === 0 ? null : (first[i] as number) / q;
    });
    let gap = 0;
    first.forEach((p, i) => {
      gap += Math.abs(p - (second[i] as number));
    });
    const ranked = names
      .map((name, i) => ({ name, ratio: ratios[i] }))
      .filter(
        (entry): entry is { name: string; ratio: number } =>
          entry.ratio !== null && entry.ratio !== undefined,
      );
    return {
      panelShares: recordOf(names, first),
      populationShares: recordOf(names, second),
      ratios: recordOf(names, ratios),
      dissimilarity: gap / 2,
      underRepresented: ranked
        .filter((e) => e.ratio < 1 - tolerance)
        .sort((a, b) => a.ratio - b.ratio)
        .map((e) => e.name),
      overRepresented: ranked
        .filter((e) => e.ratio > 1 + tolerance)
        .sort((a, b) => b.ratio - a.ratio)
        .map((e) => e.name),
    };
  })(alignShares(panel, population, ["panel", "population"]));
};
