/**
 * The 2002 Irish general election in three constituencies (PrefLib 00001, tests/fixtures/data/
 * preflib/irish/, see its README): every rule elects the TDs the returning officers declared
 * elected (Dáil Éireann, 29th Dáil, results of the general election of 17 May 2002): Dublin North
 * Trevor Sargent, Jim Glennon, G. V. Wright and Seán Ryan; Dublin West Joe Higgins, Brian Lenihan
 * and Joan Burton; Meath John Bruton, Johnny Brady, Mary Wallace, Noel Dempsey and Damien English.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { parseProfile } from "../../../src/ballots/index.js";
import type { RankedProfile } from "../../../src/ballots/profile.js";
import type { StvRule } from "../../../src/committees/stv/shared.js";
import { stv } from "../../../src/committees/stv/stv.js";
import { dataText } from "../../helpers/data.js";

const ELECTED: Record<string, { seats: number; surnames: string[] }> = {
  "00001-00000001.soi": { seats: 4, surnames: ["Sargent", "Glennon", "Wright", "Ryan"] },
  "00001-00000002.soi": { seats: 3, surnames: ["Higgins", "Lenihan", "Burton"] },
  "00001-00000003.soi": {
    seats: 5,
    surnames: ["Bruton", "Brady", "Wallace", "Dempsey", "English"],
  },
};

const RULES: readonly (StvRule | undefined)[] = ["scottish", "wigm", "meek-prf", "warren", "meek"];

describe("stv on the Irish 2002 constituencies", () => {
  for (const [file, { seats, surnames }] of Object.entries(ELECTED)) {
    const profile = parseProfile(dataText(`preflib/irish/${file}`), { format: "soi" });
    for (const rule of RULES) {
      it(`elects the declared TDs of ${file} (rule ${rule})`, () => {
        if (E.isLeft(profile) || profile.right.kind !== "ranked") throw new Error("cannot read");
        const outcome = stv(profile.right as RankedProfile, seats, { rule });
        if (E.isLeft(outcome)) throw new Error(JSON.stringify(outcome.left));
        const elected = outcome.right.winners.map(
          (w) => surnames.find((s) => w.includes(` ${s} `) || w.includes(`${s} `)) ?? w,
        );
        expect([...elected].sort()).toEqual([...surnames].sort());
      });
    }
  }
});
