/**
 * Markdown views of election outcomes: single-winner and ranking methods, STV counts and other
 * multi-seat outcomes. One view serves the three, each showing what its outcome carries:
 *
 * - the winners (in order of election for multi-seat rules), and the STV quota and valid votes;
 * - the ranking with each candidate's score;
 * - the rounds of an IRV-like count (every candidate's tally per round, who was elected or
 *   eliminated), or the stages of an STV count (every candidate's votes, the non-transferable
 *   votes, the quota, the action of the stage) and the transfers between stages, computed exactly;
 * - the pairwise matrix, where the explanation carries one (a step of kind `pairwise` with
 *   `data.pairwise`), with each head-to-head win in bold;
 * - Ranked Pairs' locked, skipped and undecided pairs, and Schulze's strongest paths;
 * - every winning committee (tie-break `none`), every tie met, and the explanation's steps.
 *
 * @module
 */
import type {
  ApprovalCommitteeOutcome,
  CommitteeOutcome,
  CpoStvOutcome,
  StvOutcome,
} from "../../committees/index.js";
import type { Outcome } from "../../core/outcome.js";
import { compare as compareRational, parseRational } from "../../core/rational.js";
import { explanation, ties } from "./common.js";
import { type Context, type MarkdownOptions, prepare, section, title } from "./options.js";
import {
  change,
  document,
  esc,
  exact,
  facts,
  isRecord,
  list,
  MISSING,
  nameList,
  names,
  numbered,
  own,
  plain,
  record,
  size,
  stringOf,
  table,
} from "./write.js";

/**
 * Shows a single-winner or ranking method's outcome as Markdown: the winner, the ranking with
 * scores, the round-by-round table of an IRV-like count, the pairwise matrix and Ranked Pairs'
 * locked pairs or Schulze's strongest paths where the outcome has them, the ties and the
 * explanation's steps.
 *
 * @remarks
 * Every user string (candidate names, the method's texts) is escaped, so a name holding `|`, `*`,
 * a line break or HTML cannot break a table or inject markup. The same outcome always gives the
 * same string. O(n² + n·r + s) for n candidates, r rounds and s explanation steps; refuses, with a
 * short note instead of the tables, an outcome of more than `options.maxCells` table cells.
 * Never throws on an {@link Outcome}, even one read back from JSON with fields missing.
 *
 * @param outcome - what `decide` (or a method such as `irv`) returned.
 * @param options - heading level, title, whether to list the explanation, the cell limit.
 * @returns the Markdown text, ending with a newline.
 *
 * @example The Tennessee example by instant runoff
 * ```ts
 * import { outcomeToMarkdown } from "co-decide/render";
 * import { decide } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const outcome = decide({
 *   method: "irv",
 *   candidates: ["Memphis", "Nashville", "Chattanooga", "Knoxville"],
 *   ballots: [
 *     { ranking: ["Memphis", "Nashville", "Chattanooga", "Knoxville"], count: 42 },
 *     { ranking: ["Nashville", "Chattanooga", "Knoxville", "Memphis"], count: 26 },
 *     { ranking: ["Chattanooga", "Knoxville", "Nashville", "Memphis"], count: 15 },
 *     { ranking: ["Knoxville", "Chattanooga", "Nashville", "Memphis"], count: 17 },
 *   ],
 * });
 * E.isRight(outcome) && outcomeToMarkdown(outcome.right);
 * // => "## Result: irv\n\n- **Winner:** Knoxville\n\n### Ranking\n\n| place | candidate | score |\n..."
 * // with "| Knoxville | 17 | 32 | 58 |" in the rounds table
 * ```
 *
 * @category rendering
 */
export const outcomeToMarkdown = (outcome: Outcome, options?: MarkdownOptions): string =>
  view(outcome, options, "outcome");

