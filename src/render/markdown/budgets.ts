/**
 * Markdown views of the results that share out a budget or seats: participatory budgets
 * (`Allocation`) and apportionments (`Apportionment`).
 *
 * @module
 */
import type { Allocation, Apportionment } from "../../committees/index.js";
import { explanation, ties } from "./common.js";
import {
  type Context,
  type MarkdownOptions,
  prepare,
  section,
  tableSection,
  title,
} from "./options.js";
import {
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
  numberOf,
  own,
  plain,
  record,
  size,
  table,
  yesNo,
} from "./write.js";

type Fields = Readonly<Record<string, unknown>>;

/**
 * Shows a participatory budget as Markdown: the funded projects in order of selection with their
 * cost, supporters and (Equal Shares) what each supporter paid at most and the exact price per
 * unit of satisfaction, or (sequential Phragmén) the supporters' load; the budget, the amount
 * spent and left over; the completion's steps (each voter's budget, the total cost, whether it
 * fitted); the comparison with the greedy outcome; projects set aside; ties; and the explanation.
 *
 * @remarks
 * Amounts are shown exactly as the allocation records them (exact decimal strings; prices at six
 * decimals, truncated). Escaping, determinism and the cell limit as in {@link outcomeToMarkdown}.
 * O(p + c + s) for p funded projects, c completion steps and s explanation steps.
 *
 * @param allocation - what `allocate` returned.
 * @param options - heading level, title, whether to list the explanation, the cell limit.
 * @returns the Markdown text, ending with a newline.
 *
 * @example Two projects, one budget
 * ```ts
 * import { allocationToMarkdown } from "co-decide/render";
 * import { allocate } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const result = allocate({
 *   method: "greedy", budget: 100,
 *   projects: [{ id: "park", cost: 60 }, { id: "library", cost: 50 }],
 *   ballots: [{ approve: ["park"] }, { approve: ["park"] }, { approve: ["library"] }],
 * });
 * E.isRight(result) && allocationToMarkdown(result.right);
 * // => "## Participatory budget: greedy (...)\n\n- **Funded, in order:** park\n- **Budget:** 100\n- **Spent:** 60\n- **Left over:** 40\n..."
 * ```
 *
 * @category rendering
 */
export const allocationToMarkdown = (allocation: Allocation, options?: MarkdownOptions): string => {
  const r = record(allocation);
  const completion = record(r["completion"]);
  const context = prepare(
    options,
    8 * size(r["rounds"]) +
      5 * size(completion["history"]) +
      2 * size(r["ineligible"]) +
      4 * size(r["ties"]) +
      size(r["tieBreaks"]) +
      size(r["explanation"]) +
      size(r["winners"]) +
      size(record(r["comparison"])["greedyWinners"]),
  );
  if (typeof context === "string") return context;
  const history = list(completion["history"]).map(record);
  const rounds = list(r["rounds"]).map(record);
  const method = esc(r["method"]);
  const variant = r["variant"] === undefined ? "" : ` (${esc(r["variant"])})`;
  return document([
    title(context, `Participatory budget: ${method}${variant}`),
    facts([
      ["Funded, in order", nameList(r["winners"])],
      ["Budget", exact(r["budget"])],
      ["Spent", exact(r["totalCost"])],
      ["Left over", exact(r["leftover"])],
      ...(r["voterBudget"] === undefined
        ? []
        : [["Each voter's share of the budget", exact(r["voterBudget"])] as [string, string]]),
    ]),
    fundedTable(context, rounds),
    completionTable(context, completion, history),
    comparison(context, record(r["comparison"])),
    ineligible(context, list(r["ineligible"]).map(record)),
    budgetTies(context, list(r["ties"]).map(record)),
    ties(context, r["tieBreaks"]),
    explanation(context, r["explanation"]),
  ]);
};

/** The optional columns of the funded projects' table: field, header. */
const ROUND_COLUMNS: readonly (readonly [string, string])[] = [
  ["pricePerSupporter", "each supporter paid at most"],
  ["rho", "price per unit of satisfaction (exact)"],
  ["effectiveVotes", "effective votes"],
  ["load", "supporters' load"],
];

