// biome-ignore-all lint/suspicious/noThenProperty: copeland's option is named "then" (a string, never a function).
import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { borda, copeland, decide, minimax } from "../../../src/voting/index.js";
import { runs } from "../../helpers/runs.js";
import { outcomeOf, strictProfiles, type TestProfile } from "../helpers/axioms.js";
import { profileOf } from "./helpers.js";

// 3 a>b>c, 2 b>c>a, 2 c>a>b: a beats b 5–2, b beats c 5–2, c beats a 4–3; one win each.
const cycle = () =>
  profileOf(
    ["a", "b", "c"],
    [
      [3, "a>b>c"],
      [2, "b>c>a"],
      [2, "c>a>b"],
    ],
  );

describe("copeland options.then", () => {
  it("leaves a three-way tie on Copeland score to the policy without a second rule", () => {
    expect(copeland(cycle(), {}, { kind: "none" }).winners).toEqual(["a", "b", "c"]);
  });

  it("then borda: margins a +2, b 0, c -2 (Borda 8, 7, 6) elect a and order the rest", () => {
    const outcome = copeland(cycle(), { then: "borda" }, { kind: "none" });
    expect(outcome.winners).toEqual(["a"]);
    expect(outcome.ranking).toEqual([["a"], ["b"], ["c"]]);
    expect(outcome.variant).toBe("copeland, then borda");
    expect(borda(cycle()).scores).toEqual({ a: 8, b: 7, c: 6 });
    expect(outcome.explanation.find((s) => s.kind === "then")?.text).toBe(
      "a, b and c tie on Copeland score; their Borda scores (the sum of their head-to-head margins) separate them, higher first: a 2, b 0, c -2.",
    );
  });

  it("then minimax: worst defeats a 4, b 5, c 5 elect a; b and c stay tied", () => {
    const outcome = copeland(cycle(), { then: "minimax" }, { kind: "none" });
    expect(outcome.winners).toEqual(["a"]);
    expect(outcome.ranking).toEqual([["a"], ["b", "c"]]);
    expect(minimax(cycle()).scores).toEqual({ a: 4, b: 5, c: 5 });
  });

  it("then borda elects, among the Copeland leaders, those with the highest Borda count (complete strict ballots)", () => {
    fc.assert(
      fc.property(strictProfiles(1), (profile: TestProfile) => {
        const names = ["ann", "bo", "cy", "di"].slice(0, profile.n);
        const spec = (method: string, options: object) => ({
          method,
          candidates: names,
          ballots: profile.ballots.map((b) => ({
            ranking: b.tiers.map((t) => t.map((c) => names[c])),
            count: b.count,
          })),
          options,
          tieBreak: { kind: "none" },
        });
        const leaders = outcomeOf(spec("copeland", {})).winners;
        const bordaScores = outcomeOf(spec("borda", {})).scores ?? {};
        const best = Math.max(...leaders.map((c) => Number(bordaScores[c])));
        const expected = leaders.filter((c) => Number(bordaScores[c]) === best);
        expect(outcomeOf(spec("copeland", { then: "borda" })).winners).toEqual(expected);
      }),
      { numRuns: runs(200) },
    );
  });

  it("refuses an unknown second rule", () => {
    const result = decide({
      method: "copeland",
      candidates: ["a", "b"],
      ballots: ["a>b"],
      options: { then: "schulze" },
    });
    expect(E.isLeft(result) && result.left.message).toContain("options.then");
  });
});
