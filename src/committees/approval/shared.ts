/**
 * What every approval-committee rule shares: the electorate read from an approval profile (distinct
 * ballots with their scaled counts, who approves whom), the options every rule takes
 * (`maxCommittees`, `maxWork`), the outcome's extra fields, and how a count ends: a set of winning
 * committees, resolved by the tie-break policy or reported whole under `none`.
 *
 * **Ties between committees.** Under a deterministic policy a rule that finds several winning
 * committees narrows them one candidate at a time: among the candidates that are in some but not
 * all of the winning committees, the tie-break selects one, and the committees without it drop out
 * (each such choice is recorded in `tieBreaks`). Under `none`, `committees` lists every winning
 * committee (for sequential rules, every committee reachable under some order of breaking ties) and
 * `winners` every candidate who sits on at least one of them.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import * as z from "zod/mini";
import type { ApprovalProfile, Profile } from "../../ballots/profile.js";
import { type DecideError, invalidInputAt } from "../../core/errors.js";
import { type ExplanationStep, step } from "../../core/explanation.js";
import { pure } from "../../core/internal/pure.js";
import { defineLimit, resolveLimit, type WorkLimit } from "../../core/limits.js";
import type { ExactValue, Outcome, Round } from "../../core/outcome.js";
import { rational } from "../../core/rational.js";
import type { TieBreaker, TieBreakPolicy } from "../../core/tie-break.js";
import type { MethodContext } from "../../counting/method.js";
import { exactOf, listNames, makeOutcome, namesOf } from "../../counting/outcome.js";
import { wrongBallotKind } from "../../counting/ranked.js";

/**
 * The options every approval-committee rule takes.
 *
 * @category committees
 */
export interface ApprovalCommitteeOptions {
  /**
   * With tie-break `none`: the most winning committees to list (default 100, at most 100,000);
   * past it `committeesTruncated` is set.
   */
  readonly maxCommittees?: number | undefined;
  /**
   * The most search steps a count may take (default 60 million, about two seconds on a small
   * two-core machine; at most 30 billion); past it the count stops with `Unsupported` (`work_limit`). A step is one voter's
   * update when a candidate joins or leaves the committee under consideration, or one candidate
   * looked at by a bound; the branch and bound of the optimisation rules and the tie paths of the
   * sequential rules under `none` count them.
   */
  readonly maxWork?: number | undefined;
}

/**
 * What an approval-committee rule returns: the common {@link Outcome} (with `winners` in order of
 * election, `scores` each candidate's approvals) and the committee's own figures.
 *
 * @category committees
 */
export interface ApprovalCommitteeOutcome extends Outcome {
  /** The number of seats filled. */
  readonly seats: number;
  /** The rule's score of the elected committee, exact (for rules that score committees). */
  readonly committeeScore?: ExactValue;
  /**
   * With tie-break `none`: every winning committee (each in candidate order), at most
   * `options.maxCommittees` of them.
   */
  readonly committees?: readonly (readonly string[])[];
  /** True when `committees` was cut at `options.maxCommittees`. */
  readonly committeesTruncated?: boolean;
}

/** The default of `options.maxCommittees`. @internal */
export const MAX_COMMITTEES_DEFAULT = 100;

/**
 * The limit on search steps of the approval-committee rules (`options.maxWork`).
 *
 * @category committees
 */
export const COMMITTEE_WORK: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "approval-committees.work",
  unit: "search steps",
  default: 60_000_000,
  ceiling: 30_000_000_000,
  option: "options.maxWork",
});

/** The options schema shared by the approval-committee rules. @internal */
export const committeeOptionsShape = {
  maxCommittees: /* @__PURE__ */ pure(() => z.optional(z.number())),
  maxWork: /* @__PURE__ */ pure(() => z.optional(z.number())),
};

/** The options schema of the rules that take only the shared options. @internal */
export const CommitteeOptionsSchema: z.ZodMiniType<ApprovalCommitteeOptions> = /* @__PURE__ */ pure(
  () => z.strictObject(committeeOptionsShape),
);

/** The settings every count reads, checked. @internal */
export interface Settings {
  readonly seats: number;
  readonly maxCommittees: number;
  readonly maxWork: number;
  readonly none: boolean;
}

/**
 * Checks the seats and the shared options of a typed call: `InvalidInput` at `seats`,
 * `options.maxCommittees` or `options.maxWork`.
 *
 * @internal
 */
