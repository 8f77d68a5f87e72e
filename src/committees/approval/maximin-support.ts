/**
 * The maximin support method (Sánchez-Fernández, García-Lapresta, Fernández-Fernández, Fisteus
 * and Brill 2021 (AAAI 2022), "The maximin support method: an extension of the D'Hondt method to
 * approval-based multiwinner elections", Mathematical Programming 2024): seats are filled one at
 * a time; each round adds the candidate that makes the committee's support value largest, where
 * the support value of W is the most that every member can receive when each voter splits one
 * unit of support among the members they approve. By max-flow duality it is
 * `min over non-empty S ⊆ W of N(S) / |S|` (N(S): voters approving a member of S), computed
 * exactly over every subset (at most 20 seats). Satisfies PJR (the paper's Theorem). Ties: every
 * path under `none`.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { ApprovalProfile } from "../../ballots/profile.js";
import { type DecideError, unsupported } from "../../core/errors.js";
import { step } from "../../core/explanation.js";
import { type Rational, rational } from "../../core/rational.js";
import type { TieBreakPolicy } from "../../core/tie-break.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { LEXICOGRAPHIC } from "../../counting/ranked.js";
import { begin, type CommitteeRuleOptions, ruleStep } from "./counts.js";
import { sequentialByValue } from "./search.js";
import {
  type ApprovalCommitteeOptions,
  type ApprovalCommitteeOutcome,
  finishCommittee,
} from "./shared.js";
import { MAX_SUBSET_SEATS, popcount, reachTable } from "./subsets.js";
import { definition, spec } from "./thiele.js";

const RULE = /* @__PURE__ */ spec(
  "maximin-support",
  "Maximin support: seats are filled one at a time, each by the candidate that makes the committee's support value (the least support any member can be guaranteed when voters split their support) largest.",
  "each member made the committee's support value largest in their round",
);

/**
 * Elects, one seat at a time, the candidate that maximises the least support every member of the
 * committee can receive (maximin support method).
 *
 * @remarks
 * Sánchez-Fernández et al. (2024), Mathematical Programming; Lackner and Skowron (2023), 2.5.
 * Satisfies PJR. Exact: support values are rationals over every subset of the committee.
 *
 * @param profile - approval ballots.
 * @param options - `seats` (at most 20); `maxCommittees`, `maxWork`.
 * @param tieBreak - how ties in a round are broken (default lexicographic).
 * @returns the outcome with one round per seat, or `Unsupported` past 20 seats.
 * @example
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { maximinSupport } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c"], [{ approve: ["a", "b"], count: 3 }, { approve: ["c"], count: 2 }]);
 * const outcome = E.isRight(p) ? maximinSupport(p.right, { seats: 2 }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.winners; // => ["a", "c"] (support 2 against 3/2)
 * ```
 *
 * @category committees
 */
export const maximinSupport = (
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<DecideError, ApprovalCommitteeOutcome> => {
  const started = begin(profile, options, tieBreak);
  if (E.isLeft(started)) return started;
  const { electorate, settings, tieBreaker } = started.right;
  const { m, candidates } = electorate;
  if (settings.seats > MAX_SUBSET_SEATS)
    return E.left(
      unsupported(
        "work_limit",
        `maximin-support searches every subset of the committee, so it fills at most ${MAX_SUBSET_SEATS} seats.`,
      ),
    );
  const supportValue = (committee: readonly number[]): Rational => {
    const reach = reachTable(electorate, committee);
    let best: Rational | undefined;
    for (let s = 1; s < reach.length; s++) {
      const v = rational(reach[s] as number, popcount(s) * electorate.denominator);
      if (best === undefined || v.num * best.den < best.num * v.den) best = v;
    }
    return best ?? rational(0);
  };
  const run = sequentialByValue(candidates, settings, tieBreaker, {
    initial: undefined,
    cost: m * (electorate.rows + settings.seats * (1 << settings.seats)),
    step: (_state, committee) => ({
      values: new Map(
        Array.from({ length: m }, (_, c) => c)
          .filter((c) => !committee.includes(c))
          .map((c) => [c, supportValue([...committee, c])] as const),
      ),
      best: "max",
    }),
    apply: () => undefined,
    describe: (round, c, value) =>
      `Round ${round}: ${candidates[c]} is added; the committee's support value becomes ${String(value)}, the largest possible.`,
  });
  if (E.isLeft(run)) return run;
  return E.right(
    finishCommittee({
      method: RULE.id,
      electorate,
      settings,
      found: run.right.found,
      elected: run.right.elected,
      tieBreaker,
      steps: [
        ruleStep(RULE, settings.seats),
        ...run.right.rounds.map((r) =>
          step("round", r.text, { round: r.round, tallies: r.tallies }),
        ),
      ],
      rounds: run.right.rounds,
      reason: RULE.reason,
    }),
  );
};

/** The registry entry of {@link maximinSupport}. @category registry */
export const maximinSupportMethod: MethodDefinition<ApprovalCommitteeOptions> =
  /* @__PURE__ */ definition(
    "maximin-support",
    "Maximin support method",
    "Seats are filled one at a time by the candidate that maximises the least support every member receives.",
    "Sánchez-Fernández, García-Lapresta, Fernández-Fernández, Fisteus and Brill (2024), Mathematical Programming.",
    "O(k n (B + k 2^k)) exact steps per path, at most 20 seats",
    /* @__PURE__ */ methodLimits("maximin-support", 200, 2_000),
    ["jr", "pjr"],
    maximinSupport,
  );
