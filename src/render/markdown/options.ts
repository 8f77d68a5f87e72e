/**
 * The options of the Markdown views, their work limit, and the notes a view gives instead of a
 * table (an unknown value, a result past the limit, a bad option).
 *
 * @module
 */
import { defineLimit, resolveLimit, type WorkLimit, workLimitError } from "../../core/limits.js";
import { type Align, esc, heading, table } from "./write.js";

/**
 * A person in the pool a panel was drawn from, as `selectPanel` reads it: the view uses the
 * features to show selection probabilities by group.
 *
 * @category rendering
 */
export interface PoolMember {
  readonly id: string;
  readonly features: Readonly<Record<string, string>>;
}

/**
 * Options of {@link toMarkdown} and the per-kind views.
 *
 * @category rendering
 */
export interface MarkdownOptions {
  /** The level of the view's top heading, 1 to 6 (default 2); its sections are one level below. */
  readonly headingLevel?: number | undefined;
  /** The top heading's text (default: what the result is, e.g. "Result: irv"); escaped. */
  readonly title?: string | undefined;
  /** Whether to list the explanation's steps under "How it was decided" (default true). */
  readonly explanation?: boolean | undefined;
  /** Panels: the pool drawn from, to show selection probabilities by feature (group). */
  readonly pool?: readonly PoolMember[] | undefined;
  /** The most table cells a view writes (default 1,000,000; at most 20,000,000). */
  readonly maxCells?: number | undefined;
}

/**
 * The work limit of the Markdown views: table cells (a view's time and length grow with them).
 *
 * @category rendering
 */
export const MARKDOWN_CELLS: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "toMarkdown.cells",
  unit: "table cells",
  default: 1_000_000,
  ceiling: 20_000_000,
  option: "options.maxCells",
});

/** What a view needs to know of its options, checked. @internal */
export interface Context {
  /** The top heading's level. */
  readonly level: number;
  readonly title: string | undefined;
  readonly explanation: boolean;
  readonly pool: readonly unknown[] | undefined;
}

/**
 * The checked options, or a Markdown note saying why the view will not be written: a bad
 * `maxCells`, or a result of more cells than the limit allows (`cells` is the view's estimate,
 * made before any work).
 *
 * @internal
 */
export const prepare = (options: MarkdownOptions | undefined, cells: number): Context | string => {
  const o: Partial<Record<keyof MarkdownOptions, unknown>> =
    typeof options === "object" && options !== null ? options : {};
  const limit = resolveLimit(MARKDOWN_CELLS, o.maxCells);
  if (limit._tag === "Left") return note(limit.left.message);
  if (cells > limit.right) return note(workLimitError(MARKDOWN_CELLS, cells, limit.right).message);
  const level =
    typeof o.headingLevel === "number" && Number.isInteger(o.headingLevel)
      ? Math.min(6, Math.max(1, o.headingLevel))
      : 2;
  return {
    level,
    title: typeof o.title === "string" ? o.title : undefined,
    explanation: o.explanation !== false,
    pool: Array.isArray(o.pool) ? o.pool : undefined,
  };
};

/** A short Markdown note in place of a view. @internal */
export const note = (text: string): string => `> ${esc(text)}\n`;

/** The view's top heading: the caller's title, or the default one (already escaped). @internal */
export const title = (context: Context, fallback: string): string =>
  heading(context.level, context.title === undefined ? fallback : esc(context.title));

/** A section heading, one level below the top. @internal */
export const section = (context: Context, text: string): string => heading(context.level + 1, text);

/**
 * A section holding one table (cells already escaped), with an optional sentence before it; nothing
 * when there are no rows. @internal
 */
export const tableSection = (
  context: Context,
  text: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly Align[],
  intro?: string,
): string | undefined =>
  rows.length === 0
    ? undefined
    : `${section(context, text)}\n\n${intro === undefined ? "" : `${intro}\n\n`}${table(header, rows, align)}`;
