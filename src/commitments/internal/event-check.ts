/**
 * The reporting path of event validation: what `LedgerEventSchema` (a discriminated union on
 * `type`) and `LedgerSchema` would say, written without zod's union and array schemas, so that a
 * bundle of `replay` does not carry them.
 *
 * `checkEvent` does what the union does: a value that is not an object is `invalid_type`
 * (expected an object); an object whose `type` names no event type is `invalid_union` at its
 * `type`; any other object is parsed by its type's branch (`EVENT_BRANCHES`), whose issues are
 * the union's. The issues go through the same `toInputIssues` as before, so every message and
 * path is unchanged (`tests/commitments/event-check.test.ts` compares the two on many inputs).
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type * as z from "zod/mini";
import type { InputIssue } from "../../core/errors.js";
import { toInputIssues } from "../../core/validation.js";
import { EVENT_BRANCHES, type LedgerEvent } from "../events.js";

type Issue = z.core.$ZodIssue;

/** One issue as zod would raise it, with no message of its own (the bridge writes it). */
const issue = (fields: Record<string, unknown>): Issue => ({ message: "", ...fields }) as Issue;

/**
 * Parses one event as `LedgerEventSchema` does; the issues' paths start at `prefix`.
 *
 * @internal
 */
export const checkEvent = (
  event: unknown,
  prefix: readonly PropertyKey[],
): E.Either<InputIssue[], LedgerEvent> => {
  if (typeof event !== "object" || event === null || Array.isArray(event)) {
    return E.left(
      toInputIssues(
        [issue({ code: "invalid_type", expected: "object", path: [], input: event })],
        event,
        prefix,
      ),
    );
  }
  const type: unknown = (event as { type?: unknown }).type;
  const branch = EVENT_BRANCHES.get(type as string);
  if (branch === undefined) {
    return E.left(
      toInputIssues(
        [issue({ code: "invalid_union", errors: [], path: ["type"], input: event })],
        event,
        prefix,
      ),
    );
  }
  const parsed = branch.safeParse(event);
  return parsed.success
    ? E.right(parsed.data as LedgerEvent)
    : E.left(toInputIssues(parsed.error.issues, event, prefix));
};

/**
 * The issue `LedgerSchema` raises for a ledger that is not an array, with its path at `prefix`.
 *
 * @internal
 */
export const notALedger = (events: unknown, prefix: readonly PropertyKey[]): InputIssue[] =>
  toInputIssues(
    [issue({ code: "invalid_type", expected: "array", path: [], input: events })],
    events,
    prefix,
  );
