/**
 * Appending one event to a ledger of 100,000 events over 10,000 commitments with `apply`, against
 * the baseline an app would otherwise use in the same run: replaying the whole ledger with the
 * new event at its end.
 */
import { bench, describe } from "vitest";
import { apply, type LedgerEvent, replay } from "../../src/commitments/index.js";
import { generateLedger } from "./generate.js";

const events = generateLedger("co-decide bench", 10_000, 100_000);
const start = replay(events);
if (start._tag === "Left") throw new Error(start.left.message);
const state = start.right;
const next: LedgerEvent = {
  id: "appended",
  seq: state.lastSeq + 1,
  at: "2030-01-01",
  type: "noted",
  commitmentId: "c5",
  note: "one more",
};
const withNext = [...events, next];
let sink = 0;

describe("append one event to 100,000 events over 10,000 commitments", () => {
  bench("apply(state, event)", () => {
    const result = apply(state, next);
    if (result._tag === "Left") throw new Error(result.left.message);
    sink += result.right.eventCount;
  });

  bench("baseline: replay the whole ledger with the event", () => {
    const result = replay(withNext);
    if (result._tag === "Left") throw new Error(result.left.message);
    sink += result.right.eventCount;
  });
});

export { sink };
