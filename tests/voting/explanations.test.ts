import { describe, expect, it } from "vitest";
import { createPrng } from "../../src/core/index.js";
import { decide, listMethods } from "../../src/voting/index.js";

// Multi-seat methods (co-decide/committees) fill two seats; limited voting gives one vote each.
const seatsFor = (method: {
  readonly id: string;
  readonly multiSeat?: boolean;
}): Record<string, unknown> =>
  method.multiSeat === true
    ? { seats: 2, ...(method.id === "limited" ? { options: { votesPerBallot: 1 } } : {}) }
    : {};

// Every registered method, on seeded random profiles of its ballot kind (ties, truncation and
// repeated ballots included) and under two tie-break policies: the explanation and the tie records
// a facilitator reads never show a placeholder such as null, undefined, NaN or [object Object].
const candidates = ["a", "b", "c", "d"];
const scale = ["good", "fair", "poor"];

const specFor = (kind: string, prng: ReturnType<typeof createPrng>): Record<string, unknown> => {
  const voters = 1 + prng.nextInt(6);
  const pick = (): string[] => candidates.filter(() => prng.nextInt(2) === 0);
  switch (kind) {
    case "ranked":
      return {
        ballots: Array.from({ length: voters }, () => ({
          ranking: pick().map((c) => (prng.nextInt(4) === 0 ? [c] : c)),
          count: 1 + prng.nextInt(3),
        })),
      };
    case "approval":
      return { ballots: Array.from({ length: voters }, () => ({ approve: pick() })) };
    case "plus-minus":
      // Positive-negative: +1, -1 or no vote, under no limits on either.
      return {
        ballots: Array.from({ length: voters }, () => ({
          scores: Object.fromEntries(pick().map((c) => [c, prng.nextInt(3) - 1])),
        })),
        options: { plusPerMinus: 0, minus: 4 },
      };
    case "score":
      return {
        ballots: Array.from({ length: voters }, () => ({
          scores: Object.fromEntries(pick().map((c) => [c, prng.nextInt(6)])),
        })),
        options: { range: { min: 0, max: 5 } },
      };
    default:
      return {
        ballots: Array.from({ length: voters }, () => ({
          grades: Object.fromEntries(pick().map((c) => [c, scale[prng.nextInt(3)] as string])),
        })),
        options: { scale },
      };
  }
};

describe("explanations of every method", () => {
  it("never print a placeholder (null, undefined, NaN, [object Object])", () => {
    const prng = createPrng("explanations");
    for (let trial = 0; trial < 60; trial++) {
      for (const method of listMethods()) {
        const spec = {
          method: method.id,
          candidates,
          ...specFor(method.id === "positive-negative" ? "plus-minus" : method.ballotKind, prng),
          ...seatsFor(method),
        };
        for (const tieBreak of [{ kind: "none" }, { kind: "random", seed: `t${trial}` }]) {
          const outcome = decide({ ...spec, tieBreak });
          if (outcome._tag === "Left") throw new Error(`${method.id}: ${outcome.left.message}`);
          const text = [
            ...outcome.right.explanation.map((step) => step.text),
            ...outcome.right.tieBreaks.map((tie) => tie.text),
          ].join("\n");
          expect(text, `${method.id} on ${JSON.stringify(spec)}`).not.toMatch(
            /\bnull\b|\bundefined\b|\bNaN\b|\[object /,
          );
        }
      }
    }
  });

  // The round-based methods also carry each round's tallies and eliminations in the step's data
  // (STAR names its two rounds' figures `totals` and `preferences` instead).
  const readOutInFull = new Set(["irv", "coombs", "baldwin", "nanson", "bucklin", "two-round"]);

  it("read out every round: one round step per round, with its number (and tallies and eliminations)", () => {
    const prng = createPrng("explanations, rounds");
    for (let trial = 0; trial < 40; trial++) {
      for (const method of listMethods()) {
        const spec = {
          method: method.id,
          candidates,
          ...specFor(method.id === "positive-negative" ? "plus-minus" : method.ballotKind, prng),
          ...seatsFor(method),
        };
        const outcome = decide(spec);
        if (outcome._tag === "Left") throw new Error(`${method.id}: ${outcome.left.message}`);
        const { rounds } = outcome.right;
        if (rounds === undefined) continue;
        const steps = outcome.right.explanation.filter((step) => step.kind === "round");
        const where = `${method.id} on ${JSON.stringify(spec)}`;
        expect(
          steps.map((step) => step.text),
          where,
        ).toEqual(rounds.map((round) => round.text));
        steps.forEach((step, i) => {
          const round = rounds[i];
          expect(step.data?.["round"], where).toBe(round?.round);
          if (!readOutInFull.has(method.id)) return;
          expect(step.data?.["tallies"], where).toEqual(round?.tallies);
          expect(step.data?.["eliminated"], where).toEqual(round?.eliminated);
        });
      }
    }
  });
});
