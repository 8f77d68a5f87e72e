/**
 * The machinery every Condorcet-family method shares: the pairwise contests read off one
 * {@link PairwiseTally}, the Condorcet winner and loser, the Smith and Schwartz sets, the
 * strength of a pairwise defeat (winning votes, margin, ratio), strongest paths, and the
 * plain-data pieces of a Condorcet outcome (the pairwise matrix as exact values).
 *
 * Every comparison reads the tally's scaled whole numbers (`counts[i * n + j]` over one common
 * denominator), so it is exact: no division is ever needed to decide who beats whom.
 *
 * Conventions, the literature's:
 * - `i` **beats** `j` when more voters rank `i` above `j` than `j` above `i` (a strict majority of
 *   those expressing a preference); a pairwise **tie** is neither.
 * - The **Smith set** (Smith 1973; the "top cycle" or GETCHA set of Schwartz 1986) is the smallest
 *   non-empty set of candidates each of whom beats every candidate outside it. It is the top
 *   strongly connected component of the relation "beats or ties", so a candidate tied with a member
 *   is a member too.
 * - The **Schwartz set** (Schwartz 1986, GOCHA) is the union of the minimal sets that no outside
 *   candidate beats: the source components of the relation "beats". It is a subset of the Smith
 *   set, and equal to it when there are no pairwise ties.
 *
 * @module
 */
import type { RankedProfile, UnrankedRule } from "../../ballots/profile.js";
import { type PairwiseTally, pairwiseTally } from "../../ballots/tally/pairwise.js";
import { recordOf } from "../../core/internal/record.js";
import type { ExactValue, Outcome } from "../../core/outcome.js";
import { exactScaled, listNames } from "../../counting/outcome.js";

/**
 * How the strength of a pairwise defeat is measured (Schulze 2011, section 2.1; Tideman 1987):
 * - `winning`: the number of voters who rank the winner of the contest above the loser (when two
 *   defeats have equal winning votes, the one with fewer opposing votes is stronger);
 * - `margin`: the winner's votes minus the loser's;
 * - `ratio`: the winner's votes divided by the loser's (a defeat with no opposing votes is
 *   stronger than any with some; two such defeats compare by winning votes).
 *
 * @category methods
 */
export type DefeatStrength = "winning" | "margin" | "ratio";

// ---------------------------------------------------------------------------------------------
// Public set functions
// ---------------------------------------------------------------------------------------------

/**
 * Finds the candidate who beats every other candidate head to head, if there is one.
 *
 * @remarks
 * Condorcet (1785). A pairwise tie is not a win, so with ties there may be no Condorcet winner
 * even when nobody beats some candidate. With one candidate, that candidate is the Condorcet
 * winner. O(n²) on the tally.
 *
 * @example Tennessee capital (Wikipedia): Nashville beats every other city
 * ```ts
 * import { pairwiseTally, rankedProfile } from "co-decide/ballots";
 * import { condorcetWinner } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const profile = rankedProfile(["M", "N", "C", "K"], [
 *   { ranking: ["M", "N", "C", "K"], count: 42 },
 *   { ranking: ["N", "C", "K", "M"], count: 26 },
 *   { ranking: ["C", "K", "N", "M"], count: 15 },
 *   { ranking: ["K", "C", "N", "M"], count: 17 },
 * ]);
 * E.isRight(profile) && condorcetWinner(pairwiseTally(profile.right)); // => "N"
 * ```
 *
 * @category methods
 */
export const condorcetWinner = (tally: PairwiseTally): string | undefined => {
  const c = condorcetWinnerIndex(tally);
  return c === undefined ? undefined : tally.candidates[c];
};

