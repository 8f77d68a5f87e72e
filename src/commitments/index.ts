/**
 * Commitments: a tamper-evident ledger of what was promised in a decision, by whom, to whom and
 * by when, what happened, follow-through metrics, and "you said, we did" reports.
 *
 * See `docs/tracking-commitments.md` for the state machine, every metric's formula and the prior
 * of the follow-through estimate.
 *
 * @module co-decide/commitments
 */

export {
  type EventDraft,
  type EventFields,
  type LedgerBuilder,
  type LedgerBuilderOptions,
  ledger,
  numberEvents,
} from "./builder.js";
export { CSV_COLUMNS, type CsvOptions, toCsv } from "./csv.js";
export {
  type Commitment,
  CommitmentSchema,
  type CommittedEvent,
  type DecisionRef,
  EVENT_TYPES,
  type EventBase,
  type LedgerEvent,
  LedgerEventSchema,
  type LedgerEventType,
  LedgerSchema,
  type Milestone,
  type MilestoneReachedEvent,
  type NotedEvent,
  type ProgressedEvent,
  type RenegotiatedEvent,
  type SimpleEvent,
  type VerifiedEvent,
  type WithdrawnEvent,
} from "./events.js";
export {
  type FollowThroughEstimate,
  type FollowThroughOptions,
  type FollowThroughReport,
  followThrough,
  PRIOR_MAX,
  PRIOR_MIN,
} from "./follow-through.js";
export {
  canonicalJson,
  hashEvent,
  type LedgerSeal,
  linkEvents,
  linkNext,
  type VerifyLedgerOptions,
  verifyLedger,
} from "./integrity.js";
export { fromJsonLines, toJsonLines } from "./jsonl.js";
export {
  COMMITMENT_MONTHS_LIMIT,
  EVENTS_LIMIT,
  MONTHS_LIMIT,
  WRITTEN_EVENTS_LIMIT,
} from "./limits.js";
export {
  type CommitmentMetrics,
  type LedgerMetrics,
  type MetricsOptions,
  metrics,
  type OverdueCommitment,
  type SlipSummary,
  type StaleCommitment,
} from "./metrics.js";
export { type MilestoneProgress, milestoneProgress } from "./milestones.js";
export {
  apply,
  type CommitmentRecord,
  emptyLedger,
  type LedgerState,
  replay,
  replayFrom,
} from "./reducer.js";
export {
  overdueDigest,
  partyAccountability,
  type ReportOptions,
  youSaidWeDid,
} from "./report.js";
export { type MonthlyPoint, type MonthlySeriesOptions, monthlySeries } from "./time-series.js";
export {
  type CommitmentStatus,
  isDelivered,
  isOpen,
  isTerminal,
  nextStatus,
  STATUSES,
  TRANSITIONS,
  type TransitionTarget,
} from "./transitions.js";
