/**
 * Horizontal bar charts: one row per name, one bar per series, lengths proportional to the values
 * on a scale from zero (negative values run left of a zero line). Horizontal, so that long names
 * (a candidate, a party, a project) stay readable at the left of their bars.
 *
 * @internal
 * @module
 */
import {
  type Drawing,
  documentOf,
  el,
  type LegendItem,
  label,
  legend,
  n,
  type PatternRef,
  type Style,
  text,
} from "./svg.js";

/** One bar. @internal */
export interface Bar {
  readonly value: number;
  /** The label at the bar's end (the exact value as the result gives it). */
  readonly text: string;
  /** A line from `low` to `high` across the bar (an interval or a range). */
  readonly whisker?: readonly [number, number];
  /** A fill other than the series' own (a winner). */
  readonly fill?: string | PatternRef;
}

/** A series: its key (a `data-series` attribute), its name in the legend and its colour. @internal */
export interface Series {
  readonly key: string;
  readonly name: string;
  readonly color: string;
}

/** One row: a name and one bar per series (undefined: no bar). @internal */
export interface BarRow {
  readonly name: string;
  readonly bars: readonly (Bar | undefined)[];
  /** Words after the last bar's value, e.g. `"winner"` (colour is never the only sign). */
  readonly note?: string;
}

/** What {@link barChart} draws. @internal */
export interface BarChart {
  readonly chart: string;
  readonly title: string;
  readonly desc: string;
  readonly series: readonly Series[];
  readonly rows: readonly BarRow[];
  /** Legend items beyond the series. */
  readonly legend?: readonly LegendItem[];
  /** Vertical reference lines across the plot (e.g. an average), with their labels. */
  readonly references?: readonly { readonly value: number; readonly label: string }[];
  /** The scale's largest value at least (so shares can run to 100 %). */
  readonly atLeast?: number;
  readonly defs?: string;
}

/** The marks a bar chart draws: one per bar, for the work limit. @internal */
export const barMarks = (rows: number, series: number): number => rows * Math.max(1, series);

/** Draws a horizontal bar chart. @internal */
export const barChart = (chart: BarChart, style: Style): string => {
  const fs = style.fontSize;
  const pad = 12;
  const width = style.width;
  const headerHeight = fs * 2.4;
  const barHeight = fs * 1.3;
  const rowGap = fs * 0.7;
  const rowHeight = barHeight * Math.max(1, chart.series.length) + rowGap;
  const longest = chart.rows.reduce((m, row) => Math.max(m, row.name.length), 4);
  const labelWidth = Math.min(width * 0.3, longest * fs * 0.6 + 8);
  const valueWidth = fs * 0.6 * 18;
  const plotX = pad + labelWidth;
  const plotWidth = Math.max(20, width - plotX - pad - valueWidth);

  let lo = 0;
  let hi = chart.atLeast ?? 0;
  for (const row of chart.rows) {
    for (const bar of row.bars) {
      if (bar === undefined) continue;
      lo = Math.min(lo, bar.value, bar.whisker?.[0] ?? 0);
      hi = Math.max(hi, bar.value, bar.whisker?.[1] ?? 0);
    }
  }
  for (const reference of chart.references ?? []) hi = Math.max(hi, reference.value);
  if (!(hi > lo)) hi = lo + 1;
  const x = (v: number): number => plotX + ((v - lo) / (hi - lo)) * plotWidth;
  const zero = x(0);

  const parts: string[] = [];
  parts.push(
    text(chart.title, {
      x: pad,
      y: pad + fs,
      fill: style.colors.text,
      "font-weight": "bold",
      "data-heading": "",
    }),
  );
  const top = pad + headerHeight;
  chart.rows.forEach((row, r) => {
    const y = top + r * rowHeight;
    const rowParts: string[] = [
      label(row.name, labelWidth - 8, style, {
        x: plotX - 8,
        y: y + (barHeight * chart.series.length) / 2 + fs * 0.35,
        "text-anchor": "end",
        fill: style.colors.text,
      }),
    ];
    row.bars.forEach((bar, s) => {
      const series = chart.series[s];
      if (bar === undefined || series === undefined) return;
      const by = y + s * barHeight;
      const start = Math.min(zero, x(bar.value));
      const length = Math.abs(x(bar.value) - zero);
      rowParts.push(
        el("rect", {
          class: "bar",
          "data-series": series.key,
          "data-key": row.name,
          "data-value": bar.text,
          x: start,
          y: by + 1,
          width: length,
          height: barHeight - 2,
          fill: bar.fill ?? series.color,
        }),
      );
      if (bar.whisker !== undefined) {
        const [low, high] = bar.whisker;
        const wy = by + barHeight / 2;
        rowParts.push(
          el("path", {
            "data-whisker": "",
            d: `M${n(x(low))} ${n(wy)}H${n(x(high))}M${n(x(low))} ${n(wy - 3)}V${n(wy + 3)}M${n(x(high))} ${n(wy - 3)}V${n(wy + 3)}`,
            stroke: style.colors.text,
            "stroke-width": 1,
            fill: "none",
          }),
        );
      }
      const isLast = s === row.bars.length - 1;
      const end = Math.max(x(bar.value), zero, bar.whisker === undefined ? 0 : x(bar.whisker[1]));
      rowParts.push(
        text(isLast && row.note !== undefined ? `${bar.text} ${row.note}` : bar.text, {
          x: end + 4,
          y: by + barHeight / 2 + fs * 0.35,
          fill: style.colors.text,
        }),
      );
    });
    parts.push(`<g data-row="">${rowParts.join("")}</g>`);
  });
  const bottom = top + chart.rows.length * rowHeight;
  if (lo < 0) {
    parts.push(
      el("line", {
        x1: zero,
        y1: top - 4,
        x2: zero,
        y2: bottom,
        stroke: style.colors.axis,
        "stroke-width": 1,
      }),
    );
  } else {
    parts.push(
      el("line", {
        x1: plotX,
        y1: top - 4,
        x2: plotX,
        y2: bottom,
        stroke: style.colors.axis,
        "stroke-width": 1,
      }),
    );
  }
  for (const reference of chart.references ?? []) {
    const rx = x(reference.value);
    parts.push(
      el("line", {
        "data-reference": reference.label,
        x1: rx,
        y1: top - 4,
        x2: rx,
        y2: bottom,
        stroke: style.colors.text,
        "stroke-width": 1,
        "stroke-dasharray": "4 3",
      }),
      text(reference.label, {
        x: rx,
        y: top - 6,
        "text-anchor": "middle",
        fill: style.colors.text,
      }),
    );
  }
  const items: LegendItem[] = [
    ...(chart.series.length > 1
      ? chart.series.map((series) => ({
          swatch: el("rect", { x: 0, y: 1, width: 12, height: 10, fill: series.color }),
          label: series.name,
        }))
      : []),
    ...(chart.legend ?? []),
  ];
  const key = legend(items, pad, bottom + fs, width - 2 * pad, style);
  parts.push(key.body);
  const drawing: Drawing = {
    chart: chart.chart,
    title: chart.title,
    desc: chart.desc,
    width,
    height: Math.ceil(bottom + fs + key.height + pad),
    ...(chart.defs === undefined ? {} : { defs: chart.defs }),
    body: parts.join("\n"),
  };
  return documentOf(drawing, style);
};
