/**
 * Fuzzing the boundary functions of co-decide/ballots (issue 2, section 4): random strings,
 * mutated valid files (character flips, truncation, duplicated or dropped lines, inserted bytes)
 * and random JSON values. No input may make a boundary function throw or hang; every result is an
 * Either, and a Right holds a sane profile.
 */
import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type ParseProfileOptions,
  parseBlt,
  parseProfile,
  writeProfile,
} from "../../src/ballots/formats/index.js";
import { type Profile, parseSpec, rankedProfile } from "../../src/ballots/index.js";
import { runs } from "../helpers/runs.js";
import { dataText } from "./formats/real-data.js";

const READERS: readonly ParseProfileOptions[] = [
  { format: "soc" },
  { format: "soi" },
  { format: "toc" },
  { format: "toi" },
  { format: "cat" },
  { format: "blt" },
  { format: "csv", layout: "positions", skipColumns: 1 },
  { format: "csv", layout: "candidate-ranks", countColumn: "count" },
  { format: "csv", layout: "candidate-scores", countColumn: "count" },
  { format: "csv", layout: "candidate-approvals" },
];

/** Checks a reader's result: an Either, and a Right that holds a consistent profile. */
const checkResult = (result: E.Either<unknown, Profile>): void => {
  expect(E.isLeft(result) || E.isRight(result)).toBe(true);
  if (E.isRight(result)) {
    const profile = result.right;
    expect(Number.isFinite(profile.totalCount)).toBe(true);
    expect(profile.counts.length).toBe(profile.ballotCount);
  } else {
    const error = result.left as { _tag: string; reason?: string; message: unknown };
    expect(typeof error.message).toBe("string");
    // The boundary's last-resort catch must never be what answers: it would hide a reader bug.
    expect(error.reason).not.toBe("unreadable");
  }
};

const readAll = (text: string): void => {
  for (const options of READERS) checkResult(parseProfile(text, options));
  const blt = parseBlt(text);
  checkResult(E.isRight(blt) ? E.right(blt.right.profile) : blt);
};

/** Text made of the characters the formats use, so the fuzzer reaches past the first check. */
const formatChars = fc.string({
  unit: fc.constantFrom(
    ...'0123456789:,{}#-=" \n\r\t./;xA'.split(""),
    "# NUMBER ALTERNATIVES: ",
    "# ALTERNATIVE NAME 1: ",
  ),
  maxLength: 200,
});

describe("every reader on random text", () => {
  it("never throws on arbitrary Unicode and binary strings, NUL bytes included", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), readAll), {
      numRuns: runs(1500),
    });
  });

  it("never throws on strings of the formats' own characters", () => {
    fc.assert(fc.property(formatChars, readAll), { numRuns: runs(3000) });
  });
});

const small = right(
  rankedProfile(["a", "b", "c", "d"], ["a>b=c>d", "d>c>b>a", "b=c=a=d", "c>a>d>b"]),
);
const written = (options: Parameters<typeof writeProfile>[1], profile: Profile = small): string => {
  const text = writeProfile(profile, options);
  if (E.isLeft(text)) throw new Error(text.left.message);
  return text.right;
};

function right<T>(either: E.Either<{ readonly message: string }, T>): T {
  if (E.isLeft(either)) throw new Error(either.left.message);
  return either.right;
}

/** Valid files of every format, each with the options that read it. */
const SEEDS: readonly (readonly [string, ParseProfileOptions])[] = [
  [written({ format: "toc" }), { format: "toc" }],
  [written({ format: "toi" }), { format: "toi" }],
  [dataText("preflib/debian/00002-00000001.soi"), { format: "soi" }],
  [dataText("stv/droop-tests/SC.blt"), { format: "blt" }],
  [written({ format: "blt", seats: 2, withdrawn: ["c"], title: "T" }), { format: "blt" }],
  [written({ format: "csv" }), { format: "csv", layout: "candidate-ranks", countColumn: "count" }],
  [
    written({ format: "csv", layout: "candidate-ranks" }),
    { format: "csv", layout: "candidate-ranks", countColumn: "count" },
  ],
  [
    'id,1st,2nd\n1,a,"b ""x"""\n2,"c\nd",\n',
    { format: "csv", layout: "positions", skipColumns: 1 },
  ],
];

type Mutation =
  | { readonly kind: "flip"; readonly at: number; readonly char: string }
  | { readonly kind: "truncate"; readonly at: number }
  | { readonly kind: "duplicate-line"; readonly at: number }
  | { readonly kind: "drop-line"; readonly at: number }
  | { readonly kind: "insert"; readonly at: number; readonly text: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("flip" as const),
    at: fc.nat(),
    char: fc.oneof(
      fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
      fc.constantFrom("\u0000", "{", "}", ",", ":", "\n", "-", "=", '"', "0", "9"),
    ),
  }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate-line" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("drop-line" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.string({ unit: "binary", maxLength: 8 }),
  }),
);

const mutate = (text: string, mutation: Mutation): string => {
  const at = text.length === 0 ? 0 : mutation.at % text.length;
  switch (mutation.kind) {
    case "flip":
      return text.slice(0, at) + mutation.char + text.slice(at + 1);
    case "truncate":
      return text.slice(0, at);
    case "insert":
      return text.slice(0, at) + mutation.text + text.slice(at);
    default: {
      const lines = text.split("\n");
      const k = mutation.at % lines.length;
      if (mutation.kind === "drop-line") lines.splice(k, 1);
      else lines.splice(k, 0, lines[k] ?? "");
      return lines.join("\n");
    }
  }
};

describe("every reader on mutated valid files", () => {
  it("reads each seed file unmutated", () => {
    for (const [text, options] of SEEDS) expect(E.isRight(parseProfile(text, options))).toBe(true);
  });

  it("never throws after flips, truncation, line duplication or deletion, insertions", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: SEEDS.length - 1 }),
        fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
        (pick, mutations) => {
          const [seed, options] = SEEDS[pick] as (typeof SEEDS)[number];
          const text = mutations.reduce(mutate, seed);
          checkResult(parseProfile(text, options));
          if (options.format === "blt") {
            const election = parseBlt(text);
            checkResult(E.isRight(election) ? E.right(election.right.profile) : election);
          }
        },
      ),
      { numRuns: runs(5000) },
    );
  });

  it("fails a truncated PrefLib file only with a ParseError (never a wrong Right with other totals)", () => {
    const [seed] = SEEDS[2] as (typeof SEEDS)[number];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: seed.length - 2 }), (at) => {
        const result = parseProfile(seed.slice(0, at), { format: "soi" });
        // A cut leaves a last line shorter or missing: NUMBER VOTERS (475) catches every cut
        // except one that removes nothing but the final newline.
        if (E.isRight(result)) expect(result.right.totalCount).toBe(475);
        else expect(result.left._tag).toBe("ParseError");
      }),
      { numRuns: runs(300) },
    );
  });
});

describe("parseSpec on random values", () => {
  it("never throws on fc.anything()", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true }), (value) => {
        const result = parseSpec(value);
        expect(E.isLeft(result) || E.isRight(result)).toBe(true);
      }),
      { numRuns: runs(1000) },
    );
  });

  it("never throws on JSON values, nor on specs with random ballots", () => {
    const spec = fc.record({
      method: fc.constantFrom("irv", "plurality"),
      candidates: fc.array(fc.jsonValue(), { maxLength: 4 }),
      ballots: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), spec), (value) => {
        const result = parseSpec(value);
        expect(E.isLeft(result) || E.isRight(result)).toBe(true);
      }),
      { numRuns: runs(1000) },
    );
  });
});
