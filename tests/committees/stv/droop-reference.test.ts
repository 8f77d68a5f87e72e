/**
 * The Droop test election SC.blt (tests/fixtures/data/stv/droop-tests/, the Green Party of the
 * United States steering committee election of 24 July 2005, 4 seats) counted by the exact
 * weighted inclusive Gregory rule and by the PRF reference Meek rule, against the stage figures of
 * the Droop project's reference reports for this file (`test/ref/dump/SC-wigm-rational-d12.txt`,
 * 12 places, rounded; `test/ref/report/SC-meek-prf-o6-fixed-p9-d9.txt`, 9 places). See
 * tests/fixtures/stv/README.md.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { readBlt } from "../../../src/ballots/formats/blt.js";
import type { StvOptions, StvOutcome } from "../../../src/committees/stv/shared.js";
import { stv } from "../../../src/committees/stv/stv.js";
import { parseRational, toFixed } from "../../../src/core/rational.js";
import { dataText } from "../../helpers/data.js";

const count = (options: StvOptions): { outcome: StvOutcome; names: string[] } => {
  const election = readBlt(dataText("stv/droop-tests/SC.blt"));
  if (E.isLeft(election)) throw new Error("cannot read SC.blt");
  const outcome = stv(election.right.profile, election.right.seats, options);
  if (E.isLeft(outcome)) throw new Error("cannot count SC.blt");
  return { outcome: outcome.right, names: [...election.right.profile.candidates] };
};

/** An exact figure of the outcome at `digits` places, rounded half up as Droop prints it. */
const at = (shown: string | undefined, digits: number): string => {
  const value = parseRational(shown ?? "");
  if (value === undefined) throw new Error(`not a number: ${shown}`);
  return toFixed(value, digits, "half-up");
};

// Candidates in the file's order: Dickinson, Mookerjee, Sevigny, LaMarche, Piacsek, Write-In 2,
// Rotzler, Olsen, Jones, Write-In 1, Greenfield, Leas, Kramer.
const WIGM_STAGES: Record<number, { nt: string; votes: string[] }> = {
  2: {
    nt: "0.000000000000",
    votes:
      "6.860606060606 3.430303030303 8.430303030303 22.000000000000 2.430303030303 0.000000000000 18.800000000000 12.618181818182 1.430303030303 0.000000000000 0.000000000000 0.000000000000 18.000000000000".split(
        " ",
      ),
  },
  3: {
    nt: "0.000000000000",
    votes:
      "7.878787878788 3.575757575758 9.303030303030 18.800000000000 2.721212121212 0.000000000000 18.800000000000 12.909090909091 1.430303030303 0.000000000000 0.000000000000 0.000000000000 18.581818181818".split(
        " ",
      ),
  },
  10: {
    nt: "0.006837033934",
    votes:
      "9.160815528557 4.070755481078 9.591894986734 18.800000000000 0.000000000000 0.000000000000 18.800000000000 14.769696969697 0.000000000000 0.000000000000 0.000000000000 0.000000000000 18.800000000000".split(
        " ",
      ),
  },
  13: {
    nt: "18.688937299260",
    votes:
      "0.000000000000 0.000000000000 18.911062700740 18.800000000000 0.000000000000 0.000000000000 18.800000000000 0.000000000000 0.000000000000 0.000000000000 0.000000000000 0.000000000000 18.800000000000".split(
        " ",
      ),
  },
};

describe("stv, rule wigm, on SC.blt", () => {
  it("reproduces the Droop reference count: quota 18.8, stage tallies to 12 places, winners", () => {
    const { outcome, names } = count({ rule: "wigm" });
    expect(outcome.quota).toBe("18.8");
    expect(outcome.rounds.length).toBe(13);
    for (const [stage, sheet] of Object.entries(WIGM_STAGES)) {
      const round = outcome.rounds[Number(stage) - 1];
      expect(at(round?.nonTransferable, 12), `stage ${stage}`).toBe(sheet.nt);
      expect(
        names.map((c) => at(round?.tallies[c], 12)),
        `stage ${stage}`,
      ).toEqual(sheet.votes);
    }
    expect(outcome.winners).toEqual([
      "Rebecca Rotzler",
      "Pat LaMarche",
      "Steve Kramer",
      "Tom Sevigny",
    ]);
  });
});

