/**
 * `decide(spec)` end to end at 100,000 ballots (issue 12), in every documented ballot form,
 * against the bare typed-array loop over the same raw rankings in the same run (the pairwise
 * matrix for Schulze, the first choices for plurality). The 1,000,000-ballot figures, with peak
 * memory per process, come from `node bench/scale/side-by-side.mjs`.
 *
 * Results: bench/results/scale.md.
 */
import * as E from "fp-ts/lib/Either.js";
import { bench, describe } from "vitest";
import { createProfileBuilder } from "../../src/ballots/index.js";
import { decide, plurality } from "../../src/voting/index.js";
import {
  BALLOT_FORMS,
  ballotsOf,
  bareFirstChoices,
  bareLoop,
  names,
  rawRows,
  weightsOf,
} from "./inputs.js";

const N = 10;
const VOTERS = 100_000;
const candidates = names(N);
const raw = rawRows(N, VOTERS, "scale-bench-100k");
const OPTIONS = { time: 0, iterations: 5, warmupTime: 0, warmupIterations: 1 } as const;

let sink = 0;
/** Read once the benches have run, so that no result can be optimised away. */
export const consumed = (): number => sink;

for (const method of ["schulze", "plurality"] as const) {
  describe(`decide(spec), ${method}, ${VOTERS.toLocaleString("en")} rankings of ${N}`, () => {
    const weights = weightsOf(VOTERS, "flat");
    bench(
      method === "plurality" ? "baseline: bare first-choice loop" : "baseline: bare pairwise loop",
      () => {
        sink +=
          method === "plurality" ? bareFirstChoices(raw, N, weights) : bareLoop(raw, N, weights);
      },
      OPTIONS,
    );
    for (const form of BALLOT_FORMS) {
      const spec = { method, candidates, ballots: ballotsOf(raw, N, form, candidates) };
      bench(
        `decide, ${form} ballots`,
        () => {
          const outcome = decide(spec);
          if (E.isLeft(outcome)) throw new Error(outcome.left.message);
          sink += outcome.right.winners.length;
        },
        OPTIONS,
      );
    }
  });
}

describe("plurality on a built profile, 1,000,000 rankings of 10", () => {
  const voters = 1_000_000;
  const rows = rawRows(N, voters, "scale-plurality-1m");
  const weights = weightsOf(voters, "flat");
  const builder = createProfileBuilder("ranked", candidates);
  for (let v = 0; v < voters; v++) builder.add(rows.subarray(v * N, (v + 1) * N));
  const built = builder.build();
  if (E.isLeft(built)) throw new Error(built.left.message);
  const profile = built.right;
  bench(
    "baseline: bare first-choice loop over the raw rows",
    () => {
      sink += bareFirstChoices(rows, N, weights);
    },
    OPTIONS,
  );
  bench(
    "plurality(profile) (first preferences of each distinct ballot, exact scores, outcome)",
    () => {
      sink += plurality(profile).winners.length;
    },
    OPTIONS,
  );
});
