/**
 * Work limits: the one answer the library gives to every cost that grows with its input.
 *
 * A function whose time or memory grows with its input declares a {@link WorkLimit}: what is
 * measured (candidates, players, samples, months...), a default that keeps a call under about two
 * seconds on a small two-core machine, the option that raises it, and a hard ceiling that no
 * option passes. The function checks the input's size against the limit *before* it starts work
 * ({@link checkWork}) and refuses a larger input with an {@link Unsupported} error that names the
 * limit, the input's size and the option, so that no call hangs and the caller knows what to do.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type InvalidInput, invalidInputAt, type Unsupported } from "./errors.js";

/**
 * A declared limit on the work one function will do.
 *
 * @category limits
 */
export interface WorkLimit {
  /** A stable machine name, `<function>.<what>`, e.g. `"schulze.candidates"`. */
  readonly name: string;
  /** What is measured, in the plural, as a sentence would say it: `"candidates"`, `"players"`. */
  readonly unit: string;
  /** The default, chosen so that a call stays under about 2 s on a two-core machine. */
  readonly default: number;
  /** The most any option may raise it to. */
  readonly ceiling: number;
  /** The option that raises it, as the caller writes it: `"options.maxCandidates"`. */
  readonly option: string;
}

/**
 * What an {@link Unsupported} error carries when an input passes a {@link WorkLimit}.
 *
 * @category limits
 */
export interface LimitDetails {
  /** The limit's {@link WorkLimit.name}. */
  readonly name: string;
  /** The limit in force for this call (the default, or what the option asked for). */
  readonly limit: number;
  /** The input's size, in the limit's unit. */
  readonly size: number;
  /** The option that raises the limit. */
  readonly option: string;
  /** The most that option may ask for. */
  readonly ceiling: number;
}

/**
 * Declares a work limit (and freezes it). Write a module-level limit as
 * `/* @__PURE__ *\/ defineLimit({...})` so that bundlers drop it when nothing reads it.
 *
 * @example
 * ```ts
 * import { defineLimit } from "co-decide/core";
 *
 * const CANDIDATES = defineLimit({
 *   name: "schulze.candidates", unit: "candidates", default: 300, ceiling: 2000,
 *   option: "options.maxCandidates",
 * });
 * ```
 *
 * @category limits
 */
export const defineLimit = (limit: WorkLimit): WorkLimit => Object.freeze({ ...limit });

/**
 * The limit in force for one call: the default when `requested` is `undefined`, else `requested`
 * if it is a whole number from 1 to the ceiling, else an `InvalidInput` at the limit's option.
 *
 * @example
 * ```ts
 * import { defineLimit, resolveLimit } from "co-decide/core";
 *
 * const L = defineLimit({ name: "f.n", unit: "items", default: 10, ceiling: 100, option: "options.maxItems" });
 * resolveLimit(L, undefined); // => right: 10
 * resolveLimit(L, 50); // => right: 50
 * resolveLimit(L, 500); // => left: InvalidInput at options.maxItems
 * ```
 *
 * @category limits
 */
export const resolveLimit = (
  limit: WorkLimit,
  requested: unknown,
): E.Either<InvalidInput, number> => {
  if (requested === undefined) return E.right(limit.default);
  if (
    typeof requested !== "number" ||
    !Number.isInteger(requested) ||
    requested < 1 ||
    requested > limit.ceiling
  ) {
    return E.left(
      invalidInputAt(
        limit.option,
        "out_of_range",
        `expected a whole number from 1 to ${limit.ceiling} (the hard ceiling of ${limit.unit} for ${limit.name}), got ${describe(requested)}`,
      ),
    );
  }
  return E.right(requested);
};

/**
 * Refuses, before any work, an input whose `size` passes the limit in force (`allowed`, by default
 * the limit's default): an `Unsupported` with reason `"work_limit"` and {@link LimitDetails}.
 *
 * @example
 * ```ts
 * import { checkWork, defineLimit } from "co-decide/core";
 *
 * const L = defineLimit({ name: "f.n", unit: "items", default: 10, ceiling: 100, option: "options.maxItems" });
 * checkWork(L, 5); // => right: undefined
 * checkWork(L, 20); // => left: Unsupported "... 20 items, past the work limit of 10 ... options.maxItems ..."
 * ```
 *
 * @category limits
 */
export const checkWork = (
  limit: WorkLimit,
  size: number,
  allowed: number = limit.default,
): E.Either<Unsupported, undefined> =>
  size <= allowed ? E.right(undefined) : E.left(workLimitError(limit, size, allowed));

/**
 * The `Unsupported` error for an input of `size` past the limit in force, `allowed`.
 *
 * @category limits
 */
export const workLimitError = (limit: WorkLimit, size: number, allowed: number): Unsupported => {
  const raise =
    allowed < limit.ceiling
      ? `set ${limit.option} (up to ${limit.ceiling}) to allow more`
      : `${limit.ceiling} is the hard ceiling`;
  return {
    _tag: "Unsupported",
    reason: "work_limit",
    message: `This input has ${size} ${limit.unit}, past the work limit of ${allowed} for ${limit.name}; ${raise}.`,
    limit: { name: limit.name, limit: allowed, size, option: limit.option, ceiling: limit.ceiling },
  };
};

const describe = (value: unknown): string =>
  typeof value === "number" ? String(value) : typeof value;
