/**
 * Bloc Borda (k-Borda): the `seats` candidates with the highest Borda scores are elected, in order
 * of score: the committee variant of the Borda count, scored once on the whole profile (not
 * recomputed after each election).
 *
 * Documented choices: the point schemes (`standard`, `tournament`, `modified`) and the handling of
 * ties on a ballot and of unranked candidates are the Borda count's (`co-decide/voting`'s `borda`),
 * the same code. Ties for the last seats go to the tie-break policy one seat at a time; with
 * `none`, `committees` lists every winning committee.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import * as z from "zod/mini";
import type { RankedProfile } from "../../ballots/profile.js";
import type { DecideError } from "../../core/errors.js";
import { step } from "../../core/explanation.js";
import { pure } from "../../core/internal/pure.js";
import type { Outcome } from "../../core/outcome.js";
import type { TieBreakPolicy } from "../../core/tie-break.js";
import { bordaScores } from "../../counting/borda.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { unrankedOption } from "../../counting/outcome.js";
import { LEXICOGRAPHIC, wrongBallotKind } from "../../counting/ranked.js";
import { type CommitteeOutcome, electTop, requireSeats } from "./shared.js";

/** The options of {@link blockBordaMethod} (`seats` comes from the spec). @category committees */
export interface BlockBordaMethodOptions {
  /** The point scheme (default `standard`), as for the Borda count. */
  readonly points?: "standard" | "tournament" | "modified" | undefined;
  /** What a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: "tied-last" | "not-compared" | undefined;
}

/** Options of {@link blockBorda}. @category committees */
export interface BlockBordaOptions extends BlockBordaMethodOptions {
  /** The seats to fill. */
  readonly seats: number;
}

/**
 * Elects the `seats` candidates with the most Borda points.
 *
 * @remarks
 * k-Borda, in the terms of Elkind, Faliszewski, Skowron and Slinko (2017), "Properties of
 * multiwinner voting rules", Social Choice and Welfare 48(3), §2: the committee of the k
 * candidates with the highest Borda scores (a "best-k" rule, suited to shortlists rather than
 * proportional bodies). Scores are exact; winners in order of score. O(B n).
 *
 * @param profile - ranked ballots.
 * @param options - `seats` (clamped to 0..n), `points`, `unranked`.
 * @param tieBreak - how to choose among candidates tied for the last seats (default lexicographic).
 * @returns a {@link CommitteeOutcome}.
 * @example Tennessee's capital (Wikipedia) with two seats
 * ```ts
 * import { rankedProfile } from "co-decide/ballots";
 * import { blockBorda } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = rankedProfile(["M", "N", "C", "K"], [
 *   { ranking: ["M", "N", "C", "K"], count: 42 }, { ranking: ["N", "C", "K", "M"], count: 26 },
 *   { ranking: ["C", "K", "N", "M"], count: 15 }, { ranking: ["K", "C", "N", "M"], count: 17 },
 * ]);
 * E.isRight(p) && blockBorda(p.right, { seats: 2 }).winners; // => ["N", "C"]
 * ```
 *
 * @category committees
 */
export const blockBorda = (
  profile: RankedProfile,
  options: BlockBordaOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): CommitteeOutcome => {
  const points = options.points ?? "standard";
  const unranked = options.unranked ?? "tied-last";
  return electTop({
    method: "block-borda",
    variant: points,
    candidates: profile.candidates,
    seats: options.seats,
    scores: bordaScores(profile, points, unranked),
    tieBreak,
    steps: [
      step(
        "rule",
        `Bloc Borda: every candidate gets Borda points (${points} scheme: ${profile.candidates.length - 1} for a first place down to 0 for a last under the standard scheme); the ${options.seats} candidates with the most points are elected.`,
        { points, unranked, seats: options.seats },
      ),
    ],
    reason: "Borda points",
  });
};

const BlockBordaOptionsSchema: z.ZodMiniType<BlockBordaMethodOptions> = /* @__PURE__ */ pure(() =>
  z.strictObject({
    points: z.optional(z.enum(["standard", "tournament", "modified"])),
    unranked: unrankedOption,
  }),
);

/**
 * The registry entry of {@link blockBorda}.
 *
 * @category committees
 */
export const blockBordaMethod: MethodDefinition<BlockBordaMethodOptions> = {
  id: "block-borda",
  name: "Bloc Borda (k-Borda)",
  ballotKind: "ranked",
  multiSeat: true,
  summary: "The candidates with the most Borda points fill the seats; suits shortlists.",
  source:
    "Elkind, Faliszewski, Skowron and Slinko (2017), Social Choice and Welfare 48(3); Borda (1781).",
  satisfies: ["anonymity", "neutrality", "pareto", "monotonicity"],
  fails: ["majority", "condorcet-winner", "clone-independence"],
  complexity: "O(B n) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("block-borda", 10_000, 65_534),
  options: BlockBordaOptionsSchema,
  run: (profile, { options, tieBreak, seats }): E.Either<DecideError, Outcome> =>
    pipe(
      requireSeats("block-borda", profile, seats),
      E.flatMap((s) =>
        profile.kind !== "ranked"
          ? E.left(wrongBallotKind("block-borda", "ranked", profile.kind))
          : E.right(blockBorda(profile, { ...options, seats: s }, tieBreak)),
      ),
    ),
};
