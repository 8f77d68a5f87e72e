/**
 * The tiers of a `{ ranking }` ballot are checked once, as `readRanked` reads them (issue 12): the
 * fast shape check no longer walks them. Every tier shape zod refuses must still be reported
 * exactly as before, with its path: the reference is the full path (zod, then the checks of
 * meaning), taken by the same spec with each ballot object moved onto a prototype of its own,
 * which the fast path never vouches for.
 */

import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  MAX_ISSUES,
  parseSpec,
  parseSpecWithProfile,
  rankedProfile,
} from "../../src/ballots/index.js";
import { UNRANKED } from "../../src/ballots/profile.js";
import { nameIndex, quickBallots, readRanked } from "../../src/ballots/shape.js";
import { decide } from "../../src/voting/index.js";

const CANDIDATES = ["a", "b", "c"];

/** A prototype with nothing on it: ballots built on it take the full path. */
class Ballot {}
const slow = (ballot: unknown): unknown =>
  typeof ballot === "object" && ballot !== null && !Array.isArray(ballot)
    ? Object.assign(new Ballot(), ballot)
    : ballot;

/** An array with a hole at `index` (what `["a", , "c"]` makes). */
const holed = (values: readonly unknown[], index: number): unknown[] => {
  const array = [...values];
  delete array[index];
  return array;
};

const specOf = (ballots: readonly unknown[], method = "borda"): Record<string, unknown> => ({
  method,
  candidates: [...CANDIDATES],
  ballots,
});

const leftOf = <T>(result: E.Either<unknown, T>): unknown => {
  if (E.isRight(result)) throw new Error("expected a Left");
  return result.left;
};

/** The result of the fast path and of the full path, for the same ballots. */
const bothPaths = (ballots: readonly unknown[], method?: string) => ({
  fast: parseSpecWithProfile(specOf(ballots, method)),
  full: parseSpecWithProfile(specOf(ballots.map(slow), method)),
});

// Each tier shape zod refuses (or the size guard, for a tier longer than the candidates), in
// the second tier of a ranking whose first tier reads well, and the path of its issue.
const BAD_TIERS: readonly (readonly [string, unknown, string, string])[] = [
  ["an empty tier", [], "ballots[1].ranking[1]", "too_small"],
  ["a number tier", 5, "ballots[1].ranking[1]", "invalid_union"],
  ["a null tier", null, "ballots[1].ranking[1]", "invalid_union"],
  ["a tier with a hole", holed(["b", "c"], 0), "ballots[1].ranking[1][0]", "invalid_type"],
  ["a tier longer than the candidates", ["b", "c", "b", "c"], "ballots[1].ranking[1]", "too_long"],
  ["a name that is not a string", ["b", 7], "ballots[1].ranking[1][1]", "invalid_type"],
  ["an object tier", { 0: "b", length: 1 }, "ballots[1].ranking[1]", "invalid_union"],
];