/**
 * Shows an STV count as Markdown: the elected in order, the quota and valid votes, the stage table
 * (every candidate's votes after each stage, the non-transferable votes, the quota in force, who
 * was elected or excluded, and what each stage did: first preferences, a surplus with its transfer
 * value, an exclusion), the transfers (each candidate's change from the stage before, exact), the
 * ties and the explanation's steps.
 *
 * @remarks
 * The table reads like an official result sheet (candidates down, stages across), with the figures
 * as the count recorded them, at the rule's precision (five decimals under the Scottish rule). The
 * transfers are computed exactly from consecutive stages. Escaping, determinism, cost and the cell
 * limit as in {@link outcomeToMarkdown}.
 *
 * @param outcome - an STV count (`decide` with `method: "stv"`, or `stv`).
 * @param options - as for {@link outcomeToMarkdown}.
 * @returns the Markdown text, ending with a newline.
 *
 * @example A two-seat count
 * ```ts
 * import { stvToMarkdown } from "co-decide/render";
 * import type { StvOutcome } from "co-decide/committees";
 * import { decide } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const count = decide({
 *   method: "stv", seats: 2, candidates: ["a", "b", "c"],
 *   ballots: ["a>b>c", "a>b>c", "a>b", "b>c>a", "c>b>a", "c>b>a"],
 * });
 * E.isRight(count) && stvToMarkdown(count.right as StvOutcome);
 * // => "## STV count: wigm\n\n..." with "| **quota** | 2 | 2 | 2 |" in the stage table
 * ```
 *
 * @category rendering
 */
export const stvToMarkdown = (outcome: StvOutcome, options?: MarkdownOptions): string =>
  view(outcome, options, "stv");

/**
 * Shows a multi-seat outcome (block and limited voting, SNTV, approval committees such as PAV,
 * CPO-STV) as Markdown: the elected in order, the seats, the committee's score where the rule
 * scores committees, the ranking and scores, the rounds of a sequential rule, every winning
 * committee under tie-break `none`, the ties and the explanation's steps.
 *
 * @remarks
 * Escaping, determinism, cost and the cell limit as in {@link outcomeToMarkdown}.
 *
 * @param outcome - a multi-seat outcome from `decide` with `seats`, or a rule such as `pav`.
 * @param options - as for {@link outcomeToMarkdown}.
 * @returns the Markdown text, ending with a newline.
 *
 * @example PAV on approval ballots
 * ```ts
 * import { committeeToMarkdown } from "co-decide/render";
 * import type { ApprovalCommitteeOutcome } from "co-decide/committees";
 * import { decide } from "co-decide/voting";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const outcome = decide({
 *   method: "pav", seats: 2, candidates: ["a", "b", "c"],
 *   ballots: [{ approve: ["a", "b"], count: 3 }, { approve: ["c"], count: 2 }],
 * });
 * E.isRight(outcome) && committeeToMarkdown(outcome.right as ApprovalCommitteeOutcome);
 * // => "## Committee: pav\n\n- **Elected, in order:** a, c\n- **Seats:** 2\n- **Committee score:** 5\n..."
 * ```
 *
 * @category rendering
 */
export const committeeToMarkdown = (
  outcome: CommitteeOutcome | ApprovalCommitteeOutcome | CpoStvOutcome,
  options?: MarkdownOptions,
): string => view(outcome, options, "committee");

type Kind = "outcome" | "stv" | "committee";

type Fields = Readonly<Record<string, unknown>>;

const view = (value: unknown, options: MarkdownOptions | undefined, kind: Kind): string => {
  const r = record(value);
  const context = prepare(options, cellsOf(r));
  if (typeof context === "string") return context;
  const candidates = names(r["candidates"]);
  const method = esc(r["method"]);
  const variant = stringOf(r["variant"]);
  const named = variant === undefined ? method : `${method} (${esc(variant)})`;
  const top =
    kind === "stv"
      ? `STV count: ${variant === undefined ? method : esc(variant)}`
      : kind === "committee"
        ? `Committee: ${named}`
        : `Result: ${named}`;
  const rounds = list(r["rounds"]).filter(isRecord);
  return document([
    title(context, top),
    summary(r, kind),
    ranking(context, r),
    ...(kind === "stv"
      ? [stages(context, rounds, candidates), transfers(context, rounds, candidates)]
      : [roundTable(context, rounds, candidates)]),
    pairwise(context, r, candidates),
    lockedPairs(context, r),
    paths(context, r, candidates),
    committees(context, r),
    ties(context, r["tieBreaks"]),
    explanation(context, r["explanation"]),
  ]);
};

