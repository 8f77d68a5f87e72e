import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import type { Outcome } from "../../src/core/outcome.js";
import { type AnyMethodDefinition, decide, listMethods } from "../../src/voting/index.js";

/**
 * Every registered method through the same edge cases (STYLE.md 3.6, after lzear/votes'
 * sanity test): whatever the method, the outcome must be valid plain data.
 *
 * Multi-seat methods (those of `co-decide/committees`) are run with `seats` (2, or 1 for a single
 * candidate), and where a single-winner method must elect exactly one, they must elect exactly
 * `seats`; their first winner takes the single winner's place in the checks below.
 */

/** The seats a method is run with: none for a single-winner method. */
const seatsFor = (
  method: AnyMethodDefinition,
  candidates: readonly string[],
): number | undefined => (method.multiSeat === true ? Math.min(2, candidates.length) : undefined);

/** How many winners a deterministic tie-break gives. */
const winnersFor = (method: AnyMethodDefinition, candidates: readonly string[]): number =>
  seatsFor(method, candidates) ?? 1;

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
      // Positive-negative ballots mark +1 (the first tier), -1 (the last of several) or 0.
      if (method.id === "positive-negative")
        return withCount({
          scores: Object.fromEntries(
            order.flatMap((tier, t) =>
              tier.map((c) => [c, t === 0 ? 1 : t === order.length - 1 ? -1 : 0] as const),
            ),
          ),
        });
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
  method.id === "limited"
    ? { votesPerBallot: 1 }
    : method.id === "positive-negative"
      ? { plusPerMinus: 0, minus: 5 }
      : method.ballotKind === "score"
        ? { range: { min: 0, max: 5 } }
        : method.ballotKind === "grades"
          ? { scale: SCALE }
          : undefined;

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

/** `count`: the exact number of winners (undefined under tie-break none: at least one). */
const expectValid = (
  outcome: Outcome,
  candidates: readonly string[],
  count: number | undefined,
): void => {
  expect(outcome.candidates).toEqual(candidates);
  expect(outcome.winners.length).toBeGreaterThan(0);
  if (count !== undefined) expect(outcome.winners.length).toBe(count);
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
    expectValid(run(method, abc, []), abc, winnersFor(method, abc));
    expectValid(run(method, abc, [], { kind: "none" }), abc, undefined);
  });

  it("elects the only candidate", () => {
    const outcome = run(method, ["solo"], [ballotFor(method, [["solo"]])]);
    expectValid(outcome, ["solo"], 1);
    expect(outcome.winners).toEqual(["solo"]);
  });

  it("reports every candidate as a co-winner when every ballot ties them all (tie-break none)", () => {
    const ballots = [ballotFor(method, [abc], 3)];
    const outcome = run(method, abc, ballots, { kind: "none" });
    expectValid(outcome, abc, undefined);
    expect([...outcome.winners].sort()).toEqual(abc);
    expectValid(run(method, abc, ballots), abc, winnersFor(method, abc));
  });

  it("keeps __proto__, constructor and emoji candidate names as ordinary keys", () => {
    const names = ["__proto__", "constructor", "🦊 fox", "toString"];
    const ballots = [
      ballotFor(method, [["__proto__"], ["constructor"], ["🦊 fox"], ["toString"]], 3),
      ballotFor(method, [["constructor"], ["🦊 fox"], ["__proto__"], ["toString"]], 2),
      ballotFor(method, [["🦊 fox"], ["toString"], ["constructor"], ["__proto__"]], 2),
    ];
    const outcome = run(method, names, ballots);
    expectValid(outcome, names, winnersFor(method, names));
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.getPrototypeOf(outcome.scores ?? {})).toBe(Object.prototype);
  });

  it("counts a million voters on one ballot exactly", () => {
    const ballots = [
      ballotFor(method, [["b"], ["a"], ["c"]], 1_000_000),
      ballotFor(method, [["c"], ["b"], ["a"]], 1),
    ];
    const outcome = run(method, abc, ballots);
    expectValid(outcome, abc, winnersFor(method, abc));
    // A committee elected at once (CPO-STV) lists its winners in candidate order, not by rank.
    if (method.multiSeat === true) expect(outcome.winners).toContain("b");
    else expect(outcome.winners[0]).toBe("b");
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
      const seats = seatsFor(method, abc);
      const result = decide({
        method: method.id,
        candidates: abc,
        ballots: ["a", "b>a", "c>b", "a>c"],
        options,
        ...(seats === undefined ? {} : { seats }),
      });
      expect(E.isRight(result)).toBe(true);
      if (E.isRight(result)) expectValid(result.right, abc, winnersFor(method, abc));
    });
  }
});

describe.each(methods.filter((m) => m.multiSeat === true).map((m) => [m.id, m] as const))(
  "%s (multi-seat)",
  (_id, method) => {
    const abcd = ["a", "b", "c", "d"];
    const committee = (ballots: readonly unknown[], seats: number, tieBreak: unknown): Outcome => {
      const result = decide({
        method: method.id,
        candidates: abcd,
        ballots,
        seats,
        tieBreak,
        // Limited voting needs its number of votes per ballot.
        ...(method.id === "limited" ? { options: { votesPerBallot: 1 } } : {}),
      });
      if (E.isLeft(result)) throw new Error(`${method.id}: ${JSON.stringify(result.left)}`);
      return result.right;
    };

    it("fills every seat, from no ballots and from real ones", () => {
      for (const seats of [1, 2, 3]) {
        const empty = committee([], seats, { kind: "lexicographic" });
        expect(empty.winners).toHaveLength(seats);
        const some = committee(
          [ballotFor(method, [["a"], ["b"]], 3), ballotFor(method, [["c"], ["d"]], 2)],
          seats,
          { kind: "lexicographic" },
        );
        expect(some.winners).toHaveLength(seats);
        expect(new Set(some.winners).size).toBe(seats);
      }
    });

    it("elects every candidate when the seats equal the candidates", () => {
      const outcome = committee([ballotFor(method, [["a"]], 1)], 4, { kind: "lexicographic" });
      expect([...outcome.winners].sort()).toEqual(abcd);
    });

    it("with tie-break none, reports at least a full committee", () => {
      const outcome = committee([ballotFor(method, [abcd], 2)], 2, { kind: "none" });
      expect(outcome.winners.length).toBeGreaterThanOrEqual(2);
    });

    it("refuses a spec without seats, at the path seats", () => {
      const result = decide({ method: method.id, candidates: abcd, ballots: [] });
      expect(
        E.isLeft(result) && result.left._tag === "InvalidInput" && result.left.issues[0]?.path,
      ).toBe("seats");
    });
  },
);
