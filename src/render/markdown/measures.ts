/**
 * Markdown views of measurements: power indices (`PowerResult`), a ledger's follow-through
 * (`LedgerMetrics`) and the proportionality checks of an approval committee (`CheckResult`).
 *
 * @module
 */
import type { CommitmentMetrics, LedgerMetrics } from "../../commitments/index.js";
import type { CheckResult } from "../../committees/index.js";
import type { PowerResult } from "../../power/index.js";
import {
  type Context,
  type MarkdownOptions,
  prepare,
  section,
  tableSection,
  title,
} from "./options.js";
import {
  decimal,
  document,
  esc,
  exact,
  facts,
  isRecord,
  list,
  MISSING,
  nameList,
  names,
  numberOf,
  own,
  percent,
  plain,
  record,
  size,
  sortedKeys,
  table,
  yesNo,
} from "./write.js";

type Fields = Readonly<Record<string, unknown>>;

/** The optional per-player columns of a power result: field, header. */
const PLAYER_COLUMNS: readonly (readonly [string, string])[] = [
  ["exact", "exact"],
  ["swings", "swings"],
  ["pivots", "pivots"],
  ["minimalWinning", "in minimal winning coalitions"],
  ["johnstonScores", "Johnston score"],
];

/**
 * Shows a power index as Markdown: each player's value (to four decimal places) and exact value,
 * their swings (Banzhaf, Penrose, Coleman), pivots out of all orderings (Shapley-Shubik),
 * minimal winning coalitions (Deegan-Packel, Holler) or Johnston scores; the dummies (players who
 * never change the outcome); the winning coalitions; Coleman's power of the collectivity to act;
 * and, for a Monte Carlo estimate, the samples, seed and each player's interval.
 *
 * @remarks
 * Counts and exact values are shown as the result records them (decimal and `"p/q"` strings).
 * Escaping, determinism and the cell limit as in {@link outcomeToMarkdown}. O(players).
 *
 * @param result - what `powerIndex` (or `banzhaf`, `shapleyShubik`, ...) returned.
 * @param options - heading level, title, the cell limit.
 * @returns the Markdown text, ending with a newline.
 *
 * @example Banzhaf on the 1958 EEC Council of Ministers
 * ```ts
 * import { powerToMarkdown } from "co-decide/render";
 * import { powerIndex } from "co-decide/power";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const result = powerIndex({
 *   index: "banzhaf", quota: 12,
 *   weights: { France: 4, Germany: 4, Italy: 4, Belgium: 2, Netherlands: 2, Luxembourg: 1 },
 * });
 * E.isRight(result) && powerToMarkdown(result.right);
 * // => "## Power: banzhaf (exact)\n\n..." with "| France | 0.2381 | 5/21 | 10 |" and
 * //    "- **Dummies (never decisive):** Luxembourg"
 * ```
 *
 * @category rendering
 */
export const powerToMarkdown = (result: PowerResult, options?: MarkdownOptions): string => {
  const r = record(result);
  const context = prepare(
    options,
    size(r["players"]) * (PLAYER_COLUMNS.length + 3) + size(r["dummies"]),
  );
  if (typeof context === "string") return context;
  const players = names(r["players"]);
  const values = record(r["values"]);
  const columns = PLAYER_COLUMNS.filter(([key]) => isRecord(r[key]));
  const intervals = record(r["interval"]);
  const interval = isRecord(r["interval"]);
  const collectivity = record(r["collectivityPowerToAct"]);
  const lines: [string, string][] = [["Players", String(players.length)]];
  if (r["winningCoalitions"] !== undefined)
    lines.push([
      "Winning coalitions",
      `${exact(r["winningCoalitions"])}${r["coalitions"] === undefined ? "" : ` of ${exact(r["coalitions"])}`}`,
    ]);
  if (r["orderings"] !== undefined) lines.push(["Orderings of the players", exact(r["orderings"])]);
  if (r["minimalWinningCoalitions"] !== undefined)
    lines.push(["Minimal winning coalitions", exact(r["minimalWinningCoalitions"])]);
  if (Array.isArray(r["dummies"]))
    lines.push([
      "Dummies (never decisive)",
      names(r["dummies"]).length === 0 ? "none" : nameList(r["dummies"]),
    ]);
  if (isRecord(r["collectivityPowerToAct"]))
    lines.push([
      "Power of the collectivity to act",
      `${decimal(collectivity["value"], 4)} (${exact(collectivity["exact"])})`,
    ]);
  if (r["samples"] !== undefined) lines.push(["Samples", esc(r["samples"])]);
  if (r["seed"] !== undefined) lines.push(["Seed", esc(r["seed"])]);
  if (r["confidence"] !== undefined) lines.push(["Confidence", percent(r["confidence"])]);
  return document([
    title(
      context,
      `Power: ${esc(r["index"])}${r["method"] === undefined ? "" : ` (${esc(r["method"])})`}`,
    ),
    facts(lines),
    tableSection(
      context,
      "Players",
      [
        "player",
        "value",
        ...columns.map(([, header]) => header),
        ...(interval ? ["interval"] : []),
      ],
      players.map((player) => [
        esc(player),
        decimal(own(values, player), 4),
        ...columns.map(([key]) => {
          const v = own(record(r[key]), player);
          return v === undefined ? MISSING : exact(v);
        }),
        ...(interval ? [range(own(intervals, player))] : []),
      ]),
      ["l", "r", ...columns.map((): "r" => "r"), "r"],
    ),
  ]);
};

