import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { approvalProfile } from "../../../src/ballots/index.js";
import { validate } from "../../../src/core/validation.js";
import {
  SchulzeOptionsSchema,
  schulze,
  schulzeMethod,
} from "../../../src/voting/condorcet/index.js";
import { decide } from "../../../src/voting/decide.js";
import { cycle3, NONE, profileOf, schulze45, tennessee } from "./helpers.js";

describe("schulze", () => {
  it("ranks E > A > C > B > D in Schulze's 45-voter example (Wikipedia, 'Schulze method')", () => {
    const outcome = schulze(schulze45());
    expect(outcome.winners).toEqual(["E"]);
    expect(outcome.ranking).toEqual([["E"], ["A"], ["C"], ["B"], ["D"]]);
    expect(outcome.variant).toBe("winning");
  });

  it("finds the strongest paths of the 45-voter example (Wikipedia's table; Electowiki, 'Schulze method')", () => {
    const { paths } = schulze(schulze45());
    expect(paths).toEqual({
      A: { A: null, B: 28, C: 28, D: 30, E: 24 },
      B: { A: 25, B: null, C: 28, D: 33, E: 24 },
      C: { A: 25, B: 29, C: null, D: 29, E: 24 },
      D: { A: 25, B: 28, C: 28, D: null, E: 24 },
      E: { A: 25, B: 28, C: 28, D: 31, E: null },
    });
  });

  it("reports the pairwise matrix of the 45-voter example exactly", () => {
    const { pairwise } = schulze(schulze45());
    expect(pairwise["A"]).toEqual({ A: 0, B: 20, C: 26, D: 30, E: 22 });
    expect(pairwise["E"]).toEqual({ A: 23, B: 27, C: 21, D: 31, E: 0 });
  });

  it("explains each comparison of the winner in plain words", () => {
    const texts = schulze(schulze45()).explanation.map((s) => s.text);
    expect(texts).toContain(
      "The strongest path from E to A has strength 25, from A to E 24, so E ranks above A.",
    );
    expect(texts.at(-1)).toBe("E wins: no one has a stronger path to them than theirs back.");
  });

  it("elects Nashville, the Condorcet winner, in the Tennessee capital example", () => {
    const outcome = schulze(tennessee());
    expect(outcome.winners).toEqual(["Nashville"]);
    expect(outcome.ranking).toEqual([["Nashville"], ["Chattanooga"], ["Knoxville"], ["Memphis"]]);
  });

  it("returns every co-winner of a perfect cycle with tie-break none", () => {
    const outcome = schulze(cycle3(), {}, NONE);
    expect(outcome.winners).toEqual(["a", "b", "c"]);
    expect(outcome.ranking).toEqual([["a", "b", "c"]]);
    expect(outcome.tieBreaks).toHaveLength(1);
    expect(outcome.tieBreaks[0]?.chosen).toBeNull();
  });

  it("breaks a tie for first by the policy and records it", () => {
    const outcome = schulze(cycle3(), {}, { kind: "order", order: ["c", "b", "a"] });
    expect(outcome.winners).toEqual(["c"]);
    expect(outcome.tieBreaks[0]).toMatchObject({
      tied: ["a", "b", "c"],
      chosen: "c",
      policy: "order",
    });
  });

  // By hand: a beats b 6-4 (margin 2), b beats c 11-4 (margin 7), c beats a 8-7 (margin 1).
  // Winning votes drop the weakest link a>b (6 votes), so b wins; margins and ratios drop c>a.
  const strengths = profileOf(
    ["a", "b", "c"],
    [
      [5, "a=b>c"],
      [2, "a>b>c"],
      [4, "c>a>b"],
      [4, "b>c>a"],
    ],
  );

  it("uses winning votes by default and margins on request (hand-computed cycle)", () => {
    expect(schulze(strengths).winners).toEqual(["b"]);
    expect(schulze(strengths, { strength: "margin" }).winners).toEqual(["a"]);
    expect(schulze(strengths, { strength: "ratio" }).winners).toEqual(["a"]);
  });

  it("compares ratios exactly, a defeat with no opposing votes being the strongest", () => {
    // unranked "not-compared": each ballot speaks about one pair. a>b 10-5 (margin 5, ratio 2),
    // b>c 3-1 (margin 2, ratio 3), c>a 12-2 (margin 10, ratio 6). By hand: winning votes and
    // margins drop b>c (c wins); ratios drop a>b (b wins).
    const profile = profileOf(
      ["a", "b", "c"],
      [
        [10, "a>b"],
        [5, "b>a"],
        [3, "b>c"],
        [1, "c>b"],
        [12, "c>a"],
        [2, "a>c"],
      ],
    );
    const options = { unranked: "not-compared" } as const;
    expect(schulze(profile, options).winners).toEqual(["c"]);
    expect(schulze(profile, { ...options, strength: "margin" }).winners).toEqual(["c"]);
    const ratio = schulze(profile, { ...options, strength: "ratio" });
    expect(ratio.winners).toEqual(["b"]);
    expect(ratio.paths["b"]?.["c"]).toBe(3);
    expect(ratio.paths["a"]?.["b"]).toBe(2);
  });

  it("honours unranked: tied-last counts truncated ballots, not-compared does not", () => {
    // 3 voters rank only a; 2 rank b>a. tied-last: a beats b 3-2. not-compared: b beats a 2-0.
    const profile = profileOf(
      ["a", "b"],
      [
        [3, "a"],
        [2, "b>a"],
      ],
    );
    expect(schulze(profile).winners).toEqual(["a"]);
    expect(schulze(profile, { unranked: "not-compared" }).winners).toEqual(["b"]);
  });

  it("keeps fractional counts exact", () => {
    const profile = profileOf(
      ["a", "b"],
      [
        [0.5, "a>b"],
        [0.25, "b>a"],
      ],
    );
    const outcome = schulze(profile);
    expect(outcome.winners).toEqual(["a"]);
    expect(outcome.pairwise["a"]?.["b"]).toBe("1/2");
    expect(outcome.paths["a"]?.["b"]).toBe("1/2");
  });

  it("handles candidates named __proto__ and constructor", () => {
    const profile = profileOf(["__proto__", "constructor"], [[2, "constructor>__proto__"]]);
    const outcome = schulze(profile);
    expect(outcome.winners).toEqual(["constructor"]);
    expect(Object.hasOwn(outcome.paths, "__proto__")).toBe(true);
    const row = outcome.paths["constructor"] ?? {};
    expect(Object.getOwnPropertyDescriptor(row, "__proto__")?.value).toBe(2);
  });
});