export const settingsOf = (
  profile: ApprovalProfile,
  seats: unknown,
  options: ApprovalCommitteeOptions,
  tieBreak: TieBreakPolicy,
): E.Either<DecideError, Settings> => {
  const n = profile.candidates.length;
  if (typeof seats !== "number" || !Number.isInteger(seats) || seats < 1)
    return E.left(
      invalidInputAt("seats", "invalid_seats", "a committee rule needs seats: a whole number ≥ 1"),
    );
  if (seats > n)
    return E.left(
      invalidInputAt("seats", "too_many_seats", `${seats} seats, but only ${n} candidates`),
    );
  const maxCommittees = options.maxCommittees ?? MAX_COMMITTEES_DEFAULT;
  if (!Number.isInteger(maxCommittees) || maxCommittees < 1 || maxCommittees > 100_000)
    return E.left(
      invalidInputAt(
        "options.maxCommittees",
        "out_of_range",
        "expected a whole number from 1 to 100000",
      ),
    );
  const maxWork = resolveLimit(COMMITTEE_WORK, options.maxWork);
  if (E.isLeft(maxWork)) return maxWork;
  return E.right({
    seats,
    maxCommittees,
    maxWork: maxWork.right,
    none: tieBreak.kind === "none",
  });
};

/**
 * The registry's `run` for an approval-committee rule: checks the ballot kind and that `seats` is
 * given, then calls the typed function.
 *
 * @internal
 */
export const runCommittee =
  <O>(
    id: string,
    f: (
      profile: ApprovalProfile,
      options: O & { readonly seats: number },
      tieBreak: TieBreakPolicy,
    ) => E.Either<DecideError, ApprovalCommitteeOutcome>,
  ) =>
  (profile: Profile, context: MethodContext<O>): E.Either<DecideError, Outcome> => {
    if (profile.kind !== "approval") return E.left(wrongBallotKind(id, "approval", profile.kind));
    if (context.seats === undefined)
      return E.left(
        invalidInputAt("seats", "required", `method "${id}" elects a committee: give seats`),
      );
    return f(profile, { ...context.options, seats: context.seats }, context.tieBreak);
  };

/**
 * An approval profile read for committee rules: distinct ballots (rows) with their scaled counts,
 * each row's approved candidates, each candidate's approving rows.
 *
 * @internal
 */
export interface Electorate {
  readonly candidates: readonly string[];
  /** Candidates. */
  readonly m: number;
  /** Rows with a positive count and at least one approval. */
  readonly rows: number;
  /** Each row's count, scaled by `denominator` (whole numbers). */
  readonly weight: Float64Array;
  /** The profile row each row came from. */
  readonly source: Int32Array;
  readonly approved: readonly Int32Array[];
  readonly supporters: readonly Int32Array[];
  /** The scaled count of every voter, empty ballots included. */
  readonly total: number;
  readonly denominator: number;
  /** Each candidate's approvals, scaled. */
  readonly approvals: Float64Array;
  /** The search steps of adding or removing each candidate: Σ over its rows of their approvals. */
  readonly cost: Float64Array;
  /** `approved`, flattened: row r's candidates are `rowCells[rowStart[r] .. rowStart[r + 1])`. */
  readonly rowStart: Int32Array;
  readonly rowCells: Int32Array;
  /** `supporters`, flattened the same way. */
  readonly supStart: Int32Array;
  readonly supCells: Int32Array;
}

/** Reads an approval profile for the committee rules. @internal */
export const electorateOf = (profile: ApprovalProfile): Electorate => {
  const m = profile.candidates.length;
  const cells = profile.approvals;
  // First pass: the rows kept and their sizes; second: the flat arrays.
  const kept: number[] = [];
  let total = 0;
  let size = 0;
  const supCount = new Int32Array(m);
  for (let b = 0; b < profile.ballotCount; b++) {
    const w = profile.counts[b] ?? 0;
    total += w;
    if (w <= 0) continue;
    let n = 0;
    for (let c = 0, at = b * m; c < m; c++, at++)
      if (cells[at] === 1) {
        n++;
        supCount[c] = (supCount[c] as number) + 1;
      }
    if (n === 0) continue;
    kept.push(b);
    size += n;
  }
  const rows = kept.length;
  const weight = new Float64Array(rows);
  const source = Int32Array.from(kept);
  const rowStart = new Int32Array(rows + 1);
  const rowCells = new Int32Array(size);
  const supStart = new Int32Array(m + 1);
  for (let c = 0; c < m; c++) supStart[c + 1] = (supStart[c] as number) + (supCount[c] as number);
  const supCells = new Int32Array(size);
  const fill = supStart.slice(0, m);
  const approvals = new Float64Array(m);
  const cost = new Float64Array(m);
  let x = 0;
  for (let r = 0; r < rows; r++) {
    const b = kept[r] as number;
    const w = profile.counts[b] as number;
    weight[r] = w;
    rowStart[r] = x;
    for (let c = 0, at = b * m; c < m; c++, at++)
      if (cells[at] === 1) {
        rowCells[x++] = c;
        supCells[fill[c] as number] = r;
        fill[c] = (fill[c] as number) + 1;
        approvals[c] = (approvals[c] as number) + w;
      }
    const n = x - (rowStart[r] as number);
    for (let y = rowStart[r] as number; y < x; y++) {
      const c = rowCells[y] as number;
      cost[c] = (cost[c] as number) + n;
    }
  }
  rowStart[rows] = x;
  return {
    candidates: profile.candidates,
    m,
    rows,
    weight,
    source,
    approved: Array.from({ length: rows }, (_, r) =>
      rowCells.subarray(rowStart[r] as number, rowStart[r + 1] as number),
    ),
    supporters: Array.from({ length: m }, (_, c) =>
      supCells.subarray(supStart[c] as number, supStart[c + 1] as number),
    ),
    total,
    denominator: profile.countDenominator,
    approvals,
    cost,
    rowStart,
    rowCells,
    supStart,
    supCells,
  };
};

