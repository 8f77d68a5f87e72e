/**
 * The one bridge from zod to fp-ts `Either` that every boundary function uses.
 *
 * co-decide validates with `zod/mini` (about 4 kB gzipped in a browser bundle, against about 93 kB
 * for zod classic). `zod/mini` ships no English messages by default, so this bridge writes its own
 * from each issue's code and the value found at its path, e.g.
 * `ballots[3].count: expected a number, got string "4"`.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type * as z from "zod/mini";
import { type InputIssue, type InvalidInput, invalidInput, invalidInputAt } from "./errors.js";

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes a path the way a JavaScript reader would: `ballots[3].ranking[0]`, `scores["a b"]`.
 * The root is the empty string.
 *
 * @example
 * ```ts
 * import { formatPath } from "co-decide/core";
 *
 * formatPath(["ballots", 3, "ranking", 0]); // => "ballots[3].ranking[0]"
 * ```
 *
 * @category validation
 */
export const formatPath = (path: readonly PathKey[]): string => {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "symbol") out += `[${String(key)}]`;
    else if (IDENTIFIER.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
};

/**
 * Describes a value briefly for an error message: `string "4"`, `null`, `array`, `number NaN`.
 *
 * @category validation
 */
export const describeValue = (value: unknown): string => {
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case "number":
      return `number ${String(value)}`;
    case "bigint":
      return `bigint ${String(value)}`;
    case "boolean":
      return `boolean ${String(value)}`;
    case "object":
      return "an object";
    default:
      return typeof value;
  }
};

const valueAt = (input: unknown, path: readonly PathKey[]): unknown => {
  try {
    let here: unknown = input;
    for (const key of path) {
      if (typeof here !== "object" || here === null) return undefined;
      if (!Object.hasOwn(here, key)) return undefined;
      here = (here as Record<PropertyKey, unknown>)[key];
    }
    return here;
  } catch {
    return undefined;
  }
};

/** True when the last key of `path` is absent from the object that should hold it. */
const isMissing = (input: unknown, path: readonly PathKey[]): boolean => {
  const key = path.at(-1);
  if (key === undefined) return input === undefined;
  const parent = valueAt(input, path.slice(0, -1));
  return typeof parent === "object" && parent !== null && !Object.hasOwn(parent, key);
};

const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  int: "a whole number",
  number: "a number",
  string: "a string",
  array: "an array",
  object: "an object",
  boolean: "true or false",
  record: "an object",
  nonoptional: "a value",
};

const describeExpected = (expected: string): string => EXPECTED_WORDS[expected] ?? expected;

const bound = (
  kind: "at least" | "at most" | "more than" | "less than",
  value: unknown,
  origin: string,
): string => {
  switch (origin) {
    case "array":
    case "set":
      return `${kind} ${String(value)} item${value === 1 ? "" : "s"}`;
    case "string":
      return `${kind} ${String(value)} character${value === 1 ? "" : "s"}`;
    default:
      return `${kind} ${String(value)}`;
  }
};

const GENERIC = "Invalid input";

/** Writes the English message for one zod issue, given the input it was found in. */
const messageFor = (issue: Issue, input: unknown): string => {
  if (issue.message !== "" && issue.message !== GENERIC) return issue.message;
  const found = describeValue(valueAt(input, issue.path));
  switch (issue.code) {
    case "invalid_type":
      return isMissing(input, issue.path)
        ? `required: expected ${describeExpected(issue.expected)}`
        : `expected ${describeExpected(issue.expected)}, got ${found}`;
    case "too_small":
      return `must have ${bound(issue.inclusive === false ? "more than" : "at least", issue.minimum, issue.origin)}, got ${found}`;
    case "too_big":
      return `must have ${bound(issue.inclusive === false ? "less than" : "at most", issue.maximum, issue.origin)}, got ${found}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(String(v))).join(", ")}, got ${found}`;
    case "unrecognized_keys":
      return `unknown key${issue.keys.length === 1 ? "" : "s"} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}`;
    case "invalid_union":
      return `does not match any accepted form, got ${found}`;
    case "invalid_format":
      return `expected the ${issue.format} format, got ${found}`;
    case "not_multiple_of":
      return `must be a multiple of ${String(issue.divisor)}, got ${found}`;
    case "invalid_key":
      return "has an invalid key";
    case "invalid_element":
      return "has an invalid element";
    default:
      return `invalid value, got ${found}`;
  }
};

/**
 * Turns zod issues into {@link InputIssue}s with readable paths and messages.
 *
 * @param prefix - path keys to put before each issue's own path (for a value validated inside a
 *   larger input).
 * @category validation
 */
export const toInputIssues = (
  issues: readonly Issue[],
  input: unknown,
  prefix: readonly PathKey[] = [],
): InputIssue[] =>
  expandUnions(issues, input).map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    code: issue.code,
    message: messageFor(issue, input),
  }));

/**
 * Replaces each union failure by the issues of the branch the input most nearly matched, so that
 * `{ approve: [1] }` reports `approve[0]: expected a string` rather than "matches no form". The
 * nearest branch is the one with the fewest missing or unknown keys, then the deepest issue.
 */
const expandUnions = (issues: readonly Issue[], input: unknown): Issue[] =>
  issues.flatMap((issue): Issue[] => {
    if (issue.code !== "invalid_union" || issue.errors.length === 0) return [issue];
    const branches = issue.errors.map((branch) =>
      branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue),
    );
    const misfit = (branch: readonly Issue[]): number =>
      branch.filter(
        (inner) =>
          inner.code === "unrecognized_keys" ||
          (inner.code === "invalid_type" &&
            (inner.path.length === issue.path.length || isMissing(input, inner.path))),
      ).length;
    const depth = (branch: readonly Issue[]): number =>
      Math.max(0, ...branch.map((inner) => inner.path.length));
    let best = branches[0] as Issue[];
    for (const branch of branches.slice(1)) {
      const better =
        misfit(branch) < misfit(best) ||
        (misfit(branch) === misfit(best) && depth(branch) > depth(best));
      if (better) best = branch;
    }
    // When every branch failed at the value itself, one "matches no form" line says it best.
    if (best.every((inner) => inner.path.length === issue.path.length)) return [issue];
    return expandUnions(best, input);
  });

/**
 * Validates `input` against a zod schema and returns the parsed value or an {@link InvalidInput}
 * listing every issue with its path. Never throws, even on inputs whose getters throw.
 *
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * import { validate } from "co-decide/core";
 *
 * validate(z.object({ seats: z.int() }), { seats: "3" });
 * // => left: InvalidInput, issues [{ path: "seats", code: "invalid_type",
 * //    message: 'expected a number, got string "3"' }]
 * ```
 *
 * @category validation
 */
export const validate = <T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
): E.Either<InvalidInput, T> => {
  try {
    const result = schema.safeParse(input);
    return result.success
      ? E.right(result.data)
      : E.left(invalidInput(toInputIssues(result.error.issues, input)));
  } catch (cause) {
    return E.left(
      invalidInputAt(
        "",
        "unreadable",
        `the input could not be read (${cause instanceof Error ? cause.message : "unknown cause"})`,
      ),
    );
  }
};
