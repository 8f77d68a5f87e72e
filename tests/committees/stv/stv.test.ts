import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { readBlt } from "../../../src/ballots/formats/blt.js";
import { stv, stvFromBlt } from "../../../src/committees/stv/stv.js";
import { decide } from "../../../src/voting/index.js";
import { dataText } from "../../helpers/data.js";
import { ranked } from "../../voting/helpers/profiles.js";

const SPEC = {
  method: "stv",
  candidates: ["ann", "bob", "cy", "dee"],
  ballots: [
    { ranking: [["ann"], ["bob"]], count: 40 },
    { ranking: [["bob"], ["ann"]], count: 25 },
    { ranking: [["cy"], ["dee"]], count: 20 },
    { ranking: [["dee"], ["cy"]], count: 15 },
  ],
  seats: 3,
};

describe("stv through decide", () => {
  it("counts the doc-comment example by the Scottish rule (quota 26, ann's surplus of 14 to bob)", () => {
    const outcome = decide({ ...SPEC, options: { rule: "scottish" } });
    if (E.isLeft(outcome)) throw new Error(JSON.stringify(outcome.left));
    const o = outcome.right as unknown as {
      winners: string[];
      quota: string;
      rounds: { tallies: Record<string, string>; from?: string; transferValue?: string }[];
    };
    expect(o.winners).toEqual(["ann", "bob", "cy"]);
    expect(o.quota).toBe("26.00000");
    // 100 valid votes, 3 seats: floor(100/4)+1 = 26. Ann's 40 pass on at 14/40 = 0.35 each.
    expect(o.rounds[1]?.from).toBe("ann");
    expect(o.rounds[1]?.transferValue).toBe("0.35000");
    expect(o.rounds[1]?.tallies["bob"]).toBe("39.00000");
  });

  it("refuses a spec without seats, with seats 0, or with more seats than candidates, at the path seats", () => {
    const { seats: _, ...noSeats } = SPEC;
    for (const spec of [noSeats, { ...SPEC, seats: 5 }]) {
      const result = decide(spec);
      expect(
        E.isLeft(result) && result.left._tag === "InvalidInput" && result.left.issues[0]?.path,
      ).toBe("seats");
    }
  });

  it("refuses bad options at their paths", () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ rule: "irish" }, "options.rule"],
      [{ quota: "half" }, "options.quota"],
      [{ withdrawn: ["zed"] }, "options.withdrawn[0]"],
      [{ rule: "meek", omega: "-1" }, "options.omega"],
      [{ rule: "meek", maxIterations: 0 }, "options.maxIterations"],
      [{ maxTiePaths: 1e9 }, "options.maxTiePaths"],
    ];
    for (const [options, path] of cases) {
      const result = decide({ ...SPEC, options });
      expect(
        E.isLeft(result) && result.left._tag === "InvalidInput" && result.left.issues[0]?.path,
        path,
      ).toBe(path);
    }
  });

  it("counts by the ERS97 rules: quota 25.00 (100 / 4, exact), values in hundredths", () => {
    const result = decide({ ...SPEC, options: { rule: "ers97" } });
    if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
    const o = result.right as unknown as { winners: string[]; quota: string };
    expect(o.quota).toBe("25.00");
    expect(o.winners).toEqual(["ann", "bob", "cy"]);
  });

  it("passes over withdrawn candidates", () => {
    const outcome = decide({ ...SPEC, options: { rule: "wigm", withdrawn: ["ann"] } });
    expect(E.isRight(outcome) && outcome.right.winners).not.toContain("ann");
  });

  it("stops Meek past maxIterations with a work limit", () => {
    const profile = ranked(
      ["a", "b", "c", "d"],
      [
        { ranking: [["a"]], count: 6 },
        { ranking: [["a"], ["c"]], count: 4 },
        { ranking: [["b"]], count: 5 },
        { ranking: [["c"]], count: 3 },
        { ranking: [["d"]], count: 2 },
      ],
    );
    const result = stv(profile, 2, { rule: "meek", maxIterations: 2, omega: "1e-30" });
    expect(E.isLeft(result) && result.left._tag === "Unsupported" && result.left.reason).toBe(
      "work_limit",
    );
  });
});

