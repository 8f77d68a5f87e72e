/**
 * The form layouts round-trip: any ranked profile written as a `grid` (ties and unranked
 * candidates included) and read back is the same profile; any ranked profile without ties
 * written as a `ranked-list` and read back is the same profile.
 */
import { readFileSync } from "node:fs";
import * as fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  type ParseProfileOptions,
  parseProfile,
  writeProfile,
} from "../../../src/ballots/formats/index.js";
import { runs } from "../../helpers/runs.js";
import { canonical, rankedProfileArb, right } from "./helpers.js";

/** Any non-empty name (a blank cell means no choice); brackets, quotes and line breaks included. */
const gridName = fc.string({ minLength: 1, maxLength: 12, unit: "grapheme" });
/** Names a list cell keeps: no separator, no surrounding spaces, not empty. */
const listName = fc
  .string({ minLength: 1, maxLength: 12, unit: "grapheme" })
  .filter((s) => !s.includes(";") && s === s.trim());

const settings = { numRuns: runs(150) };

describe("CSV form layouts: write then read", () => {
  it("gives the same profile (grid, ties and blanks)", () => {
    fc.assert(
      fc.property(rankedProfileArb("toi", { names: gridName }), (profile) => {
        const text = right(writeProfile(profile, { format: "csv", layout: "grid" }));
        const back = parseProfile(text, { format: "csv", layout: "grid", countColumn: "count" });
        expect(canonical(right(back))).toEqual(canonical(profile));
      }),
      settings,
    );
  });

  it("gives the same profile (grid, named question, strict, ';' separated)", () => {
    fc.assert(
      fc.property(rankedProfileArb("soi", { names: gridName }), (profile) => {
        const text = right(
          writeProfile(profile, {
            format: "csv",
            layout: "grid",
            question: "Rank the projects",
            delimiter: ";",
          }),
        );
        const back = parseProfile(text, {
          format: "csv",
          layout: "grid",
          countColumn: "count",
          question: "Rank the projects",
          strict: true,
          delimiter: ";",
        });
        expect(canonical(right(back))).toEqual(canonical(profile));
      }),
      settings,
    );
  });

  it("gives the same profile (ranked-list)", () => {
    fc.assert(
      fc.property(rankedProfileArb("soi", { names: listName }), (profile) => {
        const text = right(writeProfile(profile, { format: "csv", layout: "ranked-list" }));
        const back = parseProfile(text, {
          format: "csv",
          layout: "ranked-list",
          countColumn: "count",
          candidates: profile.candidates,
        });
        expect(canonical(right(back))).toEqual(canonical(profile));
      }),
      settings,
    );
  });
});

const READERS: readonly ParseProfileOptions[] = [
  { format: "csv", layout: "grid" },
  { format: "csv", layout: "grid", question: "Rank the park projects", strict: true },
  { format: "csv", layout: "grid", labels: ["1st choice", "2nd choice"], countColumn: "count" },
  { format: "csv", layout: "ranked-list", question: "Rank the park projects" },
  { format: "csv", layout: "ranked-list" },
];

const SEEDS = ["google-forms-ranking-grid.csv", "microsoft-forms-ranking.csv"].map((name) =>
  readFileSync(new URL(`../../fixtures/forms/${name}`, import.meta.url), "utf8"),
);

/** Every form reader returns an Either, never the boundary's last-resort "unreadable" error. */
const readAll = (text: string): void => {
  for (const options of READERS) {
    const result = parseProfile(text, options);
    if (E.isLeft(result)) {
      expect(typeof result.left.message).toBe("string");
      expect((result.left as { reason?: string }).reason).not.toBe("unreadable");
    } else {
      expect(result.right.counts.length).toBe(result.right.ballotCount);
    }
  }
};

describe("CSV form layouts on damaged text", () => {
  it("never throw on random text made of the layouts' characters", () => {
    const text = fc.string({
      unit: fc.constantFrom(...'Q [a]b,;"\n\r 1st2nd choice'.split(""), "1st choice", "Q ["),
      maxLength: 120,
    });
    fc.assert(fc.property(text, readAll), { numRuns: runs(1000) });
  });

  it("never throw on exported files with bytes inserted or cut", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEEDS),
        fc.nat(),
        fc.string({ unit: "binary", maxLength: 6 }),
        fc.boolean(),
        (seed, at, insert, cut) => {
          const i = at % (seed.length + 1);
          readAll(cut ? seed.slice(0, i) : seed.slice(0, i) + insert + seed.slice(i));
        },
      ),
      { numRuns: runs(500) },
    );
  });
});
