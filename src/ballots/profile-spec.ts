/**
 * An election spec that carries a profile already built (`{ method, profile, options?, seats?,
 * tieBreak? }`), so that a profile read from a file (`parseProfile`), made by a builder or by
 * `rankedProfile` runs through the same boundary as JSON ballots.
 *
 * The profile is not trusted because it has the right type: it may come from anywhere (a worker,
 * a cache, code that filled the arrays by hand). Its arrays are checked for shape and read again
 * through a {@link ProfileBuilder}, which applies the same rules as every other way in (tiers are
 * whole numbers below n, scores in the declared range, grades on the scale, counts exact and
 * summable), so a method never sees a profile those rules would have refused. That pass is O(B n)
 * for B distinct ballots, the cost of reading the profile once.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import { type DecideError, type InputIssue, invalidInput, invalidInputAt } from "../core/errors.js";
import { rational } from "../core/rational.js";
import type { TieBreakPolicy } from "../core/tie-break.js";
import { describeValue, validate } from "../core/validation.js";
import { createProfileBuilder } from "./builder.js";
import { type BallotKind, NO_GRADE, NO_SCORE, type Profile } from "./profile.js";
import { ProfileSpecSchema } from "./schemas.js";
import { checkTieBreak, MAX_CANDIDATES, MAX_ISSUES } from "./spec.js";

/**
 * An election spec over a built {@link Profile} (DESIGN.md 3.2, with `profile` in place of
 * `candidates` and `ballots`).
 *
 * @category ballots
 */
export interface ProfileSpec {
  /** The registry id of the method. */
  readonly method: string;
  /** The profile to count. */
  readonly profile: Profile;
  /** The number of seats, for methods that fill several. */
  readonly seats?: number;
  /** The method's options. `range` and `scale`, if given, must equal the profile's. */
  readonly options?: Readonly<Record<string, unknown>>;
  /** The tie-break policy (default `{ kind: "lexicographic" }`). */
  readonly tieBreak?: TieBreakPolicy;
}

/**
 * True when a spec carries a `profile` (an own property), so that `decide` reads it with
 * {@link parseProfileSpec}.
 *
 * @internal
 */
export const hasProfile = (input: unknown): boolean => {
  try {
    return typeof input === "object" && input !== null && Object.hasOwn(input, "profile");
  } catch {
    // A proxy that throws: the spec's own check reports it as unreadable, with a path.
    return false;
  }
};

/**
 * Checks a spec that carries a built profile: its shape, that it does not also give `candidates`
 * or `ballots`, that the profile is well formed, that `seats` and the tie-break order fit its
 * candidates and that `options.range` / `options.scale` (if given) agree with it. Returns the
 * spec and the profile as read again, or `InvalidInput` (the profile's problems at path
 * `profile`).
 *
 * @example
 * ```ts
 * import { parseProfileSpec, rankedProfile } from "co-decide/ballots";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const profile = rankedProfile(["a", "b"], ["a>b", "b>a", "a"]);
 * E.isRight(profile) && E.isRight(parseProfileSpec({ method: "irv", profile: profile.right }));
 * // => true
 * parseProfileSpec({ method: "irv", profile: { kind: "ranked" } });
 * // => left: InvalidInput with an issue at path "profile"
 * ```
 *
 * @category ballots
 */
export const parseProfileSpec = (
  input: unknown,
): E.Either<DecideError, { readonly spec: ProfileSpec; readonly profile: Profile }> => {
  try {
    return readProfileSpec(input);
  } catch (cause) {
    // A getter or proxy that throws while the spec is read.
    return E.left(
      invalidInputAt(
        "",
        "unreadable",
        `the input could not be read (${cause instanceof Error ? cause.message : "unknown cause"})`,
      ),
    );
  }
};

const readProfileSpec = (
  input: unknown,
): E.Either<DecideError, { readonly spec: ProfileSpec; readonly profile: Profile }> => {
  const both = ["candidates", "ballots"].filter(
    (key) => typeof input === "object" && input !== null && Object.hasOwn(input, key),
  );
  if (both.length > 0) {
    return E.left(
      invalidInput(
        both.map((key) => ({
          path: key,
          code: "profile_and_ballots",
          message: "give either a profile or candidates and ballots, not both",
        })),
      ),
    );
  }
  return pipe(
    validate(ProfileSpecSchema, input),
    E.flatMap((spec) => {
      const issues: InputIssue[] = [];
      const read = readProfile(spec.profile, issues);
      if (read === undefined || issues.length > 0) return E.left(invalidInput(issues));
      return pipe(
        read,
        E.flatMap((profile) => {
          const n = profile.candidates.length;
          if (spec.seats !== undefined && spec.seats > n) {
            issues.push({
              path: "seats",
              code: "too_many_seats",
              message: `${spec.seats} seats, but only ${n} candidates`,
            });
          }
          checkTieBreak(spec.tieBreak, profile.candidates, issues);
          checkAgrees(
            spec.options,
            "range",
            profile.kind === "score" ? profile.range : undefined,
            issues,
          );
          checkAgrees(
            spec.options,
            "scale",
            profile.kind === "grades" ? profile.scale : undefined,
            issues,
          );
          if (issues.length > 0) return E.left(invalidInput(issues.slice(0, MAX_ISSUES)));
          return E.right({ spec: { ...spec, profile } as ProfileSpec, profile });
        }),
      );
    }),
  );
};

const CELLS = {
  ranked: ["ranks", "Uint16Array"],
  approval: ["approvals", "Uint8Array"],
  score: ["scores", "Int32Array"],
  grades: ["grades", "Uint16Array"],
} as const satisfies Record<BallotKind, readonly [string, string]>;

