import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { slater, slaterMethod } from "../../../src/voting/index.js";
import { runs } from "../../helpers/runs.js";
import { describeAxioms, outcomeOf, type TestProfile, weakProfiles } from "../helpers/axioms.js";
import { right } from "../helpers/profiles.js";
import { profileOf, schulze45, tennessee } from "./helpers.js";

const permutations = (items: readonly number[]): number[][] =>
  items.length <= 1
    ? [[...items]]
    : items.flatMap((x, i) =>
        permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((p) => [x, ...p]),
      );

describe("slater", () => {
  it("ranks the Tennessee cities as their head-to-head results do, reversing none", () => {
    const outcome = right(slater(tennessee()));
    expect(outcome.winners).toEqual(["Nashville"]);
    expect(outcome.reversals).toBe(0);
    expect(outcome.slaterRankings).toEqual([["Nashville", "Chattanooga", "Knoxville", "Memphis"]]);
  });

  it("in Schulze's 45-voter example reverses two majorities at best, with C or E first", () => {
    // Wins: A>C, A>D, B>A, B>D, C>B, C>E, D>C, E>A, E>B, E>D. C > E > B > A > D reverses only
    // A>C and D>C; E first needs C below E, and so on; no ranking reverses fewer than two.
    const outcome = right(slater(schulze45(), {}, { kind: "none" }));
    expect(outcome.reversals).toBe(2);
    expect(outcome.winners).toEqual(["C", "E"]);
    expect(outcome.slaterRankings).toContainEqual(["C", "E", "B", "A", "D"]);
  });

  it("a three-way cycle: each of three rankings reverses one majority, and all three tops tie", () => {
    const p = profileOf(
      ["a", "b", "c"],
      [
        [1, "a>b>c"],
        [1, "b>c>a"],
        [1, "c>a>b"],
      ],
    );
    const outcome = right(slater(p, {}, { kind: "none" }));
    expect(outcome.reversals).toBe(1);
    expect(outcome.winners).toEqual(["a", "b", "c"]);
  });

  it("agrees with a brute force over every ranking (tie-break none)", () => {
    const names = ["ann", "bo", "cy", "di"];
    fc.assert(
      fc.property(weakProfiles, (p: TestProfile) => {
        const rank = (t: readonly (readonly number[])[], c: number) => {
          const i = t.findIndex((x) => x.includes(c));
          return i < 0 ? 99 : i;
        };
        const d = (i: number, j: number) =>
          p.ballots.reduce((s, b) => s + (rank(b.tiers, i) < rank(b.tiers, j) ? b.count : 0), 0);
        const all = names.slice(0, p.n).map((_, c) => c);
        let best = Number.POSITIVE_INFINITY;
        const tops = new Set<number>();
        for (const order of permutations(all)) {
          let rev = 0;
          for (let x = 0; x < order.length; x++)
            for (let y = x + 1; y < order.length; y++)
              if (
                d(order[y] as number, order[x] as number) >
                d(order[x] as number, order[y] as number)
              )
                rev++;
          if (rev < best) {
            best = rev;
            tops.clear();
          }
          if (rev === best) tops.add(order[0] as number);
        }
        const outcome = outcomeOf({
          method: "slater",
          candidates: names.slice(0, p.n),
          ballots: p.ballots.map((b) => ({
            ranking: b.tiers.map((t) => t.map((c) => names[c])),
            count: b.count,
          })),
          tieBreak: { kind: "none" },
        });
        expect([...outcome.winners].sort()).toEqual([...tops].map((c) => names[c]).sort());
      }),
      { numRuns: runs(200) },
    );
  });

  it("refuses more candidates than the work limit, before counting", () => {
    const names = Array.from({ length: 21 }, (_, i) => `c${i}`);
    const p = profileOf(names, [[1, names.join(">")]]);
    expect(slater(p)).toEqual(
      E.left(expect.objectContaining({ _tag: "Unsupported", reason: "work_limit" })),
    );
  });
});

describe("slater: the axioms it claims", () => {
  describeAxioms(slaterMethod);
});
