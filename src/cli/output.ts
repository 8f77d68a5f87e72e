/**
 * The output stage: one function per `--format`, each turning a command's result into the text
 * printed on standard output. `md` and `svg` come from `co-decide/render` (`toMarkdown`, `toSvg`);
 * a result with no chart (the methods list, a ledger check or report, an assessment) asked for as
 * `svg` is a usage error.
 *
 * @internal
 * @module
 */

import type { LedgerSeal } from "../commitments/integrity.js";
import type { LedgerMetrics } from "../commitments/metrics.js";
import type { Allocation } from "../committees/budget/instance.js";
import type { Explanation } from "../core/explanation.js";
import type { Outcome } from "../core/outcome.js";
import type { AnyMethodDefinition } from "../counting/method.js";
import type { PowerResult } from "../power/result.js";
import type { Assessment, Indicator } from "../process/assess.js";
import { toMarkdown } from "../render/markdown/to-markdown.js";
import { toSvg } from "../render/svg/to-svg.js";
import { methodsTable } from "../voting/methods-table.js";
import { UsageError } from "./command.js";

/** What a command prints: its result, tagged by kind so each format can show it its own way. */
export type CliResult =
  | { readonly kind: "outcome"; readonly value: Outcome }
  | { readonly kind: "allocation"; readonly value: Allocation }
  | { readonly kind: "power"; readonly value: PowerResult }
  | {
      readonly kind: "methods";
      readonly value: {
        readonly methods: readonly AnyMethodDefinition[];
        readonly budget: readonly string[];
      };
    }
  | { readonly kind: "ledger-verify"; readonly value: LedgerSeal }
  | { readonly kind: "ledger-metrics"; readonly value: LedgerMetrics }
  | { readonly kind: "ledger-report"; readonly value: string }
  | { readonly kind: "assessment"; readonly value: Assessment };

/** One output format: the result in, the text to print out (ending with a line break). */
export type Formatter = (result: CliResult) => string;

/** Every output format, by its `--format` name. */
export const FORMATS: Readonly<Record<string, Formatter>> = {
  text: (result) => text(result),
  json: (result) => `${JSON.stringify(jsonOf(result), null, 2)}\n`,
  md: (result) => markdown(result),
  svg: (result) => svg(result),
};

/** The formats' names, for help texts. */
export const FORMAT_NAMES: string = Object.keys(FORMATS).join("|");

/** The formatter `--format` names (default text), or a usage error. */
export const formatterOf = (name: string | undefined): Formatter => {
  const chosen = name ?? "text";
  const formatter = Object.hasOwn(FORMATS, chosen) ? FORMATS[chosen] : undefined;
  if (formatter === undefined) {
    throw new UsageError(`unknown --format ${JSON.stringify(chosen)} (expected ${FORMAT_NAMES})`);
  }
  return formatter;
};

const jsonOf = (result: CliResult): unknown => {
  if (result.kind === "methods") {
    return {
      methods: result.value.methods.map((m) => ({
        id: m.id,
        name: m.name,
        ballotKind: m.ballotKind,
        multiSeat: m.multiSeat === true,
        summary: m.summary,
        source: m.source,
        satisfies: m.satisfies,
        fails: m.fails,
        complexity: m.complexity,
      })),
      budget: result.value.budget,
    };
  }
  if (result.kind === "ledger-report") return { report: result.value };
  return result.value;
};

const text = (result: CliResult): string => {
  switch (result.kind) {
    case "outcome":
      return outcomeText(result.value);
    case "allocation":
      return allocationText(result.value);
    case "power":
      return powerText(result.value);
    case "methods":
      return methodsText(result.value.methods, result.value.budget);
    case "ledger-verify":
      return `The hash chain holds: ${result.value.count} events checked.\nHead: ${result.value.head ?? "(empty ledger)"}\n`;
    case "ledger-metrics":
      return metricsText(result.value);
    case "ledger-report":
      return result.value.endsWith("\n") ? result.value : `${result.value}\n`;
    case "assessment":
      return assessmentText(result.value);
  }
};

const lines = (...parts: readonly (string | readonly string[] | undefined)[]): string =>
  `${parts.flatMap((p) => (p === undefined ? [] : typeof p === "string" ? [p] : p)).join("\n")}\n`;

const explanationLines = (explanation: Explanation): string[] =>
  explanation.length === 0
    ? []
    : ["", "Explanation:", ...explanation.map((s, i) => `  ${i + 1}. ${s.text}`)];

/** An election's outcome in plain text: winners, ranking, scores, ties and the explanation. */
const outcomeText = (outcome: Outcome): string =>
  lines(
    `Method: ${outcome.method}${outcome.variant === undefined ? "" : ` (${outcome.variant})`}`,
    `${outcome.winners.length === 1 ? "Winner" : "Winners"}: ${outcome.winners.length === 0 ? "(none)" : outcome.winners.join(", ")}`,
    outcome.ranking === undefined
      ? undefined
      : `Ranking: ${outcome.ranking.map((tier, i) => `${i + 1}. ${tier.join(" = ")}`).join("  ")}`,
    outcome.scores === undefined || Object.keys(outcome.scores).length === 0
      ? undefined
      : [
          "Scores:",
          ...Object.entries(outcome.scores).map(([name, value]) => `  ${name}: ${value}`),
        ],
    outcome.tieBreaks.length === 0
      ? undefined
      : ["Ties:", ...outcome.tieBreaks.map((t) => `  ${t.text}`)],
    explanationLines(outcome.explanation),
  );