const range = (value: unknown): string => {
  const pair = list(value);
  return pair.length === 2 ? `${decimal(pair[0], 4)} to ${decimal(pair[1], 4)}` : MISSING;
};

/**
 * Shows a ledger's follow-through as Markdown: overall (commitments, due, delivered, the
 * follow-through and on-time rates, overdue, broken, renegotiated, verified, gone quiet, and the
 * slip in days), the same per owner and per party, and the overdue and stale commitments.
 *
 * @remarks
 * Rates are reported metrics, shown as percentages to one decimal place (`—` where nothing was
 * due). Owners and parties are listed in code-unit order, so the view does not depend on the order
 * the ledger met them in. Titles, owners and parties are escaped. Determinism and the cell limit as
 * in {@link outcomeToMarkdown}. O(owners + parties + overdue + stale).
 *
 * @param result - what `metrics` returned.
 * @param options - heading level, title, the cell limit.
 * @returns the Markdown text, ending with a newline.
 *
 * @example One promise kept
 * ```ts
 * import { ledgerMetricsToMarkdown } from "co-decide/render";
 * import { metrics, replay } from "co-decide/commitments";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const state = replay([
 *   { id: "e1", seq: 1, at: "2025-01-10", type: "committed", commitment: { id: "c1",
 *     title: "Reopen the youth centre", owner: "Council housing team", party: "authority",
 *     madeAt: "2025-01-10", dueAt: "2025-06-30" } },
 *   { id: "e2", seq: 2, at: "2025-06-20", type: "delivered", commitmentId: "c1" },
 * ]);
 * const result = E.isRight(state) ? metrics(state.right, { asOf: "2025-07-01" }) : state;
 * E.isRight(result) && ledgerMetricsToMarkdown(result.right);
 * // => "## Follow-through as of 2025-07-01\n\n..." with "| follow-through rate | 100.0% |"
 * ```
 *
 * @category rendering
 */
export const ledgerMetricsToMarkdown = (
  result: LedgerMetrics,
  options?: MarkdownOptions,
): string => {
  const r = record(result);
  const overall = record(r["overall"]);
  const byOwner = record(r["byOwner"]);
  const byParty = record(r["byParty"]);
  const context = prepare(
    options,
    9 * (Object.keys(byOwner).length + Object.keys(byParty).length) +
      30 +
      7 * size(overall["overdue"]) +
      5 * size(overall["stale"]),
  );
  if (typeof context === "string") return context;
  const overdue = list(overall["overdue"]).map(record);
  const stale = list(overall["stale"]).map(record);
  return document([
    title(context, `Follow-through as of ${esc(r["asOf"])}`),
    `${section(context, "Overall")}\n\n${table(["measure", "value"], overallRows(overall, r["staleAfterDays"]), ["l", "r"])}`,
    groupTable(context, "By owner", "owner", byOwner),
    groupTable(context, "By party", "party", byParty),
    tableSection(
      context,
      "Overdue",
      ["commitment", "title", "owner", "party", "due", "days overdue", "status"],
      overdue.map((c) => [
        esc(c["id"]),
        esc(c["title"]),
        esc(c["owner"]),
        esc(c["party"]),
        esc(c["dueAt"]),
        esc(c["daysOverdue"]),
        esc(c["status"]),
      ]),
      ["l", "l", "l", "l", "l", "r", "l"],
    ),
    tableSection(
      context,
      "Gone quiet",
      ["commitment", "title", "owner", "last event", "days since"],
      stale.map((c) => [
        esc(c["id"]),
        esc(c["title"]),
        esc(c["owner"]),
        esc(c["lastEventOn"]),
        esc(c["daysSinceLastEvent"]),
      ]),
      ["l", "l", "l", "l", "r"],
      `Open commitments with no event for ${esc(r["staleAfterDays"])} days or more.`,
    ),
  ]);
};

/** `n (rate)`, e.g. `1 (50.0%)`. */
const withRate = (count: unknown, rate: unknown): string => `${esc(count)} (${percent(rate)})`;

