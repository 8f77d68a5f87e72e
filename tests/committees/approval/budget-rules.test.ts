/**
 * seq-phragmen and equal-shares as approval-committee rules: abcvoting's hand-made unit-test
 * profiles (tests/fixtures/data/abcvoting/rule-tests.json, every winning committee per rule and
 * completion, as facts), abcvoting's worked example of Equal Shares with the Phragmén phase,
 * its corner cases (too few approved candidates, weights), EJR of every completion on random
 * profiles, and bad input.
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  checkCommittee,
  equalSharesCommittee,
  seqPhragmenCommittee,
} from "../../../src/committees/index.js";
import {
  add,
  compare,
  div,
  mul,
  ONE,
  type Rational,
  rational,
  ZERO,
} from "../../../src/core/rational.js";
import { decide } from "../../../src/voting/index.js";
import { dataText } from "../../helpers/data.js";
import { runs } from "../../helpers/runs.js";
import { approvals } from "../../voting/helpers/profiles.js";
import { arbSmallElection } from "./helpers.js";

interface Instance {
  readonly profile: readonly (readonly number[])[];
  readonly m: number;
  readonly k: number;
  readonly results: Readonly<Record<string, readonly (readonly number[])[]>>;
}

const INSTANCES = JSON.parse(dataText("abcvoting/rule-tests.json")) as Record<string, Instance>;

/** abcvoting's rule ids, and ours with options. */
const RULES: Readonly<Record<string, { method: string; options: Record<string, string> }>> = {
  seqphragmen: { method: "seq-phragmen", options: {} },
  "equal-shares": { method: "equal-shares", options: {} },
  "equal-shares-with-av-completion": { method: "equal-shares", options: { completion: "av" } },
  "equal-shares-with-increment-completion": {
    method: "equal-shares",
    options: { completion: "add-one" },
  },
  "equal-shares-without-phragmen-phase": {
    method: "equal-shares",
    options: { completion: "none" },
  },
};

const name = (c: number): string => `c${c}`;

describe.each(Object.entries(INSTANCES))("abcvoting unit-test %s", (_id, instance) => {
  const candidates = Array.from({ length: instance.m }, (_, c) => name(c));
  const ballots = instance.profile.map((approved) => ({ approve: approved.map(name) }));
  it.each(Object.entries(RULES))("%s finds every winning committee", (abc, { method, options }) => {
    const expected = (instance.results[abc] ?? []).map((c) => c.map(name));
    expect(expected.length).toBeGreaterThan(0);
    const result = decide({
      method,
      options,
      candidates,
      ballots,
      seats: instance.k,
      tieBreak: { kind: "none" },
    });
    if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
    const outcome = result.right as unknown as { committees: string[][] };
    expect(outcome.committees).toEqual(expected);
    const fixed = decide({ method, options, candidates, ballots, seats: instance.k });
    if (E.isLeft(fixed)) throw new Error(JSON.stringify(fixed.left));
    expect(expected.map((c) => c.join())).toContain([...fixed.right.winners].sort().join());
  });
});

describe("published worked examples", () => {
  it("abcvoting's example of Equal Shares with the Phragmén phase: c (q = 1/5), a (q = 13/40), then d", () => {
    const profile = approvals(
      ["a", "b", "c", "d"],
      [
        { approve: ["c", "d"], count: 3 },
        { approve: ["a", "b"], count: 2 },
        { approve: ["a", "c"], count: 2 },
        { approve: ["b", "d"], count: 1 },
      ],
    );
    const outcome = equalSharesCommittee(profile, { seats: 3 });
    if (E.isLeft(outcome)) throw new Error("refused");
    expect(outcome.right.winners).toEqual(["c", "a", "d"]);
    const texts = (outcome.right.rounds ?? []).map((r) => r.text);
    expect(texts[0]).toContain("ρ = 1/5");
    expect(texts[1]).toContain("ρ = 13/40");
    expect(texts[2]).toContain("Phragmén phase");
    // without the Phragmén phase the MES phase alone elects c and a
    const partial = equalSharesCommittee(profile, { seats: 3, completion: "none" });
    expect(E.isRight(partial) && partial.right.winners).toEqual(["c", "a"]);
  });
});

