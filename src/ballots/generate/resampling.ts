/**
 * The resampling model of approval ballots (Szufa et al. 2022): a central ballot approving about
 * `p·n` candidates, and voters who copy it, except that each candidate is, with probability `phi`,
 * resampled (approved with probability `p`, independently).
 *
 * `phi = 0` gives n copies of the central ballot; `phi = 1` is the p-impartial culture. The expected
 * number of approvals per ballot is about p·n for every `phi`.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { DecideError, InputIssue } from "../../core/errors.js";
import { createPrng, type Prng } from "../../core/prng.js";
import type { ApprovalProfile } from "../profile.js";
import { MAX_CANDIDATES } from "../spec.js";
import {
  buildFrom,
  checkCommon,
  checkList,
  checkSteps,
  checkUnit,
  GENERATOR_LIMITS,
  type GeneratorOptions,
  optionsError,
  withOptions,
} from "./shared.js";

/** The options of {@link resamplingApproval}. @category generators */
export interface ResamplingApprovalOptions extends GeneratorOptions {
  /** The approval probability of a resampled cell, and the central ballot's share: 0 to 1. */
  readonly p: number;
  /** The probability that a voter resamples a cell instead of copying the central ballot: 0 to 1. */
  readonly phi: number;
  /**
   * The candidates the central ballot approves (distinct names). Default: the first ⌊p·n⌋
   * candidates, as in mapel.
   */
  readonly central?: readonly string[];
}

/**
 * Draws an approval profile from the (p, phi)-resampling model.
 *
 * @remarks
 * Szufa, Faliszewski, Janeczko, Lackner, Slinko, Sornat and Talmon (2022), "How to sample approval
 * elections?", IJCAI: each voter takes each candidate in turn; with probability `phi` the cell is
 * resampled (`nextFloat() < p` approves), otherwise it copies the central ballot. The default
 * central ballot is the first ⌊p·n⌋ candidates (computed as `Math.floor(p * n + 1e-9)`, so that
 * 0.29 × 100 gives 29 despite rounding). Preconditions (else an `InvalidInput` naming the option):
 * `p` and `phi` in [0, 1]; `central`, if given, distinct known names; `candidates` and `voters` as
 * for {@link impartialCulture}. Time O(voters × n).
 * Refuses (`Unsupported`, `work_limit`), before sampling, a draw of more steps than
 * `GENERATOR_LIMITS.resamplingApproval` allows; `limits.steps` in the options raises it. A hole in any
 * list is an `InvalidInput` at its index.
 *
 * @example
 * ```ts
 * import { resamplingApproval } from "co-decide/ballots";
 *
 * resamplingApproval({ candidates: 10, voters: 200, p: 0.3, phi: 0, seed: "rs" });
 * // => right: one distinct ballot approving c0, c1, c2, with count 200
 * ```
 *
 * @category generators
 */
export const resamplingApproval = (
  options: ResamplingApprovalOptions,
): E.Either<DecideError, ApprovalProfile> =>
  withOptions(options, () => {
    const issues: InputIssue[] = [];
    const checked = checkCommon(options, issues);
    checkUnit(options.p, "p", issues);
    checkUnit(options.phi, "phi", issues);
    if (checked === undefined || issues.length > 0) return optionsError(issues);
    const refused = checkSteps(
      options,
      GENERATOR_LIMITS.resamplingApproval,
      checked.voters * checked.n,
    );
    if (E.isLeft(refused)) return refused;
    const central = new Uint8Array(checked.n);
    if (options.central === undefined) {
      const k = Math.min(checked.n, Math.floor(options.p * checked.n + 1e-9));
      central.fill(1, 0, k);
    } else {
      if (!checkList(options.central, "central", MAX_CANDIDATES, issues))
        return optionsError(issues);
      const index = new Map(checked.names.map((name, c) => [name, c] as const));
      options.central.forEach((name, i) => {
        const c = index.get(name);
        if (c === undefined) {
          issues.push({
            path: `central[${i}]`,
            code: "unknown_candidate",
            message: `unknown candidate ${JSON.stringify(name)}`,
          });
        } else if (central[c] === 1) {
          issues.push({
            path: `central[${i}]`,
            code: "duplicate_candidate",
            message: `${JSON.stringify(name)} appears twice on the central ballot`,
          });
        } else {
          central[c] = 1;
        }
      });
      if (issues.length > 0) return optionsError(issues);
    }
    const prng = createPrng(options.seed);
    return buildFrom("approval", checked.names, (add) =>
      sampleResampling(central, options.p, options.phi, checked.voters, prng, (row) => add(row)),
    );
  });

/**
 * Draws `voters` resampled copies of `central`.
 *
 * @internal
 */
export const sampleResampling = (
  central: Uint8Array,
  p: number,
  phi: number,
  voters: number,
  prng: Prng,
  emit: (row: Uint8Array) => void,
): void => {
  const n = central.length;
  const row = new Uint8Array(n);
  for (let v = 0; v < voters; v++) {
    for (let c = 0; c < n; c++) {
      row[c] = prng.nextFloat() < phi ? (prng.nextFloat() < p ? 1 : 0) : (central[c] as number);
    }
    emit(row);
  }
};
