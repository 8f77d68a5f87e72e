/**
 * STV by the Electoral Reform Society's 1997 rules (ERS97): R. A. Newland and F. S. Britton, "How
 * to conduct an election by the Single Transferable Vote", 3rd edition (ERS, 1997), section 5 (the
 * count) and section 6 (glossary).
 *
 * Every value is a whole number of hundredths (the rules count to two decimal places):
 *
 * - 5.1.6, the quota: valid votes / (seats + 1) to two decimal places; when not exact, the
 *   remainder is ignored and 0.01 added. 5.4.8: while nobody is elected, papers that become
 *   non-transferable in an exclusion lower it (recalculated the same way without them).
 * - 5.1.7, 5.3.13, 5.4.9: in descending order of votes, a continuing candidate whose vote equals
 *   or exceeds the quota, or the total active vote (5.6.1, 6.20) / (places unfilled + 1), is
 *   elected, up to the places left; 5.6.2: equal votes at the last place are separated by the
 *   earliest point of the count at which they differed, and if they never differed none of them
 *   is elected at that stage.
 * - 5.2.2: surpluses wait while their total could not lift the lowest candidate (or a group that
 *   5.2.5 could exclude together) past the candidate next above; 5.2.3: otherwise the largest is
 *   transferred, equal surpluses separated by the earliest point at which the candidates differed,
 *   then by lot.
 * - 5.3.1-5.3.2, 5.3.7: a first-stage surplus is taken from all the candidate's papers, a later one
 *   from the last batch received; transfer value = surplus / transferable papers, truncated to
 *   hundredths, or the papers' present value when their total value does not exceed the surplus;
 *   the rest of the surplus is non-transferable (6.11).
 * - 5.2.5: as many of the lowest candidates as possible are excluded together, leaving enough
 *   candidates for the places, their votes plus the deferred surpluses not exceeding the vote of
 *   the candidate next above; ties by the earliest point of difference, then by lot.
 * - 5.4: the excluded candidates' papers move in batches, highest value first, each batch a
 *   sub-stage (a round of the outcome) after which candidates are elected (5.4.9) and take no
 *   further papers (5.4.10).
 * - 5.5.1: an exclusion that would leave as many continuing candidates as places elects them.
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { RankedProfile } from "../../ballots/profile.js";
import { type DecideError, unsupported } from "../../core/errors.js";
import { type Rational, rational } from "../../core/rational.js";
import type { TieBreaker } from "../../core/tie-break.js";
import { nextHopeful } from "./gregory.js";
import { readPapers, type StvOutcome } from "./shared.js";
import { StageLog, tieUnresolved } from "./stages.js";

/** The rule in a sentence, for the explanation. @internal */
export const ERS97_TEXT =
  "ERS97 STV (Electoral Reform Society 1997 rules, section 5): values in hundredths; quota v/(s+1) to 2 decimal places, plus 0.01 when not exact, lowered by non-transferable papers until someone is elected; elected on reaching the quota or the total active vote / (places left + 1); surpluses deferred while they cannot change the exclusion, otherwise the largest first, from all papers at the first stage and from the last batch received later, at surplus / transferable papers truncated to 0.01; the lowest candidates excluded together where safe, their papers moving batch by batch, highest value first; ties by the earliest point of difference, then by lot.";

const HOPEFUL = 0;
const ELECTED = 1;
const EXCLUDED = 2;

interface Batch {
  /** Hundredths per paper. */
  readonly value: number;
  readonly ballots: number[];
  /** Its number of papers. */
  papers: number;
}

/** `⌈a / b⌉` for the quota of 5.1.6 (the division to two places, plus 0.01 when not exact). */
const quotaOf = (active: number, seats: number): number => Math.ceil(active / (seats + 1));

/**
 * Counts a ranked profile by the ERS97 rules.
 *
 * @internal
 */
