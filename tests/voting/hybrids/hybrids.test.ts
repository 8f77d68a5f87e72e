import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import type { RankedProfile } from "../../../src/ballots/profile.js";
import type { DecideError } from "../../../src/core/errors.js";
import {
  benham,
  btrIrv,
  condorcetIrv,
  decide,
  irv,
  smithIrv,
  smithMinimax,
  tidemanAlternative,
  woodall,
} from "../../../src/voting/index.js";
import { profileOf } from "../condorcet/helpers.js";
import { right, tennessee } from "../helpers/profiles.js";

/** Electowiki, "Tideman's Alternative methods": 6 D>A>B>C, 5 B>C>A>D, 4 C>A>B>D. */
const electowiki = (): RankedProfile =>
  profileOf(
    ["A", "B", "C", "D"],
    [
      [6, "D>A>B>C"],
      [5, "B>C>A>D"],
      [4, "C>A>B>D"],
    ],
  );

const winners = (e: E.Either<DecideError, { readonly winners: readonly string[] }>): string[] => [
  ...right(e).winners,
];

describe("Condorcet–IRV hybrids on electowiki's Tideman's Alternative example", () => {
  // A beats B 10–5, B beats C 11–4, C beats A 9–6, and all three beat D: the Smith set is A, B, C.
  it("Tideman's Alternative and Smith//IRV drop D (outside the Smith set), then C, and elect A (electowiki)", () => {
    const outcome = right(tidemanAlternative(electowiki()));
    expect(outcome.winners).toEqual(["A"]);
    expect(outcome.rounds?.map((r) => r.eliminated ?? r.elected)).toEqual([["D"], ["C"], ["A"]]);
    expect(outcome.rounds?.[1]?.tallies).toEqual({ A: 6, B: 5, C: 4 });
    const smith = right(smithIrv(electowiki()));
    expect(smith.winners).toEqual(["A"]);
    expect(smith.rounds?.map((r) => r.eliminated ?? r.elected)).toEqual([["D"], ["C"], ["A"]]);
    expect(smith.rounds?.[2]?.tallies).toEqual({ A: 10, B: 5 });
  });

  it("plain IRV drops A first (no first preferences) and elects B, as Benham and Woodall do", () => {
    expect(irv(electowiki()).winners).toEqual(["B"]);
    const b = right(benham(electowiki()));
    // After A goes, B beats C 11–4 and D 9–6.
    expect(b.winners).toEqual(["B"]);
    expect(b.rounds?.map((r) => r.eliminated ?? r.elected)).toEqual([["A"], ["B"]]);
    const w = right(woodall(electowiki()));
    // A and then C go; B is the last of the Smith set still in.
    expect(w.rounds?.map((r) => r.eliminated ?? r.elected)).toEqual([["A"], ["C"], ["B"]]);
    expect(winners(condorcetIrv(electowiki()))).toEqual(["B"]);
  });

  it("bottom-two runoff: C beats A (9–6), B beats C, then B beats D", () => {
    const outcome = right(btrIrv(electowiki()));
    expect(outcome.winners).toEqual(["B"]);
    expect(outcome.rounds?.map((r) => r.eliminated ?? r.elected)).toEqual([
      ["A"],
      ["C"],
      ["D"],
      ["B"],
    ]);
    expect(outcome.rounds?.[0]?.text).toBe(
      "First preferences D 6, B 5, C 4, A 0 (15 ballots in play). The bottom two are A and C: A 6 to C 9 head to head, so A is eliminated.",
    );
  });

  it("Smith//Minimax: worst defeats within the Smith set are A 9, B 10, C 11", () => {
    const outcome = smithMinimax(electowiki());
    expect(outcome.winners).toEqual(["A"]);
    expect(outcome.scores).toEqual({ A: 9, B: 10, C: 11, D: 9 });
    expect(outcome.ranking).toEqual([["A"], ["B"], ["C"], ["D"]]);
  });
});

describe("Condorcet–IRV hybrids on published examples", () => {
  it("Smith//IRV elects the Condorcet winner B of electowiki's 49 A>B, 3 B, 48 C>B (IRV elects A)", () => {
    const p = profileOf(
      ["A", "B", "C"],
      [
        [49, "A>B"],
        [3, "B"],
        [48, "C>B"],
      ],
    );
    expect(irv(p).winners).toEqual(["A"]);
    expect(winners(smithIrv(p))).toEqual(["B"]);
    expect(winners(condorcetIrv(p))).toEqual(["B"]);
    expect(winners(benham(p))).toEqual(["B"]);
    expect(winners(btrIrv(p))).toEqual(["B"]);
  });

  it("elects Nashville, the Condorcet winner, in the Tennessee example (electowiki, Bottom-Two-Runoff IRV)", () => {
    const outcome = right(btrIrv(tennessee()));
    expect(outcome.winners).toEqual(["Nashville"]);
    expect(outcome.rounds?.map((r) => r.eliminated ?? r.elected)).toEqual([
      ["Knoxville"],
      ["Chattanooga"],
      ["Memphis"],
      ["Nashville"],
    ]);
    for (const f of [smithIrv, tidemanAlternative, benham, woodall, condorcetIrv])
      expect(winners(f(tennessee()))).toEqual(["Nashville"]);
    expect(smithMinimax(tennessee()).winners).toEqual(["Nashville"]);
  });
});

