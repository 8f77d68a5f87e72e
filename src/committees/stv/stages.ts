/**
 * The record of an STV count, stage by stage, on top of the voting module's {@link CountLog}: each
 * stage's tallies of every candidate at the rule's precision, the running non-transferable total,
 * what was done, who was elected (by the quota, or as the last remaining); the ties met, broken by
 * the count's {@link TieBreaker} with the earlier stages as look-back history.
 *
 * @internal
 * @module
 */
import { type Unsupported, unsupported } from "../../core/errors.js";
import { compare, type Rational } from "../../core/rational.js";
import type { TieBreaker, TieBreakRecord } from "../../core/tie-break.js";
import { listNames } from "../../counting/outcome.js";
import { CountLog } from "../../counting/rounds.js";
import { byName, type StvAction, type StvOutcome, type StvRound, showValue } from "./shared.js";

/** What one stage did, for {@link StageLog.stage}. @internal */
export interface StageFacts {
  readonly action: StvAction;
  readonly from: number | undefined;
  readonly transferValue: Rational | undefined;
  readonly tally: readonly Rational[];
  readonly nonTransferable: Rational;
  readonly lost: Rational | undefined;
  readonly quota: Rational;
  readonly byQuota: readonly number[];
  readonly remaining: readonly number[];
  /** The candidates excluded together at this stage, when more than `from` (ERS97 5.2.5). */
  readonly excluded?: readonly number[];
  /** Why candidates in `byQuota` below the quota were elected (ERS97 5.6.1), for the text. */
  readonly belowQuota?: string;
  /** A sentence added to the stage's text (e.g. ERS97 5.6.2's unseparated tie). */
  readonly note?: string;
}

/** The error of a tie met under tie-break `none`. @internal */
export const tieUnresolved = (): Unsupported =>
  unsupported(
    "tie_not_explored",
    'The STV count met a tie, and tie-break `none` leaves it unbroken: STV does not follow every branch of a tie. Give a tie-break policy (the statutory rules break ties by look-back, then by lot: `{ kind: "random", seed }`).',
  );

/**
 * Stages, elections and ties of one STV count.
 *
 * @internal
 */
export class StageLog {
  readonly rounds: StvRound[] = [];
  private readonly history: Rational[][] = [];
  private readonly electedOrder: number[] = [];
  private readonly log: CountLog;
  private readonly quotas: string[] = [];
  /** Every tie in the order met: the policy's, and those a rule settles itself ({@link ruleTie}). */
  private readonly ties: TieBreakRecord[] = [];
  private readonly tieBreaker: TieBreaker;

  constructor(
    private readonly names: readonly string[],
    rule: string,
    private readonly digits: number | undefined,
    private readonly valid: Rational,
    private readonly seats: number,
    policyTies: TieBreaker,
  ) {
    this.log = new CountLog(names, rule, { seats, validVotes: showValue(valid, digits) });
    const { ties } = this;
    this.tieBreaker = {
      policy: policyTies.policy,
      choose: (tied, purpose, step, history) => {
        const before = policyTies.records().length;
        const chosen = policyTies.choose(tied, purpose, step, history);
        ties.push(...policyTies.records().slice(before));
        return chosen;
      },
      records: () => ties.slice(),
    };
  }

  /**
   * Records a tie that the rule itself settles by the earliest stage at which the tied candidates
   * differed, without the tie-break policy (ERS97 5.6.2): `chosen` was elected, separated from the
   * others at stage `decidedAtStage`; or, with `chosen` null, none of `tied` is elected at this stage.
   */
  ruleTie(
    tied: readonly number[],
    chosen: number | null,
    decidedAtStage: number | undefined,
    rule: string,
  ): void {
    const step = this.step();
    const names = [...tied].sort((a, b) => a - b).map((c) => this.names[c] ?? String(c));
    const who = chosen === null ? null : (this.names[chosen] ?? String(chosen));
    const head = `${step.charAt(0).toUpperCase()}${step.slice(1)}: ${listNames(names)} were tied for the last places`;
    this.ties.push({
      step,
      tied: names,
      purpose: "select",
      policy: this.tieBreaker.policy.kind,
      resolvedBy: who === null ? "none" : "forwards",
      chosen: who,
      ...(who === null || decidedAtStage === undefined ? {} : { decidedAtRound: decidedAtStage }),
      text:
        who === null
          ? `${head} and were equal at every earlier point: none of them is elected at this stage (${rule}).`
          : `${head}; ${who} was elected (${rule}: the earliest stage at which they differed, stage ${decidedAtStage}).`,
    });
  }

