/**
 * Approval voting: each voter approves any number of candidates; the most approvals win.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { ApprovalProfile } from "../ballots/profile.js";
import { approvalTally } from "../ballots/tally/approval.js";
import type { DecideError } from "../core/errors.js";
import type { Outcome } from "../core/outcome.js";
import { rational } from "../core/rational.js";
import type { TieBreakPolicy } from "../core/tie-break.js";
import { electByScore } from "../counting/elect.js";
import { methodLimits } from "../counting/limits.js";
import type { MethodDefinition } from "../counting/method.js";
import { LEXICOGRAPHIC, withKind } from "../counting/ranked.js";

/** Options of {@link approval} (none yet; unknown keys are refused). @category methods */
export type ApprovalOptions = Readonly<Record<string, never>>;

const ApprovalOptionsSchema: z.ZodMiniType<ApprovalOptions> = /* @__PURE__ */ z.strictObject({});

/**
 * Elects the candidate approved by the most voters.
 *
 * @remarks
 * Brams and Fishburn (1978), "Approval voting", American Political Science Review 72(3).
 * Approval counts are sums of (possibly fractional) ballot counts, exact. O(B n).
 * Tie-break `none`: `winners` is every candidate who wins under some resolution of the ties met
 * (here the only tie left to the policy is for first place, so: every candidate tied for first);
 * never an empty list.
 *
 * @param profile - approval ballots.
 * @param _options - none.
 * @param tieBreak - how to choose among tied leaders (default lexicographic).
 * @example
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { approval } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c"], [{ approve: ["a", "b"] }, { approve: ["b"] }, { approve: ["c"] }]);
 * E.isRight(p) && approval(p.right).winners; // => ["b"]
 * ```
 *
 * @category methods
 */
export const approval = (
  profile: ApprovalProfile,
  _options: ApprovalOptions = {},
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): Outcome => {
  const tally = approvalTally(profile);
  return electByScore({
    method: "approval",
    candidates: profile.candidates,
    scores: Array.from(tally.approvals, (v) => rational(v, tally.denominator)),
    tieBreak,
    tally: { label: "Count the approvals", key: "approvals" },
    reason: "the most approvals",
  });
};

/**
 * The registry entry of {@link approval}.
 *
 * @category registry
 */
export const approvalMethod: MethodDefinition<ApprovalOptions> = {
  id: "approval",
  name: "Approval voting",
  ballotKind: "approval",
  summary: "Voters approve as many candidates as they like; the most approved candidate wins.",
  source: "Brams and Fishburn (1978), American Political Science Review 72(3).",
  satisfies: ["anonymity", "neutrality", "monotonicity", "participation"],
  fails: ["majority", "condorcet-winner", "later-no-harm"],
  complexity: "O(B n) for B distinct ballots and n candidates",
  limits: /* @__PURE__ */ methodLimits("approval", 10_000, 65_534),
  options: ApprovalOptionsSchema,
  run: (profile, { options, tieBreak }): E.Either<DecideError, Outcome> =>
    withKind("approval", "approval", profile, (p) => approval(p, options, tieBreak)),
};
