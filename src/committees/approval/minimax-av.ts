/**
 * Minimax approval voting (Brams, Kilgour and Sanver 2007, "A minimax procedure for electing
 * committees", Public Choice 132; Lackner and Skowron 2023, 2.6): the committee W whose largest
 * Hamming distance to a ballot, `|A_i \ W| + |W \ A_i|`, is smallest. `lex-minimax-av` compares
 * the whole vector of distances sorted from the largest (leximax), as abcvoting's lexminimaxav.
 *
 * Voters with empty ballots count (their distance is k). Exact search over committees by branch
 * and bound: a ballot's distance to any completion of a partial committee is at least its distance
 * on the candidates decided so far plus `|r - a|`, r the seats left and a the ballot's approved
 * candidates still undecided. Within `options.maxWork` steps.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { ApprovalProfile } from "../../ballots/profile.js";
import type { DecideError } from "../../core/errors.js";
import { step } from "../../core/explanation.js";
import type { TieBreakPolicy } from "../../core/tie-break.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { LEXICOGRAPHIC } from "../../counting/ranked.js";
import { begin, type CommitteeRuleOptions, ruleStep } from "./counts.js";
import { bestByValue } from "./search.js";
import {
  type ApprovalCommitteeOptions,
  type ApprovalCommitteeOutcome,
  finishCommittee,
  resolveCommittees,
} from "./shared.js";
import { definition, spec } from "./thiele.js";

/** Scaled voters at each distance 0..m (the last entry: empty ballots are at distance k). */
type Distances = Float64Array;

const count = (
  lexicographic: boolean,
  rule: ReturnType<typeof spec>,
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy,
): E.Either<DecideError, ApprovalCommitteeOutcome> => {
  const started = begin(profile, options, tieBreak);
  if (E.isLeft(started)) return started;
  const { electorate, settings, tieBreaker } = started.right;
  const { m, rows } = electorate;
  const k = settings.seats;
  const member = (r: number, c: number): boolean =>
    profile.approvals[(electorate.source[r] as number) * m + c] === 1;
  let listed = 0;
  for (let r = 0; r < rows; r++) listed += electorate.weight[r] as number;
  const empty = electorate.total - listed;

  const distances = (committee: readonly number[]): Distances => {
    const at = new Float64Array(m + 1);
    const inW = new Uint8Array(m);
    for (const c of committee) inW[c] = 1;
    for (let r = 0; r < rows; r++) {
      let d = 0;
      for (let c = 0; c < m; c++) if (member(r, c) !== (inW[c] === 1)) d++;
      at[d] = (at[d] as number) + (electorate.weight[r] as number);
    }
    if (empty > 0) at[k] = (at[k] as number) + empty;
    return at;
  };
  // Leximax order on distance vectors: from the largest distance down, less mass is better.
  const compareVectors = (a: Distances, b: Distances): number => {
    for (let d = m; d >= 0; d--) {
      const x = a[d] as number;
      const y = b[d] as number;
      if (x !== y) return x - y;
    }
    return 0;
  };
  const largest = (v: Distances): number => {
    for (let d = m; d >= 0; d--) if ((v[d] as number) > 0) return d;
    return 0;
  };
  const bound = (chosen: readonly number[], from: number): Distances | undefined => {
    const inW = new Uint8Array(m);
    for (const c of chosen) inW[c] = 1;
    const left = k - chosen.length;
    let worst = empty > 0 ? k : -1;
    let mass = empty;
    for (let r = 0; r < rows; r++) {
      let d = 0;
      let undecided = 0;
      for (let c = 0; c < m; c++) {
        const approves = member(r, c);
        if (c < from) {
          if (approves !== (inW[c] === 1)) d++;
        } else if (approves) undecided++;
      }
      const lower = d + Math.abs(left - undecided);
      if (lower > worst) {
        worst = lower;
        mass = electorate.weight[r] as number;
      }
    }
    if (worst < 0) return undefined;
    const v = new Float64Array(m + 1);
    v[worst] = mass;
    // Under minimax only the largest distance counts: any mass there is as good as the true one.
    return v;
  };
  const found = bestByValue(m, settings, {
    value: distances,
    compare: lexicographic ? compareVectors : (a, b) => largest(a) - largest(b),
    bound,
    cost: rows * m,
  });
  if (E.isLeft(found)) return found;
  const elected = settings.none
    ? (found.right.committees[0] ?? [])
    : resolveCommittees(found.right.committees, tieBreaker, "winning committees");
  const n = found.right.committees.length;
  return E.right(
    finishCommittee({
      method: rule.id,
      electorate,
      settings,
      found: found.right,
      elected,
      tieBreaker,
      steps: [
        ruleStep(rule, k),
        step(
          "search",
          `The exact search found ${n}${found.right.truncated ? " or more" : ""} ${n === 1 ? "committee" : "committees"} with the best distances.`,
          { committees: n, truncated: found.right.truncated },
        ),
      ],
      score: (c) => largest(distances(c)),
      reason: rule.reason,
    }),
  );
};

