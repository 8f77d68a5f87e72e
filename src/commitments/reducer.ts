/**
 * The pure reducer of the commitment ledger: events in, ledger state out.
 *
 * {@link replay} validates a whole ledger (every shape problem is listed with its path) and folds
 * it into a {@link LedgerState}; {@link apply} appends one event to a state for apps that record
 * events one at a time. Both refuse, as `InvalidTransition` naming the event and its position,
 * every event the ledger cannot accept: a duplicate event id, a `seq` that is not the previous one
 * plus 1 (a gap or a reversal), an event for an unknown commitment, a second `committed` event for
 * the same commitment, a transition the state machine forbids (see `transitions.ts`), an event
 * dated before the commitment was made or before the commitment's previous event, a due date before
 * the commitment was made, a verification by the owner, an unknown or repeated milestone. Nothing
 * is dropped silently and nothing throws.
 *
 * Speed: replay is O(events). Inside, a mutable builder (Maps, arrays appended in place) is used
 * and the plain state is written once at the end; inputs are never mutated. `apply` copies the
 * state's two indexes (commitments and event ids) once per call, so it is O(size of the state):
 * to append many events at once, use {@link replayFrom}.
 *
 * The reducer checks structure, not hashes: `verifyLedger` checks the `prev` chain.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import {
  type DecideError,
  type InputIssue,
  invalidInput,
  invalidInputAt,
  invalidTransition,
} from "../core/errors.js";
import { checkWork } from "../core/limits.js";
import { parseIsoDay } from "./dates.js";
import type { Commitment, LedgerEvent } from "./events.js";
import { checkEvent, notALedger } from "./internal/event-check.js";
import { dayMemo, dayOf, quickValidEvent } from "./internal/quick-validate.js";
import { StringIndex } from "./internal/string-index.js";
import { EVENTS_LIMIT, eventsLimitOf, holeAt } from "./limits.js";
import { type CommitmentStatus, nextStatus } from "./transitions.js";

/**
 * A commitment as the ledger knows it after the events replayed so far.
 *
 * @category ledger
 */
export interface CommitmentRecord {
  /** The commitment as it was made (the `committed` event's payload). */
  readonly commitment: Commitment;
  readonly status: CommitmentStatus;
  /** The state before it was missed (where `renegotiated` reopens it); else equal to `status`. */
  readonly beforeMissed: CommitmentStatus;
  /** UTC day number of `madeAt`. */
  readonly madeDay: number;
  /** The current due date (after renegotiations), `null` when none was promised. */
  readonly dueAt: string | null;
  /** The current scope when renegotiated, `null` while the original scope stands. */
  readonly scope: string | null;
  /** The last progress reported, in percent (0 until one is reported). */
  readonly progress: number;
  /** Ids of the milestones reached, in order. */
  readonly milestonesReached: readonly string[];
  /** How many times it was renegotiated. */
  readonly renegotiations: number;
  /** UTC day number of the last event about it. */
  readonly lastDay: number;
  /** Every event about it, in ledger order (their days never decrease); the first is `committed`. */
  readonly history: readonly LedgerEvent[];
}

/**
 * The state of a ledger: plain data, JSON-serialisable.
 *
 * @category ledger
 */
export interface LedgerState {
  /** Every commitment by id (own keys only; `__proto__` is an ordinary id). */
  readonly commitments: Readonly<Record<string, CommitmentRecord>>;
  /** Commitment ids in the order they were made in the ledger. */
  readonly order: readonly string[];
  /** How many events were replayed. */
  readonly eventCount: number;
  /** The `seq` of the last event (0 for an empty ledger). */
  readonly lastSeq: number;
}

/**
 * The state of a ledger with no events.
 *
 * @category ledger
 */
export const emptyLedger: LedgerState = {
  commitments: {},
  order: [],
  eventCount: 0,
  lastSeq: 0,
};

