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
  /** The file, when the text came from a named file among several (as `countInWorkers` reads them). */
  readonly file?: string;
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

/**
 * The most issues an {@link InvalidInput} holds: past it, the last issue says how many more there
 * were, so that a file of a million bad ballots gives a short error rather than a million issues.
 *
 * @category errors
 */
export const MAX_ISSUES = 100;

/** The most issues {@link formatDecideError} writes out; a line then counts the rest. @category errors */
export const MAX_LISTED_ISSUES = 20;

/** The most characters of an issue's message or path; longer ones are cut with an ellipsis. */
const MAX_ISSUE_TEXT = 300;

/** The issues {@link invalidInput} shows in its one-line message. */
const SHOWN_IN_MESSAGE = 5;

const describeIssue = (issue: InputIssue): string =>
  issue.path === "" ? issue.message : `${issue.path}: ${issue.message}`;

/**
 * Shortens a text that a caller's input could make arbitrarily long (a name, a value) to at most
 * `max` characters, ending it with an ellipsis when cut; for error messages.
 *
 * @example
 * ```ts
 * import { shorten } from "co-decide/core";
 *
 * shorten("abcdef", 4); // => "abc…"
 * ```
 *
 * @category errors
 */
export const shorten = (text: string, max = 60): string =>
  text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;

const capIssue = (issue: InputIssue): InputIssue =>
  issue.path.length <= MAX_ISSUE_TEXT && issue.message.length <= MAX_ISSUE_TEXT
    ? issue
    : {
        ...issue,
        path: shorten(issue.path, MAX_ISSUE_TEXT),
        message: shorten(issue.message, MAX_ISSUE_TEXT),
      };

/**
 * Builds an {@link InvalidInput} from its issues; the message lists the first five and counts the
 * rest. At most {@link MAX_ISSUES} issues are kept (the last one then counts those left out), and
 * each issue's path and message are cut to 300 characters, so an error stays small whatever the
 * input.
 *
 * @param issues - every problem found.
 * @param more - problems known to exist beyond `issues` but not collected (a check that stopped
 *   early); counted in the message and the closing issue.
 * @category errors
 */
export const invalidInput = (issues: readonly InputIssue[], more = 0): InvalidInput => {
  const total = issues.length + more;
  const capped = issues.some((issue) => capIssue(issue) !== issue) ? issues.map(capIssue) : issues;
  const kept: readonly InputIssue[] =
    total <= MAX_ISSUES
      ? capped
      : [
          ...capped.slice(0, MAX_ISSUES - 1),
          {
            path: "",
            code: "more_issues",
            message: `and ${plural(total - (MAX_ISSUES - 1), "more problem")} not listed`,
          },
        ];
  const shown = kept.slice(0, SHOWN_IN_MESSAGE).map(describeIssue).join("; ");
  const rest = total - Math.min(SHOWN_IN_MESSAGE, kept.length);
  return {
    _tag: "InvalidInput",
    message: `Invalid input (${plural(total, "problem")}): ${shown}${rest > 0 ? `; and ${plural(rest, "more problem")}` : ""}`,
    issues: kept,
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
export const isDecideError = (value: unknown): value is DecideError => {
  try {
    return (
      typeof value === "object" &&
      value !== null &&
      "_tag" in value &&
      typeof value._tag === "string" &&
      TAGS.has(value._tag) &&
      "message" in value &&
      typeof value.message === "string"
    );
  } catch {
    // A proxy or getter that throws is not an error value.
    return false;
  }
};

/**
 * Renders any {@link DecideError} as plain English, listing each issue of an
 * {@link InvalidInput} on its own line (the first {@link MAX_LISTED_ISSUES}, then a line counting
 * the rest).
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
    case "InvalidInput": {
      const listed = error.issues.filter((issue) => issue.code !== "more_issues");
      const total = totalProblems(error);
      const shown = listed.slice(0, MAX_LISTED_ISSUES);
      return [
        `Invalid input (${plural(total, "problem")}):`,
        ...shown.map((issue) => `- ${describeIssue(issue)}`),
        ...(total > shown.length ? [`- and ${plural(total - shown.length, "more problem")}`] : []),
      ].join("\n");
    }
    case "ParseError":
    case "UnknownMethod":
    case "Unsupported":
    case "InvalidTransition":
    case "IntegrityError":
      return error.message;
  }
};

/** The problems an InvalidInput reports, counting those its closing `more_issues` issue counts. */
const totalProblems = (error: InvalidInput): number => {
  const match = /^Invalid input \((\d+) problems?\)/.exec(error.message);
  const stated = match === null ? 0 : Number(match[1]);
  return Math.max(stated, error.issues.length);
};
