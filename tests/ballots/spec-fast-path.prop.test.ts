/**
 * The fast path of reading a spec (src/ballots/shape.ts) against the full path it stands in for.
 * A ballot object whose prototype is not `Object.prototype` is never vouched for by the fast
 * path, so the same spec with every ballot object moved onto such a prototype goes through zod
 * and the full checks, ballot by ballot, as every spec did before the fast path: the two must
 * give the same profile, or the same errors with the same paths, for every spec.
 */

import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { parseSpec, parseSpecWithProfile, rankingOf } from "../../src/ballots/index.js";
import { runs } from "../helpers/runs.js";

const CANDIDATES = ["a", "b", "c", "d e", "é", "__proto__"] as const;

/** A prototype with nothing on it: ballots built on it take the full path. */
class Ballot {}
const slow = (ballot: unknown): unknown =>
  typeof ballot === "object" && ballot !== null && !Array.isArray(ballot)
    ? Object.assign(new Ballot(), ballot)
    : ballot;

const name = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CANDIDATES) },
  { weight: 1, arbitrary: fc.constantFrom("z", "", " a", "a ", "A", "a\u00a0", "c\u2028") },
);
const piece = fc.oneof(
  { weight: 6, arbitrary: name },
  { weight: 2, arbitrary: fc.constantFrom(">", "=", " ", "\t") },
);
const shorthand = fc
  .array(piece, { maxLength: 9 })
  .map((pieces) =>
    pieces.reduce<string>(
      (text, p, i) => (i === 0 || /^[>= \t]$/.test(p) ? text + p : `${text}>${p}`),
      "",
    ),
  );
const count = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.nat(5) },
  { weight: 1, arbitrary: fc.constantFrom("1/3", " 2 ", "0.25") },
  fc.constantFrom(-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, "1/3", " 2 ", "1/0", "x", "", 3n),
);
const tier = fc.oneof(
  { weight: 4, arbitrary: name },
  { weight: 2, arbitrary: fc.array(name, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(5, null, [], [1], undefined) },
);
const withCount = <T extends object>(ballot: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc
    .tuple(
      ballot,
      count,
      fc.nat(9).map((x) => x === 0),
    )
    .map(([b, c, extra]) => ({
      ...b,
      ...(c === undefined ? {} : { count: c }),
      ...(extra ? { note: 1 } : {}),
    }));
const rankedBallot = fc.oneof(
  { weight: 4, arbitrary: shorthand },
  {
    weight: 4,
    arbitrary: withCount(fc.array(tier, { maxLength: 7 }).map((ranking) => ({ ranking }))),
  },
  { weight: 1, arbitrary: fc.constantFrom(7, null, [], { ranking: "a" }, { approve: ["a"] }) },
);
const approvalBallot = withCount(fc.array(name, { maxLength: 7 }).map((approve) => ({ approve })));
const scoreBallot = withCount(
  fc
    .dictionary(name, fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constant("5")), {
      maxKeys: 4,
    })
    .map((scores) => ({ scores })),
);

const specOf = (ballots: readonly unknown[], method = "irv"): unknown => ({
  method,
  candidates: [...CANDIDATES],
  ballots,
});

/** The result without the spec object (whose ballots differ in prototype between the paths). */
const outcome = (spec: unknown): unknown => {
  const result = parseSpecWithProfile(spec);
  return E.isRight(result) ? E.right(result.right.profile) : result;
};

describe("parseSpecWithProfile: the fast path agrees with the full path", () => {
  for (const [kind, ballot, method] of [
    ["ranked", rankedBallot, "irv"],
    ["approval", approvalBallot, "approval"],
    ["score", scoreBallot, "score"],
  ] as const) {
    it(`gives the same profile or the same errors, for ${kind} ballots`, () => {
      fc.assert(
        fc.property(fc.array(ballot, { maxLength: 8 }), (ballots) => {
          expect(outcome(specOf(ballots, method))).toEqual(
            outcome(specOf(ballots.map(slow), method)),
          );
        }),
        { numRuns: runs(400) },
      );
    });
  }

  it("reads shorthand with spaces and tabs the way parseShorthand does (String.prototype.trim)", () => {
    const ok = parseSpecWithProfile(
      specOf([" a > b\t=\td e ", "é=__proto__>c", "   ", "a\u00a0>\u2028b"]),
    );
    if (E.isLeft(ok) || ok.right.profile.kind !== "ranked") throw new Error("expected a profile");
    const profile = ok.right.profile;
    expect([0, 1, 2, 3].map((b) => rankingOf(profile, b))).toEqual([
      [["a"], ["b", "d e"]],
      [["é", "__proto__"], ["c"]],
      [],
      [["a"], ["b"]],
    ]);
  });

  it("still names the one bad ballot among many good ones, with its path", () => {
    const ballots: unknown[] = Array.from({ length: 5_000 }, (_, i) =>
      i % 2 === 0 ? "a>b>c" : { ranking: [["b"], ["a", "c"]], count: 2 },
    );
    ballots[4_321] = { ranking: ["a", ["b", "a"]] };
    expect(parseSpec(specOf(ballots))).toEqual(
      E.left(
        expect.objectContaining({
          issues: [
            {
              path: "ballots[4321].ranking[1][1]",
              code: "duplicate_candidate",
              message: '"a" appears twice on this ballot',
            },
          ],
        }),
      ),
    );
  });

  it("accepts 1,000,000 ballots by default (limits.ballots)", () => {
    const ballots = new Array<string>(1_000_000).fill("b>a");
    const result = parseSpecWithProfile({ method: "irv", candidates: ["a", "b"], ballots });
    expect(E.isRight(result) && result.right.profile.totalCount).toBe(1_000_000);
    const over = parseSpecWithProfile({
      method: "irv",
      candidates: ["a", "b"],
      ballots: [...ballots, "a"],
    });
    expect(E.isLeft(over) && over.left._tag).toBe("Unsupported");
  });
});