/** Table cells the view writes, estimated from the outcome's sizes before any work. */
const cellsOf = (r: Fields): number => {
  const n = size(r["candidates"]);
  const rounds = size(r["rounds"]);
  const pairs = size(r["locked"]) + size(r["skipped"]) + size(r["undecided"]);
  return (
    n * (2 * rounds + 8) +
    2 * n * n +
    6 * pairs +
    size(r["winners"]) +
    size(r["ranking"]) +
    size(r["committees"]) * (n + 1) +
    size(r["tieBreaks"]) +
    size(r["explanation"])
  );
};

const summary = (r: Fields, kind: Kind): string => {
  const winners = names(r["winners"]);
  const lines: [string, string][] = [];
  if (kind === "outcome")
    lines.push([winners.length === 1 ? "Winner" : "Winners", nameList(winners)]);
  else lines.push(["Elected, in order", nameList(winners)]);
  if (typeof r["seats"] === "number") lines.push(["Seats", esc(r["seats"])]);
  if (kind === "stv") {
    lines.push(["Quota", exact(r["quota"])], ["Valid votes", exact(r["validVotes"])]);
    if (r["nonTransferable"] !== undefined)
      lines.push(["Non-transferable at the end", exact(r["nonTransferable"])]);
  }
  if (r["committeeScore"] !== undefined)
    lines.push(["Committee score", exact(r["committeeScore"])]);
  if (typeof r["outcomes"] === "number") lines.push(["Committees compared", esc(r["outcomes"])]);
  return facts(lines);
};

/** The ranking as places (tied candidates share a place) with scores, or the scores alone. */
const ranking = (context: Context, r: Fields): string | undefined => {
  const tiers = list(r["ranking"]).map(names);
  const scores = record(r["scores"]);
  const scored = Object.keys(scores).length > 0;
  if (tiers.some((tier) => tier.length > 0)) {
    const rows: string[][] = [];
    let place = 1;
    for (const tier of tiers) {
      for (const name of tier)
        rows.push([String(place), esc(name), ...(scored ? [exact(own(scores, name))] : [])]);
      place += tier.length;
    }
    return `${section(context, "Ranking")}\n\n${table(
      ["place", "candidate", ...(scored ? ["score"] : [])],
      rows,
      ["r", "l", "r"],
    )}`;
  }
  if (!scored) return undefined;
  const order = names(r["candidates"]).filter((c) => Object.hasOwn(scores, c));
  return `${section(context, "Scores")}\n\n${table(
    ["candidate", "score"],
    order.map((c) => [esc(c), exact(own(scores, c))]),
    ["l", "r"],
  )}`;
};

/** The candidates that have a tally in some round, in candidate order. */
const counted = (rounds: readonly Fields[], candidates: readonly string[]): string[] =>
  candidates.filter((c) => rounds.some((round) => Object.hasOwn(record(round["tallies"]), c)));

const roundLabel = (round: Fields, i: number, word: string): string =>
  `${word} ${typeof round["round"] === "number" ? plain(round["round"]) : String(i + 1)}`;

/** A row of names per round (elected, eliminated), or nothing when no round has any. */
const namesRow = (rounds: readonly Fields[], key: string, label: string): string[][] =>
  rounds.some((round) => names(round[key]).length > 0)
    ? [
        [
          label,
          ...rounds.map((round) => (names(round[key]).length > 0 ? nameList(round[key]) : "")),
        ],
      ]
    : [];

/** A row per candidate counted in some round: its tally in each round, or a dash. */
const tallyRows = (rounds: readonly Fields[], candidates: readonly string[]): string[][] =>
  counted(rounds, candidates).map((c) => [
    esc(c),
    ...rounds.map((round) => {
      const tallies = record(round["tallies"]);
      return Object.hasOwn(tallies, c) ? exact(own(tallies, c)) : MISSING;
    }),
  ]);

