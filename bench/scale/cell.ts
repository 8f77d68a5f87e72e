/**
 * One cell of the scale table (issue 12), measured in a process of its own so that its peak
 * memory is its own: builds the input, then times one count and prints one line of JSON.
 *
 * Run: `node --expose-gc --import tsx bench/scale/cell.ts <path> <method> <form> <voters> [n]`
 * - path: `decide` (`decide(spec)` end to end), `builder` (rows into `createProfileBuilder`, then
 *   the method function), `votes` (lzear/votes 3.0.0 from its own ballot objects), `bare` (the
 *   bare typed-array loop: pairwise matrix, or first choices for plurality);
 * - method: `schulze`, `ranked-pairs`, `irv`, `borda`, `plurality` (and any other registry id
 *   for `decide`);
 * - form: `shorthand`, `flat`, `nested`, `count` (the spec's ballot form; `builder`, `votes` and
 *   `bare` read the same rankings in their own forms).
 *
 * Prints `{ path, method, form, voters, n, seconds, cpuSeconds, rssBeforeMB, peakMB, extraMB,
 * winners }`: `seconds` is wall-clock time, `cpuSeconds` the process's CPU time over the same
 * span (user + system, all threads: less sensitive than wall time to other processes sharing
 * the machine, though GC helper threads add to it); `rssBeforeMB` is the resident memory with the input built (after a full GC), `peakMB` the
 * process's peak resident set (`resourceUsage().maxRSS`), `extraMB` their difference, the memory
 * the count itself took.
 *
 * With `SCALE_PROFILE=<file>` the timed count alone is CPU-profiled (through `node:inspector`)
 * into `<file>` (a `.cpuprofile` that Chrome DevTools reads).
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import * as E from "fp-ts/lib/Either.js";
import {
  Borda as VotesBorda,
  InstantRunoff as VotesIrv,
  FirstPastThePost as VotesPlurality,
  RankedPairs as VotesRankedPairs,
  Schulze as VotesSchulze,
  utils as votesUtils,
} from "votes";
import { createProfileBuilder, type RankedProfile } from "../../src/ballots/index.js";
import type { Outcome } from "../../src/core/outcome.js";
import { borda, decide, irv, plurality, rankedPairs, schulze } from "../../src/voting/index.js";
import {
  type BallotForm,
  ballotsOf,
  bareFirstChoices,
  bareLoop,
  names,
  rawRows,
  weightsOf,
} from "./inputs.js";

const [path = "decide", method = "schulze", formArg = "flat", votersArg = "1000000", nArg = "10"] =
  process.argv.slice(2);
const form = formArg as BallotForm;
const voters = Number(votersArg);
const n = Number(nArg);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

const functions: Readonly<Record<string, (profile: RankedProfile) => Outcome>> = {
  schulze: (p) => schulze(p),
  "ranked-pairs": (p) => rankedPairs(p),
  irv: (p) => irv(p),
  borda: (p) => borda(p),
  plurality: (p) => plurality(p),
};

type VotesRun = (
  ballots: { ranking: string[][]; weight: number }[],
  candidates: string[],
) => string;
const votesMethods: Readonly<Record<string, VotesRun>> = {
  schulze: (ballots, candidates) =>
    String(new VotesSchulze(votesUtils.matrixFromBallots(ballots, candidates)).ranking()[0]),
  "ranked-pairs": (ballots, candidates) =>
    String(new VotesRankedPairs(votesUtils.matrixFromBallots(ballots, candidates)).ranking()[0]),
  irv: (ballots, candidates) => String(new VotesIrv({ ballots, candidates }).ranking()[0]),
  borda: (ballots, candidates) => String(new VotesBorda({ ballots, candidates }).ranking()[0]),
  plurality: (ballots, candidates) =>
    String(new VotesPlurality({ ballots, candidates }).ranking()[0]),
};

const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);
const candidates = names(n);
const raw = rawRows(n, voters, `scale-${n}-${voters}`);
const weights = weightsOf(voters, form);

/** Builds the input of the path, returning the timed count. */
const prepare = (): (() => string) => {
  switch (path) {
    case "decide": {
      const spec = {
        method,
        candidates,
        ballots: ballotsOf(raw, n, form, candidates),
        // SCALE_LIMITS=1 raises the limits explicitly (for versions whose defaults are lower).
        ...(process.env["SCALE_LIMITS"] === "1"
          ? { limits: { ballots: voters, cells: voters * n } }
          : {}),
      };
      return () => {
        const outcome = decide(spec);
        if (E.isLeft(outcome)) throw new Error(outcome.left.message);
        return outcome.right.winners.join(",");
      };
    }
    case "builder": {
      const run = functions[method];
      if (run === undefined) throw new Error(`no method function for ${method}`);
      return () => {
        const builder = createProfileBuilder("ranked", candidates);
        for (let v = 0; v < voters; v++) {
          builder.add(raw.subarray(v * n, (v + 1) * n), weights[v] as number);
        }
        const profile = builder.build();
        if (E.isLeft(profile)) throw new Error(profile.left.message);
        return run(profile.right).winners.join(",");
      };
    }
    case "votes": {
      const run = votesMethods[method];
      if (run === undefined) throw new Error(`no votes method for ${method}`);
      const ballots = Array.from({ length: voters }, (_, v) => {
        const ranking: string[][] = new Array(n);
        for (let c = 0; c < n; c++) ranking[raw[v * n + c] as number] = [candidates[c] as string];
        return { ranking, weight: weights[v] as number };
      });
      return () => run(ballots, candidates);
    }
    case "bare":
      return method === "plurality"
        ? () => String(bareFirstChoices(raw, n, weights))
        : () => String(bareLoop(raw, n, weights));
    default:
      throw new Error(`unknown path ${path}`);
  }
};

const profileTo = process.env["SCALE_PROFILE"];
const session = profileTo === undefined ? undefined : new Session();
const post = (method: string): Promise<unknown> =>
  new Promise((resolve, reject) =>
    session?.post(method, (error, result) => (error ? reject(error) : resolve(result))),
  );
const count = prepare();
gc();
gc();
if (session !== undefined) {
  session.connect();
  await post("Profiler.enable");
  await post("Profiler.start");
}
const rssBefore = process.memoryUsage().rss;
const cpuBefore = process.cpuUsage();
const started = performance.now();
const winners = count();
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
if (session !== undefined && profileTo !== undefined) {
  const { profile } = (await post("Profiler.stop")) as { profile: unknown };
  writeFileSync(profileTo, JSON.stringify(profile));
}
const peak = process.resourceUsage().maxRSS * 1024;
console.log(
  JSON.stringify({
    path,
    method,
    form,
    voters,
    n,
    seconds: Number(seconds.toFixed(3)),
    cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(3)),
    rssBeforeMB: mb(rssBefore),
    peakMB: mb(peak),
    extraMB: mb(peak - rssBefore),
    winners,
  }),
);
