/**
 * The monthly series over a ledger of 1,000,000 events and 100,000 commitments (33 months),
 * against the baseline of the definition in the same run: `metrics` as of each month's end.
 */
import * as E from "fp-ts/lib/Either.js";
import { bench, describe } from "vitest";
import { metrics, monthlySeries, replay } from "../../src/commitments/index.js";
import { generateLedger } from "./generate.js";

const events = generateLedger("co-decide bench", 100_000, 1_000_000);
const replayed = replay(events);
if (E.isLeft(replayed)) throw new Error(replayed.left.message);
const state = replayed.right;
const to = events[events.length - 1]?.at ?? "";
// 33 months × 100,000 commitments is past the default work limit (500,000 commitment-months)
const series = monthlySeries(state, { to, maxCommitmentMonths: 5_000_000 });
if (E.isLeft(series)) throw new Error(series.left.message);
const monthEnds = series.right.map((point) => point.asOf);
let sink = 0;

const options = { time: 0, iterations: 3, warmupIterations: 1, warmupTime: 0 };

describe(`monthly series, ${monthEnds.length} months of 1,000,000 events over 100,000 commitments`, () => {
  bench(
    "monthlySeries (one walk per commitment)",
    () => {
      const result = monthlySeries(state, { to, maxCommitmentMonths: 5_000_000 });
      if (E.isLeft(result)) throw new Error(result.left.message);
      sink += result.right.length;
    },
    options,
  );

  bench(
    "baseline: metrics as of each month's end",
    () => {
      for (const asOf of monthEnds) {
        const result = metrics(state, { asOf });
        if (E.isLeft(result)) throw new Error(result.left.message);
        sink += result.right.overall.total;
      }
    },
    options,
  );
});

export { sink };
