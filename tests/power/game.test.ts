import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { isWinning, weightedGame } from "../../src/power/index.js";
import { gameOf } from "./oracle.js";

describe("weightedGame", () => {
  it("scales rational weights to coprime whole numbers and rounds the quota up", () => {
    expect(gameOf({ quota: "1/2", weights: { a: "1/3", b: "1/6", c: 0.5 } })).toEqual({
      players: ["a", "b", "c"],
      quotas: [3],
      weights: [[2, 1, 3]],
      totals: [6],
    });
    expect(gameOf({ quota: 13, weights: { a: 10, b: 10, c: 5 } })).toEqual({
      players: ["a", "b", "c"],
      quotas: [3],
      weights: [[2, 2, 1]],
      totals: [5],
    });
  });

  it("reads games with several quotas", () => {
    const game = gameOf({ quotas: [2, "3/2"], weights: { a: [1, 1], b: [1, "1/2"] } });
    expect(game.quotas).toEqual([2, 3]);
    expect(game.weights).toEqual([
      [1, 1],
      [2, 1],
    ]);
    expect(isWinning(game, [0, 1])).toBe(true);
    expect(isWinning(game, [0])).toBe(false);
  });

  it("reports a quota above the total, a zero total and a bad quota, each at its path", () => {
    const issues = (spec: unknown) => {
      const result = weightedGame(spec);
      return E.isLeft(result) && result.left._tag === "InvalidInput"
        ? result.left.issues.map((i) => `${i.path}:${i.code}`)
        : [];
    };
    expect(issues({ quotas: [5, 1, "x"], weights: { a: [1, 0, 1] } })).toEqual([
      "quotas[2]:invalid_number",
    ]);
    expect(issues({ quotas: [5, 1], weights: { a: [1, 0] } })).toEqual([
      "quotas[0]:quota_range",
      "quotas[1]:zero_total",
    ]);
    expect(issues({ quota: 1, weights: { a: "1/0" } })).toEqual(["weights.a:invalid_number"]);
    expect(issues({ quota: 1, weights: { a: 1 }, extra: true })).toEqual([":unrecognized_keys"]);
  });
});
