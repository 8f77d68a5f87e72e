/**
 * The 2007 Glasgow City Council count (Scottish STV, SSI 2007/42) against results published
 * independently of any counting program, for the four wards whose results we could read
 * (tests/fixtures/data/stv/glasgow-2007-published/declared.json; sources in its README): first
 * preferences, who was elected and when, and the figures of the count at which the last
 * councillor was declared. The stage-by-stage check against Droop's reference counts is in
 * glasgow.test.ts.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { readBlt } from "../../../src/ballots/formats/blt.js";
import type { StvOutcome } from "../../../src/committees/stv/shared.js";
import { stv } from "../../../src/committees/stv/stv.js";
import { dataText } from "../../helpers/data.js";

interface ByParty {
  readonly ward: string;
  readonly firstPreferences: [string, number][];
  readonly electedParties: string[];
  readonly finalCount: { count: number; continuing: number[]; surplus: number };
}

interface ByName {
  readonly ward: string;
  readonly firstPreferences?: Record<string, number>;
  readonly electedAtCount?: Record<string, number>;
  readonly elected?: string[];
}

const declared = (): { byParty: ByParty[]; byName: ByName[] } =>
  JSON.parse(dataText("stv/glasgow-2007-published/declared.json"));

const count = (ward: string): StvOutcome => {
  const election = readBlt(dataText(`stv/glasgow-2007/${ward}.blt`));
  if (E.isLeft(election)) throw new Error(`cannot read ${ward}`);
  const { profile, seats, withdrawn } = election.right;
  const outcome = stv(profile, seats, { rule: "scottish", withdrawn });
  if (E.isLeft(outcome)) throw new Error(`cannot count ${ward}`);
  return outcome.right;
};

/** Whole votes of an exact decimal tally (the published figures drop the fraction). */
const whole = (tally: string | undefined): number => Math.floor(Number(tally));

const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => b - a);

/** The stage (from 1) at which each winner was elected. */
const electedAt = (outcome: StvOutcome): Map<string, number> =>
  new Map(outcome.rounds.flatMap((r) => (r.elected ?? []).map((name) => [name, r.round])));

describe("stv, Scottish rule: Glasgow 2007 against the published results (by party)", () => {
  for (const ward of declared().byParty) {
    describe(ward.ward, () => {
      const outcome = count(ward.ward);
      const first = outcome.rounds[0]?.tallies ?? {};
      // Each published first-preference figure belongs to exactly one candidate of the file.
      const partyOf = new Map<string, string>();
      for (const [party, votes] of ward.firstPreferences) {
        const holders = Object.keys(first).filter(
          (c) => !partyOf.has(c) && first[c] === `${votes}.00000`,
        );
        if (holders.length === 1) partyOf.set(holders[0] as string, party);
      }

      it("every candidate's first preferences are a published figure, one for one", () => {
        expect(partyOf.size).toBe(ward.firstPreferences.length);
        expect(Object.keys(first)).toHaveLength(ward.firstPreferences.length);
        expect(sorted(Object.values(first).map(whole))).toEqual(
          sorted(ward.firstPreferences.map(([, v]) => v)),
        );
      });

      it(`elects the published parties (${ward.electedParties.join(", ")})`, () => {
        expect(outcome.winners.map((w) => partyOf.get(w)).sort()).toEqual(
          [...ward.electedParties].sort(),
        );
      });

      it(`at count ${ward.finalCount.count}, the published final-count figures and surplus`, () => {
        const round = outcome.rounds[ward.finalCount.count - 1];
        const at = electedAt(outcome);
        const electedBy = (name: string): boolean =>
          (at.get(name) ?? Number.POSITIVE_INFINITY) <= ward.finalCount.count;
        const tallies = round?.tallies ?? {};
        const continuing = Object.keys(tallies).filter(
          (c) => !electedBy(c) && Number(tallies[c]) > 0,
        );
        expect(sorted(continuing.map((c) => whole(tallies[c])))).toEqual(
          sorted(ward.finalCount.continuing),
        );
        // The candidate who reached the quota at that count, with the published surplus.
        const reached = Object.keys(tallies).filter((c) => at.get(c) === ward.finalCount.count);
        expect(reached).toHaveLength(1);
        expect(Math.floor(Number(tallies[reached[0] as string]) - Number(outcome.quota))).toBe(
          ward.finalCount.surplus,
        );
      });
    });
  }
});

describe("stv, Scottish rule: Glasgow 2007 against the published results (by name)", () => {
  for (const ward of declared().byName) {
    const outcome = count(ward.ward);
    if (ward.firstPreferences !== undefined) {
      const published = ward.firstPreferences;
      it(`${ward.ward}: the published first preferences of ${Object.keys(published).length} candidates`, () => {
        const first = outcome.rounds[0]?.tallies ?? {};
        for (const [name, votes] of Object.entries(published))
          expect(first[name], name).toBe(`${votes}.00000`);
      });
    }
    if (ward.electedAtCount !== undefined) {
      const published = ward.electedAtCount;
      it(`${ward.ward}: elected at the published counts`, () => {
        const at = electedAt(outcome);
        for (const [name, stage] of Object.entries(published))
          expect(at.get(name), name).toBe(stage);
      });
    }
    if (ward.elected !== undefined) {
      const published = ward.elected;
      it(`${ward.ward}: elects the published councillors`, () => {
        expect([...outcome.winners].sort()).toEqual([...published].sort());
      });
    }
  }
});
