/**
 * Quadratic voting (Lalley and Weyl, "Quadratic Voting: How Mechanism Design Can Radicalize
 * Democracy", AEA Papers and Proceedings 108, 2018; Posner and Weyl, *Radical Markets*, 2018,
 * ch. 2): each voter has a budget of voice credits and buys votes on each choice; `v` votes on one
 * choice cost `v²` credits, so a voter can show how much a choice matters to them, at a rising
 * price.
 *
 * Documented choices: votes are whole numbers (as in deployments such as the Colorado House
 * Democratic caucus's 2019 vote on bill priorities, with 100 credits per member); negative votes (against
 * a choice) are allowed unless `options.negative: false`, and cost the same; a ballot that spends
 * more than its credits is an input error (with its path), never silently cut. Totals are exact
 * (bigint). The ranking orders choices by total votes, ties kept as tiers (not broken).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { type DecideError, invalidInput, invalidInputAt } from "../core/errors.js";
import { type ExplanationStep, step } from "../core/explanation.js";
import { checkWork, defineLimit, resolveLimit } from "../core/limits.js";
import { describeValue } from "../core/validation.js";
import {
  causeText,
  Issues,
  isRecord,
  optionalBoolean,
  optionalRecord,
  own,
  readArray,
  readId,
  unknownKeys,
} from "./internal/read.js";

/**
 * The result of {@link quadraticVote}. Numbers that can grow past 2^53 are decimal strings.
 *
 * @category quadratic
 */
export interface QuadraticVoteResult {
  /** Each voter's budget of voice credits. */
  readonly credits: string;
  /** Net votes per choice (for minus against), exact. */
  readonly totals: Readonly<Record<string, string>>;
  /** Choices from most to fewest net votes; a tier holds choices with equal totals. */
  readonly ranking: readonly (readonly string[])[];
  /** The choices with the most net votes (several when tied; no tie-break is applied). */
  readonly winners: readonly string[];
  /** Credits each voter spent (Σ votes²), in ballot order. */
  readonly spent: readonly { readonly voter: string; readonly spent: string }[];
  /** The steps, for a facilitator to read out. */
  readonly explanation: readonly ExplanationStep[];
}

/**
 * The work limit on ballots × choices that {@link quadraticVote} reads: 10 million by default,
 * `options.maxCells` up to 200 million.
 *
 * @category limits
 */
export const QUADRATIC_VOTE_LIMIT = /* @__PURE__ */ defineLimit({
  name: "quadratic-vote.cells",
  unit: "ballot-choice cells",
  default: 10_000_000,
  ceiling: 200_000_000,
  option: "options.maxCells",
});

const MAX_CHOICES = 100_000;

/**
 * Counts a quadratic vote: each ballot buys votes on the choices, `v` votes costing `v²` credits,
 * within the voter's credits; the choice with the most net votes leads.
 *
 * @remarks
 * Lalley and Weyl (2018); Posner and Weyl (2018). Spec:
 * `{ credits, choices: [id...], ballots: [{ voter, votes: { choice: n } }], options? }` with
 * `credits` a whole number (or a string of digits), each `n` a whole number (negative for votes
 * against, unless `options.negative` is `false`). Exact: costs and totals are bigints. Linear in
 * ballots × choices named; work limit {@link QUADRATIC_VOTE_LIMIT}.
 *
 * @param spec - the vote, as above.
 * @returns the totals, ranking and spending, or `InvalidInput` (a ballot over budget names its
 *   path and cost), or `Unsupported` past the work limit.
 *
 * @example Three votes cost nine credits
 * ```ts
 * import { quadraticVote } from "co-decide/deliberation";
 *
 * quadraticVote({
 *   credits: 9,
 *   choices: ["park", "library"],
 *   ballots: [
 *     { voter: "ana", votes: { park: 3 } },            // 9 credits
 *     { voter: "bo", votes: { park: 2, library: 2 } }, // 8 credits
 *     { voter: "cy", votes: { library: 2 } },          // 4 credits
 *   ],
 * });
 * // => right: { totals: { park: "5", library: "4" }, winners: ["park"], ... }
 * ```
 *
 * @category quadratic
 */
export const quadraticVote = (spec: unknown): E.Either<DecideError, QuadraticVoteResult> => {
  try {
    return run(spec);
  } catch (cause) {
    return E.left(
      invalidInputAt("", "unreadable", `the spec could not be read (${causeText(cause)})`),
    );
  }
};

