import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  mergeTallies,
  parseTally,
  rankedProfile,
  type Tally,
  tallyProfile,
  tallyToJson,
} from "../../src/ballots/index.js";
import { decideTally } from "../../src/voting/index.js";

const must = <A>(either: E.Either<unknown, A>): A => {
  if (E.isLeft(either)) throw new Error(JSON.stringify(either.left));
  return either.right;
};

// Schulze (2011) / Wikipedia "Schulze method": 45 voters, 5 candidates; the winner is E and the
// ranking E > A > C > B > D.
const WIKIPEDIA_45 = [
  { ranking: ["A", "C", "B", "E", "D"], count: 5 },
  { ranking: ["A", "D", "E", "C", "B"], count: 5 },
  { ranking: ["B", "E", "D", "A", "C"], count: 8 },
  { ranking: ["C", "A", "B", "E", "D"], count: 3 },
  { ranking: ["C", "A", "E", "B", "D"], count: 7 },
  { ranking: ["C", "B", "A", "D", "E"], count: 2 },
  { ranking: ["D", "C", "E", "B", "A"], count: 7 },
  { ranking: ["E", "B", "A", "D", "C"], count: 8 },
];
const ABCDE = ["A", "B", "C", "D", "E"];

// Tennessee capital (Wikipedia, "Borda count" and "Plurality"): Memphis wins plurality, Nashville
// wins Borda with 194 points (M 126, N 194, C 173, K 107).
const TENNESSEE = [
  { ranking: ["M", "N", "C", "K"], count: 42 },
  { ranking: ["N", "C", "K", "M"], count: 26 },
  { ranking: ["C", "K", "N", "M"], count: 15 },
  { ranking: ["K", "C", "N", "M"], count: 17 },
];

const shardTally = (candidates: string[], ballots: unknown[], kind: "pairwise" | "positional") =>
  ballots
    .map((b) => tallyProfile(must(rankedProfile(candidates, [b as never])), kind))
    .reduce((acc: Tally, t) => must(mergeTallies(acc, t)));

describe("decideTally on published examples, one shard per ballot group", () => {
  it("Schulze elects E with the ranking E > A > C > B > D (Schulze 2011, Wikipedia)", () => {
    const tally = tallyToJson(shardTally(ABCDE, WIKIPEDIA_45, "pairwise"));
    const outcome = must(decideTally({ method: "schulze", tally }));
    expect(outcome.winners).toEqual(["E"]);
    expect(outcome.ranking).toEqual([["E"], ["A"], ["C"], ["B"], ["D"]]);
  });

  it("Tennessee: plurality elects Memphis, Borda Nashville with 194 points", () => {
    const tally = tallyToJson(shardTally(["M", "N", "C", "K"], TENNESSEE, "positional"));
    expect(must(decideTally({ method: "plurality", tally })).winners).toEqual(["M"]);
    const borda = must(decideTally({ method: "borda", tally }));
    expect(borda.winners).toEqual(["N"]);
    expect(borda.scores).toEqual({ M: 126, N: 194, C: 173, K: 107 });
  });
});

