import { describe, expect, it } from "vitest";
import { nanson } from "../../src/voting/index.js";
import { ranked, tennessee } from "./helpers/profiles.js";

describe("nanson", () => {
  it("drops Memphis and Knoxville (below the mean 150), then Chattanooga (Wikipedia, Nanson's method, Tennessee)", () => {
    const outcome = nanson(tennessee());
    expect(outcome.winners).toEqual(["Nashville"]);
    expect(outcome.rounds?.[0]?.eliminated).toEqual(["Memphis", "Knoxville"]);
    expect(outcome.rounds?.[1]?.tallies).toEqual({ Nashville: 68, Chattanooga: 32 });
    expect(outcome.ranking).toEqual([["Nashville"], ["Chattanooga"], ["Memphis"], ["Knoxville"]]);
  });

  it("keeps candidates exactly at the mean under the Schwartz variant", () => {
    // Borda: a 3, b 3, c 0; mean 2. Both variants drop c. Then a and b tie at the mean 1:
    // Nanson would drop both, so they are co-winners under either variant.
    const p = ranked(["a", "b", "c"], ["a>b>c", "b>a>c"]);
    expect(nanson(p, {}, { kind: "none" }).winners).toEqual(["a", "b"]);
    expect(nanson(p, { variant: "schwartz" }, { kind: "none" }).winners).toEqual(["a", "b"]);
    // a 2, b 1, c 0 (mean 1): Nanson drops b and c, Schwartz only c.
    const q = ranked(["a", "b", "c"], ["a>b>c"]);
    expect(nanson(q).rounds?.[0]?.eliminated).toEqual(["b", "c"]);
    expect(nanson(q, { variant: "schwartz" }).rounds?.[0]?.eliminated).toEqual(["c"]);
  });
});
