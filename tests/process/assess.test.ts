import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type Assessment,
  type AssessOptions,
  assessProcess,
  FLAG_IDS,
  type Flag,
  type Indicator,
  type JointProcess,
  parseProcess,
  THRESHOLDS,
} from "../../src/process/index.js";
import { healthy, troubled } from "./scenarios.js";

const right = <T>(either: E.Either<unknown, T>): T => {
  if (E.isLeft(either)) throw new Error(`expected right, got ${JSON.stringify(either.left)}`);
  return either.right;
};

const parse = (input: unknown): JointProcess => right(parseProcess(input));
const assess = (input: unknown, options: Partial<AssessOptions> = {}): Assessment =>
  right(assessProcess(parse(input), { asOf: "2025-06-30", ...options }));

const indicator = (a: Assessment, id: string, subject: string | null = null): Indicator => {
  const found = Object.values(a.factors)
    .flat()
    .find((i) => i.id === id && i.subject === subject);
  if (found === undefined) throw new Error(`no indicator ${id} for ${subject}`);
  return found;
};
const flagOf = (a: Assessment, id: string): Flag => {
  const found = a.flags.find((f) => f.id === id);
  if (found === undefined) throw new Error(`no flag ${id}`);
  return found;
};

describe("assessProcess on a process with no problems (tests/process/scenarios.ts, healthy)", () => {
  const a = assess(healthy());

  it("raises no flag", () => {
    expect(a.flags).toEqual([]);
  });

  it("depth: every right is evidenced, so the practised level is empower as claimed", () => {
    // s1 (deliberate) and s2 (decide) have resident participants: receives-information,
    // gives-input, deliberates; s1's feedback on 2023-08-01 shows influence: told-how-input-used;
    // r1 and r2 set agendas: proposes-options, sets-agenda; the panel [4; 1,1,1,1,1,1] gives the
    // five residents 5 >= 4 (decides), the officer alone 1 < 4 (can-veto), every resident swings
    // (shares-decision); c1 and c2 were committed for d1 (commitment-to-implement).
    const depth = indicator(a, "depth.level", "d1");
    expect(depth.value).toEqual({
      practised: "empower",
      claimed: "empower",
      arnstein: "citizen-control",
      arnsteinRung: 8,
    });
    expect(depth.inputs["residentsDecisive"]).toBe(true);
    expect(indicator(a, "depth.decisive-share").value).toBe(1);
  });

  it("power: six equal seats share power equally, 5/6 to residents", () => {
    // Banzhaf of [4; 1,1,1,1,1,1]: symmetric players, 1/6 each; Shapley-Shubik likewise.
    const body = indicator(a, "power.body", "panel").value as Record<
      string,
      Record<string, number>
    >;
    expect(body["resident"]?.["seats"]).toBe(5);
    expect(body["resident"]?.["banzhaf"]).toBeCloseTo(5 / 6, 12);
    expect(body["officer"]?.["shapleyShubik"]).toBeCloseTo(1 / 6, 12);
    expect(body["resident"]?.["powerOverSeats"]).toBeCloseTo(1, 12);
  });

  it("power: participants mirror the population (3 north, 2 south against 0.6 / 0.4)", () => {
    const rep = indicator(a, "power.representation", "area").value as Record<string, unknown>;
    expect(rep["gallagher"]).toBeCloseTo(0, 12);
    expect(rep["ratios"]).toEqual({ north: 1, south: 1 });
  });

  it("power: everyone speaks equally (Gini 0) and every resident's approved project won", () => {
    const voice = indicator(a, "power.voice").value as Record<string, unknown>;
    expect(voice["gini"]).toBe(0);
    // each resident approved p1, which won: satisfaction 1 (approval: share of approved that won)
    expect(indicator(a, "power.preferences", "s2").value).toEqual({
      byRole: { resident: { voters: 5, meanSatisfaction: 1, firstChoiceWinRate: 1 } },
      byGroup: {
        area: {
          north: { voters: 3, meanSatisfaction: 1, firstChoiceWinRate: 1 },
          south: { voters: 2, meanSatisfaction: 1, firstChoiceWinRate: 1 },
        },
      },
    });
    expect(indicator(a, "power.recommendations-adopted", "s1").value).toBe(1);
  });

  it("follow-through: 2 of 2 due commitments delivered on time; feedback 32 days after close", () => {
    expect(indicator(a, "followThrough.commitments").value).toEqual({
      followThroughRate: 1,
      onTimeRate: 1,
      overdue: 0,
    });
    // plannedEndAt 2024-12-31 + 4 months = 2025-04-30, before asOf: judged
    expect(indicator(a, "followThrough.commitments").inputs["judgedFrom"]).toBe("2025-04-30");
    // s1 closed 2023-06-30, feedback 2023-08-01: 32 days <= 84
    expect(indicator(a, "followThrough.feedback").value).toBe(1);
  });

  it("time: 29 months; survey summarised exactly, Cliff's delta 11/16, rising", () => {
    // 2023-01-15 to 2025-06-30: 29 whole months
    expect(indicator(a, "time.months").value).toBe(29);
    const survey = indicator(a, "time.survey", "influence");
    const waves = survey.inputs["waves"] as Record<string, unknown>[];
    // wave 1: [2, 2, 3, 4]: counts by level 1..5 = [0, 2, 1, 1, 0]; lower median (rank 2) = 2,
    // upper (rank 3) = 3; agree (>= 4) = 1 of 4
    expect(waves[0]).toEqual({
      at: "2023-02-01",
      n: 4,
      counts: [0, 2, 1, 1, 0],
      median: 2,
      upperMedian: 3,
      agree: 1,
      agreeShare: 0.25,
    });
    // latest [3, 4, 4, 5] against first [2, 2, 3, 4]: 3 beats 2,2 and loses to 4 (+1); each 4
    // beats 2,2,3 (+3, twice); 5 beats all four (+4): 11 of 16 pairs net
    const value = survey.value as { verdict: string; trend: Record<string, unknown> };
    expect(value.verdict).toBe("rising");
    expect(value.trend["exact"]).toBe("11/16");
    expect(value.trend["cliffsDelta"]).toBe(11 / 16);
  });

  it("moment: residents were involved (2023-03-01) before the decision (2023-09-30)", () => {
    expect(indicator(a, "moment.involvement", "d1").value).toEqual({
      involvedBefore: true,
      optionsLockedFirst: false,
      agendaSetBy: ["officer", "resident"],
    });
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});

describe("assessProcess on a troubled process (tests/process/scenarios.ts, troubled)", () => {
  const a = assess(troubled());

  it("raises these flags, in factor order", () => {
    expect(a.flags.map((f) => [f.id, f.severity, f.subject])).toEqual([
      ["level-overclaimed", "serious", "d1"],
      ["power-concentrated", "serious", "board"],
      ["voice-unequal", "warning", null],
      ["unrepresentative", "warning", "area"],
      ["preferences-ignored", "warning", "s1"],
      ["commitments-overdue", "serious", null],
      ["low-follow-through", "serious", null],
      ["no-feedback", "serious", "s1"],
      ["too-early", "info", null],
      ["decided-before-involvement", "warning", "d1"],
    ]);
    for (const f of a.flags) {
      expect(f.citation.length).toBeGreaterThan(0);
      expect(f.threshold.default).toBe(THRESHOLDS[f.threshold.name].default);
    }
  });

  it("level-overclaimed: claims collaborate (3), practises inform (0)", () => {
    // rights: residents took part in a consult stage (receives-information, gives-input), c1 was
    // committed for d1 (commitment-to-implement); no feedback, so consult's "told-how-input-used"
    // is missing and the IAP2 level stays at inform. Gap 3 - 0 = 3 >= 2: serious.
    expect(flagOf(a, "level-overclaimed").evidence).toEqual({
      claimed: "collaborate",
      practised: "inform",
      gap: 3,
      rightsHeld: ["receives-information", "gives-input", "commitment-to-implement"],
      residentsDecisive: false,
    });
  });

  it("power-concentrated: [6; r1 1, r2 1, o1 3, c1 3] makes both residents dummies", () => {
    // winning coalitions need o1 and c1 (3 + 3 = 6; 1 + 1 + 3 = 5 loses): o1 and c1 swing in the
    // 4 coalitions {o1, c1} + any residents, residents never; Banzhaf o1 = c1 = 1/2, residents 0.
    // Without the officer: 1 + 1 + 3 = 5 < 6, so the officer (and the councillor) block alone.
    expect(flagOf(a, "power-concentrated").evidence).toEqual({
      dummies: ["r1", "r2"],
      rolesThatCanBlockAlone: ["officer", "councillor"],
      publicSeatShare: 0.5,
      publicBanzhaf: 0,
      ratio: 0,
    });
  });

  it("voice-unequal: turns [1, 1, 1, 1, 16]: top fifth 16/20 = 0.8, Gini 0.6", () => {
    // Gini = 2 Σ i x_(i) / (n Σ x) - (n + 1) / n = 2 (1 + 2 + 3 + 4 + 80) / 100 - 6/5 = 0.6;
    // residents: 4/20 of turns over 4/5 of places = 0.25
    const f = flagOf(a, "voice-unequal");
    expect(f.evidence["topFifthShare"]).toBeCloseTo(0.8, 12);
    expect(f.evidence["gini"]).toBeCloseTo(0.6, 12);
    expect(f.evidence["contributionOverPresence"]).toEqual({ resident: 0.25 });
  });

  it("unrepresentative: 4 north, 0 south against 50/50 is 2 seats off each (n < 40)", () => {
    // Gallagher: √(½ ((100 - 50)² + (0 - 50)²)) = 50
    expect(flagOf(a, "unrepresentative").evidence).toEqual({
      participants: 4,
      deviations: { north: { points: 50, seats: 2 }, south: { points: -50, seats: -2 } },
      gallagher: 50,
    });
    expect(flagOf(a, "unrepresentative").threshold.name).toBe("representationSeats");
  });

  it("preferences-ignored: 1 of 3 adopted, two rejections without a reason", () => {
    expect(flagOf(a, "preferences-ignored").evidence).toEqual({
      adopted: 1,
      made: 3,
      share: 1 / 3,
      rejectedWithoutReason: ["b", "c"],
      level: "collaborate",
    });
  });

  it("commitments: c1 91 days overdue (serious past 90), c3 30; 1 of 3 due delivered", () => {
    // c1 due 2025-03-31, asOf 2025-06-30: 91 days; c3 due 2025-05-31: 30 days
    expect(flagOf(a, "commitments-overdue").evidence["longestDays"]).toBe(91);
    expect(flagOf(a, "low-follow-through").evidence).toEqual({
      due: 3,
      delivered: 1,
      rate: 1 / 3,
    });
  });

  it("no-feedback: s1 closed 2025-02-28, nothing by 2025-05-23 (84 days)", () => {
    expect(flagOf(a, "no-feedback").evidence).toEqual({
      stage: "s1",
      closed: "2025-02-28",
      deadlineDays: 84,
      given: null,
      lagDays: null,
      influenceShown: null,
    });
  });

  it("too-early: 9 months; the falling survey gets 'too early to judge', not a flag", () => {
    expect(flagOf(a, "too-early").evidence["months"]).toBe(9);
    const survey = indicator(a, "time.survey", "influence").value as { verdict: string };
    expect(survey.verdict).toBe("too early to judge");
    expect(a.flags.some((f) => f.id === "confidence-falling")).toBe(false);
  });

  it("decided-before-involvement: options locked 2024-12-01, first involvement 2025-01-10", () => {
    expect(flagOf(a, "decided-before-involvement").evidence).toEqual({
      decidedAt: "2025-01-15",
      firstInvolvement: "2025-01-10",
      optionsLockedAt: "2024-12-01",
    });
  });

  it("confidence-falling once judged: 15/20 agreeing fell to 5/20, z = -3.162", () => {
    // pooled p = 20/40 = 0.5; se = √(0.25 (1/20 + 1/20)) = 0.1581; z = -0.5 / 0.1581 = -3.162;
    // drop 50 points >= 1.3 and z <= -1.96. Cliff's delta: 5 answers of 4 beat the 5 twos (+25),
    // 15 twos lose to the 15 fours (-225): -200/400 = -1/2, interval below 0: "falling".
    const judged = assess(troubled(), { thresholds: { minimumMonths: 0 } });
    const f = flagOf(judged, "confidence-falling");
    expect(f.evidence["dropPoints"]).toBeCloseTo(50, 9);
    expect(f.evidence["z"]).toBeCloseTo(-Math.sqrt(10), 9);
    const survey = indicator(judged, "time.survey", "influence").value as {
      verdict: string;
      trend: Record<string, unknown>;
    };
    expect(survey.trend["exact"]).toBe("-1/2");
    expect(survey.verdict).toBe("falling");
  });
});

describe("assessProcess: thresholds, timing and variants", () => {
  it("every flag id in FLAG_IDS is raised by one of the scenarios", () => {
    const raised = new Set([
      ...assess(troubled()).flags.map((f) => f.id),
      ...assess(troubled(), { thresholds: { minimumMonths: 0 } }).flags.map((f) => f.id),
    ]);
    expect([...raised].sort()).toEqual([...FLAG_IDS].sort());
  });

  it("a threshold changed through options changes the verdict and is reported", () => {
    // the healthy panel's feedback came 32 days after close: a 30-day rule flags it as late
    const a = assess(healthy(), { thresholds: { feedbackDays: 30 } });
    const f = flagOf(a, "no-feedback");
    expect(f.severity).toBe("warning");
    expect(f.evidence["lagDays"]).toBe(32);
    expect(f.threshold).toMatchObject({ name: "feedbackDays", value: 30, default: 84 });
  });

  it("a stage's own shorter feedback deadline wins over the 12 weeks", () => {
    const p = healthy() as { stages: Record<string, unknown>[] };
    (p.stages[0] as Record<string, unknown>)["feedbackDueDays"] = 28;
    expect(flagOf(assess(p), "no-feedback").evidence["deadlineDays"]).toBe(28);
  });

  it("feedback still pending before the deadline raises nothing", () => {
    // troubled s1 closed 2025-02-28; on 2025-04-30 the 84 days have not passed
    const a = assess(troubled(), { asOf: "2025-04-30" });
    expect(a.flags.some((f) => f.id === "no-feedback")).toBe(false);
    expect(
      (indicator(a, "followThrough.feedback").inputs["statuses"] as Record<string, string>)["s1"],
    ).toBe("pending");
  });

  it("a decision taken before any involvement is serious when the options were locked too", () => {
    const p = troubled() as { decisions: Record<string, unknown>[] };
    (p.decisions[0] as Record<string, unknown>)["decidedAt"] = "2025-01-10";
    const f = flagOf(assess(p), "decided-before-involvement");
    expect(f.severity).toBe("serious");
    expect(f.evidence["firstInvolvement"]).toBe("2025-01-10");
  });

  it("before the plan's end + 4 months, follow-through is not judged (too-early says so)", () => {
    const p = { ...troubled(), plannedEndAt: "2025-04-30" };
    const a = assess(p);
    // 2025-04-30 + 4 months = 2025-08-30 > 2025-06-30
    expect(a.flags.some((f) => f.id === "low-follow-through")).toBe(false);
    expect(flagOf(a, "too-early").evidence["withheld"]).toEqual([
      "confidence and collective control",
      "follow-through rate",
    ]);
    expect(flagOf(a, "too-early").evidence["followThroughJudgedFrom"]).toBe("2025-08-30");
  });

  it("at empower, any overridden recommendation is serious", () => {
    const p = healthy() as { stages: { recommendations?: unknown[] }[] };
    (p.stages[0] as { recommendations?: unknown[] }).recommendations = [
      { id: "rec1", adopted: true },
      { id: "rec2", adopted: false, reason: "over budget" },
    ];
    const f = flagOf(assess(p), "preferences-ignored");
    expect(f.severity).toBe("serious");
    expect(f.evidence["level"]).toBe("empower");
  });

  it("a veto held by an officer blocks alone and is flagged", () => {
    const p = healthy() as { bodies: Record<string, unknown>[] };
    (p.bodies[0] as Record<string, unknown>)["vetoes"] = ["o1"];
    const f = flagOf(assess(p), "power-concentrated");
    expect(f.evidence["rolesThatCanBlockAlone"]).toEqual(["officer"]);
  });

  it("feedback that shows influence lifts the practised level from inform to consult", () => {
    // troubled d1 with feedback on s1: receives-information, gives-input, told-how-input-used =
    // consult (1); claimed collaborate (3): gap 2, still serious
    const p = troubled() as { stages: Record<string, unknown>[] };
    (p.stages[0] as Record<string, unknown>)["feedback"] = {
      at: "2025-03-10",
      influenceShown: true,
    };
    const a = assess(p);
    expect(flagOf(a, "level-overclaimed").evidence["practised"]).toBe("consult");
    expect(flagOf(a, "level-overclaimed").evidence["gap"]).toBe(2);
    expect(a.flags.some((f) => f.id === "no-feedback")).toBe(false);
  });

  it("a level claimed for a decision not yet taken is not judged", () => {
    const a = assess(troubled(), { asOf: "2025-01-12" });
    expect(a.flags.some((f) => f.id === "level-overclaimed")).toBe(false);
    expect(indicator(a, "depth.level", "d1").value).toMatchObject({ practised: "inform" });
  });

  it("whose preferences won: the south's projects lost, so its satisfaction is 0", () => {
    // r4, r5 (south) approve only p3, which was not funded; r1-r3 (north) approve p1, funded:
    // residents' mean = 3/5 = 0.6, north 1, south 0
    const p = healthy() as { stages: Record<string, unknown>[] };
    (p.stages[1] as Record<string, unknown>)["preferences"] = {
      kind: "approval",
      voters: [
        ...["r1", "r2", "r3"].map((person) => ({ person, approve: ["p1"] })),
        ...["r4", "r5"].map((person) => ({ person, approve: ["p3"] })),
      ],
    };
    const value = indicator(assess(p), "power.preferences", "s2").value as {
      byRole: Record<string, Record<string, number>>;
      byGroup: Record<string, Record<string, Record<string, number>>>;
    };
    expect(value.byRole["resident"]?.["meanSatisfaction"]).toBeCloseTo(0.6, 12);
    expect(value.byGroup["area"]?.["north"]?.["meanSatisfaction"]).toBe(1);
    expect(value.byGroup["area"]?.["south"]?.["meanSatisfaction"]).toBe(0);
  });

  it("is deterministic: the same seed gives the same interval", () => {
    const a = assess(troubled(), { seed: "s" });
    const b = assess(troubled(), { seed: "s" });
    expect(a).toEqual(b);
  });
});

describe("assessProcess: bad options are errors, never throws", () => {
  const p = parse(healthy());
  it.each([
    [{ asOf: "2025-02-30" }, "asOf"],
    [{ asOf: "2025-06-30", thresholds: { nope: 1 } }, "thresholds.nope"],
    [{ asOf: "2025-06-30", thresholds: { levelGap: -1 } }, "thresholds.levelGap"],
    [{ asOf: "2025-06-30", thresholds: null }, "thresholds"],
    [{ asOf: "2025-06-30", resamples: 1.5 }, "resamples"],
    [{ asOf: "2025-06-30", seed: 3 }, "seed"],
    [{ asOf: "2025-06-30", maxItems: 0 }, "options.maxItems"],
  ])("%j is InvalidInput at %s", (options, path) => {
    const result = assessProcess(p, options as unknown as AssessOptions);
    expect(
      E.isLeft(result) && result.left._tag === "InvalidInput" && result.left.issues[0]?.path,
    ).toBe(path);
  });

  it("refuses a bootstrap past its work limit before working", () => {
    const result = assessProcess(p, { asOf: "2025-06-30", resamples: 100_000, maxDraws: 10 });
    expect(E.isLeft(result) && result.left._tag === "Unsupported" && result.left.reason).toBe(
      "work_limit",
    );
  });

  it("returns an error for a value that is not a process", () => {
    const result = assessProcess(null as unknown as JointProcess, { asOf: "2025-06-30" });
    expect(E.isLeft(result)).toBe(true);
  });
});
