/**
 * `decide`: the one boundary entry of the voting module (DESIGN.md 3.2). It reads an election spec
 * of unknown shape and returns the outcome of the method it names, or a {@link DecideError}.
 *
 * Three stages, each a value: the spec's shape and ballots are checked and the profile built
 * (`parseSpecWithProfile`, or `parseProfileSpec` for a spec that carries a built profile); then
 * its meaning for the method (the method exists, the ballots are of the kind it reads, its
 * options pass its schema); then the method runs. `createDecide` runs them over a chosen list of
 * methods; `decide` is `createDecide` over the registry.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import type { Profile } from "../ballots/profile.js";
import { hasProfile, parseProfileSpec } from "../ballots/profile-spec.js";
import { parseSpecWithProfile } from "../ballots/spec.js";
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
import { checkMethodLimits } from "../counting/limits.js";
import type { AnyMethodDefinition, MethodDefinition } from "../counting/method.js";
import { LEXICOGRAPHIC, wrongBallotKind } from "../counting/ranked.js";
import { METHODS } from "./registry.js";

/**
 * A `decide` function: an election spec of unknown shape in, an {@link Outcome} or a
 * {@link DecideError} out. {@link decide} is one over every registered method;
 * {@link createDecide} makes one over the methods you choose.
 *
 * @category decide
 */
export type Decide = (spec: unknown) => E.Either<DecideError, Outcome>;

/**
 * Makes a {@link decide} that knows only the methods given: the same spec, checks, errors and
 * outcomes, for pages that should not carry every method's code.
 *
 * @remarks
 * A bundler keeps what the returned function can reach: the methods listed and the shared
 * machinery (the spec and profile checks, zod, the profile builder), not the registry:
 * `createDecide([schulzeMethod, irvMethod])` bundles to about 25 kB minified and gzipped, against
 * 85 kB for `decide` (bench/results/bundle-size.md). An id not in the list is `UnknownMethod`, whose
 * `known` lists only these methods. If two definitions share an id, the later one is used, so a
 * list can replace a registered method with a variant of its own.
 *
 * @param methods - the method definitions to accept (`schulzeMethod`, `irvMethod`, ... from
 * `co-decide/voting`, or your own {@link MethodDefinition}s).
 * @returns a function with the contract of {@link decide}.
 * @example Two methods for a small page
 * ```ts
 * import { createDecide, irvMethod, schulzeMethod } from "co-decide/voting";
 *
 * const decide = createDecide([schulzeMethod, irvMethod]);
 * decide({ method: "irv", candidates: ["a", "b", "c"], ballots: ["a>b>c", "b>a>c", "c>b>a"] });
 * // => right: { method: "irv", winners: ["b"], ... }
 * decide({ method: "borda", candidates: ["a"], ballots: [] });
 * // => left: { _tag: "UnknownMethod", method: "borda", known: ["schulze", "irv"], ... }
 * ```
 *
 * @category decide
 */
