/**
 * The Lorenz curve with its Gini coefficient.
 *
 * @module
 */
import type { LorenzPoint } from "../../power/inequality/lorenz.js";
import {
  cut,
  documentOf,
  el,
  fixed,
  legend,
  n,
  notice,
  refused,
  type SvgOptions,
  styleOf,
  text,
} from "./svg.js";

/**
 * What {@link lorenzChart} draws: the curve's points from `lorenzCurve(values)` and the Gini
 * coefficient from `gini(values)` (both in `co-decide/power`).
 *
 * @category rendering
 */
export interface LorenzChartInput {
  /** The curve, from (0, 0) to (1, 1): the share of the total held by the smallest shares of the population. */
  readonly points: readonly LorenzPoint[];
  /** The Gini coefficient (twice the area between the diagonal and the curve). */
  readonly gini?: number | undefined;
  /** What is shared, for the title and axis ("speaking time", "grant money"). */
  readonly of?: string | undefined;
}

/**
 * Draws the Lorenz curve against the diagonal of perfect equality, the area between them shaded,
 * with the Gini coefficient in the heading.
 *
 * @remarks
 * Lorenz (1905); the Gini coefficient is twice the shaded area (Gini 1912). The plot is square
 * (the largest that fits the width), population share across, cumulative share up, with grid
 * lines at every 25 %. Points are drawn as given, joined by straight lines (the curve between
 * them is linear, as `lorenzCurve` defines it); points outside [0, 1] are clamped to the plot. One
 * mark per point, refused past the marks limit (`options.maxMarks`). Never throws.
 *
 * @param input - the curve's points and the Gini coefficient.
 * @param options - sizes, colours, font (see {@link SvgOptions}).
 * @returns the SVG document as a string.
 *
 * @example Speaking time in a meeting
 * ```ts
 * import { gini, lorenzCurve } from "co-decide/power";
 * import { lorenzChart } from "co-decide/render";
 *
 * const minutes = [2, 3, 5, 30];
 * const points = lorenzCurve(minutes);
 * const g = gini(minutes);
 * if (points._tag === "Right" && g._tag === "Right") {
 *   lorenzChart({ points: points.right, gini: g.right, of: "speaking time" });
 * }
 * // => '<svg ... data-chart="lorenz" ...', headed "Lorenz curve of speaking time, Gini 0.537"
 * ```
 *
 * @category rendering
 */
