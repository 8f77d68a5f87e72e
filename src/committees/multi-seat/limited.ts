/**
 * Limited voting: each voter marks up to `votesPerBallot` candidates (fewer than the seats); the
 * `seats` candidates with the most votes are elected. Single non-transferable vote (one vote each,
 * {@link sntv}) and block voting (as many votes as seats, {@link block}) are its two ends.
 *
 * Documented choices:
 * - Ballots are approval ballots (`{ approve: [...] }`): each approved candidate gets one vote.
 * - A ballot that marks more candidates than the voter has votes is *spoiled* and counts for
 *   nobody, as election rules treat an over-voted paper (English local elections by block vote
 *   reject a paper on which votes are given for more candidates than the voter is entitled to
 *   vote for: Local Elections (Principal Areas) (England and Wales) Rules 2006, the rule on
 *   rejected ballot papers). The number of spoiled ballots is reported in the `ballots` step. A
 *   ballot marking nobody is blank.
 * - Ties for the last seats go to the tie-break policy, one seat at a time (see
 *   `committees/multi-seat/shared.ts`); with `none`, `committees` lists every winning committee.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import * as z from "zod/mini";
import type { ApprovalProfile } from "../../ballots/profile.js";
import { type DecideError, invalidInputAt } from "../../core/errors.js";
import { step } from "../../core/explanation.js";
import { pure } from "../../core/internal/pure.js";
import type { Outcome } from "../../core/outcome.js";
import { rational, toFraction } from "../../core/rational.js";
import type { TieBreakPolicy } from "../../core/tie-break.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { LEXICOGRAPHIC, wrongBallotKind } from "../../counting/ranked.js";
import { type CommitteeOutcome, electTop, requireSeats } from "./shared.js";

/** Options of {@link limited}. @category committees */
export interface LimitedOptions {
  /** The seats to fill. */
  readonly seats: number;
  /** The votes each voter has (at least 1; fewer than `seats` for limited voting proper). */
  readonly votesPerBallot: number;
}

/**
 * Elects the `seats` candidates with the most votes when each voter has `votesPerBallot` votes.
 *
 * @remarks
 * Limited voting (Lijphart, Pintor and Sone 1986, "The limited vote and the single
 * nontransferable vote", in Grofman and Lijphart, eds., *Electoral Laws and Their Political
 * Consequences*; used for the Spanish Senate, 3 votes for 4 seats). Ballots marking more
 * candidates than `votesPerBallot` are spoiled (see the module comment). Scores are exact vote
 * counts. Winners in order of votes. O(B n).
 *
 * @param profile - approval ballots (each approval is one vote).
 * @param options - `seats` (clamped to 0..n) and `votesPerBallot`.
 * @param tieBreak - how to choose among candidates tied for the last seats (default lexicographic).
 * @returns a {@link CommitteeOutcome}.
 * @example Three votes for four seats, as in the Spanish Senate
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { limited } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c", "d", "e"], [
 *   { approve: ["a", "b", "c"], count: 6 }, { approve: ["d", "e"], count: 5 },
 * ]);
 * E.isRight(p) && limited(p.right, { seats: 4, votesPerBallot: 3 }).winners; // => ["a", "b", "c", "d"]
 * ```
 *
 * @category committees
 */
export const limited = (
  profile: ApprovalProfile,
  options: LimitedOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): CommitteeOutcome =>
  limitedCount(profile, options.seats, Math.max(1, Math.trunc(options.votesPerBallot)), tieBreak, {
    method: "limited",
    rule: `Limited voting: each voter has ${options.votesPerBallot} vote${options.votesPerBallot === 1 ? "" : "s"} for ${options.seats} seats; the ${options.seats} candidates with the most votes are elected.`,
  });

/**
 * The limited vote count behind {@link limited}, {@link sntv} and {@link block}.
 *
 * @internal
 */
