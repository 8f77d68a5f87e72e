/**
 * A commitment as it stood at the end of a given day, read from its history.
 *
 * Metrics and reports are "as of" a date: only events dated on or before it count. Because the
 * reducer keeps each commitment's events in order with days that never decrease, the snapshot is
 * one walk through the history up to that day, and snapshots at later and later days (a monthly
 * series) continue the same walk instead of starting again.
 *
 * @internal
 * @module
 */
import { parseIsoDay } from "../dates.js";
import type { LedgerEvent } from "../events.js";
import type { CommitmentRecord } from "../reducer.js";
import { type CommitmentStatus, nextStatus } from "../transitions.js";

/** @internal */
export interface Snapshot {
  readonly record: CommitmentRecord;
  readonly status: CommitmentStatus;
  readonly madeDay: number;
  /** The due day after renegotiations up to the day, or null. */
  readonly dueDay: number | null;
  readonly originalDueDay: number | null;
  readonly deliveredDay: number | null;
  readonly deliveredEvent: LedgerEvent | null;
  readonly verifiedDay: number | null;
  readonly verifiedEvent: LedgerEvent | null;
  readonly withdrawnDay: number | null;
  readonly withdrawnEvent: LedgerEvent | null;
  readonly missedDay: number | null;
  readonly renegotiations: number;
  readonly lastEventDay: number;
  readonly progress: number;
  /** How many of the record's events (from the first) are dated on or before the day. */
  readonly eventCount: number;
}

/** The commitment at the end of `day`, or `undefined` when it was not yet recorded. @internal */
export const snapshotAt = (record: CommitmentRecord, day: number): Snapshot | undefined =>
  new SnapshotWalker(record).at(day);

/** The events of a snapshot: those of its record dated on or before its day. @internal */
export const eventsOf = (s: Snapshot): readonly LedgerEvent[] =>
  s.eventCount === s.record.history.length
    ? s.record.history
    : s.record.history.slice(0, s.eventCount);

/** The ids of the milestones reached by a snapshot's day, in order. @internal */
export const milestonesOf = (s: Snapshot): string[] => {
  const reached: string[] = [];
  const history = s.record.history;
  for (let i = 0; i < s.eventCount; i++) {
    const event = history[i] as LedgerEvent;
    if (event.type === "milestone-reached") reached.push(event.milestoneId);
  }
  return reached;
};

/**
 * Snapshots of one commitment at days that do not decrease, each continuing the walk through its
 * history where the previous one stopped (a smaller day starts the walk again).
 *
 * @internal
 */
export class SnapshotWalker {
  private readonly history: readonly LedgerEvent[];
  private readonly firstDay: number;
  private readonly originalDueDay: number | null;
  private status: CommitmentStatus = "committed";
  private beforeMissed: CommitmentStatus = "committed";
  private dueDay: number | null;
  private deliveredDay: number | null = null;
  private deliveredEvent: LedgerEvent | null = null;
  private verifiedDay: number | null = null;
  private verifiedEvent: LedgerEvent | null = null;
  private withdrawnDay: number | null = null;
  private withdrawnEvent: LedgerEvent | null = null;
  private missedDay: number | null = null;
  private renegotiations = 0;
  private lastEventDay: number;
  private progress = 0;
  /** Events taken so far (the first, `committed`, always). */
  private count = 1;
  private lastText: string;
  private lastParsed: number;
  private lastDay = Number.NEGATIVE_INFINITY;

  constructor(private readonly record: CommitmentRecord) {
    this.history = record.history;
    const first = this.history[0] as LedgerEvent;
    this.firstDay = parseIsoDay(first.at) as number;
    const dueText = record.commitment.dueAt;
    this.originalDueDay = dueText === undefined ? null : (parseIsoDay(dueText) as number);
    this.dueDay = this.originalDueDay;
    this.lastEventDay = this.firstDay;
    this.lastText = first.at;
    this.lastParsed = this.firstDay;
  }

  /** The commitment at the end of `day`, or `undefined` when it was not yet recorded. */
  at(day: number): Snapshot | undefined {
    if (day < this.lastDay) return new SnapshotWalker(this.record).at(day);
    this.lastDay = day;
    if (this.firstDay > day) return undefined;
    this.advance(day);
    return {
      record: this.record,
      status: this.status,
      madeDay: this.record.madeDay,
      dueDay: this.dueDay,
      originalDueDay: this.originalDueDay,
      deliveredDay: this.deliveredDay,
      deliveredEvent: this.deliveredEvent,
      verifiedDay: this.verifiedDay,
      verifiedEvent: this.verifiedEvent,
      withdrawnDay: this.withdrawnDay,
      withdrawnEvent: this.withdrawnEvent,
      missedDay: this.missedDay,
      renegotiations: this.renegotiations,
      lastEventDay: this.lastEventDay,
      progress: this.progress,
      eventCount: this.count,
    };
  }

  /** Takes the events dated on or before `day`. */
  private advance(day: number): void {
    const history = this.history;
    while (this.count < history.length) {
      const event = history[this.count] as LedgerEvent;
      if (event.type === "committed") return;
      if (event.at !== this.lastText) {
        this.lastText = event.at;
        this.lastParsed = parseIsoDay(event.at) as number;
      }
      const eventDay = this.lastParsed;
      if (eventDay > day) return;
      this.count += 1;
      this.lastEventDay = eventDay;
      const next: CommitmentStatus =
        nextStatus(this.status, event.type, this.beforeMissed) ?? this.status;
      if (next === "missed" && this.status !== "missed") this.beforeMissed = this.status;
      if (next !== "missed") this.beforeMissed = next;
      this.status = next;
      switch (event.type) {
        case "delivered":
          this.deliveredDay = eventDay;
          this.deliveredEvent = event;
          break;
        case "verified":
          this.verifiedDay = eventDay;
          this.verifiedEvent = event;
          break;
        case "withdrawn":
          this.withdrawnDay = eventDay;
          this.withdrawnEvent = event;
          break;
        case "missed":
          this.missedDay = eventDay;
          break;
        case "renegotiated":
          this.renegotiations += 1;
          if (event.dueAt !== undefined) this.dueDay = parseIsoDay(event.dueAt) as number;
          break;
        case "progressed":
          this.progress = event.percent;
          break;
        default:
          break;
      }
    }
  }
}
