/**
 * The errors every boundary function returns, as data.
 *
 * `DecideError` is a discriminated union on `_tag` (DESIGN.md 3.1). The `_tag` and the structured
 * fields are public API and stay stable; each error also carries a `message` in plain English, and
 * {@link formatDecideError} renders the whole error (with every path or position) as one text.
 *
 * @module
 */
import type { LimitDetails } from "./limits.js";

/**
 * One problem found in an input, with where it is.
 *
 * @category errors
 */
export interface InputIssue {
  /** Where the problem is, as a path such as `ballots[3].ranking[0]` (empty for the input itself). */
  readonly path: string;
  /** A stable machine code, e.g. `invalid_type`, `unknown_candidate`, `duplicate_candidate`. */
  readonly code: string;
  /** What is wrong, in plain English. */
  readonly message: string;
}

/**
 * The input did not have the expected shape or meaning. Every problem found is listed.
 *
 * @category errors
 */
export interface InvalidInput {
  readonly _tag: "InvalidInput";
  readonly message: string;
  readonly issues: readonly InputIssue[];
}

/**
 * A text or file could not be read. Lines and columns count from 1.
 *
 * @category errors
 */
export interface ParseError {
  readonly _tag: "ParseError";
  readonly message: string;
  /** The format being read, e.g. `toc`, `blt`, `csv`. */
  readonly format: string;
  readonly line: number;
  readonly column: number;
}

/**
 * A method id that the registry does not know.
 *
 * @category errors
 */
export interface UnknownMethod {
  readonly _tag: "UnknownMethod";
  readonly message: string;
  readonly method: string;
  /** The ids that are known, so a caller can suggest one. */
  readonly known: readonly string[];
}

/**
 * A valid input that the library declines, with the reason (for example exact Kemeny-Young on 40
 * candidates, or counts too large to sum exactly).
 *
 * @category errors
 */
export interface Unsupported {
  readonly _tag: "Unsupported";
  readonly message: string;
  /** A stable machine code for the reason, e.g. `too_many_candidates`, or `work_limit`. */
  readonly reason: string;
  /** When the reason is `work_limit`: the limit passed, the input's size and the option that raises it. */
  readonly limit?: LimitDetails;
}

/**
 * An event that the commitment ledger cannot accept in its current state.
 *
 * @category errors
 */
export interface InvalidTransition {
  readonly _tag: "InvalidTransition";
  readonly message: string;
  /** The id of the offending event (empty when it has none). */
  readonly eventId: string;
  /** Its position in the input, counting from 0. */
  readonly index: number;
  /**
   * Where the problem is, as a path such as `events[4].commitmentId` (`event.seq` when one event
   * was applied on its own).
   */
  readonly path: string;
  /** A stable machine code, e.g. `unknown_commitment`, `illegal_transition`, `seq_gap`. */
  readonly reason: string;
}

/**
 * A hash chain that does not verify: an event was edited, deleted, inserted or reordered.
 *
 * @category errors
 */
export interface IntegrityError {
  readonly _tag: "IntegrityError";
  readonly message: string;
  readonly eventId: string;
  /** The position of the first event at which the chain breaks, counting from 0. */
  readonly index: number;
  /** Where: the path of the field that does not match, such as `events[4].prev`. */
  readonly path: string;
  /** A stable machine code: `unexpected_prev`, `missing_prev`, `prev_mismatch` or `head_mismatch`. */
  readonly reason: string;
}

/**
 * Every error a boundary function of co-decide can return.
 *
 * @example Handling any error
 * ```ts
 * import { formatDecideError, type DecideError } from "co-decide/core";
 *
 * const explain = (error: DecideError): string => formatDecideError(error);
 * ```
 *
 * @category errors
 */
export type DecideError =
  | InvalidInput
  | ParseError
  | UnknownMethod
  | Unsupported
  | InvalidTransition
  | IntegrityError;

/** The tags of {@link DecideError}. @category errors */
export type DecideErrorTag = DecideError["_tag"];

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