describe("a tier the fast read refuses is reported as before, with its path", () => {
  it.each(BAD_TIERS)("%s", (_, tier, path, code) => {
    const ballots = ["a>b>c", { ranking: ["a", tier] }, { ranking: [["c"], ["b"]] }];
    const { fast, full } = bothPaths(ballots);
    expect(fast).toEqual(full);
    expect(leftOf(fast)).toMatchObject({
      _tag: "InvalidInput",
      issues: expect.arrayContaining([expect.objectContaining({ path, code })]),
    });
    // The issues name only this ballot: nothing of meaning is reported alongside a bad shape.
    const issues = (leftOf(fast) as { issues: readonly { path: string }[] }).issues;
    for (const issue of issues) expect(issue.path.startsWith("ballots[1].ranking[1]")).toBe(true);
  });

  it.each(BAD_TIERS)(
    "%s, after a ballot whose names are unknown (errors of meaning wait)",
    (_, tier) => {
      // Ballot 0 is read by the fast path and refused for its meaning before ballot 2 is reached;
      // the full path stops at the shape of ballot 2 and says nothing of ballot 0.
      const ballots = [{ ranking: [["z"], "a"] }, "b>a", { ranking: [tier, "a"] }];
      const { fast, full } = bothPaths(ballots);
      expect(fast).toEqual(full);
      const issues = (leftOf(fast) as { issues: readonly { path: string }[] }).issues;
      expect(issues.some((issue) => issue.path.startsWith("ballots[2].ranking[0]"))).toBe(true);
      expect(issues.some((issue) => issue.path.startsWith("ballots[0]"))).toBe(false);
    },
  );

  it.each(BAD_TIERS)("%s, in a ballot whose first name is unknown", (_, tier) => {
    // The fast read stops at "z" before it reaches the bad tier: the ballot's tiers are then
    // checked in full before it is read again, and the spec is read the full way.
    const { fast, full } = bothPaths([{ ranking: ["z", tier] }]);
    expect(fast).toEqual(full);
    expect(
      (leftOf(fast) as { issues: readonly { path: string }[] }).issues.map((i) => i.path),
    ).not.toContain("ballots[0].ranking[0]");
  });

  it.each(BAD_TIERS)("%s, in a ranked ballot among approval ballots", (_, tier) => {
    const ballots = [{ approve: ["a"] }, { ranking: ["a", tier] }];
    const { fast, full } = bothPaths(ballots, "approval");
    expect(fast).toEqual(full);
    const codes = (leftOf(fast) as { issues: readonly { code: string }[] }).issues.map(
      (i) => i.code,
    );
    expect(codes).not.toContain("mixed_ballot_kinds");
  });

  it.each(BAD_TIERS)("%s, after a hundred errors of meaning", (_, tier) => {
    // The fast read stops once MAX_ISSUES are found; the full path would never get that far.
    const ballots: unknown[] = Array.from({ length: MAX_ISSUES + 5 }, () => "a>z");
    ballots.push({ ranking: [tier] });
    const { fast, full } = bothPaths(ballots);
    expect(fast).toEqual(full);
    const issues = (leftOf(fast) as { issues: readonly { code: string }[] }).issues;
    expect(issues.map((i) => i.code)).not.toContain("unknown_candidate");
  });

  it.each(BAD_TIERS)("%s, through rankedProfile and decide", (_, tier, path) => {
    const ballots = ["a>b>c", { ranking: ["a", tier] }];
    expect(rankedProfile(CANDIDATES, ballots as never)).toEqual(
      rankedProfile(CANDIDATES, ballots.map(slow) as never),
    );
    const decided = decide(specOf(ballots, "schulze"));
    expect(decided).toEqual(decide(specOf(ballots.map(slow), "schulze")));
    expect(leftOf(decided)).toMatchObject({
      issues: expect.arrayContaining([expect.objectContaining({ path })]),
    });
  });

  it("gives the words zod and the size guard give (a sample of the messages)", () => {
    expect(leftOf(parseSpec(specOf([{ ranking: ["a", []] }])))).toMatchObject({
      issues: [
        {
          path: "ballots[0].ranking[1]",
          code: "too_small",
          message: "a tier needs at least one candidate",
        },
      ],
    });
    expect(leftOf(parseSpec(specOf([{ ranking: [["a", "b", "c", "a"]] }])))).toMatchObject({
      issues: [
        {
          path: "ballots[0].ranking[0]",
          code: "too_long",
          message: "lists 4 entries, but there are 3 candidates",
        },
      ],
    });
  });

  it("still reads good tiers of every shape in one pass", () => {
    const read = parseSpecWithProfile(
      specOf([{ ranking: [["a", "b"], "c"] }, { ranking: ["c", ["b"]], count: 2 }, "b>a=c"]),
    );
    expect(read).toEqual(
      parseSpecWithProfile(
        specOf(
          [{ ranking: [["a", "b"], "c"] }, { ranking: ["c", ["b"]], count: 2 }, "b>a=c"].map(slow),
        ),
      ),
    );
    expect(E.isRight(read) && read.right.profile.totalCount).toBe(4);
  });

  it("returns an unreadable input when a tier's getter throws, and never throws", () => {
    const tier = ["b"];
    Object.defineProperty(tier, 0, {
      get: () => {
        throw new Error("hostile tier");
      },
    });
    const ballots = ["a>b", { ranking: ["a", tier] }];
    const result = parseSpecWithProfile(specOf(ballots));
    expect(result).toEqual(parseSpecWithProfile(specOf(ballots.map(slow))));
    expect(leftOf(result)).toMatchObject({
      _tag: "InvalidInput",
      issues: [
        { path: "", code: "unreadable", message: "the input could not be read (hostile tier)" },
      ],
    });
  });
});

describe("readRanked checks each tier as it reads it", () => {
  const names = nameIndex(new Map(CANDIDATES.map((name, c) => [name, c] as const)), CANDIDATES);
  const read = (ballot: unknown): readonly number[] | false => {
    const row = new Uint16Array(CANDIDATES.length).fill(UNRANKED);
    return readRanked(ballot, names, row) ? [...row] : false;
  };

  it.each(BAD_TIERS)("refuses %s (which the shape check now leaves to it)", (_, tier) => {
    const ballot = { ranking: ["a", tier] };
    expect(quickBallots([ballot], CANDIDATES.length, false)).toBe(true);
    expect(quickBallots([ballot], CANDIDATES.length, true)).toBe(false);
    expect(read(ballot)).toBe(false);
  });

  it("reads names and tiers of names, and shorthand, straight into the row", () => {
    expect(read({ ranking: [["b", "c"], "a"] })).toEqual([1, 0, 0]);
    expect(read({ ranking: ["c"] })).toEqual([UNRANKED, UNRANKED, 0]);
    // Shorthand is hashed as it is scanned: names are found without cutting the text.
    expect(read("c>a=b")).toEqual([1, 1, 0]);
    expect(read(" b >a")).toEqual([1, 0, UNRANKED]);
    expect(read("   ")).toEqual([UNRANKED, UNRANKED, UNRANKED]);
    expect(read("")).toEqual([UNRANKED, UNRANKED, UNRANKED]);
    for (const refused of ["a>z", "a>>b", "a=a", ">a", "ab"]) expect(read(refused)).toBe(false);
  });

  it("finds every candidate of a long list by the hash of its shorthand", () => {
    const many = Array.from({ length: 500 }, (_, i) => `candidate ${i}/${(i * 7919) % 500}`);
    const index = nameIndex(new Map(many.map((name, c) => [name, c] as const)), many);
    const row = new Uint16Array(many.length).fill(UNRANKED);
    expect(readRanked([...many].reverse().join(">"), index, row)).toBe(true);
    expect([...row]).toEqual(many.map((_, c) => many.length - 1 - c));
  });
});