/**
 * Finds the candidate who loses to every other candidate head to head, if there is one.
 *
 * @remarks
 * The Condorcet loser criterion's "Condorcet loser". Ties are not losses. With one candidate
 * there is no loser. O(n²).
 *
 * @example Tennessee capital (Wikipedia): Memphis loses to every other city
 * ```ts
 * import { pairwiseTally, rankedProfile } from "co-decide/ballots";
 * import { condorcetLoser } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const profile = rankedProfile(["M", "N", "C", "K"], [
 *   { ranking: ["M", "N", "C", "K"], count: 42 },
 *   { ranking: ["N", "C", "K", "M"], count: 26 },
 *   { ranking: ["C", "K", "N", "M"], count: 15 },
 *   { ranking: ["K", "C", "N", "M"], count: 17 },
 * ]);
 * E.isRight(profile) && condorcetLoser(pairwiseTally(profile.right)); // => "M"
 * ```
 *
 * @category methods
 */
export const condorcetLoser = (tally: PairwiseTally): string | undefined => {
  const c = condorcetLoserIndex(tally);
  return c === undefined ? undefined : tally.candidates[c];
};

/**
 * The Smith set: the smallest group of candidates who each beat everyone outside the group.
 *
 * @remarks
 * Smith (1973). Computed as the top strongly connected component of "beats or ties" (Tarjan's
 * algorithm, O(n²)), so ties are handled exactly: a candidate who ties a member of the set is in
 * it. The names come back in candidate order.
 *
 * @example A three-way majority cycle above a fourth candidate
 * ```ts
 * import { pairwiseTally, rankedProfile } from "co-decide/ballots";
 * import { smithSet } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const profile = rankedProfile(["a", "b", "c", "d"], ["a>b>c>d", "b>c>a>d", "c>a>b>d"]);
 * E.isRight(profile) && smithSet(pairwiseTally(profile.right)); // => ["a", "b", "c"]
 * ```
 *
 * @category methods
 */
export const smithSet = (tally: PairwiseTally): string[] =>
  smithIndices(tally).map((c) => tally.candidates[c] as string);

/**
 * The Schwartz set: the union of the smallest groups of candidates that nobody outside beats.
 *
 * @remarks
 * Schwartz (1986), the GOCHA set: the source components of the strict "beats" relation
 * (Tarjan's algorithm, O(n²)). It is contained in the Smith set and equals it when no two
 * candidates tie. The names come back in candidate order.
 *
 * @example A pairwise tie splits the Smith set
 * ```ts
 * import { pairwiseTally, rankedProfile } from "co-decide/ballots";
 * import { schwartzSet, smithSet } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * // a and b tie, and both beat c
 * const profile = rankedProfile(["a", "b", "c"], ["a>b>c", "b>a>c"]);
 * if (E.isRight(profile)) {
 *   schwartzSet(pairwiseTally(profile.right)); // => ["a", "b"]
 *   smithSet(pairwiseTally(profile.right)); // => ["a", "b"]
 * }
 * ```
 *
 * @category methods
 */
export const schwartzSet = (tally: PairwiseTally): string[] =>
  schwartzIndices(tally).map((c) => tally.candidates[c] as string);

// ---------------------------------------------------------------------------------------------
// Index-level helpers (used by every method of the family)
// ---------------------------------------------------------------------------------------------

/** Scaled votes for `i` over `j`. @internal */
export const votesFor = (tally: PairwiseTally, i: number, j: number): number =>
  tally.counts[i * tally.candidates.length + j] as number;

/** Scaled margin of `i` over `j` (negative when `j` leads). @internal */
export const marginOf = (tally: PairwiseTally, i: number, j: number): number => {
  const n = tally.candidates.length;
  return (tally.counts[i * n + j] as number) - (tally.counts[j * n + i] as number);
};

/** Whether `i` beats `j` head to head. @internal */
export const beats = (tally: PairwiseTally, i: number, j: number): boolean =>
  marginOf(tally, i, j) > 0;

/** The index of the Condorcet winner. @internal */
export const condorcetWinnerIndex = (tally: PairwiseTally): number | undefined => {
  const n = tally.candidates.length;
  for (let i = 0; i < n; i++) {
    let all = true;
    for (let j = 0; j < n && all; j++) if (j !== i && !beats(tally, i, j)) all = false;
    if (all) return i;
  }
  return undefined;
};