export const createDecide = (methods: readonly AnyMethodDefinition[]): Decide => {
  const byId: ReadonlyMap<string, AnyMethodDefinition> = new Map(methods.map((m) => [m.id, m]));
  return (spec) => {
    try {
      return pipe(
        readSpec(spec, byId),
        E.flatMap(({ spec: checked, profile }) => checkMeaning(checked, profile, byId)),
        E.flatMap((meaning) => checkBallotRules(spec, meaning.method, meaning.options, meaning)),
        E.flatMap(({ method, profile, options, checked }) =>
          method.run(profile, {
            options,
            tieBreak: checked.tieBreak ?? LEXICOGRAPHIC,
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
};

/**
 * A method's own rules for single ballots (`checkBallots`), on the spec's ballots (already checked
 * for shape), every issue at its ballot's path.
 */
const checkBallotRules = <T>(
  spec: unknown,
  method: AnyMethodDefinition,
  options: unknown,
  passed: T,
): E.Either<DecideError, T> => {
  if (method.checkBallots === undefined) return E.right(passed);
  const ballots = (spec as { readonly ballots?: unknown }).ballots;
  if (!Array.isArray(ballots)) return E.right(passed);
  const issues = method.checkBallots(ballots, options);
  return issues.length === 0 ? E.right(passed) : E.left(invalidInput(issues));
};

const decideRegistered: Decide = /* @__PURE__ */ createDecide(METHODS);

/**
 * Runs the voting method an election spec names and returns its outcome: winners, the social
 * ranking, exact scores, rounds, every tie met and a plain-English explanation.
 *
 * @remarks
 * The spec is DESIGN.md 3.2's: `method` (a registry id such as `"irv"` or `"schulze"`),
 * `candidates`, `ballots`, optional `options` (checked by the method's own schema; unknown keys
 * are refused), `seats`, `tieBreak` (default `{ kind: "lexicographic" }`) and `limits`.
 *
 * In place of `candidates` and `ballots` a spec may carry a `profile` already built (by
 * `rankedProfile`, `parseProfile`, a profile builder, ...): `{ method, profile, options?, seats?,
 * tieBreak? }`. The profile is checked and read again before the count (see `parseProfileSpec`);
 * anything that is not a well-formed profile is `InvalidInput` at path `profile`, and so is a
 * spec with both a profile and `candidates` or `ballots`.
 *
 * Errors are values: `InvalidInput` with the path of every problem (`ballots[2]`,
 * `options.strength`), `UnknownMethod` with the known ids, `Unsupported` when a method declines a
 * valid input (for example exact Kemeny-Young on too many candidates). It never throws.
 *
 * `decide` knows every registered method, so a bundle that uses it carries them all; use
 * {@link createDecide} to carry only some.
 *
 * Work limits: every cost has one, checked before the work starts, and an input past it is
 * `Unsupported` with reason `"work_limit"`, naming the limit, the input's size and the option
 * that raises it. Reading the spec: `limits.ballots` (default 1,000,000) and `limits.cells`
 * (ballots × candidates, default 20 million). Counting: each method's `limits.candidates`,
 * declared from its complexity (for example 200 for Schulze, 10,000 for plurality, 22 for exact
 * Kemeny-Young; see `getMethod(id).limits`), and, for the methods built on the pairwise matrix
 * or on rounds over every ballot, `limits.pairs` (profile rows × candidate pairs, a row being a distinct ballot, default
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
 * @example A profile read from a PrefLib file
 * ```ts
 * import { parseProfile } from "co-decide/ballots";
 * import { decide } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const text = "# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 1: a\n# ALTERNATIVE NAME 2: b\n2: 1,2\n1: 2,1\n";
 * const profile = parseProfile(text, { format: "soc" });
 * E.isRight(profile) && decide({ method: "schulze", profile: profile.right });
 * // => right: { method: "schulze", winners: ["a"], ... }
 * ```
 *
 * @category decide
 */
export const decide = (spec: unknown): E.Either<DecideError, Outcome> => decideRegistered(spec);

/** What the shape stage hands on: the spec's settings and its profile. */
interface ReadSpec {
  readonly method: string;
  readonly options?: Readonly<Record<string, unknown>> | undefined;
  readonly seats?: number | undefined;
  readonly tieBreak?: TieBreakPolicy | undefined;
  readonly limits?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * The shape stage: a spec with a built profile, or one with candidates and ballots (whose profile
 * is built here, of the kind the named method reads when there are no ballots).
 */
const readSpec = (
  spec: unknown,
  byId: ReadonlyMap<string, AnyMethodDefinition>,
): E.Either<DecideError, { readonly spec: ReadSpec; readonly profile: Profile }> =>
  hasProfile(spec) ? parseProfileSpec(spec) : readBallots(spec, peekMethod(spec, byId));

/** Builds the profile of a spec with candidates and ballots, with the named method's defaults. */
const readBallots = (
  spec: unknown,
  method: AnyMethodDefinition | undefined,
): E.Either<DecideError, { readonly spec: ReadSpec; readonly profile: Profile }> =>
  parseSpecWithProfile(
    spec,
    method?.ballotKind,
    method?.defaultRange === undefined ? undefined : { range: method.defaultRange },
  );

/** The method a spec names, if the spec is an object naming a known one (used for empty profiles). */
const peekMethod = (
  spec: unknown,
  byId: ReadonlyMap<string, AnyMethodDefinition>,
): AnyMethodDefinition | undefined => {
  try {
    if (typeof spec !== "object" || spec === null || !Object.hasOwn(spec, "method")) {
      return undefined;
    }
    const id = (spec as { readonly method?: unknown }).method;
    return typeof id === "string" ? byId.get(id) : undefined;
  } catch {
    // A getter or proxy that throws: the spec's own check reports it as unreadable, with a path.
    return undefined;
  }
};

/** The meaning stage: the method exists, reads this kind of ballot, and accepts the options. */
const checkMeaning = (
  checked: ReadSpec,
  profile: Profile,
  byId: ReadonlyMap<string, AnyMethodDefinition>,
): E.Either<
  DecideError,
  {
    readonly method: AnyMethodDefinition;
    readonly profile: Profile;
    readonly options: unknown;
    readonly checked: ReadSpec;
  }
> => {
  const method = byId.get(checked.method);
  if (method === undefined) return E.left(unknownMethod(checked.method, [...byId.keys()]));
  if (profile.kind !== method.ballotKind) {
    const error = wrongBallotKind(method.id, method.ballotKind, profile.kind);
    // A spec that carries a profile has no ballots: the problem is the profile.
    return E.left(
      Object.hasOwn(checked, "profile") && error._tag === "InvalidInput"
        ? invalidInput(error.issues.map((issue) => ({ ...issue, path: "profile" })))
        : error,
    );
  }
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