// The PRF rule's stages at each decision (a defeat or an election), from the reference report.
const PRF_STAGES: Record<number, { quota: string; nt: string; votes: Record<string, string> }> = {
  2: {
    quota: "18.800000001",
    nt: "0.000000000",
    votes: {
      "Pat LaMarche": "18.800000609",
      "Rebecca Rotzler": "18.800000299",
      "Budd Dickinson": "8.006073598",
      "Kirit Mookerjee": "3.232685848",
      "Tom Sevigny": "9.408174589",
      "Michael Piacsek": "2.759954125",
      "Kristen Olsen": "13.000470959",
      "Jason Jones": "1.435843893",
      "Steve Kramer": "18.556796080",
    },
  },
  8: {
    quota: "18.800000001",
    nt: "0.000000000",
    votes: {
      "Pat LaMarche": "19.165213770",
      "Rebecca Rotzler": "18.800000299",
      "Steve Kramer": "19.718851196",
      "Budd Dickinson": "9.006073598",
      "Kirit Mookerjee": "3.394740964",
      "Tom Sevigny": "9.408174589",
      "Kristen Olsen": "14.506945584",
    },
  },
  9: {
    quota: "18.799133306",
    nt: "0.004333472",
    votes: {
      "Pat LaMarche": "18.799133460",
      "Rebecca Rotzler": "18.799133416",
      "Steve Kramer": "18.799133497",
      "Budd Dickinson": "9.427381450",
      "Tom Sevigny": "9.774255128",
      "Kristen Olsen": "14.666479770",
      "Kirit Mookerjee": "3.730149807",
    },
  },
  10: {
    quota: "18.789719295",
    nt: "0.051403528",
    votes: {
      "Pat LaMarche": "18.789719457",
      "Rebecca Rotzler": "18.789719396",
      "Steve Kramer": "18.789719467",
      "Tom Sevigny": "11.498644230",
      "Kristen Olsen": "15.876675538",
      "Budd Dickinson": "10.204118384",
    },
  },
  11: {
    quota: "18.586296861",
    nt: "1.068515700",
    votes: {
      "Pat LaMarche": "19.087429756",
      "Rebecca Rotzler": "19.073682122",
      "Kristen Olsen": "19.085721549",
      "Steve Kramer": "19.202438090",
      "Tom Sevigny": "16.482212783",
    },
  },
};

describe("stv, rule meek-prf, on SC.blt", () => {
  it("reproduces the Droop reference count of the PRF Meek rule to 9 places at every decision", () => {
    const { outcome } = count({ rule: "meek-prf" });
    expect(outcome.quota).toBe("18.800000001");
    expect(outcome.rounds.length).toBe(11);
    for (const [stage, sheet] of Object.entries(PRF_STAGES)) {
      const round = outcome.rounds[Number(stage) - 1];
      expect(round?.quota, `stage ${stage}`).toBe(sheet.quota);
      expect(round?.nonTransferable, `stage ${stage}`).toBe(sheet.nt);
      for (const [name, votes] of Object.entries(sheet.votes))
        expect(round?.tallies[name], `stage ${stage}, ${name}`).toBe(votes);
    }
    expect(outcome.winners).toEqual([
      "Rebecca Rotzler",
      "Pat LaMarche",
      "Steve Kramer",
      "Kristen Olsen",
    ]);
    expect(outcome.rounds.map((r) => r.eliminated?.[0]).filter(Boolean)).toEqual([
      "Write-In 2",
      "Write-In 1",
      "Steve Greenfield",
      "Jimmy Leas",
      "Jason Jones",
      "Michael Piacsek",
      "Kirit Mookerjee",
      "Budd Dickinson",
    ]);
  });
});

describe("stv, rules meek and warren, on SC.blt", () => {
  it("elects the four the Droop reference Meek and Warren counts elect", () => {
    for (const rule of ["meek", "warren"] as const) {
      const { outcome } = count({ rule });
      expect(new Set(outcome.winners), rule).toEqual(
        new Set(["Pat LaMarche", "Rebecca Rotzler", "Steve Kramer", "Kristen Olsen"]),
      );
    }
  });
});
