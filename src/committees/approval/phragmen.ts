/**
 * Phragmén's rules for approval committees (Lackner and Skowron 2023, 2.5; Brill, Freeman,
 * Janson and Lackner 2024, "Phragmén's voting methods and justified representation", Mathematical
 * Programming 203), except sequential Phragmén, which the budgeting module provides:
 *
 * - `minimax-phragmen` (opt-Phragmén): each member of the committee is a unit of load that its
 *   approvers share; the committees whose fairest sharing has the smallest maximum voter load win.
 *   For a committee W that load is `max over non-empty S ⊆ W of |S| / N(S)`, N(S) the voters
 *   approving some member of S (a max-flow duality), computed exactly over every subset.
 * - `leximax-phragmen`: the same, comparing the whole load vector sorted from the largest
 *   (leximax); the leximax-optimal sharing of a committee is found by peeling off, again and again,
 *   the largest set of members with the highest ratio |S| / N(S) (its voters all carry that load).
 * - `phragmen-enestroem` (Phragmén's first method as Eneström described it; Camps, Mora and Saumell
 *   2019): every voter starts with a budget of 1, a seat costs n / k; each round elects the
 *   candidate whose approvers hold the most budget, and they pay n / k in proportion to what they
 *   hold (or everything, when they hold less).
 *
 * A committee that must include candidates nobody approves (when fewer than k are approved) puts
 * as few of them as it can; their load is left out. Exact rationals throughout; committees are
 * searched exhaustively (NP-hard rules) within `options.maxWork`, with at most 20 seats.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { ApprovalProfile } from "../../ballots/profile.js";
import { type DecideError, unsupported } from "../../core/errors.js";
import { step } from "../../core/explanation.js";
import type { ExactValue } from "../../core/outcome.js";
import {
  add,
  compare,
  div,
  mul,
  ONE,
  type Rational,
  rational,
  sub,
  ZERO,
} from "../../core/rational.js";
import type { TieBreakPolicy } from "../../core/tie-break.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { exactOf } from "../../counting/outcome.js";
import { LEXICOGRAPHIC } from "../../counting/ranked.js";
import { begin, type CommitteeRuleOptions, ruleStep } from "./counts.js";
import { bestByValue, sequentialByValue } from "./search.js";
import {
  type ApprovalCommitteeOptions,
  type ApprovalCommitteeOutcome,
  type Electorate,
  finishCommittee,
  resolveCommittees,
} from "./shared.js";
import { MAX_SUBSET_SEATS, popcount, reachTable } from "./subsets.js";
import { definition, spec } from "./thiele.js";

/** A load |S| / N(S), N scaled by the count denominator, compared exactly. */
interface Load {
  readonly members: number;
  readonly reach: number;
}

const compareLoads = (a: Load, b: Load): number => {
  const x = BigInt(a.members) * BigInt(b.reach);
  const y = BigInt(b.members) * BigInt(a.reach);
  return x < y ? -1 : x > y ? 1 : 0;
};

const loadValue = (load: Load, denominator: number): Rational =>
  load.reach === 0 ? ZERO : rational(BigInt(load.members) * BigInt(denominator), load.reach);

/** The members nobody approves, and the bitmask of the approved members. */
const splitApproved = (electorate: Electorate, committee: readonly number[]) => {
  let unapproved = 0;
  let approvedMask = 0;
  committee.forEach((c, i) => {
    if ((electorate.approvals[c] as number) > 0) approvedMask |= 1 << i;
    else unapproved++;
  });
  return { unapproved, approvedMask };
};

/** The largest set of members with the highest ratio |S| / N(S), among the submasks of `within`. */
const densest = (reach: Float64Array, within: number): { load: Load; set: number } => {
  let best: Load = { members: 0, reach: 1 };
  let set = 0;
  for (let s = within; s !== 0; s = (s - 1) & within) {
    const load = { members: popcount(s), reach: reach[s] as number };
    const d = compareLoads(load, best);
    if (d > 0) {
      best = load;
      set = s;
    } else if (d === 0) set |= s;
  }
  return { load: best, set };
};

interface MinimaxValue {
  readonly unapproved: number;
  readonly load: Load;
}

/** The leximax load vector: blocks of voters (scaled mass) with one load each, the largest first. */
interface LeximaxValue {
  readonly unapproved: number;
  readonly blocks: readonly { readonly load: Load; readonly mass: number }[];
}