const describeIssue = (issue: InputIssue): string =>
  issue.path === "" ? issue.message : `${issue.path}: ${issue.message}`;

/**
 * Builds an {@link InvalidInput} from its issues; the message lists them.
 *
 * @category errors
 */
export const invalidInput = (issues: readonly InputIssue[]): InvalidInput => {
  const shown = issues.slice(0, 5).map(describeIssue).join("; ");
  const more = issues.length > 5 ? `; and ${plural(issues.length - 5, "more problem")}` : "";
  return {
    _tag: "InvalidInput",
    message: `Invalid input (${plural(issues.length, "problem")}): ${shown}${more}`,
    issues,
  };
};

/** Builds an {@link InvalidInput} holding one issue. @category errors */
export const invalidInputAt = (path: string, code: string, message: string): InvalidInput =>
  invalidInput([{ path, code, message }]);

/** Builds a {@link ParseError}; the message names the format, line and column. @category errors */
export const parseError = (
  format: string,
  line: number,
  column: number,
  what: string,
): ParseError => ({
  _tag: "ParseError",
  message: `${format} line ${line}, column ${column}: ${what}`,
  format,
  line,
  column,
});

/** Builds an {@link UnknownMethod}. @category errors */
export const unknownMethod = (method: string, known: readonly string[]): UnknownMethod => ({
  _tag: "UnknownMethod",
  message: `Unknown method "${method}". Known methods: ${known.join(", ")}.`,
  method,
  known,
});

/** Builds an {@link Unsupported}. @category errors */
export const unsupported = (reason: string, message: string): Unsupported => ({
  _tag: "Unsupported",
  message,
  reason,
});

/** Builds an {@link InvalidTransition}. @category errors */
export const invalidTransition = (
  eventId: string,
  index: number,
  reason: string,
  what: string,
  path = `events[${index}]`,
): InvalidTransition => ({
  _tag: "InvalidTransition",
  message: `Event ${eventId === "" ? `#${index}` : `"${eventId}"`} (${path}): ${what}`,
  eventId,
  index,
  path,
  reason,
});

/** Builds an {@link IntegrityError}. @category errors */
export const integrityError = (
  eventId: string,
  index: number,
  reason: string,
  what: string,
  path = `events[${index}]`,
): IntegrityError => ({
  _tag: "IntegrityError",
  message: `The chain breaks at ${path}${eventId === "" ? "" : ` ("${eventId}")`}: ${what}`,
  eventId,
  index,
  path,
  reason,
});

const TAGS: ReadonlySet<string> = /* @__PURE__ */ new Set<DecideErrorTag>([
  "InvalidInput",
  "ParseError",
  "UnknownMethod",
  "Unsupported",
  "InvalidTransition",
  "IntegrityError",
]);

/**
 * Tells whether a value is a {@link DecideError}.
 *
 * @category errors
 */
export const isDecideError = (value: unknown): value is DecideError =>
  typeof value === "object" &&
  value !== null &&
  "_tag" in value &&
  typeof value._tag === "string" &&
  TAGS.has(value._tag) &&
  "message" in value &&
  typeof value.message === "string";

/**
 * Renders any {@link DecideError} as plain English, listing every issue of an
 * {@link InvalidInput} on its own line.
 *
 * @example
 * ```ts
 * import { formatDecideError, invalidInputAt } from "co-decide/core";
 *
 * formatDecideError(invalidInputAt("ballots[0]", "unknown_candidate", 'unknown candidate "z"'));
 * // => 'Invalid input (1 problem):\n- ballots[0]: unknown candidate "z"'
 * ```
 *
 * @category errors
 */
export const formatDecideError = (error: DecideError): string => {
  switch (error._tag) {
    case "InvalidInput":
      return [
        `Invalid input (${plural(error.issues.length, "problem")}):`,
        ...error.issues.map((issue) => `- ${describeIssue(issue)}`),
      ].join("\n");
    case "ParseError":
    case "UnknownMethod":
    case "Unsupported":
    case "InvalidTransition":
    case "IntegrityError":
      return error.message;
  }
};
