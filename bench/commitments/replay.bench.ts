/**
 * Replay of 1,000,000 events over 100,000 commitments (the scale target: under 1 s),
 * against a naive baseline in the same run: validating the whole ledger with the zod schema
 * before folding it (what `replay` would cost without its fast validation path).
 */
import { bench, describe } from "vitest";
import { LedgerSchema, replay } from "../../src/commitments/index.js";
import { generateLedger } from "./generate.js";

const events = generateLedger("co-decide bench", 100_000, 1_000_000);
let sink = 0;

const options = { time: 0, iterations: 4, warmupIterations: 1, warmupTime: 0 };

describe("replay 1,000,000 events over 100,000 commitments", () => {
  bench(
    "replay (fast validation path, mutable builder)",
    () => {
      const result = replay(events);
      if (result._tag === "Left") throw new Error(result.left.message);
      sink += result.right.eventCount;
    },
    options,
  );

  bench(
    "baseline: zod schema over the whole ledger, then replay",
    () => {
      const parsed = LedgerSchema.safeParse(events);
      if (!parsed.success) throw new Error("invalid");
      const result = replay(parsed.data);
      if (result._tag === "Left") throw new Error(result.left.message);
      sink += result.right.eventCount;
    },
    options,
  );
});

export { sink };