/** Rounds of an IRV-like count: candidates down, rounds across. */
const roundTable = (
  context: Context,
  rounds: readonly Fields[],
  candidates: readonly string[],
): string | undefined => {
  if (rounds.length === 0) return undefined;
  const rows = tallyRows(rounds, candidates);
  return `${section(context, "Rounds")}\n\n${table(
    ["candidate", ...rounds.map((round, i) => roundLabel(round, i, "round"))],
    [
      ...rows,
      ...namesRow(rounds, "elected", "**elected**"),
      ...namesRow(rounds, "eliminated", "**eliminated**"),
    ],
    ["l", ...rounds.map((): "r" => "r")],
  )}`;
};

const action = (round: Fields): string => {
  const from = round["from"] === undefined ? "" : esc(round["from"]);
  switch (round["action"]) {
    case "first-preferences":
      return "first preferences";
    case "surplus":
      return `surplus of ${from}${round["transferValue"] === undefined ? "" : ` at ${exact(round["transferValue"])}`}`;
    case "exclusion":
      return `exclusion of ${from}`;
    case "iteration":
      return "iteration";
    default:
      return round["action"] === undefined ? "" : esc(round["action"]);
  }
};

/** A row of one exact field per stage, or nothing when no stage has it. */
const fieldRow = (rounds: readonly Fields[], key: string, label: string): string[][] =>
  rounds.some((round) => round[key] !== undefined)
    ? [[label, ...rounds.map((round) => (round[key] === undefined ? "" : exact(round[key])))]]
    : [];

/** The stages of an STV count, as a result sheet shows them. */
const stages = (
  context: Context,
  rounds: readonly Fields[],
  candidates: readonly string[],
): string | undefined => {
  if (rounds.length === 0) return undefined;
  const rows = tallyRows(rounds, candidates);
  return `${section(context, "Stages")}\n\n${table(
    ["candidate", ...rounds.map((round, i) => roundLabel(round, i, "stage"))],
    [
      ["**action**", ...rounds.map(action)],
      ...rows,
      ...fieldRow(rounds, "nonTransferable", "**non-transferable**"),
      ...fieldRow(rounds, "lostToRounding", "**lost to rounding**"),
      ...fieldRow(rounds, "quota", "**quota**"),
      ...namesRow(rounds, "elected", "**elected**"),
      ...namesRow(rounds, "eliminated", "**excluded**"),
    ],
    ["l", ...rounds.map((): "r" => "r")],
  )}`;
};

/** Each candidate's change from the stage before, exact. */
const transfers = (
  context: Context,
  rounds: readonly Fields[],
  candidates: readonly string[],
): string | undefined => {
  if (rounds.length < 2) return undefined;
  const later = rounds.slice(1);
  const delta = (read: (round: Fields) => unknown): string[] =>
    later.map((round, i) => change(read(rounds[i] as Fields), read(round)));
  const rows = counted(rounds, candidates).map((c) => [
    esc(c),
    ...delta((round) => own(record(round["tallies"]), c)),
  ]);
  const extra = (key: string, label: string): string[][] =>
    rounds.some((round) => round[key] !== undefined)
      ? [[label, ...delta((round) => round[key])]]
      : [];
  return `${section(context, "Transfers")}\n\nEach candidate's change from the stage before.\n\n${table(
    ["candidate", ...later.map((round, i) => roundLabel(round, i + 1, "stage"))],
    [
      ...rows,
      ...extra("nonTransferable", "**non-transferable**"),
      ...extra("lostToRounding", "**lost to rounding**"),
    ],
    ["l", ...later.map((): "r" => "r")],
  )}`;
};

/** Orders two exact values; `null` and `undefined` below everything, `"infinity"` above. */
const compareExact = (a: unknown, b: unknown): number | undefined => {
  const rank = (v: unknown): number | undefined =>
    v === null || v === undefined ? -1 : v === "infinity" ? 1 : 0;
  // Whole numbers (most tallies) compare as numbers: exact for safe integers, and no parsing.
  if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return (a as number) - (b as number);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== 0 || rb !== 0) return ra === rb ? 0 : (ra as number) - (rb as number);
  const x =
    typeof a === "string" || typeof a === "number"
      ? parseRational(a as string | number)
      : undefined;
  const y =
    typeof b === "string" || typeof b === "number"
      ? parseRational(b as string | number)
      : undefined;
  return x === undefined || y === undefined ? undefined : compareRational(x, y);
};

