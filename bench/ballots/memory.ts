/**
 * Memory (issue 2, section 5): build a profile of 10,000,000 impartial-culture ballots of 10
 * candidates with the generator (which feeds the builder row by row) and print the resident
 * memory. Goal: under 1 GB resident.
 *
 * Run: `npx tsx bench/ballots/memory.ts` (optionally `-- <voters> <candidates> <truncate>`).
 * `maxRSS` is the peak resident set size of the whole process (from `process.resourceUsage()`),
 * which includes the transient copies made while the builder's arrays grow.
 */
import * as E from "fp-ts/lib/Either.js";
import { impartialCulture } from "../../src/ballots/generate/index.js";
import { pairwiseTally } from "../../src/ballots/index.js";

const [votersArg, candidatesArg, truncateArg] = process.argv.slice(2);
const voters = Number(votersArg ?? 10_000_000);
const candidates = Number(candidatesArg ?? 10);
const truncate = truncateArg === undefined ? undefined : Number(truncateArg);

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const before = process.memoryUsage().rss;
const started = performance.now();
const profile = impartialCulture({
  candidates,
  voters,
  seed: "memory",
  ...(truncate === undefined ? {} : { truncate }),
});
const built = performance.now();
if (E.isLeft(profile)) throw new Error(profile.left.message);
const tally = pairwiseTally(profile.right);
const tallied = performance.now();
const usage = process.memoryUsage();
const peak = process.resourceUsage().maxRSS * 1024;
const p = profile.right;
const profileBytes = p.ranks.byteLength + p.counts.byteLength;

console.log(
  JSON.stringify(
    {
      node: process.version,
      voters,
      candidates,
      truncate: truncate ?? null,
      totalCount: p.totalCount,
      distinctBallots: p.ballotCount,
      profileArrays: mb(profileBytes),
      rssBefore: mb(before),
      rss: mb(usage.rss),
      peakRss: mb(peak),
      heapUsed: mb(usage.heapUsed),
      arrayBuffers: mb(usage.arrayBuffers),
      generateAndBuildSeconds: ((built - started) / 1000).toFixed(2),
      pairwiseSeconds: ((tallied - built) / 1000).toFixed(2),
      check: tally.counts[1],
    },
    null,
    2,
  ),
);
