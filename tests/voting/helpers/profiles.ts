import * as E from "fp-ts/lib/Either.js";
import {
  approvalProfile,
  gradeProfile,
  type RankedBallotInput,
  rankedProfile,
  scoreProfile,
} from "../../../src/ballots/index.js";
import type {
  ApprovalProfile,
  GradeProfile,
  RankedProfile,
  ScoreProfile,
} from "../../../src/ballots/profile.js";

/** Unwraps a Right or fails the test. */
export const right = <T>(either: E.Either<unknown, T>): T => {
  if (E.isLeft(either)) throw new Error(`expected Right, got ${JSON.stringify(either.left)}`);
  return either.right;
};

export const ranked = (
  candidates: readonly string[],
  ballots: readonly RankedBallotInput[],
): RankedProfile => right(rankedProfile(candidates, ballots));

export const approvals = (
  candidates: readonly string[],
  ballots: readonly { approve: readonly string[]; count?: number | string }[],
): ApprovalProfile => right(approvalProfile(candidates, ballots));

export const scored = (
  candidates: readonly string[],
  ballots: readonly { scores: Readonly<Record<string, number>>; count?: number | string }[],
  range: { min: number; max: number },
): ScoreProfile => right(scoreProfile(candidates, ballots, range));

export const graded = (
  candidates: readonly string[],
  ballots: readonly { grades: Readonly<Record<string, string>>; count?: number | string }[],
  scale: readonly string[],
): GradeProfile => right(gradeProfile(candidates, ballots, scale));

/**
 * Wikipedia's Tennessee capital example (used on the pages of plurality, IRV, Borda, Coombs,
 * Bucklin, Condorcet methods...): 42% Memphis, 26% Nashville, 15% Chattanooga, 17% Knoxville,
 * each voter ranking by distance from their own city.
 */
export const TENNESSEE_CANDIDATES = ["Memphis", "Nashville", "Chattanooga", "Knoxville"] as const;
export const TENNESSEE_BALLOTS: readonly RankedBallotInput[] = [
  { ranking: ["Memphis", "Nashville", "Chattanooga", "Knoxville"], count: 42 },
  { ranking: ["Nashville", "Chattanooga", "Knoxville", "Memphis"], count: 26 },
  { ranking: ["Chattanooga", "Knoxville", "Nashville", "Memphis"], count: 15 },
  { ranking: ["Knoxville", "Chattanooga", "Nashville", "Memphis"], count: 17 },
];
export const tennessee = (): RankedProfile => ranked(TENNESSEE_CANDIDATES, TENNESSEE_BALLOTS);
