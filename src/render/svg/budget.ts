/**
 * The budget allocation of a participatory budget: what was funded, what was not, what was left.
 *
 * @module
 */
import type { Allocation } from "../../committees/budget/instance.js";
import type { ExactValue } from "../../core/outcome.js";
import {
  cut,
  documentOf,
  el,
  exactText,
  floatOf,
  hatch,
  label,
  legend,
  listOf,
  notice,
  type PatternRef,
  patternFill,
  refused,
  type SvgOptions,
  styleOf,
  text,
} from "./svg.js";

/**
 * One project of the budget, as given to `allocate` (only `id`, `cost` and `name` are read).
 *
 * @category rendering
 */
export interface BudgetChartProject {
  readonly id: string;
  readonly cost: ExactValue;
  readonly name?: string | undefined;
}

/**
 * Options of {@link budgetChart}: {@link SvgOptions} and the projects, so that those not funded
 * are drawn too.
 *
 * @category rendering
 */
export interface BudgetChartOptions extends SvgOptions {
  /**
   * Every project on the ballot (the `projects` of the `allocate` spec). Without them, the chart
   * shows the funded projects and the money left, but cannot list what was not funded.
   */
  readonly projects?: readonly BudgetChartProject[] | undefined;
}

/**
 * Draws the budget as one bar split into the funded projects (in the order they were funded) and
 * the money left over, then one bar per project, funded or not, on the same scale.
 *
 * @remarks
 * Every length is a share of the budget: a project's bar is its cost / budget of the width, so
 * the room sees at once which projects took the money and how much a project not funded would
 * have needed. Costs come from the allocation's rounds, else from `options.projects`; a funded
 * project whose cost neither gives is drawn in one "funded, cost not itemised" part (the total
 * cost less the itemised ones). Funded parts are bluish green, the money left over is grey and
 * hatched, projects not funded are grey outlines, and each is also labelled in words. Labels show
 * the exact amounts of the allocation. One mark per project, refused past the marks limit
 * (`options.maxMarks`). Never throws.
 *
 * @param allocation - the result of `allocate`.
 * @param options - `projects`, and sizes, colours, font (see {@link SvgOptions}).
 * @returns the SVG document as a string.
 *
 * @example
 * ```ts
 * import { allocate } from "co-decide/committees";
 * import { budgetChart } from "co-decide/render";
 *
 * const projects = [{ id: "park", cost: 60 }, { id: "library", cost: 50 }, { id: "bench", cost: 10 }];
 * const result = allocate({ method: "greedy", budget: 100, projects,
 *   ballots: [{ approve: ["park", "bench"], weight: 3 }, { approve: ["library"], weight: 2 }] });
 * if (result._tag === "Right") budgetChart(result.right, { projects });
 * // => '<svg ... data-chart="budget" ...' (park and bench funded, library not, 30 left)
 * ```
 *
 * @category rendering
 */