export const limitedCount = (
  profile: ApprovalProfile,
  seats: number,
  votesPerBallot: number,
  tieBreak: TieBreakPolicy,
  words: { readonly method: string; readonly rule: string },
): CommitteeOutcome => {
  const n = profile.candidates.length;
  const votes = new Float64Array(n);
  let spoiled = 0;
  let blank = 0;
  for (let b = 0; b < profile.ballotCount; b++) {
    const w = profile.counts[b] as number;
    const offset = b * n;
    let marks = 0;
    for (let c = 0; c < n; c++) if (profile.approvals[offset + c] === 1) marks += 1;
    if (marks > votesPerBallot) {
      spoiled += w;
      continue;
    }
    if (marks === 0) blank += w;
    for (let c = 0; c < n; c++)
      if (profile.approvals[offset + c] === 1) votes[c] = (votes[c] as number) + w;
  }
  const den = BigInt(profile.countDenominator);
  const spoiledText = toFraction(rational(BigInt(spoiled), den));
  const blankText = toFraction(rational(BigInt(blank), den));
  return electTop({
    method: words.method,
    candidates: profile.candidates,
    seats,
    scores: Array.from(votes, (v) => rational(BigInt(v), den)),
    tieBreak,
    steps: [
      step("rule", words.rule, { seats, votesPerBallot }),
      step(
        "ballots",
        `Ballots marking more than ${votesPerBallot} candidate${votesPerBallot === 1 ? "" : "s"} are spoiled and count for nobody: ${spoiledText} spoiled, ${blankText} blank.`,
        { spoiled: spoiledText, blank: blankText },
      ),
    ],
    reason: "votes",
  });
};

/**
 * The options of {@link limitedMethod}: `votesPerBallot`, required (the schema leaves it optional
 * so that `decide` checks the work limits first; the method refuses a spec without it, at
 * `options.votesPerBallot`). `seats` comes from the spec.
 *
 * @category committees
 */
export interface LimitedMethodOptions {
  /** The votes each voter has: from 1 to the seats. */
  readonly votesPerBallot?: number | undefined;
}

/** The options schema of {@link limitedMethod}. @category committees */
export const LimitedOptionsSchema: z.ZodMiniType<LimitedMethodOptions> = /* @__PURE__ */ pure(() =>
  z.strictObject({
    votesPerBallot: z.optional(z.int().check(z.minimum(1), z.maximum(65_534))),
  }),
);

/**
 * The registry entry of {@link limited}: `options.votesPerBallot` is required and at most `seats`.
 *
 * @category committees
 */
export const limitedMethod: MethodDefinition<LimitedMethodOptions> = {
  id: "limited",
  name: "Limited voting",
  ballotKind: "approval",
  multiSeat: true,
  summary:
    "Each voter has fewer votes than there are seats; the candidates with the most votes fill the seats.",
  source:
    "Lijphart, Pintor and Sone (1986), in Grofman and Lijphart (eds.), Electoral Laws and Their Political Consequences.",
  satisfies: ["anonymity", "neutrality", "monotonicity"],
  fails: ["majority", "condorcet-winner", "clone-independence"],
  complexity: "O(B n) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("limited", 10_000, 65_534),
  options: LimitedOptionsSchema,
  run: (profile, { options, tieBreak, seats }): E.Either<DecideError, Outcome> =>
    pipe(
      requireSeats("limited", profile, seats),
      E.flatMap((s) =>
        options.votesPerBallot === undefined
          ? E.left(
              invalidInputAt(
                "options.votesPerBallot",
                "invalid_type",
                "required: expected the number of votes each voter has",
              ),
            )
          : options.votesPerBallot > s
            ? E.left(
                invalidInputAt(
                  "options.votesPerBallot",
                  "too_many_votes",
                  `${options.votesPerBallot} votes per ballot for ${s} seats: limited voting gives fewer votes than seats (use "block" for as many)`,
                ),
              )
            : profile.kind !== "approval"
              ? E.left(wrongBallotKind("limited", "approval", profile.kind))
              : E.right(
                  limited(profile, { seats: s, votesPerBallot: options.votesPerBallot }, tieBreak),
                ),
      ),
    ),
};
