/**
 * The Thiele family of approval-committee rules and its sequential and reverse variants (Thiele
 * 1895; Lackner and Skowron 2023, *Multi-Winner Voting with Approval Preferences*, sections 2.2 to
 * 2.4), plus the additive rules AV and SAV.
 *
 * A Thiele rule with weights `w(1) ≥ w(2) ≥ ... ≥ 0` scores a committee W by
 * `Σ_voters (w(1) + ... + w(|A_i ∩ W|))` and elects the committees of k members with the highest
 * score:
 *
 * | id | weights | source |
 * | --- | --- | --- |
 * | `av` | 1, 1, 1, ... | multi-winner approval voting (Lackner and Skowron 2023, def. 2.3) |
 * | `pav` | 1, 1/2, 1/3, ... | proportional approval voting (Thiele 1895; Kilgour 2010) |
 * | `slav` | 1, 1/3, 1/5, ... | Sainte-Laguë approval voting (Lackner and Skowron 2023, 2.2) |
 * | `cc` | 1, 0, 0, ... | Chamberlin and Courant (1983), approval version |
 * | `geom` | 1, 1/p, 1/p², ... | p-geometric rule (Skowron, Faliszewski and Lang 2016); `geom2` is p = 2 |
 *
 * `sav` (satisfaction approval voting, Brams and Kilgour 2014) gives each voter one point, split
 * equally among the candidates they approve, and elects the k best candidates. `lex-cc`
 * (lexicographic Chamberlin-Courant, Lackner and Skowron 2021) maximises first the number of
 * voters with at least one approved member, then, among those committees, the number with at
 * least two, and so on.
 *
 * Sequential variants (`seq-pav`, `seq-slav`, `seq-cc`) add, k times, the candidate whose addition
 * raises the score most; `rev-seq-pav` starts from every candidate and removes, until k remain, the
 * one whose removal lowers the PAV score least (Thiele's "reverse" procedure).
 *
 * Exactness: every score is a rational computed on whole numbers (see `thiele-engine.ts`); the
 * optimisation rules are solved exactly by branch and bound, within `options.maxWork` search
 * steps (an `Unsupported` error past it, or when the scaled scores would pass 2^53). Ties: see
 * `shared.ts`.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { ApprovalProfile } from "../../ballots/profile.js";
import { type DecideError, invalidInputAt } from "../../core/errors.js";
import { pure } from "../../core/internal/pure.js";
import type { Outcome } from "../../core/outcome.js";
import { add, ONE, parseRational, type Rational, rational, ZERO } from "../../core/rational.js";
import type { TieBreakPolicy } from "../../core/tie-break.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { LEXICOGRAPHIC } from "../../counting/ranked.js";
import {
  type CommitteeRuleOptions,
  countAdditive,
  countOptimal,
  countSequential,
  type RuleSpec,
} from "./counts.js";
import {
  type ApprovalCommitteeOptions,
  type ApprovalCommitteeOutcome,
  CommitteeOptionsSchema,
  committeeOptionsShape,
  type Electorate,
  runCommittee,
} from "./shared.js";
import { type ThieleWeight, thieleScore } from "./thiele-engine.js";

const pavWeight: ThieleWeight = (j) => rational(1, j);
const slavWeight: ThieleWeight = (j) => rational(1, 2 * j - 1);
const ccWeight: ThieleWeight = (j) => (j === 1 ? ONE : ZERO);
const geomWeight =
  (p: Rational): ThieleWeight =>
  (j) =>
    rational(p.den ** BigInt(j - 1), p.num ** BigInt(j - 1));

const scoresOfAv = (e: Electorate): Rational[] =>
  Array.from(e.approvals, (a) => rational(a, e.denominator));

const scoresOfSav = (e: Electorate): Rational[] => {
  // Σ over approving voters of 1/|A_i|: group the weights by ballot size, then one fraction each.
  const bySize = Array.from({ length: e.m }, () => new Map<number, number>());
  for (let r = 0; r < e.rows; r++) {
    const approved = e.approved[r] as Int32Array;
    const w = e.weight[r] as number;
    for (const c of approved) {
      const sizes = bySize[c] as Map<number, number>;
      sizes.set(approved.length, (sizes.get(approved.length) ?? 0) + w);
    }
  }
  return bySize.map((sizes) => {
    let total = ZERO;
    for (const [size, w] of sizes) {
      const term = rational(BigInt(w), BigInt(size) * BigInt(e.denominator));
      total = add(total, term);
    }
    return total;
  });
};

/** A rule's words. @internal */
export const spec = (id: string, rule: string, reason: string, variant?: string): RuleSpec => ({
  id,
  rule,
  reason,
  ...(variant === undefined ? {} : { variant }),
});

