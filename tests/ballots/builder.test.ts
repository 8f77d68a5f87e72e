import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { createProfileBuilder, type RankedProfile, UNRANKED } from "../../src/ballots/index.js";
import { createPrng } from "../../src/core/index.js";

const candidates = ["a", "b", "c", "d", "e"];

/** Feeds the same seeded rows (with repeats and truncations) to a builder and returns its profile. */
const build = (expectedRows?: number): RankedProfile => {
  const builder = createProfileBuilder(
    "ranked",
    candidates,
    expectedRows === undefined ? {} : { expectedRows },
  );
  const prng = createPrng("builder-hint");
  const row = new Uint16Array(candidates.length);
  for (let v = 0; v < 5_000; v++) {
    for (let c = 0; c < candidates.length; c++) {
      const tier = prng.nextInt(candidates.length + 1);
      row[c] = tier === candidates.length ? UNRANKED : tier;
    }
    expect(builder.add(row, 1 + prng.nextInt(3))).toBeUndefined();
  }
  const profile = builder.build();
  if (E.isLeft(profile)) throw new Error(profile.left.message);
  return profile.right;
};

describe("createProfileBuilder", () => {
  it("builds the same profile whatever the expectedRows hint, growing past a small one", () => {
    const plain = build();
    for (const hint of [17, 100, 5_000, 1_000_000]) {
      const hinted = build(hint);
      expect(hinted.ballotCount).toBe(plain.ballotCount);
      expect(Array.from(hinted.ranks)).toEqual(Array.from(plain.ranks));
      expect(Array.from(hinted.counts)).toEqual(Array.from(plain.counts));
      expect(hinted.totalCount).toBe(plain.totalCount);
    }
  });

  it("ignores a hint that is not a positive whole number", () => {
    for (const hint of [-5, 0, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(build(hint).ballotCount).toBe(build().ballotCount);
    }
  });

  it("keeps a built profile unchanged when the builder goes on adding", () => {
    const builder = createProfileBuilder("ranked", ["a", "b"], { expectedRows: 2 });
    builder.add([0, 1]);
    const first = builder.build();
    builder.add([0, 1], 5);
    builder.add([1, 0], 2);
    if (E.isLeft(first)) throw new Error(first.left.message);
    expect(first.right.ballotCount).toBe(1);
    expect(Array.from(first.right.counts)).toEqual([1]);
    expect(Array.from(first.right.ranks)).toEqual([0, 1]);
  });
});
