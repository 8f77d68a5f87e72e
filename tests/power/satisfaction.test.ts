import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { type SatisfactionReport, whosePreferencesWon } from "../../src/power/index.js";

const ok = (spec: unknown): SatisfactionReport => {
  const result = whosePreferencesWon(spec);
  if (E.isLeft(result)) throw new Error(result.left.message);
  return result.right;
};

describe("whosePreferencesWon with rankings", () => {
  // Candidates a, b, c, d; winner b. A voter ranking b first is fully satisfied (1); b second of
  // four gives 1 - 1/3; b tied second with c gives the same; b unlisted below a and c gives 1 - 2/3.
  const report = ok({
    kind: "ranking",
    winners: ["b"],
    candidates: ["a", "b", "c", "d"],
    voters: [
      { id: "v1", group: "north", ranking: [["b"], ["a"]] },
      { id: "v2", group: "north", ranking: [["a"], ["b"], ["c"]] },
      { id: "v3", group: "south", ranking: [["a"], ["b", "c"]] },
      { id: "v4", group: "south", ranking: [["a", "c"]], count: 2 },
    ],
  });

  it("places each voter's best-placed winner", () => {
    expect(report.voters.map((v) => [v.satisfaction, v.firstChoiceWon, v.winnerRank])).toEqual([
      [1, true, 1],
      [1 - 1 / 3, false, 2],
      [1 - 1 / 3, false, 2],
      [1 - 2 / 3, false, 3],
    ]);
  });

  it("summarises groups, counting repeated ballots, and the gap between them", () => {
    expect(report.groups["north"]).toEqual({
      voters: 2,
      noPreference: 0,
      meanSatisfaction: expect.closeTo((1 + 2 / 3) / 2, 12),
      firstChoiceWinRate: 0.5,
    });
    expect(report.groups["south"]?.voters).toBe(3);
    expect(report.groups["south"]?.meanSatisfaction).toBeCloseTo((2 / 3 + 2 * (1 / 3)) / 3, 12);
    expect(report.gaps.satisfaction?.highest).toBe("north");
    expect(report.gaps.satisfaction?.lowest).toBe("south");
    expect(report.gaps.firstChoiceWinRate).toEqual({ gap: 0.5, highest: "north", lowest: "south" });
  });

  it("measures inequality of satisfaction across the five voters", () => {
    expect(report.inequality.unsatisfiedShare).toBe(0);
    expect(report.inequality.gini).toBeGreaterThan(0);
  });
});

describe("whosePreferencesWon with approvals and budgets", () => {
  it("gives the share of approved candidates elected", () => {
    const report = ok({
      kind: "approval",
      winners: ["park"],
      voters: [
        { group: "owners", approve: ["park"], count: 3 },
        { group: "renters", approve: ["housing", "park"], count: 2 },
        { group: "renters", approve: [] },
      ],
    });
    expect(report.groups).toEqual({
      owners: { voters: 3, noPreference: 0, meanSatisfaction: 1, firstChoiceWinRate: 1 },
      renters: { voters: 3, noPreference: 1, meanSatisfaction: 0.5, firstChoiceWinRate: 1 },
    });
    expect(report.gaps.satisfaction).toEqual({ gap: 0.5, highest: "owners", lowest: "renters" });
    expect(report.voters[2]?.satisfaction).toBeNull();
  });

  it("gives the share of approved cost funded", () => {
    const report = ok({
      kind: "budget",
      winners: ["library"],
      costs: JSON.parse('{ "library": 300, "pool": 100, "__proto__": 50 }'),
      voters: [{ approve: ["library", "pool"] }, { approve: ["pool", "__proto__"] }],
    });
    expect(report.voters.map((v) => v.satisfaction)).toEqual([0.75, 0]);
    expect(report.groups["ungrouped"]?.meanSatisfaction).toBeCloseTo(0.375, 12);
    expect(report.inequality.unsatisfiedShare).toBe(0.5);
    expect(report.inequality.gini).toBeCloseTo(0.5, 12);
  });

  it("gives null inequality when no voter got anything", () => {
    const report = ok({
      kind: "approval",
      winners: ["x"],
      voters: [{ approve: ["y"] }, { approve: ["z"] }],
    });
    expect(report.inequality).toEqual({ gini: null, hoover: null, unsatisfiedShare: 1 });
    expect(report.gaps.satisfaction).toBeNull();
  });
});

describe("whosePreferencesWon errors", () => {
  it("lists missing ballots, duplicates and missing costs with their paths", () => {
    const paths = (spec: unknown) => {
      const result = whosePreferencesWon(spec);
      return E.isLeft(result) && result.left._tag === "InvalidInput"
        ? result.left.issues.map((i) => `${i.path}:${i.code}`)
        : [];
    };
    expect(
      paths({
        kind: "ranking",
        winners: ["a"],
        voters: [{ approve: ["a"] }, { ranking: [["a"], ["a"]] }],
      }),
    ).toEqual(["voters[0].ranking:missing_ballot", "voters[1].ranking[1][0]:duplicate_candidate"]);
    expect(
      paths({ kind: "budget", winners: ["a"], costs: { a: 1 }, voters: [{ approve: ["b"] }] }),
    ).toEqual(["costs.b:missing_cost"]);
    expect(paths({ kind: "vote", winners: [], voters: [] })).toEqual([
      "kind:invalid_value",
      "voters:too_small",
    ]);
  });

  it("never throws", () => {
    for (const input of [
      null,
      1,
      "x",
      { kind: "approval" },
      { kind: "approval", winners: "a", voters: [{}] },
    ]) {
      expect(E.isLeft(whosePreferencesWon(input))).toBe(true);
    }
  });
});

describe("whosePreferencesWon's work limit", () => {
  const spec = (count: number, maxVoters?: number) => ({
    kind: "approval",
    winners: ["park"],
    voters: Array.from({ length: 60 }, () => ({ approve: ["park"], count })),
    ...(maxVoters === undefined ? {} : { maxVoters }),
  });
  it("refuses more voters (counts included) than the limit before counting them", () => {
    // 60 voters of a million each would have expanded 60 million values.
    expect(whosePreferencesWon(spec(1_000_000))).toMatchObject({
      _tag: "Left",
      left: {
        _tag: "Unsupported",
        reason: "work_limit",
        limit: { name: "whosePreferencesWon.voters", size: 60_000_000, limit: 1_000_000 },
      },
    });
  });
  it("counts up to the limit, which maxVoters raises up to its ceiling", () => {
    expect(whosePreferencesWon(spec(10))._tag).toBe("Right");
    expect(whosePreferencesWon(spec(20_000, 2_000_000))._tag).toBe("Right");
    expect(whosePreferencesWon(spec(10, 100_000_000))).toMatchObject({
      _tag: "Left",
      left: { _tag: "InvalidInput", issues: [{ path: "maxVoters" }] },
    });
  });
});
