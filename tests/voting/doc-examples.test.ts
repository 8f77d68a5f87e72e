/** The `@example` blocks of the positional, runoff and cardinal methods, run as tests. */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  antiPlurality,
  approval,
  baldwin,
  borda,
  bucklin,
  coombs,
  decide,
  dowdall,
  getMethod,
  irv,
  listMethods,
  majorityJudgment,
  methodsTable,
  nanson,
  plurality,
  score,
  star,
  twoRound,
  usualJudgment,
} from "../../src/voting/index.js";
import { approvals, graded, ranked, scored } from "./helpers/profiles.js";

const tn = () =>
  ranked(
    ["M", "N", "C", "K"],
    [
      { ranking: ["M", "N", "C", "K"], count: 42 },
      { ranking: ["N", "C", "K", "M"], count: 26 },
      { ranking: ["C", "K", "N", "M"], count: 15 },
      { ranking: ["K", "C", "N", "M"], count: 17 },
    ],
  );

describe("doc examples", () => {
  it("ranked methods on the Tennessee example", () => {
    expect(plurality(tn()).winners).toEqual(["M"]);
    expect(antiPlurality(tn(), {}, { kind: "none" }).winners).toEqual(["N", "C"]);
    expect(borda(tn()).scores).toEqual({ M: 126, N: 194, C: 173, K: 107 });
    expect(bucklin(tn()).scores).toEqual({ M: 42, N: 68, C: 58, K: 32 });
    expect(irv(tn()).winners).toEqual(["K"]);
    expect(twoRound(tn()).winners).toEqual(["N"]);
    expect(coombs(tn()).winners).toEqual(["N"]);
    expect(nanson(tn()).winners).toEqual(["N"]);
    expect(baldwin(tn()).winners).toEqual(["N"]);
  });

  it("dowdall, approval, score, star, majority and usual judgment", () => {
    expect(dowdall(ranked(["a", "b", "c"], ["a>b>c", "b>c>a", "b>a>c"])).scores).toEqual({
      a: "11/6",
      b: "5/2",
      c: "7/6",
    });
    expect(
      approval(
        approvals(
          ["a", "b", "c"],
          [{ approve: ["a", "b"] }, { approve: ["b"] }, { approve: ["c"] }],
        ),
      ).winners,
    ).toEqual(["b"]);
    const range = { min: 0, max: 5 };
    expect(
      score(scored(["a", "b"], [{ scores: { a: 5, b: 3 } }, { scores: { a: 0, b: 4 } }], range))
        .scores,
    ).toEqual({
      a: 5,
      b: 7,
    });
    const starProfile = scored(
      ["a", "b", "c"],
      [
        { scores: { a: 5, b: 0, c: 1 }, count: 2 },
        { scores: { a: 4, b: 5, c: 0 }, count: 3 },
      ],
      range,
    );
    expect(star(starProfile).winners).toEqual(["b"]);
    const scale = ["excellent", "good", "fair", "poor"];
    const judged = graded(
      ["a", "b"],
      [
        { grades: { a: "excellent", b: "good" } },
        { grades: { a: "fair", b: "good" } },
        { grades: { a: "good", b: "fair" } },
      ],
      scale,
    );
    expect(majorityJudgment(judged).winners).toEqual(["a"]);
    expect(majorityJudgment(judged).gauges).toMatchObject({
      a: { grade: "good", sign: "-" },
      b: { grade: "good", sign: "-" },
    });
    expect(usualJudgment(judged).scores).toEqual({ a: 2, b: "7/4" });
  });

  it("decide, the registry and the table", () => {
    const outcome = decide({
      method: "irv",
      candidates: ["a", "b", "c"],
      ballots: ["a>b>c", "b>a>c", "c>b>a"],
    });
    expect(E.isRight(outcome) && outcome.right.winners).toEqual(["b"]);
    expect(getMethod("irv")?.name).toBe("Instant runoff (alternative vote)");
    expect(getMethod("nope")).toBeUndefined();
    expect(listMethods().map((m) => m.id)).toContain("borda");
    expect(methodsTable().split("\n")[0]).toMatch(
      /^\| Method \| id \| Ballot \| Majority \| Condorcet winner \|.*\| Complexity \|$/,
    );
  });
});
