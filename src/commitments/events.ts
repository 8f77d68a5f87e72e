/**
 * The wire format of the commitment ledger: commitments and the events that follow them.
 *
 * A ledger is an append-only list of events, one JSON object each. Every event has an `id`
 * (unique in the ledger), a `seq` (1, 2, 3, ... with no gap), an `at` date (a strict ISO date or
 * offset date-time, see `dates.ts`), a `type`, and optionally an `actor`, `evidence` (links or
 * notes), a `note` and `prev` (the SHA-256 of the event before it, see `integrity.ts`). Every event
 * but `committed` names its commitment in `commitmentId`.
 *
 * Objects are strict: an unknown key (a typo such as `dueat`) is an error, not silently dropped,
 * so what is stored is exactly what was validated and hashed.
 *
 * @module
 */
import * as z from "zod/mini";
import { pure } from "../core/internal/pure.js";
import { isIsoDate, isIsoDateOrDateTime } from "./dates.js";

/**
 * The decision a commitment comes from: its id, and where it came from a vote, the outcome it
 * implements and what people asked for.
 *
 * @category schemas
 */
export interface DecisionRef {
  /** The decision's id in the app (a vote, a meeting, a budget round). */
  readonly id: string;
  /** The decision's title, e.g. `"Participatory budget 2025"`. */
  readonly title?: string;
  /** The outcome it implements, e.g. `"Project P3 funded (4,120 votes)"`. */
  readonly outcome?: string;
  /** What people asked for or decided ("you said"). */
  readonly asked?: string;
}

/**
 * A weighted milestone of a commitment.
 *
 * @category schemas
 */
export interface Milestone {
  readonly id: string;
  readonly title: string;
  /** Its weight, a positive number; shares are weight / sum of weights. */
  readonly weight: number;
}

/**
 * What was promised, by whom, to whom and by when.
 *
 * @category schemas
 */
export interface Commitment {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  /** Who promised: a person or a body. */
  readonly owner: string;
  /** The side the owner belongs to, e.g. `"authority"`, `"funder"`, `"community"` (free text). */
  readonly party: string;
  readonly beneficiaries?: readonly string[];
  /** When it was promised (a strict ISO date or offset date-time). */
  readonly madeAt: string;
  /** When it is due (a strict ISO date `YYYY-MM-DD`), if a date was promised. */
  readonly dueAt?: string;
  readonly decision?: DecisionRef;
  /** What counts as evidence of delivery. */
  readonly evidenceRequired?: string;
  readonly milestones?: readonly Milestone[];
}

/** The fields every event has. @category schemas */
export interface EventBase {
  readonly id: string;
  /** Position in the ledger: 1, 2, 3, ... with no gap. */
  readonly seq: number;
  /** When it happened (a strict ISO date or offset date-time). */
  readonly at: string;
  readonly actor?: string;
  /** Links or notes that show what happened. */
  readonly evidence?: readonly string[];
  readonly note?: string;
  /** Lower-case hex SHA-256 of the canonical encoding of the event before this one. */
  readonly prev?: string;
}

/** A commitment is made. @category schemas */
export interface CommittedEvent extends EventBase {
  readonly type: "committed";
  readonly commitment: Commitment;
}

/** An event about an existing commitment with nothing more to say than its type. @category schemas */
export interface SimpleEvent extends EventBase {
  readonly type: "accepted" | "started" | "delivered" | "missed";
  readonly commitmentId: string;
}

/** Progress reported, as a percent from 0 to 100. @category schemas */
export interface ProgressedEvent extends EventBase {
  readonly type: "progressed";
  readonly commitmentId: string;
  readonly percent: number;
}

/** A milestone of the commitment was reached. @category schemas */
export interface MilestoneReachedEvent extends EventBase {
  readonly type: "milestone-reached";
  readonly commitmentId: string;
  readonly milestoneId: string;
}

/** Delivery confirmed by someone other than the owner (`actor` is required). @category schemas */
export interface VerifiedEvent extends EventBase {
  readonly type: "verified";
  readonly commitmentId: string;
  readonly actor: string;
}

/** A new due date and/or scope was agreed, with a reason. @category schemas */
export interface RenegotiatedEvent extends EventBase {
  readonly type: "renegotiated";
  readonly commitmentId: string;
  /** The new due date (`YYYY-MM-DD`). */
  readonly dueAt?: string;
  /** The new scope, in words. */
  readonly scope?: string;
  readonly reason: string;
}

/** The commitment was withdrawn, with a reason. @category schemas */
export interface WithdrawnEvent extends EventBase {
  readonly type: "withdrawn";
  readonly commitmentId: string;
  readonly reason: string;
}

/** A comment on a commitment (`note` is required). @category schemas */
export interface NotedEvent extends EventBase {
  readonly type: "noted";
  readonly commitmentId: string;
  readonly note: string;
}

/**
 * One event of the ledger.
 *
 * @category schemas
 */
export type LedgerEvent =
  | CommittedEvent
  | SimpleEvent
  | ProgressedEvent
  | MilestoneReachedEvent
  | VerifiedEvent
  | RenegotiatedEvent
  | WithdrawnEvent
  | NotedEvent;

/** The event types, in the order of the docs. @category schemas */
export type LedgerEventType = LedgerEvent["type"];

/** Every event type. @category schemas */
export const EVENT_TYPES: readonly LedgerEventType[] = [
  "committed",
  "accepted",
  "started",
  "progressed",
  "milestone-reached",
  "delivered",
  "verified",
  "missed",
  "renegotiated",
  "withdrawn",
  "noted",
];

const text = /* @__PURE__ */ pure(() => z.string().check(z.minLength(1, "must not be empty")));