/**
 * Validates a whole ledger and folds it into its state.
 *
 * @remarks
 * Three steps: shape (every event against {@link LedgerEventSchema}; all problems are listed,
 * with paths such as `events[3].percent`), then meaning (the events in order through the state
 * machine; the first illegal event stops the replay with an `InvalidTransition` whose `index` is
 * its position in the input), then the plain state. A hole of a sparse array is an
 * `InvalidInput` at its index (`events[1]`, code `hole`). O(events); for timings of 1,000,000
 * events over 100,000 commitments see `bench/results/commitments.md`. More events than the limit
 * (default 1,000,000; `options.maxEvents` up to 20,000,000; {@link EVENTS_LIMIT}) are refused
 * before any is read, as `Unsupported` (reason `work_limit`). Never throws.
 *
 * @param events - the ledger, an array of events in `seq` order.
 * @param options - `maxEvents`, the limit on events.
 * @returns the {@link LedgerState}, or an `InvalidInput` / `InvalidTransition`.
 *
 * @example Replaying a promise and its delivery
 * ```ts
 * import { replay } from "co-decide/commitments";
 *
 * const state = replay([
 *   { id: "e1", seq: 1, at: "2025-01-10", type: "committed",
 *     commitment: { id: "c1", title: "Reopen the youth centre", owner: "Council housing team",
 *       party: "authority", madeAt: "2025-01-10", dueAt: "2025-06-30" } },
 *   { id: "e2", seq: 2, at: "2025-06-20", type: "delivered", commitmentId: "c1" },
 * ]);
 * // => right, with state.commitments.c1.status === "delivered"
 * ```
 *
 * @example A withdrawn commitment cannot be delivered
 * ```ts
 * import { replay } from "co-decide/commitments";
 *
 * replay([
 *   { id: "e1", seq: 1, at: "2025-01-10", type: "committed",
 *     commitment: { id: "c1", title: "Bus shelter", owner: "Transport", party: "authority",
 *       madeAt: "2025-01-10" } },
 *   { id: "e2", seq: 2, at: "2025-02-01", type: "withdrawn", commitmentId: "c1", reason: "no budget" },
 *   { id: "e3", seq: 3, at: "2025-03-01", type: "delivered", commitmentId: "c1" },
 * ]);
 * // => left: { _tag: "InvalidTransition", eventId: "e3", index: 2, reason: "illegal_transition", ... }
 * ```
 *
 * @category ledger
 */
export const replay = (
  events: unknown,
  options?: { readonly maxEvents?: number },
): E.Either<DecideError, LedgerState> => replayFrom(emptyLedger, events, options);

/**
 * Appends a ledger's worth of events to an existing state (what {@link replay} does from
 * {@link emptyLedger}).
 *
 * @remarks
 * Same checks and limit on events as {@link replay}; error indexes are positions in `events`. The
 * given state is not changed: records it holds are copied before they are touched. O(size of
 * state + events).
 *
 * @example Continuing a ledger
 * ```ts
 * import { replay, replayFrom } from "co-decide/commitments";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const start = replay([
 *   { id: "e1", seq: 1, at: "2025-01-10", type: "committed",
 *     commitment: { id: "c1", title: "Park benches", owner: "Parks", party: "authority",
 *       madeAt: "2025-01-10" } },
 * ]);
 * E.flatMap((state) => replayFrom(state, [
 *   { id: "e2", seq: 2, at: "2025-02-01", type: "started", commitmentId: "c1" },
 * ]))(start);
 * // => right, with c1 "in-progress"
 * ```
 *
 * @category ledger
 */
export const replayFrom = (
  state: LedgerState,
  events: unknown,
  options?: { readonly maxEvents?: number },
): E.Either<DecideError, LedgerState> => {
  try {
    const limit = eventsLimitOf(options);
    if (E.isLeft(limit)) return limit;
    if (Array.isArray(events)) {
      const within = checkWork(EVENTS_LIMIT, events.length, limit.right);
      if (E.isLeft(within)) return within;
    }
    const checked = validateEvents(events);
    if (E.isLeft(checked)) return checked;
    const list = checked.right;
    const builder = new Builder(state, list.length, "events");
    for (let i = 0; i < list.length; i++) {
      const error = builder.add(list[i] as LedgerEvent, i);
      if (error !== undefined) return E.left(error);
    }
    return E.right(builder.build());
  } catch (cause) {
    return E.left(unreadable(cause));
  }
};

/**
 * Shape check of a whole ledger: the fast path for events it can vouch for, zod for the rest
 * (which writes every issue with its path under `events`).
 */
