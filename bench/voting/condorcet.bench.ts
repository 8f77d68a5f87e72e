/**
 * The Condorcet family at scale. Every method time includes the O(B n²) pairwise tally, and the
 * bare tally is the baseline of the same run; `votes` (lzear/votes 3.0.0) counts the same
 * ballots side by side at 100,000 ballots. Profiles are impartial-culture rankings drawn from
 * `createPrng` (a Fisher–Yates shuffle per voter) and built with `createProfileBuilder`.
 *
 * Results: bench/results/voting-condorcet.md.
 */
import * as E from "fp-ts/lib/Either.js";
import { bench, describe } from "vitest";
import {
  type Matrix,
  Copeland as VotesCopeland,
  Kemeny as VotesKemeny,
  Minimax as VotesMinimax,
  RankedPairs as VotesRankedPairs,
  Schulze as VotesSchulze,
  utils as votesUtils,
} from "votes";
import {
  createProfileBuilder,
  pairwiseTally,
  type RankedProfile,
} from "../../src/ballots/index.js";
import type { Outcome } from "../../src/core/outcome.js";
import { createPrng } from "../../src/core/prng.js";
import {
  copeland,
  kemenyYoung,
  minimax,
  rankedPairs,
  schulze,
  splitCycle,
  stableVoting,
} from "../../src/voting/condorcet/index.js";

const names = (n: number): string[] => Array.from({ length: n }, (_, i) => `c${i}`);

/** `voters` uniformly random complete rankings of `n` candidates, as rows of positions. */
const rankings = (n: number, voters: number, seed: string): Uint8Array => {
  const prng = createPrng(seed);
  const rows = new Uint8Array(n * voters);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let v = 0; v < voters; v++) {
    for (let i = n - 1; i > 0; i--) {
      const j = prng.nextInt(i + 1);
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    // order[p] is the candidate in position p; the row holds each candidate's position
    for (let p = 0; p < n; p++) rows[v * n + (order[p] as number)] = p;
  }
  return rows;
};

const build = (n: number, rows: Uint8Array): RankedProfile => {
  const builder = createProfileBuilder("ranked", names(n));
  const voters = rows.length / n;
  for (let v = 0; v < voters; v++) builder.add(rows.subarray(v * n, (v + 1) * n));
  const built = builder.build();
  if (E.isLeft(built)) throw new Error(built.left.message);
  return built.right;
};

const profileOf = (n: number, voters: number, seed: string): RankedProfile =>
  build(n, rankings(n, voters, seed));

const slow = { time: 0, iterations: 5, warmupTime: 0, warmupIterations: 1 };
const once = { time: 0, iterations: 1, warmupTime: 0, warmupIterations: 0 };

let sink = 0;
const consume = (winners: readonly string[]): void => {
  sink += winners.length;
};
const consumeRight = (result: E.Either<unknown, Outcome>): void => {
  if (E.isRight(result)) consume(result.right.winners);
};

/** The methods timed at scale, by bench name, in report order. */
const methods: readonly (readonly [string, (profile: RankedProfile) => Outcome])[] = [
  ["schulze", schulze],
  ["ranked-pairs", rankedPairs],
  ["copeland", copeland],
  ["minimax", minimax],
  ["split-cycle", splitCycle],
];

/** The two large profiles: each times the bare tally (the baseline), then every method. */
const atScale = [
  {
    title: "1,000,000 complete rankings of 10 candidates (tally included)",
    n: 10,
    voters: 1_000_000,
    seed: "condorcet-1m-10",
  },
  {
    title: "100,000 complete rankings of 20 candidates (tally included)",
    n: 20,
    voters: 100_000,
    seed: "condorcet-100k-20",
  },
];

for (const { title, n, voters, seed } of atScale) {
  describe(title, () => {
    const profile = profileOf(n, voters, seed);
    bench(
      "baseline: pairwise tally alone",
      () => {
        sink += pairwiseTally(profile).counts[1] as number;
      },
      slow,
    );
    for (const [name, run] of methods) bench(name, () => consume(run(profile).winners), slow);
  });
}

