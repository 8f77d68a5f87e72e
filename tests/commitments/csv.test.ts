import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, replay, toCsv } from "../../src/commitments/index.js";
import { ORCHARD, SCENARIO } from "./scenario.js";

const right = <T>(either: E.Either<unknown, T>): T => {
  if (E.isLeft(either)) throw new Error(`expected right, got ${JSON.stringify(either.left)}`);
  return either.right;
};

describe("toCsv", () => {
  const state = right(replay(SCENARIO));

  it("writes a header and one CRLF-terminated row per commitment, as of a date", () => {
    const lines = right(toCsv(state, { asOf: "2025-07-01" })).split("\r\n");
    expect(lines[0]).toBe(CSV_COLUMNS.join(","));
    expect(lines).toHaveLength(1 + 8 + 1); // header, c1..c8, final empty string after the last CRLF
    expect(lines[1]).toBe(
      "c1,Commitment c1,Housing,authority,verified,2025-01-10,2025-06-30,2025-06-30,2025-06-20,2025-06-25,,0,,,,0,2025-06-25,",
    );
    expect(lines[2]).toBe(
      "c2,Commitment c2,Housing,authority,delivered,2025-01-10,2025-05-31,2025-03-31,2025-06-10,,,0,,,,1,2025-06-10,",
    );
    expect(lines[3]).toBe(
      "c3,Commitment c3,Parks,authority,in-progress,2025-02-01,2025-04-30,2025-04-30,,,,50,,,,0,2025-03-01,",
    );
  });

  it("without asOf, includes every commitment (c9 too)", () => {
    expect(right(toCsv(state)).split("\r\n")).toHaveLength(1 + 9 + 1);
  });

  it("quotes fields with commas, quotes, line breaks or edge spaces (RFC 4180)", () => {
    const tricky = right(
      replay([
        {
          id: "e1",
          seq: 1,
          at: "2025-01-10",
          type: "committed",
          commitment: {
            id: "c,1",
            title: 'Say "hello"\nto all',
            owner: " Parks",
            party: "authority",
            madeAt: "2025-01-10",
            decision: { id: "d1" },
          },
        },
      ]),
    );
    const row = right(toCsv(tricky)).split("\r\n")[1];
    expect(row).toBe(
      '"c,1","Say ""hello""\nto all"," Parks",authority,committed,2025-01-10,,,,,,0,,,,0,2025-01-10,d1',
    );
  });

  it("writes the milestones reached, of how many, and their weighted share, as of a date", () => {
    const ledger = right(replay(ORCHARD));
    const rowAt = (asOf: string): string[] =>
      (right(toCsv(ledger, { asOf })).split("\r\n")[1] ?? "").split(",");
    const column = (name: string): number => CSV_COLUMNS.indexOf(name);
    const milestones = (row: string[]): string[] =>
      ["milestonesReached", "milestonesTotal", "milestoneShare"].map((n) => row[column(n)] ?? "?");
    expect(milestones(rowAt("2025-02-01"))).toEqual(["0", "3", "0"]);
    expect(milestones(rowAt("2025-03-01"))).toEqual(["1", "3", "16.7"]); // 1 / 6
    expect(milestones(rowAt("2025-06-01"))).toEqual(["2", "3", "50"]); // (1 + 2) / 6
  });

  it("refuses a bad asOf", () => {
    expect(E.isLeft(toCsv(state, { asOf: "2025-02-30" }))).toBe(true);
  });
});