const validateEvents = (events: unknown): E.Either<DecideError, readonly LedgerEvent[]> => {
  if (!Array.isArray(events)) {
    return E.left(invalidInput(notALedger(events, ["events"])));
  }
  const memo = dayMemo();
  let out: LedgerEvent[] | undefined;
  let issues: InputIssue[] | undefined;
  for (let i = 0; i < events.length; i++) {
    const event: unknown = events[i];
    if (!(i in events)) {
      // a hole: reported as such (zod would call it a missing object), and never taken as data
      out ??= events.slice(0, i) as LedgerEvent[];
      issues ??= [];
      issues.push(...holeAt(`events[${i}]`).issues);
      continue;
    }
    if (quickValidEvent(event, memo)) {
      out?.push(event as LedgerEvent);
      continue;
    }
    if (out === undefined) out = events.slice(0, i) as LedgerEvent[];
    const parsed = checkEvent(event, ["events", i]);
    if (E.isRight(parsed)) out.push(parsed.right);
    else {
      issues ??= [];
      issues.push(...parsed.left);
    }
  }
  if (issues !== undefined) return E.left(invalidInput(issues));
  return E.right(out ?? (events as LedgerEvent[]));
};

/**
 * Appends one event to a ledger state, for apps that record events one at a time.
 *
 * @remarks
 * Validates the event (paths start at `event`), then applies the same checks as {@link replay};
 * an error's `index` is the event's position in the whole ledger (`state.eventCount`). Pure: the
 * given state is not changed. O(size of state) per call: the state's commitment index is copied
 * and its event ids are scanned for a repeat (about 12 ms for 100,000 events over 10,000
 * commitments, 6.5 times faster than replaying them; `bench/results/commitments.md`). To append
 * many events, {@link replayFrom} is one pass.
 *
 * @example Appending a delivery
 * ```ts
 * import { apply, replay } from "co-decide/commitments";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const state = replay([
 *   { id: "e1", seq: 1, at: "2025-01-10", type: "committed",
 *     commitment: { id: "c1", title: "Park benches", owner: "Parks", party: "authority",
 *       madeAt: "2025-01-10" } },
 * ]);
 * E.flatMap((s) => apply(s, { id: "e2", seq: 2, at: "2025-03-01", type: "delivered",
 *   commitmentId: "c1" }))(state);
 * // => right, with c1 "delivered"
 * ```
 *
 * @category ledger
 */
export const apply = (state: LedgerState, event: unknown): E.Either<DecideError, LedgerState> => {
  try {
    let valid: LedgerEvent;
    if (quickValidEvent(event, dayMemo())) valid = event as LedgerEvent;
    else {
      const parsed = checkEvent(event, ["event"]);
      if (E.isLeft(parsed)) return E.left(invalidInput(parsed.left));
      valid = parsed.right;
    }
    const builder = new Builder(state, 1, "event");
    const error = builder.add(valid, state.eventCount);
    return error === undefined ? E.right(builder.build()) : E.left(error);
  } catch (cause) {
    return E.left(unreadable(cause));
  }
};

const unreadable = (cause: unknown): DecideError =>
  invalidInputAt(
    "",
    "unreadable",
    `the events could not be read (${cause instanceof Error ? cause.message : "unknown cause"})`,
  );

interface MutableRecord {
  commitment: Commitment;
  status: CommitmentStatus;
  beforeMissed: CommitmentStatus;
  madeDay: number;
  dueAt: string | null;
  scope: string | null;
  progress: number;
  milestonesReached: string[];
  renegotiations: number;
  lastDay: number;
  history: LedgerEvent[];
}

/** Up to this many events at once, earlier event ids are scanned for, not indexed. */
const SCAN_LIMIT = 8;

/**
 * The mutable builder behind {@link replayFrom}: flat hash indexes and arrays appended in place.
 * Commitment `i` (in the order made) has id `order[i]` and record `records[i]`.
 */
class Builder {
  private readonly commitmentIds: StringIndex;
  private readonly records: MutableRecord[] = [];
  /** Whether `records[i]` is still shared with the input state (copied on first write). */
  private readonly shared: boolean[] = [];
  private readonly order: string[] = [];
  /** The ids of the events added, and of the input state's events unless they are scanned. */
  private readonly eventIds: StringIndex;
  /**
   * Whether the input state's event ids are looked for by a scan of its histories instead of
   * being indexed: for a few events (`apply`), one scan per event is far cheaper than indexing
   * every earlier event.
   */
  private readonly scanBase: boolean;
  /** How many records came from the input state. */
  private readonly baseRecords: number;
  private eventCount: number;
  private lastSeq: number;
  private readonly base: LedgerState;
  private readonly offset: number;
  private readonly memo = dayMemo();
  private readonly dueMemo = dayMemo();
  /** The event being added and its index, for error messages. */
  private currentId = "";
  private currentIndex = 0;

