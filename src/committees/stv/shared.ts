/**
 * What every STV rule shares: the options and outcome types, the papers (each distinct ballot's
 * strict preference list, read once), the quotas, and the record of stages.
 *
 * A paper's preferences are its ranking read tier by tier; a tier holding two or more candidates
 * (the same preference given twice) ends the paper there, as the statutes treat a paper whose next
 * preference is not unique (SSI 2007/42 rule 45: such a paper is non-transferable from that point).
 * A paper whose first preference is not unique, or that ranks nobody, is not a valid vote.
 *
 * @module
 */
import type { RankedProfile, UnrankedRule } from "../../ballots/profile.js";
import { UNRANKED } from "../../ballots/profile.js";
import type { Outcome, Round } from "../../core/outcome.js";
import { type Rational, rational, toFixed, toFraction } from "../../core/rational.js";

/**
 * The rule book an STV count follows (see each rule's section in `docs/counting-stv.md`):
 * `scottish` (SSI 2007/42), `ers97` (the Electoral Reform Society's 1997 rules, section 5, in hundredths), `wigm` (weighted inclusive Gregory,
 * exact, as the Droop program defines it), `meek` (Hill, Wichmann and Woodall 1987, exact),
 * `meek-prf` (the Proportional Representation Foundation's reference Meek, 9-decimal fixed point)
 * and `warren` (Warren's method, exact).
 *
 * @category committees
 */
export type StvRule = "scottish" | "ers97" | "wigm" | "meek" | "meek-prf" | "warren";

/**
 * The quota of a count without a named rule, for `v` valid votes and `s` seats:
 * `droop` floor(v/(s+1))+1 (elect on reaching it), `droop-exact` v/(s+1) (elect on exceeding it),
 * `hare` v/s, `hagenbach-bischoff` v/(s+1) (elect on reaching it), `imperiali` v/(s+2).
 *
 * @category committees
 */
export type StvQuota = "droop" | "droop-exact" | "hare" | "hagenbach-bischoff" | "imperiali";

/**
 * The options of {@link stv}.
 *
 * @category committees
 */
export interface StvOptions {
  /** The rule book (default: weighted inclusive Gregory, `wigm`). */
  readonly rule?: StvRule | undefined;
  /** The quota, for a count without a named rule (default `droop-exact`). */
  readonly quota?: StvQuota | undefined;
  /**
   * What a ballot says of the candidates it leaves out (accepted as every ranked method accepts
   * it): a paper never passes to a candidate it does not rank, so both rules count alike.
   */
  readonly unranked?: UnrankedRule | undefined;
  /** Candidates withdrawn before the count (papers pass over them). */
  readonly withdrawn?: readonly string[] | undefined;
  /** Meek and Warren: the count iterates until every elected candidate is within `omega` of the quota (default 1e-10, as a decimal string or number). */
  readonly omega?: string | number | undefined;
  /** Meek and Warren: the most iterations of one stage (default 10,000; ceiling 1,000,000). */
  readonly maxIterations?: number | undefined;
  /** Tie-break `none`: the most ways of resolving the count's ties to follow (default 256; ceiling 10,000). */
  readonly maxTiePaths?: number | undefined;
}

/**
 * What happened at one stage of an STV count.
 *
 * @category committees
 */
export type StvAction = "first-preferences" | "surplus" | "exclusion" | "iteration";

/**
 * One stage of an STV count: every candidate's votes after it, the running non-transferable total,
 * and what was done.
 *
 * @category committees
 */
export interface StvRound extends Round {
  /** Every candidate's votes after this stage, as exact decimal strings at the rule's precision (`"p/q"` where a rational is not a finite decimal). */
  readonly tallies: Readonly<Record<string, string>>;
  /** The votes no longer with any candidate (exhausted papers), running total. */
  readonly nonTransferable: string;
  /** Under a rule that rounds transfer values down: the value lost to that rounding, running total. */
  readonly lostToRounding?: string;
  /** The quota in force at this stage (it changes from stage to stage under Meek and Warren). */
  readonly quota: string;
  readonly action: StvAction;
  /** Whose surplus was transferred, or who was excluded. */
  readonly from?: string;
  /** The transfer value of a surplus (the factor applied to each paper's value), when there is one. */
  readonly transferValue?: string;
  /**
   * Of `elected`, those elected during the count: on reaching the quota, or (ERS97 5.6.1 only) with
   * at least the total active vote divided by the places left plus one; the stage's `text` says which.
   */
  readonly electedByQuota?: readonly string[];
  /** Of `elected`, those elected as the last remaining candidates for the last seats. */
  readonly electedAsRemaining?: readonly string[];
}

/**
 * The outcome of an STV count: {@link Outcome} with `winners` in order of election, the quota and
 * the stages.
 *
 * @category committees
 */