/** A square table of candidates, each cell `cell(row, column)`, bold where the row beats the column. */
const matrix = (
  candidates: readonly string[],
  values: Fields,
  emptyCell: (v: unknown) => boolean,
): string => {
  const value = (a: string, b: string): unknown => own(record(own(values, a)), b);
  const rows = candidates.map((a) => [
    esc(a),
    ...candidates.map((b) => {
      if (a === b) return MISSING;
      const v = value(a, b);
      if (emptyCell(v)) return MISSING;
      const shown = exact(v);
      return (compareExact(v, value(b, a)) ?? 0) > 0 ? `**${shown}**` : shown;
    }),
  ]);
  return table(["", ...candidates.map(esc)], rows, ["l", ...candidates.map((): "r" => "r")]);
};

/** The outcome's candidates that a square record covers, in candidate order. */
const covered = (values: Fields, candidates: readonly string[]): string[] =>
  candidates.filter((c) => Object.hasOwn(values, c));

const pairwise = (
  context: Context,
  r: Fields,
  candidates: readonly string[],
): string | undefined => {
  const found = list(r["explanation"])
    .map(record)
    .find((s) => s["kind"] === "pairwise" && isRecord(record(s["data"])["pairwise"]));
  const values = found === undefined ? r["pairwise"] : record(found["data"])["pairwise"];
  if (!isRecord(values)) return undefined;
  const shown = covered(values, candidates);
  if (shown.length === 0) return undefined;
  return `${section(context, "Head to head")}\n\nEach cell counts the voters who rank the row's candidate above the column's; in bold where that beats the reverse.\n\n${matrix(shown, values, (v) => v === undefined)}`;
};

const lockedPairs = (context: Context, r: Fields): string | undefined => {
  if (!Array.isArray(r["locked"])) return undefined;
  const rows = [
    ...list(r["locked"]).map((p) => [p, "locked"] as const),
    ...list(r["skipped"]).map((p) => [p, "skipped: it would close a cycle"] as const),
    ...list(r["undecided"]).map(
      (p) => [p, "locked in some orders of equal-strength wins, not in others"] as const,
    ),
  ].map(([p, status], i) => {
    const pair = record(p);
    return [
      String(i + 1),
      esc(pair["winner"]),
      esc(pair["loser"]),
      exact(pair["for"]),
      exact(pair["against"]),
      status,
    ];
  });
  if (rows.length === 0) return undefined;
  return `${section(context, "Locked pairs")}\n\nThe head-to-head wins from the strongest down, each locked in unless it would contradict those already locked.\n\n${table(
    ["#", "winner", "loser", "for", "against", "status"],
    rows,
    ["r", "l", "l", "r", "r", "l"],
  )}`;
};

const paths = (context: Context, r: Fields, candidates: readonly string[]): string | undefined => {
  const values = r["paths"];
  if (!isRecord(values)) return undefined;
  const shown = covered(values, candidates);
  if (shown.length === 0) return undefined;
  return `${section(context, "Strongest paths")}\n\nThe strength of the strongest path from the row's candidate to the column's (— where there is none); in bold where it is stronger than the path back.\n\n${matrix(shown, values, (v) => v === null || v === undefined)}`;
};

const committees = (context: Context, r: Fields): string | undefined => {
  const all = list(r["committees"]);
  if (all.length === 0) return undefined;
  const more =
    r["committeesTruncated"] === true
      ? "\n\nThe list was cut at `options.maxCommittees`."
      : typeof r["committeeCount"] === "string"
        ? `\n\n${esc(r["committeeCount"])} committees win in all.`
        : "";
  return `${section(context, "Winning committees")}\n\n${numbered(all.map(nameList))}${more}`;
};
