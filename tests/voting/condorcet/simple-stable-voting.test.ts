import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { simpleStableVoting, simpleStableVotingMethod } from "../../../src/voting/index.js";
import { runs } from "../../helpers/runs.js";
import { describeAxioms, outcomeOf, type TestProfile, weakProfiles } from "../helpers/axioms.js";
import { right } from "../helpers/profiles.js";
import { profileOf, tennessee } from "./helpers.js";

describe("simpleStableVoting", () => {
  it("elects c in a cycle where a beats b by 5, c beats a by 3 and b beats c by 1", () => {
    // (a,b) 5: does a win {a,c}? No, c. (c,a) 3: c wins {b,c}? No, b. (b,c) 1: b wins {a,b}? No,
    // a. Then the negative margins: (c,b) -1: c wins {a,c}: yes.
    const p = profileOf(
      ["a", "b", "c"],
      [
        [3, "a>b>c"],
        [2, "b>c>a"],
        [4, "c>a>b"],
      ],
    );
    const outcome = right(simpleStableVoting(p));
    expect(outcome.winners).toEqual(["c"]);
    expect(outcome.decidingPairs).toEqual([{ winner: "c", without: "b", margin: -1 }]);
  });

  it("elects the Condorcet winner of the Tennessee example", () => {
    expect(right(simpleStableVoting(tennessee())).winners).toEqual(["Nashville"]);
  });

  it("agrees with a direct reading of the definition, ties as parallel universes", () => {
    const names = ["ann", "bo", "cy", "di"];
    fc.assert(
      fc.property(weakProfiles, (p: TestProfile) => {
        const rank = (t: readonly (readonly number[])[], c: number) => {
          const i = t.findIndex((x) => x.includes(c));
          return i < 0 ? 99 : i;
        };
        const margin = (i: number, j: number) =>
          p.ballots.reduce(
            (s, b) => s + Math.sign(rank(b.tiers, j) - rank(b.tiers, i)) * b.count,
            0,
          );
        const ssv = (set: readonly number[]): number[] => {
          if (set.length <= 1) return [...set];
          const pairs = set.flatMap((a) => set.filter((b) => b !== a).map((b) => [a, b] as const));
          const levels = [...new Set(pairs.map(([a, b]) => margin(a, b)))].sort((x, y) => y - x);
          for (const level of levels) {
            const won = pairs
              .filter(
                ([a, b]) => margin(a, b) === level && ssv(set.filter((c) => c !== b)).includes(a),
              )
              .map(([a]) => a);
            if (won.length > 0) return [...new Set(won)].sort();
          }
          return [];
        };
        const all = names.slice(0, p.n).map((_, c) => c);
        const outcome = outcomeOf({
          method: "simple-stable-voting",
          candidates: names.slice(0, p.n),
          ballots: p.ballots.map((b) => ({
            ranking: b.tiers.map((t) => t.map((c) => names[c])),
            count: b.count,
          })),
          tieBreak: { kind: "none" },
        });
        expect([...outcome.winners].sort()).toEqual(
          ssv(all)
            .map((c) => names[c])
            .sort(),
        );
      }),
      { numRuns: runs(300) },
    );
  });

  it("refuses more candidates than the work limit, before counting", () => {
    const names = Array.from({ length: 17 }, (_, i) => `c${i}`);
    const p = profileOf(names, [[1, names.join(">")]]);
    expect(simpleStableVoting(p)).toEqual(
      E.left(expect.objectContaining({ _tag: "Unsupported", reason: "work_limit" })),
    );
    expect(right(simpleStableVoting(p, { maxCandidates: 17 })).winners).toEqual(["c0"]);
  });
});

describe("simple-stable-voting: the axioms it claims", () => {
  describeAxioms(simpleStableVotingMethod);
});
