/**
 * The pieces every chart is drawn with: XML escaping, fixed number formatting, the colour-blind-safe
 * palette, the options and their defaults, the document wrapper (`<title>`, `<desc>`, ids derived
 * from the content) and the refusal drawn when a chart would pass its work limit.
 *
 * Everything here is deterministic: no clock, no randomness, no locale (numbers are written with
 * `String` after rounding to two decimals, which ECMAScript defines exactly), so the same input
 * gives the same bytes in every runtime.
 *
 * @internal
 * @module
 */
import { formatDecideError } from "../../core/errors.js";
import { defineLimit, type WorkLimit, workLimitError } from "../../core/limits.js";

/**
 * The Okabe-Ito palette (Okabe and Ito 2008, "Color Universal Design"): eight colours that stay
 * distinct under the common forms of colour blindness (protanopia, deuteranopia, tritanopia).
 *
 * @category rendering
 */
export const OKABE_ITO: {
  readonly black: "#000000";
  readonly orange: "#E69F00";
  readonly skyBlue: "#56B4E9";
  readonly bluishGreen: "#009E73";
  readonly yellow: "#F0E442";
  readonly blue: "#0072B2";
  readonly vermillion: "#D55E00";
  readonly reddishPurple: "#CC79A7";
} = {
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
};

/**
 * The colours of a chart, by role. Every default is an Okabe-Ito colour or a grey, and no chart
 * tells two things apart by colour alone: each role also has its own shape, outline or label.
 *
 * @category rendering
 */
export interface SvgColors {
  /** The page behind the chart (default `#FFFFFF`). */
  readonly background: string;
  /** Text (default `#1A1A1A`). */
  readonly text: string;
  /** Axes, ticks and outlines (default `#595959`). */
  readonly axis: string;
  /** Grid lines and empty tracks (default `#E0E0E0`). */
  readonly grid: string;
  /** The main series: votes held, power, probabilities (default blue `#0072B2`). */
  readonly primary: string;
  /** The comparison series: seat shares, the quota share (default sky blue `#56B4E9`). */
  readonly secondary: string;
  /** Gains: votes received in a round, funded projects, delivered commitments (default bluish green `#009E73`). */
  readonly gain: string;
  /** Losses: votes passed on, overdue commitments, unmet quotas (default vermillion `#D55E00`). */
  readonly loss: string;
  /** Winners, quota lines and late deliveries (default orange `#E69F00`). */
  readonly accent: string;
  /** Muted things: money left over, projects not funded, withdrawn commitments (default `#A6A6A6`). */
  readonly muted: string;
}

/** The default colours (see {@link SvgColors} for each role's default). @category rendering */
export const DEFAULT_SVG_COLORS: SvgColors = {
  background: "#FFFFFF",
  text: "#1A1A1A",
  axis: "#595959",
  grid: "#E0E0E0",
  // Okabe-Ito colours written out (reading OKABE_ITO here would keep it in every bundle).
  primary: "#0072B2",
  secondary: "#56B4E9",
  gain: "#009E73",
  loss: "#D55E00",
  accent: "#E69F00",
  muted: "#A6A6A6",
};

/**
 * Options every chart takes.
 *
 * @category rendering
 */
export interface SvgOptions {
  /** The width in pixels (default 720; between 160 and 8,000). */
  readonly width?: number | undefined;
  /**
   * The height in pixels. By default each chart takes the height its content needs (rows of
   * about twice the font size, plus the legend); between 120 and 20,000.
   */
  readonly height?: number | undefined;
  /** The font size in pixels (default 12; between 6 and 48). */
  readonly fontSize?: number | undefined;
  /**
   * The font family (default `system-ui, sans-serif`). Only names of fonts installed on the
   * reader's machine: a chart never loads a font, a script or a link.
   */
  readonly fontFamily?: string | undefined;
  /** Colours by role; any role left out keeps its default ({@link DEFAULT_SVG_COLORS}). */
  readonly colors?: Partial<SvgColors> | undefined;
  /** The chart's title (its `<title>`), in place of the one the chart writes. */
  readonly title?: string | undefined;
  /**
   * The most marks (bars, cells, points) a chart draws (default 20,000; up to 500,000). A chart
   * that would draw more is not drawn: the SVG returned says so and names this option
   * ({@link SVG_MARKS_LIMIT}).
   */
  readonly maxMarks?: number | undefined;
}

/**
 * The work limit of every chart: the marks (bars, matrix cells, curve points, timeline rows) it
 * would draw, counted before drawing. The cost of a chart, in time and in bytes, is linear in its
 * marks.
 *
 * @category rendering
 */