const fundedTable = (context: Context, rounds: readonly Fields[]): string | undefined => {
  if (rounds.length === 0) return undefined;
  const extra = ROUND_COLUMNS.filter(([key]) => rounds.some((round) => round[key] !== undefined));
  return `${section(context, "Funded projects, in order of selection")}\n\n${table(
    ["round", "project", "cost", "supporters", ...extra.map(([, header]) => header)],
    rounds.map((round) => [
      esc(round["round"]),
      esc(round["project"]),
      exact(round["cost"]),
      exact(round["supporters"]),
      ...extra.map(([key]) => (round[key] === undefined ? MISSING : exact(round[key]))),
    ]),
    ["r", "l", "r", "r", ...extra.map((): "r" => "r")],
  )}`;
};

const completionTable = (
  context: Context,
  completion: Fields,
  history: readonly Fields[],
): string | undefined => {
  if (completion["kind"] === undefined) return undefined;
  const kind = esc(completion["kind"]);
  const kept = numberOf(completion["steps"]);
  const intro =
    history.length === 0
      ? `The ${kind} completion added ${kept === undefined ? MISSING : plain(kept)} project(s).`
      : `The ${kind} completion raised each voter's budget step by step; the last step that fitted the budget${kept === undefined ? "" : ` (step ${plain(kept)})`} was kept.`;
  if (history.length === 0) return `${section(context, "Completion")}\n\n${intro}`;
  return `${section(context, "Completion")}\n\n${intro}\n\n${table(
    ["step", "each voter's budget", "total cost", "projects funded", "fits the budget"],
    history.map((s) => [
      esc(s["step"]),
      exact(s["voterBudget"]),
      exact(s["totalCost"]),
      esc(s["funded"]),
      yesNo(s["fits"]),
    ]),
    ["r", "r", "r", "r", "l"],
  )}`;
};

const comparison = (context: Context, c: Fields): string | undefined => {
  if (c["kept"] === undefined) return undefined;
  return `${section(context, "Comparison with the greedy outcome")}\n\n${facts([
    ["Voters preferring the Equal Shares outcome", esc(c["preferEqualShares"])],
    ["Voters preferring the greedy outcome", esc(c["preferGreedy"])],
    ["Kept", esc(c["kept"])],
    ["Greedy would have funded", nameList(c["greedyWinners"])],
  ])}`;
};

const ineligible = (context: Context, rows: readonly Fields[]): string | undefined =>
  tableSection(
    context,
    "Set aside before the count",
    ["project", "reason"],
    rows.map((row) => [esc(row["project"]), esc(row["reason"])]),
  );

const budgetTies = (context: Context, rows: readonly Fields[]): string | undefined =>
  tableSection(
    context,
    "Ties between projects",
    ["where", "tied", "settled by", "chosen"],
    rows.map((row) => [
      esc(row["step"]),
      nameList(row["tied"]),
      esc(row["resolvedBy"]),
      row["chosen"] === null ? "not broken" : esc(row["chosen"]),
    ]),
  );

/**
 * Shows an apportionment as Markdown: the seats of every party (with the seats from whole quotas
 * and the remainders under a largest remainder method), the threshold and the parties below it,
 * the quotients table of a divisor method with each seat-winning quotient in bold, the cutoff (the
 * last quotient to win a seat and the best one left without), the allocations a tie allows, and
 * the explanation.
 *
 * @remarks
 * Numbers are shown exactly as the apportionment records them. Escaping, determinism and the cell
 * limit as in {@link outcomeToMarkdown}. O(parties × quotient columns + s).
 *
 * @param apportionment - what `apportion` returned.
 * @param options - heading level, title, whether to list the explanation, the cell limit.
 * @returns the Markdown text, ending with a newline.
 *
 * @example D'Hondt, 8 seats (Wikipedia's worked example)
 * ```ts
 * import { apportionmentToMarkdown } from "co-decide/render";
 * import { apportion } from "co-decide/committees";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const result = apportion({
 *   method: "dhondt", seats: 8, votes: { A: 100000, B: 80000, C: 30000, D: 20000 },
 * });
 * E.isRight(result) && apportionmentToMarkdown(result.right);
 * // => "## Apportionment: D'Hondt (Jefferson)\n\n..." with "| A | 4 |" in the seats table and
 * //    "| A | **100000** | **50000** | **100000/3** | **25000** | 20000 |" in the quotients
 * ```
 *
 * @category rendering
 */
