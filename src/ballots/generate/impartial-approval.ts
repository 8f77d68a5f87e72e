/**
 * The impartial approval culture: every voter approves each candidate independently with the
 * same probability `p` (with `p = 1/2`, every approval ballot is equally likely).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { DecideError, InputIssue } from "../../core/errors.js";
import { createPrng, type Prng } from "../../core/prng.js";
import type { ApprovalProfile } from "../profile.js";
import {
  buildFrom,
  checkCommon,
  checkSteps,
  checkUnit,
  GENERATOR_LIMITS,
  type GeneratorOptions,
  optionsError,
  withOptions,
} from "./shared.js";

/** The options of {@link impartialApproval}. @category generators */
export interface ImpartialApprovalOptions extends GeneratorOptions {
  /** The probability that a voter approves a candidate, from 0 to 1. */
  readonly p: number;
}

/**
 * Draws an approval profile in which each voter approves each candidate with probability `p`.
 *
 * @remarks
 * The p-impartial culture of approval elections, as named by Szufa et al. (2022), "How to sample
 * approval elections?", IJCAI; the draw for a cell is `nextFloat() < p`, so `p = 0` approves
 * nobody and `p = 1` everybody. Preconditions (else an `InvalidInput` naming the option): `p` in
 * [0, 1]; `candidates` and `voters` as for {@link impartialCulture}. Time O(voters × n).
 * Refuses (`Unsupported`, `work_limit`), before sampling, a draw of more steps than
 * `GENERATOR_LIMITS.impartialApproval` allows; `limits.steps` in the options raises it. A hole in any
 * list is an `InvalidInput` at its index.
 *
 * @example
 * ```ts
 * import { impartialApproval } from "co-decide/ballots";
 *
 * impartialApproval({ candidates: 6, voters: 500, p: 0.3, seed: "ap" });
 * // => right: an ApprovalProfile with totalCount 500, about 30% of cells approved
 * ```
 *
 * @category generators
 */
export const impartialApproval = (
  options: ImpartialApprovalOptions,
): E.Either<DecideError, ApprovalProfile> =>
  withOptions(options, () => {
    const issues: InputIssue[] = [];
    const checked = checkCommon(options, issues);
    checkUnit(options.p, "p", issues);
    if (checked === undefined || issues.length > 0) return optionsError(issues);
    const refused = checkSteps(
      options,
      GENERATOR_LIMITS.impartialApproval,
      checked.voters * checked.n,
    );
    if (E.isLeft(refused)) return refused;
    const prng = createPrng(options.seed);
    return buildFrom("approval", checked.names, (add) =>
      sampleImpartialApproval(checked.n, options.p, checked.voters, prng, (row) => add(row)),
    );
  });

/**
 * Draws `voters` approval rows, each cell approved with probability `p`.
 *
 * @internal
 */
export const sampleImpartialApproval = (
  n: number,
  p: number,
  voters: number,
  prng: Prng,
  emit: (row: Uint8Array) => void,
): void => {
  const row = new Uint8Array(n);
  for (let v = 0; v < voters; v++) {
    for (let c = 0; c < n; c++) row[c] = prng.nextFloat() < p ? 1 : 0;
    emit(row);
  }
};