describe("decideTally refuses", () => {
  const tally = tallyToJson(shardTally(["M", "N", "C", "K"], TENNESSEE, "pairwise"));

  it("methods that need whole ballots, with reason needs_ballots", () => {
    const result = decideTally({ method: "irv", tally });
    expect(E.isLeft(result) && result.left._tag === "Unsupported" && result.left.reason).toBe(
      "needs_ballots",
    );
  });

  it("a tally of the other kind, at tally.kind", () => {
    expect(decideTally({ method: "borda", tally })).toEqual(
      E.left(
        expect.objectContaining({
          _tag: "InvalidInput",
          issues: [expect.objectContaining({ path: "tally.kind", code: "wrong_tally" })],
        }),
      ),
    );
  });

  it("an unranked option that differs from the tally's rule", () => {
    const result = decideTally({ method: "schulze", tally, options: { unranked: "not-compared" } });
    expect(
      E.isLeft(result) && result.left._tag === "InvalidInput" && result.left.issues[0]?.path,
    ).toBe("options.unranked");
  });

  it("bad specs, options, tie-breaks and unknown methods, with paths", () => {
    const paths = (spec: unknown): string[] => {
      const result = decideTally(spec);
      return E.isLeft(result) && result.left._tag === "InvalidInput"
        ? result.left.issues.map((i) => i.path)
        : [result._tag === "Left" ? result.left._tag : "right"];
    };
    expect(paths(null)).toEqual([""]);
    expect(paths({ method: "schulze", tally, extra: 1 })).toEqual(["extra"]);
    expect(paths({ method: 3, tally })).toEqual(["method"]);
    expect(paths({ method: "nope", tally })).toEqual(["UnknownMethod"]);
    expect(paths({ method: "schulze", tally, options: { strength: "loud" } })).toEqual([
      "options.strength",
    ]);
    expect(paths({ method: "schulze", tally, tieBreak: { kind: "order", order: ["Z"] } })).toEqual([
      "tieBreak.order[0]",
    ]);
    expect(paths({ method: "schulze", tally: { ...tally, counts: tally.kind } })).toEqual([
      "tally.counts",
    ]);
    expect(paths({ method: "schulze", tally, limits: { candidates: 2 } })).toEqual(["Unsupported"]);
  });
});

describe("parseTally", () => {
  const good = {
    kind: "pairwise",
    candidates: ["a", "b"],
    unranked: "tied-last",
    denominator: "1",
    counts: ["0", "2", "1", "0"],
  };
  const issues = (input: unknown): { path: string; code: string }[] => {
    const result = parseTally(input);
    return E.isLeft(result) && result.left._tag === "InvalidInput"
      ? result.left.issues.map(({ path, code }) => ({ path, code }))
      : [];
  };

  it("reads JSON counts given as decimal strings or numbers", () => {
    expect(must(parseTally(good)).kind).toBe("pairwise");
    expect(
      Array.from(
        (must(parseTally({ ...good, counts: [0, 2, 1, 0] })) as { counts: Float64Array }).counts,
      ),
    ).toEqual([0, 2, 1, 0]);
  });

  it("reports every bad value with its path", () => {
    expect(issues({ ...good, counts: ["0", "-2", "1.5", "0"], denominator: "0" })).toEqual([
      { path: "denominator", code: "invalid_count" },
      { path: "counts[1]", code: "invalid_count" },
      { path: "counts[2]", code: "invalid_count" },
    ]);
    expect(issues({ ...good, counts: ["1", "2", "1", "0"] })).toEqual([
      { path: "counts[0]", code: "invalid_count" },
    ]);
    expect(issues({ ...good, counts: ["0", "9007199254740992", "1", "0"] })).toEqual([
      { path: "counts[1]", code: "invalid_count" },
    ]);
    expect(issues({ ...good, candidates: ["a", "a"] })).toEqual([
      { path: "candidates[1]", code: "duplicate" },
    ]);
    expect(issues({ ...good, kind: "other" })).toEqual([{ path: "kind", code: "invalid_value" }]);
    expect(
      issues({
        kind: "positional",
        candidates: ["a", "b"],
        denominator: "1",
        places: [
          { position: 0, size: 2, ranked: 1, counts: ["1", "0"] },
          { position: 1, size: 1, ranked: 1, counts: ["x", "0"] },
          { position: 1, size: 1, ranked: 1, counts: ["0", "0"] },
        ],
      }),
    ).toEqual([
      { path: "places[0]", code: "invalid_place" },
      { path: "places[1].counts[0]", code: "invalid_count" },
      { path: "places[2]", code: "duplicate" },
    ]);
  });

  it("refuses a tally past its cells limit before reading it", () => {
    const result = parseTally(good, { limits: { cells: 3 } });
    expect(E.isLeft(result) && result.left._tag).toBe("Unsupported");
  });
});