export interface StvOutcome extends Outcome {
  /** The rule applied (`scottish`, `wigm`, ...; `wigm` with the quota's name when no rule was named). */
  readonly variant: string;
  readonly rounds: readonly StvRound[];
  /** The quota, as an exact decimal string at the rule's precision (the first quota under Meek and Warren). */
  readonly quota: string;
  /** Meek and Warren: the quota after each stage. */
  readonly quotas?: readonly string[];
  /** The number of seats filled. */
  readonly seats: number;
  /** The valid votes. */
  readonly validVotes: string;
  /** With tie-break `none`: every committee that wins under some way of resolving the ties. */
  readonly committees?: readonly (readonly string[])[];
  /** The non-transferable votes at the end of the count. */
  readonly nonTransferable: string;
}

/**
 * Each distinct ballot's valid preferences, as flat arrays: ballot `b`'s preferences are
 * `list[start[b] .. start[b+1])`, best first.
 *
 * @internal
 */
export interface Papers {
  readonly start: Int32Array;
  readonly list: Uint16Array;
  /** The scaled count of each distinct ballot (true count = count / denominator). */
  readonly counts: Float64Array;
  readonly denominator: number;
  /** The ballots with a valid first preference. */
  readonly valid: readonly number[];
  /** Their total, scaled. */
  readonly validScaled: number;
}

/**
 * Reads each distinct ballot's strict preferences (ties end a paper; see the module comment).
 *
 * @internal
 */
export const readPapers = (profile: RankedProfile): Papers => {
  const n = profile.candidates.length;
  const B = profile.ballotCount;
  const { ranks, counts } = profile;
  const start = new Int32Array(B + 1);
  const list = new Uint16Array(B * n);
  // slot[t]: the candidate alone in tier t, EMPTY when none, SHARED when two or more.
  const slot = new Int32Array(n).fill(EMPTY);
  const valid: number[] = [];
  let validScaled = 0;
  let size = 0;
  for (let b = 0; b < B; b++) {
    start[b] = size;
    const offset = b * n;
    let deepest = -1;
    for (let c = 0; c < n; c++) {
      const tier = ranks[offset + c] as number;
      if (tier === UNRANKED || tier >= n) continue;
      slot[tier] = slot[tier] === EMPTY ? c : SHARED;
      if (tier > deepest) deepest = tier;
    }
    const first = size;
    let ended = false;
    for (let t = 0; t <= deepest; t++) {
      const c = slot[t] as number;
      slot[t] = EMPTY;
      if (ended || c === EMPTY) continue;
      if (c === SHARED) ended = true;
      else list[size++] = c;
    }
    const w = counts[b] as number;
    if (size > first && w > 0) {
      valid.push(b);
      validScaled += w;
    }
  }
  start[B] = size;
  return {
    start,
    list: list.subarray(0, size),
    counts,
    denominator: profile.countDenominator,
    valid,
    validScaled,
  };
};

const EMPTY = -1;
const SHARED = -2;

/** The quota of a count without a named rule, and whether a candidate must exceed it. @internal */
export const quotaOf = (
  kind: StvQuota,
  valid: Rational,
  seats: number,
): { readonly quota: Rational; readonly exceed: boolean } => {
  const s = BigInt(seats);
  switch (kind) {
    case "droop":
      return { quota: rational(valid.num / (valid.den * (s + 1n)) + 1n, 1n), exceed: false };
    case "droop-exact":
      return { quota: rational(valid.num, valid.den * (s + 1n)), exceed: true };
    case "hare":
      return { quota: rational(valid.num, valid.den * s), exceed: false };
    case "hagenbach-bischoff":
      return { quota: rational(valid.num, valid.den * (s + 1n)), exceed: false };
    case "imperiali":
      return { quota: rational(valid.num, valid.den * (s + 2n)), exceed: false };
  }
};

/**
 * Writes an exact value at a rule's precision: with `digits`, a decimal string with that many
 * places (the value must be a multiple of 10^-digits, or it is truncated); without, a whole number
 * or `"p/q"`.
 *
 * @internal
 */
export const showValue = (value: Rational, digits: number | undefined): string =>
  digits === undefined ? exactDecimal(value) : toFixed(value, digits, "truncate");

/**
 * An exact rational as a decimal string when it has a finite decimal expansion (its denominator
 * has no prime factor but 2 and 5), else as `"p/q"`.
 *
 * @internal
 */
export const exactDecimal = (value: Rational): string => {
  if (value.den === 1n) return value.num.toString();
  let den = value.den;
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) {
    den /= 2n;
    twos++;
  }
  while (den % 5n === 0n) {
    den /= 5n;
    fives++;
  }
  return den === 1n ? toFixed(value, Math.max(twos, fives), "truncate") : toFraction(value);
};

/** Builds a record keyed by candidate names (safe for `__proto__`). @internal */
export const byName = <T>(candidates: readonly string[], values: readonly T[]): Record<string, T> =>
  Object.fromEntries(candidates.map((c, i) => [c, values[i] as T]));