const run = (spec: unknown): E.Either<DecideError, QuadraticVoteResult> => {
  if (!isRecord(spec)) {
    return E.left(
      invalidInputAt("", "invalid_type", `expected an object, got ${describeValue(spec)}`),
    );
  }
  const issues = new Issues();
  unknownKeys(spec, ["credits", "choices", "ballots", "options"], [], issues);
  const options = optionalRecord(own(spec, "options"), ["options"], issues) ?? {};
  unknownKeys(options, ["negative", "maxCells"], ["options"], issues);
  const negative =
    optionalBoolean(own(options, "negative"), ["options", "negative"], issues) ?? true;
  const limit = resolveLimit(QUADRATIC_VOTE_LIMIT, own(options, "maxCells"));
  if (E.isLeft(limit)) return limit;
  const credits = readCredits(own(spec, "credits"), issues);
  const choices = readArray(own(spec, "choices"), ["choices"], issues);
  const ballots = readArray(own(spec, "ballots"), ["ballots"], issues);
  if (choices === undefined || ballots === undefined) {
    return E.left(invalidInput(issues.list, issues.more));
  }
  if (choices.length > MAX_CHOICES) {
    issues.add(["choices"], "too_big", `at most ${MAX_CHOICES} choices, got ${choices.length}`);
    return E.left(invalidInput(issues.list, issues.more));
  }
  const work = checkWork(
    QUADRATIC_VOTE_LIMIT,
    ballots.length * Math.max(1, choices.length),
    limit.right,
  );
  if (E.isLeft(work)) return work;
  const ids: string[] = [];
  const index = new Map<string, number>();
  for (let i = 0; i < choices.length; i++) {
    const id = readId(choices[i], ["choices", i], issues);
    if (id === undefined) continue;
    if (index.has(id)) issues.add(["choices", i], "duplicate_choice", `"${id}" is listed twice`);
    else {
      index.set(id, ids.length);
      ids.push(id);
    }
  }
  const totals = new Array<bigint>(ids.length).fill(0n);
  const spent: { voter: string; spent: string }[] = [];
  const voters = new Set<string>();
  for (let b = 0; b < ballots.length; b++) {
    const ballot = ballots[b];
    if (!isRecord(ballot)) {
      issues.add(
        ["ballots", b],
        "invalid_type",
        `expected { voter, votes }, got ${describeValue(ballot)}`,
      );
      continue;
    }
    unknownKeys(ballot, ["voter", "votes"], ["ballots", b], issues);
    const voter = readId(own(ballot, "voter"), ["ballots", b, "voter"], issues);
    if (voter !== undefined) {
      if (voters.has(voter)) {
        issues.add(["ballots", b, "voter"], "duplicate_voter", `"${voter}" has already voted`);
      }
      voters.add(voter);
    }
    const votes = own(ballot, "votes");
    if (!isRecord(votes)) {
      issues.add(
        ["ballots", b, "votes"],
        "invalid_type",
        `expected an object of votes per choice, got ${describeValue(votes)}`,
      );
      continue;
    }
    let cost = 0n;
    const keys = Object.keys(votes);
    if (keys.length > ids.length) {
      issues.add(["ballots", b, "votes"], "too_big", `more entries (${keys.length}) than choices`);
      continue;
    }
    for (const key of keys) {
      const at = index.get(key);
      const value = votes[key];
      if (at === undefined) {
        issues.add(
          ["ballots", b, "votes", key],
          "unknown_choice",
          `"${key}" is not one of the choices`,
        );
        continue;
      }
      if (typeof value !== "number" || !Number.isSafeInteger(value) || (!negative && value < 0)) {
        issues.add(
          ["ballots", b, "votes", key],
          "invalid_type",
          `expected a whole number of votes${negative ? "" : " (0 or more)"}, got ${describeValue(value)}`,
        );
        continue;
      }
      const v = BigInt(value);
      cost += v * v;
      totals[at] = (totals[at] as bigint) + v;
    }
    if (credits !== undefined && cost > credits) {
      issues.add(
        ["ballots", b, "votes"],
        "over_budget",
        `these votes cost ${cost} credits (the sum of their squares), more than the ${credits} each voter has`,
      );
    }
    spent.push({ voter: voter ?? "", spent: cost.toString() });
  }
  if (!issues.empty || credits === undefined) return E.left(invalidInput(issues.list, issues.more));
  const order = ids
    .map((_, i) => i)
    .sort((a, b) => {
      const d = (totals[b] as bigint) - (totals[a] as bigint);
      return d > 0n ? 1 : d < 0n ? -1 : a - b;
    });
  const ranking: string[][] = [];
  let last: bigint | undefined;
  for (const i of order) {
    if (last === totals[i]) (ranking.at(-1) as string[]).push(ids[i] as string);
    else ranking.push([ids[i] as string]);
    last = totals[i];
  }
  const winners = ranking[0] ?? [];
  const totalText = Object.fromEntries(ids.map((id, i) => [id, (totals[i] as bigint).toString()]));
  return E.right({
    credits: credits.toString(),
    totals: totalText,
    ranking,
    winners,
    spent,
    explanation: [
      step(
        "tally",
        `${ballots.length} voters with ${credits} credits each bought votes at a cost of votes² per choice.`,
        { voters: ballots.length, credits: credits.toString() },
      ),
      step(
        "totals",
        `Net votes: ${ids.map((id, i) => `${id} ${totals[i] as bigint}`).join(", ")}.`,
        { totals: totalText },
      ),
      step(
        "outcome",
        winners.length === 1
          ? `${winners[0]} has the most votes.`
          : `${winners.join(", ")} tie for the most votes.`,
        { winners },
      ),
    ],
  });
};

const readCredits = (value: unknown, issues: Issues): bigint | undefined => {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  if (typeof value === "string" && /^\d{1,30}$/.test(value)) return BigInt(value);
  issues.add(
    ["credits"],
    "invalid_type",
    `expected a whole number of credits, got ${describeValue(value)}`,
  );
  return undefined;
};
