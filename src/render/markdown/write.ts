/**
 * The pieces every Markdown view is built from: defensive readers (a view reads a result it did
 * not build, perhaps parsed back from JSON, so it never trusts a field's type), escaping, tables,
 * headings and number formats.
 *
 * @internal
 * @module
 */
import { escapeMarkdown } from "../../core/internal/markdown.js";
import { parseRational, type Rational, sub, toFixed, toFraction } from "../../core/rational.js";

/** What a cell shows when a value is missing (a candidate already out, a field not given). */
export const MISSING = "—";

/** The most items {@link list} reads of an array (the ceiling of the views' cell limit). */
const MAX_ITEMS = 20_000_000;

/** The length of an array field (0 for anything else), for the views' estimates. @internal */
export const size = (value: unknown): number => (Array.isArray(value) ? value.length : 0);

/**
 * An array field as a dense array (holes read as `undefined`), or an empty array. An array longer
 * than any view may write is read as empty: the views count every array they show in their
 * estimate, so they refuse such a result before they get here.
 *
 * @internal
 */
export const list = (value: unknown): readonly unknown[] =>
  Array.isArray(value) && value.length <= MAX_ITEMS
    ? Array.from({ length: value.length }, (_, i) => value[i])
    : [];

/** A record field (a plain object, not an array), or an empty record. @internal */
export const record = (value: unknown): Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Readonly<Record<string, unknown>>)
    : {};

/** Whether a field is a record. @internal */
export const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** An own property only: a candidate named `__proto__` or `constructor` reads its own value. @internal */
export const own = (value: Readonly<Record<string, unknown>>, key: string): unknown =>
  Object.hasOwn(value, key) ? value[key] : undefined;

/** The own keys of a record, sorted by UTF-16 code units (the same order in every runtime). @internal */
export const sortedKeys = (value: Readonly<Record<string, unknown>>): string[] =>
  Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** A string field, or `undefined`. @internal */
export const stringOf = (value: unknown): string | undefined =>
  typeof value === "string" ? value : undefined;

/** A finite number field, or `undefined`. @internal */
export const numberOf = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isFinite(value) ? value : undefined;

/** The names in an array field (non-strings dropped). @internal */
export const names = (value: unknown): string[] =>
  list(value).filter((x): x is string => typeof x === "string");

/**
 * A value as text, unescaped: strings as they are, finite numbers, bigints and booleans in their
 * usual form, anything else as `—`.
 *
 * @internal
 */
export const plain = (value: unknown): string => {
  switch (typeof value) {
    case "string":
      return value;
    case "number":
      return Number.isFinite(value) ? String(value) : MISSING;
    case "bigint":
    case "boolean":
      return String(value);
    default:
      return MISSING;
  }
};

/** A value as escaped inline Markdown (see {@link plain}). @internal */
export const esc = (value: unknown): string => {
  if (Number.isSafeInteger(value)) return String(value); // digits and a sign: nothing to escape
  const text = plain(value);
  return text === MISSING ? MISSING : escapeMarkdown(text);
};

/** Names joined with commas, each escaped; `—` for none. @internal */
export const nameList = (value: unknown): string => {
  const all = names(value);
  return all.length === 0 ? MISSING : all.map(escapeMarkdown).join(", ");
};

/** A reported (floating point) metric to `digits` places, `—` when not a finite number. @internal */
export const decimal = (value: unknown, digits: number): string => {
  const n = numberOf(value);
  if (n === undefined) return MISSING;
  const text = n.toFixed(digits);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
};

/** A rate in [0, 1] as a percentage with one decimal place, `—` for `null`. @internal */
export const percent = (value: unknown): string => {
  const n = numberOf(value);
  return n === undefined ? MISSING : `${decimal(n * 100, 1)}%`;
};

/** A yes/no cell. @internal */
export const yesNo = (value: unknown): string =>
  value === true ? "yes" : value === false ? "no" : MISSING;

/** A heading at `level` (clamped to 1..6). @internal */
export const heading = (level: number, text: string): string =>
  `${"#".repeat(Math.min(6, Math.max(1, level)))} ${text}`;

/** Column alignment: `l` left (names, text), `r` right (numbers). @internal */
export type Align = "l" | "r";

/**
 * A GitHub-flavoured Markdown table. Cells must already be escaped; a row shorter than the
 * header is padded with empty cells, a longer one cut.
 *
 * @internal
 */
export const table = (
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string => {
  const width = header.length;
  const line = (cells: readonly string[]): string =>
    `| ${(cells.length === width ? cells : Array.from({ length: width }, (_, i) => cells[i] ?? "")).join(" | ")} |`;
  const rule = `| ${header.map((_, i) => (align[i] === "r" ? "---:" : "---")).join(" | ")} |`;
  return [line(header), rule, ...rows.map(line)].join("\n");
};

/** A numbered list of escaped sentences. @internal */
export const numbered = (items: readonly string[]): string =>
  items.map((item, i) => `${i + 1}. ${item}`).join("\n");

/** A bulleted list of escaped sentences. @internal */
export const bullets = (items: readonly string[]): string =>
  items.map((item) => `- ${item}`).join("\n");

/** `- **label:** value` lines (labels are the view's own words; values already escaped). @internal */
export const facts = (pairs: readonly (readonly [string, string])[]): string =>
  bullets(pairs.map(([label, value]) => `**${label}:** ${value}`));

/** An exact value (a whole number or a `"p/q"` or decimal string) as an escaped cell. @internal */
export const exact = (value: unknown): string => esc(value);

/** The number of decimal places of a decimal string (0 for a whole number or a fraction). */
const places = (text: string): number => {
  const dot = text.indexOf(".");
  return dot < 0 || text.includes("/") ? 0 : text.length - dot - 1;
};

const asRational = (value: unknown): Rational | undefined =>
  typeof value === "string" || (typeof value === "number" && Number.isFinite(value))
    ? parseRational(value)
    : undefined;

/**
 * The exact change from `before` to `after` (two exact values), signed (`+1.5`, `-0.25`, `0`), at
 * the decimal places the two are written with; a fraction when either is one. `—` when either is
 * missing or not a number.
 *
 * @internal
 */
export const change = (before: unknown, after: unknown): string => {
  const a = asRational(before);
  const b = asRational(after);
  if (a === undefined || b === undefined) return MISSING;
  const delta = sub(b, a);
  const fraction = String(before).includes("/") || String(after).includes("/");
  const digits = Math.max(places(String(before)), places(String(after)));
  const text = fraction ? toFraction(delta) : toFixed(delta, digits, "truncate");
  return delta.num > 0n ? `+${text}` : text;
};

/** The blocks of a view joined by blank lines, ending with one newline. @internal */
export const document = (blocks: readonly (string | undefined)[]): string =>
  `${blocks.filter((b): b is string => b !== undefined && b !== "").join("\n\n")}\n`;