  /**
   * The error refusing the current event, pointing at `field` in it: under `events[i]` in a
   * ledger, under `event` for one event applied on its own (the path is written only here, not
   * for every event).
   */
  private fail(reason: string, field: string, what: string): DecideError {
    const at = this.root === "event" ? "event" : `events[${this.currentIndex}]`;
    return invalidTransition(this.currentId, this.currentIndex, reason, what, `${at}.${field}`);
  }

  /**
   * @param root - how errors name the event: `events[i]` for a ledger, `event` for one event
   *   applied on its own.
   */
  constructor(
    state: LedgerState,
    expected: number,
    private readonly root: "events" | "event",
  ) {
    this.base = state;
    this.offset = state.eventCount;
    this.scanBase = expected <= SCAN_LIMIT;
    this.eventIds = new StringIndex((this.scanBase ? 0 : state.eventCount) + expected);
    this.commitmentIds = new StringIndex(state.order.length + Math.min(expected, 1 << 17));
    for (const id of state.order) {
      const record = Object.hasOwn(state.commitments, id)
        ? (Object.getOwnPropertyDescriptor(state.commitments, id)?.value as CommitmentRecord)
        : undefined;
      if (record === undefined || this.commitmentIds.get(id) !== undefined) continue;
      this.commitmentIds.add(id);
      this.order.push(id);
      this.records.push(record as unknown as MutableRecord);
      this.shared.push(true);
      if (!this.scanBase) for (const event of record.history) this.eventIds.add(event.id);
    }
    this.baseRecords = this.records.length;
    this.eventCount = state.eventCount;
    this.lastSeq = state.lastSeq;
  }

  /** Adds one event; returns the error that refuses it, if any. `index` is for the error. */
  add(event: LedgerEvent, index: number): DecideError | undefined {
    this.currentId = event.id;
    this.currentIndex = index;
    // Checks and records the id at once; on any error below the builder is discarded.
    const previous = this.eventIds.findOrAdd(event.id);
    if (previous !== -1 || (this.scanBase && this.inBase(event.id))) {
      const where = previous === -1 ? -1 : this.scanBase ? previous : previous - this.offset;
      return this.fail(
        "duplicate_event_id",
        "id",
        `the event id "${event.id}" is already used${where >= 0 ? ` by events[${where}]` : " earlier in the ledger"}`,
      );
    }
    if (event.seq !== this.lastSeq + 1) {
      return event.seq <= this.lastSeq
        ? this.fail(
            "seq_reversal",
            "seq",
            `seq ${event.seq} does not follow ${this.lastSeq} (expected ${this.lastSeq + 1})`,
          )
        : this.fail(
            "seq_gap",
            "seq",
            `seq ${event.seq} leaves a gap after ${this.lastSeq} (expected ${this.lastSeq + 1})`,
          );
    }
    const day = dayOf(this.memo, event.at) as number;
    const error = event.type === "committed" ? this.commit(event, day) : this.update(event, day);
    if (error !== undefined) return error;
    this.eventCount += 1;
    this.lastSeq = event.seq;
    return undefined;
  }

  /** Whether an event of the input state has this id (a scan of the histories it held). */
  private inBase(id: string): boolean {
    for (let r = 0; r < this.baseRecords; r++) {
      const history = (this.records[r] as MutableRecord).history;
      for (let i = 0; i < history.length; i++)
        if ((history[i] as LedgerEvent).id === id) return true;
    }
    return false;
  }

  private commit(event: LedgerEvent & { type: "committed" }, day: number): DecideError | undefined {
    const commitment = event.commitment;
    if (this.commitmentIds.findOrAdd(commitment.id) !== -1) {
      return this.fail(
        "duplicate_commitment",
        "commitment.id",
        `the commitment "${commitment.id}" was already made`,
      );
    }
    const madeDay = dayOf(this.memo, commitment.madeAt) as number;
    if (day < madeDay) {
      return this.fail(
        "before_made",
        "at",
        `recorded on ${event.at}, before the commitment was made (${commitment.madeAt})`,
      );
    }
    const dueDay =
      commitment.dueAt === undefined ? null : (dayOf(this.dueMemo, commitment.dueAt) as number);
    if (dueDay !== null && dueDay < madeDay) {
      return this.fail(
        "due_before_made",
        "commitment.dueAt",
        `due on ${commitment.dueAt}, before the commitment was made (${commitment.madeAt})`,
      );
    }
    this.shared.push(false);
    this.records.push({
      commitment,
      status: "committed",
      beforeMissed: "committed",
      madeDay,
      dueAt: commitment.dueAt ?? null,
      scope: null,
      progress: 0,
      milestonesReached: [],
      renegotiations: 0,
      lastDay: day,
      history: [event],
    });
    this.order.push(commitment.id);
    return undefined;
  }

