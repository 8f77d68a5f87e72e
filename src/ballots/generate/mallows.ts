/**
 * The Mallows model: rankings near a reference ranking, with dispersion `phi`. The probability of
 * a ranking r is proportional to `phi ** d(r, reference)`, where d is the Kendall tau distance
 * (the number of pairs the two rankings order differently). `phi = 0` gives the reference ranking
 * only; `phi = 1` is the impartial culture.
 *
 * Sampling follows the repeated insertion model (Doignon, Pekeč and Regenwetter 2004; Lu and
 * Boutilier 2014): the reference's candidates are inserted one by one; the i-th (counting from 1)
 * goes to position j (1 ≤ j ≤ i) with probability `phi ** (i - j) / (1 + phi + … + phi ** (i - 1))`,
 * since it then lands below exactly `i - j` candidates that the reference ranks above it. These
 * are the exact Mallows probabilities; nothing is approximated beyond the doubles of the weights.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { DecideError, InputIssue } from "../../core/errors.js";
import { createPrng, type Prng } from "../../core/prng.js";
import type { RankedProfile } from "../profile.js";
import { MAX_CANDIDATES } from "../spec.js";
import {
  buildFrom,
  checkCommon,
  checkList,
  checkSteps,
  checkUnit,
  GENERATOR_LIMITS,
  optionsError,
  type RankedGeneratorOptions,
  withOptions,
  writeRanking,
} from "./shared.js";

/** The options of {@link mallows}. @category generators */
export interface MallowsOptions extends RankedGeneratorOptions {
  /** The dispersion, from 0 (everyone votes the reference) to 1 (impartial culture). */
  readonly phi: number;
  /** The central ranking, best first: every candidate once. Default: the candidates' order. */
  readonly reference?: readonly string[];
}

/**
 * Draws a ranked profile from the Mallows model around a reference ranking.
 *
 * @remarks
 * Mallows (1957), "Non-null ranking models", Biometrika 44; sampled with the repeated insertion
 * model of Doignon, Pekeč and Regenwetter (2004, Psychometrika 69) as presented by Lu and
 * Boutilier (2014, JMLR 15), with its exact insertion probabilities. `phi` is the plain Mallows
 * dispersion (not the "normalised phi" of Boehmer et al. 2021). Preconditions (else an
 * `InvalidInput` naming the option): `phi` in [0, 1]; `reference`, if given, lists every candidate
 * exactly once; and those of {@link impartialCulture}. Time O(voters × n²).
 * Refuses (`Unsupported`, `work_limit`), before sampling, a draw of more steps than
 * `GENERATOR_LIMITS.mallows` allows; `limits.steps` in the options raises it. A hole in any
 * list is an `InvalidInput` at its index.
 *
 * @example
 * ```ts
 * import { mallows } from "co-decide/ballots";
 *
 * mallows({ candidates: ["a", "b", "c"], voters: 100, phi: 0, seed: "m" });
 * // => right: one distinct ballot, a > b > c, with count 100
 * ```
 *
 * @category generators
 */
export const mallows = (options: MallowsOptions): E.Either<DecideError, RankedProfile> =>
  withOptions(options, () => {
    const issues: InputIssue[] = [];
    const checked = checkCommon(options, issues);
    checkUnit(options.phi, "phi", issues);
    if (checked === undefined || issues.length > 0) return optionsError(issues);
    const reference = referenceOrder(options.reference, checked.names, issues);
    if (reference === undefined) return optionsError(issues);
    const n = checked.n;
    const refused = checkSteps(options, GENERATOR_LIMITS.mallows, checked.voters * n * n);
    if (E.isLeft(refused)) return refused;
    const prng = createPrng(options.seed);
    return buildFrom("ranked", checked.names, (add) =>
      sampleMallows(reference, options.phi, checked.voters, checked.keep, prng, (row) => add(row)),
    );
  });

const referenceOrder = (
  reference: readonly string[] | undefined,
  names: readonly string[],
  issues: InputIssue[],
): Uint16Array | undefined => {
  const n = names.length;
  const order = new Uint16Array(n);
  if (reference === undefined) {
    for (let c = 0; c < n; c++) order[c] = c;
    return order;
  }
  if (!checkList(reference, "reference", MAX_CANDIDATES, issues)) return undefined;
  const index = new Map(names.map((name, c) => [name, c] as const));
  const used = new Set<number>();
  reference.forEach((name, k) => {
    const c = index.get(name);
    if (c === undefined) {
      issues.push({
        path: `reference[${k}]`,
        code: "unknown_candidate",
        message: `unknown candidate ${JSON.stringify(name)}`,
      });
    } else if (used.has(c)) {
      issues.push({
        path: `reference[${k}]`,
        code: "duplicate_candidate",
        message: `${JSON.stringify(name)} appears twice in the reference ranking`,
      });
    } else {
      used.add(c);
      if (k < n) order[k] = c;
    }
  });
  if (issues.length === 0 && reference.length !== n) {
    issues.push({
      path: "reference",
      code: "incomplete_reference",
      message: `the reference ranking must list all ${n} candidates, got ${reference.length}`,
    });
  }
  return issues.length > 0 ? undefined : order;
};

/**
 * Draws `voters` Mallows rankings by repeated insertion, calling `emit` with each row.
 *
 * @internal
 */
export const sampleMallows = (
  reference: Uint16Array,
  phi: number,
  voters: number,
  keep: number,
  prng: Prng,
  emit: (row: Uint16Array) => void,
): void => {
  const n = reference.length;
  // powers[d] = phi^d; totals[i] = 1 + phi + … + phi^i, summed in the same order as the draw.
  const powers = new Float64Array(n);
  const totals = new Float64Array(n);
  let power = 1;
  let total = 0;
  for (let d = 0; d < n; d++) {
    powers[d] = power;
    total += power;
    totals[d] = total;
    power *= phi;
  }
  const order = new Uint16Array(n);
  const row = new Uint16Array(n);
  for (let v = 0; v < voters; v++) {
    for (let i = 0; i < n; i++) {
      // Insert reference[i] below d of the i candidates already placed (d inversions), d ~ phi^d.
      const u = prng.nextFloat() * (totals[i] as number);
      let d = 0;
      let acc = powers[0] as number;
      while (u >= acc && d < i) {
        d += 1;
        acc += powers[d] as number;
      }
      const position = i - d;
      for (let k = i; k > position; k--) order[k] = order[k - 1] as number;
      order[position] = reference[i] as number;
    }
    writeRanking(order, keep, row);
    emit(row);
  }
};