  electedCount(): number {
    return this.electedOrder.length;
  }

  elect(c: number): void {
    this.electedOrder.push(c);
  }

  exclude(c: number): void {
    this.log.eliminate([c]);
  }

  private step(): string {
    return `stage ${this.rounds.length + 1}`;
  }

  /** The candidates by votes, most first; ties broken by the tie-breaker (undefined under `none`). */
  orderByVotes(cands: readonly number[], tally: readonly Rational[]): number[] | undefined {
    const sorted = [...cands].sort(
      (a, b) => compare(tally[b] as Rational, tally[a] as Rational) || a - b,
    );
    const out: number[] = [];
    let i = 0;
    while (i < sorted.length) {
      let j = i + 1;
      while (
        j < sorted.length &&
        compare(tally[sorted[i] as number] as Rational, tally[sorted[j] as number] as Rational) ===
          0
      )
        j++;
      let group = sorted.slice(i, j);
      while (group.length > 1) {
        const chosen = this.tieBreaker.choose(group, "select", this.step(), this.history);
        if (chosen === undefined) return undefined;
        out.push(chosen);
        group = group.filter((c) => c !== chosen);
      }
      out.push(...group);
      i = j;
    }
    return out;
  }

  /** The candidate with the largest `values` (aligned with `cands`); ties by the tie-breaker. */
  largest(cands: readonly number[], values: readonly Rational[]): number | undefined {
    let best = values[0] as Rational;
    for (const v of values) if (compare(v, best) > 0) best = v;
    const tied = cands.filter((_, i) => compare(values[i] as Rational, best) === 0);
    if (tied.length === 1) return tied[0];
    return this.tieBreaker.choose(tied, "select", this.step(), this.history);
  }

  /** The continuing candidate with the fewest votes; ties by the tie-breaker. */
  lowest(cands: readonly number[], tally: readonly Rational[]): number | undefined {
    let least = tally[cands[0] as number] as Rational;
    for (const c of cands)
      if (compare(tally[c] as Rational, least) < 0) least = tally[c] as Rational;
    const tied = cands.filter((c) => compare(tally[c] as Rational, least) === 0);
    if (tied.length === 1) return tied[0];
    return this.tieBreaker.choose(tied, "eliminate", this.step(), this.history);
  }

