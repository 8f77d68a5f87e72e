/**
 * A participatory budget whose funded projects become commitments, followed over 18 months.
 *
 * Riverside ward's 2025 participatory budget funded six projects in January 2025 (the vote is
 * summarised below; see example 02 for counting one). Each funded project becomes a commitment of
 * the council or of a community group, and every step after that is an event in a hash-chained
 * ledger: accepted, started, progress, delivery, independent verification, a renegotiation, a
 * miss, a withdrawal. In July 2026, eighteen months on, the ward prints its "you said, we did"
 * report, the per-party accountability table and the overdue digest.
 *
 * Deterministic: every date is explicit and nothing reads the clock.
 * Run it with `npm run build && node scripts/run-examples.mjs 05`.
 */
import {
  type Commitment,
  followThrough,
  type LedgerEvent,
  linkEvents,
  metrics,
  monthlySeries,
  overdueDigest,
  partyAccountability,
  replay,
  toCsv,
  toJsonLines,
  verifyLedger,
  youSaidWeDid,
} from "co-decide/commitments";
import * as E from "fp-ts/lib/Either.js";

const decision = {
  id: "pb-2025",
  title: "Riverside participatory budget 2025 (£250,000)",
  outcome: "Six projects funded by 1,284 residents' votes on 18 January 2025",
};

/** The funded projects: what residents asked for and who promised what, by when. */
const projects: readonly (Commitment & { readonly asked: string })[] = [
  {
    id: "p1",
    title: "Safe crossing at Mill Road school",
    asked: "A safe crossing for children walking to Mill Road school (412 votes)",
    owner: "Council highways team",
    party: "authority",
    madeAt: "2025-01-20",
    dueAt: "2025-09-30",
    beneficiaries: ["pupils of Mill Road school", "their families"],
    evidenceRequired: "crossing in use, signed off by the road safety auditor",
  },
  {
    id: "p2",
    title: "Reopen the youth centre on Fridays",
    asked: "Somewhere for young people to go on Friday nights (301 votes)",
    owner: "Council youth service",
    party: "authority",
    madeAt: "2025-01-20",
    dueAt: "2025-06-30",
  },
  {
    id: "p3",
    title: "Community orchard on Bank Street",
    asked: "Turn the empty Bank Street lot into green space (254 votes)",
    owner: "Friends of Bank Street",
    party: "community",
    madeAt: "2025-01-20",
    dueAt: "2025-11-30",
    milestones: [
      { id: "lease", title: "lease signed", weight: 1 },
      { id: "planting", title: "trees planted", weight: 2 },
    ],
  },
  {
    id: "p4",
    title: "Repair the riverside footpath lighting",
    asked: "Light the river path so it feels safe after dark (187 votes)",
    owner: "Council street lighting",
    party: "authority",
    madeAt: "2025-01-20",
    dueAt: "2025-12-31",
  },
  {
    id: "p5",
    title: "Weekly digital skills drop-in at the library",
    asked: "Help older residents get online (130 votes)",
    owner: "Riverside Digital Buddies",
    party: "community",
    madeAt: "2025-01-20",
    dueAt: "2025-04-30",
  },
  {
    id: "p6",
    title: "Secure bike parking at Riverside station",
    asked: "Somewhere safe to leave a bike at the station (96 votes)",
    owner: "Council transport team",
    party: "authority",
    madeAt: "2025-01-20",
    dueAt: "2026-03-31",
  },
];

type Draft =
  | {
      at: string;
      type: "accepted" | "started" | "delivered" | "missed";
      commitmentId: string;
      evidence?: string[];
      actor?: string;
    }
  | { at: string; type: "progressed"; commitmentId: string; percent: number; note?: string }
  | { at: string; type: "milestone-reached"; commitmentId: string; milestoneId: string }
  | { at: string; type: "verified"; commitmentId: string; actor: string; evidence?: string[] }
  | { at: string; type: "renegotiated"; commitmentId: string; dueAt: string; reason: string }
  | { at: string; type: "withdrawn"; commitmentId: string; reason: string }
  | { at: string; type: "noted"; commitmentId: string; note: string };

