import type { Commitment } from "../../../src/commitments/index.js";

interface EventBase {
  readonly id: string; // unique in the ledger ("e1")
  readonly seq: number; // 1, 2, 3, ... with no gap
  readonly at: string; // "2025-06-30" or "2025-06-30T17:00:00+01:00"
  readonly actor?: string;
  readonly evidence?: readonly string[];
  readonly note?: string;
  readonly prev?: string; // SHA-256 of the event before, written by linkEvents
}

type LedgerEvent = EventBase &
  (
    | { readonly type: "committed"; readonly commitment: Commitment }
    | {
        readonly type: "accepted" | "started" | "delivered" | "missed";
        readonly commitmentId: string;
      }
    | { readonly type: "progressed"; readonly commitmentId: string; readonly percent: number }
    | {
        readonly type: "milestone-reached";
        readonly commitmentId: string;
        readonly milestoneId: string;
      }
    | { readonly type: "verified"; readonly commitmentId: string; readonly actor: string }
    | {
        readonly type: "renegotiated";
        readonly commitmentId: string;
        readonly dueAt?: string; // a new due date, a new scope, or both
        readonly scope?: string;
        readonly reason: string;
      }
    | { readonly type: "withdrawn"; readonly commitmentId: string; readonly reason: string }
    | { readonly type: "noted"; readonly commitmentId: string; readonly note: string }
  );
// ---- checks (not in the guide): the guide's type and the library's accept the same events ----
type Library = import("../../../src/commitments/index.js").LedgerEvent;
export const toLibrary = (event: LedgerEvent): Library => event;
export const fromLibrary = (event: Library): LedgerEvent => event;