const tooManySeats = (id: string, seats: number): DecideError =>
  unsupported(
    "work_limit",
    `${id} searches every subset of the committee, so it fills at most ${MAX_SUBSET_SEATS} seats, not ${seats}.`,
  );

/**
 * Elects the committees whose approvers can share the load of its members with the smallest
 * maximum load per voter (minimax Phragmén, also called opt-Phragmén).
 *
 * @remarks
 * Brill et al. (2024), Mathematical Programming 203; Lackner and Skowron (2023), def. 2.12.
 * Some optimal committee satisfies PJR (the leximax ones), but not every one: ties can include
 * committees that leave a cohesive group with nobody (the property tests found one), so no
 * guarantee is declared. Exhaustive exact search over committees (NP-hard), within
 * `options.maxWork`, at most 20 seats. `committeeScore` is the maximum load.
 *
 * @param profile - approval ballots.
 * @param options - `seats`; `maxCommittees`, `maxWork`.
 * @param tieBreak - how ties between optimal committees are broken (default lexicographic).
 * @returns the outcome, or `Unsupported` past the work limit.
 * @example The group of two carries one seat alone (load 1/2 each), the group of three the other
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { minimaxPhragmen } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c"], [{ approve: ["a", "b"], count: 3 }, { approve: ["c"], count: 2 }]);
 * const outcome = E.isRight(p) ? minimaxPhragmen(p.right, { seats: 2 }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.winners; // => ["a", "c"] (max load 1/2)
 * ```
 *
 * @category committees
 */
