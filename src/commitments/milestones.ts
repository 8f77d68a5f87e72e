/**
 * Weighted milestones: how far a commitment has come by the milestones it promised.
 *
 * A commitment may list milestones, each with a positive weight; `milestone-reached` events mark
 * them reached (each once; the reducer refuses unknown and repeated ones). The weighted share is
 * the sum of the weights reached over the sum of all weights, so a milestone of weight 3 counts
 * three times as much as one of weight 1. It is a reported figure (a float), apart from the
 * `percent` of `progressed` events, which is the owner's own estimate.
 *
 * @module
 */
import type { Commitment } from "./events.js";

/**
 * Milestones reached and their weighted share.
 *
 * @category milestones
 */
export interface MilestoneProgress {
  /** How many milestones were reached. */
  readonly reached: number;
  /** How many the commitment lists. */
  readonly total: number;
  /** Sum of the weights reached / sum of all weights, from 0 to 1; `null` without milestones. */
  readonly share: number | null;
}

/** The longest list of milestones (or of ids reached) read. */
const MAX_MILESTONES = 100_000;

/**
 * How far a commitment has come by its weighted milestones.
 *
 * @remarks
 * share = Σ weight(m) over the milestones m reached / Σ weight(m) over all milestones. Ids in
 * `reached` that the commitment does not list are ignored, and each counts once. O(milestones).
 * Never throws: entries that are not milestones (a hole, a missing weight) are skipped, and lists
 * longer than 100,000 entries are read as empty.
 *
 * @param commitment - the commitment, with its `milestones` (if any).
 * @param reached - the ids of the milestones reached, e.g. a record's `milestonesReached`.
 *
 * @example Two of three milestones, by weight 1 + 2 of 1 + 2 + 3
 * ```ts
 * import { milestoneProgress } from "co-decide/commitments";
 *
 * milestoneProgress(
 *   { id: "c1", title: "Orchard", owner: "Friends", party: "community", madeAt: "2025-01-20",
 *     milestones: [{ id: "lease", title: "Lease signed", weight: 1 },
 *                  { id: "dig", title: "Beds dug", weight: 2 },
 *                  { id: "plant", title: "Trees planted", weight: 3 }] },
 *   ["lease", "dig"],
 * );
 * // => { reached: 2, total: 3, share: 0.5 }
 * ```
 *
 * @category milestones
 */
export const milestoneProgress = (
  commitment: Commitment,
  reached: readonly string[],
): MilestoneProgress => {
  // typed input, but a JavaScript caller may pass anything: what is not a milestone is skipped
  const given: unknown = (commitment as { milestones?: unknown } | null | undefined)?.milestones;
  const milestones: readonly unknown[] =
    Array.isArray(given) && given.length <= MAX_MILESTONES ? given : [];
  const done = new Set<unknown>(
    Array.isArray(reached) && reached.length <= MAX_MILESTONES ? Array.from(reached) : [],
  );
  let total = 0;
  let count = 0;
  let weightReached = 0;
  let weightTotal = 0;
  for (let i = 0; i < milestones.length; i++) {
    const milestone = milestones[i] as { id?: unknown; weight?: unknown } | null | undefined;
    const weight = milestone?.weight;
    if (typeof weight !== "number" || !(weight >= 0) || typeof milestone?.id !== "string") continue;
    total += 1;
    weightTotal += weight;
    if (done.has(milestone.id)) {
      count += 1;
      weightReached += weight;
    }
  }
  return {
    reached: count,
    total,
    share: total === 0 || weightTotal === 0 ? null : weightReached / weightTotal,
  };
};