  /** Records a stage. */
  stage(facts: StageFacts): void {
    const { names, digits } = this;
    const show = (v: Rational): string => showValue(v, digits);
    const k = this.rounds.length + 1;
    const from = facts.from === undefined ? undefined : (names[facts.from] as string);
    const excluded = facts.excluded?.map((c) => names[c] as string);
    const byQuota = facts.byQuota.map((c) => names[c] as string);
    const remaining = facts.remaining.map((c) => names[c] as string);
    const elected = [...byQuota, ...remaining];
    const shownQuota = show(facts.quota);
    this.quotas.push(shownQuota);
    const parts: string[] = [];
    if (facts.action === "first-preferences") parts.push(`Stage ${k}: first preferences counted`);
    else if (facts.action === "surplus")
      parts.push(
        `Stage ${k}: the surplus of ${from} transferred${facts.transferValue === undefined ? "" : ` at a transfer value of ${showValue(facts.transferValue, digits === undefined ? undefined : digits)}`}`,
      );
    else if (facts.action === "exclusion" && excluded !== undefined)
      parts.push(
        excluded.length === 0
          ? `Stage ${k}: no candidate left to exclude`
          : `Stage ${k}: ${listNames(excluded)} excluded and their papers transferred${facts.transferValue === undefined ? "" : ` (the papers of value ${showValue(facts.transferValue, digits)})`}`,
      );
    else if (facts.action === "exclusion")
      parts.push(`Stage ${k}: ${from} excluded and their papers transferred`);
    else parts.push(`Stage ${k}: keep values iterated`);
    parts.push(`quota ${shownQuota}`);
    // A rule may elect below the quota (ERS97 5.6.1); the text must not say they reached it.
    const below = facts.byQuota.filter((c) => compare(facts.tally[c] as Rational, facts.quota) < 0);
    const reached = facts.byQuota.filter((c) => !below.includes(c)).map((c) => names[c] as string);
    if (reached.length > 0) parts.push(`${listNames(reached)} reached the quota and elected`);
    if (below.length > 0)
      parts.push(
        `${listNames(below.map((c) => names[c] as string))} elected with fewer votes than the quota${facts.belowQuota === undefined ? "" : ` (${facts.belowQuota})`}`,
      );
    if (remaining.length > 0)
      parts.push(`${listNames(remaining)} elected as the last remaining candidates`);
    if (facts.note !== undefined) parts.push(facts.note);
    const round: StvRound = {
      round: k,
      tallies: byName(names, facts.tally.map(show)),
      nonTransferable: show(facts.nonTransferable),
      ...(facts.lost === undefined ? {} : { lostToRounding: show(facts.lost) }),
      quota: shownQuota,
      action: facts.action,
      ...(from === undefined ? {} : { from }),
      ...(facts.transferValue === undefined
        ? {}
        : { transferValue: showValue(facts.transferValue, digits) }),
      ...(elected.length === 0 ? {} : { elected }),
      ...(excluded !== undefined && excluded.length > 0
        ? { eliminated: excluded }
        : facts.action === "exclusion" && from !== undefined
          ? { eliminated: [from] }
          : {}),
      ...(byQuota.length === 0 ? {} : { electedByQuota: byQuota }),
      ...(remaining.length === 0 ? {} : { electedAsRemaining: remaining }),
      text: `${parts.join("; ")}.`,
    };
    this.rounds.push(round);
    this.history.push([...facts.tally]);
    this.log.round(round, { nonTransferable: round.nonTransferable, quota: shownQuota });
  }

  /** Closes the count. */
  finish(end: {
    readonly variant: string;
    readonly quota: Rational;
    readonly tally: readonly Rational[];
    readonly nonTransferable: Rational;
    readonly excludedOrDefeated: readonly number[];
  }): StvOutcome {
    const { digits } = this;
    const winners = this.electedOrder.slice(0, this.seats);
    const rest = [...end.excludedOrDefeated].sort(
      (a, b) => compare(end.tally[b] as Rational, end.tally[a] as Rational) || a - b,
    );
    const outcome = this.log.finish({
      method: "stv",
      variant: end.variant,
      top: winners,
      winners,
      reason: `the STV count (${end.variant}) filling ${this.seats} ${this.seats === 1 ? "seat" : "seats"}`,
      finalTiers: [...winners.map((c) => [c]), ...(rest.length === 0 ? [] : [rest])],
      scores: end.tally.map((v) => showValue(v, digits)),
      tieBreaker: this.tieBreaker,
    });
    const first = this.quotas[0] ?? showValue(end.quota, digits);
    const changing = this.quotas.some((q) => q !== first);
    return {
      ...outcome,
      variant: end.variant,
      rounds: this.rounds,
      quota: first,
      ...(changing ? { quotas: this.quotas } : {}),
      seats: this.seats,
      validVotes: showValue(this.valid, digits),
      nonTransferable: showValue(end.nonTransferable, digits),
    };
  }
}
