/**
 * Follow-through metrics of a ledger as of a date: overall, per owner and per party.
 *
 * Every metric is computed from the events dated on or before `asOf` (never the wall clock), so a
 * report for a past date is reproducible and a monthly series shows trust being built over time.
 * Rates are floats (reported metrics, not decisions) and `null` when their denominator is 0.
 *
 * Definitions, for a commitment c as of day A (see `docs/tracking-commitments.md`):
 * - `due(c)`: c has a due date d (the current one, after renegotiations up to A), d <= A, and c
 *   was not withdrawn before d (a withdrawal on or after d keeps c due, and broken);
 * - `delivered(c)`: c was delivered (self-reported) on or before A; its delivery day is t;
 * - `onTime(c)`: due and delivered with t <= d; `onTimeOriginal(c)`: t <= the original due date
 *   (the current one when no date was promised at first);
 * - `overdue(c)`: due, not delivered, not withdrawn; `daysOverdue` = A - d (0 on the due day);
 * - `slip(c)` = t - d in days (negative when early), for every c delivered by A with a due date;
 * - `broken(c)`: c is `missed` at A, or was withdrawn on or after its due date;
 * - `stale(c)`: c is open (committed, accepted, in progress or missed) and A - (day of its last
 *   event) >= N, with N = `staleAfterDays`.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type DecideError, invalidInputAt } from "../core/errors.js";
import { formatDay, parseIsoDay } from "./dates.js";
import { checkState, guarded } from "./internal/guard.js";
import { type Snapshot, SnapshotWalker, snapshotAt } from "./internal/snapshot.js";
import type { LedgerState } from "./reducer.js";
import { type CommitmentStatus, isDelivered, isOpen, STATUSES } from "./transitions.js";

/**
 * Options of {@link metrics}.
 *
 * @category metrics
 */
export interface MetricsOptions {
  /** The date the metrics are computed at (`YYYY-MM-DD` or an offset date-time; its UTC day). */
  readonly asOf: string;
  /** N in "open with no event for N days" (stale); a whole number >= 1, default 90. */
  readonly staleAfterDays?: number;
}

/**
 * A commitment that is due and not delivered.
 *
 * @category metrics
 */
export interface OverdueCommitment {
  readonly id: string;
  readonly title: string;
  readonly owner: string;
  readonly party: string;
  /** The current due date. */
  readonly dueAt: string;
  /** Whole days from the due date to `asOf` (0 on the due day). */
  readonly daysOverdue: number;
  readonly status: CommitmentStatus;
}

/**
 * An open commitment with no event for a while.
 *
 * @category metrics
 */
export interface StaleCommitment {
  readonly id: string;
  readonly title: string;
  readonly owner: string;
  /** The date of its last event (UTC day). */
  readonly lastEventOn: string;
  /** Whole days from that day to `asOf`. */
  readonly daysSinceLastEvent: number;
}

/**
 * Slip (days from due date to delivery) over the delivered commitments with a due date.
 *
 * @category metrics
 */
export interface SlipSummary {
  /** How many deliveries are summarised. */
  readonly count: number;
  /** The median (mean of the two middle values when the count is even); `null` when count is 0. */
  readonly median: number | null;
  /** The 90th percentile by the nearest-rank method: the value at rank ceil(0.9 n); `null` when count is 0. */
  readonly p90: number | null;
  readonly max: number | null;
}

/**
 * The follow-through metrics of a group of commitments (all, one owner, or one party).
 *
 * @category metrics
 */
export interface CommitmentMetrics {
  /** Commitments recorded on or before `asOf`. */
  readonly total: number;
  /** Commitments by their state at `asOf`. */
  readonly byStatus: Readonly<Record<CommitmentStatus, number>>;
  /** Commitments due: current due date <= asOf, not withdrawn before the due date. */
  readonly due: number;
  /** Due commitments delivered by `asOf`. */
  readonly delivered: number;
  /** delivered / due. */
  readonly followThroughRate: number | null;
  /** Due commitments delivered on or before their current due date. */
  readonly onTime: number;
  /** onTime / due. */
  readonly onTimeRate: number | null;
  /** Due commitments delivered on or before their original due date. */
  readonly onTimeOriginal: number;
  /** onTimeOriginal / due. */
  readonly onTimeOriginalRate: number | null;
  /** Due, not delivered, not withdrawn; most overdue first, then by id. */
  readonly overdue: readonly OverdueCommitment[];
  /** Delivery day minus current due day, over every commitment delivered by `asOf` with a due date. */
  readonly slip: SlipSummary;
  /** Commitments renegotiated at least once by `asOf`. */
  readonly renegotiated: number;
  /** renegotiated / total. */
  readonly renegotiationRate: number | null;
  /** Renegotiation events by `asOf`. */
  readonly renegotiations: number;
  /** Ids of the broken commitments: missed at `asOf`, or withdrawn on or after the due date. */
  readonly broken: readonly string[];
  /** broken / total. */
  readonly brokenRate: number | null;
  /** Commitments delivered by `asOf`, due or not (self-reported or verified). */
  readonly deliveries: number;
  /** Deliveries that were independently verified by `asOf`. */
  readonly verified: number;
  /** verified / deliveries. */
  readonly verifiedShare: number | null;
  /** Open commitments with no event for `staleAfterDays` days or more; longest silence first. */
  readonly stale: readonly StaleCommitment[];
}

