/**
 * The hand-computed scenario shared by the metric, report and CSV tests.
 *
 * Nine commitments, 2025. As of 2025-07-01 (day A):
 * - c1 Housing/authority, made 01-10, due 06-30, delivered 06-20, verified 06-25 by the panel:
 *   due, delivered on time (slip -10), verified.
 * - c2 Housing/authority, made 01-10, due 03-31, accepted 01-15, renegotiated 03-20 to 05-31,
 *   delivered 06-10: due (05-31), delivered late (slip +10) against both dates, renegotiated.
 * - c3 Parks/authority, made 02-01, due 04-30, started 02-10, progressed 50% 03-01: due,
 *   overdue 62 days (Apr 30 -> Jul 1), stale (122 days since Mar 1).
 * - c4 Parks/authority, made 02-01, due 05-15, withdrawn 05-01: withdrawn before due, not due,
 *   not broken.
 * - c5 Youth club/community, made 03-01, due 05-31, missed 06-05: due, overdue 31 days, broken.
 * - c6 Youth club/community, made 03-01, due 08-31, delivered 06-15: not due yet, delivered early
 *   (slip -77: Jun 15 -> Aug 31 is 15 + 31 + 31 days).
 * - c7 Funder X/funder, made 04-01, due 06-01, withdrawn 06-10: withdrawn after its due date, so
 *   due and broken, not overdue.
 * - c8 Funder X/funder, made 04-01, no due date, noted 04-02: never due; stale at exactly 90 days
 *   (Apr 2 -> Jul 1 = 29 + 31 + 30).
 * - c9 Housing/authority, committed 07-05: after A, not counted.
 */
import type { LedgerEvent } from "../../src/commitments/index.js";

const commit = (
  seq: number,
  at: string,
  id: string,
  owner: string,
  party: string,
  dueAt?: string,
): LedgerEvent => ({
  id: `e${seq}`,
  seq,
  at,
  type: "committed",
  commitment: {
    id,
    title: `Commitment ${id}`,
    owner,
    party,
    madeAt: at,
    ...(dueAt === undefined ? {} : { dueAt }),
  },
});

export const SCENARIO: readonly LedgerEvent[] = [
  commit(1, "2025-01-10", "c1", "Housing", "authority", "2025-06-30"),
  commit(2, "2025-01-10", "c2", "Housing", "authority", "2025-03-31"),
  { id: "e3", seq: 3, at: "2025-01-15", type: "accepted", commitmentId: "c2" },
  commit(4, "2025-02-01", "c3", "Parks", "authority", "2025-04-30"),
  commit(5, "2025-02-01", "c4", "Parks", "authority", "2025-05-15"),
  { id: "e6", seq: 6, at: "2025-02-10", type: "started", commitmentId: "c3" },
  commit(7, "2025-03-01", "c5", "Youth club", "community", "2025-05-31"),
  commit(8, "2025-03-01", "c6", "Youth club", "community", "2025-08-31"),
  { id: "e9", seq: 9, at: "2025-03-01", type: "progressed", commitmentId: "c3", percent: 50 },
  {
    id: "e10",
    seq: 10,
    at: "2025-03-20",
    type: "renegotiated",
    commitmentId: "c2",
    dueAt: "2025-05-31",
    reason: "contractor delay",
  },
  commit(11, "2025-04-01", "c7", "Funder X", "funder", "2025-06-01"),
  commit(12, "2025-04-01", "c8", "Funder X", "funder"),
  { id: "e13", seq: 13, at: "2025-04-02", type: "noted", commitmentId: "c8", note: "kick-off" },
  {
    id: "e14",
    seq: 14,
    at: "2025-05-01",
    type: "withdrawn",
    commitmentId: "c4",
    reason: "merged into c3",
  },
  { id: "e15", seq: 15, at: "2025-06-05", type: "missed", commitmentId: "c5" },
  { id: "e16", seq: 16, at: "2025-06-10", type: "delivered", commitmentId: "c2" },
  {
    id: "e17",
    seq: 17,
    at: "2025-06-10",
    type: "withdrawn",
    commitmentId: "c7",
    reason: "funding cut",
  },
  {
    id: "e18",
    seq: 18,
    at: "2025-06-15",
    type: "delivered",
    commitmentId: "c6",
    evidence: ["https://example.org/c6.jpg"],
  },
  { id: "e19", seq: 19, at: "2025-06-20", type: "delivered", commitmentId: "c1" },
  {
    id: "e20",
    seq: 20,
    at: "2025-06-25",
    type: "verified",
    commitmentId: "c1",
    actor: "Residents panel",
  },
  commit(21, "2025-07-05", "c9", "Housing", "authority", "2025-12-31"),
];

/**
 * One commitment with weighted milestones (lease 1, beds 2, trees 3; total 6): made 2025-01-20,
 * due 2025-11-30, lease signed 03-01, beds dug 05-10, progressed 70% 06-15. As of 2025-07-01:
 * in progress, 70% done, 2 of 3 milestones reached, (1 + 2) / 6 = 50% by weight.
 */
export const ORCHARD: readonly LedgerEvent[] = [
  {
    id: "o1",
    seq: 1,
    at: "2025-01-20",
    type: "committed",
    commitment: {
      id: "orchard",
      title: "Community orchard",
      owner: "Friends of Bank Street",
      party: "community",
      madeAt: "2025-01-20",
      dueAt: "2025-11-30",
      milestones: [
        { id: "lease", title: "Lease signed", weight: 1 },
        { id: "beds", title: "Beds dug", weight: 2 },
        { id: "trees", title: "Trees planted", weight: 3 },
      ],
    },
  },
  {
    id: "o2",
    seq: 2,
    at: "2025-03-01",
    type: "milestone-reached",
    commitmentId: "orchard",
    milestoneId: "lease",
  },
  {
    id: "o3",
    seq: 3,
    at: "2025-05-10",
    type: "milestone-reached",
    commitmentId: "orchard",
    milestoneId: "beds",
  },
  { id: "o4", seq: 4, at: "2025-06-15", type: "progressed", commitmentId: "orchard", percent: 70 },
];
