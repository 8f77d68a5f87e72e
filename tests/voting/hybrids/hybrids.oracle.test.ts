/**
 * An independent oracle for the Condorcet–IRV hybrids (STYLE.md, "An independent oracle"): each
 * rule written again from its definition, slowly, following every path through every tie with no
 * memoisation. Under `tieBreak: none` the library's winners must be exactly the union of the
 * winners over all paths; under every deciding policy, the winner must be one of them.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnyMethodDefinition } from "../../../src/counting/method.js";
import { getMethod } from "../../../src/voting/index.js";
import { runs } from "../../helpers/runs.js";
import { outcomeOf, specOf, type TestProfile, weakProfiles } from "../helpers/axioms.js";

const NAMES = ["ann", "bo", "cy", "di", "ed"];
const SCALE = 12; // lcm(1..4): a vote split k ways stays whole

const rankOf = (tiers: readonly (readonly number[])[], c: number): number => {
  const t = tiers.findIndex((tier) => tier.includes(c));
  return t < 0 ? Number.POSITIVE_INFINITY : t;
};

const prefer = (p: TestProfile, i: number, j: number): number =>
  p.ballots.reduce((s, b) => s + (rankOf(b.tiers, i) < rankOf(b.tiers, j) ? b.count : 0), 0);

const beats = (p: TestProfile, i: number, j: number): boolean => prefer(p, i, j) > prefer(p, j, i);

/** The Smith (or Schwartz) set of the contests among S. */
const topSet = (p: TestProfile, S: readonly number[], schwartz = false): number[] => {
  const edge = (i: number, j: number): boolean => (schwartz ? beats(p, i, j) : !beats(p, j, i));
  // reach[i][j]: j reachable from i along edges (within S)
  const reach = new Map<number, Set<number>>();
  for (const i of S) {
    const seen = new Set<number>([i]);
    const stack = [i];
    while (stack.length > 0) {
      const v = stack.pop() as number;
      for (const w of S)
        if (!seen.has(w) && edge(v, w)) {
          seen.add(w);
          stack.push(w);
        }
    }
    reach.set(i, seen);
  }
  // i is in the top set when everyone who reaches i is reached by i.
  return S.filter((i) => S.every((j) => !reach.get(j)?.has(i) || reach.get(i)?.has(j)));
};

const firstPrefs = (
  p: TestProfile,
  S: readonly number[],
): { votes: Map<number, number>; active: number } => {
  const votes = new Map(S.map((c) => [c, 0]));
  let active = 0;
  for (const b of p.ballots) {
    const top = b.tiers.map((t) => t.filter((c) => S.includes(c))).find((t) => t.length > 0);
    if (top === undefined) continue;
    active += b.count * SCALE;
    for (const c of top) votes.set(c, (votes.get(c) as number) + (b.count * SCALE) / top.length);
  }
  return { votes, active };
};

const fewest = (votes: Map<number, number>): number[] => {
  const min = Math.min(...votes.values());
  return [...votes.keys()].filter((c) => votes.get(c) === min);
};

type Rule = (p: TestProfile, S: readonly number[]) => { win: number[] } | { drop: number[][] };

const without = (S: readonly number[], out: readonly number[]): number[] =>
  S.filter((c) => !out.includes(c));

const irvRule: Rule = (p, S) => {
  const { votes, active } = firstPrefs(p, S);
  const max = Math.max(...votes.values());
  const leaders = S.filter((c) => votes.get(c) === max);
  if (leaders.length === 1 && 2 * max > active) return { win: leaders };
  if (S.length === 1) return { win: [...S] };
  if (S.length === 2 && leaders.length === 2) return { win: [...S] };
  return { drop: fewest(votes).map((c) => [c]) };
};

