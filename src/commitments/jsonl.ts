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
import { type DecideError, parseError } from "../core/errors.js";
import { toInputIssues } from "../core/validation.js";
import { type LedgerEvent, LedgerEventSchema } from "./events.js";
import { canonicalJson } from "./integrity.js";

/**
 * Writes a ledger as JSON Lines, each event in canonical JSON, each line ending in `\n`.
 *
 * @remarks
 * JSON Lines (jsonlines.org) with RFC 8785 canonical objects. Events are validated types, so this
 * cannot fail on them; a value that is not JSON (which validation rules out) is written as `null`.
 *
 * @example
 * ```ts
 * import { toJsonLines } from "co-decide/commitments";
 *
 * toJsonLines([{ id: "e2", seq: 2, at: "2025-06-20", type: "delivered", commitmentId: "c1" }]);
 * // => '{"at":"2025-06-20","commitmentId":"c1","id":"e2","seq":2,"type":"delivered"}\n'
 * ```
 *
 * @category formats
 */
export const toJsonLines = (events: readonly LedgerEvent[]): string =>
  events
    .map((event) =>
      E.match(
        () => "null",
        (text: string) => text,
      )(canonicalJson(event)),
    )
    .map((line) => `${line}\n`)
    .join("");

/**
 * Reads a ledger from JSON Lines text.
 *
 * @remarks
 * Each non-blank line must be one JSON event matching the event schema. The first problem is
 * returned as a `ParseError` (format `jsonl`) with its line (from 1) and column (from 1; for a
 * schema problem, column 1 and the field's path in the message). Only the shape is checked here:
 * pass the result to `replay` for the ledger's rules and to `verifyLedger` for the chain.
 * Never throws.
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
export const fromJsonLines = (text: string): E.Either<DecideError, LedgerEvent[]> => {
  try {
    if (typeof text !== "string") return E.left(parseError("jsonl", 1, 1, "expected text"));
    const lines = text.split("\n");
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
      const parsed = LedgerEventSchema.safeParse(value);
      if (!parsed.success) {
        const issue = toInputIssues(parsed.error.issues, value)[0];
        const what =
          issue === undefined
            ? "invalid event"
            : issue.path === ""
              ? issue.message
              : `${issue.path}: ${issue.message}`;
        return E.left(parseError("jsonl", i + 1, 1, what));
      }
      events.push(parsed.data);
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
