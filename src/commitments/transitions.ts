/**
 * The state machine of a commitment: which event may follow which state, and where it leads.
 *
 * A commitment starts `committed` when the `committed` event records it. The open states are
 * `committed`, `accepted` (the owner has taken it on), `in-progress` and `missed` (the owner or
 * the group declared it missed; it may still be delivered late, renegotiated or withdrawn). The
 * closed states are `delivered` (self-reported by the owner), `verified` (confirmed by someone
 * other than the owner; terminal) and `withdrawn` (terminal).
 *
 * `renegotiated` keeps the state (a new due date or scope does not undo work), except from
 * `missed`, where it reopens the commitment at the state it had before it was missed. `noted`
 * is allowed in every state and changes nothing. `progressed` and `milestone-reached` move a
 * `committed` or `accepted` commitment to `in-progress` (work has visibly begun) and keep
 * `in-progress` and `missed` as they are.
 *
 * The table {@link TRANSITIONS} is the single source: the reducer reads it, and the table and the
 * diagram (`docs/media/commitment-states.svg`) in `docs/tracking-commitments.md` are drawn from it
 * (tests check they agree).
 *
 * @module
 */
import type { LedgerEventType } from "./events.js";

/**
 * The state of a commitment.
 *
 * @category ledger
 */
export type CommitmentStatus =
  | "committed"
  | "accepted"
  | "in-progress"
  | "missed"
  | "delivered"
  | "verified"
  | "withdrawn";

/** Every state, in the order of the docs. @category ledger */
export const STATUSES: readonly CommitmentStatus[] = [
  "committed",
  "accepted",
  "in-progress",
  "missed",
  "delivered",
  "verified",
  "withdrawn",
];

/**
 * Where an event leads from a state: a state, `"same"` (the state is kept), or `"reopen"` (back to
 * the state before `missed`).
 *
 * @category ledger
 */
export type TransitionTarget = CommitmentStatus | "same" | "reopen";

/**
 * The legal transitions: for each event type (but `committed`, which creates a commitment in state
 * `committed`), the states it may follow and where it leads. A pair absent from the table is an
 * illegal transition.
 *
 * @category ledger
 */
export const TRANSITIONS: Readonly<
  Record<
    Exclude<LedgerEventType, "committed">,
    Readonly<Partial<Record<CommitmentStatus, TransitionTarget>>>
  >
> = {
  accepted: { committed: "accepted" },
  started: { committed: "in-progress", accepted: "in-progress" },
  progressed: {
    committed: "in-progress",
    accepted: "in-progress",
    "in-progress": "same",
    missed: "same",
  },
  "milestone-reached": {
    committed: "in-progress",
    accepted: "in-progress",
    "in-progress": "same",
    missed: "same",
  },
  delivered: {
    committed: "delivered",
    accepted: "delivered",
    "in-progress": "delivered",
    missed: "delivered",
  },
  verified: { delivered: "verified" },
  missed: { committed: "missed", accepted: "missed", "in-progress": "missed" },
  renegotiated: {
    committed: "same",
    accepted: "same",
    "in-progress": "same",
    missed: "reopen",
  },
  withdrawn: {
    committed: "withdrawn",
    accepted: "withdrawn",
    "in-progress": "withdrawn",
    missed: "withdrawn",
  },
  noted: {
    committed: "same",
    accepted: "same",
    "in-progress": "same",
    missed: "same",
    delivered: "same",
    verified: "same",
    withdrawn: "same",
  },
};

/**
 * The state an event leads to, or `undefined` when the event may not follow `from`.
 *
 * @remarks
 * Reads {@link TRANSITIONS}; `beforeMissed` is the state a `missed` commitment had before it was
 * missed (used by `renegotiated`, which reopens it).
 *
 * @example A delivered commitment cannot be withdrawn
 * ```ts
 * import { nextStatus } from "co-decide/commitments";
 *
 * nextStatus("in-progress", "delivered", "in-progress"); // => "delivered"
 * nextStatus("delivered", "withdrawn", "delivered"); // => undefined
 * ```
 *
 * @category ledger
 */
export const nextStatus = (
  from: CommitmentStatus,
  type: Exclude<LedgerEventType, "committed">,
  beforeMissed: CommitmentStatus,
): CommitmentStatus | undefined => {
  // a JavaScript caller may pass any text: an unknown type or status has no next status
  // (and a key that is not a string is not looked up: turning an object into a key may throw)
  const row =
    typeof type === "string" && Object.hasOwn(TRANSITIONS, type) ? TRANSITIONS[type] : undefined;
  const target =
    row !== undefined && typeof from === "string" && Object.hasOwn(row, from)
      ? row[from]
      : undefined;
  if (target === undefined) return undefined;
  if (target === "same") return from;
  if (target === "reopen") return beforeMissed;
  return target;
};

/** True for the states in which nothing but `noted` may follow. @category ledger */
export const isTerminal = (status: CommitmentStatus): boolean =>
  status === "verified" || status === "withdrawn";

/** True for the states in which the commitment is still open (not delivered, verified or withdrawn). @category ledger */
export const isOpen = (status: CommitmentStatus): boolean =>
  status === "committed" ||
  status === "accepted" ||
  status === "in-progress" ||
  status === "missed";

/** True when the commitment was delivered (self-reported or verified). @category ledger */
export const isDelivered = (status: CommitmentStatus): boolean =>
  status === "delivered" || status === "verified";