export const minimaxPhragmen = (
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<DecideError, ApprovalCommitteeOutcome> => {
  const started = begin(profile, options, tieBreak);
  if (E.isLeft(started)) return started;
  const { electorate, settings } = started.right;
  if (settings.seats > MAX_SUBSET_SEATS)
    return E.left(tooManySeats("minimax-phragmen", settings.seats));
  const value = (committee: readonly number[]): MinimaxValue => {
    const { unapproved, approvedMask } = splitApproved(electorate, committee);
    const reach = reachTable(electorate, committee);
    return { unapproved, load: densest(reach, approvedMask).load };
  };
  const found = bestByValue(electorate.m, settings, {
    value,
    compare: (a, b) => a.unapproved - b.unapproved || compareLoads(a.load, b.load),
    cost: electorate.rows + settings.seats * (1 << settings.seats),
  });
  if (E.isLeft(found)) return found;
  return E.right(
    endSearch(MINIMAX, electorate, started.right, found.right, (c) =>
      exactOf(loadValue(value(c).load, electorate.denominator)),
    ),
  );
};

/**
 * Elects the committees whose fairest sharing of load is best from the most loaded voter down
 * (leximax Phragmén).
 *
 * @remarks
 * Brill et al. (2024), Mathematical Programming 203; Lackner and Skowron (2023), 2.5. Satisfies
 * PJR. Exhaustive exact search (NP-hard), within `options.maxWork`, at most 20 seats.
 * `committeeScore` is the maximum load.
 *
 * @param profile - approval ballots.
 * @param options - `seats`; `maxCommittees`, `maxWork`.
 * @param tieBreak - how ties between optimal committees are broken (default lexicographic).
 * @returns the outcome, or `Unsupported` past the work limit.
 * @example
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { leximaxPhragmen } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c"], [{ approve: ["a", "b"], count: 3 }, { approve: ["c"], count: 2 }]);
 * const outcome = E.isRight(p) ? leximaxPhragmen(p.right, { seats: 2 }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.winners; // => ["a", "c"]
 * ```
 *
 * @category committees
 */
export const leximaxPhragmen = (
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<DecideError, ApprovalCommitteeOutcome> => {
  const started = begin(profile, options, tieBreak);
  if (E.isLeft(started)) return started;
  const { electorate, settings } = started.right;
  if (settings.seats > MAX_SUBSET_SEATS)
    return E.left(tooManySeats("leximax-phragmen", settings.seats));
  const value = (committee: readonly number[]): LeximaxValue => {
    const { unapproved, approvedMask } = splitApproved(electorate, committee);
    const blocks: { load: Load; mass: number }[] = [];
    let left = approvedMask;
    let removed = 0;
    const bitOf = new Map(committee.map((c, i) => [c, 1 << i] as const));
    const rowMask = Array.from({ length: electorate.rows }, (_, r) => {
      let mask = 0;
      for (const c of electorate.approved[r] as Int32Array) mask |= bitOf.get(c) ?? 0;
      return mask;
    });
    while (left !== 0) {
      const reach = reachTable(
        electorate,
        committee,
        (r) => ((rowMask[r] as number) & removed) === 0,
      );
      const { load, set } = densest(reach, left);
      blocks.push({ load, mass: reach[set] as number });
      left &= ~set;
      removed |= set;
    }
    return { unapproved, blocks };
  };
  const compareValues = (a: LeximaxValue, b: LeximaxValue): number => {
    if (a.unapproved !== b.unapproved) return a.unapproved - b.unapproved;
    for (let i = 0; ; i++) {
      const x = a.blocks[i];
      const y = b.blocks[i];
      if (x === undefined || y === undefined)
        return x === undefined ? (y === undefined ? 0 : -1) : 1;
      const d = compareLoads(x.load, y.load) || x.mass - y.mass;
      if (d !== 0) return d;
    }
  };
  const found = bestByValue(electorate.m, settings, {
    value,
    compare: compareValues,
    cost: electorate.rows + settings.seats * settings.seats * (1 << settings.seats),
  });
  if (E.isLeft(found)) return found;
  return E.right(
    endSearch(LEXIMAX, electorate, started.right, found.right, (c) => {
      const first = value(c).blocks[0];
      return exactOf(first === undefined ? ZERO : loadValue(first.load, electorate.denominator));
    }),
  );
};

/**
 * Elects, round by round, the candidate whose approvers hold the most budget; they pay the price
 * of a seat, n / k, in proportion to their budgets (Phragmén-Eneström).
 *
 * @remarks
 * Eneström (1896); Camps, Mora and Saumell (2019), "A general method for proportional
 * representation in multiwinner elections", Social Choice and Welfare 52; abcvoting's definition:
 * each voter starts with budget 1; support is the budget of the approvers; if it exceeds the
 * price, each approver's budget is multiplied by (support - price) / support, otherwise it is
 * emptied. Exact rationals. Ties: every path under `none`.
 *
 * @param profile - approval ballots.
 * @param options - `seats`; `maxCommittees`, `maxWork`.
 * @param tieBreak - how ties in a round are broken (default lexicographic).
 * @returns the outcome with one round per seat.
 * @example
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { phragmenEnestroem } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c"], [{ approve: ["a", "b"], count: 3 }, { approve: ["c"], count: 2 }]);
 * const outcome = E.isRight(p) ? phragmenEnestroem(p.right, { seats: 2 }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.winners; // => ["a", "c"]
 * ```
 *
 * @category committees
 */
export const phragmenEnestroem = (
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
  const price = rational(
    BigInt(Math.round(electorate.total)),
    BigInt(electorate.denominator) * BigInt(settings.seats),
  );
  const supportOf = (budget: readonly Rational[], c: number): Rational => {
    let total = ZERO;
    for (const r of electorate.supporters[c] as Int32Array) {
      const b = budget[r] as Rational;
      if (b.num > 0n) total = add(total, mul(mass[r] as Rational, b));
    }
    return total;
  };
  const run = sequentialByValue(candidates, settings, tieBreaker, {
    initial: Array.from({ length: rows }, () => ONE) as readonly Rational[],
    cost: electorate.rows + m,
    step: (budget, committee) => ({
      values: new Map(
        Array.from({ length: m }, (_, c) => c)
          .filter((c) => !committee.includes(c))
          .map((c) => [c, supportOf(budget, c)] as const),
      ),
      best: "max",
    }),
    apply: (budget, _committee, c) => {
      const support = supportOf(budget, c);
      const factor = compare(support, price) > 0 ? div(sub(support, price), support) : ZERO;
      const next = [...budget];
      for (const r of electorate.supporters[c] as Int32Array)
        next[r] = mul(next[r] as Rational, factor);
      return next;
    },
    describe: (round, c, value) =>
      `Round ${round}: ${candidates[c]} is elected, its approvers holding the most budget (${String(value)}; a seat costs ${String(exactOf(price))}).`,
  });
  if (E.isLeft(run)) return run;
  return E.right(
    finishCommittee({
      method: ENESTROEM.id,
      electorate,
      settings,
      found: run.right.found,
      elected: run.right.elected,
      tieBreaker,
      steps: [
        ruleStep(ENESTROEM, settings.seats),
        ...run.right.rounds.map((r) =>
          step("round", r.text, { round: r.round, tallies: r.tallies }),
        ),
      ],
      rounds: run.right.rounds,
      reason: ENESTROEM.reason,
    }),
  );
};

const endSearch = (
  rule: ReturnType<typeof spec>,
  electorate: Electorate,
  started: {
    settings: Parameters<typeof finishCommittee>[0]["settings"];
    tieBreaker: Parameters<typeof finishCommittee>[0]["tieBreaker"];
  },
  found: Parameters<typeof finishCommittee>[0]["found"],
  score: (committee: readonly number[]) => ExactValue,
): ApprovalCommitteeOutcome => {
  const { settings, tieBreaker } = started;
  const elected = settings.none
    ? (found.committees[0] ?? [])
    : resolveCommittees(found.committees, tieBreaker, "winning committees");
  const count = found.committees.length;
  return finishCommittee({
    method: rule.id,
    electorate,
    settings,
    found,
    elected,
    tieBreaker,
    steps: [
      ruleStep(rule, settings.seats),
      step(
        "search",
        `The exact search found ${count}${found.truncated ? " or more" : ""} ${count === 1 ? "committee" : "committees"} with the best value.`,
        { committees: count, truncated: found.truncated },
      ),
    ],
    score,
    reason: rule.reason,
  });
};

const MINIMAX = /* @__PURE__ */ spec(
  "minimax-phragmen",
  "Minimax Phragmén: each member is one unit of load shared by the voters who approve it; the committee whose fairest sharing has the smallest maximum load per voter is elected.",
  "no committee can be shared with a smaller maximum load (score: that load)",
);
const LEXIMAX = /* @__PURE__ */ spec(
  "leximax-phragmen",
  "Leximax Phragmén: as minimax Phragmén, comparing the loads from the most loaded voter down.",
  "no committee has a better load vector, from the largest load down (score: the largest load)",
);
const ENESTROEM = /* @__PURE__ */ spec(
  "phragmen-enestroem",
  "Phragmén-Eneström: every voter starts with a budget of 1 and a seat costs n / k; each round elects the candidate whose approvers hold the most budget, and they pay the price in proportion to what they hold.",
  "each member's approvers held the most budget in their round",
);

const SEARCH_COMPLEXITY =
  "NP-hard; exhaustive over committees, O(C(n, k) (B + k² 2^k)), at most options.maxWork steps";

/** The registry entry of {@link minimaxPhragmen}. @category registry */
export const minimaxPhragmenMethod: MethodDefinition<ApprovalCommitteeOptions> =
  /* @__PURE__ */ definition(
    "minimax-phragmen",
    "Minimax Phragmén (opt-Phragmén)",
    "The committee whose members' load can be shared with the smallest maximum load per voter.",
    "Brill, Freeman, Janson and Lackner (2024), Mathematical Programming 203; Lackner and Skowron (2023), 2.5.",
    SEARCH_COMPLEXITY,
    /* @__PURE__ */ methodLimits("minimax-phragmen", 30, 200),
    [],
    minimaxPhragmen,
  );

/** The registry entry of {@link leximaxPhragmen}. @category registry */
export const leximaxPhragmenMethod: MethodDefinition<ApprovalCommitteeOptions> =
  /* @__PURE__ */ definition(
    "leximax-phragmen",
    "Leximax Phragmén",
    "The committee whose load sharing is best from the most loaded voter down.",
    "Brill, Freeman, Janson and Lackner (2024), Mathematical Programming 203; Lackner and Skowron (2023), 2.5.",
    SEARCH_COMPLEXITY,
    /* @__PURE__ */ methodLimits("leximax-phragmen", 30, 200),
    ["jr", "pjr"],
    leximaxPhragmen,
  );

/** The registry entry of {@link phragmenEnestroem}. @category registry */
export const phragmenEnestroemMethod: MethodDefinition<ApprovalCommitteeOptions> =
  /* @__PURE__ */ definition(
    "phragmen-enestroem",
    "Phragmén-Eneström",
    "Each round elects the candidate whose approvers hold the most budget; they pay the price of a seat.",
    "Eneström (1896); Camps, Mora and Saumell (2019), Social Choice and Welfare 52.",
    "O(k (B a + n)) exact rational steps per path",
    /* @__PURE__ */ methodLimits("phragmen-enestroem", 1_000, 10_000),
    [],
    phragmenEnestroem,
  );
