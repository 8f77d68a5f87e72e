/**
 * Hand-built processes for the process tests. Every number the tests expect is worked out by hand
 * in the comments of assess.test.ts.
 */

const committed = (
  seq: number,
  id: string,
  at: string,
  dueAt: string,
  decision?: string,
): Record<string, unknown> => ({
  id: `e${seq}`,
  seq,
  at,
  type: "committed",
  commitment: {
    id,
    title: `Commitment ${id}`,
    owner: "Grants team",
    party: "funder",
    madeAt: at,
    dueAt,
    ...(decision === undefined ? {} : { decision: { id: decision } }),
  },
});

const event = (seq: number, type: string, commitmentId: string, at: string) => ({
  id: `e${seq}`,
  seq,
  at,
  type,
  commitmentId,
});

const residents = (ids: readonly string[], area: string) =>
  ids.map((id) => ({ id, role: "resident", groups: { area } }));

/** A process with no problems, assessed on 2025-06-30 (29 months after it began). */
export const healthy = (): Record<string, unknown> => ({
  version: 1,
  id: "healthy",
  title: "Community grants, round one",
  startedAt: "2023-01-15",
  plannedEndAt: "2024-12-31",
  people: [
    ...residents(["r1", "r2", "r3"], "north"),
    ...residents(["r4", "r5"], "south"),
    { id: "o1", role: "officer" },
    { id: "c1", role: "councillor" },
  ],
  population: {
    source: "Census 2021, table TS001 (illustrative)",
    shares: { area: { north: 0.6, south: 0.4 } },
  },
  bodies: [
    {
      id: "panel",
      name: "Grants panel",
      members: ["r1", "r2", "r3", "r4", "r5", "o1"].map((person) => ({ person, weight: 1 })),
      quota: 4,
    },
  ],
  decisions: [
    {
      id: "d1",
      title: "Grants round one",
      claimedLevel: "empower",
      decidedBy: "panel",
      decidedAt: "2023-09-30",
    },
  ],
  stages: [
    {
      id: "s1",
      kind: "deliberate",
      title: "Panel workshops",
      decision: "d1",
      startsAt: "2023-03-01",
      endsAt: "2023-06-30",
      participants: ["r1", "r2", "r3", "r4", "r5", "o1"],
      agendaSetBy: ["r1", "o1"],
      turns: { r1: 4, r2: 4, r3: 4, r4: 4, r5: 4, o1: 4 },
      feedback: { at: "2023-08-01", influenceShown: true, reasonsGiven: true },
      recommendations: [
        { id: "rec1", adopted: true },
        { id: "rec2", adopted: true },
      ],
    },
    {
      id: "s2",
      kind: "decide",
      title: "Panel vote",
      decision: "d1",
      startsAt: "2023-09-01",
      endsAt: "2023-09-30",
      participants: ["r1", "r2", "r3", "r4", "r5", "o1"],
      agendaSetBy: ["r2"],
      preferences: {
        kind: "approval",
        voters: ["r1", "r2", "r3", "r4", "r5"].map((person) => ({ person, approve: ["p1"] })),
      },
      result: {
        kind: "allocation",
        value: { method: "equal-shares", winners: ["p1", "p2"], budget: "1000" },
      },
    },
  ],
  ledger: [
    committed(1, "c1", "2023-10-01", "2024-03-31", "d1"),
    committed(2, "c2", "2023-10-01", "2024-06-30", "d1"),
    event(3, "delivered", "c1", "2024-03-01"),
    event(4, "delivered", "c2", "2024-06-15"),
  ],
  surveys: [
    {
      id: "influence",
      question: "I feel I can influence decisions that affect my area",
      levels: 5,
      agreeFrom: 4,
      waves: [
        { at: "2023-02-01", answers: [2, 2, 3, 4].map((value) => ({ value })) },
        { at: "2024-01-31", answers: [3, 3, 4, 4].map((value) => ({ value })) },
        { at: "2025-01-31", answers: [3, 4, 4, 5].map((value) => ({ value })) },
      ],
    },
  ],
});

const answers = (spec: readonly [number, number][]) =>
  spec.flatMap(([value, count]) => Array.from({ length: count }, () => ({ value })));

/** A process with many problems, assessed on 2025-06-30 (9 months after it began). */
export const troubled = (): Record<string, unknown> => ({
  version: 1,
  id: "troubled",
  title: "Park redesign",
  startedAt: "2024-09-01",
  people: [
    ...residents(["r1", "r2", "r3", "r4"], "north"),
    { id: "o1", role: "officer" },
    { id: "o2", role: "officer" },
    { id: "c1", role: "councillor" },
  ],
  population: { source: "illustrative", shares: { area: { north: 0.5, south: 0.5 } } },
  bodies: [
    {
      id: "board",
      name: "Parks board",
      members: [
        { person: "r1", weight: 1 },
        { person: "r2", weight: 1 },
        { person: "o1", weight: 3 },
        { person: "c1", weight: 3 },
      ],
      quota: 6,
    },
  ],
  decisions: [
    {
      id: "d1",
      title: "Park redesign",
      claimedLevel: "collaborate",
      decidedBy: "board",
      decidedAt: "2025-01-15",
      optionsLockedAt: "2024-12-01",
    },
  ],
  stages: [
    {
      id: "s1",
      kind: "consult",
      title: "Park survey and drop-in",
      decision: "d1",
      startsAt: "2025-01-10",
      endsAt: "2025-02-28",
      participants: ["r1", "r2", "r3", "r4", "o1"],
      agendaSetBy: ["o1"],
      turns: { r1: 1, r2: 1, r3: 1, r4: 1, o1: 16 },
      recommendations: [
        { id: "a", adopted: true },
        { id: "b", adopted: false },
        { id: "c", adopted: false, reason: "" },
      ],
    },
  ],
  ledger: [
    committed(1, "c1", "2024-10-01", "2025-03-31", "d1"),
    committed(2, "c2", "2024-10-01", "2025-01-31"),
    committed(3, "c3", "2024-10-01", "2025-05-31"),
    event(4, "delivered", "c2", "2025-01-20"),
  ],
  surveys: [
    {
      id: "influence",
      question: "I feel I can influence decisions that affect my area",
      levels: 5,
      waves: [
        {
          at: "2024-10-01",
          answers: answers([
            [4, 15],
            [2, 5],
          ]),
        },
        {
          at: "2025-04-01",
          answers: answers([
            [4, 5],
            [2, 15],
          ]),
        },
      ],
    },
  ],
});
