/**
 * The Markdown view of a process assessment (`Assessment`, from `co-decide/process`): the flags
 * first (what needs attention, with the evidence and the threshold behind each), then every
 * indicator under its factor.
 *
 * @module
 */
import type { Assessment } from "../../process/index.js";
import { type MarkdownOptions, prepare, section, title } from "./options.js";
import { document, esc, list, MISSING, record, size, table } from "./write.js";

/** The five factors, in the order the evidence gives them, with their headings. */
const FACTORS: readonly (readonly [keyof Assessment["factors"], string])[] = [
  ["depth", "Depth of engagement"],
  ["power", "Equalising power"],
  ["followThrough", "Follow-through"],
  ["time", "Time"],
  ["moment", "The right moment"],
];

/** A JSON value in a cell: strings and numbers as they are, anything else as compact JSON. */
const value = (v: unknown): string =>
  v === null || v === undefined
    ? MISSING
    : typeof v === "string" || typeof v === "number" || typeof v === "boolean"
      ? esc(v)
      : esc(JSON.stringify(v));

/** `key: value; key: value` for a flag's evidence. */
const evidence = (fields: unknown): string =>
  Object.entries(record(fields))
    .map(([k, v]) => `${esc(k)}: ${value(v)}`)
    .join("; ");

/**
 * A process assessment as Markdown: the flags raised (severity, what was found, the evidence, the
 * threshold in force and its default, the source), then one table per factor with each
 * indicator's value and the method behind it.
 *
 * @remarks
 * The indicators and flags are those of `assessProcess` (see `docs/assessing-a-process.md`); this
 * view adds nothing and leaves nothing out but the indicators' exact inputs, which stay in the
 * data. O(indicators + flags), within `options.maxCells` (see `MARKDOWN_CELLS`). Never
 * throws.
 *
 * @param result - what `assessProcess` returned.
 * @param options - heading level, title, cell limit.
 * @returns the Markdown document.
 *
 * @example
 * ```ts
 * import { assessmentToMarkdown } from "co-decide/render";
 *
 * const md = assessmentToMarkdown({
 *   version: 1, processId: "youth-fund", asOf: "2025-06-30", thresholds: {} as never,
 *   factors: { depth: [], power: [], followThrough: [], time: [], moment: [] }, flags: [],
 * });
 * md.startsWith("## Assessment of youth-fund as of 2025-06-30"); // => true
 * ```
 *
 * @category rendering
 */
export const assessmentToMarkdown = (result: Assessment, options?: MarkdownOptions): string => {
  const r = record(result);
  const factors = record(r["factors"]);
  const flags = list(r["flags"]).map(record);
  const indicators = FACTORS.reduce((sum, [key]) => sum + size(factors[key]), 0);
  const context = prepare(options, 4 * indicators + 6 * flags.length + 10);
  if (typeof context === "string") return context;
  return document([
    title(context, `Assessment of ${esc(r["processId"])} as of ${esc(r["asOf"])}`),
    `${section(context, "Flags")}\n\n${
      flags.length === 0
        ? "No flag raised: every indicator is within its threshold."
        : table(
            [
              "flag",
              "severity",
              "about",
              "what was found",
              "evidence",
              "threshold (default)",
              "source",
            ],
            flags.map((f) => {
              const t = record(f["threshold"]);
              return [
                esc(f["id"]),
                esc(f["severity"]),
                f["subject"] === null ? "the whole process" : esc(f["subject"]),
                esc(f["message"]),
                evidence(f["evidence"]),
                `${esc(t["name"])} ${value(t["value"])} (${value(t["default"])})`,
                esc(f["citation"]),
              ];
            }),
          )
    }`,
    ...FACTORS.map(([key, heading]) => {
      const rows = list(factors[key]).map(record);
      return `${section(context, heading)}\n\n${
        rows.length === 0
          ? "No indicator."
          : table(
              ["indicator", "about", "value", "method"],
              rows.map((i) => [
                esc(i["label"]),
                i["subject"] === null ? "the whole process" : esc(i["subject"]),
                value(i["value"]),
                esc(i["method"]),
              ]),
            )
      }`;
    }),
  ]);
};
