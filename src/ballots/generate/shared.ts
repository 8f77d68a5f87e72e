/**
 * What every profile generator shares: the common options, their checks, and the loop that feeds
 * sampled rows into a `ProfileBuilder` one at a time (no array of ballots is ever built, so
 * ten million voters need only the deduplicated profile's memory).
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import {
  type DecideError,
  type InputIssue,
  invalidInput,
  invalidInputAt,
  unsupported,
} from "../../core/errors.js";
import { firstHole, holeIssue } from "../../core/internal/arrays.js";
import { checkWork, defineLimit, resolveLimit, type WorkLimit } from "../../core/limits.js";
import { createProfileBuilder, type ProfileOf } from "../builder.js";
import { UNRANKED } from "../profile.js";
import { MAX_CANDIDATES } from "../spec.js";

/**
 * The options every generator takes.
 *
 * @category generators
 */
export interface GeneratorOptions {
  /** The candidates: a count `n` (named `c0` … `c{n-1}`) or their names, distinct, in order. */
  readonly candidates: number | readonly string[];
  /** The number of voters (ballots drawn), a whole number from 0 to {@link MAX_VOTERS}. */
  readonly voters: number;
  /** The seed of the generator (`createPrng` in `co-decide/core`); same seed, same profile. */
  readonly seed: string;
  /**
   * Raises the generator's work limit (see {@link GENERATOR_LIMITS}): `steps`, up to the limit's
   * ceiling.
   */
  readonly limits?: { readonly steps?: number };
}

const stepsLimit = (fn: string, unit: string, defaultSteps: number, ceiling: number): WorkLimit =>
  defineLimit({
    name: `${fn}.steps`,
    unit,
    default: defaultSteps,
    ceiling,
    option: "limits.steps",
  });

/**
 * The work limit of each generator, by function name: the steps a draw takes (voters ×
 * candidates, or voters × candidates² for Mallows' repeated insertion and the Euclidean sort),
 * checked before sampling. At the defaults a draw takes about 2 s or less on a small two-core
 * machine; `limits.steps` in the options raises a limit up to its ceiling.
 *
 * @category generators
 */
export const GENERATOR_LIMITS: {
  readonly impartialCulture: WorkLimit;
  readonly impartialApproval: WorkLimit;
  readonly polyaUrn: WorkLimit;
  readonly resamplingApproval: WorkLimit;
  readonly mallows: WorkLimit;
  readonly euclidean: WorkLimit;
} = {
  impartialCulture: /* @__PURE__ */ stepsLimit(
    "impartialCulture",
    "steps (voters × candidates)",
    2e7,
    1e9,
  ),
  impartialApproval: /* @__PURE__ */ stepsLimit(
    "impartialApproval",
    "steps (voters × candidates)",
    2e7,
    1e9,
  ),
  polyaUrn: /* @__PURE__ */ stepsLimit("polyaUrn", "steps (voters × candidates)", 2e7, 1e9),
  resamplingApproval: /* @__PURE__ */ stepsLimit(
    "resamplingApproval",
    "steps (voters × candidates)",
    2e7,
    1e9,
  ),
  mallows: /* @__PURE__ */ stepsLimit("mallows", "steps (voters × candidates²)", 1e8, 5e9),
  euclidean: /* @__PURE__ */ stepsLimit(
    "euclidean",
    "steps (voters × candidates × (dimensions + candidates))",
    1e8,
    5e9,
  ),
};

/**
 * Refuses, before any sampling, a draw of `steps` past the generator's limit (as raised by
 * `options.limits.steps`): `Unsupported` with reason `work_limit`.
 *
 * @internal
 */
export const checkSteps = (
  options: GeneratorOptions,
  limit: WorkLimit,
  steps: number,
): E.Either<DecideError, undefined> => {
  const limits: unknown = options.limits;
  if (limits !== undefined && (typeof limits !== "object" || limits === null)) {
    return optionsError([
      {
        path: "limits",
        code: "invalid_type",
        message: "expected an object such as { steps: 1e8 }",
      },
    ]);
  }
  const requested =
    limits !== undefined && Object.hasOwn(limits, "steps")
      ? (limits as { readonly steps?: unknown }).steps
      : undefined;
  return pipe(
    resolveLimit(limit, requested),
    E.flatMap((allowed): E.Either<DecideError, undefined> => checkWork(limit, steps, allowed)),
  );
};

