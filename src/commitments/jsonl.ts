/**
 * JSON Lines import and export of a ledger: one event per line, UTF-8 text, `\n` between lines.
 *
 * Export writes each event in its canonical form (RFC 8785: sorted keys, no whitespace; see
 * `integrity.ts`), so the same ledger always gives the same text and the text hashes the same way
 * as the events. Import reads any JSON Lines text (blank lines and a final newline are allowed,
 * `\r\n` too), and checks every line against the event schema. Round trip:
 * `fromJsonLines(toJsonLines(events))` gives back events equal to `events`.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type DecideError, invalidInput, invalidInputAt, parseError } from "../core/errors.js";
import { checkWork } from "../core/limits.js";
import type { LedgerEvent } from "./events.js";
import { canonicalJson } from "./integrity.js";
import { checkEvent } from "./internal/event-check.js";
import {
  checkEventList,
  EVENTS_LIMIT,
  eventsLimitOf,
  holeAt,
  WRITTEN_EVENTS_LIMIT,
} from "./limits.js";

/**
 * Writes a ledger as JSON Lines, each event in canonical JSON, each line ending in `\n`.
 *
 * @remarks
 * JSON Lines (jsonlines.org) with RFC 8785 canonical objects. O(total size). Errors as values,
 * never a throw: `events` that are not an array (`null` included) are an `InvalidInput` at
 * `events`; an entry that is not an object at its index (`events[1]`; code `hole` for a hole of a
 * sparse array), and a value that is not JSON at its path (`events[1].at`, code `not_json`); more
 * events than the limit (default 250,000; `options.maxEvents` up to 20,000,000;
 * {@link WRITTEN_EVENTS_LIMIT}) an `Unsupported` (reason `work_limit`), before any is read.
 *
 * @example
 * ```ts
 * import { toJsonLines } from "co-decide/commitments";
 *
 * toJsonLines([{ id: "e2", seq: 2, at: "2025-06-20", type: "delivered", commitmentId: "c1" }]);
 * // => right('{"at":"2025-06-20","commitmentId":"c1","id":"e2","seq":2,"type":"delivered"}\n')
 * ```
 *
 * @category formats
 */
export const toJsonLines = (
  events: readonly LedgerEvent[],
  options?: { readonly maxEvents?: number },
): E.Either<DecideError, string> => {
  try {
    const checked = checkEventList(events, options, WRITTEN_EVENTS_LIMIT);
    if (E.isLeft(checked)) return checked;
    const list = checked.right;
    const lines: string[] = [];
    for (let i = 0; i < list.length; i++) {
      if (!(i in list)) return E.left(holeAt(`events[${i}]`));
      const event: unknown = list[i];
      if (typeof event !== "object" || event === null || Array.isArray(event)) {
        return E.left(invalidInputAt(`events[${i}]`, "invalid_type", "expected an event object"));
      }
      const text = canonicalJson(event);
      if (E.isLeft(text)) {
        const error = text.left;
        return E.left(
          error._tag === "InvalidInput"
            ? invalidInput(
                error.issues.map((issue) => ({
                  ...issue,
                  path:
                    issue.path === ""
                      ? `events[${i}]`
                      : `events[${i}]${issue.path.startsWith("[") ? "" : "."}${issue.path}`,
                })),
              )
            : error,
        );
      }
      lines.push(`${text.right}\n`);
    }
    return E.right(lines.join(""));
  } catch (cause) {
    return E.left(
      invalidInputAt("events", "unreadable", `the events could not be read (${messageOf(cause)})`),
    );
  }
};

/**
 * Reads a ledger from JSON Lines text.
 *
 * @remarks
 * Each non-blank line must be one JSON event matching the event schema. The first problem is
 * returned as a `ParseError` (format `jsonl`) with its line (from 1) and column (from 1; for a
 * schema problem, column 1 and the field's path in the message). Only the shape is checked here:
 * pass the result to `replay` for the ledger's rules and to `verifyLedger` for the chain.
 * O(length of the text). A text of more non-blank lines than the limit on events (default
 * 1,000,000; `options.maxEvents` up to 20,000,000) is refused, once its lines are counted and
 * before any is parsed, as `Unsupported` (reason `work_limit`). Never throws.
 *
 * @example A bad line is reported with its number
 * ```ts
 * import { fromJsonLines } from "co-decide/commitments";
 *
 * fromJsonLines('{"id":"e1","seq":1,"at":"2025-02-30","type":"noted","commitmentId":"c1","note":""}\n');
 * // => left: { _tag: "ParseError", format: "jsonl", line: 1, column: 1,
 * //   message: "jsonl line 1, column 1: at: expected a valid ISO date ..." }
 * ```
 *
 * @category formats
 */
export const fromJsonLines = (
  text: string,
  options?: { readonly maxEvents?: number },
): E.Either<DecideError, LedgerEvent[]> => {
  try {
    const limit = eventsLimitOf(options);
    if (E.isLeft(limit)) return limit;
    if (typeof text !== "string") return E.left(parseError("jsonl", 1, 1, "expected text"));
    const lines = text.split("\n");
    let nonBlank = 0;
    for (const line of lines) if (line.trim() !== "") nonBlank += 1;
    const within = checkWork(EVENTS_LIMIT, nonBlank, limit.right);
    if (E.isLeft(within)) return within;
    const events: LedgerEvent[] = [];
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i] as string;
      const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
      if (line.trim() === "") continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (cause) {
        return E.left(
          parseError("jsonl", i + 1, columnOf(cause, line), `not valid JSON (${messageOf(cause)})`),
        );
      }
      const parsed = checkEvent(value, []);
      if (E.isLeft(parsed)) {
        const issue = parsed.left[0];
        const what =
          issue === undefined
            ? "invalid event"
            : issue.path === ""
              ? issue.message
              : `${issue.path}: ${issue.message}`;
        return E.left(parseError("jsonl", i + 1, 1, what));
      }
      events.push(parsed.right);
    }
    return E.right(events);
  } catch (cause) {
    return E.left(parseError("jsonl", 1, 1, `the text could not be read (${messageOf(cause)})`));
  }
};

const messageOf = (cause: unknown): string =>
  cause instanceof Error ? cause.message : "unknown cause";

/** The column of a JSON syntax error, from V8's "position N" when it gives one. */
const columnOf = (cause: unknown, line: string): number => {
  const match = /position (\d+)/.exec(messageOf(cause));
  if (match === null) return Math.max(1, line.length);
  return Number(match[1]) + 1;
};
