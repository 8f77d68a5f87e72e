import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { decide, river, riverMethod } from "../../../src/voting/index.js";
import { runs } from "../../helpers/runs.js";
import { describeAxioms, outcomeOf, type TestProfile, weakProfiles } from "../helpers/axioms.js";
import { right } from "../helpers/profiles.js";
import { profileOf, schulze45, tennessee } from "./helpers.js";

describe("river", () => {
  it("affirms B>D, C>B, A>C and C>E in Schulze's 45-voter example and elects A (Schulze elects E)", () => {
    // Winning votes: B>D 33, E>D 31 (D already beaten), A>D 30 (idem), C>B 29, D>C 28 (cycle),
    // E>B 27 (B beaten), A>C 26, B>A 25 (cycle), C>E 24, E>A 23 (cycle).
    const outcome = right(river(schulze45()));
    expect(outcome.affirmed.map((d) => `${d.winner}>${d.loser}`)).toEqual([
      "B>D",
      "C>B",
      "A>C",
      "C>E",
    ]);
    expect(outcome.winners).toEqual(["A"]);
    expect(outcome.ranking).toEqual([["A"], ["C"], ["B", "E"], ["D"]]);
  });

  it("elects the Condorcet winner of the Tennessee example", () => {
    const outcome = right(river(tennessee()));
    expect(outcome.winners).toEqual(["Nashville"]);
    expect(outcome.affirmed.map((d) => `${d.winner}>${d.loser}`)).toEqual([
      "Chattanooga>Knoxville",
      "Nashville>Chattanooga",
      "Chattanooga>Memphis",
    ]);
    // Chattanooga, Knoxville and Nashville each beat Memphis 58 to 42; the lexicographic
    // tie-breaking ranking takes Chattanooga's defeat first.
    expect(outcome.tieBreaks[0]?.step).toBe("tie-breaking ranking of candidates, place 1");
  });

  it("under tie-break none elects every root over every order of equal-strength defeats", () => {
    const cycle = profileOf(
      ["a", "b", "c"],
      [
        [1, "a>b>c"],
        [1, "b>c>a"],
        [1, "c>a>b"],
      ],
    );
    const outcome = right(river(cycle, {}, { kind: "none" }));
    expect(outcome.winners).toEqual(["a", "b", "c"]);
    expect(outcome.tieBreaks[0]).toMatchObject({ step: "defeats of equal strength", chosen: null });
    expect(right(river(cycle)).winners).toHaveLength(1);
  });

  it("stops with Unsupported when the tie search passes options.maxTieStates", () => {
    const cycle = profileOf(
      ["a", "b", "c"],
      [
        [1, "a>b>c"],
        [1, "b>c>a"],
        [1, "c>a>b"],
      ],
    );
    expect(river(cycle, { maxTieStates: 3 }, { kind: "none" })).toEqual(
      E.left(
        expect.objectContaining({
          _tag: "Unsupported",
          reason: "work_limit",
          limit: expect.objectContaining({ name: "river.tie-states", limit: 3 }),
        }),
      ),
    );
    const bad = decide({
      method: "river",
      candidates: ["a", "b"],
      ballots: ["a>b"],
      options: { maxTieStates: 0 },
      tieBreak: { kind: "none" },
    });
    expect(E.isLeft(bad) && bad.left._tag).toBe("InvalidInput");
  });

  it("matches a brute force over every order of equal-strength defeats (tie-break none)", () => {
    const names = ["ann", "bo", "cy", "di"];
    fc.assert(
      fc.property(weakProfiles, (p: TestProfile) => {
        const rank = (t: readonly (readonly number[])[], c: number) => {
          const i = t.findIndex((x) => x.includes(c));
          return i < 0 ? 99 : i;
        };
        const d = (i: number, j: number) =>
          p.ballots.reduce((s, b) => s + (rank(b.tiers, i) < rank(b.tiers, j) ? b.count : 0), 0);
        const defeats: [number, number, number, number][] = [];
        for (let i = 0; i < p.n; i++)
          for (let j = 0; j < p.n; j++)
            if (i !== j && d(i, j) > d(j, i)) defeats.push([i, j, d(i, j), d(j, i)]);
        const key = (x: [number, number, number, number]) => x[2] * 1000 - x[3];
        const roots = new Set<number>();
        const permute = (rest: [number, number, number, number][], parents: number[]): void => {
          if (rest.length === 0) {
            for (const [c, v] of parents.entries()) if (v === -1) roots.add(c);
            return;
          }
          const top = Math.max(...rest.map(key));
          for (const x of rest.filter((y) => key(y) === top)) {
            const next = [...parents];
            let cycle = false;
            for (let v = x[0]; v !== -1; v = next[v] as number) if (v === x[1]) cycle = true;
            if (next[x[1]] === -1 && !cycle) next[x[1]] = x[0];
            permute(
              rest.filter((y) => y !== x),
              next,
            );
          }
        };
        permute(defeats, Array(p.n).fill(-1));
        const outcome = outcomeOf({
          method: "river",
          candidates: names.slice(0, p.n),
          ballots: p.ballots.map((b) => ({
            ranking: b.tiers.map((t) => t.map((c) => names[c])),
            count: b.count,
          })),
          tieBreak: { kind: "none" },
        });
        expect([...outcome.winners].sort()).toEqual([...roots].map((c) => names[c]).sort());
      }),
      { numRuns: runs(300) },
    );
  });
});

describe("river: the axioms it claims", () => {
  describeAxioms(riverMethod);
});
