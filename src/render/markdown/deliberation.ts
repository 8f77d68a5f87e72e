/**
 * Markdown views of deliberation results: decisions (`Resolution`) and panels drawn by lot
 * (`Panel`).
 *
 * @module
 */
import type { Panel, Resolution } from "../../deliberation/index.js";
import { explanation } from "./common.js";
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
  plain,
  record,
  size,
  sortedKeys,
  table,
  yesNo,
} from "./write.js";

type Fields = Readonly<Record<string, unknown>>;

const COMPARISONS: Readonly<Record<string, string>> = {
  "more-than": "more than",
  "at-least": "at least",
  "fewer-than": "fewer than",
};

const STATUSES: Readonly<Record<string, string>> = {
  passed: "passed",
  failed: "failed",
  "not-quorate": "not quorate",
  blocked: "blocked",
};

/**
 * Shows a decision as Markdown: what it came to, every requirement of the rule (the quorum first)
 * with its exact count, the test, the number needed and the fraction it comes from, whether it
 * was met and what failing it means; the responses per stance (and their weight); and the
 * objections, blocks, vetoes and fists with their reasons, and the other reasons given.
 *
 * @remarks
 * Counts are shown exactly as the resolution records them (`"5/2"` for half of five). Member ids,
 * stances and reasons are escaped. Determinism and the cell limit as in {@link outcomeToMarkdown}.
 * O(requirements + stances + responses with reasons + s).
 *
 * @param resolution - what `resolve` returned.
 * @param options - heading level, title, whether to list the explanation, the cell limit.
 * @returns the Markdown text, ending with a newline.
 *
 * @example One reasoned objection blocks a consent decision
 * ```ts
 * import { resolutionToMarkdown } from "co-decide/render";
 * import { resolve } from "co-decide/deliberation";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const result = resolve({
 *   rule: "consent",
 *   responses: [
 *     { member: "ana", stance: "consent" },
 *     { member: "zoe", stance: "object", reason: "no reserve for repairs" },
 *   ],
 * });
 * E.isRight(result) && resolutionToMarkdown(result.right);
 * // => "## Decision: consent, blocked\n\n..." with "| zoe | object | no reserve for repairs |"
 * ```
 *
 * @category rendering
 */
export const resolutionToMarkdown = (resolution: Resolution, options?: MarkdownOptions): string => {
  const r = record(resolution);
  const tally = record(r["tally"]);
  const context = prepare(
    options,
    8 * (size(r["requirements"]) + 1) +
      3 * Object.keys(tally).length +
      3 * (size(r["objections"]) + size(r["reasons"])) +
      size(r["explanation"]),
  );
  if (typeof context === "string") return context;
  const requirements = [
    ...(isRecord(r["quorum"]) ? [r["quorum"]] : []),
    ...list(r["requirements"]).map(record),
  ];
  const objections = list(r["objections"]).map(record);
  const reasons = list(r["reasons"]).map(record);
  const status =
    typeof r["status"] === "string" ? (STATUSES[r["status"]] ?? esc(r["status"])) : MISSING;
  const weights = record(r["weights"]);
  const weighted = isRecord(r["weights"]);
  const objected = new Set(objections.map(responseKey));
  const others = reasons.filter((response) => !objected.has(responseKey(response)));
  return document([
    title(context, `Decision: ${esc(r["rule"])}, ${status}`),
    facts([
      ["Outcome", status],
      ["Present", `${esc(r["present"])} of ${esc(r["members"])} members`],
    ]),
    tableSection(
      context,
      "Requirements",
      ["requirement", "count", "test", "needed", "fraction", "of", "met", "if not met"],
      requirements.map((q) => [
        esc(q["text"]),
        exact(q["count"]),
        typeof q["comparison"] === "string"
          ? (COMPARISONS[q["comparison"]] ?? esc(q["comparison"]))
          : MISSING,
        exact(q["needed"]),
        q["threshold"] === undefined ? MISSING : exact(q["threshold"]),
        q["base"] === undefined
          ? MISSING
          : `${exact(q["base"])}${q["of"] === undefined ? "" : ` (${esc(q["of"])})`}`,
        yesNo(q["met"]),
        q["met"] === true ? "" : esc(q["effect"]),
      ]),
      ["l", "r", "l", "r", "r", "l", "l", "l"],
    ),
    tableSection(
      context,
      "Responses",
      ["stance", "responses", ...(weighted ? ["weight"] : [])],
      Object.keys(tally).map((stance) => [
        esc(stance),
        esc(own(tally, stance)),
        ...(weighted ? [exact(own(weights, stance))] : []),
      ]),
      ["l", "r", "r"],
    ),
    responsesTable(context, "Objections", objections),
    responsesTable(context, "Other reasons given", others),
    explanation(context, r["explanation"]),
  ]);
};

