/**
 * What the Condorcet–IRV hybrids share: their options, the instant-runoff step on the continuing
 * candidates, and the run that ties the pairwise tally, the first-preference counts and the
 * elimination engine (`internal/elimination.ts`) together into a {@link CondorcetOutcome}.
 *
 * @module
 */
import type * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { RankedProfile, UnrankedRule } from "../../ballots/profile.js";
import type { PairwiseTally } from "../../ballots/tally/pairwise.js";
import type { Unsupported } from "../../core/errors.js";
import { pure } from "../../core/internal/pure.js";
import { createTieBreaker, type TieBreakPolicy } from "../../core/tie-break.js";
import {
  dropFewest,
  type FirstPreferences,
  firstPreferences,
  hasMajority,
  maxTiePathCandidatesOption,
  runElimination,
  type Verdict,
} from "../../counting/elimination.js";
import { exactOf, listNames, namesOf, unrankedOption } from "../../counting/outcome.js";
import { type PreparedBallots, prepareBallots } from "../../counting/ranked.js";
import type { CondorcetOutcome } from "../condorcet/shared.js";
import { pairwiseRecord, tallyOf } from "../condorcet/shared.js";

/** Options every Condorcet–IRV hybrid takes. @category methods */
export interface HybridOptions {
  /** What a ballot says about the candidates it leaves out (default `tied-last`). */
  readonly unranked?: UnrankedRule | undefined;
  /**
   * With `tieBreak: none`, the most candidates that may still be continuing at the first tie,
   * whose every resolution is then followed (default 14, at most 20; the work grows as 2^k).
   */
  readonly maxTiePathCandidates?: number | undefined;
}

/** The schema of {@link HybridOptions}. @internal */
export const hybridOptionsShape = /* @__PURE__ */ pure(() => ({
  unranked: unrankedOption,
  maxTiePathCandidates: maxTiePathCandidatesOption,
}));

/** The options schema of the hybrids that take no option of their own. @category registry */
export const HybridOptionsSchema: z.ZodMiniType<HybridOptions> = /* @__PURE__ */ pure(() =>
  z.strictObject(hybridOptionsShape),
);

/** What a hybrid's step reads. @internal */
export interface HybridContext {
  readonly candidates: readonly string[];
  readonly tally: PairwiseTally;
  readonly ballots: PreparedBallots;
  /** First preferences among the continuing candidates. */
  readonly prefs: (continuing: readonly number[]) => FirstPreferences;
}

/** One hybrid, as {@link runHybrid} reads it. @internal */
export interface Hybrid {
  readonly method: string;
  readonly variant?: string;
  readonly rule: string;
  readonly step: (context: HybridContext) => (continuing: readonly number[]) => Verdict;
}

/**
 * Runs a hybrid on a profile: the pairwise tally once, then the elimination count.
 *
 * @internal
 */
export const runHybrid = (
  hybrid: Hybrid,
  profile: RankedProfile,
  options: HybridOptions,
  tieBreak: TieBreakPolicy,
): E.Either<Unsupported, CondorcetOutcome> => {
  const tally = tallyOf(profile, options.unranked);
  const { candidates } = profile;
  const ballots = prepareBallots(profile);
  const context: HybridContext = {
    candidates,
    tally,
    ballots,
    prefs: (continuing) => firstPreferences(ballots, candidates, continuing),
  };
  const first = context.prefs(candidates.map((_, c) => c));
  const result = runElimination({
    method: hybrid.method,
    ...(hybrid.variant === undefined ? {} : { variant: hybrid.variant }),
    candidates,
    rule: hybrid.rule,
    settings: {
      unranked: options.unranked ?? "tied-last",
      ...(hybrid.variant === undefined ? {} : { variant: hybrid.variant }),
    },
    step: hybrid.step(context),
    tieBreaker: createTieBreaker(tieBreak, candidates),
    tiePathLimit: options.maxTiePathCandidates,
    scores: first.values.map(exactOf),
  });
  return result._tag === "Left"
    ? result
    : { _tag: "Right", right: { ...result.right, pairwise: pairwiseRecord(tally) } };
};

/**
 * One instant-runoff step on the continuing candidates: a majority of the ballots in play wins
 * (as does the last candidate, or the last two when tied), else the fewest first preferences go.
 *
 * @internal
 */
export const irvStep = (
  context: HybridContext,
  continuing: readonly number[],
  lead: string,
): Verdict => {
  const { candidates } = context;
  const prefs = context.prefs(continuing);
  const text =
    `${lead} ${lead.endsWith(":") ? prefs.sentence : capitalise(prefs.sentence)}.`.trim();
  const majority = hasMajority(prefs);
  if (majority !== undefined)
    return {
      kind: "elect",
      top: [majority],
      reason: "a majority of the ballots in play in the instant runoff",
      text: `${text} ${candidates[majority]} has a majority.`,
      tallies: prefs.tallies,
    };
  if (continuing.length === 1 || (continuing.length === 2 && prefs.tiers.length === 1))
    return {
      kind: "elect",
      top: continuing,
      reason:
        continuing.length === 1
          ? "the last continuing candidate"
          : "the last two candidates have the same number of votes",
      text: `${text} ${continuing.length === 1 ? `${candidates[continuing[0] as number]} remains.` : `${listNames(namesOf(candidates, continuing))} are tied.`}`,
      tallies: prefs.tallies,
    };
  return dropFewest(candidates, prefs, `${text} Nobody has a majority;`);
};

/** `"Round text"` with its first letter in capitals. @internal */
export const capitalise = (text: string): string =>
  `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
