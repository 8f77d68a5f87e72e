import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import type { Outcome } from "../../src/core/outcome.js";
import { type AnyMethodDefinition, decide, listMethods } from "../../src/voting/index.js";

/**
 * Every registered method through the same edge cases (STYLE.md 3.6, after lzear/votes'
 * sanity test): whatever the method, the outcome must be valid plain data.
 *
 * Multi-seat methods (`seats: "required"` on their definition) get two seats (one when there is
 * one candidate): where a single-winner method must return one winner, they must return that many.
 */

type Preference = readonly (readonly string[])[];

const SCALE = ["excellent", "good", "fair", "poor"];

/** One ballot of the method's kind, from a weak order (best tier first). */
const ballotFor = (method: AnyMethodDefinition, order: Preference, count?: number): unknown => {
  const withCount = <T extends object>(b: T): T => (count === undefined ? b : { ...b, count });
  const flat = order.flat();
  switch (method.ballotKind) {
    case "ranked":
      return withCount({ ranking: order.map((tier) => [...tier]) });
    case "approval":
      return withCount({ approve: [...(order[0] ?? [])] });
    case "score":
      return withCount({
        scores: Object.fromEntries(
          order.flatMap((tier, t) => tier.map((c) => [c, Math.max(0, 5 - t)] as const)),
        ),
      });
    case "grades":
      return withCount({
        grades: Object.fromEntries(
          order.flatMap((tier, t) =>
            tier.map((c) => [c, SCALE[Math.min(t, SCALE.length - 1)] as string] as const),
          ),
        ),
      });
  }
  return flat;
};

const optionsFor = (method: AnyMethodDefinition): Record<string, unknown> | undefined =>
  method.ballotKind === "score"
    ? { range: { min: 0, max: 5 } }
    : method.ballotKind === "grades"
      ? { scale: SCALE }
      : undefined;

/** The seats a multi-seat method is given: two, or every candidate when fewer. */
const seatsFor = (
  method: AnyMethodDefinition,
  candidates: readonly string[],
): number | undefined => (method.seats === "required" ? Math.min(2, candidates.length) : undefined);

const run = (
  method: AnyMethodDefinition,
  candidates: readonly string[],
  ballots: readonly unknown[],
  tieBreak: unknown = { kind: "lexicographic" },
): Outcome => {
  const options = optionsFor(method);
  const seats = seatsFor(method, candidates);
  const result = decide({
    method: method.id,
    candidates,
    ballots,
    tieBreak,
    ...(options === undefined ? {} : { options }),
    ...(seats === undefined ? {} : { seats }),
  });
  if (E.isLeft(result)) throw new Error(`${method.id}: ${JSON.stringify(result.left)}`);
  return result.right;
};

/** `single`: a resolved outcome, one winner (or, for a multi-seat method, one per seat). */
const expectValid = (outcome: Outcome, candidates: readonly string[], single: boolean): void => {
  expect(outcome.candidates).toEqual(candidates);
  expect(outcome.winners.length).toBeGreaterThan(0);
  const method = methods.find((m) => m.id === outcome.method);
  if (single) expect(outcome.winners.length).toBe(method ? (seatsFor(method, candidates) ?? 1) : 1);
  for (const w of outcome.winners) expect(candidates).toContain(w);
  expect(new Set(outcome.winners).size).toBe(outcome.winners.length);
  if (outcome.ranking !== undefined) {
    const flat = outcome.ranking.flat();
    expect([...flat].sort()).toEqual([...candidates].sort());
    for (const tier of outcome.ranking) expect(tier.length).toBeGreaterThan(0);
  }
  if (outcome.scores !== undefined) {
    expect(Object.keys(outcome.scores).sort()).toEqual([...candidates].sort());
    for (const c of candidates) {
      expect(Object.hasOwn(outcome.scores, c)).toBe(true);
      const v = outcome.scores[c];
      expect(typeof v === "number" ? Number.isFinite(v) : /^-?\d+(\/\d+)?$/.test(String(v))).toBe(
        true,
      );
    }
  }
  for (const step of outcome.explanation) expect(step.text.length).toBeGreaterThan(0);
  expect(outcome.explanation.length).toBeGreaterThan(0);
  expect(JSON.parse(JSON.stringify(outcome))).toEqual(outcome);
};

const methods = listMethods();

describe.each(methods.map((m) => [m.id, m] as const))("%s", (_id, method) => {
  const abc = ["a", "b", "c"];

  it("elects someone from no ballots", () => {
    expectValid(run(method, abc, []), abc, true);
    expectValid(run(method, abc, [], { kind: "none" }), abc, false);
  });

  it("elects the only candidate", () => {
    const outcome = run(method, ["solo"], [ballotFor(method, [["solo"]])]);
    expectValid(outcome, ["solo"], true);
    expect(outcome.winners).toEqual(["solo"]);
  });

  it("reports every candidate as a co-winner when every ballot ties them all (tie-break none)", () => {
    const ballots = [ballotFor(method, [abc], 3)];
    const outcome = run(method, abc, ballots, { kind: "none" });
    expectValid(outcome, abc, false);
    expect([...outcome.winners].sort()).toEqual(abc);
    expectValid(run(method, abc, ballots), abc, true);
  });

  it("keeps __proto__, constructor and emoji candidate names as ordinary keys", () => {
    const names = ["__proto__", "constructor", "🦊 fox", "toString"];
    const ballots = [
      ballotFor(method, [["__proto__"], ["constructor"], ["🦊 fox"], ["toString"]], 3),
      ballotFor(method, [["constructor"], ["🦊 fox"], ["__proto__"], ["toString"]], 2),
      ballotFor(method, [["🦊 fox"], ["toString"], ["constructor"], ["__proto__"]], 2),
    ];
    const outcome = run(method, names, ballots);
    expectValid(outcome, names, true);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.getPrototypeOf(outcome.scores ?? {})).toBe(Object.prototype);
  });

  it("counts a million voters on one ballot exactly", () => {
    const ballots = [
      ballotFor(method, [["b"], ["a"], ["c"]], 1_000_000),
      ballotFor(method, [["c"], ["b"], ["a"]], 1),
    ];
    const outcome = run(method, abc, ballots);
    expectValid(outcome, abc, true);
    if (method.seats === "required") expect(outcome.winners).toContain("b");
    else expect(outcome.winners).toEqual(["b"]);
  });

  it("is deterministic", () => {
    const ballots = [
      ballotFor(method, [["a"], ["b"], ["c"]], 2),
      ballotFor(method, [["c"], ["b"], ["a"]], 2),
    ];
    expect(run(method, abc, ballots, { kind: "random", seed: "s" })).toEqual(
      run(method, abc, ballots, { kind: "random", seed: "s" }),
    );
  });

  if (method.ballotKind === "ranked") {
    it("accepts unranked: not-compared on truncated ballots", () => {
      const options = { unranked: "not-compared" };
      const result = decide({
        method: method.id,
        candidates: abc,
        ballots: ["a", "b>a", "c>b", "a>c"],
        options,
      });
      expect(E.isRight(result)).toBe(true);
      if (E.isRight(result)) expectValid(result.right, abc, true);
    });
  }
});