describe("stv with tie-break none", () => {
  it("reports every committee that wins on some way of resolving the ties", () => {
    // Four candidates, two seats, every first preference equal: any two can win.
    const profile = ranked(
      ["a", "b", "c", "d"],
      [
        { ranking: [["a"]], count: 1 },
        { ranking: [["b"]], count: 1 },
        { ranking: [["c"]], count: 1 },
        { ranking: [["d"]], count: 1 },
      ],
    );
    const result = stv(profile, 2, { rule: "wigm" }, { kind: "none" });
    if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
    expect([...result.right.winners].sort()).toEqual(["a", "b", "c", "d"]);
    expect(result.right.committees?.map((c) => [...c].sort().join("")).sort()).toEqual([
      "ab",
      "ac",
      "ad",
      "bc",
      "bd",
      "cd",
    ]);
    expect(result.right.tieBreaks.every((t) => t.policy === "none" && t.chosen === null)).toBe(
      true,
    );
  });

  it("refuses, with a work limit, more tie paths than maxTiePaths", () => {
    const profile = ranked(
      ["a", "b", "c", "d", "e", "f"],
      [{ ranking: [["a"], ["b"], ["c"], ["d"], ["e"], ["f"]], count: 0 }],
    );
    const result = stv(profile, 2, { maxTiePaths: 3 }, { kind: "none" });
    expect(E.isLeft(result) && result.left._tag === "Unsupported" && result.left.reason).toBe(
      "work_limit",
    );
  });

  it("lets the Scottish look-back decide what it can before branching", () => {
    // b and c tie for last at stage 2 but differed at stage 1 (c had more): b is excluded, no branch.
    const profile = ranked(
      ["a", "b", "c"],
      [
        { ranking: [["a"], ["b"]], count: 6 },
        { ranking: [["c"]], count: 3 },
        { ranking: [["b"]], count: 2 },
      ],
    );
    const result = stv(profile, 1, { rule: "scottish" }, { kind: "none" });
    if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
    expect(result.right.committees).toHaveLength(1);
  });
});

describe("stv on BLT files", () => {
  it("reads the seats and the withdrawn candidates from the file (M135.blt: 7 seats)", () => {
    const election = readBlt(dataText("stv/droop-tests/M135.blt"));
    if (E.isLeft(election)) throw new Error("cannot read M135.blt");
    const { profile, seats, withdrawn } = election.right;
    const outcome = stv(profile, seats, { rule: "scottish", withdrawn });
    if (E.isLeft(outcome)) throw new Error(JSON.stringify(outcome.left));
    expect(outcome.right.winners).toHaveLength(7);
    for (const w of withdrawn) expect(outcome.right.winners).not.toContain(w);
  });
});

describe("stvFromBlt", () => {
  const blt = '3 2\n4 1 2 0\n3 2 0\n2 3 1 0\n0\n"ann"\n"bob"\n"cy"\n"Board"\n';

  it("counts a BLT file with the seats it gives (the doc-comment example)", () => {
    const outcome = stvFromBlt(blt, { rule: "scottish" });
    expect(E.isRight(outcome) && outcome.right.winners).toEqual(["ann", "bob"]);
    expect(E.isRight(outcome) && outcome.right.quota).toBe("4.00000");
  });

  it("takes the seats from options when given, and adds withdrawn candidates to the file's", () => {
    const one = stvFromBlt(blt, { seats: 1, withdrawn: ["ann"] });
    expect(E.isRight(one) && one.right.winners).toEqual(["bob"]);
  });

  it("returns errors, never throws, on bad text and bad options", () => {
    expect(E.isLeft(stvFromBlt("not a blt file"))).toBe(true);
    const bad = stvFromBlt(blt, { rule: "nope" } as never);
    expect(E.isLeft(bad) && bad.left._tag === "InvalidInput" && bad.left.issues[0]?.path).toBe(
      "options.rule",
    );
    expect(E.isLeft(stvFromBlt(blt, null as never))).toBe(true);
  });
});
