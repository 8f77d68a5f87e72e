import { describe, expect, it } from "vitest";
import { coombs } from "../../src/voting/index.js";
import { ranked, tennessee } from "./helpers/profiles.js";

describe("coombs", () => {
  it("eliminates Memphis (58 last places), then elects Nashville with 68 (Wikipedia, Coombs' method, Tennessee)", () => {
    const outcome = coombs(tennessee());
    expect(outcome.winners).toEqual(["Nashville"]);
    expect(outcome.rounds?.[0]?.eliminated).toEqual(["Memphis"]);
    expect(outcome.rounds?.[1]?.tallies).toEqual({ Nashville: 68, Chattanooga: 15, Knoxville: 17 });
    expect(outcome.explanation[1]?.data?.["lastPlaces"]).toEqual({
      Memphis: 58,
      Nashville: 0,
      Chattanooga: 0,
      Knoxville: 42,
    });
  });

  it("shares last place among unranked candidates under tied-last, not under not-compared", () => {
    // "a" ranks only a: under tied-last b and c share its last place.
    const p = ranked(["a", "b", "c"], [{ ranking: ["a"], count: 2 }, "b>c>a", "c>a>b"]);
    expect(coombs(p).explanation[1]?.data?.["lastPlaces"]).toEqual({ a: 1, b: 2, c: 1 });
    expect(coombs(p, { unranked: "not-compared" }).explanation[1]?.data?.["lastPlaces"]).toEqual({
      a: 1,
      b: 1,
      c: 0,
    });
  });

  it("reports every candidate as tied in a perfect cycle under tie-break none", () => {
    const outcome = coombs(
      ranked(["a", "b", "c"], ["a>b>c", "b>c>a", "c>a>b"]),
      {},
      { kind: "none" },
    );
    expect(outcome.winners).toEqual(["a", "b", "c"]);
  });
});