describe("abcvoting's corner cases", () => {
  it("too few approved candidates: every choice of the unapproved fills the seat", () => {
    const ballots = [
      { approve: ["c0", "c1", "c2"] },
      { approve: ["c1"] },
      { approve: ["c2"] },
      { approve: ["c0"] },
    ];
    const candidates = ["c0", "c1", "c2", "c3", "c4"];
    for (const method of ["seq-phragmen", "equal-shares"]) {
      const result = decide({ method, candidates, ballots, seats: 4, tieBreak: { kind: "none" } });
      expect(E.isRight(result) && (result.right as { committees?: unknown }).committees).toEqual([
        ["c0", "c1", "c2", "c3"],
        ["c0", "c1", "c2", "c4"],
      ]);
    }
  });

  it("weights count: five voters for c1 beat three for c0", () => {
    const profile = approvals(
      ["c0", "c1", "c2"],
      [
        { approve: ["c0"], count: 3 },
        { approve: ["c1"], count: 5 },
      ],
    );
    for (const f of [seqPhragmenCommittee, equalSharesCommittee]) {
      const outcome = f(profile, { seats: 1 });
      expect(E.isRight(outcome) && outcome.right.winners).toEqual(["c1"]);
    }
  });

  it("nobody approves anyone: every committee ties", () => {
    const result = decide({
      method: "equal-shares",
      candidates: ["a", "b", "c", "d", "e"],
      ballots: [{ approve: [] }],
      seats: 4,
      tieBreak: { kind: "none" },
    });
    expect(
      E.isRight(result) && (result.right as { committees?: unknown[] }).committees?.length,
    ).toBe(5);
  });
});

describe("EJR holds for every completion", () => {
  it("add-one with ties in the runs it discards (found by the property below)", () => {
    const profile = approvals(
      ["a", "b", "c", "d", "e", "f"],
      [
        { approve: ["a", "c", "e"], count: 1 },
        { approve: ["a", "b", "d", "f"], count: 1 },
      ],
    );
    const outcome = equalSharesCommittee(
      profile,
      { seats: 4, completion: "add-one" },
      { kind: "none" },
    );
    if (E.isLeft(outcome)) throw new Error("refused");
    for (const committee of outcome.right.committees ?? []) {
      expect(committee).toHaveLength(4);
      expect(committee).toContain("a");
    }
  });

  for (const completion of ["seq-phragmen", "av", "add-one"] as const) {
    it(`equal-shares with ${completion}`, () => {
      fc.assert(
        fc.property(arbSmallElection, ({ profile, seats }) => {
          const outcome = equalSharesCommittee(profile, { seats, completion }, { kind: "none" });
          if (E.isLeft(outcome)) return;
          for (const committee of outcome.right.committees ?? []) {
            const check = checkCommittee(profile, committee, "ejr");
            if (E.isRight(check)) expect(check.right.holds).toBe(true);
          }
        }),
        { numRuns: runs(150) },
      );
    });
  }
});