export const SVG_MARKS_LIMIT: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "toSvg.marks",
  unit: "marks",
  default: 20_000,
  ceiling: 500_000,
  option: "options.maxMarks",
});

/** The options with every default filled in. @internal */
export interface Style {
  readonly width: number;
  readonly height: number | undefined;
  readonly fontSize: number;
  readonly fontFamily: string;
  readonly colors: SvgColors;
  readonly title: string | undefined;
  readonly maxMarks: number;
}

const clampOr = (value: unknown, fallback: number, low: number, high: number): number =>
  typeof value === "number" && Number.isFinite(value)
    ? Math.min(high, Math.max(low, value))
    : fallback;

/** Reads the options, never failing: a bad value falls back to its default. @internal */
export const styleOf = (options: SvgOptions | undefined): Style => {
  const colors: Record<string, string> = { ...DEFAULT_SVG_COLORS };
  const given = options?.colors;
  if (given !== undefined && given !== null && typeof given === "object") {
    for (const key of Object.keys(DEFAULT_SVG_COLORS)) {
      const value: unknown = Object.hasOwn(given, key)
        ? (given as Record<string, unknown>)[key]
        : undefined;
      if (typeof value === "string" && value.length > 0 && value.length <= 100) {
        colors[key] = value;
      }
    }
  }
  const family = options?.fontFamily;
  const title = options?.title;
  return {
    width: Math.round(clampOr(options?.width, 720, 160, 8000)),
    height:
      typeof options?.height === "number" && Number.isFinite(options.height)
        ? Math.round(Math.min(20_000, Math.max(120, options.height)))
        : undefined,
    fontSize: clampOr(options?.fontSize, 12, 6, 48),
    fontFamily:
      typeof family === "string" && family.length > 0 && family.length <= 200
        ? family
        : "system-ui, sans-serif",
    colors: colors as unknown as SvgColors,
    title: typeof title === "string" ? title : undefined,
    maxMarks: Math.floor(
      clampOr(options?.maxMarks, SVG_MARKS_LIMIT.default, 1, SVG_MARKS_LIMIT.ceiling),
    ),
  };
};

// XML 1.0 `Char`: tab, newline, carriage return, and the code points from U+0020 except the
// surrogates and U+FFFE, U+FFFF. Anything else (a control character, a lone surrogate) cannot
// appear in an XML document even as a character reference, so it becomes U+FFFD.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const SPECIAL = /[&<>"']/g;
const ENTITY: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/**
 * Escapes text for XML content and attribute values: `& < > " '` as entities, and characters XML
 * cannot carry as U+FFFD.
 *
 * @internal
 */
export const escapeXml = (text: string): string =>
  NEEDS_ESCAPE.test(text)
    ? text.replace(NOT_XML_CHAR, "\uFFFD").replace(SPECIAL, (c) => ENTITY[c] ?? c)
    : text;

// Anything escapeXml would change: a character outside the plain ones (tab, newline, carriage
// return, and U+0020 to U+FFFD but for " & ' < > and the surrogates, paired or not: the slow path
// sorts them out). Most values (numbers, colours, names) have none.
const NEEDS_ESCAPE =
  /[^\t\n\r\u0020\u0021\u0023-\u0025\u0028-\u003B\u003D\u003F-\uD7FF\uE000-\uFFFD]/;

/** The longest text a chart writes in one place; longer text is cut with an ellipsis. @internal */
export const MAX_TEXT = 200;

/** Text cut to `max` characters (an ellipsis marks the cut). @internal */
export const cut = (text: string, max: number = MAX_TEXT): string => {
  const limit = Math.max(1, Math.floor(max));
  return text.length <= limit ? text : `${text.slice(0, Math.max(0, limit - 1))}…`;
};

/**
 * A coordinate or length, rounded to two decimals and written without exponent; a non-finite
 * value (which only a bad input could give) is written as 0.
 *
 * @internal
 */
export const n = (x: number): string => {
  if (!Number.isFinite(x)) return "0";
  const rounded = Math.round(x * 100) / 100;
  if (rounded === 0) return "0";
  if (Math.abs(rounded) >= 1e21) return rounded > 0 ? "1e21" : "-1e21";
  return String(rounded);
};

/**
 * Reads an exact value (a number, a decimal string or a `"p/q"` string) as a float, for drawing
 * only (the labels show the exact text). Anything else, and anything not finite, is `undefined`.
 *
 * @internal
 */
