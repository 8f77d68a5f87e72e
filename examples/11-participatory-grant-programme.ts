/**
 * A two-year participatory grant-making programme, read through all three pillars: a resident
 * panel chosen by lot, a participatory budget counted with Equal Shares, commitments to fund and to
 * report back, and a survey wave every six months ("I feel I can influence decisions that affect
 * my area"). Then the programme's assessment: indicators under the five factors and the flags.
 *
 * Run it with `npm run build && node scripts/run-examples.mjs 11`.
 */
import { ledger } from "co-decide/commitments";
import { allocate } from "co-decide/committees";
import { createPrng } from "co-decide/core";
import { selectPanel } from "co-decide/deliberation";
import { assessOverTime, assessProcess, parseProcess } from "co-decide/process";
import * as E from "fp-ts/lib/Either.js";

const must = <T>(either: E.Either<{ message: string }, T>): T => {
  if (E.isLeft(either)) throw new Error(either.left.message);
  return either.right;
};

// 1. A pool of 120 residents who volunteered, in three areas; the place is 50% estate, 30% town
//    centre, 20% villages.
const prng = createPrng("grant programme pool");
const areas = ["estate", "centre", "villages"] as const;
const pool = Array.from({ length: 120 }, (_, i) => ({
  id: `r${String(i + 1).padStart(3, "0")}`,
  features: { area: areas[prng.nextInt(10) < 4 ? 0 : prng.nextInt(10) < 6 ? 1 : 2] as string },
}));

// 2. The panel of 10, by lot, with quotas from the census shares (5 / 3 / 2, plus or minus 0).
const panel = must(
  selectPanel({
    pool,
    panelSize: 10,
    quotas: {
      area: {
        estate: { min: 5, max: 5 },
        centre: { min: 3, max: 3 },
        villages: { min: 2, max: 2 },
      },
    },
    method: "legacy",
    seed: "public draw, 2024-02-01",
    options: { samples: 300 },
  }),
);
const members = panel.panel;
const areaOf = new Map(pool.map((p) => [p.id, p.features.area]));
console.log(`Panel by lot: ${members.join(" ")}`);

// 3. The participatory budget: the panel shortlists six projects and 40 residents vote (approval);
//    the budget of £60,000 is shared with the Method of Equal Shares.
const projects = [
  { id: "youth-club", cost: 25_000 },
  { id: "food-bank", cost: 15_000 },
  { id: "bus-link", cost: 30_000 },
  { id: "allotments", cost: 10_000 },
  { id: "murals", cost: 5_000 },
  { id: "repair-cafe", cost: 8_000 },
];
const voters = pool.slice(0, 40).map((person, i) => ({
  person: person.id,
  approve: projects.filter((_, j) => (i + j) % 3 !== 0).map((p) => p.id),
}));
const allocation = must(
  allocate({
    method: "equal-shares",
    budget: 60_000,
    projects,
    ballots: voters.map((v) => ({ approve: v.approve })),
  }),
);
console.log(`Funded by Equal Shares: ${allocation.winners.join(", ")} (£${allocation.totalCost})`);

// 4. The commitments: fund each project within six months of the vote, and report back.
let promises = ledger();
for (const [k, id] of allocation.winners.entries()) {
  promises = promises.commit({
    id: `fund-${id}`,
    title: `Fund ${id}`,
    owner: "Grants team",
    party: "funder",
    madeAt: "2024-07-01",
    dueAt: "2024-12-31",
    decision: { id: "budget" },
  });
  // every project but the last is paid on time; the last is still waiting
  if (k < allocation.winners.length - 1) {
    promises = promises.deliver(`fund-${id}`, { at: "2024-11-15" });
  }
}
const events = promises
  .commit({
    id: "report",
    title: "Publish what the money did",
    owner: "Grants team",
    party: "funder",
    madeAt: "2024-07-01",
    dueAt: "2025-09-30",
    decision: { id: "budget" },
  })
  .deliver("report", { at: "2025-09-15" })
  .events();

