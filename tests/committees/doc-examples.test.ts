/** The `@example` blocks of co-decide/committees, run as tests. */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { apportion, block, blockBorda, limited, sntv } from "../../src/committees/index.js";
import { approvals, ranked } from "../voting/helpers/profiles.js";

describe("committees doc examples", () => {
  it("apportion: D'Hondt and a 5% threshold", () => {
    const dhondt = apportion({
      method: "dhondt",
      seats: 8,
      votes: { A: 100000, B: 80000, C: 30000, D: 20000 },
    });
    expect(E.isRight(dhondt) && dhondt.right.seats).toEqual({ A: 4, B: 3, C: 1, D: 0 });
    const threshold = apportion({
      method: "sainte-lague",
      seats: 10,
      votes: { A: 600, B: 360, C: 40 },
      options: { threshold: "5%" },
    });
    expect(E.isRight(threshold) && threshold.right.seats).toEqual({ A: 6, B: 4, C: 0 });
    expect(E.isRight(threshold) && threshold.right.excluded).toEqual(["C"]);
  });

  it("limited, sntv, block and blockBorda", () => {
    const l = approvals(
      ["a", "b", "c", "d", "e"],
      [
        { approve: ["a", "b", "c"], count: 6 },
        { approve: ["d", "e"], count: 5 },
      ],
    );
    expect(limited(l, { seats: 4, votesPerBallot: 3 }).winners).toEqual(["a", "b", "c", "d"]);
    const s = approvals(
      ["a", "b", "c", "d"],
      [
        { approve: ["a"], count: 40 },
        { approve: ["b"], count: 35 },
        { approve: ["c"], count: 25 },
      ],
    );
    expect(sntv(s, { seats: 2 }).winners).toEqual(["a", "b"]);
    const b = approvals(
      ["a1", "a2", "b1", "b2"],
      [
        { approve: ["a1", "a2"], count: 6 },
        { approve: ["b1", "b2"], count: 4 },
      ],
    );
    expect(block(b, { seats: 2 }).winners).toEqual(["a1", "a2"]);
    const tn = ranked(
      ["M", "N", "C", "K"],
      [
        { ranking: ["M", "N", "C", "K"], count: 42 },
        { ranking: ["N", "C", "K", "M"], count: 26 },
        { ranking: ["C", "K", "N", "M"], count: 15 },
        { ranking: ["K", "C", "N", "M"], count: 17 },
      ],
    );
    expect(blockBorda(tn, { seats: 2 }).winners).toEqual(["N", "C"]);
  });
});