/** The index of the Condorcet loser. @internal */
export const condorcetLoserIndex = (tally: PairwiseTally): number | undefined => {
  const n = tally.candidates.length;
  if (n < 2) return undefined;
  for (let i = 0; i < n; i++) {
    let all = true;
    for (let j = 0; j < n && all; j++) if (j !== i && !beats(tally, j, i)) all = false;
    if (all) return i;
  }
  return undefined;
};

/**
 * The Smith set as indices, in candidate order; with `among`, the Smith set of the contests among
 * those candidates only (as the Condorcet–IRV hybrids recompute it after each elimination).
 *
 * @internal
 */
export const smithIndices = (tally: PairwiseTally, among?: readonly number[]): number[] =>
  topSetAmong(tally, among, (i, j) => marginOf(tally, i, j) >= 0);

/** The Schwartz set as indices, in candidate order (of `among` only, when given). @internal */
export const schwartzIndices = (tally: PairwiseTally, among?: readonly number[]): number[] =>
  topSetAmong(tally, among, (i, j) => beats(tally, i, j));

/** The Condorcet winner of the contests among `among` only. @internal */
export const condorcetWinnerAmong = (
  tally: PairwiseTally,
  among: readonly number[],
): number | undefined => among.find((i) => among.every((j) => j === i || beats(tally, i, j)));

const topSetAmong = (
  tally: PairwiseTally,
  among: readonly number[] | undefined,
  edge: (i: number, j: number) => boolean,
): number[] => {
  const members = among ?? Array.from({ length: tally.candidates.length }, (_, c) => c);
  const k = members.length;
  const local = (i: number, j: number): boolean => edge(members[i] as number, members[j] as number);
  const components = stronglyConnectedComponents(k, local);
  return sourceComponents(k, components, local)
    .flat()
    .map((c) => members[c] as number)
    .sort((a, b) => a - b);
};

/**
 * Tarjan's strongly connected components of the relation `edge` over `0..n-1`, iteratively (no
 * recursion depth limit), O(n²) on a dense relation.
 *
 * @internal
 */
export const stronglyConnectedComponents = (
  n: number,
  edge: (i: number, j: number) => boolean,
): number[][] => {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const nextChild = new Int32Array(n);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const call: number[] = [root];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (call.length > 0) {
      const v = call[call.length - 1] as number;
      let descended = false;
      while ((nextChild[v] as number) < n) {
        const w = nextChild[v] as number;
        nextChild[v] = w + 1;
        if (w === v || !edge(v, w)) continue;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          call.push(w);
          descended = true;
          break;
        }
        if (onStack[w] === 1) low[v] = Math.min(low[v] as number, index[w] as number);
      }
      if (descended) continue;
      call.pop();
      const parent = call[call.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent] as number, low[v] as number);
      if (low[v] === index[v]) {
        const component: number[] = [];
        for (;;) {
          const w = stack.pop() as number;
          onStack[w] = 0;
          component.push(w);
          if (w === v) break;
        }
        components.push(component);
      }
    }
  }
  return components;
};

/** The components that no member of another component reaches by `edge`. */
const sourceComponents = (
  n: number,
  components: readonly (readonly number[])[],
  edge: (i: number, j: number) => boolean,
): (readonly number[])[] => {
  const componentOf = new Int32Array(n);
  components.forEach((members, k) => {
    for (const c of members) componentOf[c] = k;
  });
  const entered = new Uint8Array(components.length);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      if (componentOf[i] !== componentOf[j] && edge(i, j)) entered[componentOf[j] as number] = 1;
  return components.filter((_, k) => entered[k] === 0);
};

/**
 * Compares two defeats, each given as (votes for the winner, votes for the loser), under a
 * strength measure: positive when the first is stronger. Exact on the scaled whole numbers.
 *
 * @internal
 */
