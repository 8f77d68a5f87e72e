import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { canonicalJson, linkEvents, verifyLedger } from "../../src/commitments/index.js";
import type { DecideError } from "../../src/core/index.js";

/** Same canonical JSON (RFC 8785): equal values, whatever their key order or -0. */
const sameJson = (a: unknown, b: unknown): boolean => {
  const x = canonicalJson(a);
  const y = canonicalJson(b);
  return E.isRight(x) && E.isRight(y) && x.right === y.right;
};

import { runs } from "../helpers/runs.js";
import { ledgerArb } from "./arbitraries.js";

type Event = Record<string, unknown>;

const linkedArb = ledgerArb(25)
  .filter((events) => events.length >= 2)
  .map((events) => {
    const linked = linkEvents(events);
    if (E.isLeft(linked)) throw new Error("link failed");
    return linked.right as unknown as Event[];
  });

const headOf = (events: readonly Event[]): string => {
  const seal = verifyLedger(events);
  if (E.isLeft(seal) || seal.right.head === null) throw new Error("does not verify");
  return seal.right.head;
};

const indexOf = (error: DecideError): number => ("index" in error ? error.index : -1);

/** The chain check with the head kept from the untampered ledger. */
const check = (events: readonly Event[], head: string) => verifyLedger(events, { head });

describe("verifyLedger detects every single tampering (with the kept head)", () => {
  it("every single-field edit, on any event, any field (prev included)", () => {
    fc.assert(
      fc.property(linkedArb, fc.nat(), fc.nat(), fc.jsonValue(), (events, i, f, value) => {
        const k = i % events.length;
        const event = events[k] as Event;
        const keys = Object.keys(event);
        const key = keys[f % keys.length] as string;
        // An edit is a change of JSON value: same canonical form (key order, -0) is no edit.
        fc.pre(!sameJson(event[key], value));
        const head = headOf(events);
        const edited = events.map((e, j) => (j === k ? { ...e, [key]: value } : e));
        const result = check(edited, head);
        expect(E.isLeft(result) && result.left._tag).toBe("IntegrityError");
        if (E.isLeft(result)) {
          // Caught at the edited event (its prev) or the next one, or by the head for the last.
          expect([k, k + 1]).toContain(indexOf(result.left));
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it("adding a field to an event", () => {
    fc.assert(
      fc.property(linkedArb, fc.nat(), (events, i) => {
        const k = i % events.length;
        const head = headOf(events);
        const edited = events.map((e, j) => (j === k ? { ...e, extra: 1 } : e));
        const result = check(edited, head);
        expect(E.isLeft(result) && result.left._tag).toBe("IntegrityError");
      }),
    );
  });

  it("every deletion", () => {
    fc.assert(
      fc.property(linkedArb, fc.nat(), (events, i) => {
        const k = i % events.length;
        const head = headOf(events);
        const result = check([...events.slice(0, k), ...events.slice(k + 1)], head);
        expect(E.isLeft(result) && result.left._tag).toBe("IntegrityError");
        if (E.isLeft(result)) expect(indexOf(result.left)).toBe(Math.min(k, events.length - 2));
      }),
    );
  });

  it("every insertion, even of an event with a correct prev", () => {
    fc.assert(
      fc.property(linkedArb, fc.nat(), fc.boolean(), (events, i, forge) => {
        const k = i % (events.length + 1);
        const head = headOf(events);
        const previous = events[k - 1];
        const forged: Event = { id: "x", seq: 1, at: "2025-01-01", type: "noted", note: "" };
        if (forge && previous !== undefined) {
          const linked = linkEvents([previous, forged]);
          if (E.isRight(linked)) Object.assign(forged, linked.right[1]);
        }
        const result = check([...events.slice(0, k), forged, ...events.slice(k)], head);
        expect(E.isLeft(result) && result.left._tag).toBe("IntegrityError");
      }),
    );
  });

  it("every swap of two events", () => {
    fc.assert(
      fc.property(linkedArb, fc.nat(), fc.nat(), (events, i, j) => {
        const a = i % events.length;
        const b = j % events.length;
        fc.pre(a !== b);
        const head = headOf(events);
        const swapped = [...events];
        [swapped[a], swapped[b]] = [swapped[b] as Event, swapped[a] as Event];
        const result = check(swapped, head);
        expect(E.isLeft(result) && result.left._tag).toBe("IntegrityError");
        if (E.isLeft(result)) expect(indexOf(result.left)).toBeLessThanOrEqual(Math.min(a, b) + 1);
      }),
    );
  });

  it("an untampered ledger always verifies, and verification is deterministic", () => {
    fc.assert(
      fc.property(linkedArb, (events) => {
        expect(verifyLedger(events)).toEqual(verifyLedger(structuredClone(events)));
        expect(E.isRight(check(events, headOf(events)))).toBe(true);
      }),
    );
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => verifyLedger(value)).not.toThrow();
        expect(() => verifyLedger([value, value])).not.toThrow();
      }),
      { numRuns: runs(300) },
    );
  });
});