export const floatOf = (value: unknown): number | undefined => {
  let x: number;
  if (typeof value === "number") {
    x = value;
  } else if (typeof value === "string") {
    const text = value.trim();
    if (text.length === 0 || text.length > 400) return undefined;
    const slash = text.indexOf("/");
    x = slash < 0 ? Number(text) : Number(text.slice(0, slash)) / Number(text.slice(slash + 1));
  } else {
    return undefined;
  }
  return Number.isFinite(x) ? x : undefined;
};

/** An exact value as text for a label (the value as given, cut to a short length). @internal */
export const exactText = (value: unknown): string => {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "?";
  if (typeof value === "string") return cut(value, 24);
  return "?";
};

/** A float for a label: at most `digits` decimals, trailing zeros kept (fixed width). @internal */
export const fixed = (x: number, digits: number): string =>
  Number.isFinite(x) ? (Math.abs(x) < 1e15 ? x.toFixed(digits) : x.toExponential(3)) : "?";

/** A share as a percentage with one decimal (`"12.5%"`). @internal */
export const percent = (share: number): string => `${fixed(share * 100, 1)}%`;

/** A fill or stroke that points at one of the chart's patterns ({@link hatch}). @internal */
export interface PatternRef {
  readonly pattern: string;
}

/** `url(#<ID>-name)`: a reference to the pattern `name` of this chart. @internal */
export const patternFill = (name: string): PatternRef => ({ pattern: name });

/** An attribute's value: text (escaped), a number (formatted), a pattern reference, or left out. @internal */
export type AttrValue = string | number | PatternRef | undefined;

/** Attributes as text: each `name="value"`, values escaped; undefined ones left out. @internal */
export const attrs = (list: Readonly<Record<string, AttrValue>>): string => {
  let out = "";
  for (const [name, value] of Object.entries(list)) {
    if (value === undefined) continue;
    out += ` ${name}="${
      typeof value === "number"
        ? n(value)
        : typeof value === "string"
          ? escapeXml(value)
          : `url(#${ID}-${value.pattern})`
    }"`;
  }
  return out;
};

/** An empty element. @internal */
export const el = (name: string, list: Readonly<Record<string, AttrValue>>): string =>
  `<${name}${attrs(list)}/>`;

/** A text element (content escaped), with an optional tooltip holding the full text. @internal */
export const text = (content: string, list: Readonly<Record<string, AttrValue>>): string =>
  `<text${attrs(list)}>${escapeXml(content)}</text>`;

/** A label cut to fit `width` pixels at the font size, with the whole text as its tooltip. @internal */
export const label = (
  content: string,
  width: number,
  style: Style,
  list: Readonly<Record<string, AttrValue>>,
): string => {
  const fits = Math.max(1, Math.floor(width / (style.fontSize * 0.6)));
  const shown = cut(content, fits);
  return shown === content
    ? text(content, list)
    : `<text${attrs(list)}><title>${escapeXml(cut(content))}</title>${escapeXml(shown)}</text>`;
};

/** The FNV-1a hash of a text, as 8 hex digits: ids derived from the content. @internal */
export const hash = (content: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < content.length; i++) {
    h ^= content.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
};

/**
 * Where a chart's body writes the id prefix (for pattern fills): escaping turns every `<` of
 * user text into `&lt;`, so this token never comes from the input.
 *
 * @internal
 */
export const ID = "<ID>";

/** What {@link documentOf} wraps. @internal */
export interface Drawing {
  /** The chart's kind, as a `data-chart` attribute (e.g. `"rounds"`). */
  readonly chart: string;
  readonly title: string;
  /** The chart in words, for screen readers (`<desc>`). */
  readonly desc: string;
  readonly width: number;
  readonly height: number;
  /** Definitions (patterns) to put in `<defs>`; may use {@link ID}. */
  readonly defs?: string;
  /** The marks; may use {@link ID}. */
  readonly body: string;
}

/**
 * The SVG document: `role="img"`, `aria-labelledby` naming its `<title>` and `<desc>`, ids
 * derived from the content (two charts of different results on one page never share an id; the
 * same chart twice does, harmlessly, since both say the same).
 *
 * @internal
 */
