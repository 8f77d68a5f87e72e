/**
 * Typed builders of ledger events, so an app never numbers `id` and `seq` by hand.
 *
 * {@link ledger} is an immutable builder: `ledger().commit({...}).deliver("c1", {...}).events()`.
 * Each call returns a new builder (the old one is unchanged and can branch), fills `seq` (1, 2,
 * 3, ... or after a stored ledger's last) and `id` (`e1`, `e2`, ... from a prefix, unless the call
 * gives one), and takes the date explicitly: the builder never reads the clock. Wrong fields are
 * compile errors (a `percent` on `deliver`, a missing `reason` on `withdraw`). The builder does
 * not validate: {@link replay} does, with paths, so what the builder gives is what replay judges.
 * {@link numberEvents} does the same for an array of event drafts.
 *
 * Each builder shares its predecessor's events (a persistent list), so a call is O(1) and
 * `events()` is O(events).
 *
 * @module
 */
import type { Commitment, CommittedEvent, LedgerEvent } from "./events.js";

/**
 * The fields every builder call takes: the date (`YYYY-MM-DD` or an offset date-time), and
 * optionally who acted, evidence, a note, and an `id` to use instead of the numbered one.
 *
 * @category ledger
 */
export interface EventFields {
  /** When it happened: a strict ISO date, or a date-time with an offset. Never the clock. */
  readonly at: string;
  /** Who acted. */
  readonly actor?: string;
  /** Links or notes that show what happened. */
  readonly evidence?: readonly string[];
  /** A note. */
  readonly note?: string;
  /** The event's id, instead of the prefix and `seq` (`e7`). */
  readonly id?: string;
}

/**
 * An event without its `seq` (and without `prev`, which `linkEvents` writes), its `id` optional:
 * what {@link numberEvents} and {@link LedgerBuilder.add} take.
 *
 * @category ledger
 */
export type EventDraft = LedgerEvent extends infer Event
  ? Event extends LedgerEvent
    ? Omit<Event, "id" | "seq" | "prev"> & { readonly id?: string }
    : never
  : never;

/**
 * Where numbering starts.
 *
 * @category ledger
 */
export interface LedgerBuilderOptions {
  /** The prefix of the numbered ids (default `"e"`: `e1`, `e2`, ...). */
  readonly prefix?: string;
  /**
   * A ledger to continue (its state from {@link replay}, or just its `lastSeq`): `seq` starts at
   * `lastSeq + 1`, and so do the numbered ids. Default: an empty ledger.
   */
  readonly after?: { readonly lastSeq: number };
}

/**
 * An immutable builder of ledger events; see {@link ledger}.
 *
 * @category ledger
 */
export interface LedgerBuilder {
  /** How many events it holds. */
  readonly length: number;
  /** The `seq` of its last event (`after.lastSeq` when it holds none). */
  readonly lastSeq: number;
  /** A commitment is made; `at` defaults to the commitment's `madeAt`. */
  commit(commitment: Commitment, fields?: Partial<EventFields>): LedgerBuilder;
  /** The owner takes the commitment on (`accepted`). */
  accept(commitmentId: string, fields: EventFields): LedgerBuilder;
  /** Work begins (`started`). */
  start(commitmentId: string, fields: EventFields): LedgerBuilder;
  /** Progress reported, as a percent from 0 to 100 (`progressed`). */
  progress(commitmentId: string, fields: EventFields & { readonly percent: number }): LedgerBuilder;
  /** A milestone of the commitment is reached (`milestone-reached`). */
  reachMilestone(
    commitmentId: string,
    fields: EventFields & { readonly milestoneId: string },
  ): LedgerBuilder;
  /** The owner reports delivery (`delivered`). */
  deliver(commitmentId: string, fields: EventFields): LedgerBuilder;
  /** Someone other than the owner confirms delivery (`verified`; `actor` required). */
  verify(commitmentId: string, fields: EventFields & { readonly actor: string }): LedgerBuilder;
  /** The due date passed without delivery (`missed`). */
  miss(commitmentId: string, fields: EventFields): LedgerBuilder;
  /** A new due date and/or scope is agreed, with a reason (`renegotiated`). */
  renegotiate(
    commitmentId: string,
    fields: EventFields & { readonly reason: string } & (
        | { readonly dueAt: string; readonly scope?: string }
        | { readonly dueAt?: string; readonly scope: string }
      ),
  ): LedgerBuilder;
  /** The commitment is withdrawn, with a reason (`withdrawn`). */
  withdraw(commitmentId: string, fields: EventFields & { readonly reason: string }): LedgerBuilder;
  /** A comment on the commitment (`noted`; `note` required). */
  note(commitmentId: string, fields: EventFields & { readonly note: string }): LedgerBuilder;
  /** Any event, as a draft with its `type`. */
  add(draft: EventDraft): LedgerBuilder;
  /** The events, in order, numbered: ready for {@link replay}, `linkEvents` or `toJsonLines`. */
  events(): LedgerEvent[];
}

