import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { generateLedger } from "../../bench/commitments/generate.js";
import {
  LedgerSchema,
  linkEvents,
  metrics,
  replay,
  verifyLedger,
} from "../../src/commitments/index.js";

describe("the benchmark ledger at a tenth of its size (100,000 events, 10,000 commitments)", () => {
  const events = generateLedger("co-decide bench", 10_000, 100_000);

  it("is valid for the zod schema, and replays to the same state as the zod-parsed copy", () => {
    const parsed = LedgerSchema.safeParse(events);
    expect(parsed.success).toBe(true);
    const state = replay(events);
    expect(E.isRight(state)).toBe(true);
    expect(replay(parsed.data)).toEqual(state);
    if (E.isRight(state)) {
      expect(state.right.eventCount).toBe(100_000);
      expect(state.right.order).toHaveLength(10_000);
    }
  });

  it("links and verifies, and one edit in the middle is found at the next event", () => {
    const linked = linkEvents(events);
    if (E.isLeft(linked)) throw new Error(linked.left.message);
    expect(E.isRight(verifyLedger(linked.right))).toBe(true);
    const edited = linked.right.map((e, i) => (i === 54_321 ? { ...e, at: "2020-01-01" } : e));
    const result = verifyLedger(edited);
    expect(E.isLeft(result) && result.left).toMatchObject({
      _tag: "IntegrityError",
      index: 54_322,
    });
  });

  it("metrics count every commitment once in each grouping", () => {
    const state = replay(events);
    if (E.isLeft(state)) throw new Error(state.left.message);
    const result = metrics(state.right, { asOf: "2021-01-01" });
    if (E.isLeft(result)) throw new Error(result.left.message);
    const { overall, byOwner, byParty } = result.right;
    expect(overall.total).toBe(10_000);
    const sum = (groups: object): number =>
      Object.values(groups).reduce((acc: number, m: { total: number }) => acc + m.total, 0);
    expect(sum(byOwner)).toBe(10_000);
    expect(sum(byParty)).toBe(10_000);
    expect(Object.values(overall.byStatus).reduce((a, b) => a + b, 0)).toBe(10_000);
  });
});