/** The methods timed against their lzear/votes counterpart, by registry id and votes class name. */
const votesPeers: readonly (readonly [
  string,
  (profile: RankedProfile) => Outcome,
  string,
  new (matrix: Matrix) => { ranking(): string[][] },
])[] = [
  ["schulze", schulze, "Schulze", VotesSchulze],
  ["ranked-pairs", rankedPairs, "RankedPairs", VotesRankedPairs],
  ["copeland", copeland, "Copeland", VotesCopeland],
  ["minimax", minimax, "Minimax", VotesMinimax],
];

describe("side by side with votes 3.0.0: 100,000 complete rankings of 10 candidates", () => {
  const n = 10;
  const voters = 100_000;
  const rows = rankings(n, voters, "condorcet-votes-100k");
  const candidates = names(n);
  const ballots = Array.from({ length: voters }, (_, v) => {
    const ranking: string[][] = [];
    for (let c = 0; c < n; c++) ranking[rows[v * n + c] as number] = [candidates[c] as string];
    return { ranking, weight: 1 };
  });
  const profile = build(n, rows);
  bench(
    "co-decide schulze (profile built in the run)",
    () => consume(schulze(build(n, rows)).winners),
    slow,
  );
  for (const [id, run, votesName, VotesMethod] of votesPeers) {
    bench(`co-decide ${id} (profile prebuilt)`, () => consume(run(profile).winners), slow);
    bench(
      `votes ${votesName} (matrix from ballots)`,
      () => {
        const matrix = votesUtils.matrixFromBallots(ballots, candidates);
        sink += new VotesMethod(matrix).ranking().length;
      },
      slow,
    );
  }
});

describe("Kemeny-Young, exact (1,000 voters)", () => {
  const at8 = profileOf(8, 1_000, "kemeny-8");
  const tally8 = pairwiseTally(at8);
  bench(
    "baseline: brute force over all 8! rankings",
    () => {
      const n = 8;
      let best = -1;
      const order = Array.from({ length: n }, (_, i) => i);
      const permute = (k: number): void => {
        if (k === n) {
          let score = 0;
          for (let i = 0; i < n; i++)
            for (let j = i + 1; j < n; j++)
              score += tally8.counts[(order[i] as number) * n + (order[j] as number)] as number;
          if (score > best) best = score;
          return;
        }
        for (let i = k; i < n; i++) {
          [order[k], order[i]] = [order[i] as number, order[k] as number];
          permute(k + 1);
          [order[k], order[i]] = [order[i] as number, order[k] as number];
        }
      };
      permute(0);
      sink += best;
    },
    slow,
  );
  bench(
    "kemeny-young n = 8 (subset dynamic programme)",
    () => consumeRight(kemenyYoung(at8)),
    slow,
  );
  for (const n of [10, 16, 20]) {
    const profile = profileOf(n, 1_000, `kemeny-${n}`);
    bench(`kemeny-young n = ${n}`, () => consumeRight(kemenyYoung(profile)), n >= 20 ? once : slow);
  }
  const at22 = profileOf(22, 1_000, "kemeny-22");
  bench("kemeny-young n = 22 (the bound)", () => consumeRight(kemenyYoung(at22)), once);
  const votesMatrix8 = {
    candidates: names(8),
    array: names(8).map((_, i) => names(8).map((__, j) => tally8.counts[i * 8 + j] as number)),
  };
  bench(
    "votes Kemeny n = 8 (matrix prebuilt)",
    () => {
      sink += new VotesKemeny(votesMatrix8).ranking().length;
    },
    slow,
  );
});

describe("Stable Voting (1,000 voters)", () => {
  for (const n of [8, 12, 16]) {
    const profile = profileOf(n, 1_000, `stable-${n}`);
    bench(`stable-voting n = ${n}`, () => consumeRight(stableVoting(profile)), slow);
  }
});

export const benchSink = (): number => sink;
