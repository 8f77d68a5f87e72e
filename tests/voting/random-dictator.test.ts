import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { decide, randomDictator } from "../../src/voting/index.js";
import { runs } from "../helpers/runs.js";
import { ranked, tennessee } from "./helpers/profiles.js";

describe("randomDictator", () => {
  it("gives each city its share of first choices in the Tennessee example (42/100, 26/100, ...)", () => {
    const outcome = randomDictator(tennessee());
    expect(outcome.lottery).toEqual({
      Memphis: "21/50",
      Nashville: "13/50",
      Chattanooga: "3/20",
      Knoxville: "17/100",
    });
    // No seed: no draw, the most probable city is reported.
    expect(outcome.draw).toBeUndefined();
    expect(outcome.winners).toEqual(["Memphis"]);
  });

  it("shares a tied first choice and spreads a blank ballot over everyone", () => {
    const p = ranked(["a", "b", "c"], ["a=b>c", { ranking: [], count: 1 }]);
    expect(randomDictator(p).lottery).toEqual({ a: "5/12", b: "5/12", c: "1/6" });
  });

  it("draws with the seed, records the ticket, and repeats the draw exactly", () => {
    const first = randomDictator(tennessee(), { seed: "capital-1796" });
    expect(first.draw).toEqual({
      seed: "capital-1796",
      ticket: expect.any(String),
      tickets: "100",
    });
    const ticket = Number(first.draw?.ticket);
    // Tickets 0-41 Memphis, 42-67 Nashville, 68-82 Chattanooga, 83-99 Knoxville.
    const expected =
      ticket < 42
        ? "Memphis"
        : ticket < 68
          ? "Nashville"
          : ticket < 83
            ? "Chattanooga"
            : "Knoxville";
    expect(first.winners).toEqual([expected]);
    expect(randomDictator(tennessee(), { seed: "capital-1796" })).toEqual(first);
    // A random tie-break's seed is the draw's seed when options.seed is absent.
    expect(randomDictator(tennessee(), {}, { kind: "random", seed: "capital-1796" }).draw).toEqual(
      first.draw,
    );
  });

  it("draws each city about as often as its share over many seeds", () => {
    const counts: Record<string, number> = {};
    for (let i = 0; i < 2000; i++) {
      const w = randomDictator(tennessee(), { seed: `s${i}` }).winners[0] as string;
      counts[w] = (counts[w] ?? 0) + 1;
    }
    // 2000 draws: the standard deviation of a share near 0.4 is about 0.011.
    expect((counts["Memphis"] ?? 0) / 2000).toBeGreaterThan(0.37);
    expect((counts["Memphis"] ?? 0) / 2000).toBeLessThan(0.47);
    expect((counts["Chattanooga"] ?? 0) / 2000).toBeGreaterThan(0.11);
    expect((counts["Chattanooga"] ?? 0) / 2000).toBeLessThan(0.19);
  });

  it("only ever draws a candidate someone ranks first", () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const p = ranked(["a", "b", "c"], [{ ranking: ["a", "b", "c"], count: 2 }, "c>b>a"]);
        expect(["a", "c"]).toContain(randomDictator(p, { seed }).winners[0]);
      }),
      { numRuns: runs(200) },
    );
  });

  it("refuses a seed that is not text", () => {
    const result = decide({
      method: "random-dictator",
      candidates: ["a"],
      ballots: ["a"],
      options: { seed: 7 },
    });
    expect(E.isLeft(result) && result.left.message).toContain("options.seed");
  });
});
