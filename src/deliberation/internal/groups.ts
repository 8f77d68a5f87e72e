/**
 * Groups of interchangeable people ("types"), for the LP sortition methods.
 *
 * Two people are interchangeable when they have the same value for every feature and no household
 * links either of them to anyone else in the pool: swapping them maps every quota-meeting panel
 * (households respected) to a quota-meeting panel. People who share a household with someone else
 * stay a group of their own.
 *
 * Why leximin (and maximin) may work on groups, one LP variable per group instead of one per person:
 * - Symmetry. Let σ permute people within their groups. σ maps panels to panels and a distribution
 *   λ to a distribution σλ whose probabilities are π permuted by σ, so σλ is feasible and has the
 *   same sorted probabilities. Averaging σλ over all such σ gives a distribution λ̄ (feasible: the
 *   set of distributions is convex) whose probabilities are the group averages of π; averaging
 *   never lowers the minimum probability (a group average is at least the group's minimum), so
 *   maximin's value is reached by a group-symmetric distribution. For leximin, the optimal
 *   probabilities π are unique (the leximin optimum over a convex set of probability vectors is
 *   a single vector), and σπ is leximin-optimal too, so σπ = π for every σ: everyone in a group
 *   already has the same probability in every leximin-optimal distribution, and λ̄ is one of them.
 *   Each stage of the computation (the probabilities fixed so far being equal within groups) is
 *   symmetric in the same way, so the argument holds stage by stage.
 * - Reduction. A group-symmetric distribution is described by a distribution over count vectors
 *   (how many people each panel takes from each group), with each panel's members chosen uniformly
 *   within each group: a person of group t then has probability Σ_c λ_c · c_t / m_t, m_t the
 *   group's size. The dual LP's variable yᵢ can be taken equal within a group (the same averaging),
 *   so each stage's LP has one column per group, and its rows are count vectors.
 * - Pricing is unchanged: with yᵢ = y_t for every person of group t, the person-level pricing MIP
 *   and local search find the panel of largest Σ_t c_t y_t, and that panel's count vector.
 *
 * A count vector is stored as its canonical panel: from each group, its first c_t members in pool
 * order (a quota-meeting panel with households respected, since a merged group has no household
 * links). The draw picks a count vector with the seeded generator, then the members of each group
 * uniformly with the same generator (see {@link drawMembers}).
 *
 * @internal
 * @module
 */
import type { Prng } from "../../core/prng.js";
import type { Instance } from "../sortition.js";

/** The groups of an instance. @internal */
export interface Groups {
  /** The number of groups. */
  readonly count: number;
  /** of[i]: the group of person i. */
  readonly of: Int32Array;
  /** size[t]: the number of people in group t. */
  readonly size: Int32Array;
  /** members[t]: the people of group t, in pool order. */
  readonly members: readonly Int32Array[];
}

/**
 * Groups the pool by features (people in a household of two or more are each their own group).
 * With `merge` false every person is a group of one: the person-level computation, kept for tests.
 * O(pool × features). @internal
 */
export const groupPeople = (instance: Instance, merge = true): Groups => {
  const { ids, features, personValue, household } = instance;
  const n = ids.length;
  const F = features.length;
  const homeSize = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const h = household[i] as number;
    if (h >= 0) homeSize.set(h, (homeSize.get(h) ?? 0) + 1);
  }
  const of = new Int32Array(n);
  const lists: number[][] = [];
  const byKey = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const h = household[i] as number;
    const alone = !merge || (h >= 0 && (homeSize.get(h) as number) > 1);
    let t: number | undefined;
    if (!alone) {
      const key = Array.from(personValue.subarray(i * F, i * F + F)).join(",");
      t = byKey.get(key);
      if (t === undefined) {
        t = lists.length;
        byKey.set(key, t);
        lists.push([]);
      }
    } else {
      t = lists.length;
      lists.push([]);
    }
    of[i] = t;
    (lists[t] as number[]).push(i);
  }
  return {
    count: lists.length,
    of,
    size: Int32Array.from(lists, (l) => l.length),
    members: lists.map((l) => Int32Array.from(l)),
  };
};

/** How many people a panel takes from each group. @internal */
export const countsOf = (groups: Groups, panel: ArrayLike<number>): Int32Array => {
  const c = new Int32Array(groups.count);
  for (let k = 0; k < panel.length; k++) {
    const t = groups.of[panel[k] as number] as number;
    c[t] = (c[t] as number) + 1;
  }
  return c;
};

/**
 * The canonical panel of a panel's count vector: from each group, its first c_t members in pool
 * order; sorted. Panels with the same counts have the same canonical panel. @internal
 */
export const canonical = (groups: Groups, panel: ArrayLike<number>): Int32Array => {
  const used = new Map<number, number>();
  const out = new Int32Array(panel.length);
  for (let k = 0; k < panel.length; k++) {
    const t = groups.of[panel[k] as number] as number;
    const c = used.get(t) ?? 0;
    used.set(t, c + 1);
    out[k] = (groups.members[t] as Int32Array)[c] as number;
  }
  return out.sort();
};

/** Expands per-group values to per-person values. @internal */
export const perPerson = (groups: Groups, values: Float64Array): Float64Array =>
  Float64Array.from(groups.of, (t) => values[t] as number);

/**
 * The members of a drawn count vector (given as its canonical panel): for each group the panel
 * uses, in increasing group order (groups are numbered by their first member's place in the pool),
 * c_t of its m_t members chosen uniformly by a partial Fisher–Yates shuffle of the group in pool
 * order (c_t calls `prng.nextInt(m_t − j)`, j = 0..c_t − 1); a group of one takes its member
 * without drawing. Returns the people in that order. @internal
 */
export const drawMembers = (groups: Groups, representative: Int32Array, prng: Prng): number[] => {
  const counts = countsOf(groups, representative);
  const out: number[] = [];
  for (let t = 0; t < groups.count; t++) {
    const c = counts[t] as number;
    if (c === 0) continue;
    const members = Array.from(groups.members[t] as Int32Array);
    const m = members.length;
    if (c === m) {
      out.push(...members);
      continue;
    }
    for (let j = 0; j < c; j++) {
      const r = j + prng.nextInt(m - j);
      const chosen = members[r] as number;
      members[r] = members[j] as number;
      members[j] = chosen;
      out.push(chosen);
    }
  }
  return out;
};
