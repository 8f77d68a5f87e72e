/** Reading the real election files of `tests/fixtures/data/` (see its README.md for sources). */
import type { RankedProfile } from "../../../src/ballots/index.js";

export { dataFiles, dataText } from "../../helpers/data.js";

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