/**
 * Pushes an issue, and returns false, unless `list` is an array of at most `max` items without a
 * hole (checked in that order, so that no loop walks a sparse array of 2^32 - 1 slots).
 *
 * @internal
 */
export const checkList = (
  list: unknown,
  path: string,
  max: number,
  issues: InputIssue[],
): list is readonly unknown[] => {
  if (!Array.isArray(list)) {
    issues.push({ path, code: "invalid_type", message: "expected a list" });
    return false;
  }
  if (list.length > max) {
    issues.push({
      path,
      code: "too_long",
      message: `expected at most ${max} items, got ${list.length}`,
    });
    return false;
  }
  const hole = firstHole(list);
  if (hole !== undefined) {
    issues.push(holeIssue(path, hole));
    return false;
  }
  return true;
};

/**
 * The options of the generators of ranked profiles.
 *
 * @category generators
 */
export interface RankedGeneratorOptions extends GeneratorOptions {
  /**
   * Keep only each voter's top `truncate` candidates (a whole number from 1 to the number of
   * candidates); the others are left unranked. Default: complete rankings.
   */
  readonly truncate?: number;
}

/**
 * The most voters a generator draws (2^31 - 1): the urn model indexes voters in 32 bits, and every
 * generator takes time in proportion to its voters.
 *
 * @category generators
 */
export const MAX_VOTERS = 2_147_483_647;

/** Pushes an issue when `value` is not a whole number within [min, max]. @internal */
export const checkWhole = (
  value: number,
  path: string,
  min: number,
  max: number,
  issues: InputIssue[],
): boolean => {
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    issues.push({
      path,
      code: "not_whole",
      message: `expected a whole number, got ${String(value)}`,
    });
    return false;
  }
  if (value < min || value > max) {
    issues.push({
      path,
      code: "out_of_range",
      message: `expected a whole number from ${min} to ${max}, got ${value}`,
    });
    return false;
  }
  return true;
};

/** Pushes an issue when `value` is not a number within [min, max]. @internal */
export const checkUnit = (
  value: number,
  path: string,
  issues: InputIssue[],
  min = 0,
  max = 1,
): boolean => {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
    issues.push({
      path,
      code: "out_of_range",
      message: `expected a number from ${min} to ${max}, got ${String(value)}`,
    });
    return false;
  }
  return true;
};

/** Pushes an issue when `value` is not a finite number ≥ 0. @internal */
export const checkNonNegative = (value: number, path: string, issues: InputIssue[]): boolean => {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    issues.push({
      path,
      code: "out_of_range",
      message: `expected a finite number ≥ 0, got ${String(value)}`,
    });
    return false;
  }
  return true;
};

/** The candidate names of the options, or `undefined` after pushing the issues. @internal */
export const candidateNames = (
  candidates: number | readonly string[],
  issues: InputIssue[],
): readonly string[] | undefined => {
  if (typeof candidates === "number") {
    if (!checkWhole(candidates, "candidates", 1, MAX_CANDIDATES, issues)) return undefined;
    return Array.from({ length: candidates }, (_, c) => `c${c}`);
  }
  if (!Array.isArray(candidates) || candidates.length === 0) {
    issues.push({
      path: "candidates",
      code: "too_small",
      message: "list at least one candidate (or give their number)",
    });
    return undefined;
  }
  if (candidates.length > MAX_CANDIDATES) {
    issues.push({
      path: "candidates",
      code: "too_many_candidates",
      message: `at most ${MAX_CANDIDATES} candidates, got ${candidates.length}`,
    });
    return undefined;
  }
  const hole = firstHole(candidates);
  if (hole !== undefined) {
    issues.push(holeIssue("candidates", hole));
    return undefined;
  }
  const seen = new Map<string, number>();
  let ok = true;
  candidates.forEach((name: unknown, c) => {
    if (typeof name !== "string") {
      issues.push({
        path: `candidates[${c}]`,
        code: "invalid_type",
        message: "expected a string",
      });
      ok = false;
    } else if (seen.has(name)) {
      issues.push({
        path: `candidates[${c}]`,
        code: "duplicate_candidate",
        message: `${JSON.stringify(name)} is listed twice (first at candidates[${seen.get(name)}])`,
      });
      ok = false;
    } else {
      seen.set(name, c);
    }
  });
  return ok ? [...candidates] : undefined;
};