/**
 * The metrics of a whole ledger.
 *
 * @category metrics
 */
export interface LedgerMetrics {
  /** The UTC day the metrics are computed at, `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly staleAfterDays: number;
  readonly overall: CommitmentMetrics;
  /** Per owner (own keys only; any owner name is safe). */
  readonly byOwner: Readonly<Record<string, CommitmentMetrics>>;
  /** Per party. */
  readonly byParty: Readonly<Record<string, CommitmentMetrics>>;
}

/**
 * Measures follow-through as of a date: what was due, what was delivered, on time or late, what
 * is overdue, broken, renegotiated, verified or gone quiet; overall, per owner and per party.
 *
 * @remarks
 * Formulas in the module comment and in `docs/tracking-commitments.md`. The accountability
 * measures follow the spirit of the Open Government Partnership's commitment assessment
 * (completion against the promised date) and Decidim's accountability component (progress and
 * state per result), made exact and dated. O(events). Returns `InvalidInput` for a bad `asOf` or
 * `staleAfterDays`; never throws.
 *
 * @param state - a ledger state from `replay`.
 * @param options - `asOf` (required) and `staleAfterDays` (default 90).
 *
 * @example Follow-through of one delivered promise
 * ```ts
 * import { metrics, replay } from "co-decide/commitments";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const state = replay([
 *   { id: "e1", seq: 1, at: "2025-01-10", type: "committed", commitment: { id: "c1",
 *     title: "Reopen the youth centre", owner: "Council housing team", party: "authority",
 *     madeAt: "2025-01-10", dueAt: "2025-06-30" } },
 *   { id: "e2", seq: 2, at: "2025-06-20", type: "delivered", commitmentId: "c1" },
 * ]);
 * E.flatMap((s) => metrics(s, { asOf: "2025-07-01" }))(state);
 * // => right, overall: { due: 1, delivered: 1, followThroughRate: 1, onTimeRate: 1, ... }
 * ```
 *
 * @category metrics
 */
export const metrics = (
  state: LedgerState,
  options: MetricsOptions,
): E.Either<DecideError, LedgerMetrics> =>
  guarded("the metrics", () => {
    const valid = checkState(state);
    if (E.isLeft(valid)) return valid;
    const checked = checkOptions(options);
    if (E.isLeft(checked)) return checked;
    const { day, staleAfterDays } = checked.right;
    const overall = new Accumulator();
    const byOwner = new Map<string, Accumulator>();
    const byParty = new Map<string, Accumulator>();
    for (const id of state.order) {
      const record = state.commitments[id];
      if (record === undefined) continue;
      const snapshot = snapshotAt(record, day);
      if (snapshot === undefined) continue;
      const { owner, party } = record.commitment;
      overall.add(snapshot, day, staleAfterDays);
      groupOf(byOwner, owner).add(snapshot, day, staleAfterDays);
      groupOf(byParty, party).add(snapshot, day, staleAfterDays);
    }
    return E.right({
      asOf: formatDay(day),
      staleAfterDays,
      overall: overall.result(),
      byOwner: Object.fromEntries([...byOwner].map(([key, acc]) => [key, acc.result()])),
      byParty: Object.fromEntries([...byParty].map(([key, acc]) => [key, acc.result()])),
    });
  });

/**
 * The overall metrics at each of `days` (in ascending order), from one walk through each
 * commitment's history instead of one per day: what {@link metrics} gives overall at each day.
 *
 * @internal
 */
export const overallAtDays = (
  state: LedgerState,
  days: readonly number[],
  staleAfterDays: number,
): CommitmentMetrics[] => {
  const accumulators = days.map(() => new Accumulator());
  for (const id of state.order) {
    const record = state.commitments[id];
    if (record === undefined) continue;
    const walker = new SnapshotWalker(record);
    for (let k = 0; k < days.length; k++) {
      const day = days[k] as number;
      const snapshot = walker.at(day);
      if (snapshot !== undefined)
        (accumulators[k] as Accumulator).add(snapshot, day, staleAfterDays);
    }
  }
  return accumulators.map((accumulator) => accumulator.result());
};

/** The validated options: the UTC day of `asOf` and N. @internal */
export const checkOptions = (
  options: MetricsOptions,
): E.Either<DecideError, { readonly day: number; readonly staleAfterDays: number }> => {
  const asOf: unknown = options?.asOf;
  const day = typeof asOf === "string" ? parseIsoDay(asOf) : undefined;
  if (day === undefined) {
    return E.left(
      invalidInputAt(
        "asOf",
        "invalid_date",
        "expected a valid ISO date (YYYY-MM-DD) or date-time with an offset",
      ),
    );
  }
  const stale: unknown = options.staleAfterDays ?? 90;
  if (typeof stale !== "number" || !Number.isSafeInteger(stale) || stale < 1) {
    return E.left(
      invalidInputAt("staleAfterDays", "too_small", "expected a whole number of days, at least 1"),
    );
  }
  return E.right({ day, staleAfterDays: stale });
};