const AV = /* @__PURE__ */ spec(
  "av",
  "Approval voting for committees: the candidates with the most approvals are elected.",
  "its members have the most approvals",
);
const SAV = /* @__PURE__ */ spec(
  "sav",
  "Satisfaction approval voting: each voter's one point is split equally among the candidates they approve; the candidates with the most points are elected.",
  "its members have the most points",
);
const PAV = /* @__PURE__ */ spec(
  "pav",
  "Proportional approval voting: a voter who approves j members gives the committee 1 + 1/2 + ... + 1/j points; the committee with the most points is elected.",
  "no committee has a higher PAV score",
);
const SLAV = /* @__PURE__ */ spec(
  "slav",
  "Sainte-Laguë approval voting: a voter who approves j members gives the committee 1 + 1/3 + ... + 1/(2j-1) points; the committee with the most points is elected.",
  "no committee has a higher SLAV score",
);
const CC = /* @__PURE__ */ spec(
  "cc",
  "Chamberlin-Courant (approval): the committee that the most voters approve at least one member of is elected.",
  "no committee covers more voters",
);
const LEX_CC = /* @__PURE__ */ spec(
  "lex-cc",
  "Lexicographic Chamberlin-Courant: the committee with the most voters who approve at least one member, then (among those) at least two, and so on.",
  "no committee covers more voters, level by level (score: voters covered)",
);
const SEQ_PAV = /* @__PURE__ */ spec(
  "seq-pav",
  "Sequential PAV: seats are filled one at a time, each by the candidate who raises the PAV score most.",
  "each member added the most PAV score in their round",
);
const REV_SEQ_PAV = /* @__PURE__ */ spec(
  "rev-seq-pav",
  "Reverse sequential PAV: starting from every candidate, the candidate whose removal lowers the PAV score least is removed, until the seats are filled.",
  "each candidate removed cost the least PAV score in their round",
);
const SEQ_SLAV = /* @__PURE__ */ spec(
  "seq-slav",
  "Sequential SLAV: seats are filled one at a time, each by the candidate who raises the SLAV score most.",
  "each member added the most SLAV score in their round",
);
const SEQ_CC = /* @__PURE__ */ spec(
  "seq-cc",
  "Sequential Chamberlin-Courant (greedy CC): seats are filled one at a time, each by the candidate approved by the most voters not yet represented.",
  "each member reached the most voters not yet represented in their round",
);

/**
 * Elects the `seats` candidates with the most approvals (multi-winner approval voting).
 *
 * @remarks
 * Lackner and Skowron (2023), def. 2.3: the Thiele rule with weights 1, 1, 1, ... Not
 * proportional: a majority can take every seat. O(B n) for B distinct ballots. Ties at the last
 * seat go to the tie-break; under `none`, `committees` lists every way of filling them.
 *
 * @param profile - approval ballots.
 * @param options - `seats`; `maxCommittees` caps the list under `none`.
 * @param tieBreak - how ties at the cut are broken (default lexicographic).
 * @returns the outcome, or `InvalidInput` for bad seats or options.
 * @example A group of three and a group of two, two seats
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { av } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c"], [{ approve: ["a", "b"], count: 3 }, { approve: ["c"], count: 2 }]);
 * const outcome = E.isRight(p) ? av(p.right, { seats: 2 }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.winners; // => ["a", "b"]
 * ```
 *
 * @category committees
 */
