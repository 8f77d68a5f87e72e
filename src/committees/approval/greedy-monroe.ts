/**
 * Greedy Monroe (Skowron, Faliszewski and Slinko 2015, "Achieving fully proportional
 * representation: approximability results", Artificial Intelligence 222, Algorithm A; for approval
 * ballots as Lackner and Skowron 2023, section 2.5 and Example 2.8, define it, and as abcvoting's
 * `greedy-monroe` computes it): k rounds; in round t the candidate approved by the most voters
 * not yet assigned joins the committee, and up to a share of those approvers are assigned to it and
 * leave. The share is ⌈n/k⌉ in the first n mod k rounds and ⌊n/k⌋ after, n the number of voters,
 * so every member represents an equal share as under Monroe's rule; voters who approve nobody
 * elected stay unassigned (they fill the shares unsatisfied, which changes no later round).
 *
 * **It depends on the order of the voters.** When a member's approvers outnumber its share, those
 * assigned are the first in voter order, and who is left decides the later rounds. The order here
 * is the profile's order of distinct ballots (the order in which each ballot first appears in the
 * input), the voters of one ballot together: a spec's ballots are counted in the order given. Ties
 * between candidates with the most remaining approvers go to the tie-break policy; under `none`
 * every tie path is followed and `committees` lists every committee reached (abcvoting computes
 * greedy Monroe resolutely only). The explanation records, round by round, who joined, the share,
 * and how many voters of each ballot were assigned.
 *
 * Whole ballot counts only (a share of voters must be whole). O(k (B + n)) per path for B distinct
 * ballots and n candidates; the tie paths under `none` are bounded by `options.maxWork`.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { ApprovalProfile } from "../../ballots/profile.js";
import { type DecideError, unsupported } from "../../core/errors.js";
import { step } from "../../core/explanation.js";
import { pure } from "../../core/internal/pure.js";
import { workLimitError } from "../../core/limits.js";
import type { Round } from "../../core/outcome.js";
import type { TieBreakPolicy } from "../../core/tie-break.js";
import { methodLimits } from "../../counting/limits.js";
import type { MethodDefinition } from "../../counting/method.js";
import { listNames, namesOf } from "../../counting/outcome.js";
import { LEXICOGRAPHIC } from "../../counting/ranked.js";
import { begin, type CommitteeRuleOptions, ruleStep } from "./counts.js";
import {
  type ApprovalCommitteeOptions,
  type ApprovalCommitteeOutcome,
  byMembers,
  COMMITTEE_WORK,
  finishCommittee,
  keyOf,
} from "./shared.js";
import { definition, spec } from "./thiele.js";

const RULE = /* @__PURE__ */ spec(
  "greedy-monroe",
  "Greedy Monroe: in each round the candidate approved by the most voters not yet assigned joins, and up to an equal share of those voters (the first in ballot order) are assigned to it.",
  "each member was approved by the most voters still unassigned when it joined",
);

/**
 * Elects a committee by greedy Monroe: each new member takes an equal share of the voters who
 * approve it and are not yet represented.
 *
 * @remarks
 * Skowron, Faliszewski and Slinko (2015), Artificial Intelligence 222, Algorithm A (greedy
 * Monroe); Lackner and Skowron (2023), Example 2.8. A polynomial-time approximation of Monroe's
 * rule; unlike Monroe's rule it depends on the order of the voters (see the module comment: the
 * order of the distinct ballots as given). Exact (counts of voters). Needs whole ballot counts.
 * `committeeScore` is the number of voters the greedy assignment satisfies (each assigned to a
 * member they approve); Monroe's own score of the committee (its best assignment) is at least this. Tie-break `none`: every committee some resolution of the ties reaches.
 *
 * @param profile - approval ballots (whole counts), in the voter order to use.
 * @param options - `seats`; `maxCommittees`, `maxWork`.
 * @param tieBreak - how ties between candidates with the most remaining approvers are broken.
 * @returns the outcome (`rounds`: each round's remaining approvals, the share and the voters
 * assigned), or `Unsupported` for fractional counts or past the work limit.
 * @example The book's running example: a, c, d and f
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { greedyMonroe } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c", "d", "e", "f", "g", "h"], [
 *   { approve: ["a", "b"], count: 3 }, { approve: ["a", "c"], count: 3 },
 *   { approve: ["a", "d"], count: 2 }, { approve: ["b", "c", "f"] },
 *   { approve: ["e"] }, { approve: ["f"] }, { approve: ["g"] },
 * ]);
 * const outcome = E.isRight(p) ? greedyMonroe(p.right, { seats: 4 }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.winners; // => ["a", "c", "d", "f"]
 * ```
 *
 * @category committees
 */
