/**
 * STV by the Electoral Reform Society's 1997 rules (`rule: "ers97"`): counts worked by hand from
 * the rule text (R. A. Newland and F. S. Britton, "How to conduct an election by the Single
 * Transferable Vote", 3rd edition, ERS 1997, section 5), and the first stage of Brian Wichmann's
 * ERBS validation election M135 (1999), whose file records its first preferences and ERS97 quota.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import type { StvOutcome } from "../../../src/committees/stv/shared.js";
import { stv, stvFromBlt } from "../../../src/committees/stv/stv.js";
import { decide } from "../../../src/voting/index.js";
import { dataText } from "../../helpers/data.js";
import { ranked } from "../../voting/helpers/profiles.js";

const count = (candidates: string[], ballots: [string, number][], seats: number): StvOutcome => {
  const profile = ranked(
    candidates,
    ballots.map(([order, n]) => ({ ranking: order.split("").map((c) => [c]), count: n })),
  );
  const outcome = stv(profile, seats, { rule: "ers97" });
  if (E.isLeft(outcome)) throw new Error(JSON.stringify(outcome.left));
  return outcome.right;
};

describe("stv, ERS97 rules", () => {
  it("5.1.6 and 5.3.7: quota 6.34 for 19 votes and 2 seats; a first-stage surplus from all papers at surplus / transferable papers, truncated to 0.01", () => {
    // A 10 (7 A>B, 2 A>C, 1 A alone), B 3, C 4, D 2 (D>C). Quota 19/3 = 6.333.. -> 6.33 + 0.01.
    const o = count(
      ["A", "B", "C", "D"],
      [
        ["AB", 7],
        ["AC", 2],
        ["A", 1],
        ["B", 3],
        ["CB", 4],
        ["DC", 2],
      ],
      2,
    );
    expect(o.quota).toBe("6.34");
    expect(o.rounds[0]?.electedByQuota).toEqual(["A"]);
    // Surplus 3.66 over 9 transferable papers: 0.40 each (3.66 / 9 = 0.4066..); 0.06 lost.
    expect(o.rounds[1]).toMatchObject({
      action: "surplus",
      from: "A",
      transferValue: "0.40",
      nonTransferable: "0.06",
      tallies: { A: "6.34", B: "5.80", C: "4.80", D: "2.00" },
    });
    // D excluded: 2 papers to C at 1.00, who reaches the quota.
    expect(o.rounds[2]).toMatchObject({
      action: "exclusion",
      eliminated: ["D"],
      tallies: { B: "5.80", C: "6.80", D: "0.00" },
      electedByQuota: ["C"],
    });
    expect(o.winners).toEqual(["A", "C"]);
  });

  it("5.2.2 and 5.2.5: a surplus that cannot save the lowest waits, and the two lowest go together", () => {
    // A 9 (A>B), B 6, C 5, D 1 (D>C), E 1 (E>B): 22 votes, quota 7.34, A's surplus 1.66.
    // D + E + 1.66 = 3.66 does not exceed C's 5, so the surplus is deferred and D and E excluded.
    const o = count(
      ["A", "B", "C", "D", "E"],
      [
        ["AB", 9],
        ["B", 6],
        ["C", 5],
        ["DC", 1],
        ["EB", 1],
      ],
      2,
    );
    expect(o.quota).toBe("7.34");
    expect(o.rounds[1]).toMatchObject({
      action: "exclusion",
      eliminated: ["D", "E"],
      tallies: { A: "9.00", B: "7.00", C: "6.00", D: "0.00", E: "0.00" },
    });
    // Then C 6 + 1.66 exceeds B's 7: the surplus moves, 9 papers at 0.18 (1.66 / 9 = 0.184..).
    expect(o.rounds[2]).toMatchObject({
      action: "surplus",
      from: "A",
      transferValue: "0.18",
      nonTransferable: "0.04",
      tallies: { A: "7.34", B: "8.62", C: "6.00" },
      electedByQuota: ["B"],
    });
    expect(o.winners).toEqual(["A", "B"]);
  });

  it("5.4.9: a candidate reaching the quota on an exclusion is elected (quota exact: 10.00)", () => {
    // 2 seats, 30 votes: 30/3 = 10.00 exactly, so no 0.01 is added. A 14 (A>C>B), C 4, D 9,
    // B 3 (B>D). A's surplus 4.00 over 14 papers: 0.28 each (4 / 14 = 0.2857..), 3.92 to C and
    // 0.08 non-transferable.
    const o = count(
      ["A", "B", "C", "D"],
      [
        ["ACB", 14],
        ["C", 4],
        ["D", 9],
        ["BD", 3],
      ],
      2,
    );
    expect(o.quota).toBe("10.00");
    expect(o.rounds[1]).toMatchObject({
      from: "A",
      transferValue: "0.28",
      tallies: { A: "10.00", B: "3.00", C: "7.92", D: "9.00" },
      nonTransferable: "0.08",
    });
    // B (3.00) is the lowest; B and C together (10.92) exceed D, so B goes alone; B's 3 papers
    // (value 1.00) go to D: 12.00, elected.
    expect(o.rounds[2]).toMatchObject({
      action: "exclusion",
      eliminated: ["B"],
      tallies: { B: "0.00", D: "12.00" },
      electedByQuota: ["D"],
    });
    expect(o.winners).toEqual(["A", "D"]);
  });

  it("5.4.1-5.4.11: an excluded candidate's papers move batch by batch, highest value first; 5.4.9(b) elects on the total active vote", () => {
    // 2 seats, 28 votes: quota 28/3 = 9.333.. -> 9.34. A 12 (A>C), E 3, C 2 (C>B), B 5, D 6.
    const o = count(
      ["A", "B", "C", "D", "E"],
      [
        ["AC", 12],
        ["E", 3],
        ["CB", 2],
        ["B", 5],
        ["D", 6],
      ],
      2,
    );
    expect(o.quota).toBe("9.34");
    // A's surplus 2.66 could lift C (2) past E (3): transferred, 12 papers at 0.22 (2.66 / 12 =
    // 0.2216..), 2.64 to C, 0.02 non-transferable.
    expect(o.rounds[1]).toMatchObject({
      action: "surplus",
      transferValue: "0.22",
      tallies: { C: "4.64" },
      nonTransferable: "0.02",
    });
    // E (3) is excluded; the 3 papers have no next preference.
    expect(o.rounds[2]).toMatchObject({ eliminated: ["E"], nonTransferable: "3.02" });
    // C (4.64) is excluded: first the batch at 1.00 (2 papers to B: 7.00), then the batch at 0.22
    // (12 papers, non-transferable). The total active vote is then 28 - 5.66 - 9.34 = 13.00, and
    // B's 7.00 exceeds 13.00 / 2 = 6.50: elected below the quota (5.4.9(b)).
    expect(o.rounds[3]).toMatchObject({
      action: "exclusion",
      eliminated: ["C"],
      transferValue: "1.00",
      tallies: { B: "7.00", C: "2.64" },
    });
    expect(o.rounds[3]?.electedByQuota).toBeUndefined();
    expect(o.rounds[4]).toMatchObject({
      action: "exclusion",
      eliminated: ["C"],
      transferValue: "0.22",
      tallies: { B: "7.00", C: "0.00", D: "6.00" },
      nonTransferable: "5.66",
      electedByQuota: ["B"],
    });
    expect(o.rounds).toHaveLength(5);
    expect(o.winners).toEqual(["A", "B"]);
  });

  it("5.3.7 and 5.3.13(b): a surplus with no transferable paper is non-transferable, and the active vote then elects", () => {
    // 2 seats, 13 votes, quota 13/3 = 4.333.. -> 4.34. A 7 (A alone), B 3, C 2, D 1 (D>C).
    // A's surplus 2.66 could lift D past C: transferred, but no paper has a next preference, so
    // the transfer value is the papers' value (1.00) and all 2.66 is non-transferable. The total
    // active vote is then 13 - 2.66 - 4.34 = 6.00, and B's 3.00 equals 6.00 / 2: elected.
    const o = count(
      ["A", "B", "C", "D"],
      [
        ["A", 7],
        ["B", 3],
        ["C", 2],
        ["DC", 1],
      ],
      2,
    );
    expect(o.rounds[1]).toMatchObject({
      action: "surplus",
      from: "A",
      transferValue: "1.00",
      nonTransferable: "2.66",
      tallies: { A: "4.34", B: "3.00" },
      electedByQuota: ["B"],
    });
    expect(o.rounds).toHaveLength(2);
    expect(o.winners).toEqual(["A", "B"]);
  });

  it("5.6.2: candidates equal at the last place and at every earlier point are not elected at that stage", () => {
    // 1 seat, A 3 and B 3: quota 3.00, both reach it, one place. Never separated: neither is
    // elected at stage 1; one is then excluded (5.2.5: look-back, then the tie-break policy) and
    // the other elected as the last remaining (5.5.1).
    const o = count(
      ["A", "B"],
      [
        ["A", 3],
        ["B", 3],
      ],
      1,
    );
    expect(o.rounds[0]?.electedByQuota).toBeUndefined();
    expect(o.rounds[0]?.text).toContain("5.6.2");
    // Both ties are in `tieBreaks`: the one the rule leaves unbroken at stage 1, then the exclusion.
    expect(o.tieBreaks).toHaveLength(2);
    expect(o.tieBreaks[0]).toMatchObject({
      step: "stage 1",
      tied: ["A", "B"],
      resolvedBy: "none",
      chosen: null,
    });
    expect(o.tieBreaks[0]?.text).toContain("ERS97 5.6.2");
    expect(o.tieBreaks[1]).toMatchObject({ step: "stage 2", purpose: "eliminate", chosen: "B" });
    expect(o.rounds[1]).toMatchObject({ eliminated: ["B"], electedAsRemaining: ["A"] });
    expect(o.rounds[1]?.text).not.toContain("5.6.2");
    expect(o.winners).toEqual(["A"]);
  });

  it("5.6.2 and 5.6.1: equal votes for the last place, separated at an earlier stage, elect the one then ahead below the quota, and the tie is recorded", () => {
    // 2 seats, 7 papers: quota 7/3 = 2.333.. -> 2.34. Stage 1: A 4 (elected), B 2, C 1. A's surplus
    // 1.66 is transferred (1 + 1.66 > 2, so it could change the exclusion: 5.2.2): 1 transferable
    // paper, value min(1.00, 1.66) = 1.00, so C 2.00 = B 2.00. The total active vote is
    // 7 - 0.66 - 2.34 = 4.00, and 2.00 x (1 place + 1) >= 4.00, so both may be elected (5.6.1) for
    // one place; B was ahead at stage 1 (5.6.2), so B is elected, below the quota.
    const o = count(
      ["A", "B", "C"],
      [
        ["AC", 1],
        ["A", 3],
        ["B", 2],
        ["C", 1],
      ],
      2,
    );
    expect(o.quota).toBe("2.34");
    expect(o.rounds[1]).toMatchObject({
      tallies: { A: "2.34", B: "2.00", C: "2.00" },
      electedByQuota: ["B"],
    });
    expect(o.rounds[1]?.text).toContain("B elected with fewer votes than the quota");
    expect(o.rounds[1]?.text).toContain("ERS97 5.6.1");
    expect(o.rounds[1]?.text).not.toContain("reached the quota");
    expect(o.tieBreaks).toEqual([
      expect.objectContaining({
        step: "stage 2",
        tied: ["B", "C"],
        purpose: "select",
        resolvedBy: "forwards",
        chosen: "B",
        decidedAtRound: 1,
      }),
    ]);
    expect(o.winners).toEqual(["A", "B"]);
  });

  it("M135 (Wichmann's ERBS validation set, 1999): the first preferences the file records; its 2 empty papers are invalid (6.9, 6.24)", () => {
    const outcome = stvFromBlt(dataText("stv/droop-tests/M135.blt"), { rule: "ers97" });
    if (E.isLeft(outcome)) throw new Error(JSON.stringify(outcome.left));
    const o = outcome.right;
    // The file's table: C1..C25, then the 2 papers with no preference; its quota 84.88 counts
    // those 2 as valid (679 / 8). By 6.24 only papers with a first preference are valid: 677 / 8
    // = 84.625, so 84.62 + 0.01 (5.1.6).
    const firsts = [
      119, 32, 43, 44, 29, 36, 34, 24, 27, 35, 31, 28, 25, 20, 27, 18, 15, 13, 15, 21, 13, 6, 14, 8,
      0,
    ];
    const tallies = o.rounds[0]?.tallies ?? {};
    const shown = Array.from({ length: 25 }, (_, i) => tallies[`C${i + 1}`]);
    expect(shown).toEqual(firsts.map((v) => `${v}.00`));
    expect(o.validVotes).toBe("677.00");
    expect(o.quota).toBe("84.63");
    expect(o.winners).toHaveLength(7);
  });

  it("conserves value at every stage and sub-stage of M135 (tallies + non-transferable = 677.00)", () => {
    const outcome = stvFromBlt(dataText("stv/droop-tests/M135.blt"), { rule: "ers97" });
    if (E.isLeft(outcome)) throw new Error(JSON.stringify(outcome.left));
    for (const round of outcome.right.rounds) {
      const hundredths = Object.values(round.tallies).reduce(
        (s, v) => s + Math.round(Number(v) * 100),
        Math.round(Number(round.nonTransferable) * 100),
      );
      expect(hundredths, `stage ${round.round}`).toBe(67700);
    }
  });

  it("is reachable through decide and refuses fractional ballot counts", () => {
    const spec = {
      method: "stv",
      candidates: ["ann", "bob", "cy"],
      ballots: [
        { ranking: [["ann"], ["bob"]], count: 4 },
        { ranking: [["cy"]], count: 3 },
      ],
      seats: 1,
    };
    const ok = decide({ ...spec, options: { rule: "ers97" } });
    expect(E.isRight(ok) && ok.right.winners).toEqual(["ann"]);
    const bad = decide({
      ...spec,
      ballots: [{ ranking: [["ann"]], count: 1.5 }, ...spec.ballots],
      options: { rule: "ers97" },
    });
    expect(E.isLeft(bad)).toBe(true);
  });
});
