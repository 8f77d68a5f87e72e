/**
 * The 2007 Glasgow City Council count (Scottish STV, SSI 2007/42) reproduced stage by stage from
 * the ward ballot files (tests/fixtures/data/stv/glasgow-2007/, see its README), against the stage
 * figures recorded in tests/fixtures/stv/glasgow-2007-stages.txt (source in that folder's README).
 */

import { readFileSync } from "node:fs";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { readBlt } from "../../../src/ballots/formats/blt.js";
import type { StvOutcome } from "../../../src/committees/stv/shared.js";
import { stv } from "../../../src/committees/stv/stv.js";
import { dataText } from "../../helpers/data.js";

interface WardSheet {
  readonly ward: string;
  readonly quota: string;
  readonly stages: { readonly nonTransferable: string; readonly votes: string[] }[];
  readonly elected: { readonly name: string; readonly stage: number }[];
}

const sheets = (): WardSheet[] => {
  const text = readFileSync(
    new URL("../../fixtures/stv/glasgow-2007-stages.txt", import.meta.url),
    "utf8",
  );
  const out: WardSheet[] = [];
  let current: WardSheet | undefined;
  for (const line of text.split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    const ward = /^ward (\S+) quota (\S+)$/.exec(line);
    if (ward !== null) {
      current = { ward: ward[1] as string, quota: ward[2] as string, stages: [], elected: [] };
      out.push(current);
    } else if (line.startsWith("elected ")) {
      for (const part of line.slice(8).split("; ")) {
        const [name, stage] = part.split("@");
        current?.elected.push({ name: name as string, stage: Number(stage) });
      }
    } else {
      const [nt, votes] = line.split(" | ");
      current?.stages.push({ nonTransferable: nt as string, votes: (votes as string).split(" ") });
    }
  }
  return out;
};

const count = (ward: string): { outcome: StvOutcome; names: string[] } => {
  const election = readBlt(dataText(`stv/glasgow-2007/${ward}.blt`));
  if (E.isLeft(election)) throw new Error(`cannot read ${ward}`);
  const { profile, seats, withdrawn } = election.right;
  const outcome = stv(profile, seats, { rule: "scottish", withdrawn });
  if (E.isLeft(outcome)) throw new Error(`cannot count ${ward}`);
  return { outcome: outcome.right, names: [...profile.candidates] };
};

describe("stv, Scottish rule, on the Glasgow 2007 wards", () => {
  for (const sheet of sheets()) {
    it(`reproduces ${sheet.ward} stage by stage: quota, every tally, non-transferable, order of election`, () => {
      const { outcome, names } = count(sheet.ward);
      expect(outcome.quota).toBe(sheet.quota);
      expect(outcome.rounds.length).toBe(sheet.stages.length);
      sheet.stages.forEach((stage, i) => {
        const round = outcome.rounds[i];
        expect(round?.nonTransferable, `stage ${i + 1}`).toBe(stage.nonTransferable);
        expect(
          names.map((c) => round?.tallies[c]),
          `stage ${i + 1}`,
        ).toEqual(stage.votes);
      });
      const electedAt = outcome.rounds.flatMap((r) =>
        (r.elected ?? []).map((name) => ({
          name: name.replace(/\s+/g, " ").trim(),
          stage: r.round,
        })),
      );
      expect(new Set(electedAt.map((e) => `${e.name}@${e.stage}`))).toEqual(
        new Set(sheet.elected.map((e) => `${e.name}@${e.stage}`)),
      );
      expect(outcome.winners.map((w) => w.replace(/\s+/g, " ").trim())).toEqual(
        electedAt.map((e) => e.name),
      );
      expect(outcome.nonTransferable).toBe(sheet.stages[sheet.stages.length - 1]?.nonTransferable);
    });
  }
});
