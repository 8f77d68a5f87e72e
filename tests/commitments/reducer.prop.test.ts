import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  apply,
  emptyLedger,
  type LedgerEvent,
  LedgerEventSchema,
  type LedgerState,
  replay,
  replayFrom,
} from "../../src/commitments/index.js";
import { dayMemo, quickValidEvent } from "../../src/commitments/internal/quick-validate.js";
import { runs } from "../helpers/runs.js";
import { eventishArb, ledgerArb } from "./arbitraries.js";

const fold = (events: readonly LedgerEvent[]): E.Either<unknown, LedgerState> => {
  let state: E.Either<unknown, LedgerState> = E.right(emptyLedger);
  for (const event of events) {
    state = E.flatMap((s: LedgerState) => apply(s, event))(state as E.Either<never, LedgerState>);
  }
  return state;
};

describe("replay properties", () => {
  it("every generated valid ledger replays", () => {
    fc.assert(
      fc.property(ledgerArb(), (events) => {
        expect(E.isRight(replay(events))).toBe(true);
      }),
    );
  });

  it("replay equals the fold of apply", () => {
    fc.assert(
      fc.property(ledgerArb(), (events) => {
        expect(fold(events)).toEqual(replay(events));
      }),
      { numRuns: runs(60) },
    );
  });

  it("replay is deterministic and does not mutate its input", () => {
    fc.assert(
      fc.property(ledgerArb(), (events) => {
        const before = JSON.stringify(events);
        const a = replay(events);
        const b = replay(structuredClone(events));
        expect(a).toEqual(b);
        expect(JSON.stringify(events)).toBe(before);
      }),
    );
  });

  it("any prefix of a valid ledger replays, and replayFrom(prefix, rest) = replay(all)", () => {
    fc.assert(
      fc.property(ledgerArb(), fc.nat(), (events, cut) => {
        const k = events.length === 0 ? 0 : cut % (events.length + 1);
        const prefix = replay(events.slice(0, k));
        expect(E.isRight(prefix)).toBe(true);
        const continued = E.flatMap((s: LedgerState) => replayFrom(s, events.slice(k)))(prefix);
        expect(continued).toEqual(replay(events));
      }),
    );
  });

  it("a repeated event id is refused at the repeat, by replay and by replayFrom from any cut before it", () => {
    // replayFrom scans the earlier ids for up to 8 events at once and indexes them for more.
    fc.assert(
      fc.property(ledgerArb(), fc.nat(), fc.nat(), fc.nat(), (events, a, b, cut) => {
        fc.pre(events.length >= 2);
        const j = 1 + (a % (events.length - 1));
        const i = b % j;
        const repeated = events.map((e, k) =>
          k === j ? { ...e, id: (events[i] as LedgerEvent).id } : e,
        );
        const refusal = { _tag: "InvalidTransition", reason: "duplicate_event_id" };
        expect(E.isLeft(replay(repeated)) && replay(repeated)).toMatchObject({
          left: { ...refusal, index: j, path: `events[${j}].id` },
        });
        const k = cut % (j + 1);
        const prefix = replay(repeated.slice(0, k));
        const continued = E.flatMap((s: LedgerState) => replayFrom(s, repeated.slice(k)))(prefix);
        expect(continued).toMatchObject({ left: { ...refusal, index: j - k } });
      }),
    );
  });

  it("dropping one event after the first either breaks seq or is refused, never silently accepted", () => {
    fc.assert(
      fc.property(ledgerArb(), fc.nat(), (events, at) => {
        fc.pre(events.length >= 2);
        const k = at % (events.length - 1);
        const dropped = [...events.slice(0, k), ...events.slice(k + 1)];
        const result = replay(dropped);
        expect(E.isLeft(result) && result.left._tag).toBe("InvalidTransition");
      }),
    );
  });

  it("swapping two adjacent events is refused (seq reversal)", () => {
    fc.assert(
      fc.property(ledgerArb(), fc.nat(), (events, at) => {
        fc.pre(events.length >= 2);
        const k = at % (events.length - 1);
        const swapped = [...events];
        [swapped[k], swapped[k + 1]] = [swapped[k + 1] as LedgerEvent, swapped[k] as LedgerEvent];
        const result = replay(swapped);
        expect(E.isLeft(result) && result.left).toMatchObject({
          _tag: "InvalidTransition",
          index: k,
        });
      }),
    );
  });
});

describe("replay never throws (fuzz)", () => {
  it("on arbitrary values", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => replay(value)).not.toThrow();
        expect(() => replay([value])).not.toThrow();
      }),
      { numRuns: runs(500) },
    );
  });

  it("on valid ledgers with one field replaced by random JSON", () => {
    fc.assert(
      fc.property(ledgerArb(10), fc.nat(), fc.nat(), fc.jsonValue(), (events, i, f, value) => {
        fc.pre(events.length > 0);
        const k = i % events.length;
        const event = events[k] as unknown as Record<string, unknown>;
        const keys = Object.keys(event);
        const key = keys[f % keys.length] as string;
        const edited = [...events.slice(0, k), { ...event, [key]: value }, ...events.slice(k + 1)];
        let result: unknown;
        expect(() => {
          result = replay(edited);
        }).not.toThrow();
        expect(
          E.isLeft(result as E.Either<unknown, unknown>) ||
            E.isRight(result as E.Either<unknown, unknown>),
        ).toBe(true);
      }),
      { numRuns: runs(500) },
    );
  });
});

describe("the fast validation path agrees with the zod schema", () => {
  it("whatever the fast path accepts, LedgerEventSchema accepts too, unchanged", () => {
    const eventish = eventishArb(8);
    fc.assert(
      fc.property(eventish, (value) => {
        if (quickValidEvent(value, dayMemo())) {
          const parsed = LedgerEventSchema.safeParse(value);
          expect(parsed.success).toBe(true);
          expect(parsed.data).toEqual(value);
        }
      }),
      { numRuns: runs(1000) },
    );
  });

  it("accepts the ordinary events (so that large ledgers take the fast path)", () => {
    fc.assert(
      fc.property(ledgerArb(), (events) => {
        for (const event of events) expect(quickValidEvent(event, dayMemo())).toBe(true);
      }),
      { numRuns: runs(50) },
    );
  });
});
