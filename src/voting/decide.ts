/**
 * `decide`: the one boundary entry of the voting module (DESIGN.md 3.2). It reads an election spec
 * of unknown shape and returns the outcome of the method it names, or a {@link DecideError}.
 *
 * Three stages, each a value: the spec's shape and ballots are checked and the profile built
 * (`parseSpecWithProfile`); then its meaning for the method (the method exists, the ballots are of
 * the kind it reads, its options pass its schema); then the method runs.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import type { Profile } from "../ballots/profile.js";
import { type ElectionSpec, parseSpecWithProfile } from "../ballots/spec.js";
import {
  type DecideError,
  type InputIssue,
  invalidInput,
  unknownMethod,
  unsupported,
} from "../core/errors.js";
import type { Outcome } from "../core/outcome.js";
import type { TieBreakPolicy } from "../core/tie-break.js";
import { validate } from "../core/validation.js";
import { checkMethodLimits } from "./internal/limits.js";
import { LEXICOGRAPHIC, wrongBallotKind } from "./internal/ranked.js";
import type { AnyMethodDefinition } from "./method.js";
import { getMethod, listMethods } from "./registry.js";

/**
 * Runs the voting method an election spec names and returns its outcome: winners, the social
 * ranking, exact scores, rounds, every tie met and a plain-English explanation.
 *
 * @remarks
 * The spec is DESIGN.md 3.2's: `method` (a registry id such as `"irv"` or `"schulze"`),
 * `candidates`, `ballots`, optional `options` (checked by the method's own schema; unknown keys
 * are refused), `seats`, `tieBreak` (default `{ kind: "lexicographic" }`) and `limits`. Errors are
 * values: `InvalidInput` with the path of every problem (`ballots[2]`, `options.strength`),
 * `UnknownMethod` with the known ids, `Unsupported` when a method declines a valid input. It
 * never throws.
 *
 * Work limits: every cost has one, checked before the work starts, and an input past it is
 * `Unsupported` with reason `"work_limit"`, naming the limit, the input's size and the option
 * that raises it. Reading the spec: `limits.ballots` (default 100,000) and `limits.cells`
 * (ballots × candidates, default 20 million). Counting: each method's `limits.candidates`,
 * declared from its complexity (for example 200 for Schulze, 10,000 for plurality, 22 for exact
 * Kemeny-Young; see `getMethod(id).limits`), and, for the methods built on the pairwise matrix
 * or on rounds over every ballot, `limits.pairs` (distinct ballots × candidate pairs, default
 * 200 million). A spec raises any of them, up to the limit's hard ceiling, for example
 * `limits: { candidates: 500 }`. At the defaults a call takes about 2 s or less on a small
 * two-core machine.
 *
 * @param spec - the election spec, of any shape.
 * @returns the {@link Outcome}, or the first stage's error.
 * @example Instant runoff on three ballots
 * ```ts
 * import { decide } from "co-decide/voting";
 *
 * decide({ method: "irv", candidates: ["a", "b", "c"], ballots: ["a>b>c", "b>a>c", "c>b>a"] });
 * // => right: { method: "irv", winners: ["b"], ... }
 * ```
 *
 * @category decide
 */
export const decide = (spec: unknown): E.Either<DecideError, Outcome> => {
  try {
    const method = peekMethod(spec);
    return pipe(
      parseSpecWithProfile(spec, method?.ballotKind),
      E.flatMap(({ spec: checked, profile }) => checkMeaning(checked, profile)),
      E.flatMap(({ method: found, profile, options, checked }) =>
        found.run(profile, {
          options,
          tieBreak: (checked.tieBreak as TieBreakPolicy | undefined) ?? LEXICOGRAPHIC,
          ...(checked.seats === undefined ? {} : { seats: checked.seats }),
        }),
      ),
    );
  } catch (cause) {
    return E.left(
      unsupported(
        "internal_error",
        `The count stopped on an internal error (${cause instanceof Error ? cause.message : "unknown cause"}); please report it.`,
      ),
    );
  }
};

/** The method a spec names, if the spec is an object naming a known one (used for empty profiles). */
const peekMethod = (spec: unknown): AnyMethodDefinition | undefined => {
  try {
    if (typeof spec !== "object" || spec === null || !Object.hasOwn(spec, "method")) {
      return undefined;
    }
    const id = (spec as { readonly method?: unknown }).method;
    return typeof id === "string" ? getMethod(id) : undefined;
  } catch {
    // A getter or proxy that throws: the spec's own check reports it as unreadable, with a path.
    return undefined;
  }
};

const checkMeaning = (
  checked: ElectionSpec,
  profile: Profile,
): E.Either<
  DecideError,
  {
    readonly method: AnyMethodDefinition;
    readonly profile: Profile;
    readonly options: unknown;
    readonly checked: ElectionSpec;
  }
> => {
  const method = getMethod(checked.method);
  if (method === undefined)
    return E.left(
      unknownMethod(
        checked.method,
        listMethods().map((m) => m.id),
      ),
    );
  if (profile.kind !== method.ballotKind)
    return E.left(wrongBallotKind(method.id, method.ballotKind, profile.kind));
  return pipe(
    validate(method.options, checked.options ?? {}),
    E.mapLeft((error) => invalidInput(error.issues.map(underOptions))),
    E.flatMap((options) => pipe(checkMethodLimits(method, profile, checked.limits), E.as(options))),
    E.map((options) => ({ method, profile, options, checked })),
  );
};

const underOptions = (issue: InputIssue): InputIssue => ({
  ...issue,
  path:
    issue.path === ""
      ? "options"
      : issue.path.startsWith("[")
        ? `options${issue.path}`
        : `options.${issue.path}`,
});
