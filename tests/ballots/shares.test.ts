/**
 * firstPreferenceShares: each candidate's share of the first preferences as a plain number.
 */
import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  firstPreferenceShares,
  type RankedProfile,
  rankedProfile,
  rankingOf,
} from "../../src/ballots/index.js";
import { gini, hhi } from "../../src/power/index.js";
import { runs } from "../helpers/runs.js";
import { rankedProfileArb, right } from "./formats/helpers.js";

const profileOf = (candidates: string[], ballots: Parameters<typeof rankedProfile>[1]) =>
  right(rankedProfile(candidates, ballots)) as RankedProfile;

describe("firstPreferenceShares", () => {
  it("mirrors its @example: ties split equally, shares keyed by name", () => {
    const profile = profileOf(["Ann", "Bob", "Cy"], ["Ann>Bob", "Ann", "Bob=Cy", "Cy>Ann"]);
    const shares = firstPreferenceShares(profile);
    expect(shares).toEqual({ Ann: 0.5, Bob: 0.125, Cy: 0.375 });
    expect(Object.keys(shares)).toEqual(["Ann", "Bob", "Cy"]);
    expect(hhi(shares)).toEqual(E.right(0.40625));
  });

  it("leaves ballots that rank nobody out of the total", () => {
    const profile = profileOf(
      ["a", "b"],
      [{ ranking: ["a"], count: 3 }, "b", { ranking: [], count: 4 }],
    );
    expect(firstPreferenceShares(profile)).toEqual({ a: 0.75, b: 0.25 });
  });

  it("reads fractional counts exactly before rounding", () => {
    const profile = profileOf(
      ["a", "b", "c"],
      [
        { ranking: ["a"], count: "1/3" },
        { ranking: ["b"], count: "2/3" },
        { ranking: [["a", "b", "c"]], count: 1 },
      ],
    );
    const shares = firstPreferenceShares(profile);
    expect(shares["a"]).toBe(1 / 3); // (1/3 + 1/3) / 2
    expect(shares["b"]).toBe(1 / 2); // (2/3 + 1/3) / 2
    expect(shares["c"]).toBe(1 / 6);
  });

  it("gives 0 to everyone when no ballot ranks anyone", () => {
    expect(firstPreferenceShares(profileOf(["a", "b"], []))).toEqual({ a: 0, b: 0 });
    expect(firstPreferenceShares(profileOf(["a"], [{ ranking: [], count: 2 }]))).toEqual({ a: 0 });
  });

  it("keeps names such as __proto__ and constructor as ordinary own keys", () => {
    const shares = firstPreferenceShares(profileOf(["__proto__", "constructor"], ["__proto__"]));
    expect(Object.hasOwn(shares, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(shares, "__proto__")?.value).toBe(1);
    expect(shares["constructor"]).toBe(0);
    expect(Object.getPrototypeOf(shares)).toBe(Object.prototype);
  });

  it("goes straight into an inequality measure", () => {
    const profile = profileOf(["a", "b", "c", "d"], ["a", "a", "a", "b"]);
    const shares = firstPreferenceShares(profile);
    expect(gini(shares)).toEqual(gini([0.75, 0.25, 0, 0]));
  });

  it("equals each candidate's first preferences over the ballots that rank someone (oracle)", () => {
    const name = fc.string({ minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(rankedProfileArb("toi", { names: name }), (profile) => {
        if (profile.kind !== "ranked") return;
        const expected = new Map(profile.candidates.map((c) => [c, 0]));
        let voting = 0;
        for (let b = 0; b < profile.ballotCount; b++) {
          const weight = (profile.counts[b] as number) / profile.countDenominator;
          const first = rankingOf(profile, b)[0];
          if (first === undefined) continue;
          voting += weight;
          for (const c of first)
            expected.set(c, (expected.get(c) as number) + weight / first.length);
        }
        const shares = firstPreferenceShares(profile);
        let sum = 0;
        for (const c of profile.candidates) {
          const want = voting === 0 ? 0 : (expected.get(c) as number) / voting;
          expect(shares[c]).toBeCloseTo(want, 9);
          sum += shares[c] as number;
        }
        if (voting > 0) expect(sum).toBeCloseTo(1, 12);
      }),
      { numRuns: runs(200) },
    );
  });
});