/** Each candidate's approvals, exact, for an outcome's `scores`. @internal */
export const approvalScores = (electorate: Electorate): ExactValue[] =>
  Array.from(electorate.approvals, (a) => exactOf(rational(a, electorate.denominator)));

/** Committees found by a search, and whether the list was cut. @internal */
export interface Found {
  /** Each winning committee, in order of election (or candidate order). */
  readonly committees: readonly (readonly number[])[];
  readonly truncated: boolean;
}

/** A set of candidate indices as a key. @internal */
export const keyOf = (committee: readonly number[]): string =>
  [...committee].sort((a, b) => a - b).join(",");

/** Orders committees (each in candidate order) member by member. @internal */
export const byMembers = (a: readonly number[], b: readonly number[]): number => {
  for (let i = 0; i < Math.min(a.length, b.length); i++)
    if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
};

/**
 * Narrows several winning committees to one with the tie-break policy (see the module comment).
 *
 * @internal
 */
export const resolveCommittees = (
  committees: readonly (readonly number[])[],
  tieBreaker: TieBreaker,
  where: string,
): readonly number[] => {
  let left = committees;
  while (left.length > 1) {
    const counts = new Map<number, number>();
    for (const committee of left)
      for (const c of committee) counts.set(c, (counts.get(c) ?? 0) + 1);
    const split = [...counts.entries()]
      .filter(([, k]) => k < left.length)
      .map(([c]) => c)
      .sort((a, b) => a - b);
    const chosen = tieBreaker.choose(split, "select", where) ?? (split[0] as number);
    left = left.filter((committee) => committee.includes(chosen));
  }
  return left[0] ?? [];
};

/** How a committee count ends. @internal */
export interface CommitteeEnd {
  readonly method: string;
  readonly variant?: string;
  readonly electorate: Electorate;
  readonly settings: Settings;
  readonly found: Found;
  /** The committee elected (under a deterministic policy), in order of election. */
  readonly elected: readonly number[];
  readonly tieBreaker: TieBreaker;
  readonly steps: readonly ExplanationStep[];
  readonly rounds?: readonly Round[];
  /** The committee's score, exact, when the rule scores committees. */
  readonly score?: (committee: readonly number[]) => ExactValue;
  /** Why the committee wins, for the closing sentence. */
  readonly reason: string;
}

/**
 * Builds the outcome: under `none`, every winning committee and the union of their members;
 * otherwise the committee elected.
 *
 * @internal
 */
export const finishCommittee = (end: CommitteeEnd): ApprovalCommitteeOutcome => {
  const { candidates } = end.electorate;
  const { committees, truncated } = end.found;
  const unique = committees.length === 1;
  const winners = end.settings.none
    ? unique
      ? [...(committees[0] ?? [])]
      : [...new Set(committees.flat())].sort((a, b) => a - b)
    : [...end.elected];
  const shown = end.settings.none && !unique ? (committees[0] ?? []) : winners;
  const scoreText = end.score === undefined ? "" : ` (score ${String(end.score(shown))})`;
  const closing =
    end.settings.none && !unique
      ? `${committees.length}${truncated ? " or more" : ""} committees tie (${end.reason}); the tie is not broken, so every candidate on one of them is listed as a winner: ${listNames(namesOf(candidates, winners))}.`
      : `The committee is ${listNames(namesOf(candidates, winners))}${scoreText}: ${end.reason}.`;
  const base = makeOutcome({
    method: end.method,
    ...(end.variant === undefined ? {} : { variant: end.variant }),
    candidates,
    winners,
    scores: approvalScores(end.electorate),
    ...(end.rounds === undefined ? {} : { rounds: end.rounds }),
    tieBreaker: end.tieBreaker,
    explanation: [
      ...end.steps,
      step("elect", closing, {
        winners: namesOf(candidates, winners),
        ...(end.settings.none ? { committees: committees.length, truncated } : {}),
      }),
    ],
  });
  return {
    ...base,
    seats: end.settings.seats,
    ...(end.score === undefined || (end.settings.none && !unique)
      ? {}
      : { committeeScore: end.score(winners) }),
    ...(end.settings.none
      ? {
          committees: committees.map((c) =>
            namesOf(
              candidates,
              [...c].sort((a, b) => a - b),
            ),
          ),
          committeesTruncated: truncated,
        }
      : {}),
  };
};
