/**
 * Block voting (plurality-at-large, multiple non-transferable vote): each voter has as many votes
 * as there are seats, at most one per candidate; the `seats` candidates with the most votes are
 * elected. Limited voting with `votesPerBallot = seats` (see `limited.ts` for the documented
 * choices: approval ballots, a ballot marking more candidates than seats is spoiled).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import * as z from "zod/mini";
import type { ApprovalProfile } from "../../ballots/profile.js";
import type { DecideError } from "../../core/errors.js";
import { pure } from "../../core/internal/pure.js";
import type { Outcome } from "../../core/outcome.js";
import type { TieBreakPolicy } from "../../core/tie-break.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { LEXICOGRAPHIC, wrongBallotKind } from "../../counting/ranked.js";
import { limitedCount } from "./limited.js";
import { type CommitteeOutcome, requireSeats } from "./shared.js";

/** Options of {@link block}. @category committees */
export interface BlockOptions {
  /** The seats to fill (and the votes each voter has). */
  readonly seats: number;
}

/**
 * Elects the `seats` candidates with the most votes when each voter has one vote per seat.
 *
 * @remarks
 * Block voting, the rule of multi-member wards in English local elections (each voter may vote for
 * up to as many candidates as there are seats; Local Elections (Principal Areas) (England and
 * Wales) Rules 2006); analysed by Lijphart, Pintor and Sone (1986). A cohesive majority takes every
 * seat. A ballot marking more candidates than seats is spoiled. Scores are exact vote counts;
 * winners in order of votes. O(B n).
 *
 * @param profile - approval ballots (each approval is one vote).
 * @param options - `seats` (clamped to 0..n).
 * @param tieBreak - how to choose among candidates tied for the last seats (default lexicographic).
 * @returns a {@link CommitteeOutcome}.
 * @example A cohesive majority takes both seats
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { block } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a1", "a2", "b1", "b2"], [
 *   { approve: ["a1", "a2"], count: 6 }, { approve: ["b1", "b2"], count: 4 },
 * ]);
 * E.isRight(p) && block(p.right, { seats: 2 }).winners; // => ["a1", "a2"]
 * ```
 *
 * @category committees
 */
export const block = (
  profile: ApprovalProfile,
  options: BlockOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): CommitteeOutcome =>
  limitedCount(profile, options.seats, Math.max(1, Math.trunc(options.seats)), tieBreak, {
    method: "block",
    rule: `Block voting: each voter has ${options.seats} vote${options.seats === 1 ? "" : "s"}, at most one per candidate; the ${options.seats} candidates with the most votes are elected.`,
  });

const BlockOptionsSchema: z.ZodMiniType<Readonly<Record<string, never>>> = /* @__PURE__ */ pure(
  () => z.strictObject({}),
);

/**
 * The registry entry of {@link block}.
 *
 * @category committees
 */
export const blockMethod: MethodDefinition<Readonly<Record<string, never>>> = {
  id: "block",
  name: "Block voting",
  ballotKind: "approval",
  multiSeat: true,
  summary:
    "Each voter has one vote per seat; the candidates with the most votes fill the seats (a majority can take them all).",
  source:
    "Plurality-at-large; Lijphart, Pintor and Sone (1986), in Grofman and Lijphart (eds.), Electoral Laws and Their Political Consequences.",
  satisfies: ["anonymity", "neutrality", "monotonicity"],
  fails: ["condorcet-winner", "clone-independence"],
  complexity: "O(B n) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("block", 10_000, 65_534),
  options: BlockOptionsSchema,
  run: (profile, { tieBreak, seats }): E.Either<DecideError, Outcome> =>
    pipe(
      requireSeats("block", profile, seats),
      E.flatMap((s) =>
        profile.kind !== "approval"
          ? E.left(wrongBallotKind("block", "approval", profile.kind))
          : E.right(block(profile, { seats: s }, tieBreak)),
      ),
    ),
};
