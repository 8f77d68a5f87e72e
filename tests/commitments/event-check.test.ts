import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { LedgerEventSchema, LedgerSchema, replay } from "../../src/commitments/index.js";
import { checkEvent, notALedger } from "../../src/commitments/internal/event-check.js";
import { invalidInput } from "../../src/core/errors.js";
import { toInputIssues } from "../../src/core/validation.js";
import { runs } from "../helpers/runs.js";
import { eventishArb } from "./arbitraries.js";

/** What the reducer reported before it picked the branch by hand: the union's issues. */
const viaUnion = (event: unknown, prefix: readonly PropertyKey[]) => {
  const parsed = LedgerEventSchema.safeParse(event);
  return parsed.success
    ? E.right(parsed.data)
    : E.left(toInputIssues(parsed.error.issues, event, prefix));
};

const committed = {
  id: "e1",
  seq: 1,
  at: "2025-01-10",
  type: "committed",
  commitment: {
    id: "c1",
    title: "Benches",
    owner: "Parks",
    party: "authority",
    madeAt: "2025-01-10",
  },
};

describe("checkEvent says what LedgerEventSchema says", () => {
  it.each([
    ["a number", 4],
    ["null", null],
    ["nothing", undefined],
    ["an array", [committed]],
    ["a string", "committed"],
    ["an object without a type", { id: "e1", seq: 1, at: "2025-01-10" }],
    ["an unknown type", { ...committed, type: "promised" }],
    ["a type that is not text", { ...committed, type: 3 }],
    ["a type named like an Object member", { ...committed, type: "constructor" }],
    ["a bad branch", { ...committed, seq: 0, prev: "abc", extra: 1 }],
    ["a bad commitment", { ...committed, commitment: { id: "" } }],
    [
      "a renegotiation without change",
      { id: "e2", seq: 2, at: "2025-01-11", type: "renegotiated", commitmentId: "c1", reason: "r" },
    ],
    ["a valid event", committed],
  ])("on %s", (_, event) => {
    expect(checkEvent(event, ["events", 3])).toEqual(viaUnion(event, ["events", 3]));
  });

  it("reports an unknown type at the type, in the union's words", () => {
    expect(checkEvent({ ...committed, type: "promised" }, ["event"])).toEqual(
      E.left([
        {
          path: "event.type",
          code: "invalid_union",
          message: 'does not match any accepted form, got string "promised"',
        },
      ]),
    );
  });

  it("agrees on mutated events and on any JSON value", () => {
    const eventish = eventishArb(6);
    fc.assert(
      fc.property(eventish, (event) => {
        expect(checkEvent(event, ["events", 0])).toEqual(viaUnion(event, ["events", 0]));
      }),
      { numRuns: runs(500) },
    );
  });
});

describe("notALedger says what LedgerSchema says", () => {
  it.each([
    ["nothing", undefined],
    ["null", null],
    ["an object", { 0: committed }],
    ["text", "[]"],
  ])("on %s", (_, events) => {
    const parsed = LedgerSchema.safeParse(events);
    expect(parsed.success).toBe(false);
    expect(notALedger(events, ["events"])).toEqual(
      toInputIssues(parsed.error?.issues ?? [], events, ["events"]),
    );
    expect(replay(events)).toEqual(E.left(invalidInput(notALedger(events, ["events"]))));
  });
});
