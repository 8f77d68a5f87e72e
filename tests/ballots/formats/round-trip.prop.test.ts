/**
 * Round trips (issue 2, section 3): for every format, writing a profile and reading the text back
 * gives the same profile: same candidates, same multiset of ballots with exact counts (compared
 * after sorting the rows).
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  parseBlt,
  parseProfile,
  writeBlt,
  writeProfile,
} from "../../../src/ballots/formats/index.js";
import type { RankedProfile } from "../../../src/ballots/index.js";
import { runs } from "../../helpers/runs.js";
import {
  approvalProfileArb,
  canonical,
  rankedProfileArb,
  right,
  scoreProfileArb,
} from "./helpers.js";

/** Names a PrefLib header keeps: no line break, no surrounding space. */
const preflibName = fc.string({ maxLength: 12 }).filter((s) => !/[\r\n]/.test(s) && s === s.trim());
/** Any string: BLT quotes and escapes names. */
const anyName = fc.string({ maxLength: 12, unit: "binary" });
/** Non-empty names for CSV (a blank cell means no choice); not the count column's name. */
const csvName = fc
  .string({ minLength: 1, maxLength: 12, unit: "grapheme" })
  .filter((s) => s !== "count");

const RUNS = { numRuns: runs(150) };

describe("PrefLib write then read", () => {
  for (const format of ["soc", "soi", "toc", "toi"] as const) {
    it(`gives the same profile (${format})`, () => {
      fc.assert(
        fc.property(rankedProfileArb(format, { names: preflibName }), (profile) => {
          const text = right(writeProfile(profile, { format, title: "round trip" }));
          expect(canonical(right(parseProfile(text, { format })))).toEqual(canonical(profile));
        }),
        RUNS,
      );
    });
  }

  it("gives the same approval profile (cat)", () => {
    fc.assert(
      fc.property(approvalProfileArb({ names: preflibName }), (profile) => {
        const text = right(writeProfile(profile, { format: "cat" }));
        expect(canonical(right(parseProfile(text, { format: "cat" })))).toEqual(canonical(profile));
      }),
      RUNS,
    );
  });
});

describe("BLT write then read", () => {
  it("gives the same election (ties, fractional weights, any names, seats, withdrawn, title)", () => {
    fc.assert(
      fc.property(
        rankedProfileArb("toi", { names: anyName }),
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 3 }),
        anyName,
        (profile, seatPick, withdrawnPicks, title) => {
          const ranked = profile as RankedProfile;
          const n = ranked.candidates.length;
          const seats = 1 + (seatPick % n);
          const withdrawn = [
            ...new Set(withdrawnPicks.map((k) => ranked.candidates[k % n] as string)),
          ];
          const text = right(writeBlt({ profile: ranked, seats, withdrawn, title }));
          const election = right(parseBlt(text));
          expect(canonical(election.profile)).toEqual(canonical(ranked));
          expect(election.seats).toBe(seats);
          expect(election.withdrawn).toEqual(withdrawn);
          expect(election.title).toBe(title);
          expect(canonical(right(parseProfile(text, { format: "blt" })))).toEqual(
            canonical(ranked),
          );
        },
      ),
      RUNS,
    );
  });
});

describe("CSV write then read", () => {
  it("gives the same ranked profile (candidate-ranks)", () => {
    fc.assert(
      fc.property(rankedProfileArb("toi", { names: csvName }), (profile) => {
        const text = right(writeProfile(profile, { format: "csv", layout: "candidate-ranks" }));
        const back = parseProfile(text, {
          format: "csv",
          layout: "candidate-ranks",
          countColumn: "count",
        });
        expect(canonical(right(back))).toEqual(canonical(profile));
      }),
      RUNS,
    );
  });

  it("gives the same ranked profile (positions, ';' separated)", () => {
    fc.assert(
      fc.property(rankedProfileArb("soi", { names: csvName }), (profile) => {
        const text = right(
          writeProfile(profile, { format: "csv", layout: "positions", delimiter: ";" }),
        );
        const back = parseProfile(text, {
          format: "csv",
          layout: "positions",
          countColumn: "count",
          delimiter: ";",
          candidates: profile.candidates,
        });
        expect(canonical(right(back))).toEqual(canonical(profile));
      }),
      RUNS,
    );
  });

  it("gives the same score profile (candidate-scores)", () => {
    fc.assert(
      fc.property(scoreProfileArb({ names: csvName }), (profile) => {
        if (profile.kind !== "score") return;
        const text = right(writeProfile(profile, { format: "csv" }));
        const back = parseProfile(text, {
          format: "csv",
          layout: "candidate-scores",
          countColumn: "count",
          range: profile.range,
        });
        expect(canonical(right(back))).toEqual(canonical(profile));
      }),
      RUNS,
    );
  });

  it("gives the same approval profile (candidate-approvals, tab separated)", () => {
    fc.assert(
      fc.property(approvalProfileArb({ names: csvName }), (profile) => {
        const text = right(writeProfile(profile, { format: "csv", delimiter: "\t" }));
        const back = parseProfile(text, {
          format: "csv",
          layout: "candidate-approvals",
          countColumn: "count",
          delimiter: "\t",
        });
        expect(canonical(right(back))).toEqual(canonical(profile));
      }),
      RUNS,
    );
  });
});
