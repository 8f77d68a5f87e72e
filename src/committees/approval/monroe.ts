/**
 * Monroe's rule for approval ballots (Monroe 1995, "Fully proportional representation", APSR 89;
 * Lackner and Skowron 2023, def. 2.10): each member of the committee represents an equal share of
 * the voters (⌊n/k⌋ or ⌈n/k⌉ of them, exactly n mod k members taking the larger share), and the
 * committee whose best such assignment gives the most voters a representative they approve wins.
 *
 * A committee's Monroe score is a maximum flow: source → each distinct ballot (its count) →
 * every member it approves → sink with capacity ⌊n/k⌋ each, plus one extra unit per member
 * through a node that lets at most n mod k members take it; voters left over fill the remaining
 * places unsatisfied. Every committee is scored (Monroe's rule is NP-hard), within
 * `options.maxWork`. Whole ballot counts only (a share of voters must be whole).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { ApprovalProfile } from "../../ballots/profile.js";
import { type DecideError, unsupported } from "../../core/errors.js";
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
  type Electorate,
  finishCommittee,
  resolveCommittees,
} from "./shared.js";
import { definition, spec } from "./thiele.js";

const RULE = /* @__PURE__ */ spec(
  "monroe",
  "Monroe's rule: each member represents an equal share of the voters; the committee whose best assignment gives the most voters a representative they approve is elected.",
  "no committee satisfies more voters with equal shares (score: voters satisfied)",
);

/**
 * The Monroe score of a committee: the most voters that can be assigned, in equal shares, to a
 * member they approve.
 *
 * @internal
 */
export const monroeScore = (electorate: Electorate, committee: readonly number[]): number => {
  const k = committee.length;
  const n = Math.round(electorate.total);
  const share = Math.floor(n / k);
  const extra = n % k;
  const rows = electorate.rows;
  // Nodes: 0 source, 1..rows ballots, then k members, then the extra node, then the sink.
  const member0 = 1 + rows;
  const extraNode = member0 + k;
  const sink = extraNode + 1;
  const size = sink + 1;
  const head: number[][] = Array.from({ length: size }, () => []);
  const to: number[] = [];
  const cap: number[] = [];
  const edge = (a: number, b: number, c: number): void => {
    head[a]?.push(to.length);
    to.push(b);
    cap.push(c);
    head[b]?.push(to.length);
    to.push(a);
    cap.push(0);
  };
  const index = new Map(committee.map((c, i) => [c, i] as const));
  for (let r = 0; r < rows; r++) {
    edge(0, 1 + r, electorate.weight[r] as number);
    for (const c of electorate.approved[r] as Int32Array) {
      const i = index.get(c);
      if (i !== undefined) edge(1 + r, member0 + i, n);
    }
  }
  for (let i = 0; i < k; i++) {
    edge(member0 + i, sink, share);
    edge(member0 + i, extraNode, 1);
  }
  edge(extraNode, sink, extra);
  let flow = 0;
  for (;;) {
    const from = new Int32Array(size).fill(-1);
    from[0] = -2;
    const queue = [0];
    for (let q = 0; q < queue.length && (from[sink] as number) === -1; q++) {
      const a = queue[q] as number;
      for (const e of head[a] as number[]) {
        const b = to[e] as number;
        if ((cap[e] as number) > 0 && (from[b] as number) === -1) {
          from[b] = e;
          queue.push(b);
        }
      }
    }
    if ((from[sink] as number) === -1) return flow;
    let push = Number.POSITIVE_INFINITY;
    for (let b = sink; b !== 0; b = to[(from[b] as number) ^ 1] as number)
      push = Math.min(push, cap[from[b] as number] as number);
    for (let b = sink; b !== 0; b = to[(from[b] as number) ^ 1] as number) {
      const e = from[b] as number;
      cap[e] = (cap[e] as number) - push;
      cap[e ^ 1] = (cap[e ^ 1] as number) + push;
    }
    flow += push;
  }
};

/**
 * Elects the committee whose members, each representing an equal share of the voters, can give
 * the most voters a representative they approve (Monroe's rule).
 *
 * @remarks
 * Monroe (1995), APSR 89; Lackner and Skowron (2023), def. 2.10. Satisfies JR when k divides n
 * (Aziz et al. 2017). NP-hard: every committee is scored by a maximum flow, within
 * `options.maxWork`. `committeeScore` is the number of voters satisfied. Needs whole ballot counts.
 *
 * @param profile - approval ballots (whole counts).
 * @param options - `seats`; `maxCommittees`, `maxWork`.
 * @param tieBreak - how ties between optimal committees are broken (default lexicographic).
 * @returns the outcome, or `Unsupported` for fractional counts or past the work limit.
 * @example
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { monroe } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c"], [{ approve: ["a", "b"], count: 3 }, { approve: ["c"], count: 3 }]);
 * const outcome = E.isRight(p) ? monroe(p.right, { seats: 2 }, { kind: "none" }) : undefined;
 * outcome && E.isRight(outcome) && outcome.right.committees; // => [["a", "c"], ["b", "c"]]
 * ```
 *
 * @category committees
 */
export const monroe = (
  profile: ApprovalProfile,
  options: CommitteeRuleOptions,
  tieBreak: TieBreakPolicy = LEXICOGRAPHIC,
): E.Either<DecideError, ApprovalCommitteeOutcome> => {
  if (profile.countDenominator !== 1)
    return E.left(
      unsupported(
        "fractional_counts",
        "Monroe's rule gives each member a whole share of the voters, so it needs whole ballot counts.",
      ),
    );
  const started = begin(profile, options, tieBreak);
  if (E.isLeft(started)) return started;
  const { electorate, settings, tieBreaker } = started.right;
  const found = bestByValue(electorate.m, settings, {
    value: (c) => monroeScore(electorate, c),
    compare: (a, b) => b - a,
    cost: 4 * (electorate.rows + settings.seats) * (settings.seats + 2),
  });
  if (E.isLeft(found)) return found;
  const elected = settings.none
    ? (found.right.committees[0] ?? [])
    : resolveCommittees(found.right.committees, tieBreaker, "winning committees");
  const n = found.right.committees.length;
  return E.right(
    finishCommittee({
      method: RULE.id,
      electorate,
      settings,
      found: found.right,
      elected,
      tieBreaker,
      steps: [
        ruleStep(RULE, settings.seats),
        step(
          "search",
          `The exact search found ${n}${found.right.truncated ? " or more" : ""} ${n === 1 ? "committee" : "committees"} with the highest Monroe score.`,
          { committees: n, truncated: found.right.truncated },
        ),
      ],
      score: (c) => monroeScore(electorate, c),
      reason: RULE.reason,
    }),
  );
};

/** The registry entry of {@link monroe}. @category registry */
export const monroeMethod: MethodDefinition<ApprovalCommitteeOptions> = /* @__PURE__ */ definition(
  "monroe",
  "Monroe's rule",
  "Each member represents an equal share of the voters; the committee satisfying the most voters so wins.",
  "Monroe (1995), American Political Science Review 89; Lackner and Skowron (2023), def. 2.10.",
  "NP-hard; every committee scored by a maximum flow, at most options.maxWork steps",
  /* @__PURE__ */ methodLimits("monroe", 30, 200),
  [],
  monroe,
);
