/**
 * The two approval-committee rules that participatory budgeting provides, counted by the budget
 * module's engines with every cost 1 and the budget equal to the number of seats:
 *
 * - `seq-phragmen`: Phragmén's sequential rule (Phragmén 1894; Brill, Freeman, Janson and Lackner
 *   2017, "Phragmén's voting methods and justified representation", AAAI; Janson 2016; Lackner and
 *   Skowron 2023, def. 2.11). Voters earn load continuously; a candidate is elected at the first
 *   moment its approvers' earnings since their last purchase cover one seat, and buying it resets
 *   their loads to that moment: round by round the candidate with the smallest
 *   `(1 + Σ w_i load_i) / Σ w_i` over its approvers wins.
 * - `equal-shares`: the Method of Equal Shares (Rule X; Peters and Skowron 2020, "Proportionality
 *   and the limits of welfarism", EC; Lackner and Skowron 2023, def. 2.14). Each voter gets a
 *   budget of k / n; a candidate costs 1; each round elects the candidate its approvers can pay
 *   for with the lowest most-any-approver-pays `ρ`, each paying `min(budget, ρ)`; it stops when no
 *   candidate is affordable. `options.completion` fills the seats left: `seq-phragmen` (default,
 *   abcvoting's `equal-shares` and Peters and Skowron's "Phragmén phase": sequential Phragmén
 *   continued with each voter's load set to what they spent), `av` (the most approved of the
 *   rest, abcvoting's `equal-shares-with-av-completion`), `add-one` (equalshares.net's Add1:
 *   raise every voter's budget by 1/n, a seat for the whole electorate, while the committee still
 *   fits, then keep the last that fits and fill any seat left by the Phragmén phase) or `none`
 *   (the committee of the MES phase, which may have fewer than k members).
 *
 * Any seat still open after that (when fewer candidates are approved than there are seats) goes
 * to candidates nobody approves, a tie among them all. Ties: every tie the engines meet is either
 * broken by the policy (and recorded) or, under `none`, followed both ways: the rule is run once
 * per order of breaking the ties (abcvoting's irresolute definition), the committees reached are
 * listed, within `options.maxCommittees` and `options.maxWork`. Exact rationals throughout.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { ApprovalProfile } from "../../ballots/profile.js";
import { type DecideError, invalidInputAt } from "../../core/errors.js";
import { type ExplanationStep, step } from "../../core/explanation.js";
import { pure } from "../../core/internal/pure.js";
import { workLimitError } from "../../core/limits.js";
import type { Round } from "../../core/outcome.js";
import * as rationals from "../../core/rational.js";
import { ONE, parseRational, type Rational, rational, sub } from "../../core/rational.js";
import type { TieBreaker, TieBreakPolicy } from "../../core/tie-break.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { LEXICOGRAPHIC } from "../../counting/ranked.js";
import { equalSharesWith } from "../budget/equal-shares.js";
import type { AllocationRound, BudgetElection } from "../budget/instance.js";
import { type Compiled, compile, type TieOrder } from "../budget/internal.js";
import { phragmenCount } from "../budget/seq-phragmen.js";
import { begin, type CommitteeRuleOptions, ruleStep } from "./counts.js";
import {
  type ApprovalCommitteeOptions,
  type ApprovalCommitteeOutcome,
  byMembers,
  COMMITTEE_WORK,
  committeeOptionsShape,
  type Electorate,
  finishCommittee,
  keyOf,
  runCommittee,
  type Settings,
} from "./shared.js";
import { definition, spec } from "./thiele.js";

/**
 * How {@link equalSharesCommittee} fills the seats the MES phase leaves open.
 *
 * @category committees
 */
export type EqualSharesCommitteeCompletion = "seq-phragmen" | "av" | "add-one" | "none";

/**
 * Options of {@link equalSharesCommittee}.
 *
 * @category committees
 */
export interface EqualSharesCommitteeOptions extends CommitteeRuleOptions {
  /** How the seats left open are filled (default `seq-phragmen`; see the module comment). */
  readonly completion?: EqualSharesCommitteeCompletion | undefined;
}