/** The checked common options. @internal */
export interface Checked {
  readonly names: readonly string[];
  readonly n: number;
  readonly voters: number;
  /** How many top positions each ranked ballot keeps (`n` when not truncated). */
  readonly keep: number;
}

/**
 * Checks the common options (and `truncate`, for ranked generators), pushing every issue.
 *
 * @internal
 */
export const checkCommon = (
  options: GeneratorOptions & { readonly truncate?: number },
  issues: InputIssue[],
): Checked | undefined => {
  const names = candidateNames(options.candidates, issues);
  const votersOk = checkWhole(options.voters, "voters", 0, MAX_VOTERS, issues);
  if (typeof options.seed !== "string") {
    issues.push({ path: "seed", code: "invalid_type", message: "expected a string" });
  }
  if (names === undefined) return undefined;
  const n = names.length;
  let keep = n;
  if (options.truncate !== undefined) {
    if (checkWhole(options.truncate, "truncate", 1, n, issues)) keep = options.truncate;
  }
  return votersOk ? { names, n, voters: options.voters, keep } : undefined;
};

/**
 * Runs a generator on options that may not even be an object (a JavaScript caller): anything but
 * an object is an `InvalidInput`, and nothing the generator meets escapes as a throw.
 *
 * @internal
 */
export const withOptions = <A>(
  options: unknown,
  generate: () => E.Either<DecideError, A>,
): E.Either<DecideError, A> => {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    return optionsError([
      { path: "", code: "invalid_type", message: "expected the generator's options as an object" },
    ]);
  }
  try {
    return generate();
  } catch (cause) {
    return E.left(
      invalidInputAt(
        "",
        "unreadable",
        `the options could not be read (${cause instanceof Error ? cause.message : "unknown cause"})`,
      ),
    );
  }
};

/** The `InvalidInput` for a generator's options. @internal */
export const optionsError = (issues: readonly InputIssue[]): E.Either<DecideError, never> =>
  E.left(invalidInput(issues));

/**
 * Builds a profile from the rows a sampler emits: `emit` receives `add`, which passes each row
 * (in the kind's encoding, with an optional count) straight to a `ProfileBuilder`.
 *
 * @internal
 */
export const buildFrom = <K extends "ranked" | "approval">(
  kind: K,
  names: readonly string[],
  emit: (add: (row: ArrayLike<number>, count?: number) => void) => void,
  expectedRows?: number,
): E.Either<DecideError, ProfileOf<K>> => {
  const builder = createProfileBuilder(
    kind,
    names,
    expectedRows === undefined ? {} : { expectedRows },
  );
  let refused: string | undefined;
  try {
    emit((row, count = 1) => {
      if (refused !== undefined) return;
      refused = builder.add(row, count);
    });
  } catch (cause) {
    // The one way sampling can fail on valid options: memory runs out for a huge profile.
    return E.left(
      unsupported(
        "too_large",
        `The profile could not be built in memory (${cause instanceof Error ? cause.message : "unknown cause"}).`,
      ),
    );
  }
  // A generator only emits rows it encoded itself; a refusal is a bug, reported rather than thrown.
  if (refused !== undefined) return optionsError([{ path: "", code: "refused", message: refused }]);
  return builder.build();
};

/**
 * Writes the ranking `order` (candidate indices, best first) into `row` as tiers, keeping the top
 * `keep` positions and leaving the rest unranked.
 *
 * @internal
 */
export const writeRanking = (order: ArrayLike<number>, keep: number, row: Uint16Array): void => {
  const n = order.length;
  for (let k = 0; k < n; k++) row[order[k] as number] = k < keep ? k : UNRANKED;
};