/** One link of the persistent list of events: the last event and the events before it. */
interface Chain {
  readonly event: LedgerEvent;
  readonly before: Chain | undefined;
}

/**
 * Starts an immutable builder of ledger events that numbers `seq` and `id` itself.
 *
 * @remarks
 * Every method returns a new builder; dates are given explicitly (never the clock); ids are the
 * prefix and the `seq` (`e1`, `e2`, ...) unless a call gives its own `id`. The events follow the
 * schemas of `events.ts`, and the types make a wrong field a compile error. The builder checks
 * nothing else: {@link replay} validates the result (the state machine, dates, duplicate ids) and
 * returns errors as values. Never throws.
 *
 * @example A promise made, started and delivered, then measured
 * ```ts
 * import { ledger, metrics, replay } from "co-decide/commitments";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const events = ledger()
 *   .commit({ id: "c1", title: "Reopen the youth centre", owner: "Council housing team",
 *     party: "authority", madeAt: "2025-01-10", dueAt: "2025-06-30" })
 *   .start("c1", { at: "2025-02-03" })
 *   .deliver("c1", { at: "2025-06-20", evidence: ["https://example.org/opening"] })
 *   .events();
 * // => [{ id: "e1", seq: 1, at: "2025-01-10", type: "committed", commitment: {...} },
 * //     { id: "e2", seq: 2, at: "2025-02-03", type: "started", commitmentId: "c1" },
 * //     { id: "e3", seq: 3, at: "2025-06-20", type: "delivered", commitmentId: "c1", evidence: [...] }]
 * E.flatMap((state) => metrics(state, { asOf: "2025-07-01" }))(replay(events));
 * // => right, overall: { due: 1, delivered: 1, followThroughRate: 1, onTimeRate: 1, ... }
 * ```
 *
 * @example Continuing a stored ledger
 * ```ts
 * import { ledger } from "co-decide/commitments";
 *
 * ledger({ after: { lastSeq: 41 } }).note("c7", { at: "2026-03-02", note: "Site visit" }).events();
 * // => [{ id: "e42", seq: 42, at: "2026-03-02", type: "noted", commitmentId: "c7", note: "Site visit" }]
 * ```
 *
 * @category ledger
 */
export const ledger = (options: LedgerBuilderOptions = {}): LedgerBuilder => {
  const { prefix, first } = numbering(options);
  return builderOf(prefix, first - 1, undefined, 0);
};

