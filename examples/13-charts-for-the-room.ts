/**
 * Charts to show the room: a Glasgow 2007 ward count by Scottish STV stage by stage (the official
 * count, from `tests/fixtures/data/stv/glasgow-2007/`, see its README), the 1958 EEC Council's
 * Banzhaf power beside its votes (Felsenthal and Machover 1998), and a commitments timeline, each
 * written as an SVG file to open in a browser; what a screen reader hears (`<desc>`) is printed.
 *
 * Run from the repository root after `npm run build`: `npx tsx examples/13-charts-for-the-room.ts [folder]`
 * (default: a new folder in the system's temporary directory).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseBlt } from "co-decide/ballots";
import { replay } from "co-decide/commitments";
import { stv } from "co-decide/committees";
import { powerIndex } from "co-decide/power";
import { commitmentsTimeline, toSvg } from "co-decide/render";
import * as E from "fp-ts/lib/Either.js";

const folder = process.argv[2] ?? mkdtempSync(join(tmpdir(), "co-decide-charts-"));
mkdirSync(folder, { recursive: true });

const save = (name: string, svg: string): void => {
  writeFileSync(join(folder, name), svg);
  const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? "";
  console.log(
    `${name} (${svg.length} bytes): ${desc.slice(0, 300)}${desc.length > 300 ? "..." : ""}\n`,
  );
};

// 1. The count, stage by stage: quota line, transfers in, votes passed on.
const ward = parseBlt(
  readFileSync("tests/fixtures/data/stv/glasgow-2007/Anderston-City-2007.blt", "utf8"),
);
if (E.isRight(ward)) {
  const { profile, seats, withdrawn } = ward.right;
  const count = stv(profile, seats, { rule: "scottish", withdrawn });
  if (E.isRight(count)) save("anderston-city-2007.svg", toSvg(count.right, { width: 960 }));
}

// 2. Who holds the power: Luxembourg's vote never decided anything.
const weights = { France: 4, Germany: 4, Italy: 4, Belgium: 2, Netherlands: 2, Luxembourg: 1 };
const power = powerIndex({ index: "banzhaf", quota: 12, weights });
if (E.isRight(power)) save("eec-1958-banzhaf.svg", toSvg(power.right, { seats: weights }));

// 3. What was promised, and what happened: one delivered late, one overdue.
const ledger = replay([
  {
    id: "e1",
    seq: 1,
    at: "2025-01-10",
    type: "committed",
    commitment: {
      id: "c1",
      title: "Reopen the youth centre",
      owner: "Council",
      party: "authority",
      madeAt: "2025-01-10",
      dueAt: "2025-04-30",
    },
  },
  {
    id: "e2",
    seq: 2,
    at: "2025-02-01",
    type: "committed",
    commitment: {
      id: "c2",
      title: "Fix the park lights",
      owner: "Parks team",
      party: "authority",
      madeAt: "2025-02-01",
      dueAt: "2025-05-31",
    },
  },
  { id: "e3", seq: 3, at: "2025-05-20", type: "delivered", commitmentId: "c1" },
]);
if (E.isRight(ledger)) {
  save("commitments.svg", commitmentsTimeline(ledger.right, { asOf: "2025-07-01" }));
}

console.log(`Open the charts in a browser: ${folder}`);
