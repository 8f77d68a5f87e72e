/**
 * Single non-transferable vote (SNTV): each voter votes for one candidate; the `seats` candidates
 * with the most votes are elected. Limited voting with one vote (see `limited.ts` for the
 * documented choices: approval ballots, a ballot marking two or more candidates is spoiled).
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

/** Options of {@link sntv}. @category committees */
export interface SntvOptions {
  /** The seats to fill. */
  readonly seats: number;
}

/**
 * Elects the `seats` candidates with the most votes when each voter has one vote.
 *
 * @remarks
 * The single non-transferable vote (Lijphart, Pintor and Sone 1986; Japan's House of
 * Representatives 1947–1993, Grofman et al. 1999, *Elections in Japan, Korea and Taiwan under the
 * Single Non-Transferable Vote*). A ballot marking more than one candidate is spoiled. Scores are
 * exact vote counts; winners in order of votes. O(B n).
 *
 * @param profile - approval ballots, each marking one candidate.
 * @param options - `seats` (clamped to 0..n).
 * @param tieBreak - how to choose among candidates tied for the last seats (default lexicographic).
 * @returns a {@link CommitteeOutcome}.
 * @example Two seats, four candidates
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { sntv } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c", "d"], [
 *   { approve: ["a"], count: 40 }, { approve: ["b"], count: 35 }, { approve: ["c"], count: 25 },
 * ]);
 * E.isRight(p) && sntv(p.right, { seats: 2 }).winners; // => ["a", "b"]
 * ```
 *
 * @category committees
 */
export const sntv = (
  profile: ApprovalProfile,
  options: SntvOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): CommitteeOutcome =>
  limitedCount(profile, options.seats, 1, tieBreak, {
    method: "sntv",
    rule: `Single non-transferable vote: each voter has one vote; the ${options.seats} candidates with the most votes are elected.`,
  });

const SntvOptionsSchema: z.ZodMiniType<Readonly<Record<string, never>>> = /* @__PURE__ */ pure(() =>
  z.strictObject({}),
);

/**
 * The registry entry of {@link sntv}.
 *
 * @category committees
 */
export const sntvMethod: MethodDefinition<Readonly<Record<string, never>>> = {
  id: "sntv",
  name: "Single non-transferable vote",
  ballotKind: "approval",
  multiSeat: true,
  summary: "Each voter has one vote; the candidates with the most votes fill the seats.",
  source:
    "Lijphart, Pintor and Sone (1986); Grofman, Lee, Winckler and Woodall (eds., 1999), Elections in Japan, Korea and Taiwan under the SNTV.",
  satisfies: ["anonymity", "neutrality", "monotonicity"],
  fails: ["majority", "condorcet-winner", "clone-independence"],
  complexity: "O(B n) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("sntv", 10_000, 65_534),
  options: SntvOptionsSchema,
  run: (profile, { tieBreak, seats }): E.Either<DecideError, Outcome> =>
    pipe(
      requireSeats("sntv", profile, seats),
      E.flatMap((s) =>
        profile.kind !== "approval"
          ? E.left(wrongBallotKind("sntv", "approval", profile.kind))
          : E.right(sntv(profile, { seats: s }, tieBreak)),
      ),
    ),
};
