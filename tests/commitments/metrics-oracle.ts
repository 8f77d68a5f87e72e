/**
 * A slow, deliberately plain oracle for the commitments metrics, written from the issue and from
 * `docs/tracking-commitments.md` (sections "The ledger", "The state machine" and "Metrics"), not
 * from `src/commitments/metrics.ts`. It reads the raw JSON events, never the library's state, and
 * shares no date code with the library: a day is `Math.floor(Date.parse(text) / 86_400_000)`,
 * which reads `YYYY-MM-DD` as UTC midnight and an offset date-time as its UTC instant, so both give
 * the UTC day the doc asks for.
 *
 * The ledger is assumed valid (callers only pass ledgers that `replay` accepts).
 */
import type { LedgerEvent } from "../../src/commitments/index.js";

const MS_PER_DAY = 86_400_000;

/** The UTC day number of a strict ISO date or offset date-time. */
export const utcDay = (text: string): number => {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new Error(`oracle: not a date: ${text}`);
  return Math.floor(ms / MS_PER_DAY);
};

/** A UTC day number as `YYYY-MM-DD`. */
export const isoOfDay = (day: number): string =>
  new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

export const ORACLE_STATUSES = [
  "committed",
  "accepted",
  "in-progress",
  "missed",
  "delivered",
  "verified",
  "withdrawn",
] as const;
export type OracleStatus = (typeof ORACLE_STATUSES)[number];

const OPEN: ReadonlySet<OracleStatus> = new Set(["committed", "accepted", "in-progress", "missed"]);

/** Everything the oracle knows about one commitment as of A, from its events dated <= A. */
interface Facts {
  readonly id: string;
  readonly title: string;
  readonly owner: string;
  readonly party: string;
  status: OracleStatus;
  /** The state before the commitment was (last) missed: where `renegotiated` reopens it. */
  beforeMissed: OracleStatus;
  readonly originalDue: number | undefined;
  /** The current due date (after renegotiations up to A), as written and as a day. */
  dueText: string | undefined;
  due: number | undefined;
  deliveredOn: number | undefined;
  verifiedOn: number | undefined;
  withdrawnOn: number | undefined;
  renegotiations: number;
  lastEventDay: number;
}

/** The target state of the doc's transition table (the ledger is valid, so every arrow exists). */
const next = (from: OracleStatus, type: LedgerEvent["type"], beforeMissed: OracleStatus) => {
  switch (type) {
    case "committed":
      throw new Error("oracle: committed is not a transition");
    case "accepted":
      return "accepted";
    case "started":
      return "in-progress";
    case "progressed":
    case "milestone-reached":
      return from === "missed" ? "missed" : "in-progress";
    case "delivered":
      return "delivered";
    case "verified":
      return "verified";
    case "missed":
      return "missed";
    case "renegotiated":
      return from === "missed" ? beforeMissed : from;
    case "withdrawn":
      return "withdrawn";
    case "noted":
      return from;
  }
};

const commitmentsAsOf = (events: readonly LedgerEvent[], asOfDay: number): Facts[] => {
  const byId = new Map<string, Facts>();
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  for (const event of ordered) {
    const day = utcDay(event.at);
    if (day > asOfDay) continue;
    if (event.type === "committed") {
      const c = event.commitment;
      const due = c.dueAt === undefined ? undefined : utcDay(c.dueAt);
      byId.set(c.id, {
        id: c.id,
        title: c.title,
        owner: c.owner,
        party: c.party,
        status: "committed",
        beforeMissed: "committed",
        originalDue: due,
        dueText: c.dueAt,
        due,
        deliveredOn: undefined,
        verifiedOn: undefined,
        withdrawnOn: undefined,
        renegotiations: 0,
        lastEventDay: day,
      });
      continue;
    }
    const f = byId.get(event.commitmentId);
    if (f === undefined) throw new Error(`oracle: ${event.id} before its commitment (as of A)`);
    const to = next(f.status, event.type, f.beforeMissed);
    if (to === "missed" && f.status !== "missed") f.beforeMissed = f.status;
    f.status = to;
    f.lastEventDay = day;
    if (event.type === "delivered") f.deliveredOn = day;
    if (event.type === "verified") f.verifiedOn = day;
    if (event.type === "withdrawn") f.withdrawnOn = day;
    if (event.type === "renegotiated") {
      f.renegotiations += 1;
      if (event.dueAt !== undefined) {
        f.dueText = event.dueAt;
        f.due = utcDay(event.dueAt);
      }
    }
  }
  return [...byId.values()];
};

export interface OracleOverdue {
  readonly id: string;
  readonly title: string;
  readonly owner: string;
  readonly party: string;
  readonly dueAt: string;
  readonly daysOverdue: number;
  readonly status: OracleStatus;
}

export interface OracleStale {
  readonly id: string;
  readonly title: string;
  readonly owner: string;
  readonly lastEventOn: string;
  readonly daysSinceLastEvent: number;
}

export interface OracleGroup {
  readonly total: number;
  readonly byStatus: Record<OracleStatus, number>;
  readonly due: number;
  readonly delivered: number;
  readonly followThroughRate: number | null;
  readonly onTime: number;
  readonly onTimeRate: number | null;
  readonly onTimeOriginal: number;
  readonly onTimeOriginalRate: number | null;
  /** Most overdue first, then by id (UTF-16 code-unit order). */
  readonly overdue: readonly OracleOverdue[];
  readonly slip: {
    readonly count: number;
    readonly median: number | null;
    readonly p90: number | null;
    readonly max: number | null;
  };
  readonly renegotiated: number;
  readonly renegotiationRate: number | null;
  readonly renegotiations: number;
  /** Sorted by id (the doc gives no order). */
  readonly broken: readonly string[];
  readonly brokenRate: number | null;
  readonly deliveries: number;
  readonly verified: number;
  readonly verifiedShare: number | null;
  /** Longest silence first, then by id (the doc gives no order for ties). */
  readonly stale: readonly OracleStale[];
}