/** A participatory budget's allocation: what is funded, the money, and the explanation. */
const allocationText = (allocation: Allocation): string =>
  lines(
    `Method: ${allocation.method} (${allocation.variant})`,
    `Funded: ${allocation.winners.length === 0 ? "(none)" : allocation.winners.join(", ")}`,
    `Budget: ${allocation.budget}  Spent: ${allocation.totalCost}  Left over: ${allocation.leftover}`,
    allocation.tieBreaks.length === 0
      ? undefined
      : ["Ties:", ...allocation.tieBreaks.map((t) => `  ${t.text}`)],
    explanationLines(allocation.explanation),
  );

const powerText = (result: PowerResult): string => {
  const width = Math.max(6, ...result.players.map((p) => p.length));
  return lines(
    `Index: ${result.index} (${result.method})`,
    "",
    `${"Player".padEnd(width)}  Value     Exact`,
    ...result.players.map((p) =>
      `${p.padEnd(width)}  ${(result.values[p] ?? 0).toFixed(6)}  ${result.exact?.[p] ?? ""}`.trimEnd(),
    ),
    result.dummies === undefined || result.dummies.length === 0
      ? undefined
      : `Dummies (never decisive): ${result.dummies.join(", ")}`,
  );
};

const methodsText = (
  methods: readonly AnyMethodDefinition[],
  budget: readonly string[],
): string => {
  const idWidth = Math.max(...methods.map((m) => m.id.length));
  return lines(
    "Methods for `co-decide count --method ID` (ballots: ranking, approval, scores or grades):",
    "",
    ...methods.map(
      (m) =>
        `  ${m.id.padEnd(idWidth)}  ${m.ballotKind.padEnd(8)}  ${m.multiSeat === true ? "seats" : "     "}  ${m.name}${claims(m)}`,
    ),
    "",
    `Participatory budgeting (.pb files and budget specs): ${budget.join(", ")}`,
  );
};

/** What a method claims beyond anonymity and neutrality, which every method claims. */
const claims = (m: AnyMethodDefinition): string => {
  const listed = m.satisfies.filter((p) => p !== "anonymity" && p !== "neutrality");
  return listed.length === 0 ? "" : ` (satisfies: ${listed.join(", ")})`;
};

const metricsText = (m: LedgerMetrics): string => {
  const o = m.overall as unknown as Readonly<Record<string, unknown>>;
  const scalar = Object.entries(o).filter(
    ([, v]) => typeof v === "number" || typeof v === "string" || v === null,
  );
  return lines(
    `As of ${m.asOf} (stale after ${m.staleAfterDays} days):`,
    ...scalar.map(([k, v]) => `  ${k}: ${v === null ? "-" : String(v)}`),
  );
};

const FACTOR_TITLES: Readonly<Record<keyof Assessment["factors"], string>> = {
  depth: "Depth of engagement",
  power: "Equalising power",
  followThrough: "Follow-through",
  time: "Time",
  moment: "The right moment",
};

const indicatorLine = (indicator: Indicator): string =>
  `  ${indicator.label}${indicator.subject === null ? "" : ` [${indicator.subject}]`}: ${
    indicator.value === null ? "not yet computable" : JSON.stringify(indicator.value)
  }`;

/** A process assessment: the flags first (what needs attention), then every indicator by factor. */
const assessmentText = (a: Assessment): string =>
  lines(
    `Process: ${a.processId}, as of ${a.asOf}`,
    "",
    a.flags.length === 0
      ? "Flags: none raised."
      : [
          `Flags (${a.flags.length}):`,
          ...a.flags.map(
            (f) =>
              `  [${f.severity}] ${f.id}${f.subject === null ? "" : ` (${f.subject})`}: ${f.message}`,
          ),
        ],
    ...(Object.keys(FACTOR_TITLES) as (keyof Assessment["factors"])[]).flatMap((factor) => [
      "",
      `${FACTOR_TITLES[factor]}:`,
      ...a.factors[factor].map(indicatorLine),
    ]),
  );

/** `--format md`: the render module's Markdown view of the result. */
const markdown = (result: CliResult): string => {
  switch (result.kind) {
    case "methods":
      return `${methodsTable()}\n\nParticipatory budgeting (.pb files and budget specs): ${result.value.budget.join(", ")}\n`;
    case "ledger-verify":
      return `The hash chain holds: ${result.value.count} events checked. Head: \`${result.value.head ?? "(empty ledger)"}\`\n`;
    case "ledger-report":
      return result.value.endsWith("\n") ? result.value : `${result.value}\n`;
    default:
      return toMarkdown(result.value);
  }
};

/** `--format svg`: the render module's chart of the result, for the results that have one. */
const svg = (result: CliResult): string => {
  switch (result.kind) {
    case "outcome":
    case "allocation":
    case "power":
    case "ledger-metrics":
      return `${toSvg(result.value)}\n`;
    default:
      throw new UsageError(
        `--format svg has no chart for ${result.kind === "assessment" ? "an assessment" : `'${result.kind}'`}; use md, text or json`,
      );
  }
};