  private update(
    event: Exclude<LedgerEvent, { type: "committed" }>,
    day: number,
  ): DecideError | undefined {
    const position = this.commitmentIds.get(event.commitmentId);
    const found = position === undefined ? undefined : this.records[position];
    if (position === undefined || found === undefined) {
      return this.fail(
        "unknown_commitment",
        "commitmentId",
        `no commitment "${event.commitmentId}" was made before it`,
      );
    }
    const commitment = found.commitment;
    if (day < found.madeDay) {
      return this.fail(
        "before_made",
        "at",
        `dated ${event.at}, before the commitment was made (${commitment.madeAt})`,
      );
    }
    if (day < found.lastDay) {
      const last = found.history[found.history.length - 1] as LedgerEvent;
      return this.fail(
        "date_reversal",
        "at",
        `dated ${event.at}, before the commitment's previous event "${last.id}" (${last.at})`,
      );
    }
    const status = nextStatus(found.status, event.type, found.beforeMissed);
    if (status === undefined) {
      return this.fail(
        "illegal_transition",
        "type",
        `a "${event.type}" event cannot follow the state "${found.status}" of commitment "${commitment.id}"`,
      );
    }
    let dueAt = found.dueAt;
    switch (event.type) {
      case "verified":
        if (event.actor === commitment.owner) {
          return this.fail(
            "self_verification",
            "actor",
            `verified by the owner "${commitment.owner}"; verification must come from someone else`,
          );
        }
        break;
      case "milestone-reached": {
        const milestones = commitment.milestones ?? [];
        if (!milestones.some((m) => m.id === event.milestoneId)) {
          return this.fail(
            "unknown_milestone",
            "milestoneId",
            `commitment "${commitment.id}" has no milestone "${event.milestoneId}"`,
          );
        }
        if (found.milestonesReached.includes(event.milestoneId)) {
          return this.fail(
            "duplicate_milestone",
            "milestoneId",
            `milestone "${event.milestoneId}" was already reached`,
          );
        }
        break;
      }
      case "renegotiated":
        if (event.dueAt !== undefined) {
          dueAt = event.dueAt;
          if ((parseIsoDay(event.dueAt) as number) < found.madeDay) {
            return this.fail(
              "due_before_made",
              "dueAt",
              `new due date ${event.dueAt} is before the commitment was made (${commitment.madeAt})`,
            );
          }
        }
        break;
      default:
        break;
    }
    const record = this.writable(position, found);
    if (status === "missed" && record.status !== "missed") record.beforeMissed = record.status;
    record.status = status;
    if (status !== "missed") record.beforeMissed = status;
    record.dueAt = dueAt;
    switch (event.type) {
      case "progressed":
        record.progress = event.percent;
        break;
      case "milestone-reached":
        record.milestonesReached.push(event.milestoneId);
        break;
      case "renegotiated":
        record.renegotiations += 1;
        if (event.scope !== undefined) record.scope = event.scope;
        break;
      default:
        break;
    }
    record.lastDay = day;
    record.history.push(event);
    return undefined;
  }

  /** The record to write to: copied first if it is still shared with the input state. */
  private writable(position: number, record: MutableRecord): MutableRecord {
    if (this.shared[position] !== true) return record;
    const copy: MutableRecord = {
      ...record,
      milestonesReached: [...record.milestonesReached],
      history: [...record.history],
    };
    this.records[position] = copy;
    this.shared[position] = false;
    return copy;
  }

  /** The records by id as a plain object; `__proto__` is defined as an own key, never set. */
  private commitmentsRecord(): Record<string, CommitmentRecord> {
    const out: Record<string, CommitmentRecord> = {};
    for (let i = 0; i < this.order.length; i++) {
      const id = this.order[i] as string;
      const record = this.records[i] as MutableRecord;
      if (id === "__proto__") {
        Object.defineProperty(out, id, {
          value: record,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else out[id] = record;
    }
    return out;
  }

  build(): LedgerState {
    if (this.eventCount === this.offset) return this.base;
    return {
      commitments: this.commitmentsRecord(),
      order: this.order,
      eventCount: this.eventCount,
      lastSeq: this.lastSeq,
    };
  }
}
