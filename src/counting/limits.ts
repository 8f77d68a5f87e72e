/**
 * The work limits of the voting methods: each {@link MethodDefinition} declares, from its
 * complexity, how many candidates it counts within about two seconds (and, for the methods whose
 * tally grows with profile rows (distinct ballots) × candidate pairs, how many such pairs), and `decide` checks
 * them before the count starts. An election spec raises them with `limits: { candidates, pairs }`,
 * each up to the method's hard ceiling.
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import type { Profile } from "../ballots/profile.js";
import { type DecideError, invalidInput } from "../core/errors.js";
import { checkWork, defineLimit, resolveLimit, type WorkLimit } from "../core/limits.js";
import type { MethodDefinition, MethodLimits } from "./method.js";

/**
 * The default of every pairs limit: 200 million distinct-ballot × candidate-pair steps of the
 * pairwise tally take about a second; `limits.pairs` raises it to 5 billion.
 */
const PAIRS_DEFAULT = 200_000_000;
const PAIRS_CEILING = 5_000_000_000;

/**
 * Declares a method's limits: `candidates` up to `defaultCandidates` (raised by
 * `limits.candidates` up to `ceiling`), and with `pairs` a limit on profile rows × candidate
 * pairs (raised by `limits.pairs`).
 *
 * @internal
 */
export const methodLimits = (
  id: string,
  defaultCandidates: number,
  ceiling: number,
  options: { readonly pairs?: boolean } = {},
): MethodLimits => ({
  candidates: defineLimit({
    name: `${id}.candidates`,
    unit: "candidates",
    default: defaultCandidates,
    ceiling,
    option: "limits.candidates",
  }),
  ...(options.pairs === true
    ? {
        pairs: defineLimit({
          name: `${id}.pairs`,
          unit: "ballot pairs (profile rows × candidate pairs)",
          default: PAIRS_DEFAULT,
          ceiling: PAIRS_CEILING,
          option: "limits.pairs",
        }),
      }
    : {}),
});

/**
 * Checks a profile against a method's limits, as raised by an election spec's `limits` (any
 * value: a bad one is an `InvalidInput` at `limits.candidates` or `limits.pairs`). Returns
 * `Unsupported` (`work_limit`) for a profile past a limit, before any counting.
 *
 * @internal
 */
export const checkMethodLimits = (
  method: Pick<MethodDefinition<unknown>, "limits">,
  profile: Profile,
  requested: unknown,
): E.Either<DecideError, undefined> => {
  const n = profile.candidates.length;
  const check = (limit: WorkLimit | undefined, key: string, size: number) =>
    limit === undefined
      ? E.right(undefined)
      : pipe(
          resolveLimit(limit, field(requested, key)),
          E.mapLeft((error): DecideError => invalidInput(error.issues)),
          E.flatMap((allowed): E.Either<DecideError, undefined> => checkWork(limit, size, allowed)),
        );
  return pipe(
    check(method.limits.candidates, "candidates", n),
    E.flatMap(() => check(method.limits.pairs, "pairs", (profile.ballotCount * n * (n - 1)) / 2)),
  );
};

/**
 * Checks `n` candidates against a candidates limit raised to `requested` (for the typed functions
 * that return an `Either`): `InvalidInput` for a bad `requested`, `Unsupported` past the limit.
 *
 * @internal
 */
export const checkCandidates = (
  limit: WorkLimit,
  n: number,
  requested: unknown,
): E.Either<DecideError, undefined> =>
  pipe(
    resolveLimit(limit, requested),
    E.mapLeft((error): DecideError => invalidInput(error.issues)),
    E.flatMap((allowed): E.Either<DecideError, undefined> => checkWork(limit, n, allowed)),
  );

const field = (value: unknown, key: string): unknown =>
  typeof value === "object" && value !== null && Object.hasOwn(value, key)
    ? (value as Readonly<Record<string, unknown>>)[key]
    : undefined;
