/**
 * fast-check generators of small elections for the Condorcet property tests.
 */
import * as fc from "fast-check";
import { UNRANKED } from "../../../src/ballots/index.js";
import type { GeneratedBallot, GeneratedElection } from "./helpers.js";

const NAMES = ["a", "b", "c", "d", "e", "f"];

/** Complete strict rankings (a permutation per ballot) over 1..max candidates. */
export const strictElection = (max = 5): fc.Arbitrary<GeneratedElection> =>
  fc.integer({ min: 1, max }).chain((n) =>
    fc.record({
      candidates: fc.constant(NAMES.slice(0, n)),
      ballots: fc.array(
        fc.record({
          row: fc.shuffledSubarray(
            Array.from({ length: n }, (_, i) => i),
            { minLength: n, maxLength: n },
          ),
          count: fc.integer({ min: 1, max: 5 }),
        }),
        { maxLength: 12 },
      ),
    }),
  );

/** Weak orders with truncation: each cell a tier from 0..n-1 or UNRANKED. */
export const weakElection = (max = 5): fc.Arbitrary<GeneratedElection> =>
  fc.integer({ min: 1, max }).chain((n) =>
    fc.record({
      candidates: fc.constant(NAMES.slice(0, n)),
      ballots: fc.array(
        fc.record({
          row: fc.array(
            fc.oneof(
              { weight: 4, arbitrary: fc.integer({ min: 0, max: n - 1 }) },
              { weight: 1, arbitrary: fc.constant(UNRANKED) },
            ),
            { minLength: n, maxLength: n },
          ),
          count: fc.integer({ min: 1, max: 5 }),
        }),
        { maxLength: 12 },
      ),
    }),
  );

/** Either kind of election. */
export const anyElection = (max = 5): fc.Arbitrary<GeneratedElection> =>
  fc.oneof(strictElection(max), weakElection(max));

export type { GeneratedBallot };