export const budgetChart = (allocation: Allocation, options?: BudgetChartOptions): string => {
  const style = styleOf(options);
  const method = typeof allocation.method === "string" ? allocation.method : "";
  const title = `Budget allocation${method.length > 0 ? ` (${method})` : ""}`;
  const winners = Array.isArray(allocation.winners) ? allocation.winners.map(String) : [];
  const given = Array.isArray(options?.projects)
    ? options.projects.filter((p) => p !== null && typeof p === "object")
    : [];
  const too = refused("budget", title, 2 * (winners.length + given.length) + 2, style);
  if (too !== undefined) return too;

  const budget = floatOf(allocation.budget) ?? 0;
  const totalCost = floatOf(allocation.totalCost) ?? 0;
  const leftover = floatOf(allocation.leftover) ?? 0;
  if (!(budget > 0)) return notice("budget", title, "The budget is not a positive amount.", style);

  // Costs: from the rounds first (the allocation's own figures), then from the projects given.
  const cost = new Map<string, { value: number; text: string }>();
  for (const p of given) {
    const value = floatOf(p.cost);
    if (value !== undefined) cost.set(String(p.id), { value, text: exactText(p.cost) });
  }
  for (const round of Array.isArray(allocation.rounds) ? allocation.rounds : []) {
    const value = floatOf(round?.cost);
    if (value !== undefined)
      cost.set(String(round.project), { value, text: exactText(round.cost) });
  }
  const names = new Map<string, string>();
  for (const p of given) if (typeof p.name === "string") names.set(String(p.id), p.name);
  const nameOf = (id: string): string => {
    const name = names.get(id);
    return name === undefined || name === id ? id : `${name} (${id})`;
  };
  const funded = new Set(winners);
  const ineligible = new Map<string, string>();
  for (const entry of Array.isArray(allocation.ineligible) ? allocation.ineligible : []) {
    if (entry !== null && typeof entry === "object") {
      ineligible.set(String(entry.project), String(entry.reason));
    }
  }
  const itemised = winners.reduce((sum, id) => sum + (cost.get(id)?.value ?? 0), 0);
  const unitemised = winners.some((id) => !cost.has(id)) ? Math.max(0, totalCost - itemised) : 0;
  const notFunded = given.map((p) => String(p.id)).filter((id) => !funded.has(id));

  const fs = style.fontSize;
  const pad = 12;
  const width = style.width;
  const top = pad + fs * 2.4;
  const barHeight = fs * 1.6;
  const longest = [...winners, ...notFunded].reduce((m, id) => Math.max(m, nameOf(id).length), 8);
  const labelWidth = Math.min(width * 0.3, longest * fs * 0.6 + 8);
  const valueWidth = fs * 0.6 * 26;
  const plotX = pad + labelWidth;
  const plotWidth = Math.max(40, width - plotX - pad - valueWidth);
  const scale = (v: number): number => (Math.max(0, v) / budget) * plotWidth;
  const parts: string[] = [
    text(title, { x: pad, y: pad + fs, fill: style.colors.text, "font-weight": "bold" }),
    text("budget", {
      x: plotX - 8,
      y: top + barHeight / 2 + fs * 0.35,
      "text-anchor": "end",
      fill: style.colors.text,
    }),
  ];

  // The budget bar: funded parts, the unitemised part, the money left over.
  let at = plotX;
  const segment = (
    kind: string,
    key: string,
    value: number,
    fill: string | PatternRef,
    caption: string,
  ): void => {
    const w = scale(value);
    parts.push(
      el("rect", {
        class: "segment",
        "data-kind": kind,
        "data-key": key,
        x: at,
        y: top,
        width: w,
        height: barHeight,
        fill,
        stroke: style.colors.background,
        "stroke-width": 1,
      }),
    );
    if (w > fs * 2) {
      parts.push(
        label(caption, w - 4, style, {
          x: at + 2,
          y: top + barHeight / 2 + fs * 0.35,
          fill: kind === "funded" ? "#FFFFFF" : style.colors.text,
        }),
      );
    }
    at += w;
  };
  for (const id of winners) {
    const c = cost.get(id);
    if (c !== undefined) segment("funded", id, c.value, style.colors.gain, id);
  }
  if (unitemised > 0) segment("unitemised", "", unitemised, style.colors.gain, "other funded");
  segment("leftover", "", leftover, patternFill("leftover"), "left over");
  parts.push(
    el("rect", {
      x: plotX,
      y: top,
      width: plotWidth,
      height: barHeight,
      fill: "none",
      stroke: style.colors.axis,
      "stroke-width": 1,
    }),
    text(`${exactText(allocation.totalCost)} of ${exactText(allocation.budget)}`, {
      x: plotX + plotWidth + 4,
      y: top + barHeight / 2 + fs * 0.35,
      fill: style.colors.text,
    }),
  );

  // One row per project: funded first, in the order funded, then the rest in the given order.
  const rowTop = top + barHeight + fs * 1.6;
  const rowHeight = fs * 1.9;
  const rows = [...winners, ...notFunded];
  rows.forEach((id, r) => {
    const y = rowTop + r * rowHeight;
    const c = cost.get(id);
    const isFunded = funded.has(id);
    const why = ineligible.get(id);
    const caption = `${c?.text ?? "cost not given"} ${
      isFunded
        ? `funded #${r + 1}`
        : why === undefined
          ? "not funded"
          : `ineligible: ${cut(why, 60)}`
    }`;
    const w = c === undefined ? 0 : scale(c.value);
    parts.push(
      `<g data-row="">${label(nameOf(id), labelWidth - 8, style, {
        x: plotX - 8,
        y: y + fs * 0.95,
        "text-anchor": "end",
        fill: style.colors.text,
      })}${el("rect", {
        class: "bar",
        "data-kind": isFunded ? "funded" : "not-funded",
        "data-key": id,
        "data-value": c?.text ?? "",
        x: plotX,
        y: y + 1,
        width: w,
        height: fs * 1.3,
        fill: isFunded ? style.colors.gain : style.colors.background,
        stroke: isFunded ? "none" : style.colors.muted,
        "stroke-width": 1.5,
        "stroke-dasharray": isFunded ? undefined : "4 2",
      })}${text(caption, { x: plotX + w + 4, y: y + fs * 0.95, fill: style.colors.text })}</g>`,
    );
  });
  const bottom = rowTop + rows.length * rowHeight;
  const key = legend(
    [
      {
        swatch: el("rect", { x: 0, y: 1, width: 12, height: 10, fill: style.colors.gain }),
        label: "funded",
      },
      {
        swatch: el("rect", {
          x: 0,
          y: 1,
          width: 12,
          height: 10,
          fill: style.colors.background,
          stroke: style.colors.muted,
          "stroke-dasharray": "3 2",
        }),
        label: "not funded",
      },
      {
        swatch: el("rect", {
          x: 0,
          y: 1,
          width: 12,
          height: 10,
          fill: patternFill("leftover"),
          stroke: style.colors.axis,
        }),
        label: "left over",
      },
    ],
    pad,
    bottom + fs * 0.5,
    width - 2 * pad,
    style,
  );
  parts.push(key.body);
  return documentOf(
    {
      chart: "budget",
      title,
      desc: `The budget of ${exactText(allocation.budget)}: ${winners.length} project${
        winners.length === 1 ? "" : "s"
      } funded (${listOf(
        winners.map((id) => `${id} ${cost.get(id)?.text ?? ""}`.trim()),
        40,
      )}) for ${exactText(allocation.totalCost)}, leaving ${exactText(allocation.leftover)}.${
        notFunded.length > 0
          ? ` Not funded: ${listOf(
              notFunded.map((id) => `${id} ${cost.get(id)?.text ?? ""}`.trim()),
              40,
            )}.`
          : given.length === 0
            ? " The projects not funded are not listed (pass options.projects)."
            : ""
      }`,
      width,
      height: Math.ceil(bottom + fs * 0.5 + key.height + pad),
      defs: hatch("leftover", style.colors.muted),
      body: parts.join("\n"),
    },
    style,
  );
};
