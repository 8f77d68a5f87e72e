/**
 * Assessing a large joint process (2,000 residents, a 15-seat panel, 10 decisions, 40 stages of 200
 * participants with speaking turns, 10,000 ledger events over 1,000 commitments, 5 survey waves of
 * 400 answers) against the baseline in the same run: what the commitments module alone does with
 * the same ledger (`replay` then `metrics`), the one part of the assessment an app would otherwise
 * run anyway. Also `parseProcess` of the same process, and one assessment without the bootstrap.
 */
import { bench, describe } from "vitest";
import { metrics, replay } from "../../src/commitments/index.js";
import { createPrng } from "../../src/core/index.js";
import { assessProcess, type JointProcess, parseProcess } from "../../src/process/index.js";
import { generateLedger } from "../commitments/generate.js";

const prng = createPrng("process bench");
const areas = ["north", "south", "east", "west"];
const people = Array.from({ length: 2000 }, (_, i) => ({
  id: `r${i}`,
  role: "resident",
  groups: { area: areas[prng.nextInt(4)] as string },
}));
people.push({ id: "officer", role: "officer", groups: { area: "north" } });
const ids = people.map((p) => p.id);
const pick = (n: number): string[] => {
  const out = new Set<string>();
  while (out.size < n) out.add(ids[prng.nextInt(ids.length)] as string);
  return [...out];
};
const month = (m: number): string =>
  `${2020 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}-01`;
const panel = pick(14);
const decisions = Array.from({ length: 10 }, (_, d) => ({
  id: `d${d}`,
  title: `Decision ${d}`,
  claimedLevel: "collaborate",
  decidedBy: "panel",
  decidedAt: month(2 * d + 2),
}));
const stages = Array.from({ length: 40 }, (_, s) => {
  const participants = pick(200);
  return {
    id: `s${s}`,
    kind: ["consult", "involve", "deliberate", "decide"][s % 4],
    decision: `d${Math.floor(s / 4)}`,
    startsAt: month(Math.floor(s / 2)),
    endsAt: month(Math.floor(s / 2) + 1),
    participants,
    agendaSetBy: participants.slice(0, 2),
    turns: Object.fromEntries(participants.map((id) => [id, prng.nextInt(10)])),
    feedback: { at: month(Math.floor(s / 2) + 2), influenceShown: true },
  };
});
const input = {
  version: 1,
  id: "bench",
  title: "Bench",
  startedAt: "2020-01-01",
  people,
  population: { source: "bench", shares: { area: { north: 1, south: 1, east: 1, west: 1 } } },
  bodies: [{ id: "panel", members: [...panel, "officer"].map((person) => ({ person })), quota: 8 }],
  decisions,
  stages,
  ledger: generateLedger("process bench", 1000, 10_000),
  surveys: [
    {
      id: "influence",
      question: "I feel I can influence decisions that affect my area",
      levels: 5,
      waves: Array.from({ length: 5 }, (_, w) => ({
        at: month(6 * w),
        answers: Array.from({ length: 400 }, () => ({ value: 1 + prng.nextInt(5) })),
      })),
    },
  ],
};
const parsed = parseProcess(input);
if (parsed._tag === "Left") throw new Error(parsed.left.message);
const process: JointProcess = parsed.right;
const asOf = "2022-06-30";
let sink = 0;

describe("assess a two-year process of 2,000 people, 40 stages, 10,000 ledger events", () => {
  bench("assessProcess (bootstrap of 2,000 resamples)", () => {
    const result = assessProcess(process, { asOf });
    if (result._tag === "Left") throw new Error(result.left.message);
    sink += result.right.flags.length;
  });

  bench("assessProcess (no bootstrap)", () => {
    const result = assessProcess(process, { asOf, resamples: 0 });
    if (result._tag === "Left") throw new Error(result.left.message);
    sink += result.right.flags.length;
  });

  bench("parseProcess", () => {
    const result = parseProcess(input);
    if (result._tag === "Left") throw new Error(result.left.message);
    sink += result.right.stages.length;
  });

  bench("baseline: replay + metrics of the same ledger", () => {
    const state = replay(process.ledger);
    if (state._tag === "Left") throw new Error(state.left.message);
    const result = metrics(state.right, { asOf });
    if (result._tag === "Left") throw new Error(result.left.message);
    sink += result.right.overall.total;
  });
});

export { sink };