export const compareDefeats = (
  strength: DefeatStrength,
  forA: number,
  againstA: number,
  forB: number,
  againstB: number,
): number => {
  switch (strength) {
    case "winning":
      return forA !== forB ? forA - forB : againstB - againstA;
    case "margin":
      return forA - againstA - (forB - againstB);
    case "ratio": {
      // forA / againstA vs forB / againstB, by cross-multiplication (exact, in bigint if needed).
      const left = forA * againstB;
      const right = forB * againstA;
      const cmp =
        Number.isSafeInteger(left) && Number.isSafeInteger(right)
          ? left - right
          : Number(BigInt(forA) * BigInt(againstB) - BigInt(forB) * BigInt(againstA));
      return cmp !== 0 ? cmp : forA - forB;
    }
  }
};

/**
 * The strongest paths between every ordered pair (Schulze 2011, section 2.3): a path's strength
 * is that of its weakest defeat, and Floyd–Warshall finds the strongest, O(n³). A path is kept as
 * its weakest link, (votes for, votes against); `exists[i * n + j]` is 0 when there is no path.
 *
 * @internal
 */
export interface StrongestPaths {
  readonly forVotes: Float64Array;
  readonly againstVotes: Float64Array;
  readonly exists: Uint8Array;
}

/** @internal */
export const strongestPaths = (tally: PairwiseTally, strength: DefeatStrength): StrongestPaths => {
  const n = tally.candidates.length;
  const counts = tally.counts;
  const forVotes = new Float64Array(n * n);
  const againstVotes = new Float64Array(n * n);
  const exists = new Uint8Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const a = counts[i * n + j] as number;
      const b = counts[j * n + i] as number;
      if (i !== j && a > b) {
        forVotes[i * n + j] = a;
        againstVotes[i * n + j] = b;
        exists[i * n + j] = 1;
      }
    }
  }
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < n; i++) {
      if (i === k || exists[i * n + k] === 0) continue;
      const fik = forVotes[i * n + k] as number;
      const aik = againstVotes[i * n + k] as number;
      for (let j = 0; j < n; j++) {
        if (j === i || j === k || exists[k * n + j] === 0) continue;
        const fkj = forVotes[k * n + j] as number;
        const akj = againstVotes[k * n + j] as number;
        // the weaker of the two links
        const weakerIsFirst = compareDefeats(strength, fik, aik, fkj, akj) <= 0;
        const f = weakerIsFirst ? fik : fkj;
        const a = weakerIsFirst ? aik : akj;
        const cell = i * n + j;
        if (
          exists[cell] === 0 ||
          compareDefeats(strength, f, a, forVotes[cell] as number, againstVotes[cell] as number) > 0
        ) {
          forVotes[cell] = f;
          againstVotes[cell] = a;
          exists[cell] = 1;
        }
      }
    }
  }
  return { forVotes, againstVotes, exists };
};

/**
 * Compares the strongest path from `i` to `j` with the one from `j` to `i`: positive when the
 * first is stronger (a missing path is weaker than any path).
 *
 * @internal
 */
export const comparePaths = (
  paths: StrongestPaths,
  strength: DefeatStrength,
  n: number,
  i: number,
  j: number,
): number => {
  const ij = i * n + j;
  const ji = j * n + i;
  const hasIJ = paths.exists[ij] === 1;
  const hasJI = paths.exists[ji] === 1;
  if (!hasIJ || !hasJI) return (hasIJ ? 1 : 0) - (hasJI ? 1 : 0);
  return compareDefeats(
    strength,
    paths.forVotes[ij] as number,
    paths.againstVotes[ij] as number,
    paths.forVotes[ji] as number,
    paths.againstVotes[ji] as number,
  );
};

/**
 * Tiers from a strict relation `above` (acyclic): the first tier is every candidate nobody is
 * above, the next is every candidate only first-tier candidates are above, and so on. O(n³) at
 * worst. Candidates caught in a cycle (a bug for the methods here) land together in a last tier.
 *
 * @internal
 */