export interface OracleMetrics {
  readonly asOf: string;
  readonly staleAfterDays: number;
  readonly overall: OracleGroup;
  readonly byOwner: ReadonlyMap<string, OracleGroup>;
  readonly byParty: ReadonlyMap<string, OracleGroup>;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

const isDue = (f: Facts, A: number): boolean =>
  f.due !== undefined && f.due <= A && !(f.withdrawnOn !== undefined && f.withdrawnOn < f.due);

const group = (all: readonly Facts[], A: number, N: number): OracleGroup => {
  const byStatus = Object.fromEntries(ORACLE_STATUSES.map((s) => [s, 0])) as Record<
    OracleStatus,
    number
  >;
  for (const f of all) byStatus[f.status] += 1;

  const due = all.filter((f) => isDue(f, A));
  const delivered = due.filter((f) => f.deliveredOn !== undefined);
  const onTime = delivered.filter((f) => (f.deliveredOn as number) <= (f.due as number));
  const onTimeOriginal = delivered.filter(
    (f) => (f.deliveredOn as number) <= (f.originalDue ?? (f.due as number)),
  );

  const overdue: OracleOverdue[] = due
    .filter((f) => f.deliveredOn === undefined && f.withdrawnOn === undefined)
    .map((f) => ({
      id: f.id,
      title: f.title,
      owner: f.owner,
      party: f.party,
      dueAt: f.dueText as string,
      daysOverdue: A - (f.due as number),
      status: f.status,
    }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || byText(a.id, b.id));

  const slips = all
    .filter((f) => f.deliveredOn !== undefined && f.due !== undefined)
    .map((f) => (f.deliveredOn as number) - (f.due as number))
    .sort((a, b) => a - b);
  const n = slips.length;
  const at = (rank: number): number => slips[rank - 1] as number; // 1-based rank
  const slip = {
    count: n,
    median: n === 0 ? null : n % 2 === 1 ? at((n + 1) / 2) : (at(n / 2) + at(n / 2 + 1)) / 2,
    p90: n === 0 ? null : at(Math.ceil((9 * n) / 10)), // nearest rank, ceil(0.9 n)
    max: n === 0 ? null : at(n),
  };

  const renegotiated = all.filter((f) => f.renegotiations > 0).length;
  const renegotiations = all.reduce((acc, f) => acc + f.renegotiations, 0);

  const broken = all
    .filter(
      (f) =>
        f.status === "missed" ||
        (f.withdrawnOn !== undefined && f.due !== undefined && f.withdrawnOn >= f.due),
    )
    .map((f) => f.id)
    .sort(byText);

  const deliveries = all.filter((f) => f.deliveredOn !== undefined).length;
  const verified = all.filter((f) => f.verifiedOn !== undefined).length;

  const stale: OracleStale[] = all
    .filter((f) => OPEN.has(f.status) && A - f.lastEventDay >= N)
    .map((f) => ({
      id: f.id,
      title: f.title,
      owner: f.owner,
      lastEventOn: isoOfDay(f.lastEventDay),
      daysSinceLastEvent: A - f.lastEventDay,
    }))
    .sort((a, b) => b.daysSinceLastEvent - a.daysSinceLastEvent || byText(a.id, b.id));

  return {
    total: all.length,
    byStatus,
    due: due.length,
    delivered: delivered.length,
    followThroughRate: ratio(delivered.length, due.length),
    onTime: onTime.length,
    onTimeRate: ratio(onTime.length, due.length),
    onTimeOriginal: onTimeOriginal.length,
    onTimeOriginalRate: ratio(onTimeOriginal.length, due.length),
    overdue,
    slip,
    renegotiated,
    renegotiationRate: ratio(renegotiated, all.length),
    renegotiations,
    broken,
    brokenRate: ratio(broken.length, all.length),
    deliveries,
    verified,
    verifiedShare: ratio(verified, deliveries),
    stale,
  };
};

const groupsBy = (
  all: readonly Facts[],
  key: (f: Facts) => string,
  A: number,
  N: number,
): Map<string, OracleGroup> => {
  const buckets = new Map<string, Facts[]>();
  for (const f of all) {
    const k = key(f);
    const bucket = buckets.get(k);
    if (bucket === undefined) buckets.set(k, [f]);
    else bucket.push(f);
  }
  return new Map([...buckets].map(([k, fs]) => [k, group(fs, A, N)]));
};

/** The metrics of a raw ledger as of `asOf`, per the doc's formula table. */
export const oracleMetrics = (
  events: readonly LedgerEvent[],
  asOf: string,
  staleAfterDays = 90,
): OracleMetrics => {
  const A = utcDay(asOf);
  const all = commitmentsAsOf(events, A);
  return {
    asOf: isoOfDay(A),
    staleAfterDays,
    overall: group(all, A, staleAfterDays),
    byOwner: groupsBy(all, (f) => f.owner, A, staleAfterDays),
    byParty: groupsBy(all, (f) => f.party, A, staleAfterDays),
  };
};
