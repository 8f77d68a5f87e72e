/** Reading the real election files of `../shared/data` (CI has them at the same relative path). */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { RankedProfile } from "../../../src/ballots/index.js";

const DATA = new URL("../../../../shared/data/", import.meta.url);

/** The text of a file under `shared/data`. */
export const dataText = (path: string): string => readFileSync(new URL(path, DATA), "utf8");

/** The files of a folder under `shared/data` whose names end with `suffix`, sorted. */
export const dataFiles = (folder: string, suffix: string): string[] =>
  readdirSync(fileURLToPath(new URL(folder, DATA)))
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => `${folder}${name}`);

/** Each candidate's first preferences (a strict top choice), summed over the ballots. */
export const firstPreferenceCounts = (profile: RankedProfile): number[] => {
  const n = profile.candidates.length;
  const totals = new Array<number>(n).fill(0);
  for (let b = 0; b < profile.ballotCount; b++) {
    for (let c = 0; c < n; c++) {
      const tier = profile.ranks[b * n + c];
      if (tier === 0) {
        totals[c] =
          (totals[c] as number) + (profile.counts[b] as number) / profile.countDenominator;
      }
    }
  }
  return totals;
};
