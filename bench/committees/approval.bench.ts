/**
 * Approval committees at the size: 10,000 voters, 50 candidates, 10 seats. The baseline of
 * the same run is AV (one pass over the ballots); seq-PAV, seq-Phragmén, the Method of Equal Shares
 * (with its default seq-Phragmén completion), greedy Monroe and exact PAV (branch and bound) are
 * reported as ratios to it. Profiles come from the library's seeded generators: the
 * (p, phi)-resampling model (Szufa et al. 2022) with p = 0.2, phi = 0.5, and, for the sequential
 * rules, impartial approval with p = 0.1 (every candidate alike: the hardest case for the exact
 * search, which refuses it within its default work limit).
 *
 * Results: bench/results/committees-approval.md.
 */
import * as E from "fp-ts/lib/Either.js";
import { bench, describe } from "vitest";
import { impartialApproval, resamplingApproval } from "../../src/ballots/index.js";
import type { ApprovalProfile } from "../../src/ballots/profile.js";
import {
  av,
  equalSharesCommittee,
  greedyMonroe,
  pav,
  seqPav,
  seqPhragmenCommittee,
} from "../../src/committees/index.js";

const unwrap = (p: E.Either<unknown, ApprovalProfile>): ApprovalProfile => {
  if (E.isLeft(p)) throw new Error("generator refused");
  return p.right;
};

const resampling = unwrap(
  resamplingApproval({ candidates: 50, voters: 10_000, p: 0.2, phi: 0.5, seed: "bench" }),
);
const impartial = unwrap(
  impartialApproval({ candidates: 50, voters: 10_000, p: 0.1, seed: "bench" }),
);

const consume = (r: E.Either<unknown, { winners: readonly string[] }>): void => {
  if (E.isLeft(r) || r.right.winners.length !== 10) throw new Error("no committee");
};

describe("approval committees, 10,000 voters, 50 candidates, 10 seats (resampling)", () => {
  bench("baseline: av", () => consume(av(resampling, { seats: 10 })));
  bench("seq-pav", () => consume(seqPav(resampling, { seats: 10 })));
  bench("seq-phragmen", () => consume(seqPhragmenCommittee(resampling, { seats: 10 })));
  bench("equal-shares", () => consume(equalSharesCommittee(resampling, { seats: 10 })));
  bench("greedy-monroe", () => consume(greedyMonroe(resampling, { seats: 10 })));
  bench("pav (exact, branch and bound)", () => consume(pav(resampling, { seats: 10 })), {
    iterations: 5,
  });
});

describe("approval committees, 10,000 voters, 50 candidates, 10 seats (impartial)", () => {
  bench("baseline: av", () => consume(av(impartial, { seats: 10 })));
  bench("seq-pav", () => consume(seqPav(impartial, { seats: 10 })));
  bench("seq-phragmen", () => consume(seqPhragmenCommittee(impartial, { seats: 10 })));
  bench("equal-shares", () => consume(equalSharesCommittee(impartial, { seats: 10 })));
  bench("greedy-monroe", () => consume(greedyMonroe(impartial, { seats: 10 })));
});