describe("schulzeMethod", () => {
  it("runs through the registry contract", () => {
    const result = schulzeMethod.run(schulze45(), {
      options: {},
      tieBreak: { kind: "lexicographic" },
    });
    expect(E.isRight(result) && result.right.winners).toEqual(["E"]);
  });

  it("refuses approval ballots with the ballots path", () => {
    const profile = approvalProfile(["a", "b"], [{ approve: ["a"] }]);
    if (E.isLeft(profile)) throw new Error("fixture");
    const result = schulzeMethod.run(profile.right, { options: {}, tieBreak: { kind: "none" } });
    expect(E.isLeft(result) && result.left._tag).toBe("InvalidInput");
    expect(
      E.isLeft(result) && result.left._tag === "InvalidInput" && result.left.issues[0]?.path,
    ).toBe("ballots");
  });

  it("validates its options: unknown strength and unknown keys are refused", () => {
    const bad = validate(SchulzeOptionsSchema, { strength: "loudest" });
    expect(E.isLeft(bad) && bad.left._tag).toBe("InvalidInput");
    expect(E.isLeft(bad) && bad.left.issues[0]?.path).toBe("strength");
    const extra = validate(SchulzeOptionsSchema, { strenght: "margin" });
    expect(E.isLeft(extra) && extra.left._tag).toBe("InvalidInput");
    expect(
      E.isRight(validate(SchulzeOptionsSchema, { strength: "ratio", unranked: "not-compared" })),
    ).toBe(true);
  });
});

describe("schulze explanation", () => {
  it("says when there is no path between two candidates in either direction", () => {
    // Tennessee with a single Knoxville-first voter: Memphis ties 42-42 with every rival, so it
    // has no path to Chattanooga and Chattanooga none to it.
    const outcome = decide({
      method: "schulze",
      candidates: ["Memphis", "Nashville", "Chattanooga", "Knoxville"],
      ballots: [
        { ranking: ["Memphis", "Nashville", "Chattanooga", "Knoxville"], count: 42 },
        { ranking: ["Nashville", "Chattanooga", "Knoxville", "Memphis"], count: 26 },
        { ranking: ["Chattanooga", "Knoxville", "Nashville", "Memphis"], count: 15 },
        "Knoxville>Chattanooga>Nashville>Memphis",
      ],
      tieBreak: { kind: "none" },
    });
    if (outcome._tag === "Left") throw new Error(outcome.left.message);
    const texts = outcome.right.explanation.map((s) => s.text);
    expect(texts).toContain(
      "There is no path between Memphis and Chattanooga in either direction, so Memphis and Chattanooga are tied.",
    );
    expect(texts.join(" ")).not.toContain("null");
    expect(outcome.right.winners).toEqual(["Memphis", "Nashville"]);
  });
});
