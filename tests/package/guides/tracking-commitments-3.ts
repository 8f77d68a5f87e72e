import type { CommitmentStatus } from "../../../src/commitments/index.js";

interface LedgerMetrics {
  readonly asOf: string; // the UTC day asked for, "2025-07-01"
  readonly staleAfterDays: number; // 90 unless given
  readonly overall: CommitmentMetrics;
  readonly byOwner: Readonly<Record<string, CommitmentMetrics>>;
  readonly byParty: Readonly<Record<string, CommitmentMetrics>>;
}

interface CommitmentMetrics {
  readonly total: number;
  readonly byStatus: Readonly<Record<CommitmentStatus, number>>;
  readonly due: number;
  readonly delivered: number;
  readonly followThroughRate: number | null; // null when nothing is due
  readonly onTime: number;
  readonly onTimeRate: number | null;
  readonly onTimeOriginal: number;
  readonly onTimeOriginalRate: number | null;
  readonly overdue: readonly {
    readonly id: string;
    readonly title: string;
    readonly owner: string;
    readonly party: string;
    readonly dueAt: string;
    readonly daysOverdue: number;
    readonly status: CommitmentStatus;
  }[];
  readonly slip: {
    readonly count: number;
    readonly median: number | null;
    readonly p90: number | null;
    readonly max: number | null;
  };
  readonly renegotiated: number;
  readonly renegotiationRate: number | null;
  readonly renegotiations: number;
  readonly broken: readonly string[]; // commitment ids
  readonly brokenRate: number | null;
  readonly deliveries: number;
  readonly verified: number;
  readonly verifiedShare: number | null;
  readonly stale: readonly {
    readonly id: string;
    readonly title: string;
    readonly owner: string;
    readonly lastEventOn: string;
    readonly daysSinceLastEvent: number;
  }[];
}
// ---- checks (not in the guide): the guide's type and the library's are the same shape ----
type Library = import("../../../src/commitments/index.js").LedgerMetrics;
export const toLibrary = (metrics: LedgerMetrics): Library => metrics;
export const fromLibrary = (metrics: Library): LedgerMetrics => metrics;