const isoDateOrDateTime = /* @__PURE__ */ pure(() =>
  z
    .string()
    .check(
      z.refine(
        isIsoDateOrDateTime,
        "expected a valid ISO date (YYYY-MM-DD) or date-time with an offset (YYYY-MM-DDTHH:MM:SSZ)",
      ),
    ),
);

const isoDate = /* @__PURE__ */ pure(() =>
  z.string().check(z.refine(isIsoDate, "expected a valid ISO calendar date (YYYY-MM-DD)")),
);

const HEX64 = /^[0-9a-f]{64}$/;

const DecisionRefSchemaImpl = /* @__PURE__ */ pure(() =>
  z.strictObject({
    id: text,
    title: z.exactOptional(z.string()),
    outcome: z.exactOptional(z.string()),
    asked: z.exactOptional(z.string()),
  }),
);

const MilestoneSchemaImpl = /* @__PURE__ */ pure(() =>
  z.strictObject({
    id: text,
    title: z.string(),
    weight: z.number().check(z.positive("must be positive")),
  }),
);

const CommitmentSchemaImpl = /* @__PURE__ */ pure(() =>
  z.strictObject({
    id: text,
    title: text,
    description: z.exactOptional(z.string()),
    owner: text,
    party: text,
    beneficiaries: z.exactOptional(z.array(z.string())),
    madeAt: isoDateOrDateTime,
    dueAt: z.exactOptional(isoDate),
    decision: z.exactOptional(DecisionRefSchemaImpl),
    evidenceRequired: z.exactOptional(z.string()),
    milestones: z.exactOptional(
      z
        .array(MilestoneSchemaImpl)
        .check(
          z.refine(
            (milestones) => new Set(milestones.map((m) => m.id)).size === milestones.length,
            "milestone ids must be distinct",
          ),
        ),
    ),
  }),
);

const base = /* @__PURE__ */ pure(() => ({
  id: text,
  seq: z.int().check(z.minimum(1, "must be at least 1")),
  at: isoDateOrDateTime,
  actor: z.exactOptional(text),
  evidence: z.exactOptional(z.array(z.string())),
  note: z.exactOptional(z.string()),
  prev: z.exactOptional(
    z.string().check(z.regex(HEX64, "expected 64 lower-case hex digits (a SHA-256)")),
  ),
}));

/** The branches of `LedgerEventSchema`, in the order of the docs. */
const EventBranches = /* @__PURE__ */ pure(
  () =>
    [
      z.strictObject({ ...base, type: z.literal("committed"), commitment: CommitmentSchemaImpl }),
      z.strictObject({
        ...base,
        type: z.enum(["accepted", "started", "delivered", "missed"]),
        commitmentId: text,
      }),
      z.strictObject({
        ...base,
        type: z.literal("progressed"),
        commitmentId: text,
        percent: z
          .number()
          .check(
            z.minimum(0, "must be at least 0 (a percent)"),
            z.maximum(100, "must be at most 100 (a percent)"),
          ),
      }),
      z.strictObject({
        ...base,
        type: z.literal("milestone-reached"),
        commitmentId: text,
        milestoneId: text,
      }),
      z.strictObject({ ...base, type: z.literal("verified"), commitmentId: text, actor: text }),
      z
        .strictObject({
          ...base,
          type: z.literal("renegotiated"),
          commitmentId: text,
          dueAt: z.exactOptional(isoDate),
          scope: z.exactOptional(text),
          reason: text,
        })
        .check(
          z.refine(
            (event) => event.dueAt !== undefined || event.scope !== undefined,
            "a renegotiation changes the due date (dueAt), the scope, or both",
          ),
        ),
      z.strictObject({ ...base, type: z.literal("withdrawn"), commitmentId: text, reason: text }),
      z.strictObject({ ...base, type: z.literal("noted"), commitmentId: text, note: z.string() }),
    ] as const,
);

/**
 * The branch of `LedgerEventSchema` for each event type: the schema the discriminated union
 * parses an event with once it has read its `type`. The reducer picks the branch by hand (see
 * `internal/event-check.ts`), so that a bundle of `replay` carries no union machinery.
 *
 * @internal
 */
export const EVENT_BRANCHES: ReadonlyMap<string, z.ZodMiniType> = /* @__PURE__ */ pure(() => {
  const [committed, simple, progressed, milestone, verified, renegotiated, withdrawn, noted] =
    EventBranches;
  return new Map<string, z.ZodMiniType>([
    ["committed", committed],
    ["accepted", simple],
    ["started", simple],
    ["progressed", progressed],
    ["milestone-reached", milestone],
    ["delivered", simple],
    ["verified", verified],
    ["missed", simple],
    ["renegotiated", renegotiated],
    ["withdrawn", withdrawn],
    ["noted", noted],
  ]);
});

const EventSchemaImpl = /* @__PURE__ */ pure(() => z.discriminatedUnion("type", EventBranches));

/**
 * The zod schema of a {@link Commitment}.
 *
 * @category schemas
 */
export const CommitmentSchema: z.ZodMiniType<Commitment> = CommitmentSchemaImpl;

/**
 * The zod schema of one {@link LedgerEvent}.
 *
 * @category schemas
 */
export const LedgerEventSchema: z.ZodMiniType<LedgerEvent> = EventSchemaImpl;

/**
 * The zod schema of a whole ledger: an array of {@link LedgerEvent}s.
 *
 * @category schemas
 */
export const LedgerSchema: z.ZodMiniType<readonly LedgerEvent[]> = /* @__PURE__ */ z.array(
  EventSchemaImpl,
);