describe("limits and bad input", () => {
  it("seats missing: InvalidInput at seats", () => {
    for (const method of ["seq-phragmen", "equal-shares"]) {
      const result = decide({ method, candidates: ["a", "b"], ballots: [{ approve: ["a"] }] });
      expect(E.isLeft(result) && result.left._tag).toBe("InvalidInput");
      expect(JSON.stringify(E.isLeft(result) && result.left)).toContain('"seats"');
    }
  });

  it("an unknown completion: InvalidInput (decide and the typed call)", () => {
    const result = decide({
      method: "equal-shares",
      options: { completion: "greedy" },
      candidates: ["a", "b"],
      ballots: [{ approve: ["a"] }],
      seats: 1,
    });
    expect(E.isLeft(result) && result.left._tag).toBe("InvalidInput");
    const profile = approvals(["a", "b"], [{ approve: ["a"], count: 1 }]);
    const typed = equalSharesCommittee(profile, {
      seats: 1,
      completion: "greedy" as unknown as "av",
    });
    expect(E.isLeft(typed) && typed.left._tag).toBe("InvalidInput");
  });

  it("every tie path past options.maxWork: Unsupported (work_limit)", () => {
    const candidates = Array.from({ length: 10 }, (_, c) => name(c));
    const result = decide({
      method: "seq-phragmen",
      options: { maxWork: 100 },
      candidates,
      ballots: [{ approve: candidates.slice(0, 5) }, { approve: candidates.slice(5) }],
      seats: 2,
      tieBreak: { kind: "none" },
    });
    expect(E.isLeft(result) && result.left._tag).toBe("Unsupported");
  });

  it("options.maxCommittees cuts the list", () => {
    const candidates = Array.from({ length: 10 }, (_, c) => name(c));
    const result = decide({
      method: "equal-shares",
      options: { maxCommittees: 3 },
      candidates,
      ballots: [{ approve: candidates.slice(0, 5) }, { approve: candidates.slice(5) }],
      seats: 2,
      tieBreak: { kind: "none" },
    });
    const outcome = E.isRight(result)
      ? (result.right as { committees?: unknown[]; committeesTruncated?: boolean })
      : undefined;
    expect(outcome?.committees?.length).toBe(3);
    expect(outcome?.committeesTruncated).toBe(true);
  });
});

/**
 * An independent oracle for seq-Phragmén under `none`: the rule as Brill et al. (2017) state it
 * (load of an elected candidate's approvers set to (1 + Σ w·load) / Σ w, the smallest first),
 * following every tie, then any seat left filled by every choice of the unapproved.
 */
const seqPhragmenOracle = (
  candidates: readonly string[],
  ballots: readonly { approve: readonly string[]; count: number }[],
  seats: number,
): string[][] => {
  const found = new Set<string>();
  const rows = ballots.filter((b) => b.approve.length > 0);
  const walk = (loads: readonly Rational[], committee: readonly string[]): void => {
    if (committee.length === seats) {
      found.add([...committee].sort().join());
      return;
    }
    let best: Rational | undefined;
    let tied: string[] = [];
    for (const c of candidates) {
      if (committee.includes(c)) continue;
      let weight = ZERO;
      let spent = ZERO;
      rows.forEach((b, r) => {
        if (!b.approve.includes(c)) return;
        weight = add(weight, rational(b.count));
        spent = add(spent, mul(rational(b.count), loads[r] as Rational));
      });
      if (weight.num === 0n) continue;
      const time = div(add(ONE, spent), weight);
      const d = best === undefined ? -1 : compare(time, best);
      if (d < 0) {
        best = time;
        tied = [c];
      } else if (d === 0) tied.push(c);
    }
    if (best === undefined) {
      const rest = candidates.filter((c) => !committee.includes(c));
      const choose = (from: number, chosen: string[]): void => {
        if (committee.length + chosen.length === seats) {
          found.add([...committee, ...chosen].sort().join());
          return;
        }
        for (let i = from; i < rest.length; i++) choose(i + 1, [...chosen, rest[i] as string]);
      };
      choose(0, []);
      return;
    }
    for (const c of tied)
      walk(
        loads.map((l, r) =>
          (rows[r] as { approve: readonly string[] }).approve.includes(c) ? (best as Rational) : l,
        ),
        [...committee, c],
      );
  };
  walk(
    rows.map(() => ZERO),
    [],
  );
  return [...found].sort().map((k) => k.split(","));
};

describe("seq-phragmen against an independent oracle", () => {
  it("every committee reachable under some order of breaking ties, on small random profiles", () => {
    fc.assert(
      fc.property(arbSmallElection, ({ profile, ballots, seats }) => {
        const outcome = seqPhragmenCommittee(
          profile,
          { seats, maxCommittees: 1000 },
          { kind: "none" },
        );
        if (E.isLeft(outcome)) throw new Error("refused");
        const got = (outcome.right.committees ?? []).map((c) => [...c].sort().join()).sort();
        const expected = seqPhragmenOracle(profile.candidates, ballots, seats).map((c) => c.join());
        expect(got).toEqual(expected);
      }),
      { numRuns: runs(200) },
    );
  });
});