/**
 * Elects a committee by Phragmén's sequential rule, counted by the budgeting engine
 * ({@link seqPhragmen} with every cost 1).
 *
 * @remarks
 * Brill, Freeman, Janson and Lackner (2017), AAAI; Janson (2016); Lackner and Skowron (2023),
 * def. 2.11. Satisfies PJR (Brill et al. 2017), not EJR. Exact rationals. Ties: every path under
 * `none`, within `options.maxWork` (one step per approval re-timed, per path).
 *
 * @param profile - approval ballots.
 * @param options - `seats`; `maxCommittees`, `maxWork`.
 * @param tieBreak - how ties in a round are broken (default lexicographic).
 * @returns the outcome with one round per seat, or `InvalidInput` (`seats`), or `Unsupported`
 * past the work limit.
 * @example The group of three carries the first seat, the group of two the second
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { seqPhragmenCommittee } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c"], [{ approve: ["a", "b"], count: 3 }, { approve: ["c"], count: 2 }]);
 * const outcome = E.isRight(p) ? seqPhragmenCommittee(p.right, { seats: 2 }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.winners; // => ["a", "c"]
 * ```
 *
 * @category committees
 */
export const seqPhragmenCommittee = (
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<DecideError, ApprovalCommitteeOutcome> => {
  const started = begin(profile, options, tieBreak);
  if (E.isLeft(started)) return started;
  const { electorate, settings, tieBreaker } = started.right;
  const c = compile(committeeElection(electorate, settings.seats));
  return countPaths(SEQ_PHRAGMEN, electorate, settings, tieBreaker, c, (makeOrder) => {
    const ties = makeOrder();
    const { selected, rounds } = phragmenCount(c, ties, {
      start: [],
      exclude: [],
      skip: true,
      stopWhenNoneFits: true,
    });
    return { selected, rounds: rounds.map((r) => phragmenRound(electorate, r, r.round)), ties };
  });
};

/**
 * Elects a committee by the Method of Equal Shares, counted by the budgeting engine
 * ({@link equalShares} with every cost 1 and satisfaction `cardinality`), then completed.
 *
 * @remarks
 * Peters and Skowron (2020), "Proportionality and the limits of welfarism", EC 2020 (Rule X with
 * the Phragmén phase); Lackner and Skowron (2023), def. 2.14. The MES phase's committee satisfies
 * EJR (Peters and Skowron 2020), and the `seq-phragmen` and `av` completions only add members,
 * which keeps EJR (an ℓ-cohesive group's voters only gain approved members). `add-one` runs the
 * MES phase with larger shares; EJR is not proved here for it, but the property tests check it
 * (no failure found). The registry declares JR, PJR and EJR. Ties: every path under `none`.
 *
 * @param profile - approval ballots.
 * @param options - `seats`; `completion`; `maxCommittees`, `maxWork`.
 * @param tieBreak - how ties in a round are broken (default lexicographic).
 * @returns the outcome, or `InvalidInput` (`seats`, `options.completion`), or `Unsupported` past
 * the work limit.
 * @example abcvoting's example: MES elects c and a; the Phragmén phase adds d
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { equalSharesCommittee } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c", "d"], [
 *   { approve: ["c", "d"], count: 3 }, { approve: ["a", "b"], count: 2 },
 *   { approve: ["a", "c"], count: 2 }, { approve: ["b", "d"], count: 1 },
 * ]);
 * const outcome = E.isRight(p) ? equalSharesCommittee(p.right, { seats: 3 }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.winners; // => ["c", "a", "d"]
 * ```
 *
 * @category committees
 */
export const equalSharesCommittee = (
  profile: ApprovalProfile,
  options: EqualSharesCommitteeOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<DecideError, ApprovalCommitteeOutcome> => {
  const completion = options.completion ?? "seq-phragmen";
  if (!COMPLETIONS.includes(completion))
    return E.left(
      invalidInputAt(
        "options.completion",
        "invalid_option",
        `expected one of ${COMPLETIONS.join(", ")}`,
      ),
    );
  const started = begin(profile, options, tieBreak);
  if (E.isLeft(started)) return started;
  const { electorate, settings, tieBreaker } = started.right;
  const k = settings.seats;
  const election = committeeElection(electorate, k);
  const c = compile(election);
  const variant = `equal-shares/${completion}`;
  return countPaths(
    { ...EQUAL_SHARES, variant },
    electorate,
    settings,
    tieBreaker,
    c,
    (makeOrder) => {
      // add-one runs the count once per budget; each run breaks its ties in the same order
      const made: TieOrder[] = [];
      const mes = equalSharesWith(
        election,
        {
          satisfaction: "cardinality",
          completion: completion === "add-one" ? "add-one" : "none",
          ...(completion === "add-one" && c.totalWeight > 0
            ? { step: rational(1, BigInt(c.totalWeight)) }
            : {}),
        },
        () => {
          const order = makeOrder();
          made.push(order);
          return order;
        },
      );
      if (E.isLeft(mes)) return undefined;
      // (no run at all when nobody voted)
      const ties = made[mes.right.completion?.steps ?? 0] ?? made[0] ?? makeOrder();
      const index = new Map(c.ids.map((id, p) => [id, p] as const));
      const phase = mes.right.rounds;
      const selected = mes.right.winners.map((id) => index.get(id) as number);
      const rounds: Round[] = phase.map((r) => mesRound(electorate, r));
      if (completion === "av") {
        for (const p of mostApproved(electorate, selected, k - selected.length, ties)) {
          selected.push(p);
          rounds.push(
            plainRound(
              electorate,
              selected.length,
              p,
              `Round ${selected.length}: ${electorate.candidates[p]} is elected by the AV completion (the most approvals of the rest).`,
            ),
          );
        }
      }
      if (completion === "none" || completion === "av" || selected.length >= k)
        return { selected, rounds, partial: completion === "none", ties };
      // The Phragmén phase: each voter's load starts at what they spent.
      const steps = completion === "add-one" ? (mes.right.completion?.steps ?? 0) : 0;
      const base = b0Exact(c, k, steps);
      const loads = spentBy(c, base, phase);
      const more = phragmenCount(c, ties, {
        start: selected,
        exclude: [],
        skip: true,
        initialLoads: loads,
        stopWhenNoneFits: true,
      });
      more.rounds.forEach((r, i) => {
        rounds.push(phragmenRound(electorate, r, selected.length + i + 1, "the Phragmén phase"));
      });
      return { selected: [...selected, ...more.selected], rounds, ties };
    },
  );
};

const COMPLETIONS: readonly string[] = ["seq-phragmen", "av", "add-one", "none"];

/** The committee election: every candidate costs 1, the budget is k, every voter a ballot. */
const committeeElection = (electorate: Electorate, seats: number): BudgetElection => {
  // One rational per distinct weight (most ballots have the same few counts).
  const weights = new Map<number, Rational>();
  const weightOf = (w: number): Rational => {
    let exact = weights.get(w);
    if (exact === undefined) {
      exact = rational(w);
      weights.set(w, exact);
    }
    return exact;
  };
  const ballots = Array.from({ length: electorate.rows }, (_, r) => ({
    projects: Array.from(electorate.approved[r] as Int32Array),
    weight: weightOf(electorate.weight[r] as number),
  }));
  let kept = 0;
  for (const w of electorate.weight) kept += w;
  // voters with empty ballots hold a share of the budget too (n counts every voter)
  if (electorate.total > kept)
    ballots.push({ projects: [], weight: rational(electorate.total - kept) });
  return {
    kind: "approval",
    budget: rational(seats),
    projects: electorate.candidates.map((id) => ({ id, cost: ONE })),
    ballots,
  };
};

/**
 * The AV completion: the `open` candidates with the most approvals among those not yet elected
 * (approved by somebody), a tie at the boundary broken one seat at a time.
 */
const mostApproved = (
  electorate: Electorate,
  taken: readonly number[],
  open: number,
  ties: TieOrder,
): number[] => {
  const out: number[] = [];
  let rest = Array.from({ length: electorate.m }, (_, c) => c).filter(
    (c) => !taken.includes(c) && (electorate.approvals[c] as number) > 0,
  );
  while (out.length < open && rest.length > 0) {
    let top = 0;
    for (const c of rest) top = Math.max(top, electorate.approvals[c] as number);
    const group = rest.filter((c) => electorate.approvals[c] === top);
    const chosen =
      group.length <= open - out.length
        ? group
        : [ties.choose(group, `seat ${taken.length + out.length + 1}`)];
    out.push(...chosen);
    rest = rest.filter((c) => !chosen.includes(c));
  }
  return out;
};

/** The per-voter budget after `steps` add-one steps of 1/n each: (k + steps) / n. */
const b0Exact = (c: Compiled, k: number, steps: number): Rational =>
  c.totalWeight > 0 ? rational(BigInt(k + steps), BigInt(c.totalWeight)) : rationals.ZERO;

/**
 * What each ballot spent in the MES phase, per unit of weight: each round's full payment is its
 * `ρ` (utility 1), and a supporter with less left pays all it has.
 */
const spentBy = (c: Compiled, b0: Rational, phase: readonly AllocationRound[]): Rational[] => {
  // Voters with the same history hold the same value, as the same object: each round maps every
  // distinct value once (a memo keyed by the object), so the exact arithmetic runs once per
  // distinct budget, not once per voter (10,000 voters hold a few dozen distinct budgets).
  const left: Rational[] = Array.from({ length: c.weights.length }, () => b0);
  const index = new Map(c.ids.map((id, p) => [id, p] as const));
  for (const round of phase) {
    const rho = parseRational(round.rho ?? "0") ?? rationals.ZERO;
    const after = new Map<Rational, Rational>();
    for (const j of c.supporters[index.get(round.project) as number] as Int32Array) {
      const has = left[j] as Rational;
      let next = after.get(has);
      if (next === undefined) {
        next = rationals.compare(has, rho) <= 0 ? rationals.ZERO : sub(has, rho);
        after.set(has, next);
      }
      left[j] = next;
    }
  }
  const spent = new Map<Rational, Rational>();
  return left.map((l) => {
    let s = spent.get(l);
    if (s === undefined) {
      s = sub(b0, l);
      spent.set(l, s);
    }
    return s;
  });
};

const plainRound = (electorate: Electorate, round: number, p: number, text: string): Round => ({
  round,
  tallies: {},
  elected: [electorate.candidates[p] as string],
  text,
});

const phragmenRound = (
  electorate: Electorate,
  r: AllocationRound,
  round: number,
  phase?: string,
): Round => ({
  round,
  tallies: {},
  elected: [r.project],
  text: `Round ${round}: ${r.project} is elected${phase === undefined ? "" : ` in ${phase}`}, its approvers having earned one seat at load ${r.load} (voters' share of a seat, ${electorate.denominator === 1 ? "per voter" : "per unit of weight"}).`,
});

const mesRound = (electorate: Electorate, r: AllocationRound): Round => ({
  round: r.round,
  tallies: {},
  elected: [r.project],
  text: `Round ${r.round}: ${r.project} is elected, its approvers each paying at most ${r.pricePerSupporter ?? r.rho} of a seat (ρ = ${r.rho}${electorate.denominator === 1 ? "" : ", per unit of weight"}).`,
});

/** A tie order that breaks ties by a script and notes the ties met past it. */
interface PathTies extends TieOrder {
  /** Each tie met: its choice and its size. */
  readonly met: { choice: number; size: number }[];
}

const scriptedTies = (script: readonly number[], breaker: TieBreaker): PathTies => {
  const met: { choice: number; size: number }[] = [];
  return {
    met,
    ties: [],
    breaker,
    choose: (tied) => {
      const sorted = [...tied].sort((a, b) => a - b);
      // (add-one runs the count once per budget with the same script, so a tie may be smaller)
      const choice =
        met.length < script.length ? Math.min(script[met.length] as number, sorted.length - 1) : 0;
      met.push({ choice, size: sorted.length });
      return sorted[choice] as number;
    },
  };
};

const policyTies = (breaker: TieBreaker): TieOrder => ({
  ties: [],
  breaker,
  choose: (tied, at) => {
    const sorted = [...tied].sort((a, b) => a - b);
    return breaker.choose(sorted, "select", at) ?? (sorted[0] as number);
  },
});

interface PathResult {
  readonly selected: readonly number[];
  readonly rounds: readonly Round[];
  /** The committee may have fewer than k members (completion `none`). */
  readonly partial?: boolean;
  /** The tie order whose ties decided the committee (the kept run's, for add-one). */
  readonly ties: TieOrder;
}

/**
 * Runs a rule once under a deterministic policy, or once per order of breaking its ties under
 * `none` (depth first over the ties met), and ends the count.
 */
const countPaths = (
  rule: { id: string; variant?: string; rule: string; reason: string },
  electorate: Electorate,
  settings: Settings,
  tieBreaker: TieBreaker,
  c: Compiled,
  run: (makeOrder: () => TieOrder) => PathResult | undefined,
): E.Either<DecideError, ApprovalCommitteeOutcome> => {
  let approvals = 0;
  for (const s of c.supporters) approvals += s.length;
  const cost = (approvals + electorate.m) * settings.seats;
  const committees: number[][] = [];
  const keys = new Set<string>();
  let first: PathResult | undefined;
  let truncated = false;
  let work = 0;
  const add = (committee: number[]): boolean => {
    const key = keyOf(committee);
    if (keys.has(key)) return true;
    if (committees.length >= settings.maxCommittees) {
      truncated = true;
      return false;
    }
    keys.add(key);
    committees.push(committee);
    return true;
  };
  if (!settings.none) {
    const order = policyTies(tieBreaker);
    const result = run(() => order);
    if (result === undefined) return E.left(workLimitError(COMMITTEE_WORK, cost, cost));
    first = result;
    for (const committee of fill(electorate, settings, result, tieBreaker)) add(committee);
  } else {
    const stack: number[][] = [[]];
    while (stack.length > 0 && !truncated) {
      const script = stack.pop() as number[];
      work += cost;
      if (work > settings.maxWork)
        return E.left(workLimitError(COMMITTEE_WORK, work, settings.maxWork));
      const result = run(() => scriptedTies(script, tieBreaker));
      if (result === undefined)
        return E.left(workLimitError(COMMITTEE_WORK, work, settings.maxWork));
      const ties = result.ties as PathTies;
      first ??= result;
      for (const committee of fill(electorate, settings, result, undefined))
        if (!add(committee)) break;
      // the other choices at each tie met past the script, last first so the stack runs in order
      const chosen = ties.met.map((t) => t.choice);
      for (let t = ties.met.length - 1; t >= script.length; t--)
        for (let alt = (ties.met[t] as { size: number }).size - 1; alt >= 1; alt--)
          stack.push([...chosen.slice(0, t), alt]);
    }
  }
  const path = first as PathResult;
  const elected = committees[0] ?? [];
  const sorted = (x: readonly number[]) => [...x].sort((a, b) => a - b);
  const steps: ExplanationStep[] = [
    ruleStep(rule, settings.seats),
    ...path.rounds.map((r) => step("round", r.text, { round: r.round, tallies: r.tallies })),
  ];
  return E.right(
    finishCommittee({
      method: rule.id,
      ...(rule.variant === undefined ? {} : { variant: rule.variant }),
      electorate,
      settings,
      found: settings.none
        ? { committees: [...committees].sort((a, b) => byMembers(sorted(a), sorted(b))), truncated }
        : { committees: [elected], truncated: false },
      elected,
      tieBreaker,
      steps,
      rounds: path.rounds,
      reason: rule.reason,
    }),
  );
};

/**
 * Fills the seats the engines left open with candidates nobody approves: one committee chosen
 * by the policy, or every choice under `none`.
 */
const fill = (
  electorate: Electorate,
  settings: Settings,
  result: PathResult,
  tieBreaker: TieBreaker | undefined,
): number[][] => {
  const open = settings.seats - result.selected.length;
  if (open <= 0 || result.partial === true) return [[...result.selected]];
  const taken = new Set(result.selected);
  const rest = Array.from({ length: electorate.m }, (_, c) => c).filter((c) => !taken.has(c));
  if (tieBreaker !== undefined) {
    const chosen = [...result.selected];
    let left = rest;
    for (let i = 0; i < open; i++) {
      const c =
        tieBreaker.choose(left, "select", `seat ${chosen.length + 1}`) ?? (left[0] as number);
      chosen.push(c);
      left = left.filter((d) => d !== c);
    }
    return [chosen];
  }
  const out: number[][] = [];
  const pick = (from: number, chosen: number[]): void => {
    if (out.length > settings.maxCommittees) return;
    if (chosen.length === open) {
      out.push([...result.selected, ...chosen]);
      return;
    }
    for (let i = from; i < rest.length; i++) pick(i + 1, [...chosen, rest[i] as number]);
  };
  pick(0, []);
  return out;
};

const SEQ_PHRAGMEN = /* @__PURE__ */ spec(
  "seq-phragmen",
  "Sequential Phragmén: voters earn load at the same rate; each round elects the candidate whose approvers first earn one seat together, and their loads are reset to that moment.",
  "each member's approvers were the first to earn a seat in their round",
);
const EQUAL_SHARES = /* @__PURE__ */ spec(
  "equal-shares",
  "Method of Equal Shares: each voter gets k / n of a budget of k seats; each round elects the candidate its approvers can buy at the lowest price per approver, each paying at most that price; seats left open are completed.",
  "each member was bought by its approvers at the lowest price per approver in its round, or added by the completion",
);

/** The registry entry of {@link seqPhragmenCommittee}. @category registry */
export const seqPhragmenMethod: MethodDefinition<ApprovalCommitteeOptions> =
  /* @__PURE__ */ definition(
    "seq-phragmen",
    "Sequential Phragmén",
    "Each round elects the candidate whose approvers first earn one seat together (load balancing).",
    "Brill, Freeman, Janson and Lackner (2017), AAAI; Janson (2016); Lackner and Skowron (2023), def. 2.11.",
    "O(k A) exact rational steps per path, A the approvals",
    /* @__PURE__ */ methodLimits("seq-phragmen", 10_000, 65_534),
    ["jr", "pjr"],
    seqPhragmenCommittee,
  );

const EqualSharesOptionsSchema: z.ZodMiniType<Omit<EqualSharesCommitteeOptions, "seats">> =
  /* @__PURE__ */ pure(() =>
    z.strictObject({
      ...committeeOptionsShape,
      completion: z.optional(z.enum(["seq-phragmen", "av", "add-one", "none"])),
    }),
  );

/** The registry entry of {@link equalSharesCommittee}. @category registry */
export const equalSharesMethod: MethodDefinition<Omit<EqualSharesCommitteeOptions, "seats">> = {
  id: "equal-shares",
  name: "Method of Equal Shares (committee)",
  ballotKind: "approval",
  summary:
    "Each voter gets an equal share of the seats to spend; candidates are bought at the lowest price per approver, then completed (options.completion).",
  source:
    "Peters and Skowron (2020), Proportionality and the limits of welfarism, EC; Lackner and Skowron (2023), def. 2.14.",
  satisfies: ["anonymity", "neutrality"],
  fails: [],
  complexity: "O(k A) exact rational steps per path, A the approvals (add-one: per budget step)",
  limits: /* @__PURE__ */ methodLimits("equal-shares", 10_000, 65_534),
  multiSeat: true,
  guarantees: ["jr", "pjr", "ejr"],
  options: EqualSharesOptionsSchema,
  run: (profile, context) =>
    runCommittee<Omit<EqualSharesCommitteeOptions, "seats">>("equal-shares", equalSharesCommittee)(
      profile,
      context,
    ),
};