/**
 * Numbers an array of event drafts: `seq` from 1 (or after `options.after.lastSeq`) and `id` from
 * the prefix, unless a draft gives its own. What {@link ledger} does, for data already in a list.
 *
 * @example
 * ```ts
 * import { numberEvents, replay } from "co-decide/commitments";
 *
 * const events = numberEvents([
 *   { type: "committed", at: "2025-01-10", commitment: { id: "c1", title: "Bus shelter",
 *     owner: "Transport", party: "authority", madeAt: "2025-01-10" } },
 *   { type: "withdrawn", at: "2025-02-01", commitmentId: "c1", reason: "no budget" },
 * ]);
 * // => [{ id: "e1", seq: 1, ... }, { id: "e2", seq: 2, ... }]
 * replay(events); // => right
 * ```
 *
 * @category ledger
 */
export const numberEvents = (
  drafts: readonly EventDraft[],
  options: LedgerBuilderOptions = {},
): LedgerEvent[] => {
  // A typed function, but it never throws on what a JavaScript caller may pass: what is not an
  // array numbers nothing, and what is not a draft becomes an event that `replay` will refuse.
  if (!Array.isArray(drafts)) return [];
  const { prefix, first } = numbering(options);
  return Array.from(drafts, (draft: EventDraft, i) => numbered(draft, prefix, first + i));
};

/** The id prefix and first `seq` the options ask for (defaults for anything else). */
const numbering = (options: unknown): { readonly prefix: string; readonly first: number } => {
  const given: Partial<LedgerBuilderOptions> =
    typeof options === "object" && options !== null ? options : {};
  const prefix = typeof given.prefix === "string" ? given.prefix : "e";
  const lastSeq: unknown = given.after?.lastSeq;
  return { prefix, first: (typeof lastSeq === "number" ? lastSeq : 0) + 1 };
};

/** The event of a draft at `seq`: `id` and `seq` first, then the draft's fields. */
const numbered = (draft: EventDraft, prefix: string, seq: number): LedgerEvent => {
  const { id, ...rest } = typeof draft === "object" && draft !== null ? draft : ({} as EventDraft);
  return { id: id ?? `${prefix}${seq}`, seq, ...rest } as LedgerEvent;
};

const builderOf = (
  prefix: string,
  lastSeq: number,
  chain: Chain | undefined,
  length: number,
): LedgerBuilder => {
  const add = (draft: EventDraft): LedgerBuilder =>
    builderOf(
      prefix,
      lastSeq + 1,
      { event: numbered(draft, prefix, lastSeq + 1), before: chain },
      length + 1,
    );
  const about = (type: string, commitmentId: string, fields: EventFields): LedgerBuilder => {
    const { at, ...rest } = fields;
    return add({ at, type, commitmentId, ...rest } as unknown as EventDraft);
  };
  return {
    length,
    lastSeq,
    commit: (commitment, fields = {}) => {
      const { at, ...rest } = fields;
      const draft: Omit<CommittedEvent, "id" | "seq"> = {
        at: at ?? commitment.madeAt,
        type: "committed",
        commitment,
        ...rest,
      };
      return add(draft);
    },
    accept: (commitmentId, fields) => about("accepted", commitmentId, fields),
    start: (commitmentId, fields) => about("started", commitmentId, fields),
    progress: (commitmentId, fields) => about("progressed", commitmentId, fields),
    reachMilestone: (commitmentId, fields) => about("milestone-reached", commitmentId, fields),
    deliver: (commitmentId, fields) => about("delivered", commitmentId, fields),
    verify: (commitmentId, fields) => about("verified", commitmentId, fields),
    miss: (commitmentId, fields) => about("missed", commitmentId, fields),
    renegotiate: (commitmentId, fields) => about("renegotiated", commitmentId, fields),
    withdraw: (commitmentId, fields) => about("withdrawn", commitmentId, fields),
    note: (commitmentId, fields) => about("noted", commitmentId, fields),
    add,
    events: () => {
      const out = new Array<LedgerEvent>(length);
      let link = chain;
      for (let i = length - 1; i >= 0 && link !== undefined; i--) {
        out[i] = link.event;
        link = link.before;
      }
      return out;
    },
  };
};
