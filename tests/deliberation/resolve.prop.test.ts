import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RULE_IDS, RULE_STANCES, type RuleId, resolve } from "../../src/deliberation/index.js";
import { runs } from "../helpers/runs.js";
import { right } from "./helpers.js";

/** Each rule's stances from least to most supportive (the order monotonicity moves along). */
const SUPPORT_ORDER: Readonly<Record<RuleId, readonly string[]>> = {
  majority: ["no", "abstain", "yes"],
  supermajority: ["no", "abstain", "yes"],
  unanimity: ["no", "abstain", "yes"],
  "double-majority": ["no", "abstain", "yes"],
  consent: ["consent", "agree"],
  consensus: ["block", "disagree", "abstain", "agree"],
  gradients: ["8", "7", "6", "5", "4", "3", "2", "1"],
  "fist-to-five": ["0", "1", "2", "3", "4", "5"],
};

const RANK: Readonly<Record<string, number>> = {
  "not-quorate": 0,
  blocked: 1,
  failed: 2,
  passed: 3,
};

const members = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `m${i}`, weight: (i % 3) + 1, group: `g${i % 4}` }));

const ruleOptions = (rule: RuleId): Record<string, unknown> =>
  rule === "double-majority" ? { second: "weight" } : {};

/** A case: a rule, a roll, the stance index of each member who responds (-1: absent). */
const scenario = fc.constantFrom(...RULE_IDS).chain((rule) =>
  fc.record({
    rule: fc.constant(rule),
    stances: fc.array(fc.integer({ min: -1, max: SUPPORT_ORDER[rule].length - 1 }), {
      minLength: 1,
      maxLength: 12,
    }),
    quorum: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
  }),
);

const specOf = (rule: RuleId, stances: readonly number[], quorum: number | undefined) => {
  const order = SUPPORT_ORDER[rule];
  const responses = stances.flatMap((s, i) =>
    s < 0 ? [] : [{ member: `m${i}`, stance: order[s] as string }],
  );
  return {
    rule,
    members: members(stances.length),
    responses,
    options: { ...ruleOptions(rule), ...(quorum === undefined ? {} : { quorum }) },
  };
};

describe("resolve: properties", () => {
  it("more support never turns passed into failed (monotonicity)", () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ({ rule, stances, quorum }, pick) => {
        const present = stances.flatMap((s, i) => (s >= 0 ? [i] : []));
        fc.pre(present.length > 0);
        const who = present[pick % present.length] as number;
        const before = right(resolve(specOf(rule, stances, quorum)));
        const raised = stances.slice();
        raised[who] = Math.min((raised[who] as number) + 1, SUPPORT_ORDER[rule].length - 1);
        const after = right(resolve(specOf(rule, raised, quorum)));
        if (before.status === "passed") expect(after.status).toBe("passed");
        expect(RANK[after.status]).toBeGreaterThanOrEqual(RANK[before.status] as number);
      }),
      { numRuns: runs(400) },
    );
  });

  it("a new member joining in support never turns passed into failed, under a vote of those cast", () => {
    fc.assert(
      fc.property(scenario, ({ rule, stances }) => {
        fc.pre(rule !== "double-majority");
        const before = right(resolve(specOf(rule, stances, undefined)));
        const top = SUPPORT_ORDER[rule].length - 1;
        const after = right(resolve(specOf(rule, [...stances, top], undefined)));
        if (before.status === "passed") expect(after.status).toBe("passed");
      }),
      { numRuns: runs(200) },
    );
  });

  it("permuting who said what changes neither the status nor the tally (anonymity, unweighted rules)", () => {
    fc.assert(
      fc.property(
        scenario.filter((s) => s.rule !== "double-majority"),
        fc.nat(),
        ({ rule, stances, quorum }, seed) => {
          const shuffled = stances.slice();
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = (seed + i * 7919) % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j] as number, shuffled[i] as number];
          }
          const a = right(resolve(specOf(rule, stances, quorum)));
          const b = right(resolve(specOf(rule, shuffled, quorum)));
          expect(b.status).toBe(a.status);
          expect(b.tally).toEqual(a.tally);
          expect(b.requirements).toEqual(a.requirements);
        },
      ),
      { numRuns: runs(200) },
    );
  });

  it("passes exactly at the threshold for at-least and only above it for more-than", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 2, max: 10 }),
        fc.integer({ min: 1, max: 40 }),
        fc.nat(),
        (p, q, cast, k) => {
          fc.pre(p <= q);
          const yes = k % (cast + 1);
          const responses = Array.from({ length: cast }, (_, i) => ({
            member: `m${i}`,
            stance: i < yes ? "yes" : "no",
          }));
          for (const comparison of ["at-least", "more-than"] as const) {
            const r = right(
              resolve({
                rule: "supermajority",
                responses,
                options: { threshold: `${p}/${q}`, comparison },
              }),
            );
            // yes / cast against p / q, in integers.
            const passes = comparison === "at-least" ? yes * q >= p * cast : yes * q > p * cast;
            expect(r.status).toBe(passes && yes > 0 ? "passed" : "failed");
          }
        },
      ),
      { numRuns: runs(400) },
    );
  });

  it("counts every response once: the tally sums to those present", () => {
    fc.assert(
      fc.property(scenario, ({ rule, stances, quorum }) => {
        const r = right(resolve(specOf(rule, stances, quorum)));
        const total = Object.values(r.tally).reduce((a, b) => a + b, 0);
        expect(total).toBe(r.present);
        expect(Object.keys(r.tally)).toEqual([...RULE_STANCES[rule]]);
      }),
      { numRuns: runs(100) },
    );
  });
});