export const apportionmentToMarkdown = (
  apportionment: Apportionment,
  options?: MarkdownOptions,
): string => {
  const r = record(apportionment);
  const quotients = record(r["quotients"]);
  const parties = size(r["parties"]);
  // The widest row of quotients, read for the parties only (at most the first `parties` rows).
  const columns = Object.keys(quotients)
    .slice(0, parties)
    .reduce((most, party) => Math.max(most, size(own(quotients, party))), 0);
  const context = prepare(
    options,
    parties * (columns + 6) +
      size(r["alternatives"]) * (parties + 1) +
      size(r["excluded"]) +
      size(r["tieBreaks"]) +
      size(r["explanation"]),
  );
  if (typeof context === "string") return context;
  const partyNames = names(r["parties"]);
  const seats = record(r["seats"]);
  const excluded = names(r["excluded"]);
  const threshold = record(r["threshold"]);
  const name = r["name"] === undefined ? esc(r["method"]) : esc(r["name"]);
  const quotaSeats = record(r["quotaSeats"]);
  const remainders = record(r["remainders"]);
  const largestRemainder = isRecord(r["quotaSeats"]) || isRecord(r["remainders"]);
  const unallocated = numberOf(r["unallocated"]);
  return document([
    title(context, `Apportionment: ${name}`),
    facts([
      ["Seats", esc(r["totalSeats"])],
      ["Votes", exact(r["totalVotes"])],
      ...(threshold["fraction"] === undefined
        ? []
        : [
            [
              "Threshold",
              `${exact(threshold["fraction"])} of the votes, so at least ${exact(threshold["minimumVotes"])} votes`,
            ] as [string, string],
            ["Votes of the parties that passed it", exact(r["eligibleVotes"])] as [string, string],
          ]),
      ...(excluded.length === 0
        ? []
        : [["Below the threshold", nameList(excluded)] as [string, string]]),
      ...(r["divisors"] === undefined
        ? []
        : [["Divisors", esc(r["divisors"])] as [string, string]]),
      ...(r["quota"] === undefined ? [] : [["Quota", exact(r["quota"])] as [string, string]]),
      ...(unallocated !== undefined && unallocated > 0
        ? [["Seats left unallocated by a tie", plain(unallocated)] as [string, string]]
        : []),
    ]),
    `${section(context, "Seats")}\n\n${table(
      [
        "party",
        "seats",
        ...(largestRemainder ? ["seats from whole quotas", "remainder (votes)"] : []),
      ],
      partyNames.map((party) => [
        excluded.includes(party) ? `${esc(party)} (below the threshold)` : esc(party),
        esc(own(seats, party)),
        ...(largestRemainder ? [esc(own(quotaSeats, party)), exact(own(remainders, party))] : []),
      ]),
      ["l", "r", "r", "r"],
    )}`,
    quotientTable(context, partyNames, quotients, seats, columns),
    cutoff(context, record(r["cutoff"])),
    alternatives(context, list(r["alternatives"]).map(record), partyNames),
    ties(context, r["tieBreaks"]),
    explanation(context, r["explanation"]),
  ]);
};

const quotientTable = (
  context: Context,
  parties: readonly string[],
  quotients: Fields,
  seats: Fields,
  columns: number,
): string | undefined => {
  const rows = parties.filter((party) => Object.hasOwn(quotients, party));
  if (rows.length === 0 || columns === 0) return undefined;
  return `${section(context, "Quotients")}\n\nEach party's votes divided by the divisor for its first, second, ... seat; in bold the quotients that won a seat.\n\n${table(
    ["party", ...Array.from({ length: columns }, (_, i) => `seat ${i + 1}`)],
    rows.map((party) => {
      const row = list(own(quotients, party));
      const won = numberOf(own(seats, party)) ?? 0;
      return [
        esc(party),
        ...Array.from({ length: columns }, (_, i) =>
          i >= row.length ? "" : i < won ? `**${exact(row[i])}**` : exact(row[i]),
        ),
      ];
    }),
    ["l", ...Array.from({ length: columns }, (): "r" => "r")],
  )}`;
};

const cutoff = (context: Context, c: Fields): string | undefined => {
  const line = (label: string, value: unknown): [string, string][] =>
    isRecord(value) ? [[label, `${esc(value["party"])}, at ${exact(value["quotient"])}`]] : [];
  const lines = [
    ...line("Last seat given", c["last"]),
    ...line("Best quotient left without a seat", c["next"]),
  ];
  return lines.length === 0 ? undefined : `${section(context, "Cutoff")}\n\n${facts(lines)}`;
};

const alternatives = (
  context: Context,
  all: readonly Fields[],
  parties: readonly string[],
): string | undefined =>
  all.length === 0
    ? undefined
    : `${section(context, "Allocations the tie allows")}\n\n${numbered(
        all.map((seats) =>
          parties.map((party) => `${esc(party)} ${esc(own(seats, party))}`).join(", "),
        ),
      )}`;
