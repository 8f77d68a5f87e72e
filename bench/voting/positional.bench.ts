/**
 * Positional and runoff methods on 1,000,000 complete rankings of 10 candidates (impartial
 * culture, seeded), each against a naive baseline in the same run: the textbook count over one
 * array of names per voter (no deduplication, no typed arrays), as a straightforward library
 * would write it. Targets (issue 3): IRV under 0.5 s and Borda under 0.3 s, tally included.
 */
import { bench, describe } from "vitest";
import { createProfileBuilder } from "../../src/ballots/builder.js";
import type { RankedProfile } from "../../src/ballots/profile.js";
import { createPrng } from "../../src/core/prng.js";
import { borda, irv, plurality } from "../../src/voting/index.js";

const N = 10;
const VOTERS = 1_000_000;
const NAMES = Array.from({ length: N }, (_, c) => `c${c}`);

/** Impartial culture: a Fisher-Yates shuffle per voter from the seeded generator. */
const drawRankings = (voters: number, seed: string): Uint8Array => {
  const prng = createPrng(seed);
  const out = new Uint8Array(voters * N);
  const order = new Uint8Array(N);
  for (let v = 0; v < voters; v++) {
    for (let c = 0; c < N; c++) order[c] = c;
    for (let i = N - 1; i > 0; i--) {
      const j = prng.nextInt(i + 1);
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    out.set(order, v * N);
  }
  return out;
};

const raw = drawRankings(VOTERS, "bench-positional");

const buildProfile = (): RankedProfile => {
  const builder = createProfileBuilder("ranked", NAMES);
  const row = new Uint16Array(N);
  for (let v = 0; v < VOTERS; v++) {
    // Row cell c holds c's tier: the inverse of the drawn order.
    for (let p = 0; p < N; p++) row[raw[v * N + p] as number] = p;
    builder.add(row);
  }
  const built = builder.build();
  if (built._tag === "Left") throw new Error(built.left.message);
  return built.right;
};

const profile = buildProfile();
const ballots: string[][] = Array.from({ length: VOTERS }, (_, v) =>
  Array.from(raw.subarray(v * N, v * N + N), (c) => NAMES[c] as string),
);

/** Baseline Borda: one pass over every voter's list of names, points in a plain object. */
const naiveBorda = (votes: readonly (readonly string[])[]): string => {
  const points: Record<string, number> = {};
  for (const name of NAMES) points[name] = 0;
  for (const ballot of votes)
    for (let p = 0; p < ballot.length; p++) {
      const name = ballot[p] as string;
      points[name] = (points[name] ?? 0) + (ballot.length - 1 - p);
    }
  return Object.entries(points).sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
};

/** Baseline IRV: each round re-reads every ballot to find its first continuing name. */
const naiveIrv = (votes: readonly (readonly string[])[]): string => {
  const out = new Set<string>();
  for (;;) {
    const tally: Record<string, number> = {};
    for (const name of NAMES) if (!out.has(name)) tally[name] = 0;
    let active = 0;
    for (const ballot of votes) {
      const top = ballot.find((name) => !out.has(name));
      if (top === undefined) continue;
      tally[top] = (tally[top] ?? 0) + 1;
      active++;
    }
    const entries = Object.entries(tally).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const [leader, votesFor] = entries[0] ?? ["", 0];
    if (2 * votesFor > active || entries.length === 1) return leader;
    out.add(entries[entries.length - 1]?.[0] ?? "");
  }
};

const OPTIONS = { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 };

describe(`Borda, ${VOTERS.toLocaleString("en")} rankings of ${N} (${profile.ballotCount} distinct)`, () => {
  bench(
    "co-decide borda (profile → outcome)",
    () => {
      borda(profile);
    },
    OPTIONS,
  );
  bench(
    "baseline: naive Borda over name lists",
    () => {
      naiveBorda(ballots);
    },
    OPTIONS,
  );
});

describe(`IRV, ${VOTERS.toLocaleString("en")} rankings of ${N}`, () => {
  bench(
    "co-decide irv (profile → outcome)",
    () => {
      irv(profile);
    },
    OPTIONS,
  );
  bench(
    "baseline: naive IRV over name lists",
    () => {
      naiveIrv(ballots);
    },
    OPTIONS,
  );
});

describe(`Plurality, ${VOTERS.toLocaleString("en")} rankings of ${N}`, () => {
  bench(
    "co-decide plurality (profile → outcome)",
    () => {
      plurality(profile);
    },
    OPTIONS,
  );
});

describe("Building the profile (deduplication) from 1,000,000 raw rankings", () => {
  bench(
    "createProfileBuilder over typed rows",
    () => {
      buildProfile();
    },
    { iterations: 2, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