const RULES: Record<string, (p: TestProfile) => Rule> = {
  contingent: (p) => (q, S) => {
    const { votes, active } = firstPrefs(q, S);
    const max = Math.max(...votes.values());
    const leaders = S.filter((c) => votes.get(c) === max);
    if (leaders.length === 1 && 2 * max > active) return { win: leaders };
    if (S.length <= 2) return { win: leaders };
    if (S.length < p.n) throw new Error("the second count is between two");
    // Every pair that can be the top two.
    const drops: number[][] = [];
    for (const x of S)
      for (const y of S) {
        if (x >= y) continue;
        const others = S.filter((c) => c !== x && c !== y);
        const low = Math.min(votes.get(x) as number, votes.get(y) as number);
        if (others.every((c) => (votes.get(c) as number) <= low)) drops.push(others);
      }
    return { drop: drops };
  },
  "smith-irv": (p) => {
    const smith = topSet(
      p,
      NAMES.slice(0, p.n).map((_, c) => c),
    );
    return (q, S) =>
      S.some((c) => !smith.includes(c)) ? { drop: [without(S, smith)] } : irvRule(q, S);
  },
  "tideman-alternative": () => (p, S) => {
    const top = topSet(p, S);
    if (top.length === 1) return { win: top };
    if (top.length < S.length) return { drop: [without(S, top)] };
    return { drop: fewest(firstPrefs(p, S).votes).map((c) => [c]) };
  },
  benham: () => (p, S) => {
    const cw = S.find((i) => S.every((j) => j === i || beats(p, i, j)));
    if (cw !== undefined) return { win: [cw] };
    return { drop: fewest(firstPrefs(p, S).votes).map((c) => [c]) };
  },
  woodall: (p) => {
    const smith = topSet(
      p,
      NAMES.slice(0, p.n).map((_, c) => c),
    );
    return (q, S) => {
      const left = S.filter((c) => smith.includes(c));
      if (left.length === 1) return { win: left };
      return { drop: fewest(firstPrefs(q, S).votes).map((c) => [c]) };
    };
  },
  "condorcet-irv": (p) => {
    const all = NAMES.slice(0, p.n).map((_, c) => c);
    const cw = all.find((i) => all.every((j) => j === i || beats(p, i, j)));
    return (q, S) => (S.length === p.n && cw !== undefined ? { win: [cw] } : irvRule(q, S));
  },
  "btr-irv": () => (p, S) => {
    if (S.length === 1) return { win: [...S] };
    const { votes } = firstPrefs(p, S);
    const sorted = [...S].sort((a, b) => (votes.get(a) as number) - (votes.get(b) as number));
    const second = votes.get(sorted[1] as number) as number;
    // Every pair that can be the bottom two: all members at or below the second-lowest value.
    const low = S.filter((c) => (votes.get(c) as number) <= second);
    const min = votes.get(sorted[0] as number) as number;
    const drops = new Set<number>();
    for (const x of low)
      for (const y of low) {
        if (x >= y) continue;
        // A valid bottom pair: both at the minimum, or one at the minimum and the other at the
        // second value when the minimum is held by one candidate alone.
        const atMin = [x, y].filter((c) => votes.get(c) === min).length;
        const minCount = S.filter((c) => votes.get(c) === min).length;
        if (!(atMin === 2 || (atMin === 1 && minCount === 1))) continue;
        if (!beats(p, x, y)) drops.add(x);
        if (!beats(p, y, x)) drops.add(y);
      }
    return { drop: [...drops].map((c) => [c]) };
  },
};

const everyWinner = (p: TestProfile, rule: Rule, S: readonly number[]): Set<number> => {
  const verdict = rule(p, S);
  if ("win" in verdict) return new Set(verdict.win);
  const out = new Set<number>();
  for (const d of verdict.drop) for (const w of everyWinner(p, rule, without(S, d))) out.add(w);
  return out;
};

const POLICIES = [
  { kind: "lexicographic" },
  { kind: "random", seed: "oracle" },
  { kind: "backwards" },
];

describe.each(Object.keys(RULES))("%s against a brute-force oracle of every tie path", (id) => {
  const method = getMethod(id) as AnyMethodDefinition;
  it("under tieBreak none, elects exactly the winners of every path; a deciding policy elects one of them", () => {
    fc.assert(
      fc.property(weakProfiles, (profile) => {
        const all = NAMES.slice(0, profile.n).map((_, c) => c);
        const expected = [
          ...everyWinner(profile, (RULES[id] as (p: TestProfile) => Rule)(profile), all),
        ]
          .map((c) => NAMES[c] as string)
          .sort();
        const none = outcomeOf(specOf(method, profile, undefined, { tieBreak: { kind: "none" } }));
        expect([...none.winners].sort()).toEqual(expected);
        const names = NAMES.slice(0, profile.n);
        for (const tieBreak of [...POLICIES, { kind: "order", order: [...names].reverse() }]) {
          const decided = outcomeOf(specOf(method, profile, undefined, { tieBreak }));
          expect(decided.winners).toHaveLength(1);
          expect(expected).toContain(decided.winners[0]);
        }
      }),
      { numRuns: runs(300) },
    );
  });
});