export const av = (
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<DecideError, ApprovalCommitteeOutcome> =>
  countAdditive(AV, scoresOfAv, profile, options, tieBreak);

/**
 * Elects the `seats` candidates with the most satisfaction points: each voter's one point is
 * split equally among the candidates they approve.
 *
 * @remarks
 * Brams and Kilgour (2014), "Satisfaction approval voting"; Lackner and Skowron (2023), 2.2.
 * Points are exact fractions. O(B n). Ties as for {@link av}.
 *
 * @param profile - approval ballots.
 * @param options - `seats`; `maxCommittees`.
 * @param tieBreak - how ties at the cut are broken (default lexicographic).
 * @returns the outcome, or `InvalidInput` for bad seats or options.
 * @example Voters who approve fewer candidates weigh more per candidate
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { sav } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c"], [{ approve: ["a", "b"], count: 3 }, { approve: ["c"], count: 2 }]);
 * const outcome = E.isRight(p) ? sav(p.right, { seats: 1 }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.winners; // => ["c"] (2 points against 3/2)
 * ```
 *
 * @category committees
 */
export const sav = (
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<DecideError, ApprovalCommitteeOutcome> =>
  countAdditive(SAV, scoresOfSav, profile, options, tieBreak);

/**
 * Elects the committee with the highest proportional approval voting (PAV) score.
 *
 * @remarks
 * Thiele (1895); Kilgour (2010); Lackner and Skowron (2023), def. 2.5. Weights 1, 1/2, 1/3, ...
 * Satisfies EJR and EJR+ (Aziz et al. 2017; Brill and Peters 2023), hence PJR and JR. NP-hard:
 * solved exactly by branch and bound over committees (bound: the current score plus the largest
 * marginal gains), within `options.maxWork` search steps.
 *
 * @param profile - approval ballots.
 * @param options - `seats`; `maxCommittees`, `maxWork`.
 * @param tieBreak - how ties between optimal committees are broken (default lexicographic).
 * @returns the outcome, or `Unsupported` (`work_limit`) past `maxWork`.
 * @example PAV gives the group of two a seat; AV would not
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { pav } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c"], [{ approve: ["a", "b"], count: 3 }, { approve: ["c"], count: 2 }]);
 * const outcome = E.isRight(p) ? pav(p.right, { seats: 2 }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.winners; // => ["a", "c"] (score 5 against 9/2)
 * ```
 *
 * @category committees
 */
export const pav = (
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<DecideError, ApprovalCommitteeOutcome> =>
  countOptimal(PAV, pavWeight, profile, options, tieBreak);

/**
 * Elects the committee with the highest Sainte-Laguë approval voting (SLAV) score.
 *
 * @remarks
 * Lackner and Skowron (2023), 2.2: the Thiele rule with weights 1, 1/3, 1/5, ... Exact branch and
 * bound as for {@link pav}.
 *
 * @param profile - approval ballots.
 * @param options - `seats`; `maxCommittees`, `maxWork`.
 * @param tieBreak - how ties between optimal committees are broken (default lexicographic).
 * @returns the outcome, or `Unsupported` past `maxWork`.
 * @example
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { slav } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c"], [{ approve: ["a", "b"], count: 3 }, { approve: ["c"], count: 2 }]);
 * const outcome = E.isRight(p) ? slav(p.right, { seats: 2 }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.winners; // => ["a", "c"]
 * ```
 *
 * @category committees
 */
export const slav = (
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<DecideError, ApprovalCommitteeOutcome> =>
  countOptimal(SLAV, slavWeight, profile, options, tieBreak);

/**
 * Elects the committee that the most voters approve at least one member of (Chamberlin-Courant).
 *
 * @remarks
 * Chamberlin and Courant (1983), approval version; Lackner and Skowron (2023), def. 2.4. Satisfies
 * JR (Aziz et al. 2017). Exact branch and bound as for {@link pav}.
 *
 * @param profile - approval ballots.
 * @param options - `seats`; `maxCommittees`, `maxWork`.
 * @param tieBreak - how ties between optimal committees are broken (default lexicographic).
 * @returns the outcome, or `Unsupported` past `maxWork`.
 * @example
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { cc } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c"], [{ approve: ["a", "b"], count: 3 }, { approve: ["c"], count: 2 }]);
 * const outcome = E.isRight(p) ? cc(p.right, { seats: 2 }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.winners; // => ["a", "c"]
 * ```
 *
 * @category committees
 */
export const cc = (
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<DecideError, ApprovalCommitteeOutcome> =>
  countOptimal(CC, ccWeight, profile, options, tieBreak);

/**
 * Elects the committee that covers the most voters, then the most voters twice, and so on
 * (lexicographic Chamberlin-Courant).
 *
 * @remarks
 * Lackner and Skowron (2021), "Consistent approval-based multi-winner rules", JET 192; Lackner and
 * Skowron (2023), 2.2. Exact branch and bound on the Thiele weights `M^(k-1), M^(k-2), ..., 1`
 * with M above the number of voters, which orders committees lexicographically; these weights
 * grow fast, so large electorates with many seats are refused (`Unsupported`, `exact_range`).
 * `committeeScore` is the number of voters covered.
 *
 * @param profile - approval ballots.
 * @param options - `seats`; `maxCommittees`, `maxWork`.
 * @param tieBreak - how ties between optimal committees are broken (default lexicographic).
 * @returns the outcome, or `Unsupported` past `maxWork` or the exact range.
 * @example Covering the first group twice breaks the tie that CC leaves
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { lexCc } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c", "d"], [{ approve: ["a", "b"], count: 2 }, { approve: ["c"] }]);
 * const outcome = E.isRight(p) ? lexCc(p.right, { seats: 3 }, { kind: "none" }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.committees; // => [["a", "b", "c"]] (cc also elects a, c, d or b, c, d)
 * ```
 *
 * @category committees
 */
export const lexCc = (
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<DecideError, ApprovalCommitteeOutcome> =>
  countOptimal(
    LEX_CC,
    ccWeight,
    profile,
    options,
    tieBreak,
    (e, k) => {
      const M = BigInt(Math.ceil(e.total)) + 1n;
      return [0n, ...Array.from({ length: k }, (_, i) => M ** BigInt(k - 1 - i))];
    },
    (e, c) => thieleScore(e, ccWeight, c),
  );

/** Options of {@link geom}. @category committees */
export interface GeomOptions extends CommitteeRuleOptions {
  /** The base p ≥ 1 of the weights 1, 1/p, 1/p², ... (default 2; a number or `"p/q"`). */
  readonly p?: number | string | undefined;
}

/**
 * Elects the committee with the highest p-geometric score (weights 1, 1/p, 1/p², ...).
 *
 * @remarks
 * Skowron, Faliszewski and Lang (2016), "Finding a collective set of items", AIJ 241; Lackner
 * and Skowron (2023), 2.2. p = 1 is AV; large p approaches lex-CC. Exact branch and bound as for
 * {@link pav}; `p` is read exactly (`"3/2"` or 1.5).
 *
 * @param profile - approval ballots.
 * @param options - `seats`, `p` (default 2); `maxCommittees`, `maxWork`.
 * @param tieBreak - how ties between optimal committees are broken (default lexicographic).
 * @returns the outcome, `InvalidInput` at `options.p` for p < 1, or `Unsupported`.
 * @example
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { geom } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c"], [{ approve: ["a", "b"], count: 3 }, { approve: ["c"], count: 2 }]);
 * const outcome = E.isRight(p) ? geom(p.right, { seats: 2, p: 2 }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.winners; // => ["a", "c"]
 * ```
 *
 * @category committees
 */
export const geom = (
  profile: ApprovalProfile,
  options: GeomOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<DecideError, ApprovalCommitteeOutcome> => countGeom("geom", profile, options, tieBreak);

const countGeom = (
  id: string,
  profile: ApprovalProfile,
  options: GeomOptions,
  tieBreak: TieBreakPolicy,
): E.Either<DecideError, ApprovalCommitteeOutcome> => {
  const p = parseRational(options.p ?? 2);
  if (p === undefined || p.num < p.den || p.num > 1_000_000n * p.den || p.den > 1_000_000n)
    return E.left(
      invalidInputAt(
        "options.p",
        "out_of_range",
        "expected p from 1 to 1000000 (a number or a fraction with denominator up to 1000000)",
      ),
    );
  const shown = `${String(p.num)}${p.den === 1n ? "" : `/${String(p.den)}`}`;
  const { p: _p, ...rest } = options;
  return countOptimal(
    spec(
      id,
      `The ${shown}-geometric rule: a voter who approves j members gives the committee 1 + 1/p + ... + 1/p^(j-1) points (p = ${shown}); the committee with the most points is elected.`,
      "no committee has a higher score",
      `p=${shown}`,
    ),
    geomWeight(p),
    profile,
    rest,
    tieBreak,
  );
};

/**
 * Fills the seats one at a time, each with the candidate whose addition raises the PAV score most
 * (sequential PAV).
 *
 * @remarks
 * Thiele (1895); Lackner and Skowron (2023), def. 2.8. Not EJR, not even JR in general.
 * O(k · (B a + n k)) for B distinct ballots of about a approvals. Gains are exact; a tie in a round
 * goes to the tie-break, and under `none` every path through the ties is followed.
 *
 * @param profile - approval ballots.
 * @param options - `seats`; `maxCommittees`, `maxWork` (tie paths).
 * @param tieBreak - how ties in a round are broken (default lexicographic).
 * @returns the outcome with one round per seat.
 * @example
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { seqPav } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c"], [{ approve: ["a", "b"], count: 3 }, { approve: ["c"], count: 2 }]);
 * const outcome = E.isRight(p) ? seqPav(p.right, { seats: 2 }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.winners; // => ["a", "c"] (round 2: c gains 2, b 3/2)
 * ```
 *
 * @category committees
 */
export const seqPav = (
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<DecideError, ApprovalCommitteeOutcome> =>
  countSequential(SEQ_PAV, pavWeight, "forwards", profile, options, tieBreak);

/**
 * Removes candidates one at a time, each the one whose removal lowers the PAV score least, until
 * the seats are filled (reverse sequential PAV).
 *
 * @remarks
 * Thiele (1895); Lackner and Skowron (2023), def. 2.9. O(n · (B a + n²)). Winners are listed in
 * candidate order; `rounds` lists the removals.
 *
 * @param profile - approval ballots.
 * @param options - `seats`; `maxCommittees`, `maxWork` (tie paths).
 * @param tieBreak - how ties in a round are broken (default lexicographic).
 * @returns the outcome with one round per removal.
 * @example
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { revSeqPav } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c"], [{ approve: ["a", "b"], count: 3 }, { approve: ["c"], count: 2 }]);
 * const outcome = E.isRight(p) ? revSeqPav(p.right, { seats: 2 }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.winners; // => ["a", "c"]
 * ```
 *
 * @category committees
 */
export const revSeqPav = (
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<DecideError, ApprovalCommitteeOutcome> =>
  countSequential(REV_SEQ_PAV, pavWeight, "reverse", profile, options, tieBreak);

/**
 * Fills the seats one at a time, each with the candidate whose addition raises the SLAV score most.
 *
 * @remarks
 * Lackner and Skowron (2023), 2.3 (sequential Thiele methods). As {@link seqPav} with weights
 * 1, 1/3, 1/5, ...
 *
 * @param profile - approval ballots.
 * @param options - `seats`; `maxCommittees`, `maxWork`.
 * @param tieBreak - how ties in a round are broken (default lexicographic).
 * @returns the outcome with one round per seat.
 * @example
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { seqSlav } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c"], [{ approve: ["a", "b"], count: 3 }, { approve: ["c"], count: 2 }]);
 * const outcome = E.isRight(p) ? seqSlav(p.right, { seats: 2 }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.winners; // => ["a", "c"]
 * ```
 *
 * @category committees
 */
export const seqSlav = (
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<DecideError, ApprovalCommitteeOutcome> =>
  countSequential(SEQ_SLAV, slavWeight, "forwards", profile, options, tieBreak);

/**
 * Fills the seats one at a time, each with the candidate approved by the most voters who approve
 * no member yet (greedy Chamberlin-Courant).
 *
 * @remarks
 * Lackner and Skowron (2023), 2.3; satisfies JR (Aziz et al. 2017). Once every voter is covered,
 * every remaining candidate gains 0 and the rest of the seats are ties.
 *
 * @param profile - approval ballots.
 * @param options - `seats`; `maxCommittees`, `maxWork`.
 * @param tieBreak - how ties in a round are broken (default lexicographic).
 * @returns the outcome with one round per seat.
 * @example
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { seqCc } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c"], [{ approve: ["a", "b"], count: 3 }, { approve: ["c"], count: 2 }]);
 * const outcome = E.isRight(p) ? seqCc(p.right, { seats: 2 }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.winners; // => ["a", "c"]
 * ```
 *
 * @category committees
 */
export const seqCc = (
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<DecideError, ApprovalCommitteeOutcome> =>
  countSequential(SEQ_CC, ccWeight, "forwards", profile, options, tieBreak);

const GeomOptionsSchema: z.ZodMiniType<Omit<GeomOptions, "seats">> = /* @__PURE__ */ pure(() =>
  z.strictObject({
    ...committeeOptionsShape,
    p: z.optional(z.union([z.number(), z.string()])),
  }),
);

const SEQ_COMPLEXITY = "O(k (B a + n k)) for k seats, B distinct ballots of about a approvals";
const OPT_COMPLEXITY = "NP-hard; exact branch and bound, at most options.maxWork search steps";

/** A registry entry for an approval-committee rule with the shared options. @internal */
export const definition = (
  id: string,
  name: string,
  summary: string,
  source: string,
  complexity: string,
  limits: MethodDefinition<ApprovalCommitteeOptions>["limits"],
  guarantees: MethodDefinition<ApprovalCommitteeOptions>["guarantees"],
  f: (
    p: ApprovalProfile,
    o: CommitteeRuleOptions,
    t: TieBreakPolicy,
  ) => E.Either<DecideError, ApprovalCommitteeOutcome>,
): MethodDefinition<ApprovalCommitteeOptions> => ({
  id,
  name,
  ballotKind: "approval",
  summary,
  source,
  satisfies: ["anonymity", "neutrality"],
  fails: [],
  complexity,
  limits,
  multiSeat: true,
  ...(guarantees === undefined ? {} : { guarantees }),
  options: CommitteeOptionsSchema,
  run: runCommittee<ApprovalCommitteeOptions>(id, f) as (
    profile: Parameters<MethodDefinition<ApprovalCommitteeOptions>["run"]>[0],
    context: Parameters<MethodDefinition<ApprovalCommitteeOptions>["run"]>[1],
  ) => E.Either<DecideError, Outcome>,
});

/** The registry entry of {@link av}. @category registry */
export const avMethod: MethodDefinition<ApprovalCommitteeOptions> = /* @__PURE__ */ definition(
  "av",
  "Approval voting (committee)",
  "The candidates with the most approvals fill the seats; not proportional.",
  "Lackner and Skowron (2023), Multi-Winner Voting with Approval Preferences, def. 2.3.",
  "O(B n) for B distinct ballots and n candidates",
  /* @__PURE__ */ methodLimits("av", 10_000, 65_534),
  [],
  av,
);

/** The registry entry of {@link sav}. @category registry */
export const savMethod: MethodDefinition<ApprovalCommitteeOptions> = /* @__PURE__ */ definition(
  "sav",
  "Satisfaction approval voting",
  "Each voter's point is split among the candidates they approve; the most points fill the seats.",
  "Brams and Kilgour (2014), Satisfaction approval voting; Lackner and Skowron (2023), 2.2.",
  "O(B n) for B distinct ballots and n candidates",
  /* @__PURE__ */ methodLimits("sav", 10_000, 65_534),
  [],
  sav,
);

/** The registry entry of {@link pav}. @category registry */
export const pavMethod: MethodDefinition<ApprovalCommitteeOptions> = /* @__PURE__ */ definition(
  "pav",
  "Proportional approval voting",
  "The committee with the highest PAV score (1 + 1/2 + ... + 1/j per voter with j approved members); proportional.",
  "Thiele (1895); Kilgour (2010); Lackner and Skowron (2023), def. 2.5.",
  OPT_COMPLEXITY,
  /* @__PURE__ */ methodLimits("pav", 100, 1_000),
  ["jr", "pjr", "ejr", "ejr-plus"],
  pav,
);

/** The registry entry of {@link slav}. @category registry */
export const slavMethod: MethodDefinition<ApprovalCommitteeOptions> = /* @__PURE__ */ definition(
  "slav",
  "Sainte-Laguë approval voting",
  "The committee with the highest SLAV score (weights 1, 1/3, 1/5, ...).",
  "Lackner and Skowron (2023), 2.2.",
  OPT_COMPLEXITY,
  /* @__PURE__ */ methodLimits("slav", 100, 1_000),
  [],
  slav,
);

/** The registry entry of {@link cc}. @category registry */
export const ccMethod: MethodDefinition<ApprovalCommitteeOptions> = /* @__PURE__ */ definition(
  "cc",
  "Chamberlin-Courant (approval)",
  "The committee that the most voters approve at least one member of.",
  "Chamberlin and Courant (1983), APSR 77(3); Lackner and Skowron (2023), def. 2.4.",
  OPT_COMPLEXITY,
  /* @__PURE__ */ methodLimits("cc", 100, 1_000),
  ["jr"],
  cc,
);

/** The registry entry of {@link lexCc}. @category registry */
export const lexCcMethod: MethodDefinition<ApprovalCommitteeOptions> = /* @__PURE__ */ definition(
  "lex-cc",
  "Lexicographic Chamberlin-Courant",
  "The committee covering the most voters, then the most voters twice, and so on.",
  "Lackner and Skowron (2021), Journal of Economic Theory 192; Lackner and Skowron (2023), 2.2.",
  OPT_COMPLEXITY,
  /* @__PURE__ */ methodLimits("lex-cc", 100, 1_000),
  ["jr"],
  lexCc,
);

/** The registry entry of {@link geom} with p = 2. @category registry */
export const geom2Method: MethodDefinition<ApprovalCommitteeOptions> = /* @__PURE__ */ definition(
  "geom2",
  "2-geometric rule",
  "The committee with the highest score with weights 1, 1/2, 1/4, ...",
  "Skowron, Faliszewski and Lang (2016), Artificial Intelligence 241; Lackner and Skowron (2023), 2.2.",
  OPT_COMPLEXITY,
  /* @__PURE__ */ methodLimits("geom2", 100, 1_000),
  [],
  (p, o, t) => countGeom("geom2", p, { ...o, p: 2 }, t),
);

/** The registry entry of {@link geom} (`options.p`, default 2). @category registry */
export const geomMethod: MethodDefinition<Omit<GeomOptions, "seats">> = {
  id: "geom",
  name: "p-geometric rule",
  ballotKind: "approval",
  summary: "The committee with the highest score with weights 1, 1/p, 1/p², ... (options.p).",
  source:
    "Skowron, Faliszewski and Lang (2016), Artificial Intelligence 241; Lackner and Skowron (2023), 2.2.",
  satisfies: ["anonymity", "neutrality"],
  fails: [],
  complexity: OPT_COMPLEXITY,
  limits: /* @__PURE__ */ methodLimits("geom", 100, 1_000),
  multiSeat: true,
  options: GeomOptionsSchema,
  run: (profile, context) =>
    runCommittee<Omit<GeomOptions, "seats">>("geom", geom)(profile, context),
};

/** The registry entry of {@link seqPav}. @category registry */
export const seqPavMethod: MethodDefinition<ApprovalCommitteeOptions> = /* @__PURE__ */ definition(
  "seq-pav",
  "Sequential PAV",
  "Seats are filled one at a time by the candidate adding the most PAV score.",
  "Thiele (1895); Lackner and Skowron (2023), def. 2.8.",
  SEQ_COMPLEXITY,
  /* @__PURE__ */ methodLimits("seq-pav", 10_000, 65_534),
  [],
  seqPav,
);

/** The registry entry of {@link revSeqPav}. @category registry */
export const revSeqPavMethod: MethodDefinition<ApprovalCommitteeOptions> =
  /* @__PURE__ */ definition(
    "rev-seq-pav",
    "Reverse sequential PAV",
    "Starting from every candidate, the one whose removal costs the least PAV score is removed until the seats are filled.",
    "Thiele (1895); Lackner and Skowron (2023), def. 2.9.",
    "O(n (B a + n²)) for n candidates, B distinct ballots of about a approvals",
    /* @__PURE__ */ methodLimits("rev-seq-pav", 1_000, 10_000),
    [],
    revSeqPav,
  );

/** The registry entry of {@link seqSlav}. @category registry */
export const seqSlavMethod: MethodDefinition<ApprovalCommitteeOptions> = /* @__PURE__ */ definition(
  "seq-slav",
  "Sequential SLAV",
  "Seats are filled one at a time by the candidate adding the most SLAV score.",
  "Lackner and Skowron (2023), 2.3.",
  SEQ_COMPLEXITY,
  /* @__PURE__ */ methodLimits("seq-slav", 10_000, 65_534),
  [],
  seqSlav,
);

/** The registry entry of {@link seqCc}. @category registry */
export const seqCcMethod: MethodDefinition<ApprovalCommitteeOptions> = /* @__PURE__ */ definition(
  "seq-cc",
  "Sequential Chamberlin-Courant",
  "Seats are filled one at a time by the candidate approved by the most voters not yet represented.",
  "Lackner and Skowron (2023), 2.3; JR by Aziz et al. (2017), Social Choice and Welfare 48.",
  SEQ_COMPLEXITY,
  /* @__PURE__ */ methodLimits("seq-cc", 10_000, 65_534),
  ["jr"],
  seqCc,
);
