/**
 * The consensus rule (Lackner 2020, "Perpetual voting: fairness in long-term decision making",
 * AAAI, the perpetual consensus rule read as a committee rule, as abcvoting defines it): every
 * round each voter's budget grows by 1; the candidate whose approvers with a positive budget hold
 * the most budget is elected, and those approvers share its price, n, equally (budgets may go
 * negative). Exact rationals; ties: every path under `none`.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { ApprovalProfile } from "../../ballots/profile.js";
import type { DecideError } from "../../core/errors.js";
import { step } from "../../core/explanation.js";
import { add, div, mul, ONE, type Rational, rational, sub, ZERO } from "../../core/rational.js";
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
import { definition, spec } from "./thiele.js";

const RULE = /* @__PURE__ */ spec(
  "consensus",
  "Consensus rule: every round each voter's budget grows by 1; the candidate whose approvers (those with budget left) hold the most budget is elected, and they share its price, the number of voters, equally.",
  "each member's approvers held the most budget in their round",
);

/**
 * Elects, round by round, the candidate whose approvers hold the most budget, each voter's
 * budget growing by 1 a round and the winner's approvers sharing a price of n (consensus rule).
 *
 * @remarks
 * Lackner (2020), AAAI (perpetual consensus), as abcvoting's consensus-rule. Exact rationals.
 *
 * @param profile - approval ballots.
 * @param options - `seats`; `maxCommittees`, `maxWork`.
 * @param tieBreak - how ties in a round are broken (default lexicographic).
 * @returns the outcome with one round per seat.
 * @example
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { consensus } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c"], [{ approve: ["a", "b"], count: 3 }, { approve: ["c"], count: 2 }]);
 * const outcome = E.isRight(p) ? consensus(p.right, { seats: 2 }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.winners; // => ["a", "c"]
 * ```
 *
 * @category committees
 */
export const consensus = (
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<DecideError, ApprovalCommitteeOutcome> => {
  const started = begin(profile, options, tieBreak);
  if (E.isLeft(started)) return started;
  const { electorate, settings, tieBreaker } = started.right;
  const { m, rows, candidates } = electorate;
  const mass = Array.from({ length: rows }, (_, r) =>
    rational(electorate.weight[r] as number, electorate.denominator),
  );
  // Voters with empty ballots grow budgets too, but never spend them: only rows matter.
  const n = rational(BigInt(Math.round(electorate.total)), BigInt(electorate.denominator));
  const supportOf = (
    budget: readonly Rational[],
    c: number,
  ): { support: Rational; payers: Rational } => {
    let support = ZERO;
    let payers = ZERO;
    for (const r of electorate.supporters[c] as Int32Array) {
      const b = budget[r] as Rational;
      if (b.num <= 0n) continue;
      support = add(support, mul(mass[r] as Rational, b));
      payers = add(payers, mass[r] as Rational);
    }
    return { support, payers };
  };
  // A state is the budgets at the start of a round, before this round's growth.
  const grown = (budget: readonly Rational[]): Rational[] => budget.map((b) => add(b, ONE));
  const run = sequentialByValue(candidates, settings, tieBreaker, {
    initial: Array.from({ length: rows }, () => ZERO) as readonly Rational[],
    cost: rows + m,
    step: (budget, committee) => {
      const now = grown(budget);
      return {
        values: new Map(
          Array.from({ length: m }, (_, c) => c)
            .filter((c) => !committee.includes(c))
            .map((c) => [c, supportOf(now, c).support] as const),
        ),
        best: "max",
      };
    },
    apply: (budget, _committee, c) => {
      const now = grown(budget);
      const { payers } = supportOf(now, c);
      if (payers.num === 0n) return now;
      const share = div(n, payers);
      for (const r of electorate.supporters[c] as Int32Array)
        if ((now[r] as Rational).num > 0n) now[r] = sub(now[r] as Rational, share);
      return now;
    },
    describe: (round, c, value) =>
      `Round ${round}: ${candidates[c]} is elected, its approvers holding the most budget (${String(value)}).`,
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

/** The registry entry of {@link consensus}. @category registry */
export const consensusMethod: MethodDefinition<ApprovalCommitteeOptions> =
  /* @__PURE__ */ definition(
    "consensus",
    "Consensus rule",
    "Each round elects the candidate whose approvers hold the most budget; budgets grow by 1 a round.",
    "Lackner (2020), Perpetual voting, AAAI; abcvoting's consensus-rule.",
    "O(k (B a + n)) exact rational steps per path",
    /* @__PURE__ */ methodLimits("consensus", 1_000, 10_000),
    [],
    consensus,
  );