export const documentOf = (drawing: Drawing, style: Style): string => {
  const width = drawing.width;
  const height = style.height ?? drawing.height;
  const title = cut(style.title ?? drawing.title, 500);
  const desc = cut(drawing.desc, 20_000);
  const content = `${drawing.chart}\n${title}\n${desc}\n${drawing.defs ?? ""}\n${drawing.body}`;
  const id = `cd-${drawing.chart}-${hash(content)}`;
  const defs = (drawing.defs ?? "").replaceAll(ID, id);
  const body = drawing.body.replaceAll(ID, id);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      width,
      height,
      viewBox: `0 0 ${n(width)} ${n(height)}`,
      role: "img",
      "aria-labelledby": `${id}-title ${id}-desc`,
      "data-chart": drawing.chart,
      "font-family": style.fontFamily,
      "font-size": style.fontSize,
    })}>`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    defs.length > 0 ? `<defs>${defs}</defs>` : "",
    el("rect", { width: "100%", height: "100%", fill: style.colors.background }),
    body,
    "</svg>",
  ]
    .filter((part) => part.length > 0)
    .join("\n");
};

/**
 * A chart with one line of text in place of the marks: an empty result, or a result that holds
 * nothing this chart can draw.
 *
 * @internal
 */
export const notice = (chart: string, title: string, message: string, style: Style): string =>
  documentOf(
    {
      chart,
      title,
      desc: message,
      width: style.width,
      height: Math.max(3 * style.fontSize + 24, 60),
      body: label(message, style.width - 24, style, {
        x: 12,
        y: 12 + 1.6 * style.fontSize,
        fill: style.colors.text,
        "data-notice": "empty",
      }),
    },
    style,
  );

/**
 * The chart refused by the work limit, before any drawing: the SVG names the limit and the option
 * that raises it (the message of the `Unsupported` error with reason `work_limit`).
 *
 * @internal
 */
export const refused = (
  chart: string,
  title: string,
  marks: number,
  style: Style,
): string | undefined => {
  if (marks <= style.maxMarks) return undefined;
  const message = formatDecideError(workLimitError(SVG_MARKS_LIMIT, marks, style.maxMarks));
  return documentOf(
    {
      chart,
      title: `${title} (not drawn)`,
      desc: message,
      width: style.width,
      height: Math.max(3 * style.fontSize + 24, 60),
      body: label(message, style.width - 24, style, {
        x: 12,
        y: 12 + 1.6 * style.fontSize,
        fill: style.colors.text,
        "data-notice": "work_limit",
      }),
    },
    style,
  );
};

/** A legend: swatches and their meanings in a row that wraps, from `(x, y)`. @internal */
export interface LegendItem {
  /** The swatch, drawn in a 12 × 12 box at (0, 0) (an SVG fragment). */
  readonly swatch: string;
  readonly label: string;
}

/** Draws a legend; returns its marks and its height. @internal */
export const legend = (
  items: readonly LegendItem[],
  x: number,
  y: number,
  width: number,
  style: Style,
): { readonly body: string; readonly height: number } => {
  const lineHeight = style.fontSize * 1.8;
  let cx = 0;
  let cy = 0;
  const parts: string[] = [];
  for (const item of items) {
    const itemWidth = 18 + item.label.length * style.fontSize * 0.6 + 16;
    if (cx > 0 && cx + itemWidth > width) {
      cx = 0;
      cy += lineHeight;
    }
    parts.push(
      `<g transform="translate(${n(x + cx)} ${n(y + cy)})">${item.swatch}${text(item.label, {
        x: 18,
        y: 10,
        fill: style.colors.text,
      })}</g>`,
    );
    cx += itemWidth;
  }
  return {
    body: `<g data-legend="">${parts.join("")}</g>`,
    height: items.length === 0 ? 0 : cy + lineHeight,
  };
};

/** A filled square swatch. @internal */
export const swatch = (fill: string, extra: Readonly<Record<string, string>> = {}): string =>
  el("rect", { x: 0, y: 1, width: 12, height: 10, fill, ...extra });

/** A diagonal hatch pattern (for losses and overdue time), id `<ID>-<name>`. @internal */
export const hatch = (name: string, color: string): string =>
  `<pattern id="${ID}-${name}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">${el(
    "rect",
    { width: 6, height: 6, fill: "#FFFFFF" },
  )}${el("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: color, "stroke-width": 3 })}</pattern>`;

/** Reads an own property of a record (never the prototype's; `__proto__` is an ordinary key). @internal */
export const own = <T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined =>
  record !== undefined && record !== null && Object.hasOwn(record, key) ? record[key] : undefined;

/** A list of names, "a, b and c", for descriptions. @internal */
export const listOf = (names: readonly string[], max = 12): string => {
  const shown = names.slice(0, max).map((name) => cut(name));
  if (names.length > max) shown.push(`${names.length - max} more`);
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
};
