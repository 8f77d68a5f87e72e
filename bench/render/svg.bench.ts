/**
 * The cost of drawing a chart, against the cost of serialising the same result with
 * `JSON.stringify` (the baseline of the same run: what an app does anyway to store or send it).
 * Results are real counts: the Glasgow 2007 Anderston/City ward by Scottish STV (9 candidates, 8
 * stages), the 1958 EEC Council's Banzhaf index, and Schulze on 60 candidates from seeded random
 * rankings (a 3,600-cell heat map).
 *
 * Results: bench/results/render.md.
 */
import * as E from "fp-ts/lib/Either.js";
import { bench, describe } from "vitest";
import { readBlt } from "../../src/ballots/formats/blt.js";
import { createProfileBuilder } from "../../src/ballots/index.js";
import { stv } from "../../src/committees/index.js";
import { createPrng } from "../../src/core/prng.js";
import { powerIndex } from "../../src/power/index.js";
import { pairwiseChart, powerChart, roundsChart } from "../../src/render/index.js";
import { schulze } from "../../src/voting/index.js";
import { dataText } from "../../tests/helpers/data.js";

const right = <A>(either: E.Either<unknown, A>): A => {
  if (E.isLeft(either)) throw new Error("bench setup failed");
  return either.right;
};

const glasgow = (() => {
  const election = right(readBlt(dataText("stv/glasgow-2007/Anderston-City-2007.blt")));
  return right(
    stv(election.profile, election.seats, { rule: "scottish", withdrawn: election.withdrawn }),
  );
})();

const weights = { France: 4, Germany: 4, Italy: 4, Belgium: 2, Netherlands: 2, Luxembourg: 1 };
const eec = right(powerIndex({ index: "banzhaf", quota: 12, weights }));

const schulze60 = (() => {
  const n = 60;
  const candidates = Array.from({ length: n }, (_, i) => `candidate ${i}`);
  const builder = createProfileBuilder("ranked", candidates);
  const prng = createPrng("render-bench");
  for (let v = 0; v < 1000; v++) {
    const order = candidates.map((_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = prng.nextInt(i + 1);
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    // A row gives each candidate's position: a random permutation is a random ranking.
    builder.add(order);
  }
  const profile = right(builder.build());
  if (profile.kind !== "ranked") throw new Error("ranked");
  return schulze(profile);
})();

describe("STV, Glasgow 2007 Anderston/City (9 candidates, 8 stages)", () => {
  bench("baseline: JSON.stringify", () => {
    JSON.stringify(glasgow);
  });
  bench("roundsChart", () => {
    roundsChart(glasgow);
  });
});

describe("Banzhaf, EEC 1958 (6 players)", () => {
  bench("baseline: JSON.stringify", () => {
    JSON.stringify(eec);
  });
  bench("powerChart", () => {
    powerChart(eec, { seats: weights });
  });
});

describe("Schulze, 60 candidates (3,600 cells)", () => {
  bench("baseline: JSON.stringify", () => {
    JSON.stringify(schulze60);
  });
  bench("pairwiseChart", () => {
    pairwiseChart(schulze60);
  });
});
