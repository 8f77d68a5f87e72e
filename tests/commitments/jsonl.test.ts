import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  fromJsonLines,
  type LedgerEvent,
  replay,
  toJsonLines as toJsonLinesEither,
} from "../../src/commitments/index.js";
import { SCENARIO } from "./scenario.js";

/** The text of an export that must succeed (the tests below feed it valid events). */
const toJsonLines = (events: readonly LedgerEvent[]): string => {
  const text = toJsonLinesEither(events);
  if (E.isLeft(text)) throw new Error(text.left.message);
  return text.right;
};

describe("toJsonLines / fromJsonLines", () => {
  it("writes one canonical event per line, each ending in \\n", () => {
    const text = toJsonLines([
      { id: "e2", seq: 2, at: "2025-06-20", type: "delivered", commitmentId: "c1" },
    ]);
    expect(text).toBe(
      '{"at":"2025-06-20","commitmentId":"c1","id":"e2","seq":2,"type":"delivered"}\n',
    );
    expect(toJsonLines([])).toBe("");
  });

  it("round-trips the scenario, and the result replays to the same state", () => {
    const back = fromJsonLines(toJsonLines(SCENARIO));
    expect(back).toEqual(E.right(SCENARIO));
    expect(E.flatMap(replay)(back)).toEqual(replay(SCENARIO));
  });

  it("accepts CRLF, blank lines and no final newline", () => {
    const text = toJsonLines(SCENARIO.slice(0, 2)).replace("\n", "\r\n\n   \n").trimEnd();
    expect(fromJsonLines(text)).toEqual(E.right(SCENARIO.slice(0, 2)));
  });

  it("reports invalid JSON as a ParseError with line and column", () => {
    const text = `${toJsonLines(SCENARIO.slice(0, 1))}\n{"id": "e2", oops}\n`;
    const result = fromJsonLines(text);
    expect(E.isLeft(result) && result.left).toMatchObject({
      _tag: "ParseError",
      format: "jsonl",
      line: 3,
      column: 14,
    });
  });

  it("reports a schema problem as a ParseError with the line and the field's path", () => {
    const text =
      '{"id":"e1","seq":1,"at":"2025-02-30","type":"noted","commitmentId":"c1","note":""}\n';
    const result = fromJsonLines(text);
    expect(E.isLeft(result) && result.left).toMatchObject({
      _tag: "ParseError",
      line: 1,
      column: 1,
    });
    expect(E.isLeft(result) && result.left.message).toMatch(
      /^jsonl line 1, column 1: at: expected a valid ISO date/,
    );
  });

  it("never throws on non-text input", () => {
    expect(E.isLeft(fromJsonLines(42 as unknown as string))).toBe(true);
  });
});