export const lorenzChart = (input: LorenzChartInput, options?: SvgOptions): string => {
  const style = styleOf(options);
  const of = typeof input.of === "string" && input.of.length > 0 ? cut(input.of, 80) : "";
  const gini =
    typeof input.gini === "number" && Number.isFinite(input.gini) ? input.gini : undefined;
  const title = `Lorenz curve${of.length > 0 ? ` of ${of}` : ""}${gini === undefined ? "" : `, Gini ${fixed(gini, 3)}`}`;
  const points = Array.isArray(input.points) ? input.points : [];
  const too = refused("lorenz", title, points.length, style);
  if (too !== undefined) return too;
  const usable = points.filter(
    (p) =>
      p !== null &&
      typeof p === "object" &&
      typeof p.population === "number" &&
      typeof p.share === "number" &&
      Number.isFinite(p.population) &&
      Number.isFinite(p.share),
  );
  if (usable.length === 0) return notice("lorenz", title, "No points to draw.", style);

  const fs = style.fontSize;
  const pad = 12;
  const top = pad + fs * 2.4;
  const axisLabel = fs * 4.4;
  const side = Math.max(60, Math.min(style.width - 2 * pad - axisLabel - fs * 2, 560));
  const left = pad + axisLabel;
  const bottom = top + side;
  const clamp = (v: number): number => Math.min(1, Math.max(0, v));
  const px = (v: number): number => left + clamp(v) * side;
  const py = (v: number): number => bottom - clamp(v) * side;
  const parts: string[] = [
    text(title, { x: pad, y: pad + fs, fill: style.colors.text, "font-weight": "bold" }),
  ];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(
      el("line", {
        x1: px(tick),
        y1: top,
        x2: px(tick),
        y2: bottom,
        stroke: style.colors.grid,
        "stroke-width": 1,
      }),
      el("line", {
        x1: left,
        y1: py(tick),
        x2: left + side,
        y2: py(tick),
        stroke: style.colors.grid,
        "stroke-width": 1,
      }),
      text(`${tick * 100}%`, {
        x: px(tick),
        y: bottom + fs * 1.3,
        "text-anchor": "middle",
        fill: style.colors.axis,
      }),
      text(`${tick * 100}%`, {
        x: left - 4,
        y: py(tick) + fs * 0.35,
        "text-anchor": "end",
        fill: style.colors.axis,
      }),
    );
  }
  const curve = usable.map((p) => `${n(px(p.population))} ${n(py(p.share))}`);
  parts.push(
    el("path", {
      "data-area": "",
      d: `M${n(px(0))} ${n(py(0))}L${curve.join("L")}L${n(px(1))} ${n(py(1))}Z`,
      fill: style.colors.secondary,
      "fill-opacity": 0.35,
      stroke: "none",
    }),
    el("line", {
      "data-equality": "",
      x1: px(0),
      y1: py(0),
      x2: px(1),
      y2: py(1),
      stroke: style.colors.axis,
      "stroke-width": 1.5,
      "stroke-dasharray": "6 4",
    }),
    el("polyline", {
      class: "curve",
      points: usable.map((p) => `${n(px(p.population))},${n(py(p.share))}`).join(" "),
      fill: "none",
      stroke: style.colors.primary,
      "stroke-width": 2.5,
    }),
    el("rect", {
      x: left,
      y: top,
      width: side,
      height: side,
      fill: "none",
      stroke: style.colors.axis,
      "stroke-width": 1,
    }),
    text("share of the population, smallest first", {
      x: left + side / 2,
      y: bottom + fs * 2.7,
      "text-anchor": "middle",
      fill: style.colors.text,
    }),
    text(`cumulative share${of.length > 0 ? ` of ${of}` : ""}`, {
      x: pad + fs * 0.8,
      y: top + side / 2,
      "text-anchor": "middle",
      transform: `rotate(-90 ${n(pad + fs * 0.8)} ${n(top + side / 2)})`,
      fill: style.colors.text,
    }),
  );
  const key = legend(
    [
      {
        swatch: el("line", {
          x1: 0,
          y1: 6,
          x2: 12,
          y2: 6,
          stroke: style.colors.primary,
          "stroke-width": 2.5,
        }),
        label: "Lorenz curve",
      },
      {
        swatch: el("line", {
          x1: 0,
          y1: 6,
          x2: 12,
          y2: 6,
          stroke: style.colors.axis,
          "stroke-width": 1.5,
          "stroke-dasharray": "3 2",
        }),
        label: "perfect equality",
      },
      {
        swatch: el("rect", {
          x: 0,
          y: 1,
          width: 12,
          height: 10,
          fill: style.colors.secondary,
          "fill-opacity": 0.35,
        }),
        label:
          gini === undefined
            ? "inequality"
            : `inequality (Gini ${fixed(gini, 3)} = twice this area)`,
      },
    ],
    pad,
    bottom + fs * 3.6,
    style.width - 2 * pad,
    style,
  );
  parts.push(key.body);
  const middle = usable.find((p) => p.population >= 0.5);
  return documentOf(
    {
      chart: "lorenz",
      title,
      desc: `Lorenz curve${of.length > 0 ? ` of ${of}` : ""} over ${usable.length - 1} shares: ${
        middle === undefined
          ? ""
          : `the smallest ${fixed(middle.population * 100, 1)}% of the population hold ${fixed(middle.share * 100, 1)}% of the total. `
      }${gini === undefined ? "" : `The Gini coefficient is ${fixed(gini, 3)} (0 is perfect equality, 1 is one holding everything).`}`,
      width: style.width,
      height: Math.ceil(bottom + fs * 3.6 + key.height + pad),
      body: parts.join("\n"),
    },
    style,
  );
};
