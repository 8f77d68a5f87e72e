/**
 * Approval counts: how many voters approve each candidate.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import type { DecideError } from "../../core/errors.js";
import type { ApprovalProfile } from "../profile.js";
import { addScaled, sameCandidates } from "./scaled.js";

/**
 * Approval counts in units of `1 / denominator`: `approvals[c]` voters approve candidate c.
 *
 * @category tallies
 */
export interface ApprovalTally {
  readonly candidates: readonly string[];
  readonly approvals: Float64Array;
  readonly denominator: number;
}

/**
 * Counts approvals in one pass.
 *
 * @example
 * ```ts
 * import { approvalProfile, approvalTally } from "co-decide/ballots";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const profile = approvalProfile(["a", "b"], [{ approve: ["a"] }, { approve: ["a", "b"] }]);
 * E.isRight(profile) && approvalTally(profile.right).approvals; // => Float64Array [2, 1]
 * ```
 *
 * @category tallies
 */
export const approvalTally = (profile: ApprovalProfile): ApprovalTally => {
  const n = profile.candidates.length;
  const approvals = new Float64Array(n);
  for (let b = 0; b < profile.ballotCount; b++) {
    const w = profile.counts[b] as number;
    const offset = b * n;
    for (let c = 0; c < n; c++)
      if (profile.approvals[offset + c] === 1) approvals[c] = (approvals[c] as number) + w;
  }
  return { candidates: profile.candidates, approvals, denominator: profile.countDenominator };
};

/** The identity of {@link mergeApproval}. @category tallies */
export const emptyApproval = (candidates: readonly string[]): ApprovalTally => ({
  candidates,
  approvals: new Float64Array(candidates.length),
  denominator: 1,
});

/** Adds two approval tallies over the same candidates. @category tallies */
export const mergeApproval = (
  a: ApprovalTally,
  b: ApprovalTally,
): E.Either<DecideError, ApprovalTally> =>
  pipe(
    sameCandidates(a.candidates, b.candidates),
    E.flatMap(() => addScaled(a.approvals, a.denominator, b.approvals, b.denominator)),
    E.map(({ values, denominator }) => ({
      candidates: a.candidates,
      approvals: values,
      denominator,
    })),
  );
