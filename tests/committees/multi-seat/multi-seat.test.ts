import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  block,
  blockBorda,
  type CommitteeOutcome,
  limited,
  MAX_COMMITTEES,
  sntv,
} from "../../../src/committees/index.js";
import { decide } from "../../../src/voting/index.js";
import { approvals, ranked } from "../../voting/helpers/profiles.js";

const decided = (spec: unknown): CommitteeOutcome => {
  const result = decide(spec);
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  return result.right as CommitteeOutcome;
};
const refused = (spec: unknown) => {
  const result = decide(spec);
  if (E.isRight(result)) throw new Error("expected an error");
  return result.left;
};

// Wikipedia, "Borda count": the Tennessee capital example (42% Memphis, 26% Nashville,
// 15% Chattanooga, 17% Knoxville), whose published Borda scores are M 126, N 194, C 173, K 107.
const tennessee = [
  { ranking: ["M", "N", "C", "K"], count: 42 },
  { ranking: ["N", "C", "K", "M"], count: 26 },
  { ranking: ["C", "K", "N", "M"], count: 15 },
  { ranking: ["K", "C", "N", "M"], count: 17 },
];

describe("block-borda (k-Borda)", () => {
  it("elects the two highest published Borda scores of the Tennessee example, in order: N 194, C 173", () => {
    const outcome = decided({
      method: "block-borda",
      candidates: ["M", "N", "C", "K"],
      ballots: tennessee,
      seats: 2,
    });
    expect(outcome.scores).toEqual({ M: 126, N: 194, C: 173, K: 107 });
    expect(outcome.winners).toEqual(["N", "C"]);
    expect(outcome.seats).toBe(2);
    expect(outcome.variant).toBe("standard");
  });

  it("with three seats adds Memphis (126) before Knoxville (107)", () => {
    const profile = ranked(["M", "N", "C", "K"], tennessee);
    expect(blockBorda(profile, { seats: 3 }).winners).toEqual(["N", "C", "M"]);
  });

  it("takes the Borda count's point schemes", () => {
    const outcome = decided({
      method: "block-borda",
      candidates: ["a", "b", "c"],
      ballots: ["a", "b>c"],
      seats: 1,
      options: { points: "modified" },
    });
    // Modified Borda: "a" alone gives a 1; "b>c" gives b 2, c 1.
    expect(outcome.scores).toEqual({ a: 1, b: 2, c: 1 });
    expect(outcome.winners).toEqual(["b"]);
  });
});

describe("sntv", () => {
  it("elects the candidates with the most single votes, in order", () => {
    const outcome = decided({
      method: "sntv",
      candidates: ["a", "b", "c", "d"],
      ballots: [
        { approve: ["a"], count: 40 },
        { approve: ["c"], count: 25 },
        { approve: ["b"], count: 35 },
      ],
      seats: 2,
    });
    expect(outcome.winners).toEqual(["a", "b"]);
    expect(outcome.scores).toEqual({ a: 40, b: 35, c: 25, d: 0 });
  });

  it("shows vote splitting: a majority party running three candidates for two seats wins one", () => {
    // 60 voters for party X split 21/20/19 across three candidates; 40 for party Y's one
    // candidate: Y's candidate tops the poll, X gets one seat (the SNTV nomination problem,
    // Grofman et al. 1999, ch. 1).
    const profile = approvals(
      ["x1", "x2", "x3", "y1"],
      [
        { approve: ["x1"], count: 21 },
        { approve: ["x2"], count: 20 },
        { approve: ["x3"], count: 19 },
        { approve: ["y1"], count: 40 },
      ],
    );
    expect(sntv(profile, { seats: 2 }).winners).toEqual(["y1", "x1"]);
  });

  it("spoils a ballot that marks two candidates, and says so", () => {
    const outcome = decided({
      method: "sntv",
      candidates: ["a", "b", "c"],
      ballots: [{ approve: ["a", "b"], count: 10 }, { approve: ["c"], count: 1 }, { approve: [] }],
      seats: 1,
    });
    expect(outcome.scores).toEqual({ a: 0, b: 0, c: 1 });
    expect(outcome.winners).toEqual(["c"]);
    expect(outcome.explanation.find((s) => s.kind === "ballots")?.data).toEqual({
      spoiled: "10",
      blank: "1",
    });
  });
});