/** `Object.prototype.toString` names a typed array's class across realms (workers, iframes). */
const isTyped = (value: unknown, name: string): value is ArrayLike<number> =>
  Object.prototype.toString.call(value) === `[object ${name}]`;

/**
 * Checks a profile's shape and reads its rows again through a builder, pushing the first problem
 * found onto `issues` (path `profile`). Returns the builder's result, or `undefined` after a
 * problem.
 */
const readProfile = (
  value: object,
  issues: InputIssue[],
): E.Either<DecideError, Profile> | undefined => {
  const refuse = (message: string): undefined => {
    issues.push({ path: "profile", code: "invalid_profile", message });
    return undefined;
  };
  const profile = value as Readonly<Record<string, unknown>>;
  const kind = profile["kind"];
  if (typeof kind !== "string" || !Object.hasOwn(CELLS, kind)) {
    return refuse(
      `expected a profile (from rankedProfile, parseProfile or a profile builder) with kind "ranked", "approval", "score" or "grades", got kind ${describeValue(kind)}`,
    );
  }
  const [field, arrayType] = CELLS[kind as BallotKind];
  const candidates = profile["candidates"];
  if (
    !Array.isArray(candidates) ||
    candidates.length === 0 ||
    candidates.length > MAX_CANDIDATES ||
    !candidates.every((name) => typeof name === "string") ||
    new Set(candidates).size !== candidates.length
  ) {
    return refuse(`candidates must be 1 to ${MAX_CANDIDATES} distinct names`);
  }
  const n = candidates.length;
  const ballotCount = profile["ballotCount"];
  const counts = profile["counts"];
  const denominator = profile["countDenominator"];
  const cells = profile[field];
  if (typeof ballotCount !== "number" || !Number.isSafeInteger(ballotCount) || ballotCount < 0) {
    return refuse(`ballotCount must be a whole number, got ${describeValue(ballotCount)}`);
  }
  if (!isTyped(counts, "Float64Array") || counts.length !== ballotCount) {
    return refuse(`counts must be a Float64Array of ballotCount (${ballotCount}) counts`);
  }
  if (typeof denominator !== "number" || !Number.isSafeInteger(denominator) || denominator < 1) {
    return refuse(
      `countDenominator must be a whole number from 1, got ${describeValue(denominator)}`,
    );
  }
  if (!isTyped(cells, arrayType) || cells.length !== ballotCount * n) {
    return refuse(
      `${field} must be a ${arrayType} of ballotCount × candidates (${ballotCount} × ${n}) cells`,
    );
  }
  const range = profile["range"] as { readonly min: number; readonly max: number } | undefined;
  if (
    kind === "score" &&
    !(
      typeof range === "object" &&
      range !== null &&
      Number.isSafeInteger(range.min) &&
      Number.isSafeInteger(range.max) &&
      range.min < range.max &&
      range.min > NO_SCORE &&
      range.max <= 0x7fffffff
    )
  ) {
    return refuse("a score profile needs range { min, max }, whole numbers with min < max");
  }
  const scale = profile["scale"];
  if (
    kind === "grades" &&
    !(
      Array.isArray(scale) &&
      scale.length > 0 &&
      scale.length < NO_GRADE &&
      scale.every((grade) => typeof grade === "string") &&
      new Set(scale).size === scale.length
    )
  ) {
    return refuse("a graded profile needs scale, a list of distinct grade names, best first");
  }

  const builder = createProfileBuilder(kind as BallotKind, candidates as string[], {
    ...(kind === "score" && range !== undefined ? { range } : {}),
    ...(kind === "grades" ? { scale: scale as string[] } : {}),
    expectedRows: ballotCount,
  });
  const rows = cells as Uint8Array | Uint16Array | Int32Array;
  const den = BigInt(denominator);
  for (let b = 0; b < ballotCount; b++) {
    const count = counts[b] as number;
    if (!Number.isSafeInteger(count) || count < 0) {
      return refuse(
        `row ${b}: counts[${b}] must be a whole number (a count times countDenominator), got ${count}`,
      );
    }
    const refused = builder.add(
      rows.subarray(b * n, (b + 1) * n),
      denominator === 1 ? count : rational(BigInt(count), den),
    );
    if (refused !== undefined) return refuse(`row ${b}: ${refused}`);
  }
  const built = builder.build();
  if (E.isRight(built) && built.right.totalCountExact !== profile["totalCountExact"]) {
    return refuse(
      `totalCountExact is ${describeValue(profile["totalCountExact"])}, but the counts sum to ${built.right.totalCountExact}`,
    );
  }
  return built;
};

/** Refuses `options[key]` when given and different from the profile's own value. */
const checkAgrees = (
  options: Readonly<Record<string, unknown>> | undefined,
  key: "range" | "scale",
  own: unknown,
  issues: InputIssue[],
): void => {
  if (options === undefined || !Object.hasOwn(options, key)) return;
  if (own !== undefined && sameValue(options[key], own)) return;
  issues.push({
    path: `options.${key}`,
    code: "conflicts_with_profile",
    message:
      own === undefined
        ? `a ${key} is read with the ballots; this profile has none to set`
        : `the profile was built with ${key} ${JSON.stringify(own)}; options.${key} must be the same or left out`,
  });
};

/** Plain-data equality for ranges and scales (key order does not matter). */
const sameValue = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every(
      (key) =>
        Object.hasOwn(b, key) &&
        sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
};
