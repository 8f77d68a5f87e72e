/**
 * The result of {@link selectPanel}: a citizens' panel selected by lot, with every pool member's
 * selection probability and the record that lets anyone re-run the draw.
 *
 * @module
 */
import type { Explanation } from "../core/explanation.js";

/**
 * The sortition methods: `legacy` (the greedy stratified draw, {@link selectPanel} and
 * {@link selectPanelAsync}), `leximin` and `maximin` (Flanigan et al. 2021, by linear programming)
 * and `nash` (the same paper's Nash welfare objective, by convex optimisation), these three
 * {@link selectPanelAsync} only.
 *
 * @category sortition
 */
export type SortitionMethod = "legacy" | "leximin" | "maximin" | "nash";

/**
 * One quota and how the drawn panel meets it.
 *
 * @category sortition
 */
export interface QuotaResult {
  readonly feature: string;
  readonly value: string;
  readonly min: number;
  readonly max: number;
  /** Panel members with this value. */
  readonly selected: number;
  /** Pool members with this value. */
  readonly pool: number;
  readonly met: boolean;
}

/**
 * How the panel was drawn, so that anyone can re-run it.
 *
 * @category sortition
 */
export interface PanelDraw {
  /** The seed given (for example the digits of a public lottery result). */
  readonly seed: string;
  /** The procedure in words: generator, algorithm, and what must be given again to re-run it. */
  readonly procedure: string;
  /** How many greedy attempts the draw took (a `legacy` attempt can get stuck and restart). */
  readonly attempts: number;
}

/**
 * How the selection probabilities were found:
 * - `monte-carlo` (`legacy`): the share of `samples` seeded re-draws that selected each person;
 *   `seed` is `<seed>#probabilities`, `margin` the half-width of a 95 % interval for a probability
 *   of 1/2, 1.96·√(1/(4·samples));
 * - `lp` (`leximin`, `maximin`): the probabilities of the distribution over `panels` panels
 *   found by linear programming in double precision (its own marginals); for `leximin` each is
 *   within `tolerance` of its computed leximin level either way, for `maximin` none is more than
 *   `tolerance` below the computed maximin value;
 * - `convex` (`nash`): the distribution over `panels` panels maximising Σ log(probability),
 *   found by column generation with a Frank–Wolfe certificate: `gap` bounds how far its
 *   Σ log(probability) is below the optimum (at most `tolerance` × the people who can be selected).
 *
 * @category sortition
 */
export type ProbabilityEstimate =
  | {
      readonly kind: "monte-carlo";
      readonly samples: number;
      readonly seed: string;
      readonly margin: number;
    }
  | {
      readonly kind: "lp";
      /** Panels in the distribution's support. */
      readonly panels: number;
      /** Column-generation iterations (pricing problems solved). */
      readonly iterations: number;
      /**
       * The largest distance of a probability from its computed level (leximin: either way;
       * maximin: below), at least the LP tolerance 10⁻⁷.
       */
      readonly tolerance: number;
    }
  | {
      readonly kind: "convex";
      /** Panels in the distribution's support. */
      readonly panels: number;
      /** Column-generation iterations (pricing problems solved). */
      readonly iterations: number;
      /**
       * The certified duality gap: the optimum of Σ log(probability) is at most this much above
       * the distribution's (the Frank–Wolfe gap max over panels of Σ_{i∈P} 1/πᵢ, minus the number
       * of people who can be selected).
       */
      readonly gap: number;
      /** The stopping tolerance on the gap, per person who can be selected. */
      readonly tolerance: number;
    };

/**
 * The result of {@link selectPanel}.
 *
 * @category sortition
 */
export interface Panel {
  readonly method: SortitionMethod;
  /** The ids of the people selected, in order of selection. */
  readonly panel: readonly string[];
  /** Each pool member's probability of selection under the method (estimated for `legacy`). */
  readonly probabilities: Readonly<Record<string, number>>;
  readonly estimate: ProbabilityEstimate;
  /** The smallest selection probability in the pool. */
  readonly minimum: number;
  /** The largest selection probability in the pool. */
  readonly maximum: number;
  /** The Gini coefficient of the probabilities (0 when everyone has the same chance). */
  readonly gini: number;
  /** The number of distinct panels in the distribution's support (for `legacy`: among the samples). */
  readonly support: number;
  /**
   * For the LP methods: the distribution's panels (ids) and their probabilities, as drawn from.
   * For `leximin` and `maximin`, when {@link Panel.groups} is present, an entry stands for every
   * panel that takes as many people from each group as its listed `panel` (which lists, from each
   * group, its first members in pool order), all equally likely: `probability` is the entry's
   * total, and the draw picks an entry, then the members within each group uniformly (see
   * `draw.procedure`). A person of a group of m people, c of whom an entry takes, gets c/m of
   * that entry's probability.
   */
  readonly distribution?: readonly {
    readonly panel: readonly string[];
    readonly probability: number;
  }[];
  /**
   * For `leximin` and `maximin`: the groups of interchangeable people (the same value of every
   * feature, and no household shared with anyone else) of two or more, each in pool order; absent
   * when there are none. Leximin gives everyone in a group the same probability, and its
   * distribution is over how many people each panel takes from each group.
   */
  readonly groups?: readonly (readonly string[])[];
  /** Every quota and how the drawn panel meets it. */
  readonly quotas: readonly QuotaResult[];
  /** Whether at most one person per household was allowed. */
  readonly households: boolean;
  /** The draw: seed and procedure. */
  readonly draw: PanelDraw;
  readonly explanation: Explanation;
}