const overallRows = (m: Fields, staleAfterDays: unknown): string[][] => {
  const slip = record(m["slip"]);
  const days = (v: unknown): string => (numberOf(v) === undefined ? MISSING : plain(v));
  return [
    ["commitments", esc(m["total"])],
    ["due", esc(m["due"])],
    ["delivered, of those due", esc(m["delivered"])],
    ["follow-through rate", percent(m["followThroughRate"])],
    ["on time", withRate(m["onTime"], m["onTimeRate"])],
    ["on time against the original date", withRate(m["onTimeOriginal"], m["onTimeOriginalRate"])],
    ["overdue", String(size(m["overdue"]))],
    ["broken", withRate(size(m["broken"]), m["brokenRate"])],
    ["renegotiated", withRate(m["renegotiated"], m["renegotiationRate"])],
    ["deliveries", esc(m["deliveries"])],
    ["deliveries verified", withRate(m["verified"], m["verifiedShare"])],
    [`no event for ${esc(staleAfterDays)} days or more`, String(size(m["stale"]))],
    [
      "slip in days (median, 90th percentile, most)",
      `${days(slip["median"])}, ${days(slip["p90"])}, ${days(slip["max"])}`,
    ],
  ];
};

const groupTable = (
  context: Context,
  heading: string,
  label: string,
  groups: Fields,
): string | undefined => {
  const keys = sortedKeys(groups);
  if (keys.length === 0) return undefined;
  return `${section(context, heading)}\n\n${table(
    [label, "commitments", "due", "delivered", "follow-through", "on time", "overdue", "broken"],
    keys.map((key) => {
      const m = record(own(groups, key)) as Partial<Record<keyof CommitmentMetrics, unknown>>;
      return [
        esc(key),
        esc(m.total),
        esc(m.due),
        esc(m.delivered),
        percent(m.followThroughRate),
        percent(m.onTimeRate),
        String(size(m.overdue)),
        String(size(m.broken)),
      ];
    }),
    ["l", "r", "r", "r", "r", "r", "r", "r"],
  )}`;
};

const PROPERTIES: Readonly<Record<string, string>> = {
  jr: "JR (justified representation)",
  pjr: "PJR (proportional justified representation)",
  ejr: "EJR (extended justified representation)",
  "ejr-plus": "EJR+",
  fjr: "FJR (fully justified representation)",
  core: "the core",
  priceability: "priceability",
};

/**
 * Shows a proportionality check of an approval committee as Markdown: the property, whether it
 * holds, and when it does not, the witness: the group of voters short-changed, how many they
 * are, the candidates they approve, what they are owed and what they got.
 *
 * @remarks
 * Escaping, determinism and the cell limit as in {@link outcomeToMarkdown}. O(size of the witness).
 *
 * @param result - what `checkCommittee` returned.
 * @param options - heading level, title, the cell limit.
 * @returns the Markdown text, ending with a newline.
 *
 * @example AV's committee leaves a third of the voters with no one: JR fails
 * ```ts
 * import { approvalProfile } from "co-decide/ballots";
 * import { checkCommittee } from "co-decide/committees";
 * import { committeeCheckToMarkdown } from "co-decide/render";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const p = approvalProfile(["a", "b", "c", "d"], [{ approve: ["a", "b", "c"], count: 4 }, { approve: ["d"], count: 2 }]);
 * const r = E.isRight(p) ? checkCommittee(p.right, ["a", "b", "c"], "jr") : undefined;
 * r && E.isRight(r) && committeeCheckToMarkdown(r.right);
 * // => "## Committee check: JR (justified representation)\n\n- **Holds:** no\n..."
 * ```
 *
 * @category rendering
 */
export const committeeCheckToMarkdown = (
  result: CheckResult,
  options?: MarkdownOptions,
): string => {
  const r = record(result);
  const witness = record(r["witness"]);
  const context = prepare(options, 10 + size(witness["ballots"]) + size(witness["candidates"]));
  if (typeof context === "string") return context;
  const property =
    typeof r["property"] === "string" ? (PROPERTIES[r["property"]] ?? esc(r["property"])) : MISSING;
  return document([
    title(context, `Committee check: ${property}`),
    facts([["Holds", yesNo(r["holds"])]]),
    isRecord(r["witness"])
      ? `${section(context, "A group short-changed")}\n\n${esc(witness["text"])}\n\n${table(
          ["voters", "candidates they approve", "owed", "got", "ballots (rows of the profile)"],
          [
            [
              exact(witness["voters"]),
              nameList(witness["candidates"]),
              esc(witness["owed"]),
              esc(witness["got"]),
              list(witness["ballots"]).map(esc).join(", ") || MISSING,
            ],
          ],
          ["r", "l", "r", "r", "l"],
        )}`
      : undefined,
  ]);
};
