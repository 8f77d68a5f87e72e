/**
 * toMarkdown against JSON.stringify of the same result (the baseline: writing the result out as
 * text at all), on real results (the Glasgow 2007 Calton STV count, the Debian 2007 Schulze count,
 * the Wieliczka 2023 Equal Shares budget) and on a large one: Schulze over 100 candidates (two
 * 100 × 100 tables, 20,000 cells) from 1,000 impartial-culture ballots.
 *
 * Results are computed once, outside the timed section. Goal: a view within a small factor of
 * JSON.stringify, and well under a second for the largest (it is text for people to read).
 */
import { bench, describe } from "vitest";
import { sampleImpartialCulture } from "../../src/ballots/generate/impartial-culture.js";
import { rankedProfile } from "../../src/ballots/index.js";
import { createPrng } from "../../src/core/index.js";
import { toMarkdown } from "../../src/render/index.js";
import { schulze } from "../../src/voting/index.js";
import { debian2007, glasgowWard, wieliczka } from "../../tests/render/results.js";

const large = () => {
  const n = 100;
  const candidates = Array.from({ length: n }, (_, i) => `candidate ${i}`);
  const ballots: { ranking: string[][] }[] = [];
  sampleImpartialCulture(n, 1000, n, createPrng("render bench"), (row) => {
    const order = [...row.keys()].sort((a, b) => (row[a] as number) - (row[b] as number));
    ballots.push({ ranking: order.map((c) => [candidates[c] as string]) });
  });
  const profile = rankedProfile(candidates, ballots);
  if (profile._tag === "Left") throw new Error(profile.left.message);
  return schulze(profile.right);
};

const CASES: readonly (readonly [string, unknown])[] = [
  ["STV, Glasgow 2007 Calton (10 candidates, 10 stages)", glasgowWard("Calton-2007")],
  ["Schulze, Debian 2007 (9 candidates)", debian2007()],
  ["Equal Shares, Wieliczka 2023 (30 projects, 166 completion steps)", wieliczka()],
  ["Schulze, 100 candidates (20,000 matrix cells)", large()],
];

for (const [label, result] of CASES) {
  describe(label, () => {
    bench("baseline: JSON.stringify", () => {
      JSON.stringify(result);
    });
    bench("toMarkdown", () => {
      toMarkdown(result as never);
    });
  });
}