// 5. The survey: the panel answers every six months on a five-point scale.
const waves = ["2024-02-15", "2024-08-15", "2025-02-15", "2025-08-15", "2026-02-15"].map(
  (at, w) => ({
    at,
    answers: members.map((person, i) => ({
      person,
      value: Math.min(5, 2 + ((i + w) % 3) + (w > 2 ? 1 : 0)),
    })),
  }),
);

// 6. The programme as data.
const involved = new Set([...members, ...voters.map((v) => v.person)]);
const residents = pool
  .filter((p) => involved.has(p.id))
  .map((p) => ({ id: p.id, role: "resident", groups: { area: areaOf.get(p.id) ?? "" } }));
const programme = must(
  parseProcess({
    version: 1,
    id: "grants-2024",
    title: "Neighbourhood grants 2024-2026",
    startedAt: "2024-02-01",
    plannedEndAt: "2025-09-30",
    people: [...residents, { id: "officer", role: "officer" }],
    population: {
      source: "Census 2021 (illustrative shares)",
      shares: { area: { estate: 0.5, centre: 0.3, villages: 0.2 } },
    },
    bodies: [
      {
        id: "panel",
        name: "Residents' grants panel",
        members: [...members.map((person) => ({ person })), { person: "officer", weight: 1 }],
        quota: 6,
      },
    ],
    decisions: [
      {
        id: "budget",
        title: "Which projects to fund",
        claimedLevel: "empower",
        decidedBy: "panel",
        decidedAt: "2024-06-30",
      },
    ],
    stages: [
      {
        id: "workshops",
        kind: "deliberate",
        title: "Panel workshops",
        decision: "budget",
        startsAt: "2024-03-01",
        endsAt: "2024-05-31",
        participants: [...members, "officer"],
        agendaSetBy: members.slice(0, 3),
        turns: Object.fromEntries([...members, "officer"].map((id, i) => [id, 6 + (i % 3)])),
        feedback: { at: "2024-07-15", influenceShown: true, reasonsGiven: true },
      },
      {
        id: "vote",
        kind: "decide",
        title: "Residents' vote",
        decision: "budget",
        startsAt: "2024-06-01",
        endsAt: "2024-06-30",
        participants: voters.map((v) => v.person),
        agendaSetBy: members.slice(3, 5),
        preferences: { kind: "approval", voters },
        result: { kind: "allocation", value: allocation },
      },
    ],
    ledger: events,
    surveys: [
      {
        id: "influence",
        question: "I feel I can influence decisions that affect my area",
        levels: 5,
        mode: "paper",
        waves,
      },
    ],
  }),
);

// 7. The assessment on 2026-03-31, 25 months after the group formed.
const assessment = must(assessProcess(programme, { asOf: "2026-03-31" }));
console.log(`\nAssessment of "${programme.title}" on ${assessment.asOf}`);
for (const [factor, indicators] of Object.entries(assessment.factors)) {
  console.log(`\n${factor}`);
  for (const indicator of indicators) {
    console.log(
      `  ${indicator.label}${indicator.subject === null ? "" : ` [${indicator.subject}]`}`,
    );
    console.log(`    ${JSON.stringify(indicator.value)}`);
  }
}
console.log(`\nFlags (${assessment.flags.length}):`);
for (const flag of assessment.flags) {
  console.log(`  ${flag.severity.toUpperCase()} ${flag.id}: ${flag.message}`);
  console.log(
    `    threshold ${flag.threshold.name} = ${flag.threshold.value}; source: ${flag.citation}`,
  );
}

// 8. The same indicators over the two years, every six months, for a chart.
const series = must(
  assessOverTime(programme, { from: "2024-02-01", to: "2026-02-01", every: "month" }),
);
console.log("\nmonth       flags  follow-through");
for (const point of series.filter((_, i) => i % 6 === 0)) {
  const commitments = point.assessment.factors.followThrough[0]?.value as {
    followThroughRate: number | null;
  };
  console.log(
    `${point.asOf}  ${String(point.assessment.flags.length).padStart(5)}  ${commitments.followThroughRate ?? "-"}`,
  );
}
