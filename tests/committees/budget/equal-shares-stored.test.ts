/**
 * Equal Shares against outcomes stored from the count before its hot loop was reworked for speed
 * (issue 14): the same seeded instances must give the same allocation, byte for byte (every
 * round's project, rho and price, every voter budget, every completion step, every tie).
 * Recorded outcomes: tests/fixtures/equal-shares/stored.json (see its README).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { equalShares } from "../../../src/committees/index.js";
import { storedCases, summary } from "./stored-instances.js";

const stored = JSON.parse(
  readFileSync(new URL("../../fixtures/equal-shares/stored.json", import.meta.url), "utf8"),
) as Record<string, Record<string, unknown>>;

describe("equal shares reproduces its stored outcomes", () => {
  const cases = storedCases();
  it("covers every stored case", () => {
    expect(cases.map((c) => c.name).sort()).toEqual(Object.keys(stored).sort());
  });
  it.each(cases.map((c) => [c.name, c] as const))("%s", (name, c) => {
    const result = equalShares(c.election, c.options);
    if (E.isLeft(result)) throw new Error(result.left.message);
    const want = stored[name] as Record<string, unknown>;
    const { sha256, ...rest } = want;
    expect(summary(result.right)).toEqual(rest);
    expect(createHash("sha256").update(JSON.stringify(result.right)).digest("hex")).toBe(sha256);
  });
});
