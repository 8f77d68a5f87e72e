/**
 * A commitment as it stood at the end of a given day, read from its history.
 *
 * Metrics and reports are "as of" a date: only events dated on or before it count. Because the
 * reducer keeps each commitment's events in order with days that never decrease, the snapshot is
 * one walk through the history up to that day.
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
  /** Ids of the milestones reached up to the day, in order. */
  readonly milestonesReached: readonly string[];
  /** The events up to the day. */
  readonly events: readonly LedgerEvent[];
}

/** The commitment at the end of `day`, or `undefined` when it was not yet recorded. @internal */
export const snapshotAt = (record: CommitmentRecord, day: number): Snapshot | undefined => {
  const history = record.history;
  const first = history[0] as LedgerEvent;
  const firstDay = parseIsoDay(first.at) as number;
  if (firstDay > day) return undefined;
  const dueText = record.commitment.dueAt;
  const originalDueDay = dueText === undefined ? null : (parseIsoDay(dueText) as number);
  let status: CommitmentStatus = "committed";
  let beforeMissed: CommitmentStatus = "committed";
  let dueDay = originalDueDay;
  let deliveredDay: number | null = null;
  let deliveredEvent: LedgerEvent | null = null;
  let verifiedDay: number | null = null;
  let verifiedEvent: LedgerEvent | null = null;
  let withdrawnDay: number | null = null;
  let withdrawnEvent: LedgerEvent | null = null;
  let missedDay: number | null = null;
  let renegotiations = 0;
  let lastEventDay = firstDay;
  let progress = 0;
  const milestonesReached: string[] = [];
  let count = 1;
  let lastText = first.at;
  let lastParsed = firstDay;
  for (let i = 1; i < history.length; i++) {
    const event = history[i] as LedgerEvent;
    if (event.type === "committed") break;
    if (event.at !== lastText) {
      lastText = event.at;
      lastParsed = parseIsoDay(event.at) as number;
    }
    const eventDay = lastParsed;
    if (eventDay > day) break;
    count += 1;
    lastEventDay = eventDay;
    const next: CommitmentStatus = nextStatus(status, event.type, beforeMissed) ?? status;
    if (next === "missed" && status !== "missed") beforeMissed = status;
    if (next !== "missed") beforeMissed = next;
    status = next;
    switch (event.type) {
      case "delivered":
        deliveredDay = eventDay;
        deliveredEvent = event;
        break;
      case "verified":
        verifiedDay = eventDay;
        verifiedEvent = event;
        break;
      case "withdrawn":
        withdrawnDay = eventDay;
        withdrawnEvent = event;
        break;
      case "missed":
        missedDay = eventDay;
        break;
      case "renegotiated":
        renegotiations += 1;
        if (event.dueAt !== undefined) dueDay = parseIsoDay(event.dueAt) as number;
        break;
      case "progressed":
        progress = event.percent;
        break;
      case "milestone-reached":
        milestonesReached.push(event.milestoneId);
        break;
      default:
        break;
    }
  }
  return {
    record,
    status,
    madeDay: record.madeDay,
    dueDay,
    originalDueDay,
    deliveredDay,
    deliveredEvent,
    verifiedDay,
    verifiedEvent,
    withdrawnDay,
    withdrawnEvent,
    missedDay,
    renegotiations,
    lastEventDay,
    progress,
    milestonesReached,
    events: count === history.length ? history : history.slice(0, count),
  };
};
