/**
 * Issue 10 in co-decide/voting: every method declares work limits from its complexity, and
 * `decide` refuses, before counting, an election past them (Schulze, Split Cycle, Ranked Pairs,
 * Baldwin and Coombs took over 20 s at 1,000 candidates; up to 65,534 were accepted).
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { decide, getMethod, listMethods } from "../../src/voting/index.js";

const candidates = (n: number): string[] => Array.from({ length: n }, (_, i) => `c${i}`);

const leftOf = (result: E.Either<unknown, unknown>): Record<string, unknown> => {
  if (E.isRight(result)) throw new Error("expected a Left");
  return result.left as Record<string, unknown>;
};

const ballotFor = (kind: string, names: readonly string[]): unknown =>
  kind === "ranked"
    ? names.slice(0, 3).join(">")
    : kind === "approval"
      ? { approve: names.slice(0, 2) }
      : kind === "score"
        ? { scores: { [names[0] as string]: 1 } }
        : { grades: { [names[0] as string]: "good" } };

const specFor = (id: string, n: number, extra: Record<string, unknown> = {}) => {
  const method = getMethod(id);
  const names = candidates(n);
  return {
    method: id,
    candidates: names,
    ballots: [ballotFor(method?.ballotKind ?? "ranked", names)],
    ...(method?.ballotKind === "grades" ? { options: { scale: ["good", "poor"] } } : {}),
    ...extra,
  };
};

describe("every registered method's work limits", () => {
  it.each(listMethods().map((m) => [m.id, m] as const))("%s declares them", (_, method) => {
    const { candidates: limit, pairs } = method.limits;
    expect(limit.name).toBe(`${method.id}.candidates`);
    expect(limit.option).toBe("limits.candidates");
    expect(limit.default).toBeGreaterThanOrEqual(16);
    expect(limit.default).toBeLessThanOrEqual(limit.ceiling);
    if (pairs !== undefined) expect(pairs.option).toBe("limits.pairs");
  });

  it.each(listMethods().map((m) => [m.id] as const))(
    "%s: decide refuses one candidate past the default, at once, naming the option",
    (id) => {
      const limit = getMethod(id)?.limits.candidates;
      if (limit === undefined) throw new Error("no limit");
      const error = leftOf(decide(specFor(id, limit.default + 1)));
      expect(error).toEqual({
        _tag: "Unsupported",
        reason: "work_limit",
        message: expect.stringContaining(`set limits.candidates (up to ${limit.ceiling})`),
        limit: {
          name: `${id}.candidates`,
          limit: limit.default,
          size: limit.default + 1,
          option: "limits.candidates",
          ceiling: limit.ceiling,
        },
      });
    },
  );
});

describe("the issue's counterexamples", () => {
  it.each(["schulze", "split-cycle", "ranked-pairs", "baldwin", "coombs"])(
    "%s at 1,000 candidates is refused before the count (over 20 s before)",
    (id) => {
      const error = leftOf(decide(specFor(id, 1000)));
      expect(error).toMatchObject({ reason: "work_limit", limit: { size: 1000 } });
    },
  );

  it("raises a limit from the spec, up to its ceiling and not past it", () => {
    const spec = specFor("schulze", 201);
    expect(leftOf(decide(spec))).toMatchObject({ reason: "work_limit" });
    expect(E.isRight(decide({ ...spec, limits: { candidates: 201 } }))).toBe(true);
    expect(leftOf(decide({ ...spec, limits: { candidates: 100_000 } }))).toMatchObject({
      _tag: "InvalidInput",
      issues: [{ path: "limits.candidates", code: "out_of_range" }],
    });
    expect(leftOf(decide({ ...spec, limits: { candidates: "many" } }))).toMatchObject({
      _tag: "InvalidInput",
      issues: [{ path: "limits.candidates" }],
    });
  });

  it("refuses profile rows (distinct ballots) × candidate pairs past limits.pairs for a pairwise method", () => {
    const names = candidates(10);
    // 45 candidate pairs per distinct ballot; a limit of 100 pairs allows two ballots.
    const ballots = ["c0>c1", "c1>c0", "c2>c0"];
    const spec = { method: "minimax", candidates: names, ballots, limits: { pairs: 100 } };
    expect(leftOf(decide(spec))).toMatchObject({
      reason: "work_limit",
      limit: { name: "minimax.pairs", limit: 100, size: 135, option: "limits.pairs" },
    });
    expect(E.isRight(decide({ ...spec, ballots: ballots.slice(0, 2) }))).toBe(true);
  });

  it("an unknown key in limits is an InvalidInput with its path", () => {
    expect(leftOf(decide({ ...specFor("irv", 3), limits: { voters: 3 } }))).toMatchObject({
      _tag: "InvalidInput",
      issues: [{ path: "limits", code: "unrecognized_keys" }],
    });
  });

  it("a spec whose getter throws is an InvalidInput, not an internal error", () => {
    const hostile = Object.defineProperty({}, "method", {
      get: () => {
        throw new Error("hostile");
      },
      enumerable: true,
    });
    expect(leftOf(decide(hostile))).toMatchObject({ _tag: "InvalidInput" });
  });
});
