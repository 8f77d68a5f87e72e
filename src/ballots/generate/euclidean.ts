/**
 * The Euclidean (spatial) model: voters and candidates are points, and each voter ranks the
 * candidates from the nearest to the farthest. In one dimension every profile it draws is
 * single-peaked with respect to the candidates' left-to-right order (Black 1948).
 *
 * Points are uniform in the unit cube [0, 1]^d unless the candidates' positions are given.
 * Distances are compared squared, in doubles; candidates at exactly the same distance from a voter
 * share a tier (the voter is indifferent). With random positions such ties have probability 0.
 * With `truncate: k` a voter ranks the candidates in the first k positions; a tie that straddles
 * the cut is kept whole.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { DecideError, InputIssue } from "../../core/errors.js";
import { firstHole, holeIssue } from "../../core/internal/arrays.js";
import { createPrng, type Prng } from "../../core/prng.js";
import { type RankedProfile, UNRANKED } from "../profile.js";
import {
  buildFrom,
  checkCommon,
  checkSteps,
  checkWhole,
  GENERATOR_LIMITS,
  optionsError,
  type RankedGeneratorOptions,
  withOptions,
} from "./shared.js";

/** The options of {@link euclidean}. @category generators */
export interface EuclideanOptions extends RankedGeneratorOptions {
  /** The number of dimensions of the space (1 for a left-right axis, 2 for a plane). */
  readonly dimensions: number;
  /**
   * The candidates' positions, one point of `dimensions` finite coordinates per candidate.
   * Default: drawn uniformly in [0, 1]^dimensions (before the voters).
   */
  readonly candidatePositions?: readonly (readonly number[])[];
}

/**
 * Draws a ranked profile from the Euclidean spatial model: voters uniform in [0, 1]^d, each
 * ranking the candidates by distance.
 *
 * @remarks
 * The spatial model of Downs (1957) and Enelow and Hinich (1984), with uniform voters and
 * candidates as in the "map of elections" cultures of Szufa et al. (2020, AAMAS). Draw order: the
 * candidates' coordinates (unless given), then each voter's d coordinates. Ties (exactly equal
 * distances) share a tier. Preconditions (else an `InvalidInput` naming the option): `dimensions`
 * a whole number from 1 to 64; `candidatePositions`, if given, one point of `dimensions` finite
 * numbers per candidate; and those of {@link impartialCulture}. Time O(voters × n × (d + n)).
 * Refuses (`Unsupported`, `work_limit`), before sampling, a draw of more steps than
 * `GENERATOR_LIMITS.euclidean` allows; `limits.steps` in the options raises it. A hole in any
 * list is an `InvalidInput` at its index.
 *
 * @example
 * ```ts
 * import { euclidean } from "co-decide/ballots";
 *
 * euclidean({ candidates: ["left", "centre", "right"], voters: 10, dimensions: 1, seed: "axis",
 *   candidatePositions: [[0], [0.5], [1]] });
 * // => right: every voter ranks "centre" first or second (a single-peaked profile)
 * ```
 *
 * @category generators
 */
export const euclidean = (options: EuclideanOptions): E.Either<DecideError, RankedProfile> =>
  withOptions(options, () => {
    const issues: InputIssue[] = [];
    const checked = checkCommon(options, issues);
    const dimsOk = checkWhole(options.dimensions, "dimensions", 1, 64, issues);
    if (checked === undefined || !dimsOk || issues.length > 0) return optionsError(issues);
    const d = options.dimensions;
    const given = options.candidatePositions;
    if (given !== undefined) checkPositions(given, checked.n, d, issues);
    if (issues.length > 0) return optionsError(issues);
    const refused = checkSteps(
      options,
      GENERATOR_LIMITS.euclidean,
      checked.voters * checked.n * (d + checked.n),
    );
    if (E.isLeft(refused)) return refused;
    const prng = createPrng(options.seed);
    const points = new Float64Array(checked.n * d);
    for (let c = 0; c < checked.n; c++) {
      for (let k = 0; k < d; k++) {
        points[c * d + k] = given === undefined ? prng.nextFloat() : (given[c]?.[k] as number);
      }
    }
    return buildFrom("ranked", checked.names, (add) =>
      sampleEuclidean(points, d, checked.voters, checked.keep, prng, (row) => add(row)),
    );
  });

const checkPositions = (
  positions: readonly (readonly number[])[],
  n: number,
  d: number,
  issues: InputIssue[],
): void => {
  if (!Array.isArray(positions) || positions.length !== n) {
    issues.push({
      path: "candidatePositions",
      code: "wrong_length",
      message: `expected one position per candidate (${n})`,
    });
    return;
  }
  const hole = firstHole(positions);
  if (hole !== undefined) {
    issues.push(holeIssue("candidatePositions", hole));
    return;
  }
  positions.forEach((point: unknown, c) => {
    if (
      !Array.isArray(point) ||
      point.length !== d ||
      firstHole(point) !== undefined ||
      !point.every((x) => typeof x === "number" && Number.isFinite(x))
    ) {
      issues.push({
        path: `candidatePositions[${c}]`,
        code: "invalid_position",
        message: `expected ${d} finite coordinate${d === 1 ? "" : "s"}`,
      });
    }
  });
};

/**
 * Draws `voters` uniform voter points and emits each one's ranking by distance to `points`.
 *
 * @internal
 */
export const sampleEuclidean = (
  points: Float64Array,
  d: number,
  voters: number,
  keep: number,
  prng: Prng,
  emit: (row: Uint16Array) => void,
): void => {
  const n = points.length / d;
  const voter = new Float64Array(d);
  const distance = new Float64Array(n);
  const order = new Uint16Array(n);
  const row = new Uint16Array(n);
  for (let v = 0; v < voters; v++) {
    for (let k = 0; k < d; k++) voter[k] = prng.nextFloat();
    for (let c = 0; c < n; c++) {
      let sum = 0;
      for (let k = 0; k < d; k++) {
        const diff = (points[c * d + k] as number) - (voter[k] as number);
        sum += diff * diff;
      }
      distance[c] = sum;
    }
    // Insertion sort by distance (stable; n is small in practice).
    for (let c = 0; c < n; c++) {
      let k = c;
      while (k > 0 && (distance[order[k - 1] as number] as number) > (distance[c] as number)) {
        order[k] = order[k - 1] as number;
        k -= 1;
      }
      order[k] = c;
    }
    let tier = 0;
    for (let k = 0; k < n; k++) {
      const c = order[k] as number;
      if (k > 0 && distance[c] !== distance[order[k - 1] as number]) tier = k;
      row[c] = tier < keep ? tier : UNRANKED;
    }
    emit(row);
  }
};
