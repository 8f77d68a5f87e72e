/**
 * The Pólya-Eggenberger urn model: voters copy earlier voters, so some rankings grow popular.
 *
 * Convention (the one of PrefLib's generator and of Walsh, as `replace` there): the urn starts with
 * the n! rankings, one copy each. Each voter draws a ranking from the urn uniformly at random,
 * votes it, and puts it back together with `alpha` more copies of it. So after t voters the urn
 * holds `n! + alpha·t` rankings, and voter t + 1 either draws one of the original n! (probability
 * `n! / (n! + alpha·t)`, which is a fresh impartial-culture ranking) or one of the added copies
 * (which is the ranking of a uniformly chosen earlier voter). `alpha = 0` is the impartial culture.
 * The "normalised" alpha of Boehmer et al. (2021) and mapel is `alpha / n!`.
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
  checkNonNegative,
  checkSteps,
  GENERATOR_LIMITS,
  optionsError,
  type RankedGeneratorOptions,
  withOptions,
  writeRanking,
} from "./shared.js";

/** The options of {@link polyaUrn}. @category generators */
export interface PolyaUrnOptions extends RankedGeneratorOptions {
  /** The copies of a drawn ranking added to the urn (PrefLib's `replace`): a number ≥ 0. */
  readonly alpha: number;
}

/**
 * Draws a ranked profile from the Pólya-Eggenberger urn model.
 *
 * @remarks
 * Berg (1985), "Paradox of voting under an urn model: the effect of homogeneity", Public Choice 47;
 * parameter convention of PrefLib's generator (Mattei and Walsh 2013): `alpha` copies are added
 * after each draw to an urn that starts with the n! rankings (see the module comment; the
 * normalised alpha of Boehmer et al. 2021 is `alpha / n!`). n! is a double, exact up to 18
 * candidates. Preconditions (else an `InvalidInput` naming the option): `alpha` a finite number
 * ≥ 0; and those of {@link impartialCulture}. Time O(voters × n); memory 4 bytes per voter plus the
 * fresh rankings drawn.
 * Refuses (`Unsupported`, `work_limit`), before sampling, a draw of more steps than
 * `GENERATOR_LIMITS.polyaUrn` allows; `limits.steps` in the options raises it. A hole in any
 * list is an `InvalidInput` at its index.
 *
 * @example
 * ```ts
 * import { polyaUrn } from "co-decide/ballots";
 *
 * polyaUrn({ candidates: 5, voters: 1000, alpha: 120, seed: "urn" });
 * // => right: a RankedProfile with totalCount 1000 and far fewer distinct ballots than IC
 * ```
 *
 * @category generators
 */
export const polyaUrn = (options: PolyaUrnOptions): E.Either<DecideError, RankedProfile> =>
  withOptions(options, () => {
    const issues: InputIssue[] = [];
    const checked = checkCommon(options, issues);
    checkNonNegative(options.alpha, "alpha", issues);
    if (checked === undefined || issues.length > 0) return optionsError(issues);
    const refused = checkSteps(options, GENERATOR_LIMITS.polyaUrn, checked.voters * checked.n);
    if (E.isLeft(refused)) return refused;
    const prng = createPrng(options.seed);
    return buildFrom("ranked", checked.names, (add) =>
      sampleUrn(checked.n, options.alpha, checked.voters, checked.keep, prng, add),
    );
  });

/**
 * Draws `voters` urn rankings and emits each distinct fresh draw once, with its final count.
 *
 * @internal
 */
export const sampleUrn = (
  n: number,
  alpha: number,
  voters: number,
  keep: number,
  prng: Prng,
  emit: (row: Uint16Array, count: number) => void,
): void => {
  let factorial = 1;
  for (let k = 2; k <= n; k++) factorial *= k;
  // drawOf[v]: the fresh draw that voter v votes; rows of fresh draws and their counts.
  const drawOf = new Int32Array(voters);
  let rows = new Uint16Array(16 * n);
  let counts = new Float64Array(16);
  let fresh = 0;
  const order = new Uint16Array(n);
  const steps = Math.min(keep, n - 1);
  for (let t = 0; t < voters; t++) {
    let draw: number;
    if (t === 0 || prng.nextFloat() * (1 + (alpha * t) / factorial) < 1) {
      if (fresh === counts.length) {
        const nextRows = new Uint16Array(rows.length * 2);
        nextRows.set(rows);
        rows = nextRows;
        const nextCounts = new Float64Array(counts.length * 2);
        nextCounts.set(counts);
        counts = nextCounts;
      }
      for (let c = 0; c < n; c++) order[c] = c;
      for (let i = 0; i < steps; i++) {
        const j = i + prng.nextInt(n - i);
        const tmp = order[i] as number;
        order[i] = order[j] as number;
        order[j] = tmp;
      }
      writeRanking(order, keep, rows.subarray(fresh * n, fresh * n + n));
      draw = fresh;
      fresh += 1;
    } else {
      draw = drawOf[prng.nextInt(t)] as number;
    }
    drawOf[t] = draw;
    counts[draw] = (counts[draw] as number) + 1;
  }
  for (let f = 0; f < fresh; f++) emit(rows.subarray(f * n, f * n + n), counts[f] as number);
};