describe("Condorcet–IRV hybrids: ties and limits", () => {
  // A three-way cycle with equal first preferences: a>b>c, b>c>a, c>a>b.
  const cycle = (): RankedProfile =>
    profileOf(
      ["a", "b", "c"],
      [
        [1, "a>b>c"],
        [1, "b>c>a"],
        [1, "c>a>b"],
      ],
    );

  it("under tie-break none follows every elimination and reports every path's winner", () => {
    for (const f of [smithIrv, tidemanAlternative, benham, woodall, condorcetIrv, btrIrv]) {
      const outcome = right(f(cycle(), {}, { kind: "none" }));
      expect(outcome.winners).toEqual(["a", "b", "c"]);
      expect(outcome.tieBreaks[0]?.chosen).toBeNull();
    }
  });

  it("under a deciding policy records the tie and elects one", () => {
    const outcome = right(smithIrv(cycle(), {}, { kind: "lexicographic" }));
    // c is eliminated by lexicographic order (its name sorts last); c>a>b moves to a: a 2, b 1.
    expect(outcome.winners).toEqual(["a"]);
    expect(outcome.tieBreaks[0]).toMatchObject({ tied: ["a", "b", "c"], chosen: "c" });
  });

  it("Tideman's Alternative, Schwartz variant: a pairwise tie leaves both in the Schwartz set", () => {
    const p = profileOf(
      ["a", "b", "c"],
      [
        [1, "a>b>c"],
        [1, "b>a>c"],
      ],
    );
    const outcome = right(tidemanAlternative(p, { set: "schwartz" }, { kind: "none" }));
    expect(outcome.variant).toBe("schwartz");
    expect(outcome.winners).toEqual(["a", "b"]);
  });

  it("refuses to follow the ties of more candidates than options.maxTiePathCandidates allows", () => {
    const n = 6;
    const names = Array.from({ length: n }, (_, i) => `c${i}`);
    // Every candidate first on one ballot: all tie for fewest at once.
    const p = profileOf(
      names,
      names.map((_, i) => [1, [...names.slice(i), ...names.slice(0, i)].join(">")] as const),
    );
    const refused = benham(p, { maxTiePathCandidates: 5 }, { kind: "none" });
    expect(E.isLeft(refused) && refused.left).toMatchObject({
      _tag: "Unsupported",
      reason: "work_limit",
      limit: { name: "elimination.tie-path-candidates", limit: 5, size: 6 },
    });
    expect(E.isRight(benham(p, {}, { kind: "none" }))).toBe(true);
  });

  it("bounds every elimination count's tie search with the one option, maxTiePathCandidates", () => {
    const methods = ["irv", "coombs", "baldwin", "contingent", "smith-irv", "tideman-alternative"];
    for (const method of [...methods, "benham", "woodall", "condorcet-irv", "btr-irv"]) {
      // Four candidates, each first on one ballot: all four continue at the first tie.
      const spec = (options: unknown) => ({
        method,
        candidates: ["a", "b", "c", "d"],
        ballots: ["a>b>c>d", "b>c>d>a", "c>d>a>b", "d>a>b>c"],
        options,
        tieBreak: { kind: "none" },
      });
      expect(decide(spec({ maxTiePathCandidates: 3 })), method).toMatchObject({
        _tag: "Left",
        left: {
          _tag: "Unsupported",
          reason: "work_limit",
          limit: { name: "elimination.tie-path-candidates", limit: 3, size: 4 },
        },
      });
      expect(E.isRight(decide(spec({ maxTiePathCandidates: 4 }))), method).toBe(true);
    }
  });

  it("returns InvalidInput for an unknown set or a limit past the ceiling", () => {
    const spec = (options: unknown) => ({
      method: "tideman-alternative",
      candidates: ["a", "b"],
      ballots: ["a>b"],
      options,
    });
    const bad = decide(spec({ set: "copeland" }));
    expect(E.isLeft(bad) && bad.left._tag).toBe("InvalidInput");
    const far = decide(spec({ maxTiePathCandidates: 21 }));
    expect(E.isLeft(far) && far.left._tag).toBe("InvalidInput");
    expect(E.isRight(decide(spec({ set: "schwartz", maxTiePathCandidates: 20 })))).toBe(true);
  });
});