const history: readonly Draft[] = [
  { at: "2025-01-28", type: "accepted", commitmentId: "p1" },
  { at: "2025-01-28", type: "accepted", commitmentId: "p2" },
  { at: "2025-02-03", type: "started", commitmentId: "p5" },
  { at: "2025-02-10", type: "accepted", commitmentId: "p4" },
  { at: "2025-03-01", type: "milestone-reached", commitmentId: "p3", milestoneId: "lease" },
  {
    at: "2025-03-15",
    type: "delivered",
    commitmentId: "p5",
    evidence: ["https://riverside.example/library-dropin"],
  },
  {
    at: "2025-04-02",
    type: "verified",
    commitmentId: "p5",
    actor: "Residents' panel",
    evidence: ["panel visit notes, 2 April"],
  },
  { at: "2025-04-14", type: "started", commitmentId: "p1" },
  {
    at: "2025-05-20",
    type: "progressed",
    commitmentId: "p1",
    percent: 40,
    note: "design approved",
  },
  {
    at: "2025-06-27",
    type: "delivered",
    commitmentId: "p2",
    evidence: ["https://riverside.example/youth-fridays"],
  },
  { at: "2025-07-15", type: "progressed", commitmentId: "p4", percent: 10, note: "survey done" },
  {
    at: "2025-08-01",
    type: "noted",
    commitmentId: "p2",
    note: "60 young people on the first three Fridays",
  },
  {
    at: "2025-09-12",
    type: "renegotiated",
    commitmentId: "p1",
    dueAt: "2025-11-30",
    reason: "utility works under the road",
  },
  { at: "2025-10-01", type: "started", commitmentId: "p6" },
  { at: "2025-11-02", type: "progressed", commitmentId: "p3", percent: 70, note: "beds dug" },
  {
    at: "2025-11-28",
    type: "delivered",
    commitmentId: "p1",
    evidence: ["https://riverside.example/crossing-open"],
  },
  { at: "2025-12-05", type: "milestone-reached", commitmentId: "p3", milestoneId: "planting" },
  {
    at: "2025-12-10",
    type: "delivered",
    commitmentId: "p3",
    evidence: ["https://riverside.example/orchard"],
  },
  { at: "2026-01-08", type: "missed", commitmentId: "p4" },
  { at: "2026-01-20", type: "verified", commitmentId: "p1", actor: "Road safety auditor" },
  { at: "2026-02-01", type: "verified", commitmentId: "p3", actor: "Residents' panel" },
  {
    at: "2026-02-15",
    type: "progressed",
    commitmentId: "p6",
    percent: 30,
    note: "shelter ordered; Network Rail consent pending",
  },
  {
    at: "2026-03-03",
    type: "noted",
    commitmentId: "p4",
    note: "contractor went into administration",
  },
  {
    at: "2026-05-19",
    type: "withdrawn",
    commitmentId: "p4",
    reason: "budget moved to the 2026 round after the contractor failed",
  },
  {
    at: "2026-06-10",
    type: "noted",
    commitmentId: "p2",
    note: "Friday sessions continue; funding secured to March 2027",
  },
];

/** Numbers the events and puts them in ledger form. */
const buildLedger = (): LedgerEvent[] => {
  const events: LedgerEvent[] = projects.map(({ asked, ...commitment }, i) => ({
    id: `ev-${i + 1}`,
    seq: i + 1,
    at: commitment.madeAt,
    type: "committed",
    actor: "Ward forum",
    commitment: { ...commitment, decision: { ...decision, asked } },
  }));
  for (const draft of history) {
    const seq = events.length + 1;
    events.push({ id: `ev-${seq}`, seq, ...draft } as LedgerEvent);
  }
  return events;
};

const asOf = "2026-07-20";

const linked = linkEvents(buildLedger());
if (E.isLeft(linked)) throw new Error(linked.left.message);
const ledger = linked.right;

const seal = verifyLedger(ledger);
const state = replay(ledger);
if (E.isLeft(seal) || E.isLeft(state)) {
  const error = E.isLeft(seal) ? seal.left : E.isLeft(state) ? state.left : undefined;
  throw new Error(error?.message);
}
console.log(
  `Ledger: ${seal.right.count} events, chain verified, head ${seal.right.head?.slice(0, 16)}…`,
);
const exported = toJsonLines(ledger);
console.log(`JSON Lines export: ${E.isRight(exported) ? exported.right.length : 0} bytes\n`);

const show = (result: E.Either<{ message: string }, string>): void => {
  console.log(E.isLeft(result) ? `error: ${result.left.message}` : result.right);
};

// Half way: where every project stood on 1 September 2025, as CSV for a spreadsheet. The orchard
// has reached 1 of its 2 milestones, a third of the way by weight (lease 1, planting 2).
show(toCsv(state.right, { asOf: "2025-09-01" }));

show(youSaidWeDid(state.right, { asOf, title: "Riverside: you said, we did (July 2026)" }));
show(partyAccountability(state.right, { asOf }));
show(overdueDigest(state.right, { asOf, staleAfterDays: 60 }));

const m = metrics(state.right, { asOf });
if (E.isRight(m)) {
  const o = m.right.overall;
  console.log(
    `Follow-through ${o.delivered}/${o.due}, on time ${o.onTime}/${o.due} (against the original dates ${o.onTimeOriginal}/${o.due}), slip median ${o.slip.median} days, max ${o.slip.max}.`,
  );
}

const owners = followThrough(state.right, { asOf });
if (E.isRight(owners)) {
  console.log("\nFollow-through by owner (Jeffreys prior, 95% interval):");
  for (const e of owners.right.estimates) {
    console.log(
      `  ${e.name}: ${e.delivered}/${e.due}, mean ${e.mean.toFixed(2)}, [${e.lower.toFixed(2)}, ${e.upper.toFixed(2)}]`,
    );
  }
}

const series = monthlySeries(state.right, { to: asOf });
if (E.isRight(series)) {
  console.log("\nMonth     due  delivered  follow-through");
  for (const point of series.right) {
    const rate =
      point.followThroughRate === null ? "—" : `${Math.round(point.followThroughRate * 100)}%`;
    console.log(
      `${point.month}  ${String(point.due).padStart(3)}  ${String(point.delivered).padStart(9)}  ${rate.padStart(14)}`,
    );
  }
}
