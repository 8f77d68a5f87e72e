import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { borda, decide, dowdall, plurality, positional } from "../../src/voting/index.js";
import { runs } from "../helpers/runs.js";
import { outcomeOf, type TestProfile, weakProfiles } from "./helpers/axioms.js";
import { ranked, tennessee } from "./helpers/profiles.js";

describe("positional", () => {
  it("with scores 3, 2, 1, 0 gives the Borda count of the Tennessee example (Wikipedia: Nashville 194)", () => {
    const outcome = positional(tennessee(), { scores: [3, 2, 1, 0] });
    expect(outcome.scores).toEqual(borda(tennessee()).scores);
    expect(outcome.scores).toEqual({
      Memphis: 126,
      Nashville: 194,
      Chattanooga: 173,
      Knoxville: 107,
    });
    expect(outcome.winners).toEqual(["Nashville"]);
    expect(outcome.variant).toBe("scores 3, 2, 1, 0");
  });

  it("with the default [1] is plurality: Memphis", () => {
    expect(positional(tennessee()).winners).toEqual(plurality(tennessee()).winners);
    expect(positional(tennessee()).scores).toEqual({
      Memphis: 42,
      Nashville: 26,
      Chattanooga: 15,
      Knoxville: 17,
    });
  });

  it("with 2-approval (1, 1) elects Nashville, whom 68 voters rank in their top two", () => {
    const outcome = positional(tennessee(), { scores: [1, 1] });
    expect(outcome.scores).toEqual({ Memphis: 42, Nashville: 68, Chattanooga: 58, Knoxville: 32 });
  });

  it("with 1, 1/2, 1/3 (fractions as strings) is the Dowdall count", () => {
    const p = ranked(["a", "b", "c"], ["a>b>c", "b>c>a", "b>a>c", "a=c>b", "c"]);
    expect(positional(p, { scores: ["1", "1/2", "1/3"] }).scores).toEqual(dowdall(p).scores);
  });

  it("averages tied positions and reads unranked candidates under both rules", () => {
    const p = ranked(["a", "b", "c", "d"], ["a=b>c"]);
    // a and b share 3 and 2; c gets 1; d, unranked, gets 0 (or the bottom average, 0, tied-last)
    expect(positional(p, { scores: [3, 2, 1, 0] }).scores).toEqual({
      a: "5/2",
      b: "5/2",
      c: 1,
      d: 0,
    });
    const q = ranked(["a", "b", "c"], ["a"]);
    expect(positional(q, { scores: [2, 1] }).scores).toEqual({ a: 2, b: "1/2", c: "1/2" });
    expect(positional(q, { scores: [2, 1], unranked: "not-compared" }).scores).toEqual({
      a: 2,
      b: 0,
      c: 0,
    });
  });

  it("agrees with a direct count by positions on random weak orders", () => {
    const vector = ["5", "3", "3/2", "0"];
    const value = (i: number): number => [5, 3, 1.5, 0][i] ?? 0;
    fc.assert(
      fc.property(weakProfiles, (profile: TestProfile) => {
        const names = ["ann", "bo", "cy", "di"].slice(0, profile.n);
        const expected = names.map(() => 0);
        for (const b of profile.ballots) {
          const listed = b.tiers.flat().length;
          const tiers = [
            ...b.tiers,
            names.map((_, c) => c).filter((c) => !b.tiers.flat().includes(c)),
          ];
          let at = 0;
          for (const tier of tiers) {
            if (tier.length === 0) continue;
            let sum = 0;
            for (let i = at; i < at + tier.length; i++) sum += value(i);
            for (const c of tier)
              expected[c] = (expected[c] as number) + (b.count * sum) / tier.length;
            at += tier.length;
          }
          expect(at).toBe(profile.n);
          expect(listed).toBeLessThanOrEqual(profile.n);
        }
        const outcome = outcomeOf({
          method: "positional",
          candidates: names,
          ballots: profile.ballots.map((b) => ({
            ranking: b.tiers.map((t) => t.map((c) => names[c])),
            count: b.count,
          })),
          options: { scores: vector },
        });
        const got = names.map((n) => {
          const v = outcome.scores?.[n] ?? 0;
          if (typeof v === "number") return v;
          const [p, q] = String(v).split("/").map(Number);
          return (p as number) / (q as number);
        });
        for (const [c, g] of got.entries()) expect(g).toBeCloseTo(expected[c] as number, 9);
      }),
      { numRuns: runs(200) },
    );
  });

  it("refuses an increasing, negative, empty or non-numeric score list with the option's path", () => {
    for (const scores of [[1, 2], [1, -1], [], ["x"], ["1/0"]]) {
      const result = decide({
        method: "positional",
        candidates: ["a", "b"],
        ballots: ["a>b"],
        options: { scores },
      });
      expect(E.isLeft(result) && result.left._tag).toBe("InvalidInput");
      expect(E.isLeft(result) && result.left.message).toContain("options.scores");
    }
  });
});
