/**
 * Impartial culture: every voter's ranking is drawn uniformly from the n! complete rankings,
 * independently of the others (Guilbaud 1952; the null model of social choice simulations,
 * e.g. Brandt et al., *Handbook of Computational Social Choice*, 2016).
 *
 * Each ranking is a Fisher-Yates shuffle (Durstenfeld's in-place form) drawing from `createPrng`;
 * with `truncate: k` only the first k steps run, which draws the top k uniformly.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { DecideError, InputIssue } from "../../core/errors.js";
import { createPrng, type Prng } from "../../core/prng.js";
import type { RankedProfile } from "../profile.js";
import {
  buildFrom,
  checkCommon,
  checkSteps,
  GENERATOR_LIMITS,
  optionsError,
  type RankedGeneratorOptions,
  withOptions,
  writeRanking,
} from "./shared.js";

/** The options of {@link impartialCulture}. @category generators */
export type ImpartialCultureOptions = RankedGeneratorOptions;

/**
 * Draws a ranked profile from the impartial culture: each voter ranks the candidates in a
 * uniformly random order.
 *
 * @remarks
 * Impartial culture (IC), as defined by Guilbaud (1952) and used throughout computational social
 * choice (Brandt et al., 2016). Sampling: a Fisher-Yates shuffle per voter from the seeded
 * generator of `co-decide/core`; the same seed gives the same profile in every runtime.
 * Preconditions (else an `InvalidInput` naming the option): `candidates` is a whole number
 * from 1 to 65,534 or a list of distinct names; `voters` is a whole number from 0 to
 * {@link MAX_VOTERS}; `truncate`, if given, is a whole number from 1 to the number of candidates.
 * Time O(voters × n), memory that of the deduplicated profile. If memory runs out, the result is
 * `Unsupported` (`too_large`).
 * Refuses (`Unsupported`, `work_limit`), before sampling, a draw of more steps than
 * `GENERATOR_LIMITS.impartialCulture` allows; `limits.steps` in the options raises it. A hole in any
 * list is an `InvalidInput` at its index.
 *
 * @example
 * ```ts
 * import { impartialCulture } from "co-decide/ballots";
 *
 * const profile = impartialCulture({ candidates: 4, voters: 1000, seed: "ic" });
 * // => right: a RankedProfile over c0..c3 with totalCount 1000
 * ```
 *
 * @category generators
 */
export const impartialCulture = (
  options: ImpartialCultureOptions,
): E.Either<DecideError, RankedProfile> =>
  withOptions(options, () => {
    const issues: InputIssue[] = [];
    const checked = checkCommon(options, issues);
    if (checked === undefined || issues.length > 0) return optionsError(issues);
    const refused = checkSteps(
      options,
      GENERATOR_LIMITS.impartialCulture,
      checked.voters * checked.n,
    );
    if (E.isLeft(refused)) return refused;
    const prng = createPrng(options.seed);
    return buildFrom(
      "ranked",
      checked.names,
      (add) =>
        sampleImpartialCulture(checked.n, checked.voters, checked.keep, prng, (row) => add(row)),
      Math.min(checked.voters, distinctTopRankings(checked.n, checked.keep)),
    );
  });

/** How many different top-k rankings of n candidates there are, n!/(n-k)! (capped at 2^31). */
const distinctTopRankings = (n: number, k: number): number => {
  let count = 1;
  for (let i = 0; i < k && count < 2 ** 31; i++) count *= n - i;
  return count;
};

/**
 * Draws `voters` impartial-culture rankings of `n` candidates, calling `emit` with each row (tiers
 * by candidate; the same array every time, overwritten).
 *
 * @internal
 */
export const sampleImpartialCulture = (
  n: number,
  voters: number,
  keep: number,
  prng: Prng,
  emit: (row: Uint16Array) => void,
): void => {
  const order = new Uint16Array(n);
  const row = new Uint16Array(n);
  const steps = Math.min(keep, n - 1);
  for (let v = 0; v < voters; v++) {
    for (let c = 0; c < n; c++) order[c] = c;
    for (let i = 0; i < steps; i++) {
      const j = i + prng.nextInt(n - i);
      const tmp = order[i] as number;
      order[i] = order[j] as number;
      order[j] = tmp;
    }
    writeRanking(order, keep, row);
    emit(row);
  }
};
