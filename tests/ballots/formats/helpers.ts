/**
 * Test helpers for the file formats: a canonical form of a profile (rows sorted, counts exact), and
 * fast-check arbitraries of profiles of each kind that a given format can hold.
 */
import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import {
  createProfileBuilder,
  NO_SCORE,
  type Profile,
  UNRANKED,
} from "../../../src/ballots/index.js";
import { rational, rationals } from "../../../src/core/index.js";

/** Candidates, kind, and the sorted list of `cells -> exact count`: equal iff the profiles are. */
export const canonical = (profile: Profile): unknown => {
  const n = profile.candidates.length;
  const cells =
    profile.kind === "ranked"
      ? profile.ranks
      : profile.kind === "approval"
        ? profile.approvals
        : profile.kind === "score"
          ? profile.scores
          : profile.grades;
  const rows: string[] = [];
  for (let b = 0; b < profile.ballotCount; b++) {
    const row = Array.from(cells.subarray(b * n, b * n + n)).join(" ");
    const count = rationals.toFraction(
      rational(BigInt(profile.counts[b] ?? 0), BigInt(profile.countDenominator)),
    );
    rows.push(`${row} -> ${count}`);
  }
  rows.sort();
  return {
    kind: profile.kind,
    candidates: profile.candidates,
    rows,
    total: profile.totalCountExact,
    ...(profile.kind === "score" ? { range: profile.range } : {}),
  };
};

/** Unwraps a Right or fails the test with the Left's message. */
export const right = <T>(either: E.Either<{ readonly message: string }, T>): T => {
  if (E.isLeft(either)) throw new Error(`expected Right, got Left: ${either.left.message}`);
  return either.right;
};

type Shape = "soc" | "soi" | "toc" | "toi";

/** A count: whole (usually), sometimes a fraction. */
const countArb: fc.Arbitrary<number | { num: bigint; den: bigint }> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 1000 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 12 }))
      .map(([p, q]) => rational(BigInt(p), BigInt(q))),
  },
);

/** A ranked row of a given shape over n candidates, as tiers per candidate. */
const rankedRow = (n: number, shape: Shape): fc.Arbitrary<number[]> =>
  fc
    .tuple(
      fc.shuffledSubarray(
        Array.from({ length: n }, (_, c) => c),
        { minLength: n, maxLength: n },
      ),
      fc.integer({ min: 0, max: n }),
      fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    )
    .map(([order, cut, joins]) => {
      const length = shape === "soc" || shape === "toc" ? n : cut;
      const row = new Array<number>(n).fill(UNRANKED);
      let tier = 0;
      for (let p = 0; p < length; p++) {
        if (p > 0 && !(shape === "toc" || shape === "toi" ? joins[p] : false)) tier++;
        row[order[p] as number] = tier;
      }
      return row;
    });

export interface ProfileArbOptions {
  readonly names: fc.Arbitrary<string>;
  readonly wholeCounts?: boolean;
}

const namesArb = (names: fc.Arbitrary<string>): fc.Arbitrary<string[]> =>
  fc.uniqueArray(names, { minLength: 1, maxLength: 7 });

const build = (
  kind: "ranked" | "approval" | "score",
  candidates: string[],
  rows: [number[], number | { num: bigint; den: bigint }][],
  range?: { min: number; max: number },
): Profile => {
  const builder = createProfileBuilder(kind, candidates, range === undefined ? {} : { range });
  for (const [row, count] of rows) {
    const refused = builder.add(row, count);
    if (refused !== undefined) throw new Error(refused);
  }
  return right(builder.build());
};

/** Ranked profiles whose every ballot has the given shape. */
export const rankedProfileArb = (shape: Shape, options: ProfileArbOptions): fc.Arbitrary<Profile> =>
  namesArb(options.names).chain((candidates) =>
    fc
      .array(
        fc.tuple(
          rankedRow(candidates.length, shape),
          options.wholeCounts === true ? fc.integer({ min: 1, max: 1000 }) : countArb,
        ),
        { maxLength: 12 },
      )
      .map((rows) => build("ranked", candidates, rows)),
  );

/** Approval profiles. */
export const approvalProfileArb = (options: ProfileArbOptions): fc.Arbitrary<Profile> =>
  namesArb(options.names).chain((candidates) =>
    fc
      .array(
        fc.tuple(
          fc.array(fc.integer({ min: 0, max: 1 }), {
            minLength: candidates.length,
            maxLength: candidates.length,
          }),
          countArb,
        ),
        { maxLength: 12 },
      )
      .map((rows) => build("approval", candidates, rows)),
  );

/** Score profiles on a range, with some candidates left unscored. */
export const scoreProfileArb = (options: ProfileArbOptions): fc.Arbitrary<Profile> =>
  fc
    .tuple(
      namesArb(options.names),
      fc.integer({ min: -5, max: 5 }),
      fc.integer({ min: 1, max: 10 }),
    )
    .chain(([candidates, min, width]) =>
      fc
        .array(
          fc.tuple(
            fc.array(fc.oneof(fc.constant(NO_SCORE), fc.integer({ min, max: min + width })), {
              minLength: candidates.length,
              maxLength: candidates.length,
            }),
            countArb,
          ),
          { maxLength: 12 },
        )
        .map((rows) => build("score", candidates, rows, { min, max: min + width })),
    );