export const greedyMonroe = (
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<DecideError, ApprovalCommitteeOutcome> => {
  if (profile.countDenominator !== 1)
    return E.left(
      unsupported(
        "fractional_counts",
        "Greedy Monroe gives each member a whole share of the voters, so it needs whole ballot counts.",
      ),
    );
  const started = begin(profile, options, tieBreak);
  if (E.isLeft(started)) return started;
  const { electorate, settings, tieBreaker } = started.right;
  const { m, rows, candidates } = electorate;
  const k = settings.seats;
  const n = Math.round(electorate.total);
  const small = Math.floor(n / k);
  const bigRounds = n % k;
  const shareOf = (t: number): number => (t < bigRounds ? small + 1 : small);
  const remaining = Float64Array.from(electorate.weight);
  const member = new Uint8Array(m);
  const path: number[] = [];
  const rounds: Round[] = [];
  const results: number[][] = [];
  /** The voters each committee's greedy assignment satisfies, by committee key. */
  const satisfied = new Map<string, number>();
  let assignedSoFar = 0;
  const seen = new Set<string>();
  const visited = new Set<string>();
  let truncated = false;
  let stopped = false;
  let work = 0;

  /** Each candidate's remaining approvers (voters not yet assigned). */
  const approvalsLeft = (): Float64Array => {
    const left = new Float64Array(m);
    for (let r = 0; r < rows; r++) {
      const w = remaining[r] as number;
      if (w === 0) continue;
      for (const c of electorate.approved[r] as Int32Array) left[c] = (left[c] as number) + w;
    }
    return left;
  };

  /** Assigns up to `share` approvers of `c`, first ballots first; returns what each row gave. */
  const assign = (c: number, share: number): Map<number, number> => {
    const taken = new Map<number, number>();
    let need = share;
    for (const r of electorate.supporters[c] as Int32Array) {
      if (need === 0) break;
      const w = remaining[r] as number;
      if (w === 0) continue;
      const x = Math.min(w, need);
      remaining[r] = w - x;
      need -= x;
      taken.set(r, x);
    }
    return taken;
  };

  const walk = (first: boolean): void => {
    if (stopped) return;
    work += rows + m;
    if (work > settings.maxWork) {
      stopped = true;
      return;
    }
    if (path.length === k) {
      const key = keyOf(path);
      if (seen.has(key)) return;
      if (results.length >= settings.maxCommittees) {
        truncated = true;
        stopped = settings.none;
        return;
      }
      seen.add(key);
      results.push([...path]);
      satisfied.set(key, assignedSoFar);
      return;
    }
    if (settings.none) {
      // The state: who is elected and who is still unassigned (the order of election is not).
      const key = `${keyOf(path)}|${remaining.join(",")}`;
      if (visited.has(key)) return;
      visited.add(key);
    }
    const left = approvalsLeft();
    let best = -1;
    for (let c = 0; c < m; c++)
      if (member[c] === 0 && (left[c] as number) > best) best = left[c] as number;
    const tied: number[] = [];
    for (let c = 0; c < m; c++) if (member[c] === 0 && left[c] === best) tied.push(c);
    const t = path.length;
    const share = shareOf(t);
    let choices = tied;
    if (tied.length > 1 && (first || !settings.none)) {
      const chosen = tieBreaker.choose(tied, "select", `round ${t + 1}`);
      if (chosen !== undefined) choices = [chosen];
    }
    choices.forEach((c, i) => {
      const before = Float64Array.from(remaining);
      const taken = assign(c, share);
      let gave = 0;
      for (const x of taken.values()) gave += x;
      if (first && i === 0) rounds.push(roundOf(t, c, share, left, taken));
      member[c] = 1;
      path.push(c);
      assignedSoFar += gave;
      walk(first && i === 0);
      assignedSoFar -= gave;
      path.pop();
      member[c] = 0;
      remaining.set(before);
    });
  };

  const roundOf = (
    t: number,
    c: number,
    share: number,
    left: Float64Array,
    taken: ReadonlyMap<number, number>,
  ): Round => {
    const tallies: Record<string, number> = {};
    for (let x = 0; x < m; x++)
      if (member[x] === 0)
        Object.defineProperty(tallies, candidates[x] as string, {
          value: left[x] as number,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    let assigned = 0;
    for (const x of taken.values()) assigned += x;
    const name = candidates[c] as string;
    return {
      round: t + 1,
      tallies,
      elected: [name],
      text: `Round ${t + 1}: ${name} joins, approved by ${left[c]} ${left[c] === 1 ? "voter" : "voters"} not yet assigned; ${assigned} of them (share ${share}, the first in ballot order) are assigned to ${name}.`,
    };
  };

  walk(true);
  if (stopped && !truncated) return E.left(workLimitError(COMMITTEE_WORK, work, settings.maxWork));
  const elected = results[0] ?? [];
  const sortedOf = (c: readonly number[]): number[] => [...c].sort((a, b) => a - b);
  const found = settings.none
    ? {
        committees: [...results].sort((a, b) => byMembers(sortedOf(a), sortedOf(b))),
        truncated,
      }
    : { committees: [elected], truncated: false };
  const assignedSteps = rounds.map((r) =>
    step("round", r.text, { round: r.round, tallies: r.tallies, elected: r.elected ?? [] }),
  );
  return E.right(
    finishCommittee({
      method: RULE.id,
      electorate,
      settings,
      found,
      elected,
      tieBreaker,
      steps: [
        ruleStep(RULE, k),
        step(
          "order",
          `Voters are taken in ballot order (each distinct ballot where it first appears, its voters together); shares: ${bigRounds > 0 ? `${small + 1} voters in the first ${bigRounds} ${bigRounds === 1 ? "round" : "rounds"}, then ${small}` : `${small} voters each`} (${n} ${n === 1 ? "voter" : "voters"}, ${k} ${k === 1 ? "seat" : "seats"}).${settings.none && results.length > 1 ? ` Ties lead to ${results.length} committees: ${results.map((c) => listNames(namesOf(candidates, sortedOf(c)))).join("; ")}.` : ""}`,
          { voters: n, seats: k, shares: Array.from({ length: k }, (_, t) => shareOf(t)) },
        ),
        ...assignedSteps,
      ],
      rounds,
      score: (c) => satisfied.get(keyOf(c)) ?? 0,
      reason: RULE.reason,
    }),
  );
};

/**
 * The registry entry of {@link greedyMonroe}. Unlike the other committee rules it does not claim
 * anonymity: the order of the ballots can change the committee (see the module comment).
 *
 * @category registry
 */
export const greedyMonroeMethod: MethodDefinition<ApprovalCommitteeOptions> = /* @__PURE__ */ pure(
  () => {
    const base = definition(
      "greedy-monroe",
      "Greedy Monroe",
      "Each round the candidate approved by the most unrepresented voters joins and takes an equal share of them; depends on the order of the ballots.",
      "Skowron, Faliszewski and Slinko (2015), Artificial Intelligence 222, Algorithm A; Lackner and Skowron (2023), Example 2.8.",
      "O(k (B + n)) for B distinct ballots, n candidates and k seats; tie paths under tie-break none within options.maxWork",
      methodLimits("greedy-monroe", 10_000, 65_534),
      [],
      greedyMonroe,
    );
    return {
      ...base,
      satisfies: base.satisfies.filter((p) => p !== "anonymity"),
      fails: [...base.fails, "anonymity"],
    };
  },
);