const groupOf = (groups: Map<string, Accumulator>, key: string): Accumulator => {
  let group = groups.get(key);
  if (group === undefined) {
    group = new Accumulator();
    groups.set(key, group);
  }
  return group;
};

const rate = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : numerator / denominator;

/**
 * Summarises slips: median (mean of the two middle values for an even count), p90 by nearest rank
 * (the value at rank ceil(0.9 n) in ascending order), and max.
 *
 * @internal
 */
export const summariseSlip = (slips: readonly number[]): SlipSummary => {
  const n = slips.length;
  if (n === 0) return { count: 0, median: null, p90: null, max: null };
  const sorted = [...slips].sort((a, b) => a - b);
  const middle = Math.floor(n / 2);
  const median =
    n % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return {
    count: n,
    median,
    p90: sorted[Math.ceil(0.9 * n) - 1] as number,
    max: sorted[n - 1] as number,
  };
};

/** The per-group counters of {@link metrics}. */
class Accumulator {
  private total = 0;
  private readonly byStatus = new Map<CommitmentStatus, number>();
  private due = 0;
  private delivered = 0;
  private onTime = 0;
  private onTimeOriginal = 0;
  private readonly overdue: OverdueCommitment[] = [];
  private readonly slips: number[] = [];
  private renegotiated = 0;
  private renegotiations = 0;
  private readonly broken: string[] = [];
  private deliveries = 0;
  private verified = 0;
  private readonly stale: StaleCommitment[] = [];

  add(s: Snapshot, day: number, staleAfterDays: number): void {
    const c = s.record.commitment;
    this.total += 1;
    this.byStatus.set(s.status, (this.byStatus.get(s.status) ?? 0) + 1);
    const due =
      s.dueDay !== null &&
      s.dueDay <= day &&
      !(s.withdrawnDay !== null && s.withdrawnDay < s.dueDay);
    const delivered = s.deliveredDay !== null && isDelivered(s.status);
    if (delivered) {
      this.deliveries += 1;
      if (s.status === "verified") this.verified += 1;
      if (s.dueDay !== null) this.slips.push((s.deliveredDay as number) - s.dueDay);
    }
    if (due) {
      const dueDay = s.dueDay as number;
      this.due += 1;
      if (delivered) {
        const deliveredDay = s.deliveredDay as number;
        this.delivered += 1;
        if (deliveredDay <= dueDay) this.onTime += 1;
        if (deliveredDay <= (s.originalDueDay ?? dueDay)) this.onTimeOriginal += 1;
      } else if (s.status !== "withdrawn") {
        this.overdue.push({
          id: c.id,
          title: c.title,
          owner: c.owner,
          party: c.party,
          dueAt: formatDay(dueDay),
          daysOverdue: day - dueDay,
          status: s.status,
        });
      }
    }
    if (s.renegotiations > 0) this.renegotiated += 1;
    this.renegotiations += s.renegotiations;
    if (
      s.status === "missed" ||
      (s.status === "withdrawn" && s.dueDay !== null && (s.withdrawnDay as number) >= s.dueDay)
    ) {
      this.broken.push(c.id);
    }
    if (isOpen(s.status) && day - s.lastEventDay >= staleAfterDays) {
      this.stale.push({
        id: c.id,
        title: c.title,
        owner: c.owner,
        lastEventOn: formatDay(s.lastEventDay),
        daysSinceLastEvent: day - s.lastEventDay,
      });
    }
  }

  result(): CommitmentMetrics {
    const byStatus = Object.fromEntries(
      STATUSES.map((status) => [status, this.byStatus.get(status) ?? 0]),
    ) as Record<CommitmentStatus, number>;
    return {
      total: this.total,
      byStatus,
      due: this.due,
      delivered: this.delivered,
      followThroughRate: rate(this.delivered, this.due),
      onTime: this.onTime,
      onTimeRate: rate(this.onTime, this.due),
      onTimeOriginal: this.onTimeOriginal,
      onTimeOriginalRate: rate(this.onTimeOriginal, this.due),
      overdue: [...this.overdue].sort(
        (a, b) => b.daysOverdue - a.daysOverdue || compareText(a.id, b.id),
      ),
      slip: summariseSlip(this.slips),
      renegotiated: this.renegotiated,
      renegotiationRate: rate(this.renegotiated, this.total),
      renegotiations: this.renegotiations,
      broken: this.broken,
      brokenRate: rate(this.broken.length, this.total),
      deliveries: this.deliveries,
      verified: this.verified,
      verifiedShare: rate(this.verified, this.deliveries),
      stale: [...this.stale].sort(
        (a, b) => b.daysSinceLastEvent - a.daysSinceLastEvent || compareText(a.id, b.id),
      ),
    };
  }
}

/** Code-unit order, independent of locale. @internal */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