export const countErs97 = (
  profile: RankedProfile,
  seats: number,
  withdrawn: readonly number[],
  tieBreaker: TieBreaker,
): E.Either<DecideError, StvOutcome> => {
  const names = profile.candidates;
  const n = names.length;
  const papers = readPapers(profile);
  if (papers.denominator !== 1)
    return E.left(
      unsupported(
        "fractional_ballots",
        "The ERS97 rules count whole voting papers: ballot counts must be whole numbers.",
      ),
    );
  const valid = papers.validScaled * 100;
  if (!Number.isSafeInteger(valid))
    return E.left(unsupported("too_many_votes", "Too many votes for the ERS97 count."));
  const state = new Uint8Array(n);
  for (const c of withdrawn) state[c] = EXCLUDED;
  const piles: Batch[][] = Array.from({ length: n }, () => []);
  const last: (Batch | undefined)[] = Array.from({ length: n }, () => undefined);
  const tally = new Array<number>(n).fill(0);
  const pos = new Int32Array(profile.ballotCount);
  const pending: number[] = [];
  let nonTransferable = 0;
  let quota = quotaOf(valid, seats);
  const R = (h: number): Rational => rational(BigInt(h), 100n);
  const log = new StageLog(names, ERS97_TEXT, 2, R(valid), seats, tieBreaker);
  /** Tallies after every stage and sub-stage, for the 5.6.2 look-forward. */
  const history: number[][] = [];

  const continuing = (): number[] => {
    const out: number[] = [];
    for (let c = 0; c < n; c++) if (state[c] === HOPEFUL) out.push(c);
    return out;
  };
  const asRationals = (): Rational[] => tally.map(R);

  /** Sends `ballots` (each worth `value`) on; returns the papers that found a continuing candidate. */
  const send = (ballots: Iterable<number>, value: number, dry = false): number => {
    const byDest = new Map<number, Batch>();
    let moved = 0;
    for (const b of ballots) {
      const save = pos[b] as number;
      const dest = nextHopeful(papers, pos, b, state);
      const size = papers.counts[b] as number;
      if (dry) {
        pos[b] = save;
        if (dest >= 0) moved += size;
        continue;
      }
      if (dest < 0) {
        nonTransferable += value * size;
        continue;
      }
      moved += size;
      let batch = byDest.get(dest);
      if (batch === undefined) {
        batch = { value, ballots: [], papers: 0 };
        byDest.set(dest, batch);
      }
      batch.ballots.push(b);
      batch.papers += size;
    }
    for (const [dest, batch] of byDest) {
      tally[dest] = (tally[dest] as number) + value * batch.papers;
      (piles[dest] as Batch[]).push(batch);
      last[dest] = batch;
    }
    return moved;
  };

  /** The earliest-point comparison of 5.2.3, 5.2.5 and 5.6.2: positive when `a` was ahead. */
  const earliest = (a: number, b: number): number => {
    for (const row of history) {
      const d = (row[a] as number) - (row[b] as number);
      if (d !== 0) return d;
    }
    return 0;
  };

  /** The first stage (from 1) at which `a` and `b` had different votes, if any. */
  const differedAt = (a: number, b: number): number | undefined => {
    const r = history.findIndex((row) => row[a] !== row[b]);
    return r < 0 ? undefined : r + 1;
  };
  /** Candidates tied for the last places and never separated (5.6.2), for the stage's text. */
  let unseparated: number[] = [];
  /** 5.1.7, 5.3.13, 5.4.9 with 5.6.2: returns who was elected now. */
  const electNow = (): number[] => {
    unseparated = [];
    const out: number[] = [];
    const order = continuing().sort(
      (a, b) => (tally[b] as number) - (tally[a] as number) || earliest(b, a) || a - b,
    );
    let i = 0;
    while (i < order.length) {
      const vacancies = seats - log.electedCount();
      if (vacancies <= 0) break;
      const c = order[i] as number;
      const v = tally[c] as number;
      // 5.6.1: the total active vote is the valid vote less the elected's quotas (or votes, if
      // less) and the non-transferable vote.
      let active = valid - nonTransferable;
      for (let e = 0; e < n; e++)
        if (state[e] === ELECTED) active -= Math.min(tally[e] as number, quota);
      if (!(v >= quota || v * (vacancies + 1) >= active)) break;
      let j = i + 1;
      while (j < order.length && tally[order[j] as number] === v) j++;
      if (j - i > vacancies) {
        // 5.6.2: more candidates with this vote than places; the earliest point of difference
        // decides, and those never separated are not elected at this stage.
        const group = order.slice(i, j);
        const cut = group[vacancies - 1] as number;
        const next = group[vacancies] as number;
        const take = earliest(cut, next) === 0 ? group.filter((g) => earliest(g, cut) > 0) : group;
        if (take !== group) unseparated = group.filter((g) => earliest(g, cut) === 0);
        // The tie goes in `tieBreaks`: each place the earlier stages decided, then those left equal.
        let pool = group;
        for (const g of take.slice(0, vacancies)) {
          const rivals = pool.filter((h) => h !== g);
          if (rivals.length >= vacancies - (group.length - pool.length)) {
            const stages = rivals.map((h) => differedAt(g, h)).filter((r) => r !== undefined);
            if (stages.length > 0) log.ruleTie(pool, g, Math.max(...stages), "ERS97 5.6.2");
          }
          pool = rivals;
        }
        if (unseparated.length > 0) log.ruleTie(unseparated, null, undefined, "ERS97 5.6.2");
        for (const g of take.slice(0, vacancies)) {
          state[g] = ELECTED;
          log.elect(g);
          out.push(g);
          pending.push(g);
        }
        break;
      }
      state[c] = ELECTED;
      log.elect(c);
      out.push(c);
      pending.push(c);
      i++;
    }
    return out;
  };

  const record = (
    action: "first-preferences" | "surplus" | "exclusion",
    from: number | undefined,
    transferValue: number | undefined,
    excluded: readonly number[] | undefined,
    remaining: readonly number[] = [],
  ): void => {
    if (remaining.length > 0) unseparated = [];
    const byQuota = remaining.length > 0 ? [] : electNow();
    log.stage({
      action,
      from,
      transferValue: transferValue === undefined ? undefined : R(transferValue),
      tally: asRationals(),
      nonTransferable: R(nonTransferable),
      lost: undefined,
      quota: R(quota),
      byQuota,
      remaining,
      belowQuota: "at least the total active vote divided by the places left plus one, ERS97 5.6.1",
      ...(excluded === undefined ? {} : { excluded }),
      ...(unseparated.length === 0
        ? {}
        : {
            note: `${unseparated.map((c) => names[c]).join(", ")} have equal votes for the last places and were equal at every earlier point: none of them is elected at this stage (ERS97 5.6.2)`,
          }),
    });
    history.push([...tally]);
  };

  // 5.1: first preferences.
  const firsts: number[] = [];
  for (const b of papers.valid) {
    pos[b] = papers.start[b] as number;
    firsts.push(b);
  }
  send(firsts, 100);
  record("first-preferences", undefined, undefined, undefined);

  while (log.electedCount() < seats) {
    const hopefuls = continuing();
    const vacancies = seats - log.electedCount();
    const surplused = pending.filter((c) => (tally[c] as number) > quota);
    const deferred = surplused.reduce((s, c) => s + (tally[c] as number) - quota, 0);
    // 5.2.5: the largest group of lowest candidates that may go together.
    const low = [...hopefuls].sort(
      (a, b) => (tally[a] as number) - (tally[b] as number) || earliest(a, b) || a - b,
    );
    let k = 0;
    let sum = 0;
    for (let m = 1; m <= low.length - vacancies; m++) {
      sum += tally[low[m - 1] as number] as number;
      const above = low[m];
      if (above !== undefined && sum + deferred <= (tally[above] as number)) k = m;
    }
    // 5.2.2: a surplus is transferred unless the surpluses together cannot change the exclusion.
    if (surplused.length > 0 && k === 0) {
      const e = log.largest(
        surplused,
        surplused.map((c) => R((tally[c] as number) - quota)),
      );
      if (e === undefined) return E.left(tieUnresolved());
      pending.splice(pending.indexOf(e), 1);
      const surplus = (tally[e] as number) - quota;
      const batch = last[e] as Batch;
      const transferable = send(batch.ballots, 0, true);
      const tv =
        transferable * batch.value > surplus ? Math.floor(surplus / transferable) : batch.value;
      // Papers with no next preference stay with the elected candidate, inside the quota.
      const movers = batch.ballots.filter((b) => {
        const save = pos[b] as number;
        const dest = nextHopeful(papers, pos, b, state);
        pos[b] = save;
        return dest >= 0;
      });
      send(movers, tv);
      tally[e] = quota;
      nonTransferable += surplus - tv * transferable;
      record("surplus", e, tv, undefined);
      continue;
    }
    if (hopefuls.length <= vacancies) {
      // Nobody left to exclude: the continuing candidates fill the places (5.5.1).
      const rest = hopefuls.sort(
        (a, b) => (tally[b] as number) - (tally[a] as number) || earliest(b, a) || a - b,
      );
      for (const c of rest) {
        state[c] = ELECTED;
        log.elect(c);
      }
      record("exclusion", undefined, undefined, [], rest);
      break;
    }
    if (k === 0) k = 1;
    // Equal votes at the edge of the group: 5.2.5's earliest point, then lot.
    let group = low.slice(0, k);
    const edge = tally[low[k - 1] as number] as number;
    const tied = low.filter((c) => tally[c] === edge);
    const sure = group.filter((c) => (tally[c] as number) < edge);
    let need = k - sure.length;
    if (tied.length > need) {
      let pool = [...tied];
      const chosen: number[] = [];
      while (need > 0) {
        const x = log.lowest(pool, asRationals());
        if (x === undefined) return E.left(tieUnresolved());
        chosen.push(x);
        pool = pool.filter((c) => c !== x);
        need--;
      }
      group = [...sure, ...chosen];
    }
    // 5.5.1: an exclusion leaving as many continuing candidates as places elects them.
    if (hopefuls.length - group.length <= vacancies) {
      for (const x of group) {
        state[x] = EXCLUDED;
        log.exclude(x);
      }
      const rest = continuing().sort(
        (a, b) => (tally[b] as number) - (tally[a] as number) || earliest(b, a) || a - b,
      );
      for (const c of rest) {
        state[c] = ELECTED;
        log.elect(c);
      }
      record("exclusion", group[0], undefined, group, rest);
      break;
    }
    for (const x of group) {
      state[x] = EXCLUDED;
      log.exclude(x);
    }
    // 5.4.1: all the excluded candidates' papers, in batches by value, highest first.
    const values = [
      ...new Set(group.flatMap((x) => (piles[x] as Batch[]).map((b) => b.value))),
    ].sort((a, b) => b - a);
    if (values.length === 0) record("exclusion", group[0], undefined, group);
    for (const value of values) {
      const ballots: number[] = [];
      for (const x of group) {
        for (const b of piles[x] as Batch[]) {
          if (b.value !== value) continue;
          for (const p of b.ballots) ballots.push(p);
          tally[x] = (tally[x] as number) - value * b.papers;
        }
      }
      const before = nonTransferable;
      send(ballots, value);
      // 5.4.8: non-transferable papers lower the quota while nobody is elected.
      if (log.electedCount() === 0 && nonTransferable !== before)
        quota = quotaOf(valid - nonTransferable, seats);
      record("exclusion", group[0], value, group);
      if (log.electedCount() >= seats) break;
    }
    for (const x of group) piles[x] = [];
  }
  return E.right(
    log.finish({
      variant: "ers97",
      quota: R(quota),
      tally: asRationals(),
      nonTransferable: R(nonTransferable),
      excludedOrDefeated: continuing(),
    }),
  );
};
