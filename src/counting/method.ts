/**
 * The contract every registered voting method fulfils, so that `decide`, the registry, the
 * all-methods test and the facilitators' guide can treat them alike.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import type * as z from "zod/mini";
import type { BallotKind, Profile } from "../ballots/profile.js";
import type { DecideError, InputIssue } from "../core/errors.js";
import type { WorkLimit } from "../core/limits.js";
import type { Outcome } from "../core/outcome.js";
import type { TieBreakPolicy } from "../core/tie-break.js";

/**
 * A property a method satisfies (or, where the guide says so, fails). The names are the social
 * choice literature's.
 *
 * @category registry
 */
export type MethodProperty =
  | "anonymity"
  | "neutrality"
  | "pareto"
  | "majority"
  | "condorcet-winner"
  | "condorcet-loser"
  | "smith"
  | "schwartz"
  | "monotonicity"
  | "clone-independence"
  | "reversal-symmetry"
  | "later-no-harm"
  | "participation"
  | "independence-of-smith-dominated";

/**
 * A proportionality guarantee of a committee rule (Lackner and Skowron 2023, ch. 4): justified
 * representation (`jr`), proportional JR (`pjr`), extended JR (`ejr`), EJR+ (`ejr-plus`), full JR
 * (`fjr`), priceability and the core. `checkCommittee` in `co-decide/committees` checks each.
 *
 * @category registry
 */
export type CommitteeProperty = "jr" | "pjr" | "ejr" | "ejr-plus" | "fjr" | "priceability" | "core";

/**
 * What `decide` passes to a method besides the profile.
 *
 * @category registry
 */
export interface MethodContext<Options> {
  /** The method's options, already checked by its `options` schema. */
  readonly options: Options;
  /** The tie-break policy (default `lexicographic`). */
  readonly tieBreak: TieBreakPolicy;
  /** The number of seats, for methods that fill several. */
  readonly seats?: number;
}

/**
 * The work limits of a method, derived from its complexity and checked by `decide` before the
 * count starts (an `Unsupported` error with reason `work_limit` past them). An election spec
 * raises them with `limits: { candidates, pairs }`, each up to its ceiling.
 *
 * @category registry
 */
export interface MethodLimits {
  /** The candidates it counts within about two seconds (the part of its cost that grows with n alone). */
  readonly candidates: WorkLimit;
  /**
   * For methods whose tally grows with profile rows (distinct ballots) × candidate pairs (the pairwise matrix,
   * elimination rounds over every ballot): the most such pairs.
   */
  readonly pairs?: WorkLimit;
}

/**
 * A registered method.
 *
 * @category registry
 */
export interface MethodDefinition<Options = Readonly<Record<string, unknown>>> {
  /** The kebab-case registry id, equal to the file name (`ranked-pairs`). */
  readonly id: string;
  /** The method's usual name (`Ranked Pairs`). */
  readonly name: string;
  /** The kind of ballot it reads. */
  readonly ballotKind: BallotKind;
  /** A one-sentence summary for a facilitator. */
  readonly summary: string;
  /** The rule or paper it implements. */
  readonly source: string;
  /** Properties it satisfies (checked by property tests). */
  readonly satisfies: readonly MethodProperty[];
  /** Properties it is known to fail (shown by documented counterexamples). */
  readonly fails: readonly MethodProperty[];
  /** Its time complexity, e.g. `O(B n² + n³)` for B distinct ballots and n candidates. */
  readonly complexity: string;
  /**
   * `true` for a method that fills several seats (`seats` in the spec, required): its outcome's
   * `winners` has `seats` names (more only under tie-break `none`).
   */
  readonly multiSeat?: boolean;
  /** Its work limits, from its complexity; `decide` checks them before running it. */
  readonly limits: MethodLimits;
  /**
   * For score ballots: the range of scores when the spec gives no `options.range` (STAR's ballots
   * score 0 to 5); without it, `decide` takes 0 to 10.
   */
  readonly defaultRange?: { readonly min: number; readonly max: number };
  /**
   * For committee rules: the proportionality guarantees every committee it elects satisfies
   * (property-tested with `checkCommittee` on random profiles).
   */
  readonly guarantees?: readonly CommitteeProperty[];
  /** The schema of its `options` (unknown keys are refused). */
  readonly options: z.ZodMiniType<Options>;
  /**
   * Rules a single ballot must keep beyond its kind's (positive-negative's limits on plus and
   * minus votes): `decide` runs it on the spec's ballots, whose shape is already checked, and
   * refuses the spec with every issue, each at its ballot's path (`ballots[3]`), before the count.
   * The method still checks its profile itself, for profiles built without a spec. Method
   * syntax, as `run`, so that definitions with different options fit one registry list.
   */
  checkBallots?(ballots: readonly unknown[], options: Options): readonly InputIssue[];
  /**
   * Runs the method on a profile of its ballot kind (`decide` has checked the kind and the work
   * limits; `run` itself refuses only what passes a hard ceiling). Written in
   * method syntax so that definitions with different options fit one registry list.
   */
  run(profile: Profile, context: MethodContext<Options>): E.Either<DecideError, Outcome>;
}

/**
 * A registered method of any options type, as the registry lists them.
 *
 * @category registry
 */
export type AnyMethodDefinition = MethodDefinition<unknown>;