const responseKey = (response: Fields): string =>
  JSON.stringify([plain(response["member"]), plain(response["stance"]), plain(response["reason"])]);

const responsesTable = (
  context: Context,
  heading: string,
  rows: readonly Fields[],
): string | undefined =>
  tableSection(
    context,
    heading,
    ["member", "stance", "reason"],
    rows.map((response) => [
      esc(response["member"]),
      esc(response["stance"]),
      response["reason"] === undefined ? MISSING : esc(response["reason"]),
    ]),
  );

/**
 * Shows a panel drawn by lot as Markdown: who was selected, how the draw can be re-run (seed,
 * procedure, attempts), how the selection probabilities were found, the smallest and largest
 * probability and their Gini coefficient, every quota and how the panel meets it, the selection
 * probabilities by group (feature and value) when `options.pool` gives the pool's features, and
 * each person's probability.
 *
 * @remarks
 * Probabilities are reported metrics (estimated by seeded re-draws for `legacy`, by linear
 * programming for `leximin` and `maximin`) and are shown to four decimal places. Escaping,
 * determinism and the cell limit as in {@link outcomeToMarkdown}. O(pool + quotas + panels in the
 * distribution × panel size).
 *
 * @param panel - what `selectPanel` or `selectPanelAsync` returned.
 * @param options - as for {@link outcomeToMarkdown}, and `pool` (the spec's pool) for the
 * probabilities by group.
 * @returns the Markdown text, ending with a newline.
 *
 * @example One woman and one man from five
 * ```ts
 * import { panelToMarkdown } from "co-decide/render";
 * import { selectPanel } from "co-decide/deliberation";
 * import * as E from "fp-ts/lib/Either.js";
 *
 * const pool = [
 *   { id: "ana", features: { gender: "f" } }, { id: "bea", features: { gender: "f" } },
 *   { id: "cai", features: { gender: "m" } }, { id: "dan", features: { gender: "m" } },
 * ];
 * const panel = selectPanel({
 *   pool, panelSize: 2, method: "legacy", seed: "04 17 23 31 42",
 *   quotas: { gender: { f: { min: 1, max: 1 }, m: { min: 1, max: 1 } } },
 * });
 * E.isRight(panel) && panelToMarkdown(panel.right, { pool });
 * // => "## Citizens' panel: legacy\n\n..." with "| gender | f | 2 | 0.5000 | ..." by group
 * ```
 *
 * @category rendering
 */