describe("block", () => {
  it("lets a cohesive majority take every seat (Lijphart, Pintor and Sone 1986)", () => {
    const profile = approvals(
      ["a1", "a2", "a3", "b1", "b2", "b3"],
      [
        { approve: ["a1", "a2", "a3"], count: 51 },
        { approve: ["b1", "b2", "b3"], count: 49 },
      ],
    );
    expect(block(profile, { seats: 3 }).winners).toEqual(["a1", "a2", "a3"]);
  });

  it("counts ballots with fewer marks than seats, and spoils those with more", () => {
    const outcome = decided({
      method: "block",
      candidates: ["a", "b", "c"],
      ballots: [{ approve: ["a"] }, { approve: ["a", "b", "c"], count: 5 }, { approve: ["b"] }],
      seats: 2,
    });
    expect(outcome.scores).toEqual({ a: 1, b: 1, c: 0 });
    expect(outcome.winners).toEqual(["a", "b"]);
  });
});

describe("limited", () => {
  it("gives the minority a seat that block voting would deny it", () => {
    // Three seats, two votes each: the 60 majority voters cannot cover three candidates.
    const ballots = [
      { approve: ["a1", "a2"], count: 31 },
      { approve: ["a2", "a3"], count: 29 },
      { approve: ["b1"], count: 40 },
    ];
    const profile = approvals(["a1", "a2", "a3", "b1"], ballots);
    expect(limited(profile, { seats: 3, votesPerBallot: 2 }).winners).toEqual(["a2", "b1", "a1"]);
  });

  it("requires options.votesPerBallot, at most the seats", () => {
    const spec = { method: "limited", candidates: ["a", "b", "c"], ballots: [], seats: 2 };
    expect(refused(spec)).toMatchObject({
      _tag: "InvalidInput",
      issues: [{ path: "options.votesPerBallot", code: "invalid_type" }],
    });
    expect(refused({ ...spec, options: { votesPerBallot: 3 } })).toMatchObject({
      issues: [{ path: "options.votesPerBallot", code: "too_many_votes" }],
    });
    expect(refused({ ...spec, options: { votesPerBallot: 0 } })).toMatchObject({
      issues: [{ path: "options.votesPerBallot" }],
    });
  });
});

describe("every multi-seat rule", () => {
  it.each(["sntv", "block", "block-borda"])(
    "%s refuses a spec without seats, at seats",
    (method) => {
      expect(refused({ method, candidates: ["a", "b"], ballots: [] })).toMatchObject({
        _tag: "InvalidInput",
        issues: [{ path: "seats", code: "invalid_type" }],
      });
      expect(refused({ method, candidates: ["a", "b"], ballots: [], seats: 3 })).toMatchObject({
        issues: [{ path: "seats", code: "too_many_seats" }],
      });
    },
  );

  it("breaks a tie for the last seat by the policy, recording the seat", () => {
    const spec = {
      method: "sntv",
      candidates: ["a", "b", "c"],
      ballots: [{ approve: ["a"], count: 3 }, { approve: ["b"] }, { approve: ["c"] }],
      seats: 2,
    };
    const outcome = decided({ ...spec, tieBreak: { kind: "order", order: ["c", "b"] } });
    expect(outcome.winners).toEqual(["a", "c"]);
    expect(outcome.tieBreaks).toMatchObject([{ step: "seat 2", tied: ["b", "c"], chosen: "c" }]);
    const none = decided({ ...spec, tieBreak: { kind: "none" } });
    expect(none.winners).toEqual(["a", "b", "c"]);
    expect(none.committees).toEqual([
      ["a", "b"],
      ["a", "c"],
    ]);
    expect(none.committeeCount).toBe("2");
  });

  it(`lists committees only up to ${MAX_COMMITTEES}, always counting them`, () => {
    const candidates = Array.from({ length: 16 }, (_, i) => `c${i}`);
    const outcome = decided({
      method: "block",
      candidates,
      ballots: [],
      seats: 8,
      tieBreak: { kind: "none" },
    });
    expect(outcome.committeeCount).toBe("12870");
    expect(outcome.committees).toBeUndefined();
    expect(outcome.winners).toHaveLength(16);
  });
});