const MAV = /* @__PURE__ */ spec(
  "minimax-av",
  "Minimax approval voting: the committee whose largest disagreement with a ballot (candidates approved but not elected, plus elected but not approved) is smallest.",
  "no committee is closer to its farthest voter (score: that distance)",
);
const LEX_MAV = /* @__PURE__ */ spec(
  "lex-minimax-av",
  "Lexicographic minimax approval voting: as minimax approval voting, comparing the distances to every ballot from the largest down.",
  "no committee has better distances, from the largest down (score: the largest)",
);

/**
 * Elects the committee whose largest Hamming distance to a ballot is smallest (minimax approval
 * voting).
 *
 * @remarks
 * Brams, Kilgour and Sanver (2007), Public Choice 132; Lackner and Skowron (2023), def. 2.13.
 * NP-hard; exact branch and bound within `options.maxWork`. Not proportional: a single voter far
 * from everyone can decide. `committeeScore` is the largest distance.
 *
 * @param profile - approval ballots.
 * @param options - `seats`; `maxCommittees`, `maxWork`.
 * @param tieBreak - how ties between optimal committees are broken (default lexicographic).
 * @returns the outcome, or `Unsupported` past the work limit.
 * @example The book's Example 2.13: one voter of 100 decides
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { minimaxAv } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c"], [{ approve: ["a"], count: 99 }, { approve: ["b", "c"] }]);
 * const outcome = E.isRight(p) ? minimaxAv(p.right, { seats: 1 }, { kind: "none" }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.committees; // => [["b"], ["c"]]
 * ```
 *
 * @category committees
 */
export const minimaxAv = (
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<DecideError, ApprovalCommitteeOutcome> => count(false, MAV, profile, options, tieBreak);

/**
 * Elects the committee whose distances to the ballots are best from the largest down
 * (lexicographic minimax approval voting).
 *
 * @remarks
 * Lackner and Skowron (2023), 2.6 (lexicographic refinement of MAV, as abcvoting's lexminimaxav).
 * Exact branch and bound within `options.maxWork`.
 *
 * @param profile - approval ballots.
 * @param options - `seats`; `maxCommittees`, `maxWork`.
 * @param tieBreak - how ties between optimal committees are broken (default lexicographic).
 * @returns the outcome, or `Unsupported` past the work limit.
 * @example
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { lexMinimaxAv } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c"], [{ approve: ["a"], count: 99 }, { approve: ["b", "c"] }]);
 * const outcome = E.isRight(p) ? lexMinimaxAv(p.right, { seats: 1 }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.winners; // => ["b"] (tied with c; {a} is 3 away from the last voter)
 * ```
 *
 * @category committees
 */
export const lexMinimaxAv = (
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<DecideError, ApprovalCommitteeOutcome> =>
  count(true, LEX_MAV, profile, options, tieBreak);

const COMPLEXITY = "NP-hard; exact branch and bound, O(B n) a node, at most options.maxWork steps";

/** The registry entry of {@link minimaxAv}. @category registry */
export const minimaxAvMethod: MethodDefinition<ApprovalCommitteeOptions> =
  /* @__PURE__ */ definition(
    "minimax-av",
    "Minimax approval voting",
    "The committee whose largest disagreement with any ballot is smallest.",
    "Brams, Kilgour and Sanver (2007), Public Choice 132; Lackner and Skowron (2023), def. 2.13.",
    COMPLEXITY,
    /* @__PURE__ */ methodLimits("minimax-av", 40, 200),
    [],
    minimaxAv,
  );

/** The registry entry of {@link lexMinimaxAv}. @category registry */
export const lexMinimaxAvMethod: MethodDefinition<ApprovalCommitteeOptions> =
  /* @__PURE__ */ definition(
    "lex-minimax-av",
    "Lexicographic minimax approval voting",
    "The committee whose disagreements with the ballots are smallest from the largest down.",
    "Lackner and Skowron (2023), 2.6.",
    COMPLEXITY,
    /* @__PURE__ */ methodLimits("lex-minimax-av", 40, 200),
    [],
    lexMinimaxAv,
  );