export const panelToMarkdown = (panel: Panel, options?: MarkdownOptions): string => {
  const r = record(panel);
  const probabilities = record(r["probabilities"]);
  const people = Object.keys(probabilities);
  const distribution = size(r["distribution"]);
  // A panel of the distribution is as large as the panel drawn.
  const context = prepare(
    options,
    3 * people.length +
      7 * size(r["quotas"]) +
      distribution * (size(r["panel"]) + 2) +
      size(r["panel"]) +
      8 * size(record(options)["pool"]) +
      size(r["explanation"]),
  );
  if (typeof context === "string") return context;
  const quotas = list(r["quotas"]).map(record);
  const draw = record(r["draw"]);
  const selected = new Set(names(r["panel"]));
  return document([
    title(context, `Citizens' panel: ${esc(r["method"])}`),
    facts([
      ["Selected, in order", nameList(r["panel"])],
      ["Seed", esc(draw["seed"])],
      ["How to re-run the draw", esc(draw["procedure"])],
      ["Attempts", esc(draw["attempts"])],
      ["Selection probabilities", estimate(record(r["estimate"]))],
      [
        "Smallest and largest probability",
        `${decimal(r["minimum"], 4)} and ${decimal(r["maximum"], 4)}`,
      ],
      ["Gini coefficient of the probabilities", decimal(r["gini"], 4)],
      ["At most one person per household", yesNo(r["households"])],
    ]),
    tableSection(
      context,
      "Quotas",
      ["feature", "value", "min", "max", "on the panel", "in the pool", "met"],
      quotas.map((q) => [
        esc(q["feature"]),
        esc(q["value"]),
        esc(q["min"]),
        esc(q["max"]),
        esc(q["selected"]),
        esc(q["pool"]),
        yesNo(q["met"]),
      ]),
      ["l", "l", "r", "r", "r", "r", "l"],
    ),
    byGroup(context, context.pool, probabilities),
    tableSection(
      context,
      "Selection probabilities",
      ["person", "probability", "selected"],
      people.map((id) => [
        esc(id),
        decimal(own(probabilities, id), 4),
        selected.has(id) ? "yes" : "",
      ]),
      ["l", "r", "l"],
    ),
    distribution === 0
      ? undefined
      : `${section(context, "Distribution over panels")}\n\n${
          size(r["groups"]) === 0
            ? ""
            : `Each panel listed stands for every panel that takes as many people from each of the ${esc(size(r["groups"]))} groups of interchangeable people (same features, no shared household); the draw picks who within each group.\n\n`
        }${table(
          ["panel", "probability"],
          list(r["distribution"])
            .map(record)
            .map((d) => [nameList(d["panel"]), decimal(d["probability"], 4)]),
          ["l", "r"],
        )}`,
    explanation(context, r["explanation"]),
  ]);
};

const estimate = (e: Fields): string => {
  switch (e["kind"]) {
    case "monte-carlo":
      return `estimated from ${esc(e["samples"])} seeded re-draws (seed ${esc(e["seed"])}), within ±${decimal(e["margin"], 4)} (95 %)`;
    case "lp":
      return `by linear programming over ${esc(e["panels"])} panels (${esc(e["iterations"])} iterations, tolerance ${esc(e["tolerance"])})`;
    case "convex":
      return `by convex optimisation (Nash welfare) over ${esc(e["panels"])} panels (${esc(e["iterations"])} iterations, gap ${esc(e["gap"])}, tolerance ${esc(e["tolerance"])})`;
    default:
      return MISSING;
  }
};

/** Probabilities by feature and value: people, mean, lowest and highest. */
const byGroup = (
  context: Context,
  pool: readonly unknown[] | undefined,
  probabilities: Fields,
): string | undefined => {
  if (pool === undefined || pool.length === 0) return undefined;
  const groups = new Map<string, { feature: string; value: string; values: number[] }>();
  for (const person of pool) {
    const p = record(person);
    const id = typeof p["id"] === "string" ? p["id"] : undefined;
    const probability = id === undefined ? undefined : numberOf(own(probabilities, id));
    if (probability === undefined) continue;
    const features = record(p["features"]);
    for (const feature of sortedKeys(features)) {
      const value = own(features, feature);
      if (typeof value !== "string") continue;
      const key = JSON.stringify([feature, value]);
      const group = groups.get(key) ?? { feature, value, values: [] };
      group.values.push(probability);
      groups.set(key, group);
    }
  }
  if (groups.size === 0) return undefined;
  const rows = [...groups.values()]
    .sort((a, b) => order(a.feature, b.feature) || order(a.value, b.value))
    .map((g) => [
      esc(g.feature),
      esc(g.value),
      String(g.values.length),
      decimal(g.values.reduce((s, v) => s + v, 0) / g.values.length, 4),
      decimal(
        g.values.reduce((m, v) => Math.min(m, v), 1),
        4,
      ),
      decimal(
        g.values.reduce((m, v) => Math.max(m, v), 0),
        4,
      ),
    ]);
  return `${section(context, "Selection probabilities by group")}\n\n${table(
    ["feature", "value", "people", "mean", "lowest", "highest"],
    rows,
    ["l", "l", "r", "r", "r", "r"],
  )}`;
};

const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
