/**
 * A seeded synthetic ledger for benchmarks and scale tests: `commitments` commitments, each
 * followed by a plausible life (accepted, started, progress reports, notes, renegotiations,
 * delivery, verification, or a miss or a withdrawal), interleaved at random, `events` events in
 * all, dated one day per 1,000 events from 2020-01-01.
 */

import type { LedgerEvent } from "../../src/commitments/index.js";
import { createPrng } from "../../src/core/index.js";

const pad = (n: number): string => String(n).padStart(2, "0");

/** Day number to `YYYY-MM-DD` (UTC), for the generator only. */
const isoDay = (day: number): string => {
  const date = new Date(Date.UTC(2020, 0, 1) + day * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

export const generateLedger = (
  seed: string,
  commitments: number,
  events: number,
): LedgerEvent[] => {
  const prng = createPrng(seed);
  const out: LedgerEvent[] = [];
  const perCommitment = Math.floor(events / commitments);
  const remaining = new Int32Array(commitments).fill(perCommitment - 1);
  for (let c = 0; c < events - perCommitment * commitments; c++) remaining[c % commitments]! += 1;
  const stage = new Int8Array(commitments); // 0 committed, 1 accepted, 2 in progress, 3 delivered, 4 verified
  const active: number[] = [];
  let nextNew = 0;
  let seq = 0;
  const push = (event: LedgerEvent): void => {
    out.push(event);
  };
  while (out.length < events) {
    const day = Math.floor(out.length / 1000);
    const at = isoDay(day);
    seq += 1;
    const id = `e${seq}`;
    if (nextNew < commitments && (active.length === 0 || prng.nextInt(perCommitment) === 0)) {
      const c = nextNew++;
      push({
        id,
        seq,
        at,
        type: "committed",
        commitment: {
          id: `c${c}`,
          title: `Commitment ${c}`,
          owner: `owner${c % 97}`,
          party: ["authority", "funder", "community"][c % 3] as string,
          madeAt: at,
          dueAt: isoDay(day + 30 + (c % 400)),
        },
      });
      active.push(c);
      continue;
    }
    const slot = prng.nextInt(active.length);
    const c = active[slot] as number;
    const commitmentId = `c${c}`;
    const left = (remaining[c] as number) - 1;
    remaining[c] = left;
    if (left === 0) {
      active[slot] = active[active.length - 1] as number;
      active.pop();
    }
    const s = stage[c] as number;
    if (s === 0) {
      stage[c] = 1;
      push({ id, seq, at, type: "accepted", commitmentId });
    } else if (s === 1) {
      stage[c] = 2;
      push({ id, seq, at, type: "started", commitmentId });
    } else if (s === 2 && left > 1) {
      const r = prng.nextInt(10);
      if (r === 0) {
        push({
          id,
          seq,
          at,
          type: "renegotiated",
          commitmentId,
          dueAt: isoDay(day + 90),
          reason: "scope",
        });
      } else if (r === 1) push({ id, seq, at, type: "noted", commitmentId, note: "site visit" });
      else push({ id, seq, at, type: "progressed", commitmentId, percent: prng.nextInt(101) });
    } else if (s === 2) {
      stage[c] = 3;
      push({
        id,
        seq,
        at,
        type: "delivered",
        commitmentId,
        evidence: ["https://example.org/photo"],
      });
    } else if (s === 3) {
      stage[c] = 4;
      push({ id, seq, at, type: "verified", commitmentId, actor: "residents panel" });
    } else {
      push({ id, seq, at, type: "noted", commitmentId, note: "follow-up" });
    }
  }
  return out;
};
