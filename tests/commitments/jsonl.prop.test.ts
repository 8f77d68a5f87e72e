import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  fromJsonLines,
  type LedgerEvent,
  toJsonLines as toJsonLinesEither,
} from "../../src/commitments/index.js";
import { runs } from "../helpers/runs.js";
import { ledgerArb } from "./arbitraries.js";

/** The text of an export that must succeed (the tests below feed it valid events). */
const toJsonLines = (events: readonly LedgerEvent[]): string => {
  const text = toJsonLinesEither(events);
  if (E.isLeft(text)) throw new Error(text.left.message);
  return text.right;
};

/** Valid ledgers with free text (any Unicode, quotes, newlines) in notes, titles and evidence. */
const richLedgerArb = fc
  .tuple(ledgerArb(20), fc.array(fc.string({ unit: "binary" }), { minLength: 1, maxLength: 5 }))
  .map(([events, texts]) =>
    events.map((event, i): LedgerEvent => {
      const text = texts[i % texts.length] as string;
      if (event.type === "committed") {
        return {
          ...event,
          commitment: { ...event.commitment, description: text, beneficiaries: [text] },
        };
      }
      return {
        ...event,
        evidence: [text, `https://example.org/${i}`],
        ...(event.type === "noted" ? { note: text } : {}),
      };
    }),
  );

describe("JSON Lines round trip", () => {
  it("fromJsonLines(toJsonLines(events)) gives the events back, losslessly", () => {
    fc.assert(
      fc.property(richLedgerArb, (events) => {
        expect(fromJsonLines(toJsonLines(events))).toEqual(E.right(events));
      }),
    );
  });

  it("export is canonical: exporting the re-imported events gives the same text", () => {
    fc.assert(
      fc.property(richLedgerArb, (events) => {
        const text = toJsonLines(events);
        const back = fromJsonLines(text);
        expect(E.map((events: LedgerEvent[]) => toJsonLines(events))(back)).toEqual(E.right(text));
      }),
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(() => fromJsonLines(text)).not.toThrow();
      }),
      { numRuns: runs(300) },
    );
  });
});