export const layers = (n: number, above: (i: number, j: number) => boolean): number[][] => {
  const placed = new Uint8Array(n);
  const tiers: number[][] = [];
  let remaining = n;
  while (remaining > 0) {
    const tier: number[] = [];
    for (let j = 0; j < n; j++) {
      if (placed[j] === 1) continue;
      let dominated = false;
      for (let i = 0; i < n && !dominated; i++)
        if (i !== j && placed[i] === 0 && above(i, j)) dominated = true;
      if (!dominated) tier.push(j);
    }
    if (tier.length === 0) {
      for (let j = 0; j < n; j++) if (placed[j] === 0) tier.push(j);
    }
    for (const c of tier) placed[c] = 1;
    remaining -= tier.length;
    tiers.push(tier);
  }
  return tiers;
};

// ---------------------------------------------------------------------------------------------
// Outcome pieces
// ---------------------------------------------------------------------------------------------

/**
 * The pairwise matrix as plain data: `pairwise[a][b]` voters prefer a to b (exact values).
 *
 * @internal
 */
export const pairwiseRecord = (
  tally: PairwiseTally,
): Readonly<Record<string, Readonly<Record<string, ExactValue>>>> => {
  const names = tally.candidates;
  const n = names.length;
  return recordOf(
    names,
    names.map((_, i) =>
      recordOf(
        names,
        names.map((__, j) => exactScaled(tally.counts[i * n + j] as number, tally.denominator)),
      ),
    ),
  );
};

/** An exact value of a scaled count of this tally. @internal */
export const exactVotes = (tally: PairwiseTally, scaled: number): ExactValue =>
  exactScaled(scaled, tally.denominator);

/**
 * The option every Condorcet method takes (each adds its own).
 *
 * @category methods
 */
export interface CondorcetOptions {
  /** What a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: UnrankedRule | undefined;
}

/** The fields every Condorcet outcome adds to {@link Outcome}. @category outcomes */
export interface CondorcetOutcome extends Outcome {
  /** `pairwise[a][b]`: the voters who rank a above b (exact). */
  readonly pairwise: Readonly<Record<string, Readonly<Record<string, ExactValue>>>>;
}

/** The first explanation step of every Condorcet method: the head-to-head contests. @internal */
export const pairwiseSentence = (tally: PairwiseTally): string => {
  const n = tally.candidates.length;
  const name = (c: number): string => tally.candidates[c] as string;
  const wins: string[] = [];
  const ties: string[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = exactVotes(tally, votesFor(tally, i, j));
      const b = exactVotes(tally, votesFor(tally, j, i));
      const m = marginOf(tally, i, j);
      if (m > 0) wins.push(`${name(i)} beats ${name(j)} ${a} to ${b}`);
      else if (m < 0) wins.push(`${name(j)} beats ${name(i)} ${b} to ${a}`);
      else ties.push(`${name(i)} and ${name(j)} tie ${a} to ${b}`);
    }
  }
  const contests = [...wins, ...ties];
  if (contests.length === 0)
    return "There is only one candidate, so there are no head-to-head contests.";
  const shown =
    contests.length > 12
      ? [...contests.slice(0, 12), `and ${contests.length - 12} more (see the pairwise table)`]
      : contests;
  return `Head to head: ${shown.join("; ")}.`;
};

/** The Condorcet winner sentence, or the Smith set sentence when there is none. @internal */
export const condorcetSentence = (tally: PairwiseTally): string => {
  const winner = condorcetWinnerIndex(tally);
  if (winner !== undefined)
    return `${tally.candidates[winner]} beats every other candidate head to head (the Condorcet winner).`;
  const smith = smithIndices(tally).map((c) => tally.candidates[c] as string);
  return `No candidate beats every other head to head; the smallest group that beats everyone outside it (the Smith set) is ${listNames(smith)}.`;
};

/** The pairwise tally of a run, under the `unranked` option (default `tied-last`). @internal */
export const tallyOf = (
  profile: RankedProfile,
  unranked: UnrankedRule | undefined,
): PairwiseTally => pairwiseTally(profile, { unranked: unranked ?? "tied-last" });
